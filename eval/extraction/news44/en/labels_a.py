# Hand-written gold labels for news44/en en01-en06 (batch a: US and UK stories). Read from texts/enNN.txt only; no
# extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold file),
# nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or
# sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news43/en/README.md, with the labels of news42/en as the model: values fully scaled ("$61.1 billion" -> 61.1e9,
# "73 cents" -> 0.73 USD, "52.2 million iPhones" -> 52.2e6, "$41.1 billion" -> 41.1e9); declines, falls and rate cuts
# negative ("a drop of 1.8%" -> -1.8, "shed nearly 10 basis points" -> -10 bp, "65 bps of cuts" -> -65 bp, "lost 5.2%" ->
# -5.2); currency codes ("$" on US pages and for GBPUSD -> USD; an unmarked Nasdaq share price "169.10" -> USD); rate
# moves printed in words are labelled with their value and printed unit ("a three-quarters percentage point" -> 0.75
# pp, "a half-point increase" -> 0.5 pp); hedges keep the number with the hedge in the basis ("nearly", "about",
# "approximately", "around", "as much as"); a same-sentence "X from Y" / "up from Y" / "compared with Y" value of the
# same quantity is the prior and the earlier value also an optional row (news30 batch b, news36-news43); an earlier
# period's figure in a sentence of its own is a key row (news40 batch a); consensus, poll and market-expectation
# figures key (news23); the headline's (or crosshead's) first printing key and the body's repeat optional (news41/news42
# batch a); periods only where the text states or clearly implies the year (news24; market moves, prices, yields and
# levels none); brokers' targets and ratings only in rating actions (a target cut with no rating printed -> cut_target
# with rating None; a headline repeating the body's rating change is not labelled twice, news43 batch b); in a
# single-stock rating story the stock's printed moves are key and its price levels, chart levels, analyst counts and
# option statistics optional (the development corpus's Schaeffer's passage, news10 batch a); dissenting votes'
# preferred moves optional and vote counts not labelled (news17, news40 batch b); "remained"/"held" with no number an
# optional 0 change and streak counts optional (news41 batch a, news42 batch a); spans, windows and dates ("three
# decades", "40-year high", "eight weeks", "50-day", "320-day", "last 30 trading days", "10-month low", "March 6",
# "August 23, 2024") not labelled; quotes rendered as reported speech (the set never copies third-party sentences),
# their figures labelled like any other; ratings lower-case.

