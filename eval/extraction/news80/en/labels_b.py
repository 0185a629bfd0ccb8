# Hand-written gold labels for news80/en en07-en12 (batch b: English news from Asia, Australia and emerging markets,
# six kinds of story — a Japanese company's quarter in yen (Honda Motor's October-December quarter with its raised
# full-year forecasts: the net profit forecast against the year 2015/16, the operating profit forecast, the quarter's
# operating profit against a year earlier and the I/B/E/S mean, the analysts' full-year operating and net profit
# figures and the yen assumption; a Reuters text on in.reuters.com); India's consumer price inflation for March 2023
# (the reading against the CNBC-TV18 poll, February and a year earlier, food inflation against two earlier points, the
# December-to-February climb, the RBI's upper tolerance level, its projections, its 4 percent target with the margin,
# and its rate hikes; CNBC-TV18, cnbctv18.com); a Chinese internet company's quarter reported in English in yuan
# (iQiyi's fiscal first quarter: the late-trading share fall, the net loss and loss per share, sales against the
# analysts' figures, subscribers against a year ago with the paying share, and the second-quarter revenue guidance
# against FactSet's average; Public Wire, publicwire.com); a Malaysian company's results in ringgit (Bursa
# Malaysia's second quarter of 2018: net profit, earnings per share and revenue against a year earlier, the
# interim and special dividends with their total against the dividends of July 2017, the securities and derivatives
# segments and the clearing fee rate; The Edge Markets, theedgemarkets.com); the Reserve Bank of India's policy
# decision (the unscheduled 40 bp cut to 4% of May 2020 with the 10-year yield's fall, the reverse repo rate, the 5:1
# vote, the inflation outlook against the 4% target and the Exim Bank credit line; Mint, livemint.com); and a miner's
# quarterly production report (Rio Tinto's first quarter: Pilbara iron ore shipments against a year earlier and the
# quarter before with the year's guidance, mined copper with its cut guidance and the refined copper range, aluminium,
# coking and thermal coal against both earlier quarters; a Dow Jones text on Fox Business, foxbusiness.com)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py's m() and ra()
# functions, to count this batch's rows; build_labels.py itself was not run, as it would read the other batch's labels),
# eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened
# or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and sources
# files; unit strings and metric names were checked against earlier sets' labels_*.py files and
# metric_synonyms.yaml), and no other batch's texts, labels or sources were read (the address check ran over every
# sources file, this set's included, and printed nothing for the six addresses; the figure greps ran over news2-news79
# and the development corpus only, with this set's folder left out).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news79/en/README.md, with: news66 en07 / news35 en05 / news47 en02 (a Japanese company's quarter and revised outlook
# in yen: the quarter's operating profit and growth key, the I/B/E/S mean a key consensus row with its analyst count
# optional, raised forecasts under guidance_* names, the annual consensus key, a yen assumption "X, compared with an
# earlier Y" key with prior plus an optional earlier row, bracketed dollar conversions optional, fiscal years named by
# the year they end in); news42 en10 / news74 en11 / news15 en10 (an Indian inflation or GDP release: the reading key,
# "X as compared to Y" with the year-ago figure as prior, an earlier month stated in its own clause a key row of its
# own, two comparison points each a key row with no prior, the poll a key consensus row, the RBI's 4 % target, its 2 %
# margin and the 6 % upper tolerance level key, rate moves in bp); news67 en07 / news36 en05 / news73 en08 (a Chinese
# internet company's quarter in yuan: revenue and net income key with the analysts' figures as key consensus rows,
# losses negative, bracketed dollar conversions optional, the share move key, user counts key with "up from" priors);
# news69 en08 / news18 en08 (a Malaysian company's quarter in ringgit: "RM X, from RM Y previously" -> key with prior
# plus an optional year-ago row, sen scaled to MYR, dividends per share key with the financial year as period, segment
# figures keyed on the segment with the company among the alternatives, bp ratios with their year-ago value as prior);
# news15 en10 / news21 en09 / the development corpus's en25 (a central-bank decision: the rate move in bp and the new
# level key without a period, "to X from Y" rates with prior plus an optional earlier row, the repeat of the move
# optional, the vote count not labelled (news17, news70 en04), the bond yield's move in bp and its level key);
# news56 en12 / news66 en08 / news35 en11 (a miner's production report: output in "tonnes" key with each comparison key,
# guidance ranges as rng with the replaced range as prng plus an optional earlier-range row, "flat" an optional 0 row,
# one figure for two comparisons key once and optional for the second (news17 en06)).
# Currencies: en07 "yen" -> JPY ("545.0 billion yen" -> 545.0e9, "107 yen to the U.S. dollar" -> 107 JPY), "$" in the
# bracketed conversion and the conversion line -> USD; en08 none (%, bp); en09 "renminbi" and "RMB" -> CNY ("2.3 billion
# renminbi" -> 2.3e9, "RMB3.22" -> 3.22), "$" -> USD; en10 "RM" -> MYR ("RM58.21 million" -> 58.21e6), sen scaled to
# MYR ("7.2 sen" -> 0.072, "14 sen" -> 0.14); en11 "Rs ... crore" -> INR (crore = 1e7: "Rs15,000 crore" -> 1.5e11);
# en12 none (tonnes, %; "tons" and "metric tons" read as tonnes).
# Scaling: values fully scaled ("785.0 billion yen" -> 785.0e9, "157.07 billion yen" -> 157.07e9, "$4.82 billion" ->
# 4.82e9, "RMB7.1 billion" -> 7.1e9, "$339 million" -> 339e6, "100.5 million" -> 100.5e6, "RM177.6 million" -> 177.6e6,
# "76.7 million metric tons" -> 76.7e6, "84,200 tons" -> 84200, "500,000-550,000 tons" -> (500000, 550000), "1.58
# million tons" -> 1.58e6); declines, losses and cuts negative ("net loss of 2.3 billion renminbi" -> -2.3e9, "RMB3.22 a
# share" of loss -> -3.22, "fell more than 10%" -> -10, "dipped 2.2%" -> -2.2, "down 1.5%" -> -1.5, "fell 1.9%" -> -1.9,
# "fell by 6.8%" -> -6.8, "dropped 15 basis points" -> -15 bp, "cut ... by 40 basis points" -> -40 bp, "13% lower" ->
# -13, "down 37%" -> -37, "fell 20%" -> -20); levels stay positive; hikes positive ("250 basis points" -> +250 bp);
# hedges and bounds in the basis ("more than", "nearly", "roughly", "approximately", "below").
# Periods decided: en07 prints "2015/16" and "the year through March" 58.2 percent above it -> the forecasts' year
# 2016/17 = FY2017 (news47 en02's fiscal naming), "2015/16" FY2016 (the corpus's "fiscal 2019/20 -> FY2020"); the
# "October-December" quarter falls inside that fiscal year before the March it ends in -> 2016Q4 (clearly implied;
# calendar months named, so a calendar quarter). en08 prints "March 2023" (the lead label), "February 2023" and
# "December 2022" -> 2023-03, 2023-02, 2022-12, "the year-ago period" 2022-03, "2022-23" FY2023; the projection for the
# printed "January-December quarter" gets none (as printed it names no quarter); the rate moves none (a central bank's
# decisions, news70 en04 / news71 en04), "since May last year" in the basis. en09 prints no year for the quarter
# ("fiscal first-quarter", "second-quarter", "a year ago", "last year"; "2010" and "2017" date other facts) -> none.
# en10 prints "the second quarter ended June 30, 2018 (2QFY18)" and "2QFY17" -> 2018Q2 and 2017Q2 (the financial year
# ends Dec 31, so fiscal and calendar quarters coincide, news69 en08); the dividends "for the financial year ending Dec
# 31, 2018" FY2018; "the 35 sen dividend the company declared in July 2017" with its two parts FY2017 (decided: declared
# with the second-quarter results of 2017, the same place in the year as the FY2018 dividends). en11 a policy decision;
# "FY21" only with the growth outlook, which prints no figure, and "Q3 and Q4" print no year -> none. en12 prints no
# year ("the first quarter", "this year", "late January", "the financial year through June"; the store's date line is
# not page text) -> none.
# Quotes: en08's two quoted sentences by Shaktikanta Das (no figures) and en09's quoted sentence from the prospectus
# (no figures) rendered as reported speech; en12's chief executive's quote is where the stored text breaks off and goes
# with the cut.
# Not labelled: dates, days and times ("Feb 3", "Friday", "Wednesday", "July 30", "Aug 29", "Dec 31", "November", "late
# January", "last week", "May last year" as a date), ordinals, spans, streaks and ranks ("second time in as many
# quarters", "third-largest", "15-month low", "since January 2022", "November and December 2022" as exceptions, "43-day
# strike", "90 days", "1 year", "since its creation in 2010", "largest", "world's biggest", "six of the top 10"), the
# vote count ("5:1"), tickers ("IQ", "NFLX", "RIO", "BHP"), numbers inside names ("10-year" as the bond's name, "6.45%,
# 2029 bond" as the bond's name, "CNBC-TV18"), the executives' names.

