# Hand-written gold labels for news76/en en07-en12 (batch b: English news from Asia, Australia and emerging markets,
# six kinds of story — a Singapore bank's quarter in S$ (DBS Group Holdings' third quarter: net profit against the
# Bloomberg poll, the quarterly and nine-month dividends, net interest income and margin, fee income, other non-interest
# income and general-allowance write-backs; lioncitylife.com); China's monthly trade data in dollars (March and the
# first quarter: exports, imports and the trade balance against a Reuters poll, February's slide and deficit, and the
# GDP poll; the American Journal of Transportation, ajot.com); a Chinese EV maker's monthly sales in English (BYD's
# April NEV sales by segment year on year and month on month, overseas sales, installed battery capacity and January to
# April; CnEVPost, cnevpost.com); an Australian miner's half-year results in US$ (BHP's December 2020 half: attributable
# and underlying profit and EPS, the exceptional loss, profit from operations, underlying EBITDA and its margin,
# revenue, the interim dividend and payout ratio, the share move in A$; RTTNews on Nasdaq, nasdaq.com); a central bank's
# rate decision (the South African Reserve Bank's 75 bp hike to 7%: prime rate, October inflation, the consensus, the
# vote's preferred moves, inflation expectations and the Sarb's growth, oil and current-account forecasts;
# 042news.com); and several brokers' calls on one Hong Kong-listed company (Citibank, Morgan Stanley and Jefferies on
# Meituan, targets in HKD, with the share moves and third-quarter sales and marketing costs; Yicai Global,
# yicaiglobal.com)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file, and its m() and ra() helpers, to count this batch's rows), eval/extraction/news_text.py was not run, nothing
# under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the overlap check searched only the
# earlier sets' and the development corpus's texts/ folders and sources files; unit strings and metric names were
# checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were read (so the
# check against the other news76 batch's sources could not be made from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news75/en/README.md, with: news57 en11 and news64 en07 (a Singapore bank's quarter: "$" on a Singapore page -> SGD,
# NIM level and bp move key, fee income and allowances key, the dividend in cents scaled to SGD); news16 en12, news9 en15
# and news32 en09 (China's trade data: growth rates, the balance, the Reuters poll as consensus rows, an earlier month
# in a clause of its own a key row, the year read from a printed comparison year); news22 en05 and news16 en06 (a
# Chinese carmaker's monthly sales: the year-ago level as prior, the previous month's level a key row of its own, both
# % changes key, year to date with prior); news6 en02 and news30 en08 (an Australian miner's or energy producer's
# results in US$, priors from "from" / "against" wording), news61 en07 (a half "ended December 2020" -> the calendar
# half 2020H2); news43 en12, news25 en09 and news70 en04 (a central-bank
# decision: the move in bp and the level key without a period, vote counts not labelled, dissenters' preferred moves
# optional, the bank's forecasts key by year); news43 en08, news8 en16, news42 en08 and news7 en11 (brokers' calls on a
# listed stock: target changes as rating actions with both targets, the stock's moves key and its price levels and
# bracketed conversions optional).
# Currencies: en07 "$" on a Singapore page about DBS -> SGD, "cents" -> SGD/100; en08 "$" -> USD (China's trade in
# dollars); en09 no currency (units, GWh); en10 "$" in RTTNews on BHP -> USD (BHP reports in US dollars), "cents" ->
# USD/100, "A$" -> AUD; en11 "dollars" / "US$" for the oil price -> USD; en12 "HKD" -> HKD, "USD" -> USD, "CNY" -> CNY.
# Scaling: values fully scaled ("$1.7 billion" -> 1.7e9, "33 cents" -> 0.33, "$888 million" -> 888e6, "$23 billion"
# -> 23e9, "$900 million" -> 900e6, "210,295" -> 210295, "76.6 cents" -> 0.766, "119.4 cents" -> 1.194, "CNY16.9
# billion" -> 16.9e9); declines negative ("fell 3 per cent" -> -3, "dropped 10 basis points" -> -10 bp, "down 6.6
# percent" -> -6.6, "a deficit of $23 billion" -> -23e9, "59.7 percent less" -> -59.7, "16.45 percent lower" -> -16.45,
# "20 percent below" -> -20, "an exceptional loss of $2.2 billion" -> -2.2e9, "-0.2% of GDP" -> -0.2, "ending 12.2
# percent lower" -> -12.2); levels stay positive; write-backs positive amounts (news35 en02); hedges in the basis
# ("about", "broadly").
# Periods decided: en07 prints no year ("Friday (Nov 5)", "in July", "next year") -> no periods, the quarter and the
# nine months in the basis. en08 "7.7 percent in the final quarter of 2013" dates the quarter before the first quarter
# -> 2014Q1 for the first quarter, 2014-03 for March and 2014-02 for February (the year read from a printed comparison
# year, as news9 en15 read "March 2015"), 2013Q4 for the final quarter of 2013. en09 prints no year for the month
# ("April", "March", "last year"; "July 2022" dates only when overseas figures were first announced, a lower bound, not
# the month's year) -> no periods, the month in the basis (news22 en05). en10 "the December 2020 half year" -> 2020H2 for
# the first half's results (the calendar half, news61 en07 / news37 en11; the text never writes fiscal) and 2019H2 for
# "last year" / "a year ago" / "prior year"; the dividend 2020H2; the share move none. en11 the decision, the rate
# levels, the consensus and the expectations none (news43 en12); "October headline inflation" -> 2022-10 (the decision
# "for 2022", the October CPI out "on Wednesday" before it: clearly implied); the forecasts by their printed years
# (2022-2025). en12 prints no year ("Nov. 30", "Sept. 30", "Nov. 28"; "April 2020" is the date of an earlier low) -> no
# periods.
# Quotes rendered as reported speech (the set never copies third-party sentences): Piyush Gupta's two quoted sentences
# (en07; no figures) and Zhou Hao's two quoted passages (en08; no figures). en09, en10, en11 and en12 carry no quotes.
# Not labelled: dates and times ("Friday (Nov 5)", "July", "Thursday", "Wednesday", "April 16", "July 2022", "Tuesday",
# "Nov. 30", "Nov. 28", "Sept. 30", "April 2020"), spans and ranks ("second month running", "two months in a row since
# 2009", "five-year low", "second highest", "second-largest", "China's largest NEV company", "three and a half years",
# "the second hike of such a size in a row", "the seventh straight increase"), vote counts ("three members", "2",
# "two of Sarb's MPC members"; news17, news70 en04), stock codes ("(BHP.AX, BLT.L, BBL, BHP)", "[HKG: 3690]").

