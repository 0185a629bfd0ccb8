# Hand-written gold labels for news27/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news26/en/README.md (values fully
# scaled, declines, net selling and weaker currencies negative, a hedge or bound keeps the stated number ("over GBP56
# million" -> 56e6), a same-sentence "X from Y" / "X up from Y" / "X compared with Y" value of the same quantity is the
# prior, an earlier-period figure in a sentence of its own is its own row with its own period, periods only where the
# text states or clearly implies the year (a passage with no printed year has no period, news24), market levels and
# moves carry no period, a bracketed currency conversion an optional row, repeats and rounded restatements optional, a
# word multiple ("tenfold", "doubled", "nearly threefold") in "x" and optional where both levels or an exact % are
# labelled (news15, news26), a word figure for a flat move an optional 0 (news24), market breadth counts optional
# (news7), pence scaled to GBP and a bare figure in a pence context read as pence (news18), crore = 1e7, a nine-month
# period written 2021Q1-Q3 (news23), a central bank's vote split not labelled and past decisions with no year printed
# optional (news17, news22), deal rows on "target|acquirer" entities (news17), a named loss or account size kept positive
# (news23)).

# ---------------------------------------------------------------- en07 Seoul close: KOSPI level and moves, volume and turnover, seven named movers, investor net flows, won (Korea Herald / The Investor, 2016)
# A one-market Asian close. Headline and dateline line ("Oct. 11, 2016 - 16:13 By ...") kept as stored; the page's
# "From / Send to" furniture and the closing e-mail address dropped. Market moves carry no period (the dateline year
# is not used for a wrap). KOSPI: -24.89 points, -1.21 %, 2,031.93 -> key. Volume 338.8 million shares and turnover
# 5.12 trillion won -> key; the "(US$4.57 billion)" conversion optional. Breadth "408 to 391" -> optional counts
# (news7). Seven named movers, each with % move and closing price in KRW -> 14 key rows (Samsung Electronics -8.04 %,
# Hyundai Motor, Kia Motors, Hyundai Mobis, Naver, Shinhan Financial, KB Financial). Investor flows: foreigners
# "offloading 336.6 billion won" and retail investors "sold a net 155.4 billion won" -> key negatives, institutions
# "purchased a net 494.2 billion won" -> key positive (news7 Seoul close: net selling negative). Won: 1,120.40 per
# dollar key; "down 12.00 won" -> key -12.00 KRW (the won weakened; news7: "down 4.9 won" -> -4.9). Not labelled:
# "Galaxy Note 7" (product name), "second consecutive session" (count), "Oct. 11", "16:13" (date, time).
KS = "KOSPI|Kospi|Korea Composite Stock Price Index"
KRW = "USD/KRW|won|Korean won|local currency"
PC = "price_change|share_price_change|stock_price_change"
PX = "price|close_price|share_price"
SEC = "Samsung Electronics|Samsung"
HMC = "Hyundai Motor|Hyundai"
KIA = "Kia Motors|Kia"
MOB = "Hyundai Mobis|Mobis"
NAV = "Naver|NAVER"
SHF = "Shinhan Financial|Shinhan Financial Group|Shinhan"
KBF = "KB Financial|KB Financial Group"
G["en07"] = ([
    m("index_change|index_change_points|point_change", -24.89, "points", KS),
    m("index_change|index_change_pct|percent_change", -1.21, "%", KS),
    m("index_level|index_close|close", 2031.93, "points", KS),
    m("trading_volume|volume", 338.8e6, "shares", KS),
    m("turnover|trading_value|traded_value", 5.12e12, "KRW", KS),
    m("turnover|trading_value|traded_value", 4.57e9, "USD", KS, opt=True),                     # (US$4.57 billion)
    m("losers|decliners", 408, "stocks", KS, opt=True),
    m("gainers|advancers", 391, "stocks", KS, opt=True),
    m(PC, -8.04, "%", SEC), m(PX, 1545000, "KRW", SEC),
    m(PC, 0.75, "%", HMC), m(PX, 134500, "KRW", HMC),
    m(PC, 0.84, "%", KIA), m(PX, 42050, "KRW", KIA),
    m(PC, -1.61, "%", MOB), m(PX, 274500, "KRW", MOB),
    m(PC, -1.15, "%", NAV), m(PX, 862000, "KRW", NAV),
    m(PC, 2.08, "%", SHF), m(PX, 41750, "KRW", SHF),
    m(PC, 2.04, "%", KBF), m(PX, 40000, "KRW", KBF),
    m("net_selling|net_sales|net_flow|foreign_net_selling", -336.6e9, "KRW", "foreign investors|foreigners|" + KS),
    m("net_selling|net_sales|net_flow", -155.4e9, "KRW", "retail investors|individuals|" + KS),
    m("net_buying|net_purchases|net_flow", 494.2e9, "KRW", "institutions|institutional investors|" + KS),
    m("fx_rate|exchange_rate", 1120.40, "KRW", KRW),
    m("fx_change|currency_change", -12.00, "KRW", KRW),                                        # won down 12.00 won
], [])