# ---------------------------------------------------------------- en07 Honda Motor's October-December quarter and raised outlook (a Reuters text on in.reuters.com; Friday February 3, 2017 by the dateline and the printed 2015/16): net profit forecast 545.0 billion yen ($4.82 billion) for the year through March, +58.2 percent on the 344.5 billion yen of 2015/16; operating profit forecast 785.0 billion yen; October-December operating profit 207.6 billion yen, +27.4 percent, against a 157.07 billion yen mean of 11 analysts (Reuters I/B/E/S/); analysts' full-year operating profit 753.27 billion yen and net profit 533.44 billion yen; yen assumption 107 against an earlier 103 to the dollar; $1 = 113.0600 yen (JPY, USD, %, analysts)
# A Japanese company's quarter in yen with raised full-year forecasts against estimates (news66 en07 had Toyota's
# October-December quarter of fiscal 2012 from cn.reuters.com, news35 en05 Honda's September quarter of 2016 — the
# quarter before this one — from dsf.my, news47 en02 Honda's raised outlook of November 2022, news77 en07 a Honda
# quarter with cut forecasts; this quarter, "545.0 billion", "785.0 billion", "207.6 billion", "157.07", "753.27" and
# "533.44" appear in no earlier text; this address in no source list, other in.reuters.com pages only with other
# stories). Of the kind's elements the page prints the quarter's operating profit against the estimate, the net profit
# forecast raised, the operating profit forecast raised and the analysts' full-year figures; the quarter's net profit
# is not printed. Whole as stored apart from furniture: the store's date tag (" date 2017-02-03") and the reporting
# credit "(Reporting by Naomi Tajitsu; Editing by Christopher Cushing)" dropped; the conversion line "($1 = 113.0600
# yen)" kept as page text. No headline in the stored text (it opens with the dateline "TOKYO Feb 3", kept without a dash
# as printed; the address slug "honda-results" is not page text; none added). No quotes. Kept as printed: "TOKYO Feb 3",
# "Honda Motor Co" without a full stop, "for the second time in as many quarters", "Japan's third-largest automaker",
# "545.0 billion yen ($4.82 billion)" with its decimal, "a previously upgraded guidance issued in November" (rendered
# "a guidance it had already upgraded in November"), "58.2 percent", "344.5 billion yen booked in 2015/16", "785.0
# billion yen", "October-December - up 27.4 percent from a year prior" with its spaced hyphen (rendered "- 27.4 percent
# more than a year prior"), "mean forecast", "Reuters I/B/E/S/" with its trailing slash, "753.27 billion yen", "533.44
# billion yen", "107 yen to the U.S. dollar", "103 yen", "113.0600" with four decimals.
# Periods: FY2017, FY2016, 2016Q4 (see the header).
# Decided (news66 en07, news35 en05, news47 en02): the net profit forecast 545.0 billion yen key for FY2017 with no
# prior (the November guidance it tops prints no figure), its "$4.82 billion" optional; "58.2 percent higher than the
# 344.5 billion yen booked in 2015/16" -> a key forecast growth row and the 2015/16 net profit a key FY2016 row of its
# own (last year's actual against this year's forecast: different quantities, so not a prior). The operating profit
# forecast "to 785.0 billion yen" key (the earlier forecast prints no figure; none added). The quarter's operating
# profit 207.6 billion yen and its +27.4 % key; the I/B/E/S mean 157.07 billion yen a key consensus row, its 11 analysts
# optional. The analysts' full-year operating profit 753.27 billion yen and net profit 533.44 billion yen key consensus
# rows for FY2017. The yen assumption "107 yen to the U.S. dollar ..., compared with an earlier forecast of 103 yen" ->
# key with prior plus an optional earlier row (news47 en02). The conversion line an optional fx row.
HON = "Honda Motor Co|Honda Motor|Honda|Honda Motor Co.|7267"
Y7, P7, Q7 = "FY2017", "FY2016", "2016Q4"
NP = "net_profit|net_income|profit"
GNP = "guidance_net_profit|net_profit_forecast|net_profit_guidance|net_profit_outlook"
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance|operating_profit_outlook"
OP = "operating_profit|operating_income"
OPC = "operating_profit_consensus|operating_profit_estimate|analyst_forecast"
FXA = "fx_assumption|exchange_rate_assumption|usd_jpy_assumption|currency_assumption"
G["en07"] = ([
    m(GNP, 545.0e9, "JPY", HON, Y7,
      basis="year through March; raised for the second time in as many quarters; above the guidance upgraded in "
            "November"),
    m(GNP, 4.82e9, "USD", HON, Y7, opt=True, basis="bracketed conversion ($4.82 billion)"),
    m("guidance_net_profit_growth|net_profit_growth_forecast|net_profit_growth", 58.2, "%", HON, Y7,
      basis="higher than the 344.5 billion yen booked in 2015/16"),
    m(NP, 344.5e9, "JPY", HON, P7, basis="booked in 2015/16"),
    m(GOP, 785.0e9, "JPY", HON, Y7, basis="raised; full year"),
    m(OP, 207.6e9, "JPY", HON, Q7, basis="October-December"),
    m("operating_profit_growth|operating_income_growth|operating_profit_change", 27.4, "%", HON, Q7,
      basis="October-December; from a year prior"),
    m(OPC, 157.07e9, "JPY", HON, Q7, basis="October-December; mean forecast of 11 analysts, Reuters I/B/E/S; exceeded"),
    m("analysts|analyst_count", 11, "analysts", HON, opt=True, basis="analysts polled by Reuters I/B/E/S"),
    m(OPC + "|operating_profit_consensus_annual", 753.27e9, "JPY", HON, Y7, basis="full year; analysts expect"),
    m("net_profit_consensus|net_profit_estimate|net_income_consensus|analyst_forecast", 533.44e9, "JPY", HON, Y7,
      basis="full year; analysts expect"),
    m(FXA, 107, "JPY", HON + "|USD/JPY|yen", Y7, prior=103, basis="yen per U.S. dollar, average through March"),
    m(FXA, 103, "JPY", HON + "|USD/JPY|yen", Y7, opt=True, basis="earlier forecast"),
    m("exchange_rate|fx_rate", 113.06, "JPY", "USD/JPY|dollar|U.S. dollar|yen", opt=True,
      basis="conversion line ($1 = 113.0600 yen)"),
], [])

