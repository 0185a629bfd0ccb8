# Hand-written gold labels for news43/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or project code was run (only build_labels.py, to build the gold file), nothing under plugins/, tests/
# or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching), news3/en/README.md, news4-news42/en/README.md
# (values fully scaled ("₹495.6 crore" -> 4.956e9 INR, "78.36 cents U.S." -> 0.7836 USD, "87 cents" -> 0.87 CAD,
# "$9-billion" -> 9e9, "$10.91M" -> 10.91e6 HKD, "$749.43K" -> 749.43e3 HKD), declines and falls negative ("shed $2.46, or
# 4.4%" -> -2.46 and -4.4, "down 2.1%" -> -2.1, "contracted by 2.2%" -> -2.2, "3.5 per cent decline" -> -3.5), currency
# codes ("₹" -> INR; "$" in AAStocks research notes -> HKD; "$" for TSX stocks -> CAD, "$... U.S." and gold -> USD; "$"
# for ASX stocks -> AUD, "US$" -> USD), ranges as rng ("7% to 10%", "3% to 6%"), hedges and conditions in the basis, a
# same-sentence "X from / compared to / down from / (up from) Y" value of the same quantity is the prior and the earlier
# reading also an optional row (news30 batch b, news36-news42), a previous period's reading given with "after /
# following" is a key row of its own without prior (news36 batch b), periods only where the text states or clearly
# implies the year (news24; market moves and levels none; monthly readings with no printed year none, news42 batch a;
# Indian fiscal "Q3FY24" -> FY2024Q3, "9MFY24" -> FY2024Q1-Q3, news23 batch b's notation), "unchanged" with no move
# printed an optional 0 (news16, news32, news40-news42), streak counts optional (news42 batch b), ordinals, dates, stock
# codes and grades inside product names ("62% fines") not labelled, AAStocks inline quote strings optional (news2),
# brokers' targets and ratings only in rating actions, a broker's "top picks" not a rating action (news40 batch b),
# ratings lower-case.