# ---------------------------------------------------------------- en08 Media Concierge's cash proposal for National World: per-share price in pence, premium, stake, EV, EV/EBITDA multiples, share move, market cap (Alliance News via Morningstar UK; no year printed)
# A takeover proposal. No headline in the stored text (none added); the byline kept, the truncated "Comments and
# questions to ..." contact line dropped. No year is printed ("Friday", "October 31", "June 29") -> no periods; the
# multiples' "12 months ending June 29" goes in the basis. Deal rows carry "target|acquirer" (news17). Offer "GBP56.2
# million or 21 pence per share" -> deal value key and 0.21 GBP key; "40% premium to ... closing price on Thursday" key.
# The lede's "valuing ... at over GBP56 million" is a rounded repeat (optional, bound kept); "values National World's
# total issued share capital at GBP56.2 million" is a second repeat (optional). Media Concierge's existing "26% stake"
# key (the bidder's holding is a deal term, news15 BAT) and "the 74% of shares" it seeks key (news18: the stake a
# bidder aims to buy is a key deal term, although here it is the complement of the 26 %). Implied EV GBP43.2 million key.
# Shares "jumped 23% to 18.50" -> % move key; the price printed without unit sits in a pence story (21 pence offer) ->
# 0.185 GBP (news18: a bare figure in a pence context is pence), key, the printed form in basis. Market cap GBP49.5
# million key. EV multiples 7.2 x statutory EBITDA and 3.8 x adjusted EBITDA -> two key rows (basis names the EBITDA).
# No financing figures are printed. Not labelled: "October 31" (date), the quoted phrases (no figures).
NW = "National World|National World PLC|National World plc"
MC = "Media Concierge|Media Concierge (Holdings) Ltd|Media Concierge (Holdings)"
D = NW + "|" + MC
DV = "deal_value|offer_value|equity_value|transaction_value"
EVM = "ev_ebitda|ev_to_ebitda|ev_multiple|valuation_multiple"
G["en08"] = ([
    m("stake|existing_stake|shareholding", 26, "%", D, basis="Media Concierge's existing stake"),
    m(DV, 56e6, "GBP", D, opt=True, basis="over"),                                                # lede, rounded
    m(DV, 56.2e6, "GBP", D),
    m("offer_price|offer_price_per_share|price_per_share", 0.21, "GBP", D),
    m("premium|offer_premium|takeover_premium", 40, "%", D, basis="to Thursday's close"),
    m("stake_sought|shares_sought|stake", 74, "%", D, basis="shares not already owned"),
    m("enterprise_value|implied_enterprise_value|ev", 43.2e6, "GBP", D),
    m("price_change|share_price_change|stock_price_change", 23, "%", NW, basis="Friday morning"),
    m("price|share_price", 0.185, "GBP", NW, basis="printed '18.50' without unit (pence)"),
    m("market_cap|market_capitalisation|market_capitalization", 49.5e6, "GBP", NW),
    m(DV, 56.2e6, "GBP", D, opt=True),                                                            # second mention
    m(EVM, 7.2, "x", D, basis="statutory EBITDA, 12 months ending June 29"),
    m(EVM, 3.8, "x", D, basis="adjusted EBITDA, 12 months ending June 29"),
], [])

