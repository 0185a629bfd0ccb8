# Hand-written gold labels for news61/en en07-en12 (batch b: Asia, the Middle East and Africa in English: a Hong Kong
# developer's half-year to December in HK$ with its hotel unit and listed parent, an Indian FMCG company's December
# quarter in crore with volume growth and segment revenue, a Saudi bank's second quarter in riyals against the Reuters
# poll with loans, deposits and a half-year dividend, a Japanese camera maker's first quarter in yen with a raised
# forecast and its dollar and euro rate assumptions, a South African platinum miner's quarterly output in ounces with
# its unit cost per platinum ounce in rand, and an Indian market close with foreign and domestic institutional flows in
# crore and lakh crore). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was
# run (only build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl
# was opened or grepped (the unit words "ounces", "tons", "units", "analysts", "stocks" and "sessions" and the codes
# "HKD", "INR", "SAR", "USD", "JPY" and "ZAR" were checked against the unit strings of the earlier sets' labels_*.py
# files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news60/en/README.md, with the labels of news58/en, news59/en and news60/en as the model (news37 en11 for a Hong Kong
# developer's six months ended December as a calendar half, news59 en11 and news58 en09 for crore, news58 en08 for a
# Japanese company's exchange-rate assumptions, news58 en07 for a unit cost per tonne, news42 en12 and news51 en03 for
# net flows): values fully scaled ("HK$1.29 billion" -> 1.29e9 HKD, "Rs 398.87 crore" -> 398.87e7 INR with crore = 1e7,
# "Rs 1.14 lakh crore" -> 1.14e12 INR with lakh crore = 1e12, "914.4 million riyals" -> 914.4e6 SAR, "54.8 billion
# yen" -> 54.8e9 JPY, "454 000 ounces" -> 454000 ounces, "409 000 tons" -> 409000 tons); cents scaled to the currency
# ("18 HK cents" -> 0.18 HKD); declines, falls, losses and net selling negative ("down 53.7 percent" -> -53.7, "an
# interim net loss of HK$45.5 million" -> -45.5e6, "dropped 34%" -> -34, "sold stocks worth Rs 3,024.31 crore" as net
# sellers -> -3024.31e7, "257.85 points, or 1.07% down" -> -257.85 points and -1.07 %), net buying positive; a loss or
# an amount of output "lost" named as such is positive ("lost 120 000 ounces in output", as news58 en11's lost sales);
# currency codes ("HK$" and "HK cents" -> HKD, the headline's bare "$1.2b" on a Hong Kong page -> HKD, "Rs" -> INR,
# "riyals" -> SAR, the bracketed "$" beside riyals and yen -> USD, "yen" -> JPY, "R" on a South African page -> ZAR);
# a cost per platinum ounce in the currency alone with the per-unit basis in `basis` (the development corpus's per-unit
# rule: "R15 326" -> 15326 ZAR, basis per platinum ounce); exchange-rate assumptions in JPY per unit of the foreign
# currency (news58 en08); index levels and point moves in "points"; ounces in "ounces", tons milled in "tons" as printed,
# camera sales in "units" (the word the text uses for the earlier forecast), analyst counts in "analysts" (optional),
# breadth in "stocks" (optional), a selling streak in "sessions" (optional); hedges keep the number with the hedge in
# the basis ("nearly", "more than", "approximately", "around"); a same-sentence "X, against Y" / "X, up from Y" / "X
# from Y" / "X as against Y" / "X as compared with Y" / "X, compared with Y" value of the same quantity is the prior and
# the earlier value an optional row (news30 batch b, news36-news60), while an earlier-period figure in a sentence of its
# own is a key row of its own (Dabur's "had reported a consolidated net profit of Rs 367.21 crore" a year ago, as news59
# en07's M&M); the first printing of a figure key and a later repeat optional (a rounded headline figure optional beside
# the body's precise one, news60 en08; a standfirst's figure key and its body repeat optional); bracketed currency
# conversions and the closing "($1 = ... riyals)" rate optional; ranges as rng with value None ("between 80 percent and
# 85 percent"); periods only where the text states or clearly implies the year (news24; "the six months ended December
# 2020" -> the calendar half 2020H2 as news37 en11, "the corresponding period in 2019" 2019H2; "the corresponding point
# in 2011" and "the first half of 2012" beside "second-quarter" -> 2012Q2 and 2011Q2, the dividend 2012H1; Canon's
# "business year to 31 December 2013" / "in 2013" -> 2013 and its first quarter "ended 31 March" of that business year
# 2013Q1 with "a year ago" 2012Q1; "so far in 2024" -> 2024 with "In October" / "In September" 2024-10 / 2024-09;
# Dabur's "third quarter ended December" and Implats' "three months to September" print no year -> none; point-in-time
# balances ("at the end of June", "At the end of December"), market sessions and share moves none); no broker rating
# action occurs in these six stories; the source's own oddities labelled as printed (news44-news60); quotes rendered as
# reported speech (the set never copies third-party sentences), their figures labelled like any other. Not labelled:
# dates and times ("yesterday", "Thursday", "Sunday", "July 8", "June 30", "31 March", "Friday", "February", "Tuesday",
# "June 25", "Aug. 6"), spans ("six months", "three months", "three months earlier", "six-week strike", "the last five
# sessions" as a span, "the 2011 financial year" as a base year), ranks and ordinals ("third-largest", "second-biggest",
# "32nd" aside from the optional streak row), stock codes ("(0083)", "(1221)", "(0247)"), numbers inside names ("133
# Portofino", "Phase III", "Nifty 50"), and the count of sectors ("all 12 sectors").