# ---------------------------------------------------------------- en07 Shakti Pumps rally on Q3FY24 results (Mint, livemint.com, January 30, 2024 page): +18% intraday to a ₹1,498 all-time high after a 20% upper circuit, +44% this month, 264% in less than a year, 46 acres sanctioned, Q3FY24 revenue ₹495.6 crore (+57.7% from ₹314.2 crore), EBITDA ₹71.0 crore from ₹21.9 crore, margin +735 bp to 14.3%, PAT ₹45.2 crore from ₹11.2 crore (+301.8%), 9MFY24 PAT +137.9% to ₹52.1 crore from ₹21.9 crore (INR)
# An Indian small-cap's share rally on its December-quarter results. Cut: the stored page breaks off mid-sentence ("This
# stellar performance can be attributed to the"), so the passage stops after the 9MFY24 sentence. The stored text has no
# headline (none added); the crosshead "Stellar Performance in Q3", run into the paragraph on the stored page, is kept on
# a line of its own (rewritten); the "{{^adFree}} {{/adFree}}" template markers are dropped as furniture.
# Periods: "Q3FY24" -> FY2024Q3, "Q3FY23" -> FY2023Q3, "9MFY24" -> FY2024Q1-Q3, "9MFY23" -> FY2023Q1-Q3 (Indian fiscal
# years as the text writes them); the share moves are market moves (no period; "today", "this month" in the basis).
# Decided: "hitting the 20% upper circuit limit" in the previous session -> a key +20 % move (the stock rose the limit).
# "Ending eight of the nine months ... in positive territory" -> an optional streak count (8 months). "A return of 264%
# in less than a year" -> key price change with the span in the basis. "46 acres of land" sanctioned by MPIDC -> key
# (unit "acres"), on the company. Revenue "soared to ₹495.6 crore, up 57.7% from the ₹314.2 crore reported in Q3FY23",
# EBITDA "₹71.0 crore, sharply higher than the ₹21.9 crore reported in Q3FY23", PAT "₹45.2 crore ..., up from ₹11.2
# crore" and 9MFY24 PAT "₹52.1 crore from ₹21.9 crore in 9MFY23" -> key levels with priors and optional earlier rows (the
# ₹11.2 crore has no printed period; "YoY" places it in FY2023Q3). The 735 bp margin widening and the 14.3 % margin key.
# Not labelled: "March 2023", "January 29", "January 27" (dates), "A-10", "B-86", "Sector 7" (addresses), "second
# straight session" (an ordinal span).
SH = "Shakti Pumps|Shakti Pumps (India)|Shakti Pumps (India) Ltd|Shakti Pumps India"
PC = "price_change|share_price_change"
Q, QP, N, NP = "FY2024Q3", "FY2023Q3", "FY2024Q1-Q3", "FY2023Q1-Q3"
REV = "revenue_from_operations|revenue|operating_revenue"
PAT = "net_profit|profit_after_tax|pat|consolidated_pat|net_income"
PATG = "net_profit_growth|pat_growth|profit_growth|net_income_growth"
G["en07"] = ([
    m(PC, 18, "%", SH, basis="intraday today, second straight session"),
    m("price|share_price|all_time_high", 1498, "INR", SH, basis="new all-time high, apiece"),
    m(PC, 20, "%", SH, basis="previous session, hit the 20% upper circuit limit"),
    m("price_change_mtd|mtd_change|price_change", 44, "%", SH, basis="so far this month"),
    m("positive_months|months_positive|streak", 8, "months", SH, opt=True,
      basis="eight of the nine months since March 2023 closed positive"),
    m("return|price_change|price_change_1y", 264, "%", SH, basis="in less than a year, January surge included"),
    m("land_sanctioned|land_area|land", 46, "acres", SH + "|MPIDC", basis="sanctioned by MPIDC for future expansion"),
    m(REV, 4.956e9, "INR", SH, Q, prior=3.142e9, basis="₹495.6 crore"),
    m("revenue_growth|revenue_change", 57.7, "%", SH, Q, basis="vs Q3FY23"),
    m(REV, 3.142e9, "INR", SH, QP, opt=True, basis="₹314.2 crore, year-earlier quarter"),
    m("ebitda", 7.10e8, "INR", SH, Q, prior=2.19e8, basis="₹71.0 crore"),
    m("ebitda", 2.19e8, "INR", SH, QP, opt=True, basis="₹21.9 crore, year-earlier quarter"),
    m("ebitda_margin", 14.3, "%", SH, Q),
    m("ebitda_margin_change", 735, "bp", SH, Q, basis="expanded"),
    m(PAT, 4.52e8, "INR", SH, Q, prior=1.12e8, basis="consolidated profit after tax, ₹45.2 crore"),
    m(PAT, 1.12e8, "INR", SH, QP, opt=True, basis="₹11.2 crore, year-earlier quarter (YoY)"),
    m(PATG, 301.8, "%", SH, Q, basis="YoY"),
    m(PATG, 137.9, "%", SH, N, basis="9MFY24, YoY"),
    m(PAT, 5.21e8, "INR", SH, N, prior=2.19e8, basis="9MFY24 PAT, ₹52.1 crore"),
    m(PAT, 2.19e8, "INR", SH, NP, opt=True, basis="9MFY23 PAT, ₹21.9 crore"),
], [])