# ---------------------------------------------------------------- en08 India's consumer price inflation for March 2023 (CNBC-TV18, cnbctv18.com; a Wednesday, March 2023 by the lead label): CPI 5.66 percent, a 15-month low, against 6.95 percent a year earlier and a 5.63 percent CNBC-TV18 poll; February 6.44 percent; food inflation 4.79 percent against 5.95 percent (February) and 7.68 percent (a year earlier); 5.7 percent in December 2022 to 6.4 percent in February 2023; RBI upper tolerance 6 percent; projections 6.5 percent for 2022-23 and 5.7 percent for the "January-December quarter"; target 4 percent with a 2 percent margin; hikes of 250 basis points since May last year, the latest 25 basis points to 6.50 percent (%, bp)
# India's consumer price inflation release (news42 en10 had India's December CPI and November IIP from The Indian
# Express, news74 en11 India's January-March 2025 GDP, news15 en10 and the development corpus's en25 RBI decisions;
# March 2023's "5.66", "5.63", "4.79" and "7.68" appear in no earlier text, "5.63 percent" only in an oil report of
# news65; this address in no source list, other cnbctv18.com pages only with other stories). Of the kind's elements the
# page prints the reading against the poll, the month before and a year earlier, and the RBI's target and forecast.
# Whole as stored apart from the store's date tag (" date 2023-04-12", dropped). No headline in the stored text; the
# lead label "Consumer Price Index March 2023:" is kept as page text (as news42 en10 kept its lead label). Quotes: Das's
# two quoted sentences rendered as reported speech (no figures). Kept as printed: "CNBC-TV18 Poll", "the forecast CPI
# was estimated at 5.63 percent" (rendered "had estimated the CPI print at 5.63 percent"), "6.44 percent in February
# 2023", "6.95 percent in the year-ago period" printed twice, "National Statistics Office (NSO)" beside "National
# Statistical Office" in the next paragraph, "15-month low", "as compared to", "as against 5.95 percent in February and
# 7.68 percent", "rose from 5.7 percent in December 2022 to 6.4 percent in February 2023" (6.4 beside the earlier 6.44
# for the same month), "upper tolerance level of 6 percent", "governor" in lower case, "2022-23", the odd
# "January-December quarter" (kept), "4 percent with a margin of 2 percent on either side", "250 basis points", "25
# basis points", "6.50 percent" with its trailing zero.
# Periods: 2023-03, 2023-02, 2022-12, 2022-03, FY2023; the rest none (see the header).
# Decided (news42 en10, news74 en11, news15 en10): March CPI 5.66 % key with the year-ago 6.95 % as prior ("fell to ...
# 5.66 percent in March as compared to 6.95 percent"); the year-ago 6.95 % already stands in the lead paragraph's own
# sentence -> a key 2022-03 row there (one row for the two printings). The poll's 5.63 % a key consensus row. February's
# 6.44 % a key row of its own. Food inflation "4.79 percent in March, as against 5.95 percent in February and 7.68
# percent in the year-ago period" -> two comparison points: 4.79 % key with no prior, 5.95 % and 7.68 % key rows of
# their own (news79 en09). "Rose from 5.7 percent in December 2022 to 6.4 percent in February 2023" -> December's 5.7 %
# a key row; the 6.4 % is February's 6.44 % rounded -> optional (with 5.7 as its prior). The RBI's upper tolerance
# level 6 %, the 4 % target and the 2 % margin key (news42 en10). The projection 6.5 % for 2022-23 key (FY2023); the
# 5.7 % for the "January-December quarter" key with no period. Hikes "by 250 basis points since May last year" -> key
# +250 bp cumulative; the latest +25 bp key and the policy rate 6.50 % key (no earlier level printed; none computed).
IN = "India|Indian economy|National Statistics Office|NSO|National Statistical Office"
RBI8 = "Reserve Bank of India|RBI|India"
FOOD = "food basket|food inflation|India|Consumer Food Price Index|CFPI"
CPI = "cpi_inflation|inflation_rate|retail_inflation|cpi|inflation"
FI = "food_inflation|cfpi_inflation|cfpi"
IP = "inflation_projection|inflation_forecast|cpi_inflation_forecast|cpi_projection"
G["en08"] = ([
    m(CPI, 5.66, "%", IN, "2023-03", prior=6.95, basis="March; 15-month low; as compared to the year-ago period; NSO"),
    m("cpi_inflation_consensus|inflation_consensus|cpi_consensus|inflation_forecast", 5.63, "%", IN, "2023-03",
      basis="CNBC-TV18 Poll of economists"),
    m(CPI, 6.44, "%", IN, "2023-02", basis="February 2023"),
    m(CPI, 6.95, "%", IN, "2022-03", basis="the year-ago period; printed twice"),
    m(FI, 4.79, "%", FOOD, "2023-03", basis="food basket; March"),
    m(FI, 5.95, "%", FOOD, "2023-02", basis="February"),
    m(FI, 7.68, "%", FOOD, "2022-03", basis="the year-ago period"),
    m(CPI, 5.7, "%", IN, "2022-12", basis="December 2022"),
    m(CPI, 6.4, "%", IN, "2023-02", prior=5.7, opt=True, basis="February 2023, rounded restatement of 6.44; rose from"),
    m("inflation_tolerance_upper|inflation_target_upper_band|inflation_upper_limit|upper_margin", 6, "%", RBI8,
      basis="RBI's upper tolerance level"),
    m(IP, 6.5, "%", RBI8, "FY2023", basis="projected retail inflation for 2022-23"),
    m(IP, 5.7, "%", RBI8, basis="projection for the printed 'January-December quarter' of 2022-23"),
    m("inflation_target|cpi_inflation_target", 4, "%", RBI8, basis="mandated by the government"),
    m("inflation_tolerance|inflation_target_band|tolerance_band|margin", 2, "%", RBI8,
      basis="margin on either side of the 4 % target"),
    m("cumulative_rate_change|rate_change|rate_hike", 250, "bp", RBI8, basis="since May last year"),
    m("rate_change|policy_rate_change|repo_rate_change|rate_hike", 25, "bp", RBI8, basis="latest hike, in February"),
    m("policy_rate|repo_rate|interest_rate", 6.50, "%", RBI8, basis="benchmark policy rate after the February hike"),
], [])