PX = "share_price|price|close|close_price"
PC = "price_change_pct|price_change|share_price_change|pct_change"
NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"

# ---------------------------------------------------------------- en07 Sino Land's half-year to December 2020 with Sino Hotels and Tsim Sha Tsui Properties (The Standard, thestandard.com.hk; Friday February 26, 2021, the date only in a dropped byline line): headline "53pc", "$1.2b"; net profit HK$1.29 billion, -53.7 percent; basic EPS 18 HK cents; dividend 14 HK cents; underlying profit -21.3 percent to HK$2.14 billion; Sino Hotels net loss HK$45.5 million against a profit of HK$6.46 million (2019), revenue -nearly 52 percent to HK$52.36 million, occupancy 85.6, 26.5 and 18.5 percent, cash more than HK$950 million; TST Properties net profit -54 percent to HK$690 million, interim dividend 14 HK cents, core profit -20 percent to HK$1.16 billion; Madison Park 97, 133 Portofino 24, Dynasty Park Phase III 64 percent sold (HKD, %)
# A Hong Kong developer's half-year results in HK$ with its listed hotel unit and its listed parent (Sino Land appears
# in no earlier text; news37 en11 had Sun Hung Kai Properties' 2014 half). Whole as stored apart from furniture: the
# section and byline line ("Business | Winnie Lee 26 Feb 2021") and the archive widget at the foot ("Search Archive",
# "Advanced Search", a calendar for April 2021, "Today's Standard") dropped. Headline kept (rewritten: "Sino Land net
# dives 53pc to $1.2b" -> "Sino Land net profit sinks 53pc to $1.2b"). No quotes (the outlook is reported speech in the
# source). Kept as printed: the stock codes "(0083)", "(1221)", "(0247)", "HK cents", "booked and interim net loss" (the
# source's "and" for "an"), "Letting out the fair value change" (for "leaving out"), "133 Portofinoin Sai Kung" run
# together, "The Royal Pacific Hotel & Towers", "Phase III", the headline's "$1.2b" for HK$1.29 billion (cut, not
# rounded) and "53pc" beside "53.7 percent"; "the group" holding the cash is, by its paragraph, Sino Hotels.
# Periods: "the six months ended December 2020" -> 2020H2 (the calendar half, news37 en11) for Sino Land's profit, EPS,
# dividend and underlying profit; Sino Hotels' "interim" loss against "the corresponding period in 2019" -> 2020H2 and
# 2019H2, its revenue "from a year earlier" 2020H2; the parent's "interim net profit", interim dividend and core profit
# -> 2020H2 (the same interim season, clearly implied). The occupancy rates, the cash at the end of December and the
# projects' sales shares none (no period of their own; point-in-time or undated).
# Decided: the headline's "53pc" and "$1.2b" optional (a rounded and a truncated repeat beside the body's precise -53.7
# % and HK$1.29 billion, news60 en08's "RM1bil"); the body's figures key. "A dividend of 14 HK cents" key as 0.14 HKD
# (its kind not named). Sino Hotels' loss key -45.5e6 HKD with the 2019 profit as prior ("against") and an optional
# 2019H2 row; "nearly 52 percent" key -52 (hedge in the basis). Occupancy rates key on each hotel with Sino Hotels among
# the alternatives. Cash "more than HK$950 million" key on Sino Hotels (hedge in the basis). The parent's figures key on
# Tsim Sha Tsui Properties; the three projects' sold shares key on each project with the parent among the alternatives.
SL = "Sino Land|Sino Land Co|Sino Land Company"
SH = "Sino Hotels|Sino Hotels Holdings|Sino Hotels (Holdings)"
TST = "Tsim Sha Tsui Properties|TST Properties|Tsim Sha Tsui Properties Ltd"
H, PH = "2020H2", "2019H2"
SOLD = "percent_sold|sold_pct|sales_rate|units_sold_pct"
OCC = "occupancy_rate|average_occupancy_rate|occupancy"
G["en07"] = ([
    m(NPG, -53, "%", SL, H, opt=True, basis="headline: '53pc' (rounded repeat of -53.7)"),
    m(NP, 1.2e9, "HKD", SL, H, opt=True, basis="headline: '$1.2b' (truncated repeat of HK$1.29 billion)"),
    m(NP, 1.29e9, "HKD", SL, H, basis="six months ended December 2020"),
    m(NPG, -53.7, "%", SL, H, basis="year-on-year"),
    m("eps|basic_eps|earnings_per_share", 0.18, "HKD", SL, H, basis="basic; printed 18 HK cents"),
    m("dividend_per_share|dps|dividend|interim_dividend", 0.14, "HKD", SL, H, basis="declared; printed 14 HK cents"),
    m("underlying_profit_growth|underlying_profit_change|core_profit_growth", -21.3, "%", SL, H, basis="year-on-year"),
    m("underlying_profit|core_profit|underlying_net_profit", 2.14e9, "HKD", SL, H),
    m(NP + "|net_loss", -45.5e6, "HKD", SH, H, prior=6.46e6, basis="interim net loss ('booked and interim net loss')"),
    m(NP, 6.46e6, "HKD", SH, PH, opt=True, basis="net profit in the corresponding period in 2019"),
    m("revenue_growth|revenue_change|sales_growth", -52, "%", SH, H, basis="nearly; from a year earlier"),
    m("revenue|sales", 52.36e6, "HKD", SH, H),
    m(OCC, 85.6, "%", "City Garden Hotel|" + SH, basis="average"),
    m(OCC, 26.5, "%", "The Royal Pacific Hotel & Towers|Royal Pacific Hotel|" + SH, basis="average"),
    m(OCC, 18.5, "%", "Conrad Hong Kong|Conrad|" + SH, basis="average"),
    m("cash|cash_and_bank_deposits|cash_balance", 950e6, "HKD", SH + "|" + SL,
      basis="more than; as of the end of December; held by 'the group' (Sino Hotels, by its paragraph)"),
    m(NPG, -54, "%", TST, H, basis="interim; year-on-year; tumbled"),
    m(NP, 690e6, "HKD", TST, H, basis="interim"),
    m("dividend_per_share|dps|dividend|interim_dividend", 0.14, "HKD", TST, H, basis="interim; printed 14 HK cents"),
    m("core_profit_growth|underlying_profit_growth|core_profit_change", -20, "%", TST, H,
      basis="excluding ('letting out') fair value change of investment property; from a year ago"),
    m("core_profit|underlying_profit", 1.16e9, "HKD", TST, H),
    m(SOLD, 97, "%", "Madison Park|" + TST, basis="Cheung Sha Wan"),
    m(SOLD, 24, "%", "133 Portofino|Portofino|" + TST, basis="Sai Kung; printed '133 Portofinoin Sai Kung'"),
    m(SOLD, 64, "%", "Dynasty Park Phase III|Dynasty Park|" + TST, basis="Zhangzhou"),
], [])