# ---------------------------------------------------------------- en08 UBS on Hong Kong property stocks (AASTOCKS research note via WikiStock, July 29, 2024 page): dividend yields 7%-10% vs 6% for Singapore REITs; upgrades KERRY PPT to Buy ($13.5 -> $17.8) and CHAMPION REIT to Neutral ($2.1 -> $1.61), downgrades WHARF HOLDINGS to Sell ($20 -> $16.3) and HYSAN DEV to Neutral ($23.8 -> $11.2); AAStocks inline quote strings (HKD)
# A broker's sector note with two upgrades and two downgrades. Cut: the stored page breaks off mid-sentence ("UBS
# maintained a Neutral rating on CK ASSET (01113.HK) ... and WHARF REIC (01997.HK) -0.260"), so the passage stops after
# the HYSAN DEV sentence. Headline kept (rewritten, with its "<Research>" tag and codes). Dropped as furniture: the
# WikiStock site header ("WikiStock / Global Securities Firms Regulatory Inquiry App / English / Download /
# Home-News-"), the "iconAASTOCKS" source label and "2024-07-29 09:17" time stamp, the truncated teaser repeating the
# first sentence, and the "Related NewsG Sachs Ratings, TPs on HK Conglomerates & Landlords (Table)" link line.
# Kept as printed: the inline quote strings after each code ("-0.050 (-0.225%) Short selling $10.91M; Ratio 27.530%",
# HYSAN's "0.000 (0.000%)"), "Singapore REIT's", "HLD", "KERRY", the upper-case stock names.
# Periods: none ("after 2024" is the date of a risk, not a reporting period).
# Decided: "$" in an AAStocks note is HKD (development corpus); the four rating changes with both targets are upgrades /
# downgrades with prior rating and prior target (CHAMPION REIT's upgrade with a lowered target stays an upgrade); the
# headline repeats the Wharf and Kerry actions (not labelled twice). "Top picks" (Henderson Land, Kerry) and "also
# favoured" (Swire Pacific A) are not rating actions. "Dividend yields of 7% to 10%" -> a key range on Hong Kong
# property stocks; "the 6% for Singapore REIT's" -> a key comparison row. The inline quote strings (price change in HKD
# and %, short-selling turnover in HKD, short-selling ratio) are optional (news2), HYSAN's zeros included.
UBS = "UBS|UBS Group"
HLD = "Henderson Land|HENDERSON LAND|Henderson Land Development|HLD"
KER = "Kerry Properties|KERRY PPT|Kerry PPT|KERRY"
SWP = "Swire Pacific|SWIRE PACIFIC A|Swire Pacific A"
CHR = "Champion REIT|CHAMPION REIT"
WHF = "Wharf Holdings|WHARF HOLDINGS|Wharf"
HYS = "Hysan Development|HYSAN DEV|Hysan"
quotes08 = [(HLD, -0.050, -0.225, 10.91e6, 27.530), (KER, 0.260, 1.937, 749.43e3, 3.893),
            (SWP, 0.900, 1.323, 16.36e6, 31.424), (CHR, 0.010, 0.629, 249.27e3, 31.605),
            (WHF, -0.300, -1.217, 4.87e6, 39.147), (HYS, 0.000, 0.000, 1.50e6, 25.178)]
G["en08"] = ([
    m("dividend_yield", None, "%", "Hong Kong property stocks|Hong Kong property|HK property stocks|Hong Kong", rng=(7, 10),
      basis="most HK property stocks, latest dividend cycle (UBS)"),
    m("dividend_yield", 6, "%", "Singapore REITs|Singapore REIT's|S-REITs|Singapore", basis="comparison (UBS)"),
] + [x for c, pc, pp, ss, sr in quotes08 for x in (
    m("price_change", pc, "HKD", c, opt=True, basis="inline quote string"),
    m("price_change", pp, "%", c, opt=True, basis="inline quote string"),
    m("short_selling_turnover", ss, "HKD", c, opt=True, basis="inline quote string"),
    m("short_selling_ratio", sr, "%", c, opt=True, basis="inline quote string"))], [
    ra(UBS, KER, "upgrade", "buy", "neutral", target=17.8, prior_target=13.5, cur="HKD"),
    ra(UBS, CHR, "upgrade", "neutral", "sell", target=1.61, prior_target=2.1, cur="HKD"),
    ra(UBS, WHF, "downgrade", "sell", "neutral", target=16.3, prior_target=20, cur="HKD"),
    ra(UBS, HYS, "downgrade", "neutral", "buy", target=11.2, prior_target=23.8, cur="HKD"),
])