# ---------------------------------------------------------------- en09 iQiyi's fiscal first quarter (Public Wire, publicwire.com; no date or year printed for the quarter): shares -more than 10% in late trading (inline quotes IQ -8.19%, NFLX -0.84%); net loss 2.3 billion renminbi ($339 million), RMB3.22 a share; sales RMB7.1 billion (roughly $1 billion); analysts' loss of 3.17 renminbi and revenue of RMB7.16 billion; 100.5 million subscribers, +nearly 50% from 67.1 million, 98.9% paying; second-quarter revenue guidance 7.21 billion to 7.63 billion renminbi against a 7.98 billion renminbi FactSet average (CNY, USD, %, subscribers)
# A Chinese internet company's quarter reported in English in yuan (news67 en07 had Alibaba's April-June quarter from a
# Reuters text on Fox Business, news73 en08 JD.com's second quarter of 2021, news36 en05 Momo's second quarter of 2020;
# iQiyi appears in no earlier text, nor "RMB7.16", "100.5 million" or "7.98 billion"; publicwire.com in no source
# list). Of the kind's elements the page prints revenue and net income (a loss) against the estimates, users
# (subscribers) against a year ago and guidance against the consensus. Whole as stored. No headline in the stored text
# (it opens with the lead; the address slug "chinas-netflix-counterpart-iqiyi-had-their-first-100m-subs-but-stocks-
# still-plunged-10" is not page text; none added). Quotes: the prospectus's quoted sentence rendered as reported speech
# (no figures). Kept as printed: "The Netflix of China", the lead's loose grammar ("good news end when amidst the
# celebration", rendered "the good news ended, however, when amid the celebration"), the inline quote strings "IQ,
# -8.19%" and "NFLX, -0.84%" as printed inside the sentence, "more than 10% in late trading", "a bit lighter", "fiscal
# first-quarter", "2.3 billion renminbi ($339 million)" beside "RMB3.22" and "RMB7.1 billion", "roughly $1 billion in
# U.S. dollars", "analysts have been expecting" in the present perfect (rendered "have been looking for"), "a loss of
# 3.17 renminbi" without "a share", "started offering publicly" (rendered "started offering its shares publicly"),
# "up nearly 50% from 67.1 million a year ago", "98.9%", "undershoot" for undershot (kept), "7.21 billion to 7.63
# billion renminbi", "FactSet", "monthly average users (MAUs)", "iResearch", "six of the top 10".
# Periods: none (see the header).
# Decided (news67 en07, news36 en05, news73 en08): the late-trading fall "more than 10%" key (hedge in the basis); the
# inline quote strings' -8.19 % (iQiyi) and -0.84 % (Netflix) optional (the corpus's inline quote strings). Net loss
# -2.3 billion yuan key, its "$339 million" optional; the loss per share -3.22 yuan key. Sales RMB7.1 billion key, the
# "roughly $1 billion" optional. The analysts' "loss of 3.17 renminbi" a key EPS consensus row (-3.17, per share by
# context) and their RMB7.16 billion a key revenue consensus row. Subscribers 100.5 million key with "up nearly 50% from
# 67.1 million a year ago" -> prior 67.1 million plus an optional year-ago row and a key +50 % (hedge in the basis); the
# paying share 98.9 % key; the lead's "100-million subscriber milestone" optional (a threshold). The second-quarter
# revenue guidance a key range (7.21e9, 7.63e9) and FactSet's average analyst forecast 7.98 billion renminbi a key
# consensus row. No rating actions.
IQ = "iQiyi Inc.|iQiyi|iQIYI|iQiyi Inc|IQ"
NFLX = "Netflix Inc.|Netflix|NFLX"
PC9 = "price_change|share_price_change|stock_change"
NP9 = "net_profit|net_income|net_loss"
EPS9 = "eps|loss_per_share|net_loss_per_share|earnings_per_share"
REV = "revenue|sales|net_revenue"
SUB = "subscribers|subscriber_count|total_subscribers|members"
G["en09"] = ([
    m(PC9, -10, "%", IQ, basis="more than; late trading; results a bit lighter than expected"),
    m(PC9, -8.19, "%", IQ, opt=True, basis="inline quote string 'IQ, -8.19%'"),
    m(PC9, -0.84, "%", NFLX, opt=True, basis="inline quote string 'NFLX, -0.84%'"),
    m(NP9, -2.3e9, "CNY", IQ, basis="fiscal first-quarter net loss; printed '2.3 billion renminbi'"),
    m(NP9, -339e6, "USD", IQ, opt=True, basis="bracketed conversion ($339 million)"),
    m(EPS9, -3.22, "CNY", IQ, basis="loss per share; printed 'RMB3.22 a share'"),
    m(REV, 7.1e9, "CNY", IQ, basis="fiscal first quarter; sales"),
    m(REV, 1e9, "USD", IQ, opt=True, basis="roughly; in U.S. dollars"),
    m("eps_consensus|eps_estimate|loss_per_share_consensus|loss_per_share_estimate", -3.17, "CNY", IQ,
      basis="analysts' expected loss, per share by context; printed '3.17 renminbi'"),
    m("revenue_consensus|revenue_estimate|revenue_forecast", 7.16e9, "CNY", IQ, basis="analysts' expected revenue"),
    m(SUB, 100.5e6, "subscribers", IQ, prior=67.1e6, basis="already has; up nearly 50% from a year ago"),
    m(SUB, 67.1e6, "subscribers", IQ, opt=True, basis="a year ago"),
    m("subscriber_growth|subscribers_growth|member_growth", 50, "%", IQ, basis="nearly; from a year ago"),
    m("paying_subscriber_share|paying_share|share_of_paying_subscribers|paying_ratio", 98.9, "%", IQ,
      basis="subscribers paying for the service"),
    m(SUB + "|subscriber_milestone", 100e6, "subscribers", IQ, opt=True, basis="the 100-million subscriber milestone"),
    m("guidance_revenue|revenue_guidance|revenue_forecast", None, "CNY", IQ, rng=(7.21e9, 7.63e9),
      basis="second-quarter forecast; undershot analysts' expectations"),
    m("revenue_consensus|revenue_estimate|revenue_forecast", 7.98e9, "CNY", IQ,
      basis="second quarter; average analyst forecast, FactSet"),
], [])

