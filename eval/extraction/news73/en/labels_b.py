# Hand-written gold labels for news73/en en07-en12 (batch b: English news from Asia, the Pacific, Africa, the Middle
# East and Latin America, six kinds of story — a Japanese trading house's raised forecast and first half in yen
# (Mitsubishi Corp's record 1.03 trillion yen full-year net profit forecast raised 21% from its May estimate against the
# Refinitiv poll, the record April-September first half, the raised annual dividend forecast, a buyback of up to 70
# billion yen, the total payout ratio and its 30-40% target, from Business Recorder, brecorder.com); a Chinese
# e-commerce company's quarter reported in English in yuan and dollars (JD.com's second quarter of 2021 with net and
# service revenues, GAAP and non-GAAP income from operations and net income, JD Retail's margin, diluted and non-GAAP
# diluted net income per ADS against the second quarter of 2020 and annual active customer accounts, from
# fashionunited.uk); a Thai central bank decision (the Bank of Thailand's 25 bp hike to 2.50%, the cumulative 200 bp,
# the Reuters poll, revised growth, tourist-arrival and inflation forecasts for 2023 and 2024, growth last year and in
# the April-June quarter; Reuters via kdal610.com); an Indian bank's quarter in crore (South Indian Bank's Q2FY24 net
# profit, NII, NIM, other income, pre-provision operating profit, provisions, gross and net NPA with their bp falls,
# retail and NRI deposits, CASA, advances and the corporate book, from Elets BFSI, bfsi.eletsonline.com); a gold and
# copper market report (spot gold, futures, India's imports in tonnes, SPDR Gold Trust's holdings in tonnes, silver,
# platinum, palladium, LME copper and aluminium in $ a tonne, the Shanghai premium in yuan and LME lots, from the
# Chinese aluminium site worldal.com); and an Australian market close (the S&P/ASX200 and All Ordinaries in points and
# per cent, an analyst's chart levels, the financial sector and seven movers with A$ prices, the gold record in $US, the
# Herald Sun story as stored at newsbite.mooo.com)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and
# sources files; unit strings and metric names were checked against earlier sets' labels_*.py files), and no other
# batch's texts, labels or sources were read (so the check against the other news73 batch's sources could not be made
# from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news72/en/README.md, with: news71 en07, news64 en08 and news25 en01 (a Japanese company's forecast revision in yen: the
# new forecast key with the earlier one as prior plus an optional earlier row, a poll's mean a *_consensus row, the
# analyst count optional, a bracketed $ conversion optional); news36 en05 (a Chinese internet company's quarter in RMB
# and US$: "X compared to Y in the same period" -> key with prior plus an optional year-ago row, every conversion
# optional, per-ADS figures in the reporting currency with "per ADS" in the basis); news21 en09, news65 en10 and news22
# en03 (an Asian central bank: the move in bp and the new rate key without a period, the poll's counts optional in
# "economists", each forecast "to X from Y" key with prior plus an optional earlier row); news40 en02 and news71 en11 (an
# Indian quarter in crore: crore = 1e7, Q2FY24 -> FY2024Q2, earlier quarters named in a sentence of their own as key
# rows with their own periods and no prior, "to X from Y" key with prior plus optional earlier row); news36 en04 and
# news72 en06 (a metals report: per-ounce and per-tonne prices in USD with the unit in the basis, ETF holdings in tonnes,
# intraday and historic extremes optional, futures moves in USD, volume in lots key); news53 en04, news42 en09 and news71
# en12 (an Australian close: index % and levels key, "$" on an Australian page -> AUD, movers' % and prices key, chart
# levels and sector counts optional, no periods).
# Currencies: en07 "yen" -> JPY, "$" in the bracketed conversion -> USD; en08 "Chinese yuan" -> CNY, "dollars" and
# "cents" -> USD ("8 cents" -> 0.08, "45 cents" -> 0.45); en09 none (%, bp, counts); en10 "₹" -> INR; en11 "$" -> USD
# (per ounce or per tonne), "yuan" -> CNY (the Shanghai premium); en12 "$" on an Australian page -> AUD, "$US" -> USD.
# Scaling: values fully scaled ("1.03 trillion yen" -> 1.03e12, "850 billion yen" -> 850e9, "253.8 billion Chinese yuan"
# -> 253.8e9, "139.3 billion dollars" -> 139.3e9 as printed, "300.8 million" -> 300.8e6, "531.9 million" -> 531.9e6,
# "28.5 million" -> 28.5e6, "₹275 crore" -> 2.75e9, "₹93,448 crore" -> 9.3448e11, "1,316.177 tonnes" -> 1316.177); declines
# negative ("down 72 per cent YoY" -> -72, "fell by 71 basis points" -> -71 bp, "declined, by 81 basis points" -> -81 bp,
# "$6.90 lower" -> -6.90, "dropped by 75 percent" -> -75, "fell about 0.7 percent" -> -0.7, "down 2.4 per cent" -> -2.4,
# "off 1.2 per cent" -> -1.2); levels stay positive; hedges in the basis ("over", "about", "nearly", "more than", "up
# to", "probably", "almost").
# Periods decided: en07 prints no year (the forecast is "for the year ending March 31" and the half "April-September",
# the invasion of Ukraine "this year") -> no periods (decided: the year is not printed and is not taken from the
# address or outside knowledge). en08 "the second quarter" set against "the second quarter of 2020" with customer counts
# to "June 30, 2021" -> 2021Q2 for the quarter and 2020Q2 for the year-earlier figures (clearly implied); the twelve-month
# customer counts are trailing spans -> no period, the span in the basis (as news72 en07's trailing returns). en09 "its
# 2023 economic growth forecast", "its 2024 growth outlook", "this year" / "next year" -> 2023 / 2024; "growth last year"
# -> 2022 and "the April-June quarter" -> 2023Q2 (clearly implied by the 2023 forecasts); "pre-pandemic 2019" -> 2019;
# the decision itself ("on Wednesday") and the rate level -> none (news21 en09); the cumulative move "since August
# 2022" -> none, the span in the basis. en10 "Q2FY24" / "Q2 FY24" -> FY2024Q2, "Q1FY24" -> FY2024Q1, "Q2FY23" / "Q2 FY23"
# / "the same period of the previous year" -> FY2023Q2 (Indian fiscal years written FY as in the development corpus);
# the quarter's deposit and advance balances -> FY2024Q2 (decided: the report's quarter, as news31 en08's deposits),
# the advances' earlier level (no period printed with it) none. en11 a market report with no year printed -> no
# periods ("June" for India's imports in the basis). en12 a market close with no year printed -> no periods ("2007",
# "January", "October" are dates of chart points).
# Quotes rendered as reported speech (the set never copies third-party sentences): Katsuya Nakanishi's three quoted
# sentences (en07; "30-40%" kept), Richard Liu's two quoted sentences (en08; "532 million customers" kept), Tony
# Sycamore's two quoted sentences (en12; "7780-ish", "7900-8000" and "6751-low" kept). Not labelled: dates and times
# ("Tuesday", "March 31", "May", "June 30, 2021" as a date, "August 2022" as a date, "Wednesday", "last month", "1515
# GMT", "1404 GMT", "Monday", "Friday", "Thursday", "2007", "January", "October"), ranks and spans ("an eighth meeting
# in a row", "the top consumer", "the world's largest", "its highest in almost a month", "largest advances ever", "the
# big four banks", "a multi-year trend line"), words without a figure ("hundreds of thousands of full-time employees",
# "millions of partners", "gains appeared limited").