# ---------------------------------------------------------------- en01 Apple fiscal second quarter ended March 31 (IBD text via access-wallstreet.com, a Tuesday May 1, 2018 report; no year printed): after-hours +4% (nearly), regular session +2.3% to 169.10, EPS $2.73 (+30%) vs $2.69, sales $61.1 billion (+16%) vs $61 billion, new $100 billion buyback, dividend +16% to 73 cents, previous $210 billion authorization, June-quarter revenue guidance $52.5 billion (midpoint) vs $2.16 EPS and $52 billion, iPhones 52.2 million vs 53 million, year-earlier 50.8 million (USD, units)
# A US tech company's quarterly results against consensus, with a new buyback, a dividend raise and guidance. The stored
# page breaks off mid-sentence after the iPhone paragraph ("Apple Chief Executive Tim Cook sought to ease concerns about
# disappointing sales"): the passage stops after "... Apple sold 50.8 million iPhones.", a sentence boundary. The stored
# text has no headline (the address slug is not page text; none added); the stray "X" (a close-button label) after the
# first paragraph dropped as furniture. The two crossheads are kept (rewritten: "A $100 Billion Apple Share Buyback",
# "IPhone Sales Fall Short Of Views"; the capital I of "IPhone" kept as printed). The CFO's quote is rendered as reported
# speech (no figure). Kept as printed: "169.10" and "183.60" with no "$", "vs.", "Cupertino, Calif.".
# Periods: "fiscal second quarter ended March 31", "the June quarter", "the third fiscal quarter", "the current quarter"
# and "last year" print no year -> none (the span in the basis).
# Decided: the after-hours move and the regular-session move and price key; the "buy point of 183.60" is a chart
# threshold -> optional. EPS and its +30 %, sales and their +16 % key; the analysts' $2.69 and $61 billion key consensus
# rows. The buyback: the crosshead "$100 Billion" is the first printing -> key, the body's "$100 billion share
# repurchase authorization" optional (news41/news42: headline key, body repeat optional). "Raised its quarterly dividend
# by 16% to 73 cents" -> key dividend and key dividend growth (a second 16 %, another quantity than the sales growth).
# The previous $210 billion authorization key. "Revenue of $52.5 billion, going by the midpoint of its guidance" -> key
# guidance level (midpoint in the basis; no range printed). Wall Street's $2.16 and $52 billion for the current quarter
# key consensus rows. iPhone units key (count noun "units"), the 53 million consensus key, the year-earlier 50.8 million
# key (its own sentence, no prior). Not labelled: "eight weeks" (a span), "S&P 500", "March 31".
APL = "Apple|Apple Inc.|Apple Inc|AAPL"
EPS = "eps|earnings_per_share|diluted_eps"
EPSC = "eps_consensus|eps_estimate|earnings_per_share_consensus"
REV = "revenue|sales|net_sales"
REVC = "revenue_consensus|revenue_estimate|sales_consensus|sales_estimate"
BB = "buyback_authorization|share_repurchase_authorization|buyback|share_buyback"
IPH = "iphone_units|iphone_sales|unit_sales|units_sold"
IPHC = "iphone_units_consensus|iphone_units_estimate|unit_sales_consensus|iphone_sales_consensus"
Q2 = "fiscal second quarter ended March 31"
G["en01"] = ([
    m("price_change|after_hours_change|share_price_change", 4, "%", APL, basis="nearly; after-hours trading"),
    m("price_change|share_price_change", 2.3, "%", APL, basis="regular session"),
    m("share_price|price|close_price", 169.10, "USD", APL, basis="regular session; printed without $"),
    m("buy_point|price_threshold|share_price", 183.60, "USD", APL, opt=True, basis="flat base buy point"),
    m(EPS, 2.73, "USD", APL, basis=Q2),
    m("eps_growth|earnings_growth|eps_change", 30, "%", APL, basis=Q2 + "; year over year"),
    m(REV, 61.1e9, "USD", APL, basis=Q2),
    m("revenue_growth|sales_growth|revenue_change", 16, "%", APL, basis=Q2),
    m(EPSC, 2.69, "USD", APL, basis="analysts' expectation, March quarter"),
    m(REVC, 61e9, "USD", APL, basis="analysts' expectation, March quarter"),
    m(BB, 100e9, "USD", APL, basis="crosshead; new authorization"),
    m(BB, 100e9, "USD", APL, opt=True, basis="body repeat; new share repurchase authorization"),
    m("dividend|quarterly_dividend|dividend_per_share", 0.73, "USD", APL, basis="quarterly; raised"),
    m("dividend_growth|dividend_increase|dividend_change", 16, "%", APL, basis="quarterly dividend raise"),
    m(BB + "|previous_buyback_authorization", 210e9, "USD", APL,
      basis="previous authorization, completed during the third fiscal quarter"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", 52.5e9, "USD", APL,
      basis="current (June) quarter; midpoint of guidance"),
    m(EPSC, 2.16, "USD", APL, basis="Wall Street model, current quarter"),
    m(REVC, 52e9, "USD", APL, basis="Wall Street model, current quarter"),
    m(IPH, 52.2e6, "units", APL, basis=Q2 + "; iPhones sold"),
    m(IPHC, 53e6, "units", APL, basis="consensus expectation"),
    m(IPH, 50.8e6, "units", APL, basis="fiscal second quarter last year; iPhones sold"),
], [])