# ---------------------------------------------------------------- en10 Bursa Malaysia's second quarter of 2018 (The Edge Markets, theedgemarkets.com; dateline "KUALA LUMPUR (July 30)", 2018 by the text): net profit -2.2% to RM58.21 million from RM59.54 million; EPS 7.2 sen from 7.4 sen; revenue RM140.56 million, -1.5% from RM142.67 million; first interim dividend 14 sen and special dividend 8 sen for FY2018, approximately RM177.6 million; July 2017's 35 sen (15 sen special, 20 sen first interim); securities market profit -1.9% to RM87.2 million from RM88.9 million; effective clearing fee rate 2.15 bp against 2.34 bp; segment operating expenses +6.6%; derivatives market profit +10.8% to RM11.6 million from RM10.4 million; segment expenses -6.8% (MYR, %, bp)
# A Malaysian company's results in ringgit (news69 en08 had Kerjaya Prospek's first quarter of 2021 from Malay Mail,
# news18 en08 Maybank's second quarter of 2019 from The Sun Daily, news60 en08 Petronas Chemicals' loss; Bursa Malaysia
# appears in earlier texts only as the exchange (palm oil futures, fund flows, market reports), never with its own
# results; "58.21", "140.56" and "177.6" appear in no earlier text; theedgemarkets.com in no source list). Of the kind's
# elements the page prints revenue, profit and the dividends. Cut: the stored text breaks off mid-word in its last
# sentence ("For the first half of the financial year (1HFY18), net profit improved 5% to RM122 million, from RM116.17
# million in th"), so the passage stops after the sentence on the derivatives segment's expenses, a sentence boundary
# (the half year's 5%, RM122 million and RM116.17 million go with the cut). Dropped as furniture: the store's date line
# "Thursday 18 Apr 2024", the empty byline "By" and the image label "main news image". No headline in the stored text
# (the address slug "bursa-malaysia-2q-earnings-dip-22-pays-22-sen-dividend" is not page text; its "22 sen" total is
# printed nowhere in the text; none added). No quotes. Kept as printed: "KUALA LUMPUR (July 30):", "2QFY18" beside
# "2Q18", "2QFY17" beside "2Q17", "RM58.21 million, from RM59.54 million previously", "7.2 sen", "7.4 sen", "RM140.56
# million", "RM142.67 million", "14 sen per share", "8 sen per share", "Dec 31, 2018", "approximately RM177.6 million",
# "Aug 29", "the 35 sen dividend ... declared in July 2017", "15 sen", "20 sen", "today", "RM87.2 million", "RM88.9
# million", "2.15 basis points", "2.34 basis points", "6.6% on year", "RM11.6 million", "RM10.4 million", "6.8%".
# Periods: 2018Q2, 2017Q2, FY2018, FY2017 (see the header).
# Decided (news69 en08, news18 en08): net profit -2.2 % key; "to RM58.21 million, from RM59.54 million previously" ->
# key with prior plus an optional 2017Q2 row. EPS 7.2 sen -> 0.072 MYR with prior 0.074 and an optional year-ago row.
# Revenue RM140.56 million key with prior RM142.67 million (optional row) and -1.5 % key. The first interim 14 sen and
# the special 8 sen key for FY2018 and their approximate total RM177.6 million key. "Lower than the 35 sen dividend ...
# declared in July 2017" -> the 35 sen a key FY2017 row (not a prior: the page prints no 22 sen total to carry it), and
# its 15 sen special and 20 sen first interim key rows of their own. The securities market's profit RM87.2 million with
# prior RM88.9 million (optional row) and -1.9 % key, on the segment with Bursa Malaysia among the alternatives. The
# effective clearing fee rate "2.15 basis points in 2Q18 ... lower than 2.34 basis points in 2Q17" -> key 2.15 bp with
# prior 2.34 plus an optional 2017Q2 row (news18 en08's "compared with" pair in bp). The segment's operating expenses
# +6.6 % key. The derivatives market's profit RM11.6 million with prior RM10.4 million (optional row) and +10.8 % key;
# its segment expenses -6.8 % key.
BUR = "Bursa Malaysia Bhd|Bursa Malaysia|Bursa Malaysia Berhad|Bursa"
SEC = "securities market|securities market segment|Bursa Malaysia securities market|" + BUR
DER = "derivatives market|derivatives market segment|Bursa Malaysia derivatives market|" + BUR
Q10, P10, Y10, Y10P = "2018Q2", "2017Q2", "FY2018", "FY2017"
NP10 = "net_profit|net_income"
NPG10 = "net_profit_growth|net_income_growth|profit_growth"
SP10 = "segment_profit|profit|operating_profit"
SPG10 = "segment_profit_growth|profit_growth"
DPS = "dividend_per_share|dps|dividend"
G["en10"] = ([
    m(NPG10, -2.2, "%", BUR, Q10, basis="year-on-year; dipped"),
    m(NP10, 58.21e6, "MYR", BUR, Q10, prior=59.54e6, basis="second quarter ended June 30, 2018 (2QFY18)"),
    m(NP10, 59.54e6, "MYR", BUR, P10, opt=True, basis="previously"),
    m("eps|earnings_per_share", 0.072, "MYR", BUR, Q10, prior=0.074, basis="printed '7.2 sen'"),
    m("eps|earnings_per_share", 0.074, "MYR", BUR, P10, opt=True,
      basis="corresponding quarter a year ago; printed '7.4 sen'"),
    m("revenue|sales", 140.56e6, "MYR", BUR, Q10, prior=142.67e6),
    m("revenue_growth|sales_growth", -1.5, "%", BUR, Q10, basis="decline from the same quarter last year"),
    m("revenue|sales", 142.67e6, "MYR", BUR, P10, opt=True, basis="same quarter last year"),
    m("interim_dividend|first_interim_dividend|" + DPS, 0.14, "MYR", BUR, Y10,
      basis="first interim dividend per share; printed '14 sen'"),
    m("special_dividend|" + DPS, 0.08, "MYR", BUR, Y10, basis="special dividend per share; printed '8 sen'"),
    m("dividend_amount|total_dividend|dividend_payout_amount", 177.6e6, "MYR", BUR, Y10,
      basis="approximately; interim and special dividends together, payable on Aug 29"),
    m("total_dividend|" + DPS, 0.35, "MYR", BUR, Y10P, basis="declared in July 2017; printed '35 sen'; higher than now"),
    m("special_dividend|" + DPS, 0.15, "MYR", BUR, Y10P, basis="declared in July 2017; printed '15 sen'"),
    m("interim_dividend|first_interim_dividend|" + DPS, 0.20, "MYR", BUR, Y10P,
      basis="declared in July 2017; printed '20 sen'"),
    m(SP10, 87.2e6, "MYR", SEC, Q10, prior=88.9e6, basis="securities market; lower trading revenue"),
    m(SPG10, -1.9, "%", SEC, Q10, basis="securities market"),
    m(SP10, 88.9e6, "MYR", SEC, P10, opt=True, basis="2QFY17"),
    m("effective_clearing_fee_rate|clearing_fee_rate|fee_rate", 2.15, "bp", SEC, Q10, prior=2.34,
      basis="2Q18; higher proportion of trades under the clearing fee cap"),
    m("effective_clearing_fee_rate|clearing_fee_rate|fee_rate", 2.34, "bp", SEC, P10, opt=True, basis="2Q17"),
    m("operating_expenses_growth|opex_growth|segment_expenses_growth", 6.6, "%", SEC, Q10,
      basis="on year; higher staff costs"),
    m(SP10, 11.6e6, "MYR", DER, Q10, prior=10.4e6, basis="derivatives market; higher trading revenue"),
    m(SPG10, 10.8, "%", DER, Q10, basis="derivatives market"),
    m(SP10, 10.4e6, "MYR", DER, P10, opt=True, basis="2QFY17"),
    m("segment_expenses_growth|operating_expenses_growth|opex_growth", -6.8, "%", DER, Q10,
      basis="lower service fees on fewer contracts traded"),
], [])