# ---------------------------------------------------------------- en07 Mitsubishi Corp raises its full-year forecast (Business Recorder, brecorder.com; no year printed): full-year net profit forecast +21% to a record 1.03 trillion yen ($7 billion), over 1 trillion yen from the May estimate of 850 billion yen, Refinitiv mean 1.08 trillion yen from 10 analysts; April-September first half almost doubled to a record 720 billion yen; annual dividend forecast 155 yen from 150 yen; buyback up to 70 billion yen; total payout ratio 28.7%, target 30-40% (JPY, USD, %)
# A Japanese trading house's results and revised forecast in yen (news64 en08 had the trading houses' forecasts raised
# in another quarter — "above 800 billion yen", Mitsubishi's 820 billion yen; news71 en07 Toyota; "1.03 trillion",
# "720 billion", "155 yen", "70 billion yen" as a buyback, Nakanishi and Refinitiv's "1.08 trillion" appear in no
# earlier text; this brecorder.com address in no source list — other brecorder.com pages are). Of the kind's elements
# the page prints the net profit (the first half's), the full-year forecast, the buyback and the dividend. Whole as
# stored apart from the related-story link "Global LNG: Asia prices edge down on ample inventories" inside the text and
# the closing "Comments" label, dropped as furniture. No headline in the stored text (it opens with the dateline
# "TOKYO:"; none added). Quotes: Nakanishi's three quoted sentences rendered as reported speech. Kept as printed:
# "Mitsubishi Corp", "21%", "1.03 trillion yen ($7 billion)", "liquefied natural gas (LNG)", "over 1 trillion yen",
# "850 billion yen", "1.08 trillion yen", "10 analysts", "Refinitiv", "April-September first half", "720 billion yen",
# "155 yen per share", "150 yen", "70 billion yen", "28.7%", "30-40%", "Mitsui & Co", "U.S. dollar".
# Periods: none (see the header).
# Decided: the forecast "lifted ... by 21%, to a record 1.03 trillion yen" and "over 1 trillion yen, up from the 850
# billion yen it had estimated in May" are one revision -> key 1.03e12 with prior 850e9, key +21 % revision, the May
# estimate an optional earlier row and the rounded "over 1 trillion yen" an optional restatement; the ($7 billion)
# conversion optional. "The 1.08 trillion yen that 10 analysts polled by Refinitiv expected on average" -> key consensus,
# the analyst count optional. The first half's record 720 billion yen key; "almost doubled" an optional 2 x (word
# multiple, as earlier sets). Dividend forecast 155 yen with prior 150 (optional earlier row). Buyback "up to 70 billion
# yen" key (hedge in the basis); total payout ratio 28.7 % key; the 30-40 % total payout ratio target a key range.
MC = "Mitsubishi Corp|Mitsubishi|Mitsubishi Corporation"
GNP = "guidance_net_profit|net_profit_forecast|net_income_forecast|guidance_net_income"
DIV = "dividend_forecast|annual_dividend|dividend_per_share|dps_forecast|dps"
G["en07"] = ([
    m(GNP, 1.03e12, "JPY", MC, prior=850e9, basis="full-year; record; raised"),
    m("guidance_net_profit_change|net_profit_forecast_change|forecast_revision|guidance_change", 21, "%", MC,
      basis="forecast lifted by"),
    m(GNP, 7e9, "USD", MC, opt=True, basis="conversion in brackets"),
    m(GNP, 1e12, "JPY", MC, opt=True, basis="over 1 trillion yen; rounded restatement; year ending March 31"),
    m(GNP, 850e9, "JPY", MC, opt=True, basis="May estimate"),
    m("net_profit_consensus|net_profit_estimate|consensus_net_profit|net_income_consensus", 1.08e12, "JPY", MC,
      basis="Refinitiv poll, mean estimate"),
    m("analysts|analyst_count|analysts_polled", 10, "analysts", MC, opt=True, basis="Refinitiv poll"),
    m("net_profit|net_income", 720e9, "JPY", MC, basis="April-September first half; record"),
    m("net_profit_growth|net_income_growth", 2, "x", MC, opt=True, basis="almost doubled; first half"),
    m(DIV, 155, "JPY", MC, prior=150, basis="annual, per share; forecast"),
    m(DIV, 150, "JPY", MC, opt=True, basis="earlier guidance"),
    m("buyback|share_buyback|buyback_amount", 70e9, "JPY", MC, basis="up to; own shares"),
    m("total_payout_ratio|payout_ratio", 28.7, "%", MC),
    m("total_payout_ratio_target|payout_ratio_target|total_payout_ratio", None, "%", MC, rng=(30, 40),
      basis="target"),
], [])