# ---------------------------------------------------------------- en08 Dabur India's December quarter (Financial Express, financialexpress.com; Thursday January 30, 2020, the store's date line): domestic FMCG volume growth 5.6 per cent (standfirst and body); consolidated net profit +8.62 per cent at Rs 398.87 crore; Rs 367.21 crore a year ago; revenue from operations +6.99 per cent to Rs 2,352.97 crore vs Rs 2,199.21 crore; total expenses +6.03 per cent to Rs 1,924.94 crore vs Rs 1,815.41 crore; consumer care +7.83 per cent to Rs 2,061.36 crore vs Rs 1,911.56 crore; food +1 per cent to Rs 228.87 crore vs Rs 226.60 crore (INR, %)
# An Indian FMCG company's quarter in crore with volume growth and segment revenue (Dabur appears in no earlier text;
# news58 en09 and news59 en11 had an IT company's and a state bank's quarters in crore). Cut: the stored page breaks off
# mid-word in the retail-business sentence ("Revenue from retail business increased 1.13 per cent to Rs 34.63 crore from
# Rs 34.24 crore in the corresponding perio"), so the passage stops after the food-business sentence, a sentence
# boundary (the cut sentence's "1.13 per cent", "Rs 34.63 crore" and "Rs 34.24 crore" go with it). No headline in the
# stored text (it opens with the store's date line and a standfirst, kept as page text and rewritten; the slug
# "dabur-india-q3-net-profit-up-8-62-per-cent-to-rs-398-87-crore" is not page text; none added). The CEO's two quoted
# passages are rendered as reported speech (no figures). Kept as printed: "Homegrown FMCG major", "a 8.62 per cent",
# "per cent" throughout, "October-December", "the previous fiscal", the standfirst repeated in the body.
# Periods: none. "The third quarter ended December", "a year ago", "the corresponding quarter of the previous fiscal"
# and "the year-ago period" print no year (the store's date line is not page text).
# Decided: the standfirst's volume growth 5.6 % key (its first printing) and the body repeat optional. Net profit +8.62 %
# and Rs 398.87 crore key; the year-ago Rs 367.21 crore is a sentence of its own -> a key row without a prior (news59
# en07), basis year-ago quarter. Revenue from operations, total expenses, consumer care and food revenue: growth key and
# the current value key with the "as against" / "as compared with" year-ago value as prior and an optional earlier row.
# Segments keyed on the segment with Dabur among the alternatives.
DAB = "Dabur India|Dabur|Dabur India Ltd"
CR = 1e7
VG = "volume_growth|underlying_volume_growth|domestic_volume_growth"
REV = "revenue_from_operations|revenue|operating_revenue|sales"
EXP = "total_expenses|expenses|operating_expenses"
SEG = "segment_revenue|revenue"
SEGG = "segment_revenue_growth|revenue_growth"
CC = "consumer care business|consumer care|consumer care segment|" + DAB
FD = "food business|foods|food segment|" + DAB
DF = "domestic FMCG business|Dabur domestic FMCG|" + DAB
G["en08"] = ([
    m(VG, 5.6, "%", DF, basis="underlying, in the quarter; standfirst"),
    m(NPG, 8.62, "%", DAB, basis="consolidated; third quarter ended December"),
    m(NP, 398.87 * CR, "INR", DAB, basis="consolidated; printed 'Rs 398.87 crore'"),
    m(NP, 367.21 * CR, "INR", DAB, basis="consolidated; October-December quarter a year ago; a sentence of its own"),
    m("revenue_growth|revenue_from_operations_growth|sales_growth", 6.99, "%", DAB),
    m(REV, 2352.97 * CR, "INR", DAB, prior=2199.21 * CR),
    m(REV, 2199.21 * CR, "INR", DAB, opt=True, basis="corresponding quarter of the previous fiscal"),
    m("total_expenses_growth|expenses_growth|expense_growth", 6.03, "%", DAB, basis="October-December"),
    m(EXP, 1924.94 * CR, "INR", DAB, prior=1815.41 * CR),
    m(EXP, 1815.41 * CR, "INR", DAB, opt=True, basis="a year earlier ('as against')"),
    m(VG, 5.6, "%", DF, opt=True, basis="body repeat of the standfirst"),
    m(SEGG + "|consumer_care_revenue_growth", 7.83, "%", CC),
    m(SEG + "|consumer_care_revenue", 2061.36 * CR, "INR", CC, prior=1911.56 * CR),
    m(SEG + "|consumer_care_revenue", 1911.56 * CR, "INR", CC, opt=True, basis="year-ago period"),
    m(SEGG + "|food_revenue_growth", 1, "%", FD),
    m(SEG + "|food_revenue", 228.87 * CR, "INR", FD, prior=226.60 * CR),
    m(SEG + "|food_revenue", 226.60 * CR, "INR", FD, opt=True, basis="year-ago period"),
], [])