# ---------------------------------------------------------------- en07 DBS Group Holdings' third quarter (lioncitylife.com; Friday November 5, 2021, no year printed): net profit $1.7 billion against the $1.56 billion Bloomberg poll; dividend 33 cents from 18 cents, nine months 84 cents; the lifted 60% payout cap; net interest income -3% to $2.1 billion; NIM -10 bp to 1.43%; fee income $888 million (first quarter's record $953 million), +11%; other non-interest income $569 million, -6%; general allowances of $138 million written back, nine months $413 million (SGD, %, bp)
# A Singapore bank's quarter in S$ with net profit, net interest margin, fee income and the dividend (news57 en11 had
# DBS's third quarter of 2023, news64 en07 its third quarter of 2020, news70 en08 its first quarter of 2023, news42 en08
# brokers' targets after its second quarter of 2012, news18 en08 Maybank's second quarter; DBS's third quarter of 2021,
# "1.56 billion" beside DBS, "888 million", "953 million" and "413 million" appear in no earlier text; lioncitylife.com
# in no source list). Of the kind's elements the page prints net profit, the net interest margin, fee income and the
# dividend. Cut: the passage stops after the write-back sentence, before "After setting aside $68 million in specific
# allowance", where the stored text breaks off mid-word (its $68 million goes with the cut); the cut is at a
# sentence boundary. Dropped as furniture: the byline and date line ("camila November 5, 2021"). No headline in the
# stored text (the address slug "dbs-q3-profit-rises-31-to-1-7-billion-beating-forecasts" is not page text; none
# added, and its 31% is not labelled). Quotes: Piyush Gupta's two quoted sentences as reported speech (no figures).
# Kept as printed: "$" without "S", "cents per share" / "cents a share", "per cent", the dashes round the aside on the
# net interest margin, "the first quarter's record".
# Periods: none (see the header).
# Decided: net profit key and the Bloomberg poll a key consensus row. The dividend "of 33 cents per share ..., up from
# 18 cents a year ago" -> key 0.33 SGD with prior 0.18 plus an optional year-earlier row; the nine months' 84 cents key
# (a cumulative dividend, basis first nine months). The Monetary Authority of Singapore's lifted cap "at 60 per cent of
# the previous year's dividend" optional (a past regulatory restriction, background). Net interest income -3 % and $2.1
# billion key; the net interest margin -10 bp and 1.43 % key (no earlier level printed, none computed). Fee income $888
# million and +11 % key; the first quarter's record $953 million a key row of its own (an earlier period's figure in a
# clause of its own, development corpus). Other non-interest income $569 million and -6 % key. The general-allowance
# write-back $138 million and the nine months' $413 million key (positive amounts, news35 en02's write-back).
DBS = "DBS|DBS Group Holdings|DBS Group|DBS Bank"
MAS = "Monetary Authority of Singapore|MAS|local banks and finance companies|Singapore banks"
DPS = "dividend_per_share|dps|dividend|quarterly_dividend"
NII = "net_interest_income|nii"
FEE = "fee_income|net_fee_income|fee_and_commission_income"
ONII = "other_non_interest_income|non_interest_income|other_income"
WB = "general_allowance_writeback|allowance_writeback|allowances_written_back|general_allowances"
G["en07"] = ([
    m("net_profit|net_income", 1.7e9, "SGD", DBS, basis="third quarter; beat expectations"),
    m("net_profit_consensus|net_profit_estimate|net_profit_forecast", 1.56e9, "SGD", DBS,
      basis="third quarter; analysts in a Bloomberg poll"),
    m(DPS, 0.33, "SGD", DBS, prior=0.18, basis="third quarter; printed '33 cents per share'"),
    m(DPS, 0.18, "SGD", DBS, opt=True, basis="a year ago; printed '18 cents'"),
    m("dividend_per_share_ytd|cumulative_dividend|dividend_per_share|dps", 0.84, "SGD", DBS,
      basis="first nine months; printed '84 cents a share'"),
    m("dividend_payout_cap|payout_cap|dividend_cap", 60, "%", MAS, opt=True,
      basis="of the previous year's dividend; restriction lifted in July"),
    m("net_interest_income_growth|nii_growth|net_interest_income_change", -3, "%", DBS, basis="third quarter"),
    m(NII, 2.1e9, "SGD", DBS, basis="third quarter"),
    m("net_interest_margin_change|nim_change", -10, "bp", DBS, basis="third quarter"),
    m("net_interest_margin|nim", 1.43, "%", DBS, basis="third quarter"),
    m(FEE, 888e6, "SGD", DBS, basis="third quarter; second highest"),
    m(FEE, 953e6, "SGD", DBS, basis="first quarter; record"),
    m("fee_income_growth|net_fee_income_growth|fee_income_change", 11, "%", DBS, basis="from a year ago"),
    m(ONII, 569e6, "SGD", DBS, basis="third quarter"),
    m("other_non_interest_income_growth|non_interest_income_growth|other_income_growth", -6, "%", DBS,
      basis="from a year ago"),
    m(WB, 138e6, "SGD", DBS, basis="third quarter; general allowances written back"),
    m(WB, 413e6, "SGD", DBS, basis="nine-month write-back"),
], [])