# ---------------------------------------------------------------- en08 JD.com's second quarter of 2021 (fashionunited.uk; second quarter against the second quarter of 2020): net revenues 253.8 billion yuan (139.3 billion dollars as printed), +26.2%; net service revenues 34.1 billion yuan (5.3 billion dollars), +49.2%; 532 million customers (quote); income from operations 300.8 million yuan (46.6 million dollars) against 5 billion; non-GAAP 2.5 billion (0.4 billion dollars) against 5.6 billion; JD Retail operating margin 2.6%; net income 794.3 million yuan (123 million dollars) against 16.4 billion; non-GAAP 4.6 billion (0.7 billion dollars) against 5.9 billion; diluted per ADS 0.50 yuan (8 cents) against 10.47; non-GAAP diluted per ADS 2.90 yuan (45 cents) against 3.51; annual active customer accounts +27.4% to 531.9 million from 417.4 million (CNY, USD, %, customers)
# A Chinese e-commerce company's quarter reported in English (news36 en05 had Momo's quarter in RMB and US$; news52
# zh06 a broker's target on JD in Chinese; JD.com's results, "253.8 billion", "794.3 million", "531.9 million" and
# "10.47" as a per-ADS figure appear in no earlier English text; fashionunited.uk in no source list — a fashionunited.in
# page is). Of the kind's elements the page prints revenue, net income and non-GAAP ("adjusted") net income in yuan
# with dollar conversions and both per-ADS figures; it prints no consensus. Whole as stored. No headline in the stored
# text (it opens with the lead; the address slug is not page text; none added). Quotes: Richard Liu's two quoted
# sentences rendered as reported speech ("532 million customers" kept). Kept as printed: "JD.com, Inc.", "Chinese yuan"
# written out, the conversion "(139.3 billion dollars)" (the source's figure for the net revenues, kept), "(8 cents)",
# "(45 cents)", "(0.4 billion dollars)", "(0.7 billion dollars)", "non-GAAP", "per ADS", "JD Retail", "twelve months
# ended June 30, 2021".
# Periods: 2021Q2 and 2020Q2; the customer counts over trailing twelve months none (see the header).
# Decided: every bracketed dollar conversion optional, the printed 139.3 billion included as printed (the source's own
# figure; a conversion). Revenue and service revenue with their growth key. Income from operations, non-GAAP income
# from operations, net income and non-GAAP net income "X ..., against / compared with Y in the same period last year /
# the second quarter of 2020" -> key with prior plus an optional 2020Q2 row (news36 en05); non-GAAP in the basis (the
# kind's "adjusted"). JD Retail's 2.6 % operating margin key on JD Retail (the group among the alternatives). Per-ADS
# figures in CNY with prior and optional rows, the cent conversions optional. Annual active customer accounts 531.9
# million with prior 417.4 million and key +27.4 %, the earlier count optional. The CEO's "532 million customers" is
# the rounded count of the same accounts -> optional.
JD = "JD.com|JD.com, Inc.|JD|JD.com Inc"
Q, P = "2021Q2", "2020Q2"
REV = "revenue|net_revenues|net_revenue|revenues"
SREV = "net_service_revenues|service_revenue|services_revenue|revenue"
OI = "operating_income|income_from_operations|operating_profit"
NI = "net_income|net_profit|net_income_attributable"
EPADS = "eps_per_ads|eps|diluted_eps_per_ads|net_income_per_ads"
CUS = "annual_active_customers|active_customer_accounts|active_customers|customers"
G["en08"] = ([
    m(REV, 253.8e9, "CNY", JD, Q),
    m(REV, 139.3e9, "USD", JD, Q, opt=True, basis="conversion in brackets, as printed"),
    m("revenue_growth|net_revenue_growth|sales_growth", 26.2, "%", JD, Q, basis="on the second quarter of 2020"),
    m(SREV, 34.1e9, "CNY", JD, Q, basis="net service revenues"),
    m(SREV, 5.3e9, "USD", JD, Q, opt=True, basis="net service revenues; conversion"),
    m("net_service_revenues_growth|service_revenue_growth|revenue_growth", 49.2, "%", JD, Q),
    m(CUS, 532e6, "customers", JD, opt=True, basis="CEO's remark; rounded"),
    m(OI, 300.8e6, "CNY", JD, Q, prior=5e9),
    m(OI, 46.6e6, "USD", JD, Q, opt=True, basis="conversion"),
    m(OI, 5e9, "CNY", JD, P, opt=True, basis="same period last year"),
    m(OI, 2.5e9, "CNY", JD, Q, prior=5.6e9, basis="non-GAAP"),
    m(OI, 0.4e9, "USD", JD, Q, opt=True, basis="non-GAAP; conversion"),
    m(OI, 5.6e9, "CNY", JD, P, opt=True, basis="non-GAAP; second quarter of 2020"),
    m("operating_margin", 2.6, "%", "JD Retail|" + JD, Q, basis="JD Retail"),
    m(NI, 794.3e6, "CNY", JD, Q, prior=16.4e9),
    m(NI, 123e6, "USD", JD, Q, opt=True, basis="conversion"),
    m(NI, 16.4e9, "CNY", JD, P, opt=True, basis="same period a year before"),
    m(NI, 4.6e9, "CNY", JD, Q, prior=5.9e9, basis="non-GAAP"),
    m(NI, 0.7e9, "USD", JD, Q, opt=True, basis="non-GAAP; conversion"),
    m(NI, 5.9e9, "CNY", JD, P, opt=True, basis="non-GAAP; year-earlier period"),
    m(EPADS, 0.50, "CNY", JD, Q, prior=10.47, basis="diluted, per ADS"),
    m(EPADS, 0.08, "USD", JD, Q, opt=True, basis="diluted, per ADS; 8 cents"),
    m(EPADS, 10.47, "CNY", JD, P, opt=True, basis="diluted, per ADS; second quarter of 2020"),
    m(EPADS, 2.90, "CNY", JD, Q, prior=3.51, basis="non-GAAP diluted, per ADS"),
    m(EPADS, 0.45, "USD", JD, Q, opt=True, basis="non-GAAP diluted, per ADS; 45 cents"),
    m(EPADS, 3.51, "CNY", JD, P, opt=True, basis="non-GAAP diluted, per ADS; a year before"),
    m(CUS, 531.9e6, "customers", JD, prior=417.4e6, basis="annual active customer accounts; twelve months ended June 30, 2021"),
    m(CUS, 417.4e6, "customers", JD, opt=True, basis="twelve months ended June 30, 2020"),
    m("annual_active_customers_growth|active_customers_growth|customer_growth", 27.4, "%", JD,
      basis="annual active customer accounts"),
], [])