# ---------------------------------------------------------------- en09 Toronto midday (Baystreet text via investingchannel.com; Monday January 18, 2021, Martin Luther King Day; no date printed): S&P/TSX +32.33 points to 17,941.36, loonie +0.03 cents to 78.36 cents U.S., TC Energy -$2.46 (-4.4%) to $54.11 on the $9-billion Keystone XL permit, Aurinia +$1.40 (+8.3%) to $18.32, Real Matters +87 cents (+4.8%) to $18.97, oil unchanged at $52.36 U.S., gold +$3.60 to $1,833.50, TSX Venture +4.18 to 912.18, subgroups (CAD, USD, points)
# A Canadian market wrap at midday with movers, commodities and sectors. Cut: the stored page ends with an "ON WALLSTREET"
# crosshead and a sentence with no full stop ("Markets are closed in the U.S. for Martin Luther King Day"); the passage
# stops after the energy-subgroup sentence, before that section (no figure lost). No headline in the stored text (the
# address slug is not page text; none added). Kept as printed: the "ON BAYSTREET" crosshead, "cents U.S.", "$52.36 U.S.",
# "$9-billion", the double full stop in "$18.97..".
# Periods: none (market moves and levels).
# Decided: the loonie's "up 0.03 cents to 78.36 cents U.S." -> key change and level in USD (cents scaled). TSX stock
# moves in "$" and cents are CAD (87 cents -> 0.87); oil "$52.36 U.S." and gold "$1,833.50" (its $ move too) are USD.
# "Oil prices were unchanged" -> key price and an optional 0 % move. The "$9-billion Keystone XL pipeline project" ->
# key project value on the pipeline (TC Energy among the alternatives), CAD as the page's "$". Subgroup moves key;
# "all but one of the 12 TSX subgroups" not labelled (a count of sectors).
TSX = "S&P/TSX Composite Index|S&P/TSX Composite|S&P/TSX|TSX"
CADX = "Canadian dollar|loonie|CAD|CAD/USD|USD/CAD"
TC = "TC Energy|TC Energy Corporation|TC Energy Corp|TC"
AUR = "Aurinia Pharmaceuticals|Aurinia Pharmaceuticals Inc|Aurinia"
RMT = "Real Matters|Real Matters Inc"
TSXV = "TSX Venture Exchange|TSX Venture|TSXV|S&P/TSX Venture Composite"
PX = "price|share_price|close_price"
SEC = "sector_change|index_change|subindex_change"
G["en09"] = ([
    m("index_change", 32.33, "points", TSX, basis="approaching noon"),
    m("index_level", 17941.36, "points", TSX, basis="approaching noon"),
    m("fx_change|currency_change", 0.0003, "USD", CADX, basis="0.03 cents U.S."),
    m("fx_rate|exchange_rate", 0.7836, "USD", CADX, basis="78.36 cents U.S."),
    m("project_value|deal_value|contract_value|pipeline_cost", 9e9, "CAD", "Keystone XL|Keystone XL pipeline|" + TC,
      basis="$9-billion pipeline project; Biden reported planning to cancel the permit"),
    m(PC, -2.46, "CAD", TC), m(PC, -4.4, "%", TC), m(PX, 54.11, "CAD", TC),
    m(PC, 1.40, "CAD", AUR), m(PC, 8.3, "%", AUR), m(PX, 18.32, "CAD", AUR),
    m(PC, 0.87, "CAD", RMT, basis="87 cents"), m(PC, 4.8, "%", RMT), m(PX, 18.97, "CAD", RMT),
    m("price|oil_price", 52.36, "USD", "oil|crude oil|crude", basis="unchanged"),
    m("price_change|oil_price_change", 0, "%", "oil|crude oil|crude", opt=True, basis="unchanged"),
    m("price_change|gold_price_change", 3.60, "USD", "gold|gold price"),
    m("price|gold_price", 1833.50, "USD", "gold|gold price"),
    m("index_change", 4.18, "points", TSXV, basis="to pause for lunch"),
    m("index_level", 912.18, "points", TSXV, basis="at the lunch pause"),
    m(SEC, 1.6, "%", "health-care|health care|TSX health-care subgroup"),
    m(SEC, 1.4, "%", "information technology|TSX information technology subgroup|technology"),
    m(SEC, 0.4, "%", "utilities|TSX utilities subgroup"),
    m(SEC, -2.1, "%", "energy|TSX energy subgroup|energy sector"),
], [])

