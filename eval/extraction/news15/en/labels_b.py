# Hand-written gold labels for news15/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news14/en/README.md (a hedge or bound
# keeps the stated number as the value; pence scaled to GBP; a same-sentence earlier value is the prior; periods only
# where the text states or implies the year; market-wrap levels and moves carry no period).

# ---------------------------------------------------------------- en07 London close with risers and fallers in pence (Energy Voice / PA; no year in text)
# Market wrap: no periods ("founded in 1974" is a date; "last three months" a duration). Pence are scaled to GBP
# (27.6p -> 0.276 GBP; £21.59 -> 21.59 GBP). Each stock's move (in % and in pence) and its closing price are key, as in
# the news14 en14 London close. Carnival's "more than 1%" keeps the stated number (-1). Redrow's 152p takeover proposal
# and its 24% premium are key deal terms (entity: Redrow, the target; the bidder is a person). Restaurant Group's 7%
# profit rise and its plan to open 30 sites "this year" (no year stated -> no period) are key company figures. The
# headline carries no figure.
FT = "FTSE 100|FTSE 100 Index|FTSE|Footsie"
GL = "Glencore"
XS = "Xstrata"
CCL = "Carnival"
RDW = "Redrow"
RTN = "Restaurant Group|The Restaurant Group"
ENRC = "Eurasian Natural Resources|Eurasian Natural Resources Corporation|ENRC"
SBRY = "Sainsbury's|Sainsbury|J Sainsbury"
G["en07"] = ([
    m("index_change", -8, "points", FT),
    m("index_level|index_close", 5711.5, "points", FT),
    m("price_change", 8, "%", GL), m("price_change", 0.276, "GBP", GL), m("price|close_price", 3.851, "GBP", GL),
    m("price_change", 0.512, "GBP", XS), m("price|close_price", 9.522, "GBP", XS),
    m("price_change", -1, "%", CCL), m("price_change", -0.26, "GBP", CCL), m("price|close_price", 21.59, "GBP", CCL),
    m("price_change", 0.041, "GBP", RDW), m("price|close_price", 1.551, "GBP", RDW),
    m("offer_price|takeover_offer_per_share|bid_price", 1.52, "GBP", RDW),
    m("takeover_premium|offer_premium|premium", 24, "%", RDW),
    m("price_change", 2, "%", RTN), m("price_change", 0.075, "GBP", RTN), m("price|close_price", 3.295, "GBP", RTN),
    m("profit_growth|pretax_profit_growth", 7, "%", RTN),
    m("new_sites|planned_openings|store_openings", 30, "sites", RTN),
    m("price_change", 0.41, "GBP", "Petrofac"), m("price|close_price", 15.02, "GBP", "Petrofac"),
    m("price_change", 0.70, "GBP", "Intertek"), m("price|close_price", 28.15, "GBP", "Intertek"),
    m("price_change", -0.046, "GBP", ENRC), m("price|close_price", 3.019, "GBP", ENRC),
    m("price_change", -0.049, "GBP", SBRY), m("price|close_price", 3.276, "GBP", SBRY),
    m("price_change", -0.048, "GBP", "Centrica"), m("price|close_price", 3.267, "GBP", "Centrica"),
    m("price_change", -0.25, "GBP", "Severn Trent"), m("price|close_price", 17.31, "GBP", "Severn Trent"),
    m("price_change", 6.16, "%", "Xcite Energy|Xcite"), m("price|close_price", 1.105, "GBP", "Xcite Energy|Xcite"),
    m("price|close_price", 2.8625, "GBP", "Cairn Energy|Cairn"), m("price_change", 4.74, "%", "Cairn Energy|Cairn"),
    m("price_change", -1.73, "%", "A G Barr|AG Barr|A.G. Barr"), m("price|close_price", 4.2055, "GBP", "A G Barr|AG Barr|A.G. Barr"),
    m("price_change", -1.22, "%", "Faroe Petroleum|Faroe"), m("price|close_price", 1.4175, "GBP", "Faroe Petroleum|Faroe"),
], [])

