# Hand-written gold labels for news36/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code run (only build_labels.py, to build the gold file), and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news35/en/README.md (values fully
# scaled, declines and losses negative ("(8.5) percent" -> -8.5, "slipped 0.2 percent" -> -0.2), currency codes ("$"
# on US pages -> USD, "Swiss francs" / "francs" -> CHF, "RMB" / "yuan" -> CNY, "US$" -> USD, "HK$" -> HKD), bracketed
# currency conversions optional, a hedge or bound keeps the stated number ("over 4,800" -> 4800, "about 1,217 tonnes"
# -> 1217, "around 3 percent" -> 3, "over $7.77"), ranges as rng, a same-sentence "X from Y" / "X after Y" / "X,
# compared to Y" value of the same quantity is the prior, and a "from"/"after"/"compared to" value whose own period
# the text names ("in August", "in the same period of 2019", "last year's") is also an optional row of its own (news30
# batch b), periods only where the text states or clearly implies the year (news24), "first half" as YYYYH1, market
# moves and levels carry no period, consensus figures key (news23), repeats, rounded restatements and intraday
# extremes optional, count nouns as printed with the rate in the basis ("aeroplanes", basis "per month"), brokers'
# targets and ratings only in rating actions (a target raised with the rating kept is raise_target), a percentage
# target change and percentage forecast revisions key metrics, ratings normalised lower-case).