# ---------------------------------------------------------------- en09 Riyad Bank's second quarter of 2012 (Reuters, uk.reuters.com; Sunday July 8, 2012, the dateline "July 8" and the year through "2011" / "2012"): net profit +9.4 percent, 914.4 million riyals ($243.8 million) up from 836 million riyals; Reuters poll 864 million riyals; operational income +16.3 percent to 1.8 billion riyals; special commission income +2.6 percent to 1.1 billion riyals; loans and advances +4.1 percent to 115 billion riyals; deposits +3.5 percent to 137 billion riyals; H1 2012 cash dividend 975 million riyals, 0.65 riyals per share, 6.5 percent of paid-up capital; ($1 = 3.7501 Saudi riyals) (SAR, USD, %)
# A Saudi bank's quarter in riyals against the analysts' poll with loans, deposits and a half-year dividend (Riyad Bank
# appears in no earlier text; news55 en12 had Al Rajhi and SNB's 2025 second quarter). Whole as stored apart from
# furniture: the credit line "(Reporting by Asma Alsharif; Editing by David French)" dropped. No headline in the stored
# text (it opens with the dateline "JEDDAH, Saudi Arabia, July 8", kept as page text without "(Reuters) -"; the slug
# "saudi-riyadbank-earnings" is not page text; none added). No quotes. Kept as printed: "the kingdom's third-largest
# lender by market value", "operational income", "income from special commissions", "($1 = 3.7501 Saudi riyals)" with
# four decimals.
# Periods: the quarter's figures 2012Q2 ("second-quarter" beside "the corresponding point in 2011" and "the first half
# of 2012", clearly implied); "the year-earlier period" 2011Q2; the dividend "for the first half of 2012" 2012H1. Loans
# and deposits "at the end of June" are point-in-time balances -> none (their growth against "the corresponding point in
# 2011" none as well, the comparison in the basis).
# Decided: net profit +9.4 % key and 914.4 million riyals key with "up from 836 million riyals" as prior and an optional
# 2011Q2 row; the bracketed "$243.8 million" optional; the poll's 864 million riyals key (consensus). Operational income
# and special commission income: growth and level key. Loans and advances +4.1 % and 115 billion riyals key; customer
# deposits +3.5 % and 137 billion riyals key. The half-year cash dividend (975 million riyals), its per-share amount
# (0.65 riyals) and its share of paid-up capital (6.5 %) key. The closing exchange rate optional.
RB = "Riyad Bank|Riyadbank|Riyad Bank of Saudi Arabia"
Q, PQ = "2012Q2", "2011Q2"
G["en09"] = ([
    m(NPG, 9.4, "%", RB, Q, basis="second-quarter net profit; beat forecasts"),
    m(NP, 914.4e6, "SAR", RB, Q, prior=836e6, basis="three months to June 30; printed '914.4 million riyals'"),
    m(NP, 243.8e6, "USD", RB, Q, opt=True, basis="bracketed conversion"),
    m(NP, 836e6, "SAR", RB, PQ, opt=True, basis="year-earlier period ('up from')"),
    m("net_profit_consensus|net_profit_estimate|earnings_estimate|analyst_forecast", 864e6, "SAR", RB, Q,
      basis="average estimate of analysts polled by Reuters"),
    m("operating_income_growth|operational_income_growth|total_operating_income_growth", 16.3, "%", RB, Q,
      basis="versus the same period last year"),
    m("operating_income|operational_income|total_operating_income", 1.8e9, "SAR", RB, Q),
    m("special_commission_income_growth|net_special_commission_income_growth|net_interest_income_growth", 2.6, "%",
      RB, Q, basis="same timeframe"),
    m("special_commission_income|net_special_commission_income|net_interest_income", 1.1e9, "SAR", RB, Q),
    m("loans_growth|loan_growth|loans_and_advances_growth", 4.1, "%", RB,
      basis="at the end of June, against the corresponding point in 2011"),
    m("loans_and_advances|loans|net_loans", 115e9, "SAR", RB, basis="at the end of June"),
    m("deposits_growth|deposit_growth|customer_deposits_growth", 3.5, "%", RB, basis="at the end of June"),
    m("customer_deposits|deposits", 137e9, "SAR", RB, basis="at the end of June"),
    m("cash_dividend|dividend|total_dividend|dividend_payout", 975e6, "SAR", RB, "2012H1",
      basis="to be distributed for the first half of 2012"),
    m("dividend_per_share|dps|dividend", 0.65, "SAR", RB, "2012H1", basis="per share"),
    m("dividend_pct_of_capital|dividend_ratio|dividend_payout", 6.5, "%", RB, "2012H1", basis="of paid-up capital"),
    m("exchange_rate|fx_rate", 3.7501, "SAR", "USD/SAR|Saudi riyal|riyal|dollar", opt=True,
      basis="($1 = 3.7501 Saudi riyals)"),
], [])