# ---------------------------------------------------------------- en09 Banxico cuts 25 bp to 10.75% on a 3-2 vote, raises Q4 inflation forecast; peso (FXLeaders; no year printed)
# A central-bank decision outside the US and Europe. No headline in the stored text (none added). No year is printed
# ("Thursday", "in May", "March 21", "in June", "this year"; "2008" is the date the rate became the target) -> no
# periods (news22 batch a, Bank of Thailand). Decision: "by 25 basis points to 10.75 percent" -> key -25 bp and key
# level (the old level is not printed in that sentence; 11 % appears only for March and is not computed as a prior).
# Vote "3 to 2" -> not labelled (news17). "fifth monetary policy announcement" is a count (not labelled). The cycle's
# start "at the March 21 meeting with a quarter-point cut, ... from 11.25% to 11%" is a past decision with no year
# printed -> optional rows (news22: earlier cuts optional): the level 11 % with prior 11.25 and the word move "a
# quarter-point" -> -25 bp (news16: words -> bp). "the first time the rate has stood at 10.75% since ... 2008" is a
# historic restatement -> optional repeat. Forecast: "average inflation of 4.4% in the last quarter of this year, up
# from the 4% it projected in June" -> key with prior 4 (basis names the quarter); core "unchanged ... 3.9% by
# year-end" -> key, no prior (an unchanged figure prints no earlier value, news16). Peso: 19.0108 per dollar key
# (MXN); "a 1.33% appreciation" -> key +1.33 % on the peso (a stronger currency is positive, news7 yen); "as much as
# 18.9110" is the intraday extreme -> optional.
BX = "Bank of Mexico|Banxico|Banco de México|Mexico"
MXN = "Mexican peso|peso|MXN|USD/MXN"
RC = "rate_change|policy_rate_change"
PR = "policy_rate|interest_rate|target_rate|interbank_rate"
G["en09"] = ([
    m(RC, -25, "bp", BX),
    m(PR, 10.75, "%", BX),
    m(PR, 11, "%", BX, prior=11.25, opt=True, basis="March 21 meeting"),                           # past decision
    m(RC, -25, "bp", BX, opt=True, basis="March 21 meeting, quarter-point"),                       # past decision
    m(PR, 10.75, "%", BX, opt=True, basis="first time since 2008"),                                # historic repeat
    m("inflation_forecast|headline_inflation_forecast|cpi_forecast", 4.4, "%", BX, prior=4,
      basis="average, last quarter of this year"),
    m("core_inflation_forecast|core_inflation|inflation_forecast", 3.9, "%", BX, basis="annual, by year-end, unchanged"),
    m("fx_rate|exchange_rate", 19.0108, "MXN", MXN),
    m("fx_change|currency_change", 1.33, "%", MXN, basis="peso appreciation"),
    m("fx_rate|exchange_rate|intraday_high", 18.9110, "MXN", MXN, opt=True, basis="intraday, strongest"),
], [])