# ---------------------------------------------------------------- en01 Boeing's second quarter: revenue $19.8 billion on 136 commercial deliveries, operating cash flow $2.9 billion, free cash flow $2.6 billion, backlog $440 billion with over 4,800 aeroplanes, reaffirmed cash-flow guidance $4.5-$6.5 billion / $3.0-$5.0 billion; Commercial Airplanes $8.8 billion, 737 rate 38 a month (50 in 2025/2026), 787 rate four (five in late 2023, 10 in 2025/2026), backlog $363 billion; Defense, Space & Security $6.2 billion at a (8.5) percent margin and $58 billion backlog; Global Services $4.7 billion at 18.0 percent (aviation24.be, a 2023 page; USD)
# A US aerospace company's quarterly results with deliveries, backlog, segment margins and cash-flow guidance. The
# stored text has no headline (none added; the crawler date tag was dropped); the passage stops before the page's
# closing editorial note ("Please note that the relevant tables have been omitted in this summary ..."), page
# furniture; the cut is at a sentence boundary. British spellings ("aeroplanes", "programme", "labour",
# "favourable") are kept as printed, as is "programs" in the defense paragraph. Period: no year is printed for the
# quarter (only the production targets' "late 2023" and "2025/2026"), so the quarterly rows carry no period (basis
# "second quarter", news32); the reaffirmed cash-flow guidance names no year either (no period). Deliveries: "136
# commercial deliveries" (lead) key in "aeroplanes"; the Commercial Airplanes restatement "delivered 136 aeroplanes"
# optional. Backlog: total $440 billion key; "over 4,800 commercial aeroplanes" key (a bound keeps the number), the
# segment's repeat of "over 4,800 aeroplanes" optional, its value "$363 billion" key on Commercial Airplanes.
# Guidance "$4.5-$6.5 billion of operating cash flow and $3.0-$5.0 billion of free cash flow" -> two key ranges (the
# bare low end takes the scale of the high end), no prior ("reaffirmed", no earlier figure printed). Production
# rates: 737 "transitioning ... to 38 aeroplanes per month" key, "50 per month in 2025/2026" key (a target; the
# two-year horizon goes in the basis, no period); 787 "increased production to four per month" key (word number),
# "five per month in late 2023" key dated 2023 (the year printed), "10 per month in 2025/2026" key, no period. Segment
# revenues key on "segment|Boeing" entities; "an operating margin of (8.5) percent" -> -8.5 (brackets mark a loss
# margin); segment backlog $58 billion key. The non-GAAP sentence carries no figure.
B = "Boeing|The Boeing Company|BA"
BCA = "Boeing Commercial Airplanes|Commercial Airplanes|BCA|Boeing"
BDS = "Boeing Defense, Space & Security|Defense, Space & Security|BDS|Boeing"
BGS = "Boeing Global Services|Global Services|BGS|Boeing"
B737 = "Boeing 737|737 programme|737 program|737|Boeing"
B787 = "Boeing 787|787 programme|787 program|787|Boeing"
Q = "second quarter"
PR = "production_rate|monthly_production_rate|production_rate_target|production"
G["en01"] = ([
    m("revenue|revenues|sales", 19.8e9, "USD", B, basis=Q),
    m("deliveries|commercial_deliveries|aircraft_deliveries", 136, "aeroplanes", B, basis="commercial deliveries; " + Q),
    m("deliveries|commercial_deliveries|aircraft_deliveries", 136, "aeroplanes", BCA, opt=True,
      basis="restated; delivered during the quarter"),
    m("operating_cash_flow|cash_from_operations", 2.9e9, "USD", B, basis=Q),
    m("free_cash_flow|fcf", 2.6e9, "USD", B, basis="non-GAAP; " + Q),
    m("backlog|total_backlog|order_backlog", 440e9, "USD", B, basis="total company"),
    m("backlog_units|backlog_aircraft|backlog_airplanes|backlog", 4800, "aeroplanes", B,
      basis="over; commercial aeroplanes in backlog"),
    m("backlog_units|backlog_aircraft|backlog_airplanes|backlog", 4800, "aeroplanes", BCA, opt=True,
      basis="over; restated in the segment paragraph"),
    m("guidance_operating_cash_flow|operating_cash_flow_guidance|operating_cash_flow_forecast", None, "USD", B,
      rng=(4.5e9, 6.5e9), basis="reaffirmed"),
    m("guidance_free_cash_flow|free_cash_flow_guidance|free_cash_flow_forecast", None, "USD", B,
      rng=(3.0e9, 5.0e9), basis="non-GAAP; reaffirmed"),
    m("segment_revenue|revenue|revenues", 8.8e9, "USD", BCA, basis=Q),
    m(PR, 38, "aeroplanes", B737, basis="per month; transitioning to"),
    m(PR, 50, "aeroplanes", B737, basis="per month; planned for 2025/2026"),
    m(PR, 4, "aeroplanes", B787, basis="per month; increased to"),
    m(PR, 5, "aeroplanes", B787, "2023", basis="per month; planned for late 2023"),
    m(PR, 10, "aeroplanes", B787, basis="per month; planned for 2025/2026"),
    m("segment_backlog|backlog|backlog_value", 363e9, "USD", BCA, basis="value of over 4,800 aeroplanes"),
    m("segment_revenue|revenue|revenues", 6.2e9, "USD", BDS, basis=Q),
    m("operating_margin|segment_operating_margin|segment_margin", -8.5, "%", BDS, basis=Q),
    m("segment_backlog|backlog", 58e9, "USD", BDS),
    m("segment_revenue|revenue|revenues", 4.7e9, "USD", BGS, basis=Q),
    m("operating_margin|segment_operating_margin|segment_margin", 18.0, "%", BGS, basis=Q),
], [])