# ---------------------------------------------------------------- en08 Hong Kong close with stock codes, HKD prices (AASTOCKS via Longbridge, 2025.10.23)
# Market wrap: no periods (the dateline is a date). "HKD" prices are HKD; stock codes are not labelled. The closing
# moves and levels of the three indices and the market turnover are key. The opening move ("opened down 63 points"),
# the session low (-190 points to 25,591) and the afternoon high (+299 points to 26,080) are intraday extremes ->
# optional. The headline's "up 186 points" is a repeat, "Meituan rose over 4%" and "POP MART fell 9%" are rounded
# repeats -> optional. "X, Y and Z rose 1.5% to 1.7%" is one key range row whose entity lists the names (news3 group
# moves); "X and Y rose 0.9% and 1.2%" is read respectively (one row each); "X and Y ... to fall 2.4%" / "fell 2%"
# (one figure for two named stocks) is one row per stock. POP MART's own turnover is an inline quote figure -> optional.
HSI = "Hang Seng Index|HSI|Hang Seng|Hong Kong stocks"
HSCEI = "National Index|Hang Seng China Enterprises Index|HSCEI|China Enterprises Index"
HSTECH = "Hang Seng Tech Index|Hang Seng TECH Index|HSTECH|Hang Seng Tech"
MEI = "Meituan|03690.HK|03690"
POP = "POP MART|Pop Mart|09992.HK|09992"
G["en08"] = ([
    m("index_change", 186, "points", HSI, opt=True),                                     # headline repeat
    m("price_change", 4, "%", MEI, opt=True),                                            # headline "over 4%"
    m("price_change", -9, "%", POP, opt=True),                                           # headline "fell 9%"
    m("index_change|opening_change", -63, "points", HSI, opt=True),                      # opening move
    m("index_change|intraday_change", -190, "points", HSI, opt=True),                    # session low
    m("index_level|intraday_low", 25591, "points", HSI, opt=True),
    m("index_change|intraday_change", 299, "points", HSI, opt=True),                     # afternoon high
    m("index_level|intraday_high", 26080, "points", HSI, opt=True),
    m("index_change", 186, "points", HSI), m("index_change", 0.7, "%", HSI),
    m("index_level|index_close", 25967, "points", HSI),
    m("index_change", 76, "points", HSCEI), m("index_change", 0.8, "%", HSCEI),
    m("index_level|index_close", 9300, "points", HSCEI),
    m("index_change", 28, "points", HSTECH), m("index_change", 0.5, "%", HSTECH),
    m("index_level|index_close", 5951, "points", HSTECH),
    m("turnover|market_turnover", 245.256e9, "HKD", HSI),
    m("price_change", None, "%", "Tencent|Alibaba|JD.com|tech stocks", rng=(1.5, 1.7)),
    m("price_change", 0.9, "%", "Xiaomi|01810.HK"),
    m("price_change", 1.2, "%", "Baidu|09888.HK"),
    m("price_change", 4.1, "%", MEI), m("price|close_price", 100, "HKD", MEI),
    m("price_change", None, "%", "Kuaishou|NetEase|Bilibili", rng=(-1.3, -0.4)),
    m("price_change", -1.1, "%", "SMIC|00981.HK"),
    m("price_change", -4.6, "%", "Hua Hong Semiconductor|Hua Hong|01347.HK"),
    m("price_change", -2.4, "%", "ZTE|00763.HK"),
    m("price_change", -5.1, "%", "Changfei Optical Fiber|YOFC|06869.HK"),
    m("price_change", -2.4, "%", "GoerTek|01415.HK"),
    m("price_change", -2.4, "%", "BYD Electronics|BYD Electronic|00285.HK"),
    m("price_change", -3.6, "%", "Lens Technology|06613.HK"),
    m("price_change", 1, "%", "BYD|01211.HK"),
    m("price_change", 3.5, "%", "Chery|09973.HK"),
    m("price_change", -4.5, "%", "Leapmotor|09863.HK"),
    m("price_change", -2, "%", "CATL|03750.HK"),
    m("price_change", -2, "%", "Horizon Robotics|09660.HK"),
    m("price_change", -4.7, "%", "Hesai|02525.HK"),
    m("price_change", 8, "%", "Ganfeng Lithium|01772.HK"),
    m("price_change", 5.1, "%", "Tianqi Lithium|09696.HK"),
    m("price_change", -9.4, "%", POP), m("price|close_price", 232.4, "HKD", POP),
    m("turnover|stock_turnover", 12.142e9, "HKD", POP, opt=True),
    m("price_change", -4.5, "%", "Mixue|02097.HK"),
    m("price_change", -1.7, "%", "Lao Pu Gold|06181.HK"),
], [])