# ---------------------------------------------------------------- en08 China's March and first-quarter trade (the American Journal of Transportation, ajot.com; April 2014 by the text's "final quarter of 2013"): March exports -6.6% after February's -18.1%; imports -11.3%; surplus $7.7 billion after February's $23 billion deficit; Reuters poll +4% exports, +2.4% imports, $900 million surplus; first-quarter exports -3.4%, imports +1.6%, surplus $16.7 billion, -59.7%; first-quarter GDP poll 7.3% from 7.7% (%, USD)
# China's monthly trade data in dollars against a Reuters poll (news16 en12 had September 2019, news9 en15 March 2016,
# news32 en09 a September in China Daily, news10 en15 January-July 2019, news6 en12 another month in USD and RMB;
# March 2014, "-6.6", "$7.7 billion" beside China, "$900 million" and "59.7 percent" appear in no earlier text; ajot.com
# in no source list). Of the kind's elements the page prints trade data in dollars against the poll and the month
# before (not PMIs). Cut: the passage stops after the planning-agency sentence, before "Last week, the government
# announced plans to quicken construction of railways and affordable housing, and cut", where the stored text breaks
# off (nothing with a figure goes with the cut); the cut is at a sentence boundary. No headline in the stored text (the
# address slug is not page text; none added). The crosshead "Exports Fall in Q1" kept as page text (rewritten: "Q1
# Exports Decline"). Quotes: Zhou Hao's two quoted passages as reported speech (no figures). Kept as printed: "the
# Customs Administration", "percent", "Q1", "five-year low", "import growth" said to slump beside imports that fell.
# Periods: 2014-03, 2014-02, 2014Q1 and 2013Q4 (see the header).
# Decided: March exports -6.6 % key; "following an 18.1 percent slide in February" -> a key 2014-02 row of its own (an
# earlier month in a clause of its own, news16 en12). Imports -11.3 % key. The surplus "$7.7 billion ..., a marked
# turnaround from a deficit of $23 billion in February" -> key trade balance 7.7e9 with prior -23e9 (the same balance,
# a deficit negative, news22 en09) plus an optional February row. The Reuters poll's export and import growth and
# surplus key consensus rows (2014-03). The first quarter: exports -3.4 %, imports +1.6 %, surplus $16.7 billion and
# its -59.7 % key (2014Q1). The GDP poll "annual growth easing to 7.3 percent ... from 7.7 percent in the final quarter
# of 2013" -> key forecast 7.3 for 2014Q1 with prior 7.7 and an optional 2013Q4 row (the actual). "Since 2009" and
# "five-year low" not labelled.
CN = "China|Chinese|China's economy"
P3, P2, Q1, Q4 = "2014-03", "2014-02", "2014Q1", "2013Q4"
EXG = "export_growth|exports_growth|exports_yoy"
IMG = "import_growth|imports_growth|imports_yoy"
TB = "trade_balance|trade_surplus|trade_deficit"
G["en08"] = ([
    m(EXG, -6.6, "%", CN, P3, basis="March; from a year earlier"),
    m(EXG, -18.1, "%", CN, P2, basis="February slide"),
    m(IMG, -11.3, "%", CN, P3, basis="March"),
    m(TB, 7.7e9, "USD", CN, P3, prior=-23e9, basis="March surplus; turnaround from February's deficit"),
    m(TB, -23e9, "USD", CN, P2, opt=True, basis="February deficit"),
    m("export_growth_consensus|export_growth_forecast|exports_growth_consensus", 4, "%", CN, P3, basis="Reuters poll"),
    m("import_growth_consensus|import_growth_forecast|imports_growth_consensus", 2.4, "%", CN, P3, basis="Reuters poll"),
    m("trade_balance_consensus|trade_surplus_forecast|trade_balance_forecast|trade_surplus_consensus", 900e6, "USD", CN,
      P3, basis="Reuters poll; surplus"),
    m(EXG, -3.4, "%", CN, Q1, basis="first quarter; from a year earlier"),
    m(IMG, 1.6, "%", CN, Q1, basis="first quarter"),
    m(TB, 16.7e9, "USD", CN, Q1, basis="first quarter surplus"),
    m("trade_surplus_change|trade_balance_change|trade_surplus_growth", -59.7, "%", CN, Q1, basis="from a year ago"),
    m("gdp_growth_forecast|gdp_growth_consensus|gdp_growth", 7.3, "%", CN, Q1, prior=7.7,
      basis="Reuters poll; annual growth; five-year low; due April 16"),
    m("gdp_growth|gdp_growth_yoy", 7.7, "%", CN, Q4, opt=True, basis="final quarter of 2013"),
], [])