# ---------------------------------------------------------------- en02 Nestle's first half of 2018: net profit +19 % to CHF 5.83 billion from 4.90 billion, EPS +21.4 % to 1.92, underlying EPS 1.86 (+9.2 % constant currency, +10.4 % reported) with a 1.5 % buyback contribution, sales +2.3 % to 43.92 billion from 42.93 billion, FX -0.5 %, organic growth 2.8 % (RIG 2.5 %, pricing 0.3 %), underlying trading operating profit +3.5 % to 7.1 billion, margin +20 bp (constant currency and reported) to 16.1 %, fiscal 2018 organic growth outlook around 3 %, restructuring costs around 700 million (dpa-AFX via finanznachrichten.de, July 2018; CHF)
# A Swiss company's half-year results in francs with organic growth and a margin. Dateline "VEVEY (dpa-AFX) -" and
# tickers "(NSRGY, NSTR.L)" kept; the crawler date tag was dropped; no headline in the stored text (none added). Both
# spellings "Nestle" and "Nestlé" are kept as printed. Period: "Looking ahead to fiscal 2018" for the outlook makes the
# reported first half 2018H1 (clearly implied) and "last year's" figures 2017H1. Net profit "climbed 19 percent to
# 5.83 billion Swiss francs from last year's 4.90 billion francs" -> key level with prior, key growth, and the
# year-ago level an optional 2017H1 row (its period named, "last year's"); sales "rose 2.3 percent to 43.92 billion
# francs from 42.93 billion francs last year" likewise. EPS "increased 21.4 percent to 1.92 francs" -> key level and
# growth; underlying EPS "increased 9.2 percent in constant currency and by 10.4 percent on a reported basis to 1.86
# francs" -> a key level (basis underlying) and two key growth rows with their bases. The buyback's "contributed 1.5
# percent to the underlying earnings per share increase" is a key % row (the printed unit). "Acquisitions and
# divestments netted to zero" -> an optional 0 % (a word zero); "Foreign exchange reduced sales by 0.5 percent" -> key
# -0.5. Organic growth 2.8 % with RIG 2.5 % and pricing 0.3 % -> three key rows. Underlying trading operating profit
# +3.5 % to 7.1 billion -> key level and growth; margin "increased by 20 basis points in constant currency, and by 20
# basis points on a reported basis to 16.1 percent" -> two key 20 bp changes (constant currency, reported) and a key
# 16.1 % level. Outlook for fiscal 2018: organic sales growth "narrowed ... to around 3 percent" -> key guidance 3 %
# (no earlier range printed, no prior); restructuring costs "around 700 million francs" -> key guidance, FY2018. The
# "2020 target" is a date with no figure, not labelled.
N = "Nestle|Nestlé|Nestle SA|Nestlé S.A.|NSRGY|NSTR.L|NESN"
H = "2018H1"
UTOP = "underlying_trading_operating_profit|trading_operating_profit|operating_profit|underlying_operating_profit"
UTOPG = ("underlying_trading_operating_profit_growth|trading_operating_profit_growth|operating_profit_growth|"
         "underlying_operating_profit_growth")
UTOPM = "underlying_trading_operating_profit_margin|trading_operating_profit_margin|operating_margin"
UTOPMC = ("underlying_trading_operating_profit_margin_change|trading_operating_profit_margin_change|"
          "operating_margin_change|margin_change")
G["en02"] = ([
    m("net_profit|net_income|net_profit_attributable", 5.83e9, "CHF", N, H, prior=4.90e9,
      basis="attributable to shareholders of the parent"),
    m("net_profit|net_income|net_profit_attributable", 4.90e9, "CHF", N, "2017H1", opt=True, basis="last year's"),
    m("net_profit_growth|net_income_growth", 19, "%", N, H),
    m("eps|earnings_per_share", 1.92, "CHF", N, H),
    m("eps_growth|earnings_per_share_growth", 21.4, "%", N, H),
    m("eps|underlying_eps|earnings_per_share", 1.86, "CHF", N, H, basis="underlying"),
    m("eps_growth|underlying_eps_growth", 9.2, "%", N, H, basis="underlying; constant currency"),
    m("eps_growth|underlying_eps_growth", 10.4, "%", N, H, basis="underlying; reported"),
    m("buyback_eps_contribution|buyback_contribution|eps_contribution", 1.5, "%", N, H,
      basis="share buyback's contribution to the underlying EPS increase, net of finance costs"),
    m("revenue|sales|total_reported_sales", 43.92e9, "CHF", N, H, prior=42.93e9, basis="total reported sales"),
    m("revenue|sales|total_reported_sales", 42.93e9, "CHF", N, "2017H1", opt=True, basis="last year"),
    m("revenue_growth|sales_growth|reported_sales_growth", 2.3, "%", N, H, basis="reported"),
    m("acquisitions_divestments_effect|m_and_a_effect|scope_effect", 0, "%", N, H, opt=True,
      basis="netted to zero (words)"),
    m("fx_effect|currency_effect|foreign_exchange_impact", -0.5, "%", N, H, basis="on sales"),
    m("organic_growth|organic_sales_growth", 2.8, "%", N, H),
    m("real_internal_growth|rig|volume_growth", 2.5, "%", N, H),
    m("pricing|price_effect|pricing_growth", 0.3, "%", N, H),
    m(UTOP, 7.1e9, "CHF", N, H, basis="underlying"),
    m(UTOPG, 3.5, "%", N, H, basis="underlying"),
    m(UTOPMC, 20, "bp", N, H, basis="underlying; constant currency"),
    m(UTOPMC, 20, "bp", N, H, basis="underlying; reported"),
    m(UTOPM, 16.1, "%", N, H, basis="underlying; reported"),
    m("guidance_organic_growth|organic_growth_guidance|organic_sales_growth_outlook", 3, "%", N, "FY2018",
      basis="around; narrowed"),
    m("guidance_restructuring_costs|restructuring_costs|restructuring_cost_outlook", 700e6, "CHF", N, "FY2018",
      basis="around; affirmed"),
], [])

