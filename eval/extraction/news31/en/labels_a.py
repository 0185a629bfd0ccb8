# Hand-written gold labels for news31/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow or
# project code run, and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news30/en/README.md (values fully
# scaled, declines and losses negative, pence and cents scaled to GBP / USD, crore = 1e7, a hedge or bound keeps the
# stated number ("nearly 2 percent" -> 2, "over 13-fold" -> 13 x), a same-sentence "X from Y" / "X compared with Y" /
# "X versus Y" / "X against Y" / "X (from Y)" value of the same quantity is the prior, a year-ago figure in its own
# sentence is a row of its own, a revised guidance range takes the earlier range printed in the next sentence as prior
# range with the earlier range an optional row of its own (news29 batch b, news30 batch a), "unchanged" prints no prior
# (news25), periods only where the text states or clearly implies the year (a passage with no printed year has no
# period, news24), market levels and moves carry no period, consensus figures key (news23), commodity moves printed
# in currency and in % both key (news20), in a stock move printed in % and in currency the % is key and the currency
# move optional (news22), rounded lead repeats, intraday extremes, trading-volume trivia and analyst counts optional,
# MarketBeat-style stock boilerplate (price line, moving averages, 12-month range, P/E, beta) optional with the market
# cap and the consensus target key (news19 batch b), brokers' targets only in rating actions, ratings normalised
# lower-case, counts of committee members not labelled).

# ---------------------------------------------------------------- en01 Progress Software second quarter: after-hours and regular-session moves, Q3 and full-year guidance (year raised from the earlier range), FactSet consensus for Q3, the year and Q2, net income and EPS with year-ago priors, adjusted EPS, reported and adjusted revenue (MarketWatch Market Pulse via ForexTV; no year printed)
# A US technology company's quarter with guidance and the consensus it missed; the stored text has no headline (none
# added; the "Market Pulse Stories ..." promotional line dropped). No year is printed (COVID-19 is named, but no year)
# -> no periods; the quarter / year is given in the basis. Moves: "rose 3% after hours" and "a 3.1% rise in the regular
# session to close at $37.81" -> three key rows. Guidance: Q3 adjusted EPS "69 cents to 71 cents" and adjusted revenue
# "$104 million to $109 million" -> key ranges; year "$2.82 to $2.86" and "$433 million to $443 million" -> key ranges
# taking the earlier forecast of the next sentence ("$2.73 to $2.80", "$428 million to $438 million") as prior ranges,
# the earlier ranges optional rows of their own. FactSet consensus: Q3 64 cents / $105.1 million and year $2.78 /
# $432.6 million -> four key rows. Q2: net income "$17 million, or 37 cents a share, compared with $8.2 million, or 18
# cents" -> key with priors (GAAP); adjusted EPS 63 cents with the 65-cent prior; revenue "$100.4 million from $100
# million" and adjusted revenue "$102.5 million from $103.5 million" -> key with priors (the adjusted decline is not
# printed as a % -> no growth row); the Q2 consensus "64 cents a share on adjusted revenue of $99.2 million" -> two key
# rows (the same 64 cents as the Q3 consensus is a separate fact). "fell short of Wall Street estimates" carries no
# number. Not labelled: Thursday.
PRGS = "Progress Software|Progress Software Corp.|Progress Software Corp|Progress|PRGS"
EG = "guidance_eps|eps_guidance|adjusted_eps_guidance"
RG = "guidance_revenue|revenue_guidance|adjusted_revenue_guidance"
EC = "eps_consensus|eps_estimate"
RC = "revenue_consensus|revenue_estimate"
PC = "price_change|share_price_change"
G["en01"] = ([
    m(PC, 3, "%", PRGS, basis="after hours, extended session"),
    m(PC, 3.1, "%", PRGS, basis="regular session"),
    m("price|close_price|closing_price", 37.81, "USD", PRGS, basis="regular-session close"),
    m(EG, None, "USD", PRGS, rng=(0.69, 0.71), basis="third quarter, adjusted"),
    m(RG, None, "USD", PRGS, rng=(104e6, 109e6), basis="third quarter, adjusted"),
    m(EG, None, "USD", PRGS, rng=(2.82, 2.86), prng=(2.73, 2.80), basis="full year, adjusted"),
    m(RG, None, "USD", PRGS, rng=(433e6, 443e6), prng=(428e6, 438e6), basis="full year, adjusted"),
    m(EG + "|previous_guidance_eps", None, "USD", PRGS, rng=(2.73, 2.80), opt=True, basis="full year, previous forecast"),
    m(RG + "|previous_guidance_revenue", None, "USD", PRGS, rng=(428e6, 438e6), opt=True,
      basis="full year, previous forecast"),
    m(EC, 0.64, "USD", PRGS, basis="third quarter, FactSet"),
    m(RC, 105.1e6, "USD", PRGS, basis="third quarter, FactSet"),
    m(EC, 2.78, "USD", PRGS, basis="full year, FactSet"),
    m(RC, 432.6e6, "USD", PRGS, basis="full year, FactSet"),
    m("net_income|net_profit", 17e6, "USD", PRGS, prior=8.2e6, basis="second quarter, GAAP"),
    m("eps", 0.37, "USD", PRGS, prior=0.18, basis="second quarter, GAAP"),
    m("eps|adjusted_eps", 0.63, "USD", PRGS, prior=0.65, basis="second quarter, adjusted"),
    m("revenue|sales", 100.4e6, "USD", PRGS, prior=100e6, basis="second quarter, reported"),
    m("revenue|adjusted_revenue|sales", 102.5e6, "USD", PRGS, prior=103.5e6, basis="second quarter, adjusted"),
    m(EC, 0.64, "USD", PRGS, basis="second quarter, adjusted"),
    m(RC, 99.2e6, "USD", PRGS, basis="second quarter, adjusted"),
], [])