# ---------------------------------------------------------------- en10 Canon's first quarter of 2013 and its raised 2013 forecast (Reuters via Daily FT, ft.lk; the page dated Friday April 26, 2013 in a dropped date line, the results most likely out on Wednesday April 24, 2013): operating profit -34%, 54.8 billion yen ($551.53 million) from 82.7 billion yen; consensus 85.3 billion yen from three analysts; 2013 forecast 450 billion yen from 410 billion yen vs 473 billion yen from 21 analysts; dollar assumption 95 yen vs 85 yen (twice); yen averaged 92.06; compact cameras 14.5 million from 17 million units; euro assumption 125 yen from 115; interchangeable lens cameras 9.2 million (JPY, USD, %, units, analysts)
# A Japanese exporter's quarter with a raised full-year forecast and its exchange-rate assumptions (Canon appears in no
# earlier text; news58 en08 had Mazda's assumptions, news16 en01 Panasonic's). Whole as stored apart from furniture: the
# site's two date lines ("Thursday Dec 12, 2024" and "Friday, 26 April 2013 03:57 - - {{hitsCtrl.values.hits}}")
# dropped. No headline in the stored text (it opens with the date lines and then "TOKYO (Reuters):"; the slug
# "canon-q1-operating-profit-dips-on-weaker-compact-camera-sales" is not page text; none added). No quotes. Kept as
# printed: "TOKYO (Reuters):" with a colon, "($551.53 million)from" without a space, "camera and printer-maker" beside
# "camera and printer maker", "Thomson Reuters I/B/E/S", "the business year to 31 December 2013", the assumption stated
# twice (95 yen against 85) with the second time "down from its previous assumption of 85" although the yen assumed is
# weaker, and "but it expected a weaker yen".
# Periods: the forecast, the assumptions and the camera estimates "for the business year to 31 December 2013" / "in
# 2013" / "this year" -> 2013 (Canon's business year is the calendar year); the quarter "ended 31 March" is the first
# quarter of that business year -> 2013Q1 (clearly implied) with "a year ago" 2012Q1; the yen's quarterly average
# 2013Q1.
# Decided: -34 % and 54.8 billion yen key with "from 82.7 billion yen a year ago" as prior and an optional 2012Q1 row;
# "($551.53 million)" optional; the consensus 85.3 billion yen key and "three analysts" (in words) optional. The raised
# forecast 450 billion yen key with prior 410 billion yen (optional earlier row); the 21 analysts' average 473 billion
# yen key (count optional). The dollar assumption 95 yen key with prior 85 (optional earlier row); its restatement ("an
# average exchange rate of 95 yen ... down from its previous assumption of 85") optional with the same prior; the euro
# assumption 125 yen key with prior 115 (optional earlier row); the quarter's actual average 92.06 yen key. Compact
# cameras 14.5 million key in "units" with prior 17 million (optional earlier row); interchangeable lens cameras 9.2
# million key (estimate kept).
CN = "Canon|Canon Inc"
Y, Q, PQ = "2013", "2013Q1", "2012Q1"
OP = "operating_profit|operating_income"
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance"
FXA = "fx_assumption|exchange_rate_assumption|assumed_exchange_rate|exchange_rate"
USDJPY = "USD/JPY|dollar|US dollar|yen|" + CN
EURJPY = "EUR/JPY|euro|" + CN
CAMF = "guidance_sales_volume|sales_volume_forecast|unit_sales_forecast|camera_sales_forecast|sales_forecast"
G["en10"] = ([
    m("operating_profit_growth|operating_income_growth|operating_profit_change", -34, "%", CN, Q, basis="year-on-year"),
    m(OP, 54.8e9, "JPY", CN, Q, prior=82.7e9, basis="three months ended 31 March"),
    m(OP, 551.53e6, "USD", CN, Q, opt=True, basis="bracketed conversion"),
    m(OP, 82.7e9, "JPY", CN, PQ, opt=True, basis="a year ago"),
    m("operating_profit_consensus|operating_profit_estimate|analyst_forecast", 85.3e9, "JPY", CN, Q,
      basis="consensus estimate of three analysts surveyed by Thomson Reuters I/B/E/S; undershot"),
    m("analysts|analyst_count", 3, "analysts", CN, opt=True, basis="three analysts (in words)"),
    m(GOP, 450e9, "JPY", CN, Y, prior=410e9, basis="raised; business year to 31 December 2013"),
    m(GOP, 410e9, "JPY", CN, Y, opt=True, basis="the previous forecast"),
    m("operating_profit_consensus|operating_profit_estimate|analyst_forecast", 473e9, "JPY", CN, Y,
      basis="average expectation of 21 analysts surveyed by Thomson Reuters"),
    m("analysts|analyst_count", 21, "analysts", CN, opt=True, basis="analysts surveyed"),
    m(FXA, 95, "JPY", USDJPY, Y, prior=85, basis="yen rate against the dollar for the business year, raised"),
    m(FXA, 85, "JPY", USDJPY, Y, opt=True, basis="the forecast three months earlier"),
    m("average_exchange_rate|exchange_rate|fx_rate", 92.06, "JPY", USDJPY, Q,
      basis="the yen's average in the quarter ended 31 March"),
    m(CAMF + "|compact_camera_sales_forecast", 14.5e6, "units", "compact cameras|" + CN, Y, prior=17e6,
      basis="compact cameras expected to be sold in the current business year"),
    m(CAMF + "|compact_camera_sales_forecast", 17e6, "units", "compact cameras|" + CN, Y, opt=True,
      basis="the previous forecast; printed '17 million units'"),
    m(FXA, 95, "JPY", USDJPY, Y, opt=True, prior=85,
      basis="restated: average exchange rate in 2013, 'down from its previous assumption of 85'"),
    m(FXA, 125, "JPY", EURJPY, Y, prior=115, basis="average euro exchange rate assumption this year, revised"),
    m(FXA, 115, "JPY", EURJPY, Y, opt=True, basis="the previous euro assumption"),
    m(CAMF + "|interchangeable_lens_camera_sales_forecast", 9.2e6, "units", "interchangeable lens cameras|" + CN, Y,
      basis="estimate kept for this year"),
], [])