# ---------------------------------------------------------------- en03 US CPI for September 2018: CPI +0.1 % after +0.2 % in August, 2.3 % y/y from 2.7 %, core +0.1 % (second straight month; 0.2 % in May, June and July), core 2.2 % y/y, Reuters poll 0.2 % for both, three Fed hikes this year, core PCE 2.0 % through August at the 2 % target, gasoline -0.2 % after +3.0 %, food flat, food at home -0.1 %, owners' equivalent rent +0.2 % after +0.3 % (Reuters via Lincoln Daily News, October 11, 2018; rates in %)
# A US inflation release with headline and core CPI month-on-month and year-on-year, shelter (owners' equivalent
# rent) and energy (gasoline). Headline, the date line "[October 11, 2018]", byline and "WASHINGTON, (Reuters) -"
# kept; the share links, the "(Reporting by ...)" credit and the copyright line were dropped. Periods: the date line
# and "in the 12 months through September" date the report month 2018-09 and "August" 2018-08; "this year" is 2018.
# "Increased 0.1 percent last month after rising 0.2 percent in August" -> key 0.1 with prior 0.2 and an optional
# 2018-08 row (news30 batch b; "X after Y", news24); "2.3 percent, slowing from August's 2.7 percent advance" likewise.
# Core "edged up 0.1 percent for the second straight month" -> key 0.1 (the implied August 0.1 is not a printed
# figure: no row); "had increased 0.2 percent in May, June and July" -> one key row (one figure printed once for three
# months; the months in the basis, no single-month period). Core 2.2 % y/y key. "Economists polled by Reuters had
# forecast both overall and core CPI climbing 0.2 percent" -> two key consensus rows (m/m). "Raised rates three times
# this year" -> an optional count of hikes. Core PCE "rose 2.0 percent in the 12 months through August" -> key 2018-08;
# "holding at the Fed's 2 percent target" -> optional target row; "fourth straight month" a count, not labelled.
# Gasoline "slipped 0.2 percent after surging 3.0 percent in August" -> key -0.2 with prior 3.0 and an optional
# August row. "Food prices were flat overall" prints no figure -> an optional 0 %. Food at home "fell 0.1 percent" ->
# key -0.1. Owners' equivalent rent "rose 0.2 percent in September after rising 0.3 percent in August" -> key 0.2
# with prior 0.3 and an optional August row.
US = "US|United States|U.S.|US CPI"
S, A = "2018-09", "2018-08"
CPIM = "cpi_mom|cpi|cpi_change|consumer_price_index_mom"
CPIY = "cpi_yoy|cpi|inflation|cpi_annual"
CORM = "core_cpi_mom|core_cpi|core_cpi_change"
G["en03"] = ([
    m(CPIM, 0.1, "%", US, S, prior=0.2, basis="month on month"),
    m(CPIM, 0.2, "%", US, A, opt=True, basis="month on month"),
    m(CPIY, 2.3, "%", US, S, prior=2.7, basis="12 months through September"),
    m(CPIY, 2.7, "%", US, A, opt=True, basis="12 months through August"),
    m(CORM, 0.1, "%", US, S, basis="month on month; second straight month"),
    m(CORM, 0.2, "%", US, basis="month on month; in each of May, June and July"),
    m("core_cpi_yoy|core_cpi|core_inflation", 2.2, "%", US, S, basis="12 months through September"),
    m("cpi_mom_consensus|cpi_consensus|cpi_estimate|cpi_forecast", 0.2, "%", US, S, basis="Reuters poll"),
    m("core_cpi_mom_consensus|core_cpi_consensus|core_cpi_estimate|core_cpi_forecast", 0.2, "%", US, S,
      basis="Reuters poll"),
    m("rate_hikes|rate_hike_count", 3, "hikes", "Federal Reserve|Fed|US", "2018", opt=True, basis="this year"),
    m("core_pce_yoy|core_pce|core_pce_inflation", 2.0, "%", US, A, basis="12 months through August"),
    m("inflation_target", 2, "%", "Federal Reserve|Fed|US", opt=True),
    m("gasoline_price_change|gasoline_prices|gasoline_cpi", -0.2, "%", "US gasoline prices|gasoline|US", S, prior=3.0),
    m("gasoline_price_change|gasoline_prices|gasoline_cpi", 3.0, "%", "US gasoline prices|gasoline|US", A, opt=True),
    m("food_price_change|food_prices|food_cpi", 0, "%", "US food prices|food|US", S, opt=True,
      basis="flat overall, no figure printed"),
    m("food_at_home_price_change|food_at_home_prices|food_at_home_cpi", -0.1, "%", "US food at home|food at home|US", S),
    m("oer_change|owners_equivalent_rent|oer|shelter_cpi|rent_cpi", 0.2, "%",
      "US owners' equivalent rent|owners' equivalent rent|OER|US", S, prior=0.3),
    m("oer_change|owners_equivalent_rent|oer|shelter_cpi|rent_cpi", 0.3, "%",
      "US owners' equivalent rent|owners' equivalent rent|OER|US", A, opt=True),
], [])