# ---------------------------------------------------------------- en10 Jubilant FoodWorks September quarter: consolidated and India profit, revenue, Ebitda margins, Domino's India orders, like-for-like, delivery, store openings (Mint; no year printed)
# A restaurant chain's quarter in Rs crore (1 crore = 1e7: "₹194.6 crore" -> 1.946e9 INR). No headline in the stored
# text (none added); the passage stops where the stored text breaks off, after the store count sentence. The text says
# only "the September quarter" and "on Thursday" -> no period. Consolidated: net profit +192.5 % and ₹194.6 crore key;
# the lede's "almost threefold" restates the exact % -> optional 3 x (news15: "almost tripled" beside 190 % optional);
# revenue ₹2,340.2 crore and +19.7 % key; Ebitda +18.5 % and 13.9 % margin key. Standalone (India) is its own entity
# with the group as alternative: revenue ₹1,698.7 crore and +15.8 %, Ebitda +15.9 % and 19.4 % margin key. Domino's
# India (own entity): revenue +15.5 %, order growth 14.8 % (the chain's traffic measure) and like-for-like sales growth
# 9.1 % key; delivery channel revenue +21.6 % key; dine-in "remained flat" -> optional 0 (news24). The quoted ₹99 and
# "about ₹150" are menu price points in a quote -> optional (INR). Stores: 88 opened key (count noun "stores"); India
# network 2,450 key ("outlets"). Not labelled: "11am and 3pm" (times), "quick-service restaurant (QSR)".
JFL = "Jubilant FoodWorks|Jubilant FoodWorks Ltd|Jubilant|JFL"
JIN = "Jubilant FoodWorks India|India business|standalone (India)|standalone|" + JFL
DOM = "Domino's India|Domino's|" + JFL
DEL = "Domino's India delivery|delivery channel|delivery|" + DOM
DIN = "Domino's India dine-in|dine-in channel|dine-in|" + DOM
RG = "revenue_growth|sales_growth"
REV = "revenue|sales|revenue_from_operations"
G["en10"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 192.5, "%", JFL, basis="consolidated, yoy"),
    m("net_profit_growth|net_income_growth|profit_growth", 3, "x", JFL, opt=True, basis="almost threefold"),
    m("net_profit|net_income|profit", 1.946e9, "INR", JFL, basis="consolidated"),
    m(REV, 2.3402e10, "INR", JFL, basis="consolidated"),
    m(RG, 19.7, "%", JFL, basis="consolidated, yoy"),
    m(REV, 1.6987e10, "INR", JIN, basis="standalone"),
    m(RG, 15.8, "%", JIN, basis="standalone, yoy"),
    m("ebitda_growth", 18.5, "%", JFL, basis="consolidated, yoy"),
    m("ebitda_margin", 13.9, "%", JFL, basis="consolidated"),
    m("ebitda_growth", 15.9, "%", JIN),
    m("ebitda_margin", 19.4, "%", JIN),
    m(RG, 15.5, "%", DOM),
    m("order_growth|orders_growth|traffic_growth", 14.8, "%", DOM),
    m("like_for_like_sales_growth|lfl_growth|lfl_sales_growth|same_store_sales_growth", 9.1, "%", DOM),
    m(RG + "|channel_revenue_growth|delivery_revenue_growth", 21.6, "%", DEL, basis="yoy"),
    m(RG + "|channel_revenue_growth|dine_in_revenue_growth", 0, "%", DIN, opt=True, basis="flat"),
    m("price|menu_price|price_point", 99, "INR", DIN, opt=True, basis="dine-in value offering"),
    m("price|menu_price|price_point", 150, "INR", DEL, opt=True, basis="about, lunch hours"),
    m("new_stores|store_openings|stores_opened", 88, "stores", JFL),
    m("store_count|outlets|stores|network_size", 2450, "outlets", JIN, basis="India network"),
], [])