# ---------------------------------------------------------------- en09 The Bank of Thailand's September 2023 hike (Reuters via kdal610.com; 2023 by the text's forecasts): one-day repurchase rate +25 bp to 2.50%, +200 bp since August 2022; Reuters poll 6 of 27 for a quarter-point hike, 21 for no change; growth forecast 2023 2.8% from 3.6%, 2024 4.4% from 3.8%; growth 2.6% last year; April-June 1.8% y/y; foreign arrivals 28.5 million (from 29 million) this year and 35 million (from 35.5 million) next year; 2019 record nearly 40 million, more than 11% of GDP; headline inflation 1.6% this year (from 2.5%), 2.6% for 2024 (from 2.4%) (bp, %, arrivals)
# A Thai central bank decision (news22 en03 had the Bank of Thailand's cut to 1.25 %, another decision; news21 en09 and
# news65 en10 other Asian central banks; "2.50%" as the Thai rate, "28.5 million", "35.5 million" and the eighth
# straight hike appear in no earlier text; this kdal610.com address in no source list — another kdal610.com page is).
# Of the kind's elements the page prints the rate, the basis points, the inflation forecasts and the poll. Whole as
# stored apart from the closing reporting and editing credits, dropped as furniture. No headline in the stored text (it
# opens with the dateline "BANGKOK (Reuters) –"; none added). No quotes. Kept as printed: "BANGKOK (Reuters) –", "(BOT)",
# "one-day repurchase rate", "25 basis point", "2.50%", "200 basis points", "August 2022", "27 economists", "six",
# "quarter-point", "21", "2.8%", "3.6%", "4.4%", "3.8%", "2.6%", "1.8% year-on-year", "April-June quarter", "28.5
# million", "35 million", "29 million", "35.5 million", "2019", "nearly 40 million", "more than 11% of GDP", "1.6%",
# "2.5%", "2.6%", "2.4%".
# Periods: 2023, 2024, 2022, 2023Q2, 2019; the decision none (see the header).
# Decided: the hike +25 bp and the new 2.50 % key; "gone up by 200 basis points" since August 2022 -> a key cumulative
# change (span in the basis). The poll: six, 27 and 21 economists optional counts (news21 en09); the "quarter-point hike"
# the six predicted restates the move -> an optional 0.25 pp. Growth forecasts "for 2023 to 2.8% from the 3.6%" and "for
# 2024 to 4.4% from 3.8%" -> key with prior plus optional earlier rows. Last year's 2.6 % and the April-June 1.8 % y/y
# key. Arrivals "28.5 million ... and 35 million ..., where it had earlier forecast 29 million and 35.5 million,
# respectively" -> two key forecast rows in "arrivals" with priors plus optional earlier rows. The 2019 record of nearly
# 40 million tourists and their "more than 11% of GDP" are historic figures -> optional. Inflation forecasts 1.6 % (2023,
# prior 2.5) and 2.6 % (2024, prior 2.4) key with optional earlier rows.
BOT = "Bank of Thailand|BOT|Thai central bank|Thailand"
TH = "Thailand|Thai economy|Southeast Asia's second-largest economy|Bank of Thailand|BOT"
GDPF = "gdp_growth_forecast|growth_forecast|gdp_forecast|economic_growth_forecast"
ARR = "foreign_arrivals_forecast|tourist_arrivals_forecast|arrivals_forecast|foreign_arrivals"
INF = "inflation_forecast|headline_inflation_forecast|cpi_forecast"
G["en09"] = ([
    m("rate_change|policy_rate_change|rate_hike", 25, "bp", BOT, basis="one-day repurchase rate; unexpected"),
    m("policy_rate|one_day_repurchase_rate|interest_rate|repurchase_rate", 2.50, "%", BOT),
    m("cumulative_rate_change|rate_change|cumulative_hikes", 200, "bp", BOT, basis="since August 2022"),
    m("economists_expecting|analysts_expecting", 6, "economists", BOT, opt=True, basis="predicted a quarter-point hike"),
    m("poll_size|economists_polled", 27, "economists", BOT, opt=True, basis="Reuters poll"),
    m("economists_expecting_hold|economists_expecting", 21, "economists", BOT, opt=True, basis="no policy change"),
    m("rate_change_forecast|rate_change|rate_hike", 0.25, "pp", BOT, opt=True,
      basis="quarter-point hike forecast by six economists"),
    m(GDPF, 2.8, "%", TH, "2023", prior=3.6, basis="lowered"),
    m(GDPF, 3.6, "%", TH, "2023", opt=True, basis="projected earlier"),
    m(GDPF, 4.4, "%", TH, "2024", prior=3.8, basis="lifted"),
    m(GDPF, 3.8, "%", TH, "2024", opt=True, basis="earlier outlook"),
    m("gdp_growth|economic_growth", 2.6, "%", TH, "2022", basis="growth last year"),
    m("gdp_growth|gdp_growth_yoy|economic_growth", 1.8, "%", TH, "2023Q2", basis="year-on-year; April-June quarter"),
    m(ARR, 28.5e6, "arrivals", TH, "2023", prior=29e6, basis="foreign arrivals, this year"),
    m(ARR, 29e6, "arrivals", TH, "2023", opt=True, basis="earlier forecast"),
    m(ARR, 35e6, "arrivals", TH, "2024", prior=35.5e6, basis="foreign arrivals, next year"),
    m(ARR, 35.5e6, "arrivals", TH, "2024", opt=True, basis="earlier forecast"),
    m("foreign_tourists|tourist_arrivals|foreign_arrivals", 40e6, "tourists", TH, "2019", opt=True,
      basis="nearly; pre-pandemic record"),
    m("tourism_share_of_gdp|share_of_gdp|tourist_spending_share", 11, "%", TH, "2019", opt=True,
      basis="more than; foreign tourists' spending"),
    m(INF, 1.6, "%", TH, "2023", prior=2.5, basis="headline inflation, this year"),
    m(INF, 2.5, "%", TH, "2023", opt=True, basis="projected earlier"),
    m(INF, 2.6, "%", TH, "2024", prior=2.4, basis="headline inflation; raised"),
    m(INF, 2.4, "%", TH, "2024", opt=True, basis="seen earlier"),
], [])