# ---------------------------------------------------------------- en04 precious metals on a Monday: gold's record $1,476.21 then spot -0.7 % at $1,462.28, June futures settled down $6 at $1,468.10, silver's $41.93 session high then -0.4 % to $40.68, gold-silver spreads nearly halved, SPDR Gold Trust +6 tonnes to about 1,217 tonnes, iShares Silver Trust a record 11,192.80 tonnes, platinum -1.3 % at $1,780.24, palladium -1.6 % to $777.72 (wire copy via Business Recorder, April 2011; no year printed; USD, tonnes)
# A gold and silver market story with spot prices per ounce, ETF holdings in tonnes and moves in dollars and percent.
# The stored text has no headline (none added). The source's contradiction "Spot gold fell 0.7 percent ... the
# biggest one-day gain in nearly a month" and "an African Union's Libya peace initiative" are kept as printed. No
# period anywhere (a market wrap; "last August" and "1980" are dates). Gold: "after hitting a record high $1,476.21 an
# ounce earlier" -> optional (an intraday extreme); spot "fell 0.7 percent to $1,462.28" -> key move and level; US gold
# futures for June delivery "settled down $6 at $1,468.10" -> key -6 USD change and key settlement. Silver: "a session
# high of $41.93" optional (intraday extreme); "fell 0.4 percent to $40.68" -> key move and level. "31-year high",
# "eight-session winning streak" and "strongest since 1980" carry no price: not labelled. "Spreads ... have nearly
# halved since last August" -> an optional -50 % (a hedged word figure). ETFs: SPDR Gold Trust "climbed 6 tonnes to
# about 1,217 tonnes" -> key +6 tonnes change and key 1217 tonnes level (no "from"); iShares Silver Trust "held at a
# record at 11,192.80 tonnes" -> key level (no change printed). Platinum and palladium moves and levels key; "$777.72"
# is per ounce by context.
GOLD = "gold|spot gold|XAU"
SILV = "silver|spot silver|XAG"
GF = "US gold futures|gold futures|COMEX gold|June gold futures"
GLD = "SPDR Gold Trust|SPDR Gold Shares|SPDR|GLD"
SLV = "iShares Silver Trust|iShares Silver|SLV"
G["en04"] = ([
    m("price|record_high|intraday_high|gold_price", 1476.21, "USD", GOLD, opt=True, basis="record high earlier; per ounce"),
    m("price_change|gold_price_change", -0.7, "%", GOLD),
    m("price|gold_price|spot_price", 1462.28, "USD", GOLD, basis="per ounce, by 3:26 pm EDT"),
    m("price_change|futures_change|settlement_change", -6, "USD", GF, basis="June delivery"),
    m("price|settlement_price|futures_price|settle", 1468.10, "USD", GF, basis="June delivery, settled"),
    m("price|session_high|intraday_high|silver_price", 41.93, "USD", SILV, opt=True, basis="session high"),
    m("price_change|silver_price_change", -0.4, "%", SILV),
    m("price|silver_price|spot_price", 40.68, "USD", SILV, basis="per ounce"),
    m("spread_change|gold_silver_spread_change", -50, "%", "gold-silver spread|gold and silver spreads", opt=True,
      basis="nearly halved since last August"),
    m("etf_holdings_change|holdings_change", 6, "tonnes", GLD, basis="as of Friday"),
    m("etf_holdings|holdings|gold_holdings", 1217, "tonnes", GLD, basis="about; as of Friday"),
    m("etf_holdings|holdings|silver_holdings", 11192.80, "tonnes", SLV, basis="record"),
    m("price_change|platinum_price_change", -1.3, "%", "platinum|spot platinum"),
    m("price|platinum_price", 1780.24, "USD", "platinum|spot platinum", basis="per ounce"),
    m("price_change|palladium_price_change", -1.6, "%", "palladium|spot palladium"),
    m("price|palladium_price", 777.72, "USD", "palladium|spot palladium", basis="per ounce"),
], [])