# ---------------------------------------------------------------- en11 Impala Platinum's September quarter (IOL Business Report, iol.co.za; the share move on a Friday, most likely November 16, 2012, the day of Implats' first-quarter production report; no date printed): shares +2.12 percent to R142.79; output +17 percent; gross platinum output 454 000 ounces vs 388 000 ounces; unit cost a platinum ounce +35 percent to R15 326; cash costs +15 percent; 120 000 ounces lost in the strike; Rustenburg at 80-85 percent of 2011-financial-year levels; Marula tons milled +4 percent to 409 000 tons (ZAR, %, ounces, tons)
# A South African platinum miner's quarterly output with its unit cost per platinum ounce in rand and the share move
# (Implats appears in no earlier text except as "Impala" among movers in news19 en03 and news42 en11). Cut: the stored
# page breaks off mid-word in the sentence after the Zimplats one ("Minister of Mineral Resources Susan Shabangu, Cosatu
# and the National Union of Mineworkers had previously blamed Implats' management for the wave of strik"), so the
# passage stops after the Zimplats sentence, a sentence boundary (no figure goes with the cut). Dropped as furniture:
# the byline "Dineo Faku" at the head of the page. No headline in the stored text (it opens with the byline; the slug
# "implats-boosts-production-as-costs-mount" is not page text; none added). The company's two quoted statements (three
# quoted paragraphs) are rendered as reported speech (figure kept: "15 percent"). Kept as printed: "Impala Platinum's
# (Implats)", "the unit cost a platinum ounce", "R15 326", "454 000 ounces" and "409 000 tons" with spaces as thousands
# separators, "tons" (not tonnes), "Impala Rustenburg" beside "Impala's Rustenburg mine", "the 2011 financial year".
# Periods: none. "The three months to September", "the corresponding period last year", "February" and "the end of the
# first quarter" print no year; "the 2011 financial year" is only the base of the comparison (in the basis).
# Decided: the share move +2.12 % and R142.79 key (ZAR). The lead's "17 percent increase in output" key; gross platinum
# output 454 000 ounces key with "compared with 388 000 ounces in the corresponding period last year" as prior and an
# optional earlier row. "The unit cost a platinum ounce rose 35 percent to R15 326" -> key 15326 ZAR (basis per platinum
# ounce, the per-unit rule) and key +35 %. The quoted "15 percent increase in cash costs" key. "Lost 120 000 ounces in
# output" -> key positive lost output in "ounces" (an amount lost named as such). "Between 80 percent and 85 percent of
# its production levels in the 2011 financial year" -> key range (80, 85) % on the Rustenburg mine. Marula's tons
# milled +4 % and 409 000 tons key on Marula with Implats among the alternatives.
IMP = "Impala Platinum|Implats|Impala Platinum Holdings|Impala"
RUS = "Impala Rustenburg|Rustenburg mine|Impala's Rustenburg mine|" + IMP
MAR = "Marula|Marula operation|" + IMP
G["en11"] = ([
    m(PC, 2.12, "%", IMP, basis="share price strengthened, on Friday"),
    m(PX, 142.79, "ZAR", IMP, basis="printed R142.79"),
    m("production_growth|output_growth|platinum_output_growth", 17, "%", IMP, basis="three months to September"),
    m("platinum_production|gross_platinum_output|production|output", 454000, "ounces", IMP, prior=388000,
      basis="gross platinum output for the quarter; printed '454 000 ounces'"),
    m("platinum_production|gross_platinum_output|production|output", 388000, "ounces", IMP, opt=True,
      basis="corresponding period last year"),
    m("unit_cost_growth|unit_cost_change|cost_per_ounce_growth", 35, "%", IMP, basis="unit cost a platinum ounce"),
    m("unit_cost|unit_cost_per_ounce|cash_cost_per_ounce|cost_per_ounce", 15326, "ZAR", IMP,
      basis="per platinum ounce; printed 'R15 326'"),
    m("cash_cost_growth|cash_costs_growth|cost_growth", 15, "%", IMP, basis="increase in cash costs (in the statement)"),
    m("lost_production|lost_output|production_lost", 120000, "ounces", IMP,
      basis="output lost in the six-week strike in February"),
    m("production_level|capacity_utilisation|utilisation|production_rate", None, "%", RUS, rng=(80, 85),
      basis="between; of its production levels in the 2011 financial year"),
    m("tons_milled_growth|tonnes_milled_growth|milled_growth", 4, "%", MAR),
    m("tons_milled|tonnes_milled|ore_milled", 409000, "tons", MAR, basis="printed '409 000 tons'"),
], [])