# ---------------------------------------------------------------- en09 US retail sales for July with revisions (USA Today / AP; year only in the address)
# No year in the text -> no periods (July, June and May rows are told apart only by value). All changes are
# month-on-month (basis "mom") except the restaurants' "9% from a year ago" (basis "yoy"). Revisions in "X to Y" /
# "from X to Y" form carry the first reading as prior: June 0 with prior -0.3 (a 0.3% decline revised to unchanged),
# May 1.2 with prior 1. The FactSet (0.6%) and Reuters (0.5%) forecasts are two key consensus rows. The source's
# "The June uptick matches" (it means July) is kept as printed; the forecasts are still for the month reported. The
# headline's 0.6% is a repeat -> optional. The category growth rates are components of the release -> key.
US = "US|U.S.|US retail sales|U.S. retail sales|retail sales"
MOM = "mom"
G["en09"] = ([
    m("retail_sales_growth|retail_sales_change", 0.6, "%", US, opt=True, basis=MOM),            # headline
    m("retail_sales_growth|retail_sales_change", 0.6, "%", US, basis=MOM),
    m("retail_sales_growth|retail_sales_change", 0, "%", US, prior=-0.3, basis=MOM),            # June, revised
    m("retail_sales_growth|retail_sales_change", 1.2, "%", US, prior=1, basis=MOM),             # May, revised
    m("retail_sales_consensus|retail_sales_forecast|retail_sales_growth_forecast", 0.6, "%", US, basis=MOM),  # FactSet
    m("retail_sales_consensus|retail_sales_forecast|retail_sales_growth_forecast", 0.5, "%", US, basis=MOM),  # Reuters
    m("retail_sales_ex_autos_growth|core_retail_sales_growth", 0.4, "%", US, basis=MOM),
    m("auto_sales_growth|car_sales_growth", 1.4, "%", "US|U.S.|car sales|autos", basis=MOM),
    m("sales_growth|retail_sales_growth", 0.8, "%", "home and furniture stores|US|U.S.", basis=MOM),
    m("sales_growth|retail_sales_growth", 0.7, "%", "building supply and gardening retailers|US|U.S.", basis=MOM),
    m("sales_growth|retail_sales_growth", 0.7, "%", "restaurants|US|U.S.", basis=MOM),
    m("sales_growth|retail_sales_growth", 9, "%", "restaurants|US|U.S.", basis="yoy"),
    m("sales_growth|retail_sales_growth", 0.9, "%", "sporting goods, hobby, book and music stores|US|U.S.", basis=MOM),
    m("sales_growth|retail_sales_growth", 0.4, "%", "clothing stores|US|U.S.", basis=MOM),
    m("sales_growth|retail_sales_growth", -1.2, "%", "electronics and appliance stores|US|U.S.", basis=MOM),
], [])