# ---------------------------------------------------------------- en02 IMI plc first half 2024: profit before tax and basic EPS with growth and priors, adjusted PBT and EPS, revenue, reported and organic growth, GBP 100m buyback, interim dividend up 10 % to 10.0p from 9.1p, full-year adjusted EPS outlook 120p to 126p (dpa-AFX via Finanznachrichten, 2024; GBP)
# A UK company's half-year results in pounds and pence; the stored text has no headline (none added), the dateline
# "LONDON (dpa-AFX) -" is kept. Period: "a 2024 interim dividend" dates the first half -> 2024H1; "full year" -> 2024
# (IMI's year is the calendar year the interim dividend names). PBT "grew 17 percent to 163 million pounds from last
# year's 139 million pounds" -> key level with prior and key growth (statutory). Basic EPS "48.2 pence, up 14 percent
# from last year's 42.2 pence" -> key with prior (0.482 / 0.422 GBP) and key growth. Adjusted PBT 187m "compared to"
# 180m and adjusted basic EPS 54.7p against 54.0p -> key with priors. Revenue "grew 1 percent to 1.10 billion pounds from
# last year's 1.08 billion pounds" -> key level with prior and key growth; organic growth 5 % key. "a 100 million pounds
# share buyback programme" key (no period: a programme). "a 10 percent increase in the interim dividend" key; the interim
# dividend "10.0 pence per share, up from last year's 9.1p" key with prior (0.10 / 0.091 GBP). Outlook "between 120p to
# 126p" (odd "between ... to" kept) -> key range 1.20-1.26 GBP, basis adjusted basic, "continues to expect" gives no
# prior. Not labelled: "nearly 10 years" (tenure), "all five sectors" (count), payment and record dates, 2025 and May
# 2025 (dates of the CFO's departure).
IMI = "IMI|IMI PLC|IMI plc|IMI.L"
H1, FY = "2024H1", "2024"
G["en02"] = ([
    m("profit_before_tax|pretax_profit|pbt", 163e6, "GBP", IMI, H1, prior=139e6, basis="statutory"),
    m("profit_before_tax_growth|pretax_profit_growth|pbt_growth", 17, "%", IMI, H1, basis="statutory"),
    m("eps|basic_eps", 0.482, "GBP", IMI, H1, prior=0.422, basis="basic"),
    m("eps_growth|basic_eps_growth", 14, "%", IMI, H1, basis="basic"),
    m("profit_before_tax|adjusted_profit_before_tax|pretax_profit|pbt", 187e6, "GBP", IMI, H1, prior=180e6,
      basis="adjusted"),
    m("eps|adjusted_eps|adjusted_basic_eps", 0.547, "GBP", IMI, H1, prior=0.540, basis="adjusted basic"),
    m("revenue|sales", 1.10e9, "GBP", IMI, H1, prior=1.08e9),
    m("revenue_growth|sales_growth", 1, "%", IMI, H1, basis="reported"),
    m("organic_revenue_growth|revenue_growth", 5, "%", IMI, H1, basis="organic"),
    m("share_buyback|buyback|buyback_programme", 100e6, "GBP", IMI),
    m("dividend_growth|interim_dividend_growth|dividend_increase", 10, "%", IMI, H1, basis="interim dividend"),
    m("interim_dividend|dividend_per_share|dps", 0.10, "GBP", IMI, H1, prior=0.091),
    m("guidance_eps|eps_guidance|adjusted_eps_guidance", None, "GBP", IMI, FY, rng=(1.20, 1.26),
      basis="full year, adjusted basic EPS, continues to expect"),
], [])