# ---------------------------------------------------------------- en09 BYD's April NEV sales (CnEVPost, cnevpost.com; May 2, 2023, no year printed): NEVs 210,295 (+98.31% y/y from 106,042; +1.55% m/m from 207,080); passenger 209,467 (+98.59%, +1.64%); commercial 828 (+46.03%, -16.45%); BEVs 104,364 (+81.81%, +1.65%); PHEVs 105,103 (+118.64%, +1.63%); overseas 14,827 (+11.38% from 13,312); battery capacity about 9.954 GWh (+59.47%, +0.64%); January-April 762,371 (+94.3% from 392,371) (vehicles, %, GWh)
# A Chinese carmaker's monthly sales in English (news16 en06 had NIO, XPeng and Li Auto's July 2023 deliveries, news22
# en05 Tesla's China-made sales in a January from CnEVPost, news64 en09 Maruti Suzuki's and others' May wholesales;
# BYD's April sales, "210,295", "209,467", "762,371" and "9.954" appear in no earlier text; this cnevpost.com address in
# no source list — other cnevpost.com pages are). Of the kind's elements the page prints units, year on year, month on
# month and year to date (sales, not deliveries). Whole as stored apart from two cuts: the opening fragment "sold
# 104,364 passenger BEVs in April, up 1.65 percent from March, and 105,103 PHEVs, up 1.63 percent from March." (a
# caption-like fragment that starts mid-sentence and repeats later figures, dropped as news22 en05 dropped its opening
# fragment), and the closing sentence "BYD aims to sell at least 3 million vehicles this year and strives to reach 3.6
# million, the co", which breaks off mid-word (its 3 million and 3.6 million go with the cut); the passage stops at a
# sentence boundary. No headline in the stored text (the address slug is not page text; none added). No quotes. Kept as
# printed: "percent", "NEVs", "BEVs", "PHEVs", "about 9.954 GWh", "July 2022", "second-largest".
# Periods: none (see the header).
# Decided (news22 en05): each April level with "the same month last year" and "March" comparisons -> key April level
# with the year-ago level as prior (the same month a year earlier), key y/y and m/m % changes, the March level a key
# row of its own (an earlier month in its own clause) and the year-ago level an optional row. Overseas sales, compared
# only with March -> key with the March level as prior, the m/m % key and March an optional row. Installed battery
# capacity likewise in GWh ("about" in the basis). January to April: key with the year-earlier level as prior, +94.3 %
# key, the earlier level optional. Counts in vehicles (the text's "units", "NEVs", "cars" for the same thing). The
# segment entities carry BYD among the alternatives.
BYD = "BYD|BYD Co|BYD Company|BYD Auto"
S = "sales|nev_sales|vehicle_sales|sales_volume"
SY = "sales_growth|sales_growth_yoy|nev_sales_growth|sales_change"
SM = "sales_growth_mom|sales_change_mom|sales_growth|sales_change"
CAP = "installed_battery_capacity|battery_installations|installed_capacity"
CAPY = "installed_battery_capacity_growth|battery_installations_growth|installed_capacity_growth"
CAPM = "installed_battery_capacity_growth_mom|battery_installations_growth_mom|installed_capacity_growth"
def seg(ent, name, lvl, ya, yoy, mom, mar, unit, what, yn=SY, mn=SM):
    return [m(name, lvl, unit, ent, prior=ya, basis="April; " + what),
            m(yn, yoy, "%", ent, basis="April; from the same month last year; " + what),
            m(mn, mom, "%", ent, basis="April; from March; " + what),
            m(name, mar, unit, ent, basis="March; " + what),
            m(name, ya, unit, ent, opt=True, basis="April last year (same month last year); " + what)]