# ---------------------------------------------------------------- en11 Hapag-Lloyd third quarter and nine months 2021: profit, freight rates per teu, revenue, fleet, volumes in teu, transport expenses (TradeWinds; year implied 2021)
# A container line's results. No headline in the stored text (none added); the two subheads ("Half of profit",
# "'Operational challenges'") kept; the passage stops before the half-stored last quote. Period: "the same period in
# 2020" makes the nine months 2021 -> "third quarter" 2021Q3, "same quarter last year" 2020Q3 (as priors), nine months
# 2021Q1-Q3 (news23 notation) and "the same period in 2020" 2020Q1-Q3. Q3: profit €2.83bn "against €252m in the same
# period last year" -> key with prior; "($3.23bn)" optional; "tenfold" restates the two labelled levels -> optional 10
# x (news26: a word multiple beside level and prior optional); "twice their previous highs" (freight rates) -> optional
# 2 x; freight rate $2,234 per teu "up from $1,084" -> key (USD, "per teu" in basis, news18 unit costs); revenue €6.2bn
# "up from €3bn" key with prior, "doubled" optional 2 x. Fleet: 257 containerships and "23 vessels more" key (counts as
# printed; no period: a fleet count, not a quarterly flow); "Ten of those ships" via NileDutch optional detail;
# "fifth-largest" is a rank. Nine months: the source prints "profits of €5.6m ($6.7bn)"; the passage itself shows
# billions (half of it is the quarter's €2.83bn, the conversion is $6.7bn, and it is ten times €538m) -> key 5.6e9
# with the printed form in basis, plus an optional 5.6e6 as printed (news26: a misprinted scale is labelled at the
# reading the passage confirms); "half" -> optional 50 % share; "ten-times higher than profits of €538m ($605m) in the
# same period in 2020" -> €538m its own key row 2020Q1-Q3 (its own sentence), ($605m) optional, the 10 x optional.
# Revenue +70 % to €15bn key, ($17.9bn) optional; freight rate $1,818 "up from $1,097" key with prior; volumes +3 % and
# 8.98m teu key (unit "teu"); transport expenses +16 % and $8.9bn key, "(€7.4bn)" the bracketed conversion optional.
HL = "Hapag-Lloyd|Hapag-Lloyd AG|Hapag Lloyd"
Q, N, PN = "2021Q3", "2021Q1-Q3", "2020Q1-Q3"
NP = "net_profit|profit|net_income"
NPG = "net_profit_growth|profit_growth"
REV = "revenue|revenues|sales"
FR = "average_freight_rate|freight_rate"
TE = "transport_expenses|transport_costs|transport_expense"
G["en11"] = ([
    m(NP, 2.83e9, "EUR", HL, Q, prior=252e6),
    m(NP, 3.23e9, "USD", HL, Q, opt=True),                                                        # ($3.23bn)
    m(NPG, 10, "x", HL, Q, opt=True),                                                             # tenfold
    m("freight_rate_multiple|freight_rate_change", 2, "x", HL, Q, opt=True, basis="versus previous highs"),
    m(FR, 2234, "USD", HL, Q, prior=1084, basis="per teu"),
    m(REV, 6.2e9, "EUR", HL, Q, prior=3e9),
    m("revenue_growth|sales_growth", 2, "x", HL, Q, opt=True),                                    # doubled
    m("fleet|fleet_size|containerships|vessels_operated", 257, "containerships", HL),
    m("fleet_change|fleet_growth|additional_vessels", 23, "vessels", HL, basis="versus previous year"),
    m("vessels_acquired|acquired_vessels", 10, "ships", "NileDutch|" + HL, opt=True),
    m(NP, 5.6e9, "EUR", HL, N, basis="printed '€5.6m'; billions per the passage"),
    m(NP, 5.6e6, "EUR", HL, N, opt=True, basis="as printed"),
    m(NP, 6.7e9, "USD", HL, N, opt=True),                                                         # ($6.7bn)
    m("profit_share|share_of_profit", 50, "%", HL, Q, opt=True, basis="half of nine-month profit"),
    m(NPG, 10, "x", HL, N, opt=True),                                                             # ten-times higher
    m(NP, 538e6, "EUR", HL, PN),
    m(NP, 605e6, "USD", HL, PN, opt=True),                                                        # ($605m)
    m("revenue_growth|sales_growth", 70, "%", HL, N),
    m(REV, 15e9, "EUR", HL, N),
    m(REV, 17.9e9, "USD", HL, N, opt=True),                                                       # ($17.9bn)
    m(FR, 1818, "USD", HL, N, prior=1097, basis="per teu"),
    m("volume_growth|transport_volume_growth", 3, "%", HL, N),
    m("transport_volume|volume|volumes", 8.98e6, "teu", HL, N),
    m("transport_expense_growth|transport_expenses_growth|cost_growth", 16, "%", HL, N),
    m(TE, 8.9e9, "USD", HL, N),
    m(TE, 7.4e9, "EUR", HL, N, opt=True),                                                         # (€7.4bn)
], [])