# ---------------------------------------------------------------- en03 Fed holds at 5.25-5.50 %: one more 25 bp hike pencilled in for this year to 5.50-5.75 %, median projections for GDP, unemployment, PCE and core PCE inflation and the federal funds rate for 2023-2025 with priors (ActionForex live comment, 2023 projections)
# A Federal Reserve release; the stored text has no headline (none added). Dropped: the advertising image tags, the half
# sentence "By" cut by an advertisement after the dot-plot sentence, and the two link lines ("Full FOMC statement here.",
# "Full Summary of Economic Projections here."). The decision: "unchanged at 5.25-5.50%" -> key range, no prior
# ("unchanged", news25) and no period (a rate level, dev corpus en20). "12 of 19 policymakers" -> counts of committee
# members, not labelled (dev corpus). "one more 25bps rate hike this year to 5.50-5.75%" -> a key projected 25 bp rise
# and a key projected range; "this year" is 2023 (the projections list 2023 as the current year) -> period 2023. The
# fifteen median projections (years printed) -> key rows with the "(from X)" value as prior; "unchanged at" rows have
# no prior. Printed as is: "2023 PCE inflation is revised up to 2.2% (from 3.2%)" (the direction word does not fit the
# figures; labelled 2.2 with prior 3.2 as printed) and "2025 PCE is revised up to 2.3% (from 2.2%)", which sits in the
# core-PCE group but says "PCE" -> metric alternatives cover core and headline PCE. Entity: the Fed / FOMC (the US
# economy as alternative for the macro projections).
FED = "Fed|Federal Reserve|FOMC|Federal Open Market Committee|US|U.S.|United States"
FFR = "fed_funds_rate|federal_funds_rate|rate|policy_rate"
GDP = "gdp_growth_projection|gdp_growth_forecast|gdp_growth"
UR = "unemployment_rate_projection|unemployment_rate_forecast|unemployment_rate"
PCE = "pce_inflation_projection|pce_inflation_forecast|pce_inflation|inflation_projection"
CORE = "core_pce_projection|core_pce_forecast|core_pce|core_pce_inflation"
FFP = "fed_funds_rate_projection|rate_projection|fed_funds_rate|federal_funds_rate"
G["en03"] = ([
    m(FFR, None, "%", FED, rng=(5.25, 5.50), basis="unchanged, unanimous"),
    m("projected_rate_change|rate_change_projection|rate_hike|rate_change", 25, "bp", FED, "2023",
      basis="one more hike this year, dot plot"),
    m(FFP, None, "%", FED, "2023", rng=(5.50, 5.75), basis="after one more hike this year, dot plot"),
    m(GDP, 2.1, "%", FED, "2023", prior=1.0, basis="median projection"),
    m(GDP, 1.5, "%", FED, "2024", prior=1.1, basis="median projection"),
    m(GDP, 1.8, "%", FED, "2025", basis="median projection, unchanged"),
    m(UR, 3.8, "%", FED, "2023", prior=4.1, basis="median projection"),
    m(UR, 4.1, "%", FED, "2024", prior=4.4, basis="median projection"),
    m(UR, 4.1, "%", FED, "2025", prior=4.5, basis="median projection"),
    m(PCE, 2.2, "%", FED, "2023", prior=3.2, basis="median projection, as printed ('revised up')"),
    m(PCE, 2.5, "%", FED, "2024", basis="median projection, unchanged"),
    m(PCE, 2.2, "%", FED, "2025", prior=2.1, basis="median projection"),
    m(CORE, 3.7, "%", FED, "2023", prior=3.9, basis="median projection"),
    m(CORE, 2.6, "%", FED, "2024", basis="median projection, unchanged"),
    m(CORE + "|" + PCE, 2.3, "%", FED, "2025", prior=2.2, basis="median projection, printed as 'PCE' in the core group"),
    m(FFP, 5.6, "%", FED, "2023", basis="median projection, unchanged"),
    m(FFP, 5.1, "%", FED, "2024", prior=4.6, basis="median projection"),
    m(FFP, 3.9, "%", FED, "2025", prior=3.4, basis="median projection"),
], [])