# ---------------------------------------------------------------- en02 Atlantic Equities downgrades Morgan Stanley to neutral from overweight, target $85 from $95; Oppenheimer cuts its target to $93 from $99 (Schaeffer's Investment Research, schaeffersresearch.com, October 5, 2022; no date printed): premarket -1.8% to $82.50, eight "strong buy" ratings, consensus target $94.87 (14.8% premium), put/call 1.11 (98% of readings), SVS 13 of 100, $92 and $84 chart levels, yesterday +4.5%, year-to-date -14.5% (USD)
# A single-stock analyst downgrade with a second broker's target cut and option-market colour. Whole as stored; the
# stored text opens with a standfirst line ("Atlantic Equities downgraded Morgan Stanley stock to "neutral"") kept as the
# headline (rewritten: "Morgan Stanley stock cut to "neutral" by Atlantic Equities"). The analyst's three-word quote
# ("remain too optimistic") is rendered as reported speech (no figure).
# Periods: none ("before the bell", "yesterday", "year-to-date"; no year printed).
# Decided: two rating actions. "Downgraded ... to "neutral" from "overweight." ... cut its price target to $85 from $95"
# -> downgrade with both ratings and both targets; "Oppenheimer also cut its price target from $99 to $93" prints no
# rating -> cut_target with rating None. The headline repeats the downgrade -> not labelled twice. Metrics: the
# premarket -1.8 % move key, the $82.50 trading price optional (the development corpus's Schaeffer's passage, news10
# batch a: the slide is the story, the level optional). The 12-month consensus target ($94.87) and its 14.8 % premium to
# the last close key (the development corpus's consensus_target_price / implied_upside). "Eight covering firms still
# rated ... a "strong buy"" -> an optional analyst count. Option statistics (put/call 1.11, above 98 % of readings), the
# SVS score (13 out of 100) and the chart levels ($92, $84) optional. "Yesterday's 4.5% gain" and "14.5% lower
# year-to-date" key moves of the stock. Not labelled: "50-day", "320-day", "60-day", "12-month" (windows), "mid-August",
# "mid-September".
MS = "Morgan Stanley|MS|Morgan Stanley stock"
G["en02"] = ([
    m("price_change|share_price_change|premarket_change", -1.8, "%", MS, basis="before the bell"),
    m("share_price|price", 82.50, "USD", MS, opt=True, basis="trading before the bell"),
    m("analyst_count|strong_buy_count|analysts_buy", 8, "analysts", MS, opt=True,
      basis="covering firms still rating it a strong buy"),
    m("consensus_target_price|target_price_consensus|target_price", 94.87, "USD", MS, basis="12-month consensus"),
    m("implied_upside|upside|premium_to_close", 14.8, "%", MS, basis="consensus target's premium to last night's close"),
    m("put_call_ratio|put_call_volume_ratio", 1.11, "x", MS, opt=True, basis="50-day put/call volume ratio"),
    m("percentile|put_call_percentile", 98, "%", MS, opt=True, basis="higher than 98% of readings from the past year"),
    m("volatility_scorecard|svs_score|score", 13, "points", MS, opt=True, basis="Schaeffer's Volatility Scorecard, of 100"),
    m("price_level|share_price|resistance_level", 92, "USD", MS, opt=True, basis="mid-August rally just above the $92 level"),
    m("price_level|share_price|support_level", 84, "USD", MS, opt=True, basis="fell below the $84 mark by mid-September"),
    m("price_change|share_price_change", 4.5, "%", MS, basis="yesterday's gain"),
    m("price_change_ytd|ytd_change|price_change", -14.5, "%", MS, basis="year-to-date"),
], [
    ra("Atlantic Equities", MS, "downgrade", "neutral", "overweight", target=85, prior_target=95, cur="USD"),
    ra("Oppenheimer", MS, "cut_target", None, target=93, prior_target=99, cur="USD"),
])