# ---------------------------------------------------------------- en10 RBI cuts the repo rate 25 bp to 6% (IBTimes India; no year in the text)
# The text gives "Thursday, April 4" and "February" but no year -> no periods. The cut is one key row (-25 bp); the
# headline's and the quoted statement's "25 basis points" are repeats -> optional; "or 0.25 per cent" restates the
# cut in another unit -> optional, listed as -0.25 pp and -0.25 %. The new repo rate is one key row with the quoted
# "from 6.25 per cent" as prior; the headline's and the first sentence's "to 6 per cent" are repeats -> optional. The
# reverse repo, MSF rate and Bank Rate are key. The CPI target of 4% is key; the "+/- 2 percent" band is optional
# (as its width 2 % and as the range 2-6 %). The Reuters poll's expected cut (25 bp to 6.00%) is key as the
# consensus; "Over 85 percent" (hedge kept) and "nearly 70" economists are poll statistics -> optional. The
# six-member panel and three-day meeting are not labelled (committee counts, durations).
RBI = "Reserve Bank of India|RBI|India"
G["en10"] = ([
    m("rate_change|policy_rate_change|repo_rate_change", -25, "bp", RBI),
    m("rate_change|policy_rate_change|repo_rate_change", -25, "bp", RBI, opt=True),           # headline
    m("rate_change|policy_rate_change|repo_rate_change", -25, "bp", RBI, opt=True),           # quoted statement
    m("rate_change|policy_rate_change|repo_rate_change", -0.25, "pp", RBI, opt=True),         # "or 0.25 per cent"
    m("rate_change|policy_rate_change|repo_rate_change", -0.25, "%", RBI, opt=True),
    m("repo_rate|policy_rate|interest_rate", 6, "%", RBI, prior=6.25),
    m("repo_rate|policy_rate|interest_rate", 6, "%", RBI, opt=True),                           # headline
    m("repo_rate|policy_rate|interest_rate", 6, "%", RBI, opt=True),                           # first sentence
    m("reverse_repo_rate", 5.75, "%", RBI),
    m("msf_rate|marginal_standing_facility_rate", 6.25, "%", RBI),
    m("bank_rate", 6.25, "%", RBI),
    m("inflation_target|cpi_inflation_target", 4, "%", RBI),
    m("inflation_target_band|inflation_tolerance_band", 2, "%", RBI, opt=True),
    m("inflation_target_band|inflation_tolerance_band", None, "%", RBI, rng=(2, 6), opt=True),
    m("rate_change_consensus|rate_change_forecast", -25, "bp", RBI),
    m("policy_rate_consensus|repo_rate_forecast|policy_rate_forecast", 6.00, "%", RBI),
    m("economist_share|share_of_economists", 85, "%", RBI, opt=True),
    m("analyst_count|economist_count", 70, "economists", RBI, opt=True),
], [])

# ---------------------------------------------------------------- en11 New Horizon Health Hong Kong IPO debut (Bloomberg via a forum repost, 18 February 2021)
# IPO figures carry no period (point-in-time deal and trading figures; 2007 and 2018 date other deals). The headline's
# 190% is the debut gain (key); "almost tripled" restates it as a multiple -> optional 3 x (hedge keeps the number).
# The opening price, the offer price, the 10:34 a.m. trading price, the amount raised, the retail order book and the
# 4,133-times subscription are key; "as high as HK$80" is an intraday extreme -> optional; the bracketed $109 billion
# is a conversion -> optional. Kuaishou's 161% debut and the "$1 billion" / "HK$2 billion" size classes are
# comparison trivia -> optional; "Over 1 million" investors is a count of people -> optional. The source's
# "leaped161%" and "ends it" are kept as printed.
NHH = "New Horizon Health|New Horizon Health Ltd.|New Horizon Health Ltd"
G["en11"] = ([
    m("debut_change|price_change|first_day_gain", 190, "%", NHH),
    m("debut_change|price_change|first_day_gain", 3, "x", NHH, opt=True),                      # almost tripled
    m("open_price|price|opening_price", 76, "HKD", NHH),
    m("ipo_price|offer_price", 26.66, "HKD", NHH),
    m("price|intraday_high", 80, "HKD", NHH, opt=True),
    m("price|share_price", 76.05, "HKD", NHH),
    m("ipo_proceeds|amount_raised", 263e6, "USD", NHH),
    m("debut_change|price_change", 161, "%", "Kuaishou Technology|Kuaishou", opt=True),
    m("ipo_size|deal_size", 1e9, "USD", opt=True),                                            # "an IPO over $1 billion"
    m("ipo_size|ipo_proceeds", 2e9, "HKD", opt=True),                                         # "raising more than HK$2 billion"
    m("investor_count|retail_investors", 1e6, "investors", NHH, opt=True),
    m("ipo_orders|order_book|subscription_amount", 844e9, "HKD", NHH),
    m("ipo_orders|order_book|subscription_amount", 109e9, "USD", NHH, opt=True),
    m("subscription_rate|oversubscription|subscription_multiple", 4133, "x", NHH),
], [])