# ---------------------------------------------------------------- en12 Indian equities' close with foreign and domestic institutional flows (NDTV Profit, ndtvprofit.com; Tuesday November 12, 2024, by "so far in 2024", "the 32nd consecutive session" and the closing levels; no date printed): FPIs sold Rs 3,024.31 crore, DIIs bought approximately Rs 1,854.46 crore; five sessions FPIs -Rs 18,069.59 crore, DIIs +Rs 12,305.56 crore; October FPIs -Rs 1.14 lakh crore, DIIs +Rs 1.07 lakh crore; September FPIs +Rs 15,423.4 crore, DIIs +Rs 31,860.3 crore; 2024 to date foreign institutions -Rs 17,318 crore; breadth 2,734 / 1,235 / 92; Midcap -0.98%, Smallcap -1.28%; Nifty 50 -257.85 points, -1.07%, 23,840.35; Sensex -820.97 points, -1.03%, 78,675.18; intraday Nifty -1.25% to 23,839.15, Sensex -1.19% to 78,547.84 (INR, points, %, stocks, sessions)
# A market close with foreign and domestic institutional fund flows in crore and lakh crore (no earlier set has an
# Indian FPI flow story; news17 en01, news6 en09 and news56 en10 had Sensex closes without flows, news42 en12 and news49
# en12 other markets' foreign flows). Whole as stored. No headline in the stored text (it opens with its first
# paragraph; the slug "fpis-stay-net-sellers-for-32nd-consecutive-session" is not page text; none added). No quotes.
# Kept as printed: "Rs 1.14 lakh crore" and "Rs 1.07 lakh crore" beside plain crore amounts, "approximately Rs 1,854.46
# crore", "all 12 sectors ended lower" beside "the NSE Nifty IT ended with the least gains" (a contradiction in the
# source), "in the favour of sellers", the sentence fragment beginning "While those of ...", "HCLTech Ltd." and "Aug. 6".
# Periods: "so far in 2024" -> 2024 for the year-to-date flow; "In October" and "In September" in a 2024 story ->
# 2024-10 and 2024-09 (clearly implied: the months just before the session, in the year named). The day's flows, the
# five sessions' flows and all index moves none (a market session).
# Decided: net selling negative and net buying positive (news42 en12, news51 en03): FPIs' day -3,024.31 crore key, DIIs'
# +1,854.46 crore key (hedge in the basis); five sessions' -18,069.59 and +12,305.56 crore key; October's -1.14 and +1.07
# lakh crore key (lakh crore = 1e12 INR); September's +15,423.4 and +31,860.3 crore key (the FPIs "had been buyers");
# the year-to-date -17,318 crore key on foreign institutions. Flows keyed on the investor group with the Indian market
# among the alternatives. The 32nd consecutive selling session optional in "sessions" (a streak, news42 en12). Breadth
# (around 2,734 declined, 1,235 advanced, 92 unchanged) optional in "stocks". The Midcap and Smallcap moves key; both
# benchmarks' point move, % move and close key; the intraday lows' % moves and levels key. "All 12 sectors" not labelled
# (a count of sectors).
IND = "Indian equities|Indian stock market|NSE|BSE|India"
FPI = "FPIs|foreign portfolio investors|overseas investors|foreign investors|FIIs|" + IND
DII = "DIIs|domestic institutional investors|" + IND
FI = "foreign institutions|FPIs|foreign portfolio investors|foreign investors|FIIs|" + IND
FLOW = "net_flow|net_buying|net_selling|net_equity_flow|fund_flow"
NIFTY = "Nifty 50|NSE Nifty 50|Nifty|NSE Nifty"
SENSEX = "Sensex|BSE Sensex|S&P BSE Sensex"
IDX = "index_level|index_close|close"
IDXP = "index_change_pct|index_change|pct_change"
G["en12"] = ([
    m("net_selling_streak|streak", 32, "sessions", FPI, opt=True, basis="32nd consecutive session as net sellers"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -3024.31 * CR, "INR", FPI,
      basis="sold, Tuesday; provisional NSE data"),
    m(FLOW + "|institutional_net_flow|dii_net_buying", 1854.46 * CR, "INR", DII,
      basis="approximately; mopped up, Tuesday"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -18069.59 * CR, "INR", FPI, basis="the last five sessions"),
    m(FLOW + "|institutional_net_flow|dii_net_buying", 12305.56 * CR, "INR", DII, basis="the last five sessions"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -1.14e12, "INR", FPI, "2024-10",
      basis="October; printed 'Rs 1.14 lakh crore'"),
    m(FLOW + "|institutional_net_flow|dii_net_buying", 1.07e12, "INR", DII, "2024-10",
      basis="October; printed 'Rs 1.07 lakh crore'"),
    m(FLOW + "|foreign_net_buying|foreign_net_flow", 15423.4 * CR, "INR", FPI, "2024-09", basis="September; bought"),
    m(FLOW + "|institutional_net_flow|dii_net_buying", 31860.3 * CR, "INR", DII, "2024-09", basis="September"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow|ytd_net_flow", -17318 * CR, "INR", FI, "2024",
      basis="so far in 2024; NSDL data updated till the previous trading day"),
    m("decliners|losers", 2734, "stocks", "BSE|" + IND, opt=True, basis="around; declined"),
    m("advancers|gainers", 1235, "stocks", "BSE|" + IND, opt=True, basis="advanced"),
    m("unchanged|unchanged_stocks", 92, "stocks", "BSE|" + IND, opt=True, basis="remained unchanged"),
    m(IDXP, -0.98, "%", "BSE Midcap|BSE Midcap index|Midcap"),
    m(IDXP, -1.28, "%", "BSE Smallcap|BSE Smallcap index|Smallcap"),
    m("index_change|index_change_points|points_change", -257.85, "points", NIFTY),
    m(IDXP, -1.07, "%", NIFTY),
    m(IDX, 23840.35, "points", NIFTY, basis="lowest since June 25"),
    m("index_change|index_change_points|points_change", -820.97, "points", SENSEX),
    m(IDXP, -1.03, "%", SENSEX),
    m(IDX, 78675.18, "points", SENSEX, basis="lowest since Aug. 6"),
    m("intraday_change_pct|index_change_pct|intraday_change", -1.25, "%", NIFTY, basis="during the session"),
    m("intraday_low|index_level|intraday_level", 23839.15, "points", NIFTY, basis="during the session"),
    m("intraday_change_pct|index_change_pct|intraday_change", -1.19, "%", SENSEX, basis="during the session"),
    m("intraday_low|index_level|intraday_level", 78547.84, "points", SENSEX, basis="during the session"),
], [])