# ---------------------------------------------------------------- en05 Momo's second quarter and first half of 2020: net revenues -6.8 % to RMB3,868.3 million (US$547.5 million), net income RMB456.4 million from RMB731.8 million, non-GAAP net income RMB669.8 million from RMB1,242.5 million, diluted EPADS RMB2.11 against RMB3.33, non-GAAP EPADS RMB3.05 against RMB5.60, MAU 111.5 million against 113.5 million, paying users 12.8 million (Tantan 3.9 million) against 11.8 million (Tantan 3.2 million); first half revenues -5.2 % to RMB7,462.3 million, net income RMB995.3 million against RMB1,021.1 million (PR Newswire release via nasdaq.com, Sept. 3, 2020; CNY with USD conversions)
# A Chinese internet company's results reported in English with RMB, US$, per-ADS figures and monthly active users.
# Headline and dateline kept; the page's stray "Published" label was dropped; the passage stops after the second
# first-half bullet, because the stored page breaks off mid-bullet in the next one (non-GAAP first-half net income);
# the cut is at a sentence boundary. The asterisk of "(US$547.5 million*)" and the "(note 1)" markers are kept. Periods:
# "second quarter of 2020" -> 2020Q2, "same period of 2019" -> 2019Q2, "first half of 2020" -> 2020H1, "June 2020" ->
# 2020-06. Every bracketed US$ conversion is optional. "Decreased to RMB456.4 million ... from RMB731.8 million in the
# same period of 2019" -> key with prior and an optional 2019Q2 row (period named); the non-GAAP net income likewise
# (basis non-GAAP). "Diluted net income per ADS was RMB2.11 ..., compared to RMB3.33 in the same period of 2019" -> key
# with prior and optional 2019Q2 row (the "compared to Y" of the same quantity, news34); the non-GAAP per-ADS figure
# likewise. MAU "111.5 million in June 2020, compared to 113.5 million in June 2019" -> key in "users" with prior, the
# June 2019 row optional. Paying users 12.8 million against 11.8 million -> key with prior, optional 2019Q2 row; the
# Tantan sub-counts ("including 3.9 million paying users of Tantan", "which included 3.2 million paying users of
# Tantan") -> key rows on Tantan, 2020Q2 and 2019Q2 (each printed once, in its own clause). First half: revenues -5.2 %
# to RMB7,462.3 million -> key level and growth; net income RMB995.3 million "compared with RMB1,021.1 million during
# the same period of 2019" -> key with prior and an optional 2019H1 row. No growth rate is computed where none is
# printed.
MO = "Momo|Momo Inc.|MOMO|Hello Group"
TT = "Tantan|Tantan Limited|Momo"
Q20, Q19, H20, H19 = "2020Q2", "2019Q2", "2020H1", "2019H1"
NI = "net_income|net_profit|net_income_attributable"
EPADS = "eps_per_ads|eps|diluted_eps_per_ads|net_income_per_ads"
G["en05"] = ([
    m("revenue|net_revenues|net_revenue", 3868.3e6, "CNY", MO, Q20),
    m("revenue|net_revenues|net_revenue", 547.5e6, "USD", MO, Q20, opt=True, basis="conversion"),
    m("revenue_growth|net_revenue_growth", -6.8, "%", MO, Q20, basis="year over year"),
    m(NI, 456.4e6, "CNY", MO, Q20, prior=731.8e6, basis="attributable to Momo Inc."),
    m(NI, 64.6e6, "USD", MO, Q20, opt=True, basis="conversion"),
    m(NI, 731.8e6, "CNY", MO, Q19, opt=True, basis="same period of 2019"),
    m(NI, 669.8e6, "CNY", MO, Q20, prior=1242.5e6, basis="non-GAAP"),
    m(NI, 94.8e6, "USD", MO, Q20, opt=True, basis="non-GAAP; conversion"),
    m(NI, 1242.5e6, "CNY", MO, Q19, opt=True, basis="non-GAAP; same period of 2019"),
    m(EPADS, 2.11, "CNY", MO, Q20, prior=3.33, basis="diluted, per ADS"),
    m(EPADS, 0.30, "USD", MO, Q20, opt=True, basis="diluted, per ADS; conversion"),
    m(EPADS, 3.33, "CNY", MO, Q19, opt=True, basis="diluted, per ADS; same period of 2019"),
    m(EPADS, 3.05, "CNY", MO, Q20, prior=5.60, basis="non-GAAP diluted, per ADS"),
    m(EPADS, 0.43, "USD", MO, Q20, opt=True, basis="non-GAAP diluted, per ADS; conversion"),
    m(EPADS, 5.60, "CNY", MO, Q19, opt=True, basis="non-GAAP diluted, per ADS; same period of 2019"),
    m("monthly_active_users|mau|users", 111.5e6, "users", MO, "2020-06", prior=113.5e6, basis="Momo application"),
    m("monthly_active_users|mau|users", 113.5e6, "users", MO, "2019-06", opt=True, basis="Momo application"),
    m("paying_users|total_paying_users", 12.8e6, "users", MO, Q20, prior=11.8e6,
      basis="live video and value-added service, including Tantan"),
    m("paying_users|total_paying_users", 11.8e6, "users", MO, Q19, opt=True, basis="including Tantan"),
    m("paying_users|tantan_paying_users", 3.9e6, "users", TT, Q20),
    m("paying_users|tantan_paying_users", 3.2e6, "users", TT, Q19),
    m("revenue|net_revenues|net_revenue", 7462.3e6, "CNY", MO, H20),
    m("revenue|net_revenues|net_revenue", 1056.2e6, "USD", MO, H20, opt=True, basis="conversion"),
    m("revenue_growth|net_revenue_growth", -5.2, "%", MO, H20, basis="year over year"),
    m(NI, 995.3e6, "CNY", MO, H20, prior=1021.1e6, basis="attributable to Momo Inc."),
    m(NI, 140.9e6, "USD", MO, H20, opt=True, basis="conversion"),
    m(NI, 1021.1e6, "CNY", MO, H19, opt=True, basis="same period of 2019"),
], [])