# ---------------------------------------------------------------- en10 South Indian Bank's Q2FY24 (Elets BFSI, bfsi.eletsonline.com): net profit +23.3% to ₹275 crore (₹202 crore in Q1FY24, ₹223 crore a year earlier); NII +14% to ₹830 crore from ₹726 crore; NIM 3.33% from 2.98%; other income ₹355 crore from ₹255 crore, +39.21%; pre-provision operating profit ₹460 crore from ₹425 crore; provisions ₹51 crore, -72% from ₹179 crore; gross NPA -71 bp to 4.96%; net NPA -81 bp to 1.70%; retail deposits ₹87,111 crore to ₹93,448 crore, +₹6,337 crore, +7.3%; NRI deposits +₹1,285 crore to ₹28,785 crore, +4.7%; CASA +1.8%, savings banks +1.8%, CDs +1.7%; advances ₹74,947 crore, +10% from ₹67,963 crore; corporate segment +₹6,859 crore to ₹27,491 crore, +33.2% (INR, %, bp)
# An Indian bank's quarter in crore (news40 en02 had IDBI Bank's Q2FY24 from Mint, news71 en11 HCLTech's quarter; South
# Indian Bank, "₹93,448 crore", "₹74,947 crore" and "4.96" as an NPA ratio appear in no earlier English text; this
# eletsonline.com address in no source list). Of the kind's elements the page prints NII, NIM, gross and net NPA (as
# ratios with their bp changes; no NPA amounts) and provisions in crore. Whole as stored apart from the closing
# subscription note of the magazine ("Elets The Banking and Finance Post Magazine ... Subscribe here"), dropped as
# furniture. No headline in the stored text (it opens with the lead; none added). No quotes. Kept as printed: "₹", "per
# cent", "crore", "Q2FY24" beside "Q2 FY24" and "Q2 FY23" with and without the space, "Q1FY24", "(NII)", "(YoY)", "(NPA)",
# "39.21 per cent", "71 basis points", "81 basis points", "NRI deposits", "the CASA", "savings banks", "CDs".
# Periods: FY2024Q2, FY2024Q1, FY2023Q2 (see the header).
# Decided: net profit ₹275 crore and +23.3 % key; "₹202 crore in Q1FY24, and ... ₹223 crore" the year before, printed in
# a sentence of their own with two comparison points -> key rows with their own periods, no prior (news40 en02's NIM).
# NII, NIM, other income, pre-provision operating profit and provisions "to X from Y" -> key with prior plus optional
# FY2023Q2 rows; their printed % changes key (provisions -72 %). Gross NPA "fell by 71 basis points YoY, ending Q2FY24
# at 4.96 per cent" -> key ratio and key -71 bp change (no earlier ratio printed; none computed); net NPA likewise (-81
# bp, 1.70 %). Retail deposits "from ₹87,111 crore to ₹93,448 crore, a rise of ₹6,337 crore, or 7.3 per cent YoY" ->
# key level with prior, optional FY2023Q2 row, key change and key growth. NRI deposits' change, level and growth key;
# CASA, savings bank and CD growth key on their own entities. Advances "₹74,947 crore, 10 per cent above ₹67,963 crore"
# -> key level with prior plus an optional earlier row (no period printed with it) and key growth; the corporate
# segment's change, level and growth key.
SIB = "South Indian Bank|SIB|South Indian Bank Ltd"
Q, Q1, P = "FY2024Q2", "FY2024Q1", "FY2023Q2"
CR = 1e7
NP = "net_profit|net_income|profit_after_tax"
NII = "net_interest_income|nii"
NIM = "net_interest_margin|nim"
OTH = "other_income|non_interest_income"
PPOP = "pre_provision_operating_profit|operating_profit|ppop"
PROV = "provisions|provisions_and_contingencies|loan_loss_provisions"
RD = "retail_deposits|deposits"
NRI = "nri_deposits|deposits"
ADV = "advances|gross_advances|loans"
CORP = "corporate segment|corporate advances|corporate book|" + SIB
G["en10"] = ([
    m(NP, 275 * CR, "INR", SIB, Q, basis="₹275 crore"),
    m("net_profit_growth|net_income_growth|profit_growth", 23.3, "%", SIB, Q),
    m(NP, 202 * CR, "INR", SIB, Q1, basis="₹202 crore"),
    m(NP, 223 * CR, "INR", SIB, P, basis="same period of the previous year; ₹223 crore"),
    m(NII, 830 * CR, "INR", SIB, Q, prior=726 * CR),
    m("net_interest_income_growth|nii_growth", 14, "%", SIB, Q, basis="year over year"),
    m(NII, 726 * CR, "INR", SIB, P, opt=True),
    m(NIM, 3.33, "%", SIB, Q, prior=2.98, basis="widened"),
    m(NIM, 2.98, "%", SIB, P, opt=True),
    m(OTH, 355 * CR, "INR", SIB, Q, prior=255 * CR),
    m(OTH, 255 * CR, "INR", SIB, P, opt=True),
    m("other_income_growth|non_interest_income_growth", 39.21, "%", SIB, Q, basis="YoY"),
    m(PPOP, 460 * CR, "INR", SIB, Q, prior=425 * CR, basis="pre-provision"),
    m(PPOP, 425 * CR, "INR", SIB, P, opt=True, basis="pre-provision; same quarter of the previous year"),
    m(PROV, 51 * CR, "INR", SIB, Q, prior=179 * CR),
    m(PROV, 179 * CR, "INR", SIB, P, opt=True, basis="same period a year earlier"),
    m("provisions_change|provisions_growth|provision_change", -72, "%", SIB, Q, basis="YoY"),
    m("gross_npa_ratio|gross_npa|gnpa_ratio", 4.96, "%", SIB, Q),
    m("gross_npa_ratio_change|gross_npa_change|gnpa_change", -71, "bp", SIB, Q, basis="YoY"),
    m("net_npa_ratio|net_npa|nnpa_ratio", 1.70, "%", SIB, Q),
    m("net_npa_ratio_change|net_npa_change|nnpa_change", -81, "bp", SIB, Q),
    m(RD, 93448 * CR, "INR", SIB, Q, prior=87111 * CR, basis="retail deposits"),
    m(RD, 87111 * CR, "INR", SIB, P, opt=True, basis="retail deposits; a year earlier"),
    m("retail_deposits_change|deposits_change|deposit_change", 6337 * CR, "INR", SIB, Q, basis="retail deposits"),
    m("retail_deposits_growth|deposit_growth|deposits_growth", 7.3, "%", SIB, Q, basis="retail deposits; YoY"),
    m("nri_deposits_change|deposits_change|deposit_change", 1285 * CR, "INR", SIB, Q, basis="NRI deposits; YoY"),
    m(NRI, 28785 * CR, "INR", SIB, Q, basis="NRI deposits"),
    m("nri_deposits_growth|deposit_growth|deposits_growth", 4.7, "%", SIB, Q, basis="NRI deposits; YoY"),
    m("casa_growth|casa_deposits_growth|deposit_growth", 1.8, "%", SIB, Q, basis="CASA; YoY"),
    m("savings_deposits_growth|savings_bank_growth|deposit_growth", 1.8, "%", "savings banks|savings bank deposits|" + SIB,
      Q, basis="savings banks"),
    m("current_deposits_growth|cd_growth|deposit_growth", 1.7, "%", "CDs|current deposits|" + SIB, Q, basis="CDs"),
    m(ADV, 74947 * CR, "INR", SIB, Q, prior=67963 * CR, basis="largest ever"),
    m(ADV, 67963 * CR, "INR", SIB, opt=True, basis="earlier level"),
    m("advances_growth|loan_growth|gross_advances_growth", 10, "%", SIB, Q),
    m("corporate_advances_change|advances_change|segment_change", 6859 * CR, "INR", CORP, Q),
    m("corporate_advances|advances|segment_advances", 27491 * CR, "INR", CORP, Q),
    m("corporate_advances_growth|advances_growth|segment_growth", 33.2, "%", CORP, Q, basis="YoY"),
], [])