# ---------------------------------------------------------------- en04 Metals, crops and oil futures: gold, silver, copper, palladium, platinum, corn, soybeans, wheat, New York crude and Brent — moves in dollars/cents and %, settle levels (AP via Hamodia, 2013 page; no year printed)
# A commodities wrap; the headline and the "NEW YORK (AP) —" dateline are kept. The stored page's last paragraph (other
# energy futures: wholesale gasoline, heating oil, natural gas) is cut, at a paragraph boundary, to keep the passage
# within 30 key metrics; the subscriber prompt after it is page furniture. No year printed -> no periods; contract months
# go into the entity alternatives. Commodity moves (news20): the move in dollars or cents, the move in % and the level are
# all key; cents scaled to USD (30.2 cents -> 0.302). Hedges keep the number: gold "nearly 2 percent" -> 2, copper
# "about 1 percent" -> 1. "Each rose more than 2 percent" gives palladium's and platinum's % moves (2, key each);
# platinum's "also more than 2 percent" repeats its own -> optional. "jumps of about 2 percent in corn and soybeans" ->
# key 2 % rows for corn and for soybeans. Levels are per ounce / per pound / per bushel / a barrel (basis). Brent's
# "$107.43" has no "a barrel" but is the oil price in the same construction -> USD per barrel. Not labelled: "last
# week" (no figure), Monday.
PC = "price_change|commodity_price_change|futures_price_change"
PX = "price|commodity_price|futures_price|settle_price"
GOLD = "gold|gold futures|August gold|gold for August delivery"
SILV = "silver|September silver|silver futures"
COP = "copper|September copper|copper futures"
PALL = "palladium|September palladium"
PLAT = "platinum|October platinum"
CORN = "corn|corn futures"
SOY = "soybeans|soybean|soybean futures"
WHT = "wheat|wheat futures"
CL = "crude oil|crude oil futures|oil|New York crude|WTI|benchmark crude"
BRENT = "Brent|Brent crude|Brent crude futures"
G["en04"] = ([
    m(PC, 22.20, "USD", GOLD), m(PC, 2, "%", GOLD, basis="nearly"), m(PX + "|gold_price", 1235.50, "USD", GOLD, basis="per ounce"),
    m(PC, 0.302, "USD", SILV), m(PC, 1.6, "%", SILV), m(PX + "|silver_price", 19.038, "USD", SILV, basis="per ounce"),
    m(PC, 0.0345, "USD", COP), m(PC, 1, "%", COP, basis="about"), m(PX + "|copper_price", 3.0995, "USD", COP, basis="per pound"),
    m(PC, 2, "%", PALL, basis="more than"), m(PC, 17.85, "USD", PALL), m(PX, 695.40, "USD", PALL, basis="per ounce"),
    m(PC, 2, "%", PLAT, basis="more than"), m(PC, 35.60, "USD", PLAT), m(PX, 1362, "USD", PLAT, basis="per ounce"),
    m(PC, 2, "%", PLAT, opt=True, basis="more than, repeat ('also')"),
    m(PC, 2, "%", CORN, basis="about"), m(PC, 0.0925, "USD", CORN), m(PX, 5.005, "USD", CORN, basis="per bushel"),
    m(PC, 2, "%", SOY, basis="about"), m(PC, 0.24, "USD", SOY), m(PX, 12.5225, "USD", SOY, basis="per bushel"),
    m(PC, 0.03, "USD", WHT), m(PX, 6.63, "USD", WHT, basis="per bushel"),
    m(PC + "|oil_price_change", -0.08, "USD", CL), m(PX + "|oil_price", 103.14, "USD", CL, basis="a barrel, New York"),
    m(PC + "|oil_price_change", -0.29, "USD", BRENT), m(PX + "|oil_price", 107.43, "USD", BRENT, basis="London"),
], [])