# ---------------------------------------------------------------- en11 The Reserve Bank of India's unscheduled 40 bp cut to 4% (Mint, livemint.com; a Friday, May 22, 2020 by the store's date tag, dropped; no year printed beside FY21): 10-year yield -15 basis points, 5.88% from 6.033% on the 6.45%, 2029 bond; repo rate -40 basis points to 4%; reverse repo 3.35% from 3.75%; 5:1 vote; headline inflation could fall below 4%, the target, by Q3 and Q4; FY21 growth negative (no figure); Rs15,000 crore credit line to Exim Bank (bp, %, INR)
# The Reserve Bank of India's policy decision (news15 en10 had the RBI's April 2019 cut from IBTimes India, the
# development corpus's en25 its October 2019 cut, news6 en11 a hold at 5.15%, news21 en09 a Bank Indonesia cut; the
# May 2020 cut, "5.88%", "6.033%", "3.35%" as the reverse repo rate and "Rs15,000 crore" appear in no earlier text —
# "3.35%" only in a European market report of news72; this address in no source list, other livemint.com pages only
# with other stories). Of the kind's elements the page prints the rate and its move, the vote, the inflation outlook
# against the target and the bond market's reaction; the growth outlook is in words only ("in negative territory"),
# with no figure. Whole as stored apart from the store's date tag (" date 2020-05-22", dropped). No headline in the
# stored text (it opens with the dateline "MUMBAI:"; the address slug "rbi-rate-cut-government-bond-yields-fall-15-bps"
# is not page text; none added). No quotes (Das is reported speech on the page; rewritten). Kept as printed: "MUMBAI:",
# "10-year government bond", "15 basis points", "40 basis points" (twice), "in an unscheduled meeting" (rendered "at an
# unscheduled meeting"), "the 6.45%, 2029 bond", "5.88%", "6.033%" with three decimals, "live-streamed address",
# "benchmark repurchase rate", "4%", "3.35%", "3.75%", "5:1 vote", "Monetary Policy Committee meet", the disagreeing
# "previous attempt ... have failed" (rendered "earlier attempt ..., which have failed"), "Q3 and Q4", "its target set
# earlier", "FY21", "bank rolling facility of Small Industries Development Bank of India", "Rs15,000 crore" without a
# space, "90 days", "rollover of 1 year", "US dollar swap facility".
# Periods: none (see the header).
# Decided (news15 en10, news21 en09, the development corpus's en25): the lead's "cut repo rate by 40 basis points" is
# the first printing -> key -40 bp, the third paragraph's repeat optional; the new repo rate 4 % key (no earlier level
# printed; none computed). The reverse repo rate "to 3.35% from 3.75%" -> key with prior plus an optional earlier row.
# The bond market: the 10-year yield -15 bp key and "to 5.88% from its previous close of 6.033%" -> key with prior plus
# an optional previous-close row, on the 10-year bond with India among the alternatives. "Could fall below 4%, its
# target set earlier" -> one figure for two quantities (news17 en06): the inflation outlook key (below 4 %, by Q3 and
# Q4), the target optional. The Exim Bank credit line Rs15,000 crore key in INR (1.5e11). Not labelled: the 5:1 vote (a
# committee vote count, news17), "90 days" and "1 year" (durations), the 6.45% coupon and 2029 in the bond's name. No
# rating actions.
RBI11 = "Reserve Bank of India|RBI|Monetary Policy Committee|MPC|India"
GB = "India 10-year government bond|10-year government bond|India 10-year bond|6.45%, 2029 bond|India"
RCH = "rate_change|policy_rate_change|repo_rate_change|rate_cut"
G["en11"] = ([
    m("yield_change|bond_yield_change", -15, "bp", GB, basis="on Friday after the repo rate cut"),
    m("bond_yield|yield|10y_yield", 5.88, "%", GB, prior=6.033, basis="6.45%, 2029 bond; declined"),
    m("bond_yield|yield|10y_yield", 6.033, "%", GB, opt=True, basis="previous close"),
    m(RCH, -40, "bp", RBI11, basis="unscheduled meeting; repo rate cut"),
    m(RCH, -40, "bp", RBI11, opt=True, basis="repeat: benchmark repurchase rate cut by 40 basis points to 4%"),
    m("repo_rate|policy_rate|interest_rate", 4, "%", RBI11, basis="benchmark repurchase rate after the cut"),
    m("reverse_repo_rate|reverse_repurchase_rate", 3.35, "%", RBI11, prior=3.75, basis="reduced"),
    m("reverse_repo_rate|reverse_repurchase_rate", 3.75, "%", RBI11, opt=True, basis="before the cut"),
    m("inflation_forecast|inflation_projection|inflation_outlook", 4, "%", RBI11,
      basis="below; headline inflation by Q3 and Q4; the MPC's outlook"),
    m("inflation_target|cpi_inflation_target", 4, "%", RBI11, opt=True, basis="its target set earlier (same figure)"),
    m("credit_line|credit_facility|refinance_facility|loan", 1.5e11, "INR",
      "Exim Bank|Export-Import Bank of India|" + RBI11,
      basis="Rs15,000 crore credit line for 90 days with rollover of 1 year; for a US dollar swap facility"),
], [])