# ---------------------------------------------------------------- en11 Gold and copper on a Monday (worldal.com; no year printed): spot gold $1,248 against $1,253.40 on Friday, session high $1,262.45, all-time high $1,264.90 last Monday; August futures -$6.90 at $1,249.30; India's June imports probably -75% from 29.9 tonnes a year ago; SPDR Gold Trust unchanged at a record 1,316.177 tonnes; silver flat at $19.03 from $19.04; platinum +0.1% to $1,568.50; palladium about -0.7% to $471.15; LME three-month copper $6,825 a tonne (high $6,873) against $6,760 on Friday (Friday's $6,875 high); Shanghai premium 62 yuan from 415 yuan; more than 4,600 lots; LME aluminium $2,018.15 against $1,996 (USD, CNY, %, tonnes, lots)
# A gold, silver and copper market report (news36 en04 had a precious-metals report from Business Recorder, news72 en06
# oil and gas, news20 en04 metals futures; "1,316.177", "$1,248", "$6,825", "471.15", "2,018.15" and the Bombay Bullion
# Association appear in no earlier text; this worldal.com address in no source list — another worldal.com page is).
# Of the kind's elements the page prints spot prices in $ an ounce and a tonne, moves, the ETF's holdings and tonnes.
# Cut: the passage stops after the aluminium sentence, before "Aluminium smelters in China's Henan province plan to
# idle 700,000 tonnes of annual production capacity by early July on low prices and high cos", where the stored text
# breaks off (the 700,000 tonnes go with the cut); the cut is at a sentence boundary. No headline in the stored text (it
# opens with the dateline "LONDON:"; none added). No quotes. Kept as printed: the inline subheading "Copper climbs:",
# "1515 GMT", "1404 GMT", "$1,253.40", "all-time high", "August delivery", "Bombay Bullion Association", "75 percent",
# "29.9 tonnes", "1,316.177 tonnes" with three decimals, "platinum group metals", "three months delivery" (rendered
# "three-month copper"), "$6,825 a tonne", "62 yuan from 415 yuan", "4,600 lots", the typo "gone though", "LME
# aluminium".
# Periods: none (see the header).
# Decided: spot gold "$1,248 ..., against $1,253.40 in New York on Friday" -> key with prior plus an optional Friday row;
# the session high and last Monday's all-time high optional (intraday and historic extremes, news36 en04). Futures
# -$6.90 and $1,249.30 key. India's imports "probably dropped by 75 percent in June, from 29.9 tonnes a year ago" -> key
# -75 % (hedge in the basis) and the year-ago level a key row of its own in tonnes (the only level printed; the June
# level is not computed). SPDR Gold Trust's 1,316.177 tonnes key; "unchanged" an optional 0-tonne change. Silver "flat
# at $19.03 ..., from $19.04" -> key with prior, the Friday row and the flat 0 % optional. Platinum and palladium moves
# and levels key. Copper "$6,825 a tonne ..., against $6,760 on Friday" -> key with prior plus an optional Friday row;
# the day's $6,873 high and Friday's $6,875 peak optional. The Shanghai premium 62 yuan with prior 415 (optional row) key
# in CNY; "more than 4,600 lots" key volume in lots. Aluminium $2,018.15 with prior $1,996 (optional row) key.
GOLD = "gold|spot gold|XAU"
GF = "US gold futures|gold futures|August gold futures|COMEX gold"
GLD = "SPDR Gold Trust|SPDR Gold Shares|SPDR|GLD"
SILV = "silver|spot silver|XAG"
CU = "copper|LME copper|three-month copper|London Metal Exchange copper"
AL = "aluminium|LME aluminium|aluminum"
PX = "price|spot_price|gold_price"
PCH = "price_change|futures_change"
G["en11"] = ([
    m(PX, 1248, "USD", GOLD, prior=1253.40, basis="per ounce; last, by 1515 GMT"),
    m(PX, 1253.40, "USD", GOLD, opt=True, basis="per ounce; New York on Friday"),
    m("session_high|intraday_high|price", 1262.45, "USD", GOLD, opt=True, basis="session high"),
    m("record_high|all_time_high|price", 1264.90, "USD", GOLD, opt=True, basis="all-time high last Monday; per ounce"),
    m(PCH, -6.90, "USD", GF, basis="August delivery; per ounce"),
    m("price|futures_price|settlement_price", 1249.30, "USD", GF, basis="August delivery; per ounce"),
    m("gold_imports_change|imports_change|gold_imports_growth", -75, "%", "India|Indian gold imports|India gold imports",
      basis="probably; June, against a year ago"),
    m("gold_imports|imports", 29.9, "tonnes", "India|Indian gold imports|India gold imports", basis="June a year ago"),
    m("etf_holdings|holdings|gold_holdings", 1316.177, "tonnes", GLD, basis="unchanged; all-time high"),
    m("etf_holdings_change|holdings_change", 0, "tonnes", GLD, opt=True, basis="unchanged"),
    m("price|silver_price|spot_price", 19.03, "USD", SILV, prior=19.04, basis="per ounce; flat"),
    m("price|silver_price|spot_price", 19.04, "USD", SILV, opt=True, basis="late New York trade on Friday"),
    m("price_change|silver_price_change", 0, "%", SILV, opt=True, basis="flat"),
    m("price_change|platinum_price_change", 0.1, "%", "platinum|spot platinum"),
    m("price|platinum_price", 1568.50, "USD", "platinum|spot platinum", basis="per ounce"),
    m("price_change|palladium_price_change", -0.7, "%", "palladium|spot palladium", basis="about"),
    m("price|palladium_price", 471.15, "USD", "palladium|spot palladium", basis="per ounce"),
    m("price|copper_price|lme_price", 6825, "USD", CU, prior=6760, basis="per tonne; three-month LME; 1404 GMT"),
    m("price|copper_price|lme_price", 6760, "USD", CU, opt=True, basis="per tonne; Friday"),
    m("intraday_high|session_high|price", 6873, "USD", CU, opt=True, basis="per tonne; touched"),
    m("price|intraday_high|copper_price", 6875, "USD", CU, opt=True,
      basis="per tonne; Friday's short-covering rally, highest in almost a month"),
    m("premium|shanghai_premium|arbitrage_premium|spread", 62, "CNY",
      "Shanghai copper premium over London|Shanghai copper|SHFE copper|" + CU, prior=415, basis="narrowed"),
    m("premium|shanghai_premium|arbitrage_premium|spread", 415, "CNY",
      "Shanghai copper premium over London|Shanghai copper|SHFE copper|" + CU, opt=True, basis="Friday's close"),
    m("trading_volume|volume", 4600, "lots", "LME copper|copper|LME", basis="more than; by the Shanghai close"),
    m("price|aluminium_price|lme_price", 2018.15, "USD", AL, prior=1996, basis="per tonne"),
    m("price|aluminium_price|lme_price", 1996, "USD", AL, opt=True, basis="per tonne; earlier"),
], [])