# ---------------------------------------------------------------- en10 Singapore NODX for September (CNA, channelnewsasia.com, October 18, 2021 page; no year printed for the month): +12.3% yoy, +1.2% m-o-m sa after -3.5%, electronics +14.4%, non-electronics +11.7%, China +38.9%, US +22.2%, South Korea +61.6%, emerging markets +41.4% after +2.7% in August, Q3 2021 GDP +6.5% (%)
# A macro trade-data release. Whole as stored (no headline in the stored text; none added); the "SINGAPORE:" dateline
# and the "EXPORTS TO TOP MARKETS" crosshead kept. Kept as printed: "EU 27", "Monday (Oct 18)".
# Periods: the monthly readings ("September", "August", "the previous month") print no year -> none (news42 batch a;
# the month in the basis); "the third quarter of 2021" -> 2021Q3.
# Decided: "following the previous month's 3.5 per cent decline" and "after growing 2.7 per cent in August" -> key rows
# of their own, no prior (news36 batch b). Growth by destination market is Singapore's exports, keyed on Singapore with
# the market among the entity alternatives and named in the metric alternatives. Not labelled: "a 10th consecutive
# month" (an ordinal), "EU 27" (a name), "Oct 18" (a date).
SG = "Singapore|Singapore NODX|NODX|Enterprise Singapore"
NX = "nodx_growth|exports_growth|non_oil_domestic_exports_growth|export_growth"
G["en10"] = ([
    m(NX, 12.3, "%", SG, basis="September, year on year"),
    m(NX + "|nodx_growth_mom", 1.2, "%", SG, basis="September, month-on-month seasonally adjusted"),
    m(NX + "|nodx_growth_mom", -3.5, "%", SG, basis="previous month (August), month-on-month seasonally adjusted"),
    m("electronic_exports_growth|electronics_exports_growth|" + NX, 14.4, "%", SG + "|electronics",
      basis="electronic NODX, September, year on year"),
    m("non_electronic_exports_growth|" + NX, 11.7, "%", SG + "|non-electronics",
      basis="non-electronic NODX, September, year on year"),
    m("exports_to_china_growth|" + NX, 38.9, "%", SG + "|China", basis="NODX to China, September"),
    m("exports_to_us_growth|" + NX, 22.2, "%", SG + "|United States|US", basis="NODX to the US, September"),
    m("exports_to_south_korea_growth|" + NX, 61.6, "%", SG + "|South Korea", basis="NODX to South Korea, September"),
    m("exports_to_emerging_markets_growth|" + NX, 41.4, "%", SG + "|emerging markets",
      basis="NODX to emerging markets, September"),
    m("exports_to_emerging_markets_growth|" + NX, 2.7, "%", SG + "|emerging markets",
      basis="NODX to emerging markets, August"),
    m("gdp_growth|gdp_growth_yoy", 6.5, "%", "Singapore|Singapore economy|MTI", "2021Q3",
      basis="year on year, advance estimates; slower pace"),
], [])