# ---------------------------------------------------------------- en05 India Cements Q2: consolidated net profit up over 13-fold to Rs 69.21 crore against Rs 5.07 crore, total income and total expenses with year-ago priors and % falls, intraday share move, high/low and volume (Moneycontrol, 2020 page; no year printed; INR crore)
# An Indian company's quarter in English; the stored text has no headline (none added). No year is printed ("November
# 6", "the September quarter of the current fiscal") -> no periods; the quarter goes into the basis. Net profit "Rs
# 69.21 crore" key (consolidated); the year-ago "Rs 5.07 crore" is printed in its own sentence -> a key row of its own
# (basis year-ago quarter), not a prior; "over 13-fold increase" -> key growth multiple 13 x (bound kept). Total income
# "declined 14.18 per cent to Rs 1,094.58 crore as against Rs 1,275.44 crore" -> key level with prior and key % fall;
# total expenses "down 22.83 per cent at Rs 980.83 crore as against Rs 1,271.02 crore" -> the same. Share: "up over 3
# percent intraday" in the lead is a rounded repeat of the later "3.67 percent" -> optional; "trading at Rs 125.80, up Rs
# 4.45, or 3.67 percent" -> price and % key, the rupee move optional (news22); intraday high and low optional; the volume
# figures ("more than 3.41 times", 236,335 shares, five-day average 50,558, "an increase of 367.45 percent") are
# trading-volume trivia -> optional, labelled as printed (3.41 times does not match 367.45 %). Not labelled: 12:30
# hours, November 6, "BSE" (exchange).
ICL = "India Cements|India Cements Ltd|The India Cements Limited|INDIACEM"
Q = "September quarter (Q2)"
G["en05"] = ([
    m("price_change|share_price_change", 3, "%", ICL, opt=True, basis="over, intraday, lead repeat"),
    m("net_profit|net_income|profit", 69.21e7, "INR", ICL, basis=Q + ", consolidated"),
    m("net_profit_growth|profit_growth|net_profit_multiple", 13, "x", ICL, basis=Q + ", over 13-fold"),
    m("net_profit|net_income|profit", 5.07e7, "INR", ICL, basis="July-September quarter a year ago"),
    m("total_income|revenue|income", 1094.58e7, "INR", ICL, prior=1275.44e7, basis=Q),
    m("total_income_growth|revenue_growth|income_growth", -14.18, "%", ICL, basis=Q),
    m("total_expenses|expenses", 980.83e7, "INR", ICL, prior=1271.02e7, basis=Q),
    m("total_expenses_growth|expenses_growth|expense_growth", -22.83, "%", ICL, basis=Q),
    m("price|share_price", 125.80, "INR", ICL, basis="intraday, 12:30 hours"),
    m("price_change|share_price_change", 4.45, "INR", ICL, opt=True),
    m("price_change|share_price_change", 3.67, "%", ICL),
    m("intraday_high|high|price", 128.95, "INR", ICL, opt=True),
    m("intraday_low|low|price", 122.15, "INR", ICL, opt=True),
    m("volume_multiple|volume_change", 3.41, "x", ICL, opt=True, basis="more than"),
    m("volume|trading_volume", 236335, "shares", ICL, opt=True),
    m("average_volume|volume", 50558, "shares", ICL, opt=True, basis="five day average"),
    m("volume_change|volume_growth", 367.45, "%", ICL, opt=True),
], [])