# ---------------------------------------------------------------- en03 Bank of England raises rates by three-quarters of a point to 3% on a 7-to-2 vote (MarketWatch-style text with inline tickers via latestnewsbay.com, a Thursday November 3, 2022 decision; no date printed): inflation seen at 11% in the fourth quarter, dissents for a half point and a quarter point, the Fed's three-quarter point hike, market-implied peak about 5.25%, pound $1.1235 from $1.1392, 2-year gilt +10 bp to 3.08% (%, pp, bp, USD)
# A central-bank decision with the currency and gilt reaction. Whole as stored; the stored text has no headline (the
# address slug is not page text; none added). The Bank's quoted sentence on the market turmoil is rendered as reported
# speech (no figure). Source oddities kept as printed: "It was the first gyrations since ...", the sentence ending in a
# comma ("... peak at about 5.25%,"), and the inline ticker lines "The pound / GBPUSD, / ... 2-year gilt / TMBMKGB-02Y,"
# on lines of their own; "three-quarters percentage point" beside "three-quarter point".
# Periods: none (no year is printed for the decision, "September" or "the fourth quarter"; the quarter in the basis).
# Decided: "by a three-quarters percentage point to 3%" -> key +0.75 pp (printed in percentage points, so key in pp)
# and key Bank Rate 3 %. "Inflation will further accelerate to 11% in the fourth quarter" -> key inflation forecast.
# The dissenters' half-point and quarter-point rises optional (+0.5 pp, +0.25 pp; news40 batch b). The Fed's
# "three-quarter point rate hike" is the Fed's own move -> key +0.75 pp on the Fed. "Rates would peak at about 5.25%" is
# the path implied in financial markets -> key market-implied peak (hedge in the basis). "The pound ... at $1.1235 from
# $1.1392" -> key GBPUSD level with prior, the earlier level optional. "The 2-year gilt ... rose 10 basis points to
# 3.08%" -> key +10 bp and key 3.08 % yield. Not labelled: "7-to-2" (a vote count), "three decades", "40-year high"
# (spans), "mid-November".
BOE = "Bank of England|BoE|BOE|U.K. central bank|UK central bank|monetary policy committee|MPC"
UK = "U.K.|UK|United Kingdom|Britain|" + BOE
GBP = "GBPUSD|GBP/USD|pound|sterling|British pound"
GILT2 = "2-year gilt|two-year gilt|UK 2-year gilt|TMBMKGB-02Y|gilts"
G["en03"] = ([
    m("rate_change|rate_hike|policy_rate_change", 0.75, "pp", BOE,
      basis="three-quarters percentage point; largest in three decades; 7-to-2 vote"),
    m("bank_rate|policy_rate|interest_rate|base_rate", 3, "%", BOE),
    m("inflation_forecast|cpi_forecast|inflation", 11, "%", UK, basis="fourth quarter; central bank's forecast"),
    m("rate_change|rate_hike|dissent_rate_change", 0.5, "pp", "Swati Dhingra|" + BOE, opt=True,
      basis="dissent: half-point increase"),
    m("rate_change|rate_hike|dissent_rate_change", 0.25, "pp", "Silvana Tenreyro|" + BOE, opt=True,
      basis="dissent: quarter-point rise"),
    m("rate_change|rate_hike|policy_rate_change", 0.75, "pp", "Federal Reserve|Fed|US Federal Reserve",
      basis="the Fed's three-quarter point rate hike"),
    m("market_implied_peak_rate|peak_rate|terminal_rate|bank_rate", 5.25, "%", BOE + "|financial markets",
      basis="about; path implied in financial markets"),
    m("exchange_rate|fx_rate|price|gbp_usd", 1.1235, "USD", GBP, prior=1.1392, basis="weaker on the day"),
    m("exchange_rate|fx_rate|price|gbp_usd", 1.1392, "USD", GBP, opt=True, basis="earlier level"),
    m("yield_change|bond_yield_change", 10, "bp", GILT2),
    m("yield|bond_yield|gilt_yield", 3.08, "%", GILT2),
], [])