G["en09"] = (
    seg(BYD, S, 210295, 106042, 98.31, 1.55, 207080, "vehicles", "new energy vehicles (NEVs)")
    + seg("BYD new energy passenger cars|BYD passenger NEVs|new energy passenger cars|" + BYD, S,
          209467, 105475, 98.59, 1.64, 206089, "vehicles", "new energy passenger cars")
    + seg("BYD new energy commercial vehicles|BYD commercial vehicles|new energy commercial vehicles|" + BYD, S,
          828, 567, 46.03, -16.45, 991, "vehicles", "new energy commercial vehicles")
    + seg("BYD BEVs|BYD battery electric vehicles|battery electric vehicles|BEVs|" + BYD, S,
          104364, 57403, 81.81, 1.65, 102670, "vehicles", "passenger battery electric vehicles (BEVs)")
    + seg("BYD PHEVs|BYD plug-in hybrids|plug-in hybrid vehicles|PHEVs|" + BYD, S,
          105103, 48072, 118.64, 1.63, 103419, "vehicles", "passenger plug-in hybrid vehicles (PHEVs)")
    + [m("overseas_sales|exports|sales", 14827, "vehicles", "BYD overseas|BYD overseas NEV sales|overseas markets|" + BYD,
         prior=13312, basis="April; NEVs in overseas markets"),
       m("overseas_sales_growth|exports_growth|sales_growth_mom|sales_growth", 11.38, "%",
         "BYD overseas|BYD overseas NEV sales|overseas markets|" + BYD, basis="April; from March"),
       m("overseas_sales|exports|sales", 13312, "vehicles", "BYD overseas|BYD overseas NEV sales|overseas markets|" + BYD,
         opt=True, basis="March")]
    + seg("BYD batteries|BYD power and energy storage batteries|power and energy storage batteries|" + BYD, CAP,
          9.954, 6.242, 59.47, 0.64, 8.952, "GWh", "about; installed power and energy storage battery capacity",
          yn=CAPY, mn=CAPM)
    + [m(S + "|sales_ytd|cumulative_sales", 762371, "vehicles", BYD, prior=392371, basis="January to April; NEVs"),
       m(SY + "|sales_growth_ytd", 94.3, "%", BYD, basis="January to April; from the same period last year"),
       m(S + "|sales_ytd|cumulative_sales", 392371, "vehicles", BYD, opt=True,
         basis="January to April last year (same period last year)")],
    [])