# ---------------------------------------------------------------- en06 CICC on Shoucheng (00697): 2025/2026 net profit forecasts raised 7 % / 6 % to 650 / 750 million yuan (+58 % / +16 %), "outperform" kept, target +5 % to HK$2.73 (1.8x / 1.9x P/B), first-half revenue +36 % to 731 million yuan, gross profit +26 % to 295 million yuan, net profit +30 % to 339 million yuan, special dividend 768 million yuan, interim dividend 271 million yuan, first-half total 1.039 billion yuan, yield 5.83 % (itiger.com, a 2025 page; CNY and HKD)
# One broker's note in English on a Hong Kong stock with an HK$ target, a rating and earnings forecasts. The stored
# text has no headline (none added) and no dateline. Periods: the forecasts are "for 2025 and 2026"; "this year and
# next year" (the P/B multiples) and "March 26 this year" follow them, so "this year" is 2025 and the reported first
# half 2025H1 (clearly implied). Rating action: "maintaining an "outperform" rating" and "the target price was raised
# by 5% to HK$2.73" (no old target printed) -> raise_target, outperform, target 2.73 HKD, no prior target (the 5 % is
# not turned into a computed old target). "The target price was raised by 5%" -> a key percentage target change (news35
# batch a). Forecasts: "raised its net profit attributable to shareholders forecasts ... for 2025 and 2026 by 7% and 6%
# respectively, to 650 million yuan and 750 million yuan, representing year-over-year growth of 58% and 16%" -> per
# year a key forecast level, a key forecast revision (%) and a key forecast growth (broker in the basis); no prior is
# computed from the revision. "Equivalent to price-to-book ratios of 1.8x and 1.9x" -> optional multiples (a target's
# implied valuation). First half: revenue, gross profit and net profit levels and their growth rates -> six key rows.
# Dividends: special 768 million yuan, interim 271 million yuan, first-half total 1.039 billion yuan -> key; "a
# dividend yield of 5.83%" key. "Yuan" on a Hong Kong broker note is CNY (RMB); the target is HKD.
SC = "SHOUCHENG|Shoucheng|Shoucheng Holdings|Shoucheng Holdings Limited|00697|0697.HK|00697.HK|首程控股"
CICC = "CICC|China International Capital Corporation|China International Capital Corp|Zhongjin"
NPF = "net_profit_forecast|net_profit_estimate|net_profit|net_income_forecast"
G["en06"] = ([
    m(NPF, 650e6, "CNY", SC, "2025", basis="CICC forecast; attributable to shareholders"),
    m(NPF, 750e6, "CNY", SC, "2026", basis="CICC forecast; attributable to shareholders"),
    m("net_profit_forecast_change|forecast_revision|earnings_forecast_change", 7, "%", SC, "2025", basis="CICC, raised"),
    m("net_profit_forecast_change|forecast_revision|earnings_forecast_change", 6, "%", SC, "2026", basis="CICC, raised"),
    m("net_profit_growth_forecast|net_profit_growth|earnings_growth_forecast", 58, "%", SC, "2025",
      basis="CICC forecast, year over year"),
    m("net_profit_growth_forecast|net_profit_growth|earnings_growth_forecast", 16, "%", SC, "2026",
      basis="CICC forecast, year over year"),
    m("target_price_change|price_target_change", 5, "%", SC, basis="CICC, raised"),
    m("pb_ratio|price_to_book|p_b", 1.8, "x", SC, "2025", opt=True, basis="implied by the target, this year"),
    m("pb_ratio|price_to_book|p_b", 1.9, "x", SC, "2026", opt=True, basis="implied by the target, next year"),
    m("revenue|sales", 731e6, "CNY", SC, "2025H1"),
    m("revenue_growth|sales_growth", 36, "%", SC, "2025H1", basis="year over year"),
    m("gross_profit", 295e6, "CNY", SC, "2025H1"),
    m("gross_profit_growth", 26, "%", SC, "2025H1", basis="year over year"),
    m("net_profit|net_income|net_profit_attributable", 339e6, "CNY", SC, "2025H1",
      basis="attributable to shareholders"),
    m("net_profit_growth|net_income_growth", 30, "%", SC, "2025H1", basis="year over year"),
    m("special_dividend|dividend", 768e6, "CNY", SC, basis="announced March 26"),
    m("interim_dividend|dividend", 271e6, "CNY", SC, "2025H1"),
    m("total_dividend|dividend|total_declared_dividend", 1.039e9, "CNY", SC, "2025H1", basis="total declared for the first half"),
    m("dividend_yield", 5.83, "%", SC),
], [
    ra(CICC, SC, "raise_target", "outperform", target=2.73, cur="HKD"),
])