# ---------------------------------------------------------------- en04 UK gilt yields fall after September CPI holds at 3.8% (wire text, Reuters style, with an ET Markets image, via finovohub.com; a Wednesday October 22, 2025 release): inflation 3.8% vs 4% expected, two-year -11 bp to 3.739% (last -7 bps), five-year 3.831%, 10-year 4.370%, 30-year -10 bp to 5.168%, 78% odds of a cut to 3.75% from 4% by December (from about 46%), 25 bp fully priced by February 2026, 40% odds of 25 bp in November, 65 bps of cuts by December 2026 vs about 57 bps (%, bp)
# A UK bond-market story on an inflation release, with rate-futures pricing. Whole as stored; the leading image address
# ("https://img.etimg.com/thumb/msid-124743650,...articleshow.jpg") dropped as furniture; the stored text has no headline
# (none added). BNP Paribas's two quotes are rendered as reported speech (no figure). Source oddity kept as printed: the
# missing space in "5.168%.Interest" (the closing quote glued to "published." is gone with the quote).
# Periods: September's CPI prints no year -> none (the month in the basis); market yields none; "by February 2026" ->
# 2026-02 and "by December 2026" -> 2026-12 (printed); "by its December meeting" and "in November" print no year -> none.
# Decided: CPI 3.8 % key; "remained ... for the third month in a row" -> an optional 0 pp change and an optional
# 3-month streak; "market expectations of a rise to 4%" -> key consensus. Two-year: "fell as much as 11 basis points to
# 3.739%" -> key -11 bp (hedge in the basis) and key level; "last down 7 bps" -> key -7 bp. Five-year 3.831 % and
# 10-year 4.370 % key levels; 30-year -10 bp ("nearly") and 5.168 % key. Futures: "a 78% chance ... up from about 46%"
# -> key probability with prior, the 46 % optional; "cut its Bank Rate to 3.75% from 4%" -> key expected Bank Rate
# with prior 4 and an optional 4 % row (the current rate). "Fully pricing in a 25 basis-point cut by February 2026" ->
# key -25 bp dated 2026-02. "A 40% chance of a 25 bp cut by the BoE in November" -> key 40 % and an optional -25 bp
# (the same cut size restated). "65 bps of cuts by December 2026, compared with about 57 bps" -> key -65 bp with prior
# -57 and an optional -57 row (cuts negative). Not labelled: "October 2024", "August 23, 2024", "October 1" (dates),
# "10-month low", "a month earlier" (spans).
UK = "UK|United Kingdom|Britain|British"
BOE = "Bank of England|BoE|" + UK
G2 = "two-year gilt|2-year gilt|UK two-year gilt|gilts|UK government bonds"
G5 = "five-year gilt|5-year gilt|UK five-year gilt|gilts"
G10 = "10-year gilt|ten-year gilt|UK 10-year gilt|gilts"
G30 = "30-year gilt|thirty-year gilt|UK 30-year gilt|gilts"
CPI = "cpi|inflation_rate|inflation|cpi_yoy|annual_inflation"
PROB = "rate_cut_probability|probability|market_implied_probability|odds"
RC = "expected_rate_change|rate_change|rate_cut|market_pricing"
G["en04"] = ([
    m(CPI, 3.8, "%", UK, basis="September; annual"),
    m("cpi_change|inflation_change", 0, "pp", UK, opt=True, basis="remained; third month in a row"),
    m("streak|months_unchanged", 3, "months", UK, opt=True, basis="third month in a row at 3.8%"),
    m("cpi_consensus|inflation_forecast|cpi_expectation|inflation_consensus", 4, "%", UK,
      basis="market expectations of a rise"),
    m("yield_change|bond_yield_change", -11, "bp", G2, basis="as much as"),
    m("yield|bond_yield|gilt_yield", 3.739, "%", G2, basis="lowest since August 23, 2024"),
    m("yield_change|bond_yield_change", -7, "bp", G2, basis="last"),
    m("yield|bond_yield|gilt_yield", 3.831, "%", G5, basis="lowest since October 1"),
    m("yield|bond_yield|gilt_yield", 4.370, "%", G10, basis="10-month low"),
    m("yield_change|bond_yield_change", -10, "bp", G30, basis="nearly"),
    m("yield|bond_yield|gilt_yield", 5.168, "%", G30),
    m(PROB, 78, "%", BOE, prior=46, basis="rate futures; cut by the December meeting"),
    m(PROB, 46, "%", BOE, opt=True, basis="about; before the inflation data"),
    m("expected_bank_rate|bank_rate|policy_rate", 3.75, "%", BOE, prior=4, basis="priced cut by the December meeting"),
    m("bank_rate|policy_rate", 4, "%", BOE, opt=True, basis="current Bank Rate"),
    m(RC, -25, "bp", BOE, "2026-02", basis="fully priced by February 2026"),
    m(PROB, 40, "%", BOE, basis="25 bp cut in November"),
    m(RC, -25, "bp", BOE, opt=True, basis="November cut size (restated)"),
    m(RC + "|cumulative_rate_cuts", -65, "bp", BOE, "2026-12", prior=-57, basis="cuts priced by December 2026"),
    m(RC + "|cumulative_rate_cuts", -57, "bp", BOE, "2026-12", opt=True, basis="about; before the inflation data"),
], [])