# ---------------------------------------------------------------- en10 BHP's first half to December 2020 (RTTNews on Nasdaq, nasdaq.com; February 16, 2021): attributable profit $3.88 billion, -20% from $4.88 billion; basic EPS 76.6 cents from 96.3 cents; exceptional loss $2.2 billion; underlying attributable profit $6.0 billion from $5.19 billion; underlying EPS 119.4 cents from 102.6 cents; profit from operations $9.75 billion, +17% from $8.31 billion; underlying EBITDA $14.7 billion, margin 59%, +21% from $12.08 billion; revenue $25.64 billion from $22.29 billion; copper equivalent production broadly flat; interim dividend $1.01 a share, $5.1 billion, 85% payout; shares +2.73% at A$47 (USD, AUD, %)
# An Australian miner's half-year results in US$ (news6 en02 had BHP's first half to December 2018 from The West
# Australian, news30 en08 Woodside's June quarter of 2020, news43 en11 iron-ore miners' share moves; BHP's half to
# December 2020, "3.88 billion" beside BHP, "119.4 cents", "14.7 billion" and "25.64 billion" appear in no earlier text;
# this nasdaq.com address in no source list — other nasdaq.com pages are). Of the kind's elements the page prints
# underlying profit, revenue and the dividend in US$ with EPS in cents (the dividend printed as "$1.01 per share").
# Whole as stored. Headline kept (rewritten: "BHP H1 Attributable Profit Down, Revenue Rises; Declares Dividend; Stock
# Up" -> "BHP H1 Attributable Profit Falls, Revenue Climbs; Dividend Declared; Shares Higher"; no figures). The
# dateline "(RTTNews) -" and the tickers "(BHP.AX, BLT.L, BBL, BHP)" kept. No quotes. Kept as printed: "BHP Group Plc."
# with its full stop, "$" for US dollars beside "A$47", EPS in "cents", "New South Wales Energy Coal, or NSWEC",
# "Cerrejón", "Board" capitalised, "broadly flat".
# Periods: 2020H2 and 2019H2 (see the header).
# Decided (news6 en02, news30 en08): attributable profit "$3.88 billion, 20 percent below last year's $4.88 billion" ->
# key with prior plus an optional 2019H2 row, and the -20 % key. Basic EPS "to 76.6 cents from last year's 96.3 cents"
# -> key 0.766 USD with prior 0.963 plus an optional row. The exceptional loss key and negative (a loss, news21 en07's
# one-off loss). Underlying attributable profit and underlying basic EPS "against ... a year ago / last year" -> key
# with priors plus optional rows. Profit from operations +17 % and $9.75 billion with prior $8.31 billion, underlying
# EBITDA $14.7 billion with prior $12.08 billion, its +21 % and its 59 % margin, total revenue with prior — each key,
# the earlier levels optional rows. "Broadly flat" copper equivalent production an optional 0 % change (a word for no
# move, news44 batch a). The interim dividend $1.01 a share, its $5.1 billion total and the 85 % payout ratio ("on an
# underlying basis") key. The share move +2.73 % and the A$47 price key (a results page's share move and price, news75
# en07).
BHP = "BHP|BHP Group|BHP Group Plc.|BHP Group Plc|BHP Billiton"
H, PH = "2020H2", "2019H2"
AP = "attributable_profit|net_profit|net_income|profit_attributable"
UAP = "underlying_attributable_profit|underlying_profit|underlying_net_profit|" + AP
EPS = "eps|basic_eps|earnings_per_share"
UEPS = "underlying_eps|underlying_basic_eps|eps|earnings_per_share"
POP = "profit_from_operations|operating_profit|operating_income"
EB = "underlying_ebitda|ebitda"
REV = "revenue|total_revenue"
G["en10"] = ([
    m(AP, 3.88e9, "USD", BHP, H, prior=4.88e9, basis="first half; attributable"),
    m(AP, 4.88e9, "USD", BHP, PH, opt=True, basis="last year; attributable"),
    m("attributable_profit_growth|net_profit_growth|net_income_growth|profit_growth", -20, "%", BHP, H,
      basis="attributable; from last year"),
    m(EPS, 0.766, "USD", BHP, H, prior=0.963, basis="basic; printed '76.6 cents'"),
    m(EPS, 0.963, "USD", BHP, PH, opt=True, basis="basic; last year; printed '96.3 cents'"),
    m("exceptional_loss|exceptional_items|one_off_loss|impairment", -2.2e9, "USD", BHP, H,
      basis="exceptional loss; impairments of NSWEC, deferred tax assets and Cerrejón"),
    m(UAP, 6.0e9, "USD", BHP, H, prior=5.19e9, basis="underlying attributable"),
    m(UAP, 5.19e9, "USD", BHP, PH, opt=True, basis="underlying attributable; a year ago"),
    m(UEPS, 1.194, "USD", BHP, H, prior=1.026, basis="underlying basic; printed '119.4 cents'"),
    m(UEPS, 1.026, "USD", BHP, PH, opt=True, basis="underlying basic; last year; printed '102.6 cents'"),
    m(POP, 9.75e9, "USD", BHP, H, prior=8.31e9),
    m("profit_from_operations_growth|operating_profit_growth|operating_income_growth", 17, "%", BHP, H),
    m(POP, 8.31e9, "USD", BHP, PH, opt=True, basis="prior year"),
    m(EB, 14.7e9, "USD", BHP, H, prior=12.08e9, basis="underlying"),
    m("underlying_ebitda_margin|ebitda_margin|margin", 59, "%", BHP, H, basis="underlying EBITDA margin"),
    m("underlying_ebitda_growth|ebitda_growth", 21, "%", BHP, H, basis="from the prior year"),
    m(EB, 12.08e9, "USD", BHP, PH, opt=True, basis="underlying; prior year"),
    m(REV, 25.64e9, "USD", BHP, H, prior=22.29e9, basis="total revenue"),
    m(REV, 22.29e9, "USD", BHP, PH, opt=True, basis="total revenue; a year ago"),
    m("production_change|production_growth|copper_equivalent_production_change", 0, "%", BHP, H, opt=True,
      basis="group copper equivalent production broadly flat (no figure printed)"),
    m("dividend_per_share|interim_dividend|dps", 1.01, "USD", BHP, H, basis="interim"),
    m("total_dividend|dividend_payment|dividend_amount", 5.1e9, "USD", BHP, H, basis="interim dividend in total"),
    m("dividend_payout_ratio|payout_ratio", 85, "%", BHP, H, basis="on an underlying basis"),
    m("price_change|share_price_change", 2.73, "%", BHP, basis="in Australia"),
    m("price|share_price", 47, "AUD", BHP, basis="in Australia; printed 'A$47'"),
], [])