# ---------------------------------------------------------------- en12 Rio Tinto's first-quarter production (a Dow Jones text on Fox Business, foxbusiness.com; no date or year printed, April 2017 by the dropped date tag): Pilbara iron ore shipments 76.7 million metric tons, flat year-over-year, -13% on the prior quarter, 330 million to 340 million tons expected this year; mined copper 84,200 tons, -37% on-year and on the previous quarter, guidance cut to 500,000-550,000 tons from 525,000-665,000 tons, refined copper 185,000-225,000 tons; aluminum 889,000 tons, +2% on-year, -3% on-quarter; coking coal 1.58 million tons, -20% on-year, -28% on-quarter; thermal coal 5.18 million tons, +4% on-year, -1% on-quarter (tonnes, %)
# A miner's quarterly production report (news56 en12 had OZ Minerals' June quarter of 2015 from MiningNews.net, news66
# en08 Whitehaven's 2023-24 production, news35 en11 and news40 en06 Newcrest's quarters, news62 en07 Arrium's iron ore
# shipments; Rio Tinto appears in earlier texts only in market reports and a brokers' round-up, and "76.7 million",
# "84,200", "889,000", "1.58 million tons" and "5.18 million" appear in none; this address in no source list, other
# foxbusiness.com pages only with other stories). Of the kind's elements the page prints copper and iron ore output
# against the quarter before and a year earlier and the guidance; no cost figure is printed. Cut: the stored text breaks
# off inside the chief executive's quote ("\"Despite challenging weather conditions at our "), so the passage stops
# after the coal sentence, a sentence boundary (the quote goes with the cut; no figure in what is stored of it). The
# store's date tag (" date 2017-04-19") dropped. No headline in the stored text (it opens with the dateline; the address
# slug "rio-tinto-scales- back-copper-production-target" is not page text; none added). Kept as printed: "MELBOURNE,
# Australia--" with its double hyphen, "Rio Tinto PLC's (RIO)", "43-day strike", "Anglo-Australian miner", "flat
# year-over-year", "76.7 million metric tons" beside "tons" elsewhere, "down 13% on the prior quarter" (rendered "13%
# lower on the prior quarter"), "between 330 million and 340 million tons", "down 37% on-year and over the previous
# quarter" (one figure for both comparisons; rendered "down 37% on-year and against the previous quarter"), "84,200
# tons", "500,000-550,000 tons", "525,000-665,000 tons", "185,000-225,000 tons", "BHP Billiton Ltd. (BHP)", "late
# January", "the financial year through June", "aluminum" in US spelling, "889,000 tons", "on-year" and "on-quarter",
# "1.58 million tons", "5.18 million tons".
# Periods: none (see the header).
# Decided (news56 en12, news66 en08, news35 en11): Pilbara iron ore shipments 76.7 million tonnes key; "flat
# year-over-year" an optional 0 % (news30 batch b's "flat"); -13 % on the prior quarter key. "Continued to expect
# production this year ... of between 330 million and 340 million tons" -> a key guidance range in tonnes. Mined copper
# 84,200 tonnes key; "down 37% on-year and over the previous quarter" -> one figure for two comparisons: -37 % on-year
# key, -37 % on the quarter optional (news17 en06). The copper guidance "to 500,000-550,000 tons from an earlier
# forecast of 525,000-665,000 tons" -> a key range with the earlier range as prng plus an optional earlier-range row;
# refined copper 185,000-225,000 tonnes a key range. Aluminium 889,000 tonnes, +2 % on-year and -3 % on-quarter key;
# coking coal 1.58 million tonnes, -20 % and -28 % key; thermal coal 5.18 million tonnes, +4 % and -1 % key. Each on
# its product with Rio Tinto among the alternatives. BHP's warning prints no figure. "Tons" and "metric tons" in
# "tonnes" (news79 en12). No rating actions.
RIO = "Rio Tinto PLC|Rio Tinto|RIO"
PIL = "Pilbara iron ore|Pilbara|iron ore|" + RIO
CU12 = "mined copper|copper|Rio Tinto copper|" + RIO
RCU = "refined copper|copper|" + RIO
AL12 = "aluminum|aluminium|Rio Tinto aluminium|" + RIO
CC = "coking coal|Rio Tinto coking coal|" + RIO
TC = "thermal coal|Rio Tinto thermal coal|" + RIO
PRD = "production|output"
YOY = "production_growth_yoy|production_change_yoy|production_growth|output_growth"
QOQ = "production_growth_qoq|production_change_qoq|production_growth|output_growth"
GPR = "guidance_production|production_guidance|output_guidance|guidance_output"
G["en12"] = ([
    m("iron_ore_shipments|shipments", 76.7e6, "tonnes", PIL, basis="first quarter; printed 'metric tons'"),
    m("shipments_growth_yoy|shipments_change|shipments_growth", 0, "%", PIL, opt=True,
      basis="printed 'flat year-over-year'"),
    m("shipments_growth_qoq|shipments_change|shipments_growth", -13, "%", PIL,
      basis="on the prior quarter; cyclones and heavy rainfall"),
    m(GPR + "|iron_ore_production_guidance", None, "tonnes", PIL, rng=(330e6, 340e6),
      basis="production expected this year; guidance held"),
    m("mined_copper_production|copper_production|" + PRD, 84200, "tonnes", CU12,
      basis="first quarter; Escondida strike and Grasberg"),
    m(YOY, -37, "%", CU12, basis="on-year"),
    m(QOQ, -37, "%", CU12, opt=True, basis="over the previous quarter (the same printed figure)"),
    m(GPR + "|copper_production_guidance", None, "tonnes", CU12, rng=(500e3, 550e3), prng=(525e3, 665e3),
      basis="mined copper, full year; cut"),
    m(GPR + "|copper_production_guidance", None, "tonnes", CU12, rng=(525e3, 665e3), opt=True,
      basis="earlier forecast"),
    m(GPR + "|refined_copper_guidance", None, "tonnes", RCU, rng=(185e3, 225e3), basis="refined copper; still expects"),
    m("aluminium_production|aluminum_output|" + PRD, 889000, "tonnes", AL12, basis="the quarter"),
    m(YOY, 2, "%", AL12, basis="on the year before"),
    m(QOQ, -3, "%", AL12, basis="on the prior quarter"),
    m("coking_coal_production|" + PRD, 1.58e6, "tonnes", CC),
    m(YOY, -20, "%", CC, basis="on-year"),
    m(QOQ, -28, "%", CC, basis="on-quarter"),
    m("thermal_coal_production|thermal_coal_output|" + PRD, 5.18e6, "tonnes", TC),
    m(YOY, 4, "%", TC, basis="on-year"),
    m(QOQ, -1, "%", TC, basis="on-quarter"),
], [])