# ---------------------------------------------------------------- en05 Merck to acquire Schering-Plough for $41.1 billion (FinancialWire text via einpresswire.com, March 9, 2009; no year printed): 0.5767 shares plus $10.50 cash per share, $23.61 per share at Merck's March 6 close, premiums of approximately 34 percent and around 44 percent, ownership around 68 / 32 percent, cash and investments approximately $8 billion, cost savings around $3.5 billion annually beyond 2011 (USD, shares, %)
# A US pharmaceutical merger with the consideration, premiums, ownership split and synergies. The stored text ends with
# FinancialWire's boilerplate broken off mid-word ("FinancialWire" ( http://www.financialwire.net ), an independent,
# proprietar"): the passage stops before it, after the cost-savings paragraph, a sentence boundary. Headline kept
# (rewritten: "Merck To Buy Schering-Plough In $41.1 Billion Deal"). Merck's quoted balance-sheet phrase is rendered as
# reported speech (its $8 billion kept). Kept as printed: the footnote marker in "non-GAAP EPS1", "percent".
# Periods: none (the deal has no period; "annually beyond 2011" for the savings in the basis; "first full year
# following completion" prints no year).
# Decided: the deal value: the headline's $41.1 billion key (first printing) and the body's "$41.1 billion in the
# aggregate" optional (news41/news42: headline key, body repeat optional), on Schering-Plough with Merck among the
# alternatives. Exchange ratio "0.5767 shares" key in the unit "shares" (news43 batch a); cash per share $10.50 and the
# per-share value $23.61 key. Premiums: "approximately 34 percent" on the March 6 close and "around 44 percent" on the
# 30-day average closing prices -> two key rows (basis named; hedges in the basis). Ownership after closing: Merck
# around 68 % and Schering-Plough around 32 % key. The combined company's approximately $8 billion of cash and
# investments key; cost savings around $3.5 billion annually key. Not labelled: "March 6" (a date), "last 30 trading
# days" (a window), "2011" (a year), the "1" of "EPS1" (a footnote marker).
SGP = "Schering-Plough|Schering-Plough Corp.|Schering-Plough Corporation|SGP"
MRK = "Merck|Merck & Co.|Merck & Co|MRK"
CMB = "combined company|" + MRK + "|" + SGP
G["en05"] = ([
    m("deal_value|transaction_value|acquisition_price", 41.1e9, "USD", SGP + "|" + MRK, basis="headline"),
    m("deal_value|transaction_value|acquisition_price", 41.1e9, "USD", SGP + "|" + MRK, opt=True,
      basis="body repeat; in the aggregate at Merck's March 6 close"),
    m("exchange_ratio|stock_consideration|shares_per_share", 0.5767, "shares", SGP + "|" + MRK,
      basis="Merck shares per Schering-Plough share"),
    m("cash_per_share|cash_consideration|offer_price", 10.50, "USD", SGP + "|" + MRK, basis="cash per share"),
    m("offer_price|offer_value_per_share|consideration_per_share", 23.61, "USD", SGP + "|" + MRK,
      basis="per share, based on Merck's March 6 close"),
    m("premium|offer_premium|takeover_premium", 34, "%", SGP, basis="approximately; to Schering-Plough's March 6 close"),
    m("premium|offer_premium|takeover_premium", 44, "%", SGP,
      basis="around; to the average closing prices over the last 30 trading days"),
    m("ownership|stake|ownership_stake", 68, "%", MRK, basis="around; Merck shareholders in the combined company"),
    m("ownership|stake|ownership_stake", 32, "%", SGP, basis="around; Schering-Plough shareholders in the combined company"),
    m("cash_and_investments|cash|cash_balance", 8e9, "USD", CMB, basis="approximately; combined company"),
    m("cost_savings|synergies|annual_cost_savings", 3.5e9, "USD", MRK + "|combined company",
      basis="around; annually beyond 2011"),
], [])