# ---------------------------------------------------------------- en11 iron ore miners and prices (The Motley Fool Australia, fool.com.au, May 27, 2019 page; no date printed): BHP +1.5% to $38.00, Fortescue +1.6% to $8.35, Mount Gibson +2.5% to $1.28, Rio Tinto +1.5% to $102.76; 62% fines +1.5% to US$105.32 a tonne vs a five-year high of US$105.78, 58% fines +0.3% to US$87.02, 65% fines +0.7% to US$119.30 (AUD, USD)
# A commodity story: ASX iron ore miners on the back of Friday's benchmark prices. Whole as stored apart from furniture:
# the site label "The Motley Fool" above the headline and the closing promotion ("Where to invest $1,000 right now ...")
# are dropped. Headline, the three question crossheads and the bullet list kept (rewritten). Kept as printed: "(ASX: BHP)"
# and the other codes, "$38.00", "US$105.32 a tonne", "the base metal" (the source's word for iron ore), "& Rio Tinto".
# Periods: none (market moves and prices; "Friday", "this week" print no date).
# Decided: "$" on ASX share prices is AUD; iron ore prices "US$" are USD (per tonne in the basis). The "five-year high
# of US$105.78 a tonne" is a key earlier level (like news42's previous closing high). The grades "62%", "58%", "65%" are
# part of the product names (not labelled); "five-year highs" and "record high" print no figure.
BHP = "BHP Group|BHP Group Ltd|BHP"
FMG = "Fortescue Metals Group|Fortescue Metals Group Limited|Fortescue|FMG"
MGX = "Mount Gibson Iron|Mount Gibson Iron Limited|Mount Gibson|MGX"
RIO = "Rio Tinto|Rio Tinto Limited|RIO"
F62 = "iron ore 62% fines|62% fines|iron ore|benchmark iron ore"
F58 = "iron ore 58% fines|58% fines|iron ore"
F65 = "iron ore 65% fines|65% fines|iron ore"
IOP = "price|iron_ore_price|commodity_price"
IOC = "price_change|iron_ore_price_change|commodity_price_change"
G["en11"] = ([
    m(PC, 1.5, "%", BHP, basis="morning trade"), m(PX, 38.00, "AUD", BHP),
    m(PC, 1.6, "%", FMG, basis="morning trade"), m(PX, 8.35, "AUD", FMG),
    m(PC, 2.5, "%", MGX, basis="morning trade"), m(PX, 1.28, "AUD", MGX),
    m(PC, 1.5, "%", RIO, basis="morning trade"), m(PX, 102.76, "AUD", RIO),
    m(IOC, 1.5, "%", F62, basis="Friday, Metal Bulletin, benchmark"),
    m(IOP, 105.32, "USD", F62, basis="a tonne, Friday"),
    m("five_year_high|price_high|price", 105.78, "USD", F62, basis="five-year high, a tonne"),
    m(IOC, 0.3, "%", F58, basis="lower grade, week's finish"),
    m(IOP, 87.02, "USD", F58, basis="a tonne, week's finish"),
    m(IOC, 0.7, "%", F65, basis="higher grade, week's close"),
    m(IOP, 119.30, "USD", F65, basis="a tonne, week's close"),
], [])