# ---------------------------------------------------------------- en11 The South African Reserve Bank's 75 bp hike to 7% (042news.com; Thursday November 24, 2022, by the text's "for 2022"): prime rate 10.5%; October inflation 7.6%; 75bps forecast; two members for 100bps in September, 2 for 50bps now; inflation expectations 7.3%; global growth forecast 1.9%; SA growth 1.8% (2022), 1.1% (2023), 1.4% (2024), 1.5% (2025); oil $102 (2022), US$92 (2023); current account -0.2%, -1.5%, -1.9%, -2.1% of GDP (2022-2025) (bp, %, USD)
# A central bank's rate decision outside Thailand and the euro area (news43 en12 had the SARB's July 2018 hold, news25
# en09 its 2020 cut, news15 en10 an RBI cut, news70 en04 a Bank of England cut; the November 2022 hike to 7%, "7.6%"
# beside October inflation, "102 dollars" and the current-account forecasts appear in no earlier text; 042news.com in
# no source list). Of the kind's elements the page prints the move in basis points, the new level, the vote and
# inflation figures. Cut: the passage stops after the current-account bullet, before the bullet "Fuel price inflation
# increased by 33.3% in 2022 and fell to 0.", which breaks off inside a figure (its 33.3 % goes with the cut); the cut
# is at the end of a complete bullet. Dropped as furniture: the related-article link "Read: SA's CPI rises to 7.6%"
# (its 7.6 % repeats the body's). Headline kept (rewritten: "Sarb hiked repo rate by another 75bps" -> "Sarb lifts repo
# rate by another 75bps"); the "Highlights" crosshead and its bullets kept as page text. No quotes. Kept as printed:
# "Sarb", "SA", "75bps" / "100bps" / "50bps" beside "75 basis points", "2" in digits beside "two" and "three", "for
# 2022", "well in line with pre-pandemic levels", "fueling", "102 dollars" beside "US$92", "-0.2% of GDP" with the
# minus signs and semicolons.
# Periods: the decision and levels none, October inflation 2022-10, the forecasts 2022-2025 (see the header).
# Decided (news43 en12, news70 en04): the headline's "another 75bps" is the first printing of the move -> key +75 bp;
# the body's "by 75 basis points" an optional repeat; the repo rate 7 % key (no earlier level printed, none computed).
# The prime lending rate 10.5 % key (a rate level, "for 2022" in the basis, no period). October headline inflation
# 7.6 % key. The economists' and commentators' "75bps rise" a key consensus row. Vote counts not labelled; the two
# members' 100bps in September, the three members' 75bps (the decided move again) and the 2 members' 50bps optional
# (preferred moves and a repeat); "moves of 75bps or more are possible" optional (a reading of the vote, the same 75
# again). Inflation expectations 7.3 % key. The global growth forecast 1.9 % key ("lowered"; no earlier figure, no
# period printed). SA growth forecasts by year key ("lower than previous forecasts" prints no earlier figures). The
# oil price forecasts key in USD for 2022 and 2023 (per barrel not printed). The current-account forecasts key as % of
# GDP by year, negative as printed.
SARB = "South African Reserve Bank|Sarb|SARB|SA Reserve Bank|Reserve Bank|MPC"
ZA = "South Africa|SA|SA economy|South African economy|" + SARB
RC = "rate_change|repo_rate_change|rate_hike|interest_rate_change"
DRC = "dissent_rate_change|proposed_rate_change|rate_change"
GDPF = "gdp_growth_forecast|growth_forecast|gdp_forecast|economic_growth_forecast"
OIL = "oil|oil price|crude oil|Brent"
CAF = "current_account_forecast|current_account_balance_forecast|current_account_balance|current_account"
G["en11"] = ([
    m(RC, 75, "bp", SARB, basis="headline; another 75bps"),
    m(RC, 75, "bp", SARB, opt=True, basis="body repeat; 75 basis points"),
    m("repo_rate|policy_rate|interest_rate", 7, "%", SARB, basis="after the hike"),
    m("prime_lending_rate|prime_rate", 10.5, "%", SARB + "|SA|South Africa", basis="for 2022"),
    m("inflation|cpi_inflation|headline_inflation|cpi", 7.6, "%", ZA, "2022-10", basis="October headline inflation"),
    m("rate_change_consensus|rate_change_forecast|rate_hike_consensus", 75, "bp", SARB,
      basis="most economists and market commentators"),
    m(DRC, 100, "bp", "two MPC members|" + SARB, opt=True, basis="called for at the September meeting"),
    m(RC, 75, "bp", SARB, opt=True, basis="three members voted for (the decided move)"),
    m(DRC, 50, "bp", "2 MPC members|" + SARB, opt=True, basis="two members' preferred move this time"),
    m("rate_change_outlook|possible_rate_change|rate_change", 75, "bp", SARB, opt=True,
      basis="possible moves of 75bps or more"),
    m("inflation_expectations|expected_inflation", 7.3, "%", ZA, basis="at the October CPI reading"),
    m("global_growth_forecast|" + GDPF, 1.9, "%", "global economy|global|world|global growth", basis="Sarb; lowered"),
    m(GDPF, 1.8, "%", ZA, "2022", basis="lower than previous forecasts"),
    m(GDPF, 1.1, "%", ZA, "2023", basis="lower than previous forecasts"),
    m(GDPF, 1.4, "%", ZA, "2024", basis="lower than previous forecasts"),
    m(GDPF, 1.5, "%", ZA, "2025"),
    m("oil_price_forecast|oil_price_assumption|oil_price", 102, "USD", OIL, "2022",
      basis="Sarb forecast; printed '102 dollars'"),
    m("oil_price_forecast|oil_price_assumption|oil_price", 92, "USD", OIL, "2023", basis="Sarb forecast; printed 'US$92'"),
    m(CAF, -0.2, "%", ZA, "2022", basis="of GDP"),
    m(CAF, -1.5, "%", ZA, "2023", basis="of GDP"),
    m(CAF, -1.9, "%", ZA, "2024", basis="of GDP"),
    m(CAF, -2.1, "%", ZA, "2025", basis="of GDP"),
], [])