# ---------------------------------------------------------------- en06 Dunkin' Brands: RBC downgrade to sector perform with the target raised to $54 from $51, five earlier broker actions (Citigroup, Longbow, Credit Suisse, BMO, Goldman), rating mix, consensus target, stock boilerplate (MarketBeat-style note via The Cerbat Gem, 2016 page; no year printed; USD)
# A broker note with USD targets; the stored text has no headline (none added; the doubled "report report" is not
# carried over). Rating actions: RBC ("Royal Bank Of Canada") "cut ... from an outperform rating to a sector perform
# rating" with "$54.00 target price ..., up from their previous target price of $51.00" -> downgrade with both ratings and
# both targets. Citigroup "raised their price objective ... from $51.00 to $57.00 and gave the company a buy rating" and
# Credit Suisse "$51.00 to $52.00 ... outperform" and Goldman Sachs "$46.00 to $47.00 ... neutral" -> raise_target with
# the rating and the old target. Longbow Research and BMO "reaffirmed ... and issued a ... price target" -> reiterate with
# the target (news29: "reiterates"; "reaffirmed" is the same action). The earlier dated actions are key (news19 batch b).
# Metrics: the analyst counts (three sell, thirteen hold, eight buy; words -> numbers) optional; the consensus rating
# "Hold" has no figure; "an average target price of $48.03" key consensus target; the market cap "$4.68 billion" key;
# the price line (+0.63 %, $50.98), the volume, the moving averages, P/E, beta and the 12-month range are boilerplate ->
# optional (news19 batch b). Dates carry no year -> no periods.
DNKN = "Dunkin' Brands Group|Dunkin' Brands Group Inc.|Dunkin' Brands|Dunkin Brands|DNKN|NASDAQ:DNKN"
G["en06"] = ([
    m("analyst_count|sell_ratings", 3, "analysts", DNKN, opt=True, basis="sell"),
    m("analyst_count|hold_ratings", 13, "analysts", DNKN, opt=True, basis="hold"),
    m("analyst_count|buy_ratings", 8, "analysts", DNKN, opt=True, basis="buy"),
    m("consensus_target_price|target_price|average_target_price", 48.03, "USD", DNKN),
    m("price_change|share_price_change", 0.63, "%", DNKN, opt=True),
    m("price|share_price", 50.98, "USD", DNKN, opt=True),
    m("volume|trading_volume", 35538, "shares", DNKN, opt=True),
    m("moving_average|ma_50", 49.82, "USD", DNKN, opt=True),
    m("moving_average|ma_200", 46.97, "USD", DNKN, opt=True),
    m("market_cap|market_capitalization|market_value", 4.68e9, "USD", DNKN),
    m("pe_ratio|p_e_ratio", 38.74, "x", DNKN, opt=True),
    m("beta", 0.23, "x", DNKN, opt=True),
    m("price_range_52w|52_week_range|twelve_month_range", None, "USD", DNKN, rng=(36.44, 52.30), opt=True),
], [
    ra("Royal Bank Of Canada|Royal Bank of Canada|RBC|RBC Capital Markets", DNKN, "downgrade", "sector perform",
       "outperform", target=54.00, prior_target=51.00, cur="USD"),
    ra("Citigroup|Citigroup Inc.|Citi", DNKN, "raise_target", "buy", target=57.00, prior_target=51.00, cur="USD"),
    ra("Longbow Research|Longbow", DNKN, "reiterate", "underperform", target=34.00, cur="USD"),
    ra("Credit Suisse|Credit Suisse Group AG|Credit Suisse Group", DNKN, "raise_target", "outperform", target=52.00,
       prior_target=51.00, cur="USD"),
    ra("BMO Capital Markets|BMO", DNKN, "reiterate", "hold", target=46.00, cur="USD"),
    ra("Goldman Sachs|Goldman Sachs Group Inc.|Goldman Sachs Group|Goldman", DNKN, "raise_target", "neutral",
       target=47.00, prior_target=46.00, cur="USD"),
])