# ---------------------------------------------------------------- en12 SARB holds the repo rate at 6.5% (Mail & Guardian with Fin24, mg.co.za, July 19, 2018 page): prime 10%, 3%-6% target band, inflation forecasts 4.8% (2018, from 4.9%), 5.6% (2019, from 5.2%), 5.4% (2020, from 5.2%), peak 5.7% in 2019H1, 5.3% by end-2020, core 4.6% / 5.5% / 5.3% (from 4.5% / 5.1% / 5.1%), GDP 1.2% in 2018 (from 1.7%), Q1 -2.2%, 1.9% in 2019, 2% in 2020 (%)
# A central-bank decision with the bank's revised forecasts. Whole as stored; headline and the two crossheads
# ("Inflation outlook", "Growth revised down") kept (rewritten); the closing "— Fin 24" credit kept. The governor's
# closing quote is rendered as reported speech (the set never copies third-party sentences), its "[growth]" insertion
# kept. Periods: the forecasts' years as printed (2018, 2019, 2020); "the first and second quarters of 2019" -> 2019H1;
# "by the end of 2020" -> 2020Q4 (the phrase in the basis); "the first quarter of the year" right after the 2018
# forecast -> 2018Q1 (clearly implied); the decision itself none ("Thursday").
# Decided: "unchanged at 6.5%" -> key repo rate and an optional 0 bp change (news42 batch b); the prime rate "stays at
# 10%" key; the "target band of 3% to 6%" a key range. Each forecast "X, down from Y previously" / "X (up from Y)" /
# "up from Y to X" -> key forecast with the old forecast as prior and an optional row of the old forecast. The 2.2 %
# first-quarter contraction key and negative. "The forecast for 2020 is unchanged at 2%" -> key forecast and an
# optional 0 pp revision. Not labelled: "the upper end of the target band" and "modest growth" (no figure).
SARB = "South African Reserve Bank|SA Reserve Bank|SARB|Reserve Bank"
ZA = "South Africa|SARB|South African Reserve Bank|SA Reserve Bank"
INF = "inflation_forecast|cpi_forecast|headline_inflation_forecast"
CORE = "core_inflation_forecast|core_cpi_forecast|" + INF
GDPF = "gdp_growth_forecast|gdp_forecast|growth_forecast"
G["en12"] = ([
    m("repo_rate|policy_rate|interest_rate", 6.5, "%", SARB, basis="unchanged, unanimous"),
    m("rate_change|repo_rate_change", 0, "bp", SARB, opt=True, basis="unchanged"),
    m("prime_lending_rate|prime_rate", 10, "%", SARB + "|South African banks", basis="remains"),
    m("inflation_target|inflation_target_band|inflation_target_range", None, "%", SARB, rng=(3, 6)),
    m(INF, 4.8, "%", ZA, "2018", prior=4.9, basis="average; revised down"),
    m(INF, 4.9, "%", ZA, "2018", opt=True, basis="previous forecast"),
    m(INF, 5.6, "%", ZA, "2019", prior=5.2, basis="revised up"),
    m(INF, 5.2, "%", ZA, "2019", opt=True, basis="previous forecast"),
    m(INF, 5.4, "%", ZA, "2020", prior=5.2, basis="revised up"),
    m(INF, 5.2, "%", ZA, "2020", opt=True, basis="previous forecast"),
    m(INF + "|inflation_peak_forecast", 5.7, "%", ZA, "2019H1", basis="consumer inflation peak, first and second quarters"),
    m(INF, 5.3, "%", ZA, "2020Q4", basis="consumer inflation by the end of 2020"),
    m(CORE, 4.6, "%", ZA, "2018", prior=4.5, basis="core inflation; revised up"),
    m(CORE, 4.5, "%", ZA, "2018", opt=True, basis="core; previous forecast"),
    m(CORE, 5.5, "%", ZA, "2019", prior=5.1, basis="core inflation; revised up"),
    m(CORE, 5.1, "%", ZA, "2019", opt=True, basis="core; previous forecast"),
    m(CORE, 5.3, "%", ZA, "2020", prior=5.1, basis="core inflation; revised up"),
    m(CORE, 5.1, "%", ZA, "2020", opt=True, basis="core; previous forecast"),
    m(GDPF, 1.2, "%", ZA, "2018", prior=1.7, basis="revised down"),
    m(GDPF, 1.7, "%", ZA, "2018", opt=True, basis="previous estimate"),
    m("gdp_growth|gdp_change", -2.2, "%", "South Africa|South African economy", "2018Q1", basis="contraction"),
    m(GDPF, 1.9, "%", ZA, "2019"),
    m(GDPF, 2, "%", ZA, "2020", basis="unchanged"),
    m("gdp_growth_forecast_change|forecast_revision", 0, "pp", ZA, "2020", opt=True, basis="unchanged"),
], [])