# ---------------------------------------------------------------- en12 Moody's review of 14 money managers' third quarter: aggregate AUM, net flows with and without BlackRock's lost account, AMG and Invesco inflows, AUM growth leaders (Pensions & Investments; no year printed)
# A fund-flow / asset-manager report. No headline in the stored text (none added). The text says only "the third
# quarter", "past 12 months", "past year", "past five quarters" -> no periods; the span goes in the basis. Aggregate:
# AUM $8.28 trillion and +4.1 % key (entity the reviewed managers); "equity indexes returning 5% to 6%" -> key range
# (the market return the story gives as the whole cause of the AUM rise); net outflow $5.1 billion -> key -5.1e9;
# "a $74.2 billion fixed-income account that BlackRock chose not to rebid" -> key, positive (a named account size,
# news23: a named loss kept positive), entity BlackRock; "would have been a net inflow of $69.1 billion" -> key, basis
# "excluding the BlackRock account". "Eight of the 14 managers had net inflows" -> optional count (a breadth count,
# news7); "14" is the size of the sample (not labelled). Firms: AMG net inflows $11 billion key ("10th straight
# quarter" is a count, not labelled); Invesco $11.7 billion inflows key. AUM growth leaders for the quarter (AMG 8.2 %,
# Waddell & Reed 6.4 %, Franklin Resources 6.1 %) and the past year (AMG 36 %, T. Rowe Price 26.7 %, Waddell & Reed
# 22.4 %) -> six key rows with the span in basis. Cumulative outflows over five quarters $61.3 billion -> key -61.3e9.
MGR = "14 pure-play money managers|money managers|asset managers|managers reviewed by Moody's"
AMG = "Affiliated Managers Group|AMG"
WR = "Waddell & Reed|Waddell and Reed"
AG = "aum_growth|assets_under_management_growth"
NF = "net_flows|net_flow|net_inflows|net_outflows"
G["en12"] = ([
    m("aum|assets_under_management", 8.28e12, "USD", MGR, basis="aggregate, third quarter"),
    m(AG, 4.1, "%", MGR, basis="aggregate, third quarter"),
    m("index_return|equity_index_return|market_return", None, "%",
      "domestic and international equity indexes|equity indexes", rng=(5, 6)),
    m(NF, -5.1e9, "USD", MGR, basis="aggregate, third quarter"),
    m("account_size|mandate_size|lost_mandate", 74.2e9, "USD", "BlackRock", basis="fixed-income account not rebid"),
    m(NF, 69.1e9, "USD", MGR, basis="excluding the BlackRock account"),
    m("managers_with_inflows|count", 8, "managers", MGR, opt=True),
    m(NF, 11e9, "USD", AMG, basis="third quarter"),
    m("inflows|" + NF, 11.7e9, "USD", "Invesco", basis="third quarter"),
    m(AG, 8.2, "%", AMG, basis="quarter"),
    m(AG, 6.4, "%", WR, basis="quarter"),
    m(AG, 6.1, "%", "Franklin Resources|Franklin", basis="quarter"),
    m(AG, 36, "%", AMG, basis="past year"),
    m(AG, 26.7, "%", "T. Rowe Price|T Rowe Price", basis="past year"),
    m(AG, 22.4, "%", WR, basis="past year"),
    m(NF + "|cumulative_outflows", -61.3e9, "USD", MGR, basis="cumulative, past five quarters"),
], [])