# ---------------------------------------------------------------- en12 BYD third-quarter results in yuan, NEV sales; Tesla margin (Reuters via a repost; no year in the text)
# No year is stated -> no periods (Q3 and Q2 rows are told apart only by value). Yuan -> CNY. The bracketed $1.42
# billion and the headline's "$1.42 bln" are conversions/repeats -> optional. "could as much as double" is the earlier
# profit-growth guidance written in words -> optional, as 100 % and as 2 x. The Q2 profit growth (145%, own sentence)
# and the forecast range (9.55-11.55 billion yuan) are key. "22.12% ... compared with 18.73% in the second quarter"
# and Tesla's "17.9% ... down from 18.2%" put the earlier quarter in prior (same sentence), and each earlier level is
# also an optional row (as news14 en03 did with a "compared to" pair). Tesla's "analyst forecasts of over 18%" keeps
# the number (key consensus). China's NEV sales growth in September (22.1%) and the 34.5% of August ("cooled from",
# its own sentence) are separate key rows; the 36.6% share of car sales is key.
BYD = "BYD|BYD Co|BYD Company"
TSLA = "Tesla"
CN = "China|China NEV market|Chinese NEV sales"
G["en12"] = ([
    m("net_profit|net_income", 1.42e9, "USD", BYD, opt=True),                                  # headline
    m("net_profit|net_income", 10.41e9, "CNY", BYD),
    m("net_profit|net_income", 1.42e9, "USD", BYD, opt=True),                                  # bracketed conversion
    m("net_profit_growth|net_income_growth", 82.2, "%", BYD, basis="yoy"),
    m("revenue_growth", 38.5, "%", BYD),
    m("revenue", 162.15e9, "CNY", BYD),
    m("guidance_net_profit_growth|net_profit_growth_guidance", 100, "%", BYD, opt=True),       # "as much as double"
    m("guidance_net_profit_growth|net_profit_growth_guidance", 2, "x", BYD, opt=True),
    m("net_profit_growth|net_income_growth", 145, "%", BYD),                                  # second quarter
    m("guidance_net_profit|net_profit_guidance", None, "CNY", BYD, rng=(9.55e9, 11.55e9)),
    m("gross_margin|gross_profit_margin", 22.12, "%", BYD, prior=18.73),
    m("gross_margin|gross_profit_margin", 18.73, "%", BYD, opt=True),
    m("gross_margin|gross_profit_margin", 17.9, "%", TSLA, prior=18.2),
    m("gross_margin|gross_profit_margin", 18.2, "%", TSLA, opt=True),
    m("gross_margin_consensus|gross_margin_estimate", 18, "%", TSLA),
    m("nev_sales|sales_volume|vehicle_sales", 824001, "vehicles", BYD),
    m("nev_sales_growth|sales_growth|sales_volume_growth", 53, "%", BYD, basis="yoy"),
    m("overseas_sales|overseas_nev_sales|sales_volume", 71231, "vehicles", BYD),
    m("overseas_sales_growth|sales_growth", 323, "%", BYD, basis="yoy"),
    m("nev_sales_growth|sales_growth", 22.1, "%", CN, basis="yoy"),                           # September
    m("nev_share|nev_penetration|market_share", 36.6, "%", CN),
    m("nev_sales_growth|sales_growth", 34.5, "%", CN),                                        # August
], [])