# ---------------------------------------------------------------- en06 Wall Street close (Newser, AP and MarketWatch reporting; a Tuesday April 19, 2022 page; no date printed): S&P 500 +70.52 points (+1.6%) to 4,462.21, Dow +499.51 (+1.5%) to 34,911.20, Nasdaq +287.30 (+2.2%) to 13,619.66, Johnson & Johnson +3.1%, Amazon +3.5%, 10-year yield 2.94% from 2.85%, Bank of America +1.8%, Russell 2000 +2%, crude -5.2%, natural gas -8.2%, Signature Bank +8.1%, Dentsply Sirona -13.4% (points, %)
# A New York market close with movers, yields and commodities. Whole as stored (page furniture aside); the closing
# "(More stock market stories.)" link line dropped as furniture; the stored text has no headline (the address slug is
# not page text; none added). Source oddity kept as printed: "Amazon rose 3.5%" with no full stop before the paragraph
# break (rendered "Amazon added 3.5%", still without a full stop).
# Periods: none (a market wrap; "Tuesday", "late Monday", "the current quarter" print no year).
# Decided: each index's point move, % move and close key. Stock and commodity % moves key (falls and "slumped"
# negative). "The yield on the 10-year Treasury rose to 2.94% from 2.85% late Monday" -> key level with prior and an
# optional earlier row. Not labelled: "March 16" (a date), "10-year" and "Russell 2000"/"S&P 500" (product names), the
# unquantified dividend raise and profit forecast.
SPX = "S&P 500|S&P 500 index|SPX"
DJI = "Dow Jones Industrial Average|Dow|DJIA|Dow Jones"
IXIC = "Nasdaq|Nasdaq Composite|Nasdaq composite"
IC = "index_change|index_change_points|points_change"
ICP = "index_change|index_change_pct|price_change"
IL = "index_level|index_close|close"
PC = "price_change|share_price_change"
UST10 = "10-year Treasury|10-year Treasury note|US 10-year Treasury|Treasuries|Treasury yields"
G["en06"] = ([
    m(IC, 70.52, "points", SPX),
    m(ICP, 1.6, "%", SPX),
    m(IL, 4462.21, "points", SPX),
    m(IC, 499.51, "points", DJI, basis="biggest rise since March 16"),
    m(ICP, 1.5, "%", DJI),
    m(IL, 34911.20, "points", DJI),
    m(IC, 287.30, "points", IXIC),
    m(ICP, 2.2, "%", IXIC),
    m(IL, 13619.66, "points", IXIC),
    m(PC, 3.1, "%", "Johnson & Johnson|J&J|JNJ", basis="after better-than-expected results and a dividend raise"),
    m(PC, 3.5, "%", "Amazon|Amazon.com|AMZN"),
    m("yield|bond_yield|treasury_yield", 2.94, "%", UST10, prior=2.85),
    m("yield|bond_yield|treasury_yield", 2.85, "%", UST10, opt=True, basis="late Monday"),
    m(PC, 1.8, "%", "Bank of America|BofA|BAC"),
    m(ICP, 2, "%", "Russell 2000|Russell 2000 index"),
    m("price_change|oil_price_change", -5.2, "%", "US crude oil|crude oil|crude|oil|WTI"),
    m("price_change|gas_price_change", -8.2, "%", "natural gas|US natural gas|natural gas prices"),
    m(PC, 8.1, "%", "Signature Bank|SBNY", basis="after beating analysts' expectations"),
    m(PC, -13.4, "%", "Dentsply Sirona|Dentsply|XRAY", basis="CEO fired; weak current-quarter profit forecast"),
], [])