# ---------------------------------------------------------------- en12 An Australian record close on a Thursday (the Herald Sun story as stored at newsbite.mooo.com; no year printed): S&P/ASX200 +0.4% to 7763.7 points (within two points of the 7769.1 intraday record); All Ordinaries +0.5% to 8026.7; Sycamore's 7780, 7900-8000 and 6751 chart levels; nine of 11 sectors up; financials +0.4%; CBA +0.8% to a record $119.37; ANZ +1% at $29.30; NAB +0.7% to $34.32; Westpac +0.2% to $27; Rio Tinto -2.4% at $120.67; BHP -1.2% at $43.84; Fortescue +1.1% to $26.04; gold record $US2168.10 an ounce (points, %, AUD, USD)
# An Australian market close (news53 en04, news42 en09, news18 en07, news16 en09 and news21 en05 had other days;
# "7763.7", "8026.7", "$119.37", "$US2168.10" and Tony Sycamore appear in no earlier text; neither heraldsun.com.au nor
# newsbite.mooo.com is in a source list). Of the kind's elements the page prints the S&P/ASX 200 in points and per cent
# and movers with A$ prices and per cent moves. Cut: the passage stops after the gold record sentence, before "Perseus
# Mining added 4.35 per cent to $2.04, Evolution Mining gained 2.03 per cent to $3.27, Northern Star Resources climbed
# 1.85 per cent to $14.29, and Regis Resources added 2.03", where the stored text breaks off mid-sentence (those four
# miners' moves and prices go with the cut); the cut is at a sentence boundary. Headline and standfirst kept (rewritten:
# "Share market hits record close as CBA reaches highest" -> "Share market closes at a record as CBA hits its highest";
# the standfirst reworded); the "Business Breaking News" label and the "Don't miss out on the headlines ... My News"
# prompt dropped as furniture. Quotes: Tony Sycamore's two quoted sentences rendered as reported speech (figures kept).
# Kept as printed: "S&P/ASX200" unspaced, "7763.7 points", "7769.1", "All Ordinaries", "8026.7" without "points",
# "7780-ish", "7900-8000", "6751-low", "Nine of 11", "per cent", "$27" without cents, "ex-dividend", "$US2168.10".
# Periods: none (see the header).
# Decided: the index's +0.4 % and 7763.7 key; "within two points" of the 7769.1 intraday record -> both optional (an
# intraday record, news69 en11 / news71 en12). All Ordinaries +0.5 % and 8026.7 key (points). The analyst's chart levels
# (7780, the 7900-8000 range, the 6751 low) are technical levels in reported speech -> optional (news18 b's chart
# resistance and news44 a's price level optional). "Nine of 11 industry sectors" an optional count. The financial sector's +0.4 % key; each mover's
# % move and A$ price key (CBA's record $119.37, ANZ, NAB, Westpac, Rio Tinto and BHP ex-dividend, Fortescue). Gold's
# record "$US2168.10 an ounce" key in USD.
ASX = "S&P/ASX200|S&P/ASX 200|ASX200|ASX 200|benchmark|Australian shares"
AO = "All Ordinaries|All Ords|All Ordinaries index"
PC = "price_change|share_price_change"
SP = "price|share_price|close"
G["en12"] = ([
    m("index_change|index_change_pct", 0.4, "%", ASX, basis="record close"),
    m("index_level|index_close|close", 7763.7, "points", ASX, basis="record close"),
    m("points_from_record|index_gap", 2, "points", ASX, opt=True, basis="came within two points of the intraday record"),
    m("intraday_record|record_high|index_level", 7769.1, "points", ASX, opt=True, basis="intraday record set on Monday"),
    m("index_change|index_change_pct", 0.5, "%", AO),
    m("index_level|index_close|close", 8026.7, "points", AO),
    m("resistance_level|price_level|index_level", 7780, "points", ASX, opt=True, basis="-ish; analyst's break level"),
    m("target_level|index_target|index_level", None, "points", ASX, rng=(7900, 8000), opt=True,
      basis="analyst's move towards"),
    m("support_level|price_level|index_level", 6751, "points", ASX, opt=True, basis="October low; uptrend start"),
    m("sectors_up|advancing_sectors|sectors", 9, "sectors", ASX, opt=True, basis="of 11 industry sectors"),
    m("sector_change|index_change_pct|price_change", 0.4, "%", "financial sector|financials|ASX financials"),
    m(PC, 0.8, "%", "CBA|Commonwealth Bank|Commonwealth Bank of Australia"),
    m(SP, 119.37, "AUD", "CBA|Commonwealth Bank|Commonwealth Bank of Australia", basis="new record"),
    m(PC, 1, "%", "ANZ|ANZ Group|Australia and New Zealand Banking Group"),
    m(SP, 29.30, "AUD", "ANZ|ANZ Group|Australia and New Zealand Banking Group"),
    m(PC, 0.7, "%", "NAB|National Australia Bank"),
    m(SP, 34.32, "AUD", "NAB|National Australia Bank"),
    m(PC, 0.2, "%", "Westpac|Westpac Banking"),
    m(SP, 27, "AUD", "Westpac|Westpac Banking"),
    m(PC, -2.4, "%", "Rio Tinto|Rio", basis="ex-dividend"),
    m(SP, 120.67, "AUD", "Rio Tinto|Rio", basis="ex-dividend"),
    m(PC, -1.2, "%", "BHP|BHP Group", basis="ex-dividend"),
    m(SP, 43.84, "AUD", "BHP|BHP Group", basis="ex-dividend"),
    m(PC, 1.1, "%", "Fortescue|Fortescue Metals|Fortescue Metals Group"),
    m(SP, 26.04, "AUD", "Fortescue|Fortescue Metals|Fortescue Metals Group"),
    m("price|gold_price|record_high", 2168.10, "USD", "gold|spot gold|XAU", basis="record; an ounce"),
], [])