# ---------------------------------------------------------------- en12 Citibank, Morgan Stanley and Jefferies on Meituan (Yicai Global, yicaiglobal.com; Thursday November 30, 2023, no year printed): Citibank buy, HKD179 (USD22.92) from HKD214; Morgan Stanley to equal weight from overweight, HKD120 from HKD180; Jefferies buy, HKD230 from HKD255; shares +0.2% at HKD90.65 (USD11.61) after -12.2% the day before; third-quarter sales and marketing costs +55% to CNY16.9 billion (USD2.4 billion); Jefferies' forecast of +24% in delivery orders (HKD, USD, CNY, %)
# Several brokers' calls on one Hong Kong-listed company (news43 en08 had UBS on Hong Kong property stocks, news8 en16
# Goldman Sachs on Hong Kong banks, news7 en11 CMB Securities on Meituan in June 2024, news42 en08 two brokers on DBS;
# news28 en02 had the Hong Kong close of the day before, with Meituan's 12 per cent slump, from another outlet; these
# three calls, "HKD179", "HKD230", "CNY16.9 billion" and "24 percent" beside delivery orders appear in no earlier text;
# yicaiglobal.com in no source list). Of the kind's elements the page prints several brokers' calls with targets in
# HK$ (as "HKD"). Cut: the passage stops after the Jefferies sentence, before "In the three months ended Sept. 30,
# Meituan's net profit surged 195 percent to CNY3.6 billio", which breaks off mid-word (its 195 % and CNY3.6 billion go
# with the cut); the cut is at a sentence boundary. Dropped as furniture: the stray page code "} ?>" before the
# dateline. No headline in the stored text (the address slug is not page text; none added). No quotes (the brokers'
# and the chief executive's views are reported speech already). Kept as printed: the dateline "(Yicai) Nov. 30 --",
# "Citibank", "HKD179 (USD22.92)", "[HKG: 3690]", "HKD90.65 (USD11.61)", "CNY16.9 billion (USD2.4 billion)", the
# single quotes round the ratings, "'equal weight'" unhyphenated.
# Periods: none (see the header).
# Decided (news43 en08, news8 en16, news7 en11): Citibank "reduced its ... target price ... to HKD179 ... from HKD214
# while keeping its 'buy' rating" -> cut_target, buy, 179 from 214; Morgan Stanley "cut its target to HKD120 from
# HKD180 and lowered its rating to 'equal weight' from 'overweight'" -> downgrade, equal-weight from overweight, with
# both targets; Jefferies "trimmed ... to HKD230 from HKD255 and kept its 'buy' rating" -> cut_target, buy. The
# bracketed "(USD22.92)" conversion of Citibank's target optional (USD). The stock's moves key (+0.2 % today, -12.2 %
# yesterday); the close HKD90.65 and its USD conversion optional (price levels in a rating story). Sales and marketing
# costs +55 % and CNY16.9 billion key, the USD conversion optional (the three months ended Sept. 30 in the basis).
# Jefferies' forecast of a 24 % year-on-year jump in delivery orders a key estimate row. "Lowest in three and a half
# years" and "lowest since April 2020" not labelled.
MT = "Meituan|Meituan-W|Meituan Dianping|3690|HKG: 3690"
CITI = "Citibank|Citi|Citigroup|Citi Research"
SMC = "sales_and_marketing_costs|selling_and_marketing_expenses|sales_and_marketing_expenses|marketing_expenses"
G["en12"] = ([
    m("target_price|price_target", 22.92, "USD", MT, opt=True, basis="Citibank; conversion in brackets"),
    m("price_change|share_price_change", 0.2, "%", MT, basis="today; in Hong Kong"),
    m("price|close|share_price", 90.65, "HKD", MT, opt=True, basis="close today"),
    m("price|close|share_price", 11.61, "USD", MT, opt=True, basis="close today; conversion in brackets"),
    m("price_change|share_price_change", -12.2, "%", MT, basis="yesterday; lowest since April 2020"),
    m("sales_and_marketing_costs_growth|selling_and_marketing_expenses_growth|marketing_expenses_growth", 55, "%", MT,
      basis="three months ended Sept. 30; from a year earlier"),
    m(SMC, 16.9e9, "CNY", MT, basis="three months ended Sept. 30"),
    m(SMC, 2.4e9, "USD", MT, opt=True, basis="three months ended Sept. 30; conversion in brackets"),
    m("delivery_orders_growth_forecast|order_growth_forecast|delivery_orders_growth", 24, "%", MT,
      basis="Jefferies forecast; year-on-year jump in delivery orders"),
], [
    ra(CITI, MT, "cut_target", "buy", target=179, prior_target=214, cur="HKD"),
    ra("Morgan Stanley|MS", MT, "downgrade", "equal-weight", "overweight", target=120, prior_target=180, cur="HKD"),
    ra("Jefferies|Jefferies Financial Group", MT, "cut_target", "buy", target=230, prior_target=255, cur="HKD"),
])
