# Hand-written gold labels for news71/en en07-en12 (batch b: English news from Asia, the Pacific, Africa, the Middle
# East and Latin America — a Japanese carmaker's quarter in yen (Toyota's first quarter of the fiscal year ending March
# 31, 2020 with vehicle sales, net revenues, operating income, pre-tax income and net income against a year earlier,
# and its revised full-year forecasts with the new and previous dollar and euro rate assumptions and the forex impact);
# an Australian company's half year in A$ (Aurizon's half-year to December 31, 1HFY2024, with the interim dividend in
# cents and its franking, EBITDA, free cash flow, revenue, volumes, statutory and underlying net profit and three
# segments' EBITDA); a Chinese macro release in English (September CPI and PPI with food, non-food, goods and services
# prices, the previous months, the expected PPI and the 3% inflation goal for 2017); a South Korean export release
# (January exports against a year earlier and the median forecast, imports, the trade surplus, working-day-adjusted
# daily exports, chip exports, the 2019 totals and this year's outlook); an Indian IT services company's quarter in
# crore and dollars (HCLTech's Q2 FY25 net profit, revenue, constant-currency, USD and INR revenue growth, the narrowed
# revenue growth forecast, EBIT and its margin, headcount, net additions, freshers, attrition, deal wins, the interim
# dividend and the share close); and a Brazilian market close with the central banks (the Ibovespa's record close and
# two-week gain, the dollar's close, intraday low and high and its 2026 fall in reais, the Fed's range and the Selic
# held at 15%)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone. No extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/
# news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped
# (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and sources files;
# unit strings and metric names were checked against earlier sets' labels_*.py files), and no other batch's texts,
# labels or sources were read (so the check against the other news71 batches' sources could not be made from this
# batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news70/en/README.md, with: news25 en01 and en05, news66 en07 and news63 en08 (a Japanese company's quarter with revised
# forecasts: fiscal years named by the year they end in, a quarter reported with the forecast for the current fiscal
# year dated to that year, "X (previously Y)" revisions as key rows with prior plus optional earlier rows, a company's
# currency assumption a key row in JPY per unit of foreign currency with its previous assumption as prior); news63 en07,
# news68 en07 and news69 en07 (an Australian half year in A$: dividends in cents scaled to AUD, "fully franked" in the
# basis, the company's own fiscal labels kept, FY2024H1 for "1HFY2024"); news46 en12 and news70 en03 / news67 en11 (a
# macro release: the month's reading key, the previous month's readings after "after" / "following" key rows of their
# own, the poll's figure a *_consensus / *_forecast row); news67 en11 and news54 en10 (a Korean trade release: exports,
# imports, the surplus and the poll's median key; streaks not labelled); news50 en11, news30 en02 and news58 en09 (an
# Indian IT services quarter: crore = 1e7, "X against Y a year earlier" as prior plus optional year-ago row, constant
# currency growth, margin, guidance ranges as rng with prng, deal wins in USD); news39 en11 and news57 en10 (Brazil: the
# Ibovespa in points, the dollar in reais as BRL per USD, the Selic as a policy rate with no period); the development
# corpus's rules for intraday levels and round thresholds (news6, news69 en11: a round threshold optional) and for
# "historic trivia" (optional).
# Currencies: en07 "yen" -> JPY (exchange-rate assumptions in JPY per USD or per EUR); en08 "$" on an Australian page ->
# AUD, "cents" -> AUD ("9.7 cents" -> 0.097); en09 none (%); en10 "US$" and "$" -> USD; en11 "Rs" -> INR (crore = 1e7:
# "Rs 4,235 crore" -> 4.235e10), "$" -> USD ("$2,218 million" -> 2.218e9); en12 "R$" -> BRL (the dollar's rate in BRL
# per USD).
# Scaling: values fully scaled ("7.6460 trillion yen" -> 7.646e12, "741.9 billion yen" -> 741.9e9, "9m units" -> 9e6,
# "$847 million" -> 847e6 AUD, "$1.97 billion" -> 1.97e9, "US$43.35 billion" -> 43.35e9, "$620 million" -> 620e6,
# "$2 billion a day" -> 2e9, "2,18,621" (Indian digit grouping) -> 218621); declines negative ("a negative impact of
# 180 billion yen" -> -180e9, "declined 6.1 percent" -> -6.1, "fell 1.4%" -> -1.4, "slipping 0.2%" -> -0.2, "dropped
# 3.4 percent" -> -3.4, "sank 25.9 percent" -> -25.9, "went down 10.3 percent" -> -10.3, "the 7.5 percent on-year drop
# expected" -> -7.5, "has fallen 5.16%" -> -5.16); levels stay positive where a fall is described ("attrition fell to
# 12.9 per cent"); hedges in the basis ("more than", "about", "nearly").
# Periods decided: en07 "the first quarter of the current fiscal year, ended June 30" with the forecasts for "the fiscal
# year ending March 31, 2020" -> FY2020Q1 (the current fiscal year is clearly the one whose forecasts the same results
# revise; news25 en01), "the same period of the previous fiscal year" -> FY2019Q1, the forecasts and assumptions ->
# FY2020. en08 "the December 31 half-year" / "1HFY2024" -> FY2024H1, "the December 2022 half-year" -> FY2023H1, the
# "previous period" dividend none (the text does not say which half). en09 the Chinese government's goal "at a level of
# 3% in 2017" in a story on "September" -> 2017 and the months 2017-09 / 2017-08 / 2017-07 (decided: clearly implied,
# the inflation goal for 2017 being the one in force for the month reported). en10 "January" with the Lunar New Year
# "this year" set against "in 2019" and "for the whole of 2019" as the past year -> 2020-01 (decided: clearly implied),
# "a year earlier" -> 2019-01, "this year" -> 2020, "2019" -> 2019. en11 "Q2 FY25" -> FY2025Q2, "the corresponding
# period last year" / "Q2 of last year" -> FY2024Q2, "the fiscal year" forecast and the dividend "for the financial year
# 2024-25 (FY25)" -> FY2025, "the September 2024 quarter" -> FY2025Q2; the headcount (a balance at the quarter's end)
# and the share close none. en12 a market close: no periods but the dollar's fall "so far in 2026" -> 2026; the central
# banks' rates none.
# Quotes rendered as reported speech (the set never copies third-party sentences): Kenta Kon's two quoted sentences
# (en07; "180 billion yen" and "25 billion yen" kept), Andrew Harding's quoted phrase and Aurizon's three quoted
# segment sentences (en08; every figure kept), Roshni Nadar Malhotra's three quoted sentences (en11; no figures). Not
# labelled: dates and times ("June 30", "March 31, 2020" as a date, "1 July 2023", "Feb. 1", "Jan. 24-27", "December
# 2018" as the date of a record, "October 22, 2024", "October 30, 2024", "Wednesday (28)", "yesterday (27)", "10 am",
# "4 pm", "May 28, 2025" as a date, "March"), streaks and ranks ("a 14th consecutive month", "the 96th straight month",
# "the first on-year gain in 14 months", "the two previous years", "Asia's No. 4 economy", "the world's two top
# economies", "the lowest in almost two years"), fiscal-year names ("2024-25" as a year, "1HFY2024"), and qualitative
# statements without a figure ("the full-year guidance was maintained", "in line with analysts' expectations", "closed
# stable" beside its own optional 0 % row, "cuts ... should start in March").

# ---------------------------------------------------------------- en07 Toyota's first quarter of the fiscal year ending March 31, 2020, ended June 30 (just-auto.com; no page date printed; the store's date line not page text): vehicle sales 2,303,495 units, +67,364 units; net revenues 7.6460 trillion yen, +3.8%; operating income 741.9 billion yen from 682.6 billion yen; income before income taxes 841.7 billion yen; net income 682.9 billion yen from 657.3 billion yen; vehicle sales forecast unchanged at 9m units; assumptions 106 yen per dollar (previously 110) and 121 yen per euro (previously 125); forecasts net revenue 29.5 trillion yen (previously 30.0), operating income 2.4 trillion yen (previously 2.55), income before income taxes 2.56 trillion yen (previously 2.72), net income 2.15 trillion yen (previously 2.25); forex impact -180 billion yen, +25 billion yen from cost cutting (JPY, %, vehicles)
# A Japanese carmaker's quarter in yen with a revised full-year forecast and the exchange-rate assumptions (news66 en07,
# news14 en07, news2 en06 and news9 en08 had other Toyota quarters and outlooks — the October-December 2011 quarter, the
# January-March 2012 quarter, and raised outlooks of other years; the April-June 2019 quarter, "741.9 billion" (found only
# as LG Electronics' won profit in news65 en09), "2,303,495", "7.6460", "29.5 trillion", "106 yen", "121 yen" and Kenta
# Kon appear in no earlier text; just-auto.com in no source list). Whole as stored. No headline in the stored text (it
# opens with its lead; the address slug "toyota-trims-profit-forecast-on-strong-yen" is not page text; none added).
# Quotes: Kenta Kon's two quoted sentences rendered as reported speech (figures kept). Kept as printed: "2,303,495 units",
# "67,364 units", "7.6460 trillion yen" with its trailing zero, "3.8%", "9m units", "the fiscal year ending March 31,
# 2020" (twice), "(previously 110 yen to dollar)" and "(previously 125 yen to euro)" without the article, "30.0 trillion
# yen", "TMC", "FOREX" in capitals, "180 billion yen", "25 billion yen".
# Periods: FY2020Q1 for the quarter, FY2019Q1 for the year-ago quarter, FY2020 for the forecasts and assumptions (see the
# header).
# Decided: vehicle sales key in "vehicles" and the "67,364 units more" key as the change (no growth % printed, none
# computed). Net revenues and their +3.8 % key. Operating income and net income "to X from Y" (the same quarter a year
# earlier) -> key with prior and optional FY2019Q1 rows; income before income taxes key (no prior printed). The vehicle
# sales forecast "unchanged at 9m units" key with no prior ("unchanged" prints no earlier value; news25 en01). Each
# assumption and forecast "X (previously Y)" -> key with prior and an optional earlier row (the news25 revision rule);
# the assumptions in JPY on USD/JPY and EUR/JPY with Toyota among the alternatives. Kon's forex impact -180 billion yen
# on the full-year operating income key (negative impact), the planned +25 billion yen from profit improvement key.
TY = "Toyota|Toyota Motor|Toyota Motor Corp|Toyota Motor Corporation|TMC"
Q, PQ, FY = "FY2020Q1", "FY2019Q1", "FY2020"
OI = "operating_income|operating_profit"
NI = "net_income|net_profit"
PBT = "income_before_income_taxes|pretax_income|profit_before_tax|pre_tax_profit"
FX = "exchange_rate_assumption|fx_assumption|currency_assumption|exchange_rate"
G["en07"] = ([
    m("vehicle_sales|sales_volume|unit_sales|vehicles_sold", 2303495, "vehicles", TY, Q,
      basis="consolidated vehicle sales; printed 'units'"),
    m("vehicle_sales_change|sales_volume_change|unit_sales_change", 67364, "vehicles", TY, Q,
      basis="more than the same period of the previous fiscal year"),
    m("revenue|net_revenues|sales", 7.646e12, "JPY", TY, Q, basis="consolidated net revenues; printed '7.6460 trillion'"),
    m("revenue_growth|net_revenues_growth|sales_growth", 3.8, "%", TY, Q),
    m(OI, 741.9e9, "JPY", TY, Q, prior=682.6e9),
    m(OI, 682.6e9, "JPY", TY, PQ, opt=True, basis="same quarter a year earlier"),
    m(PBT, 841.7e9, "JPY", TY, Q),
    m(NI, 682.9e9, "JPY", TY, Q, prior=657.3e9),
    m(NI, 657.3e9, "JPY", TY, PQ, opt=True, basis="same quarter a year earlier"),
    m("vehicle_sales_forecast|guidance_vehicle_sales|sales_volume_forecast|unit_sales_forecast", 9e6, "vehicles", TY,
      FY, basis="consolidated; unchanged; printed '9m units'"),
    m(FX, 106, "JPY", "USD/JPY|US dollar|dollar-yen|" + TY, FY, prior=110, basis="yen to the US dollar"),
    m(FX, 110, "JPY", "USD/JPY|US dollar|dollar-yen|" + TY, FY, opt=True, basis="previous assumption"),
    m(FX, 121, "JPY", "EUR/JPY|euro|euro-yen|" + TY, FY, prior=125, basis="yen to the euro"),
    m(FX, 125, "JPY", "EUR/JPY|euro|euro-yen|" + TY, FY, opt=True, basis="previous assumption"),
    m("guidance_revenue|revenue_forecast|revenue_guidance|net_revenue_forecast", 29.5e12, "JPY", TY, FY, prior=30.0e12,
      basis="consolidated net revenue"),
    m("guidance_revenue|revenue_forecast|revenue_guidance|net_revenue_forecast", 30.0e12, "JPY", TY, FY, opt=True,
      basis="previous forecast"),
    m("guidance_operating_income|operating_income_forecast|operating_profit_forecast|guidance_operating_profit", 2.4e12,
      "JPY", TY, FY, prior=2.55e12, basis="trimmed"),
    m("guidance_operating_income|operating_income_forecast|operating_profit_forecast|guidance_operating_profit", 2.55e12,
      "JPY", TY, FY, opt=True, basis="previous forecast"),
    m("guidance_pretax_income|pretax_income_forecast|profit_before_tax_forecast|income_before_income_taxes_forecast",
      2.56e12, "JPY", TY, FY, prior=2.72e12),
    m("guidance_pretax_income|pretax_income_forecast|profit_before_tax_forecast|income_before_income_taxes_forecast",
      2.72e12, "JPY", TY, FY, opt=True, basis="previous forecast"),
    m("guidance_net_income|net_income_forecast|net_profit_forecast|guidance_net_profit", 2.15e12, "JPY", TY, FY,
      prior=2.25e12),
    m("guidance_net_income|net_income_forecast|net_profit_forecast|guidance_net_profit", 2.25e12, "JPY", TY, FY,
      opt=True, basis="previous forecast"),
    m("fx_impact|forex_impact|currency_impact|operating_income_impact", -180e9, "JPY", TY, FY,
      basis="negative impact on the operating income forecast from the changed FOREX rate assumptions"),
    m("cost_reduction_effect|profit_improvement|cost_savings", 25e9, "JPY", TY, FY,
      basis="additional positive effect planned from profit improvement activities"),
], [])

# ---------------------------------------------------------------- en08 Aurizon's half-year to December 31, 1HFY2024 (laprivate.com.au; reported on a Monday, no date printed): interim dividend 9.7 cents, +39%, 60% franked, from 7 cents; EBITDA $847 million, +26%; free cash flow $256 million from $95 million; revenue $1.97 billion, +16%; above-rail coal volumes +4%, Network +3%, bulk +1%; statutory net profit $237 million, +80%; underlying NPAT $237 million, +40% from $169 million; coal EBITDA +23% or +$53 million to $283 million; bulk EBITDA +$12 million (12%) to $112 million; Network EBITDA +$123 million (34%) to $486 million (AUD, %)
# An Australian company's half year in A$ (news68 en07 had Harvey Norman's half, news63 en07 Woolworths', news69 en07
# Regis Resources' quarter; Aurizon appears in earlier texts only in news49 en09 (Macquarie's 2010s upgrade) and in
# the headline of news67 en12, a February broker round-up whose passage stops before any Aurizon figure; "$847
# million", "9.7 cents", "1.97 billion", "$486 million" and Andrew Harding appear in no earlier text; laprivate.com.au in
# no source list). Of the kind's elements the page has revenue, EBITDA (printed "EBITDA"; the word "underlying" is used
# only for net profit after tax), statutory and underlying net profit after tax, the interim dividend in cents and its
# franking. Cut: the stored text goes on to the chief executive's quoted sentence and breaks off inside it ("This was a
# strong result for the half, underpinned by soli"); the passage stops after the Network EBITDA sentence, a sentence
# boundary (no figure goes with the cut). No headline in the stored text (the address slug is not page text; none added).
# Quotes rendered as reported speech: Andrew Harding's phrase "increase (in) shareholder returns" and the company's three
# quoted sentences on coal, bulk and Network EBITDA (every figure kept). Kept as printed: "39%", "9.7 cents a share",
# "the December 31 half-year", "La Nina", "60% franked", "7 cents a share in the previous period", "26%", "$847
# million", "$256 million", "$95 million a year" (no "earlier"), "2024-25", "16%", "$1.97 billion", "above-rail coal
# volumes", "Network" capitalised, "80%", "$237 million" (twice), "40%", "$169 million", "the December 2022 half-year",
# "23% or $53 million", "$283 million", "(up 4%)", "CPI indexation", "$12 million (12%)", "$112 million", "$123 million
# (34%)", "$486 million", "1HFY2024", "(up 3%)", "Maximum Allowable Revenue", "Regulated Asset Base", "Weighted Average
# Cost of Capital", "1 July 2023".
# Periods: FY2024H1 for the half ("1HFY2024"), FY2023H1 for "the December 2022 half-year" and the free cash flow "a
# year" earlier; the previous-period dividend none.
# Decided: the interim dividend 0.097 AUD key with prior 0.07 ("up from the previous period's 7 cents", a "from Y" of
# the same quantity) and an optional earlier row (period None: the text does not say which period); its +39 % key. The
# franking level "60% franked" -> a key row (decided, new: a printed franking percentage is a figure of the dividend,
# unlike "fully franked", which stays in the basis as in news63 en07 and news68 en07). EBITDA and its +26 % key (group).
# Free cash flow "to $256 million for the half from $95 million a year" -> key with prior and an optional FY2023H1 row
# ("a year" read as a year earlier, printed form in the basis). Revenue and its +16 % key. The three volume changes key
# on the businesses (coal, Network, bulk) with Aurizon among the alternatives; their repeats in the segment sentences
# ("(up 4%)", "(up 3%)") optional. Statutory net profit and its +80 % key; underlying net profit after tax key with prior
# 169e6 and an optional FY2023H1 row, its +40 % key (the statutory and underlying profits share the value 237e6 on
# different metrics, both key). Each segment's EBITDA: the $ change, the % change and the level key on the segment.
# "Hint ... that shareholder returns could increase in 2024-25" carries no figure (not labelled).
AZJ = "Aurizon|Aurizon Holdings|AZJ"
H, PH = "FY2024H1", "FY2023H1"
DPS = "interim_dividend|dividend_per_share|dps|dividend"
EBITDA = "ebitda|group_ebitda|underlying_ebitda"
SEG = "segment_ebitda|ebitda"
SEGC = "segment_ebitda_change|ebitda_change"
SEGG = "segment_ebitda_growth|ebitda_growth"
COAL = "Aurizon Coal|coal|Coal|above-rail coal|" + AZJ
NET = "Aurizon Network|Network|network|" + AZJ
BULK = "Aurizon Bulk|Bulk|bulk|" + AZJ
VOL = "volume_growth|volumes_growth|volume_change|volumes"
G["en08"] = ([
    m(DPS, 0.097, "AUD", AZJ, H, prior=0.07, basis="interim; 60% franked; printed '9.7 cents a share'"),
    m("dividend_growth|interim_dividend_growth|dps_growth", 39, "%", AZJ, H),
    m("franking|franking_percentage|franking_level|dividend_franking", 60, "%", AZJ, H,
      basis="interim dividend 60% franked"),
    m(DPS, 0.07, "AUD", AZJ, opt=True, basis="previous period; printed '7 cents a share'"),
    m(EBITDA, 847e6, "AUD", AZJ, H, basis="group EBITDA; printed 'EBITDA'"),
    m("ebitda_growth|group_ebitda_growth|underlying_ebitda_growth", 26, "%", AZJ, H),
    m("free_cash_flow|fcf", 256e6, "AUD", AZJ, H, prior=95e6, basis="for the half"),
    m("free_cash_flow|fcf", 95e6, "AUD", AZJ, PH, opt=True, basis="printed '$95 million a year', read as a year earlier"),
    m("revenue|revenues|sales", 1.97e9, "AUD", AZJ, H),
    m("revenue_growth|sales_growth", 16, "%", AZJ, H),
    m(VOL, 4, "%", COAL, H, basis="above-rail coal volumes"),
    m(VOL, 3, "%", NET, H, basis="Network volumes"),
    m(VOL, 1, "%", BULK, H, basis="bulk volumes"),
    m("statutory_net_profit|net_profit|net_income|npat", 237e6, "AUD", AZJ, H,
      basis="statutory; no one-off items"),
    m("statutory_net_profit_growth|net_profit_growth|net_income_growth", 80, "%", AZJ, H, basis="statutory"),
    m("underlying_npat|underlying_net_profit|net_profit|npat", 237e6, "AUD", AZJ, H, prior=169e6,
      basis="underlying net profit after tax"),
    m("underlying_npat_growth|underlying_net_profit_growth|net_profit_growth", 40, "%", AZJ, H),
    m("underlying_npat|underlying_net_profit|net_profit|npat", 169e6, "AUD", AZJ, PH, opt=True,
      basis="the December 2022 half-year"),
    m(SEGG, 23, "%", COAL, H, basis="coal EBITDA"),
    m(SEGC, 53e6, "AUD", COAL, H, basis="coal EBITDA"),
    m(SEG, 283e6, "AUD", COAL, H, basis="coal EBITDA"),
    m(VOL, 4, "%", COAL, H, opt=True, basis="repeat '(up 4%)' in the coal EBITDA sentence"),
    m(SEGC, 12e6, "AUD", BULK, H, basis="bulk EBITDA"),
    m(SEGG, 12, "%", BULK, H, basis="bulk EBITDA; printed '(12%)'"),
    m(SEG, 112e6, "AUD", BULK, H, basis="bulk EBITDA"),
    m(SEGC, 123e6, "AUD", NET, H, basis="Network EBITDA"),
    m(SEGG, 34, "%", NET, H, basis="Network EBITDA; printed '(34%)'"),
    m(SEG, 486e6, "AUD", NET, H, basis="Network EBITDA in 1HFY2024"),
    m(VOL, 3, "%", NET, H, opt=True, basis="repeat '(up 3%)' in the Network EBITDA sentence"),
], [])

# ---------------------------------------------------------------- en09 China's September CPI and PPI (FX.co, fx.co; 2017 by the government's inflation goal "in 2017"; no date printed): CPI +1.6% y/y after +1.8%; food -1.4% after -0.2%; non-food +2.4% after "2.3"; consumer goods +0.7%, services +3.3%; 3% goal for 2017; "on a quarterly basis" +0.5% after +0.4%; PPI +6.9% y/y after +6.3%, expected +6.4%; PPI m/m +1%, "In July" +0.9% (%)
# A Chinese macro release in English with the previous month and a forecast (the development corpus's en38 had China's
# September CPI of another year (1.9 percent), news2 en24 a March CPI and PPI, news46 en12 an October CPI with pork
# prices; this September's 1.6 % with 6.9 % PPI, "6.4%", "services costs" and "3% in 2017" appear in no earlier text;
# fx.co in no source list). The kind's poll is printed for the PPI only (the CPI "in line with analysts' expectations"
# carries no figure). Whole as stored. No headline in the stored text (none added; the address slug "forex-humor/32237"
# is a section path, not page text). No quotes. Kept as printed: "(NBS)", "(CPI)", "1.6%", "1.8%", "1.4%", "0.2%",
# "2.4%", "2.3 rise" without "%", "0.7%", "3.3%", "3% in 2017", "On a quarterly basis" for what the next clause calls
# the prior month (a month-on-month reading by its figures' pairing), "0.5%", "0.4%", "6.9%", "6.3%", "6.4%", "1%",
# "In July" for the previous monthly PPI reading (as printed, though August is the month before September).
# Periods: 2017-09, 2017-08 for "the previous month" / "August" / "the prior month", 2017-07 for the "July" reading as
# printed, 2017 for the goal (see the header).
# Decided: each September reading key; each previous-month reading after "after" / "following" a key row of its own
# with its month (news67 en11, news70 en03). Food -1.4 % (and August's -0.2 %) and non-food +2.4 % (August's "2.3", read
# as %) key on those components; consumer goods +0.7 % and services +3.3 % key (year-on-year by the paragraph, in the
# basis). The government's 3 % level for 2017 key as an inflation target. The "quarterly basis" pair labelled as printed
# with cpi_qoq among the metric alternatives beside cpi_mom (the printed word in the basis). The experts' 6.4 % key as a
# PPI consensus. PPI month-on-month +1 % key for 2017-09 and the "July" +0.9 % key for 2017-07 as printed.
CN = "China|National Bureau of Statistics|NBS|China CPI|Chinese economy"
CNP = "China|China PPI|producer prices|National Bureau of Statistics|NBS"
S, A, J = "2017-09", "2017-08", "2017-07"
CPI = "cpi_yoy|cpi|inflation|cpi_inflation|consumer_prices_yoy"
CPIM = "cpi_mom|cpi_qoq|consumer_prices_mom|cpi_change"
FOOD = "food prices|food|" + CN
NONF = "non-food prices|non-food|" + CN
PPI = "ppi_yoy|ppi|producer_prices|producer_price_inflation"
PPIM = "ppi_mom|producer_prices_mom|ppi_change"
G["en09"] = ([
    m(CPI, 1.6, "%", CN, S, basis="year-on-year; in line with analysts' expectations"),
    m(CPI, 1.8, "%", CN, A, basis="the previous month"),
    m("food_price_inflation|food_cpi|food_inflation|food_prices_yoy", -1.4, "%", FOOD, S, basis="from a year earlier"),
    m("food_price_inflation|food_cpi|food_inflation|food_prices_yoy", -0.2, "%", FOOD, A, basis="August"),
    m("non_food_price_inflation|non_food_cpi|non_food_inflation|non_food_prices_yoy", 2.4, "%", NONF, S,
      basis="year on year"),
    m("non_food_price_inflation|non_food_cpi|non_food_inflation|non_food_prices_yoy", 2.3, "%", NONF, A,
      basis="August; printed '2.3 rise' without '%'"),
    m("consumer_goods_prices|goods_cpi|consumer_goods_inflation|price_change", 0.7, "%", "consumer goods|" + CN, S,
      basis="prices of consumer goods; year on year by the paragraph"),
    m("services_prices|services_cpi|services_inflation|price_change", 3.3, "%", "services|" + CN, S,
      basis="cost of services; year on year by the paragraph"),
    m("inflation_target|cpi_target|target", 3, "%", "China|Chinese government|" + CN, "2017",
      basis="the government's committed level for inflation"),
    m(CPIM, 0.5, "%", CN, S, basis="printed 'on a quarterly basis'; paired with the prior month"),
    m(CPIM, 0.4, "%", CN, A, basis="the prior month; printed 'on a quarterly basis'"),
    m(PPI, 6.9, "%", CNP, S, basis="on a yearly basis; last month"),
    m(PPI, 6.3, "%", CNP, A, basis="August"),
    m("ppi_yoy_consensus|ppi_consensus|ppi_estimate|ppi_forecast", 6.4, "%", CNP, S, basis="experts had expected"),
    m(PPIM, 1, "%", CNP, S, basis="month-on-month; inched up"),
    m(PPIM, 0.9, "%", CNP, J, basis="printed 'In July' on a monthly basis"),
], [])

# ---------------------------------------------------------------- en10 South Korea's January exports (Yonhap, m-en.yna.co.kr; dateline "SEOUL, Feb. 1"; January 2020 by the text): exports -6.1% to US$43.35 billion from $46.17 billion; median forecast -7.5%; imports -5.3% to $42.7 billion; trade surplus $620 million; working-day exports +4.8% to $2 billion a day; chip exports -3.4%, 2019 chips -25.9%; exports expected +3% this year; 2019 exports -10.3%; virus deaths more than 250, infections above 10,000, more than 10 Korean cases (USD, %, people, cases)
# A South Korean export release in English (news67 en11 had Korea's October exports of another year, news54 en10 its
# October 2023 exports, news37 en09 the first 20 days of an October; "43.35", "46.17", "$620 million", "14th
# consecutive month" and "25.9 percent" appear in no earlier text; this address in no source list, another yna.co.kr
# page only with another story). Of the kind's elements the page prints exports, chips, year-on-year %, the daily
# average and the poll; no previous month's figure is printed (only the streak). Whole as stored. Headline kept
# (rewritten: "(LEAD) Exports down for 14th straight month on chip slump" -> "(LEAD) Chip slump keeps exports falling
# for a 14th straight month"), with Yonhap's "(LEAD)" tag as printed (as news7 en12 and news5 en06 kept "(LEAD)" /
# "(3rd LD)"); the dateline "SEOUL, Feb. 1 (Yonhap) --" kept as page text. No quotes. Kept as printed: "6.1 percent",
# "US$43.35 billion" beside "$46.17 billion", "7.5 percent on-year drop", "5.3 percent on-year", "$42.7 billion", "$620
# million", "Jan. 24-27", "2019", "4.8 percent", "$2 billion a day", "14 months", "3.4 percent", "December 2018", "25.9
# percent on-year", "Asia's No. 4 economy", "more than 250 people", "10,000", "More than 10 cases", "3 percent", "10.3
# percent".
# Periods: 2020-01 for January's figures, 2019-01 for the year-ago January, 2020 for "this year", 2019 for the 2019
# totals (see the header).
# Decided: exports -6.1 % key; "US$43.35 billion ..., against $46.17 billion a year earlier" -> key level with prior and
# an optional 2019-01 row. "Milder than the 7.5 percent on-year drop expected in the median forecast" -> key -7.5 %
# export-growth consensus. Imports -5.3 % and $42.7 billion key; the trade surplus key. "Measured by working days" ->
# key daily-average export growth +4.8 % and key daily exports $2 billion (USD per day, in the basis). Chip exports -3.4
# % key for January; the 2019 chip fall -25.9 % key for 2019 (entity semiconductors with Korea among the alternatives).
# "Exports are expected to grow 3 percent this year" -> key export-growth forecast for 2020 (the source of the
# expectation is not named). 2019 exports -10.3 % key. The coronavirus counts (deaths, infections, Korean cases) are
# printed figures of no financial value in an export story -> optional rows in "people" and "cases" (decided; as the
# sets' marginal counts). Streaks ("14th consecutive month", "96th straight month", "first on-year gain in 14 months")
# and "No. 4" not labelled.
KOR = "South Korea|Korea|Republic of Korea|South Korean economy"
CHIP = "semiconductors|chips|chip exports|" + KOR
M, PM = "2020-01", "2019-01"
EXG = "exports_growth|export_growth|exports_change"
G["en10"] = ([
    m(EXG, -6.1, "%", KOR, M, basis="from a year earlier"),
    m("exports|outbound_shipments", 43.35e9, "USD", KOR, M, prior=46.17e9, basis="outbound shipments; printed 'US$'"),
    m("exports|outbound_shipments", 46.17e9, "USD", KOR, PM, opt=True, basis="a year earlier"),
    m("exports_growth_forecast|exports_growth_consensus|export_growth_forecast|export_growth_consensus", -7.5, "%", KOR,
      M, basis="median forecast; on-year drop"),
    m("imports_growth|import_growth|imports_change", -5.3, "%", KOR, M, basis="on-year"),
    m("imports", 42.7e9, "USD", KOR, M),
    m("trade_surplus|trade_balance", 620e6, "USD", KOR, M),
    m("daily_average_exports_growth|daily_exports_growth|working_day_adjusted_exports_growth|exports_growth", 4.8, "%",
      KOR, M, basis="measured by working days; first on-year gain in 14 months"),
    m("daily_average_exports|daily_exports|exports_per_day", 2e9, "USD", KOR, M, basis="a day, measured by working days"),
    m("chip_exports_growth|semiconductor_exports_growth|exports_growth", -3.4, "%", CHIP, M,
      basis="smallest decline since December 2018"),
    m("chip_exports_growth|semiconductor_exports_growth|exports_growth", -25.9, "%", CHIP, "2019",
      basis="whole of 2019, on-year"),
    m("exports_growth_forecast|export_growth_forecast|export_growth_outlook", 3, "%", KOR, "2020",
      basis="expected this year"),
    m(EXG, -10.3, "%", KOR, "2019", basis="overall exports in 2019"),
    m("deaths|virus_deaths|fatalities", 250, "people", "China|coronavirus", opt=True, basis="more than; novel coronavirus"),
    m("infections|virus_cases|cases", 10000, "people", "China|coronavirus", opt=True, basis="above; infected"),
    m("infections|virus_cases|cases", 10, "cases", "South Korea|Korea|coronavirus", opt=True, basis="more than"),
], [])

# ---------------------------------------------------------------- en11 HCLTech's Q2 FY25 (Business Today, businesstoday.in; reported on a Monday, the September 2024 quarter): net profit +10.52% to Rs 4,235 crore against Rs 3,832 crore; revenue from operations +8.21% to Rs 28,862 crore from Rs 26,672 crore; CC revenue +6.2%, USD revenue +6.8%, INR revenue +8.2% YoY; fiscal-year revenue growth forecast narrowed to 3.5-5% from 3-5%; EBIT Rs 5,362 crore, 18.6% of revenue, +8.7%; headcount 2,18,621, net additions 780, 2,932 freshers; attrition 12.9% from 14.2%; deal wins $2,218 million; interim dividend Rs 12 for FY25; shares +0.89% at Rs 1,856 (INR, USD, %, employees)
# An Indian IT services company's quarter in crore and dollars (news58 en09 had HCL Technologies' September quarter of
# 2020 (Rs 3,142 crore), news50 en11 Wipro's Q3 FY2023, news30 en02 and news8 en08 Infosys quarters; "4,235",
# "28,862", "5,362", "2,18,621" and "$2,218 million" appear in no earlier English text; this address in no source list,
# other businesstoday.in pages only with other stories). Of the kind's elements the page prints revenue in crore, growth
# in constant currency and in USD, the EBIT margin and the headcount; the quarter's revenue in $ million is not printed
# (only its USD growth; the $ million figure is the deal wins). Whole as stored. No headline in the stored text (the
# address slug is not page text; none added). Quotes: Roshni Nadar Malhotra's three quoted sentences rendered as reported
# speech (no figures). Kept as printed: "HCLTechnologies Ltd" run together beside "HCLTech", "10.52 per cent", "(Q2
# FY25)", "Rs 4,235 crore", "Rs 3,832 crore", "8.21 per cent", "Rs 28,862 crore", "Rs 26,672 crore", "(CC)", "(YoY)",
# "6.2 per cent, 6.8 per cent and 8.2 per cent", "3.5 per cent-5 per cent", "3 per cent-5 per cent", "Rs 5,362 crore
# (18.6 per cent of revenue)", "8.7 per cent", "2,18,621" in Indian digit grouping, "780 employees", "2,932 freshers",
# "the September 2024 quarter", "12.9 per cent", "14.2 per cent", "$2,218 million", "Rs 12", "2024-25 (FY25)",
# "October 22, 2024", "October 30, 2024", "0.89 per cent", "Rs 1,856".
# Periods: FY2025Q2 for the quarter, FY2024Q2 for the year-ago quarter, FY2025 for the forecast and the dividend; the
# headcount and the share close none (see the header).
# Decided: net profit +10.52 % key; "Rs 4,235 crore, compared with Rs 3,832 crore a year earlier" -> key with prior and
# an optional FY2024Q2 row; revenue likewise with its +8.21 % key. The YoY growth of CC revenue (+6.2 %) and USD revenue
# (+6.8 %) key; the INR revenue's +8.2 % an optional rounded restatement of the +8.21 % rupee revenue growth (decided: the
# same quantity, printed less precisely). "Narrowed its revenue growth forecast ... to 3.5 per cent-5 per cent, from 3
# per cent-5 per cent" -> key range with the earlier range as prng and an optional earlier-range row. EBIT, its 18.6 %
# margin and its +8.7 % key. Headcount 218,621 key in "employees" (no period: a count at the quarter's end); net additions
# 780 and freshers 2,932 key (quarter). Attrition "12.9 per cent, compared with 14.2 per cent in Q2 of last year" -> key
# with prior and an optional FY2024Q2 row (a quarter-end ratio dated by its quarter, news20). Deal wins $2,218 million
# key (USD). The interim dividend Rs 12 key for FY2025. Shares +0.89 % and Rs 1,856 key (no period).
HCL = "HCLTech|HCLTechnologies|HCLTechnologies Ltd|HCL Technologies|HCL Tech|HCL"
Q, PQ, FY = "FY2025Q2", "FY2024Q2", "FY2025"
G["en11"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 10.52, "%", HCL, Q),
    m("net_profit|net_income|profit", 4.235e10, "INR", HCL, Q, prior=3.832e10, basis="Rs 4,235 crore"),
    m("net_profit|net_income|profit", 3.832e10, "INR", HCL, PQ, opt=True, basis="year-ago period; Rs 3,832 crore"),
    m("revenue|revenue_from_operations|sales", 2.8862e11, "INR", HCL, Q, prior=2.6672e11,
      basis="revenue from operations; Rs 28,862 crore"),
    m("revenue|revenue_from_operations|sales", 2.6672e11, "INR", HCL, PQ, opt=True,
      basis="corresponding period last year; Rs 26,672 crore"),
    m("revenue_growth|sales_growth|inr_revenue_growth", 8.21, "%", HCL, Q, basis="revenue from operations"),
    m("revenue_growth_cc|constant_currency_revenue_growth|cc_revenue_growth|revenue_growth", 6.2, "%", HCL, Q,
      basis="YoY, constant currency"),
    m("usd_revenue_growth|revenue_growth_usd|dollar_revenue_growth|revenue_growth", 6.8, "%", HCL, Q, basis="YoY, USD"),
    m("inr_revenue_growth|revenue_growth_inr|revenue_growth", 8.2, "%", HCL, Q, opt=True,
      basis="YoY, INR revenue; rounded restatement of the 8.21 per cent"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_forecast", None, "%", HCL, FY, rng=(3.5, 5),
      prng=(3, 5), basis="fiscal year; narrowed"),
    m("guidance_revenue_growth|revenue_growth_guidance|revenue_growth_forecast", None, "%", HCL, FY, rng=(3, 5),
      opt=True, basis="earlier forecast range"),
    m("ebit|operating_profit|operating_income", 5.362e10, "INR", HCL, Q, basis="Rs 5,362 crore"),
    m("ebit_margin|operating_margin", 18.6, "%", HCL, Q, basis="per cent of revenue"),
    m("ebit_growth|operating_profit_growth", 8.7, "%", HCL, Q, basis="YoY"),
    m("headcount|employees|total_headcount|workforce", 218621, "employees", HCL, basis="printed '2,18,621'"),
    m("net_additions|net_employee_additions|headcount_change|net_hiring", 780, "employees", HCL, Q),
    m("freshers_hired|freshers|fresher_additions|campus_hires", 2932, "employees", HCL, Q,
      basis="freshers taken on in the September 2024 quarter"),
    m("attrition_rate|attrition", 12.9, "%", HCL, Q, prior=14.2),
    m("attrition_rate|attrition", 14.2, "%", HCL, PQ, opt=True, basis="Q2 of last year"),
    m("deal_wins|new_deal_wins|tcv|total_contract_value|bookings", 2.218e9, "USD", HCL, Q,
      basis="new deal-win value; printed '$2,218 million'"),
    m("interim_dividend|dividend_per_share|dps|dividend", 12, "INR", HCL, FY, basis="financial year 2024-25 (FY25)"),
    m("price_change_pct|price_change|share_price_change|pct_change", 0.89, "%", HCL, basis="before the results"),
    m("share_price|price|close|close_price", 1856, "INR", HCL, basis="close"),
], [])

# ---------------------------------------------------------------- en12 a São Paulo close at a record on Copom and Fed day (latin-american.news, with information from Reuters; "this Wednesday (28)", 2026 by the text): Ibovespa 184,691 points, +1.52%, past 184 thousand points, +11.83% in two weeks, records in eight of the last 11 sessions; commercial dollar R$5.206, level with the day before, low R$5.17, high R$5.22; lowest since May 28, 2025 (R$5.15); -5.16% in 2026; Fed 3.5%-3.75%; Selic held at 15% (points, %, BRL, sessions)
# A Brazilian market close with the central-bank decisions (news39 en11 had Ibovespa futures with a Petrobras result,
# news57 en10 a Selic hold at 13.75 %, news39 en03 a Selic hike to 13.25 %; "184,691", "R$5.206", "5.16%" in reais and
# the Selic at 15 % appear in no earlier text; latin-american.news in no source list). Of the kind's elements the page
# prints the Ibovespa's points and %, the real through the dollar's rate in R$ and the Selic. Whole as stored but for
# the closing credit "* with information from Reuters" (dropped as furniture, as news70 dropped closing credits). No
# headline in the stored text (the address slug "stock-market-renews-record-and-surpasses-184-thousand-points" is not
# page text; none added). No quotes. Kept as printed: "184 thousand points" in words and figures, "this Wednesday (28)",
# "184,691 points", "1.52%", "11.83%", "eight" of "the last 11 sessions", "R$5.206", "yesterday (27)", "R$5.17", "10
# am", "R$5.22", "4 pm", "May 28, 2025", "R$5.15", "5.16%", "2026", "(Fed, the American central bank)", "3.5% and 3.75%
# per year", "(BC)", "(Copom)", "Selic Rate" capitalised, "15% per year".
# Periods: none (a market close and the central banks' rates) but the dollar's fall "so far in 2026" -> 2026.
# Decided: the Ibovespa's close and +1.52 % key; "moved past 184 thousand points" an optional round threshold (news69
# en11's "3,000 mark"); the two-week gain +11.83 % key (the span in the basis); "a record in eight of the last 11
# sessions" an optional count in "sessions" (news70 en10's breadth count optional). The dollar's close R$5.206 key in BRL
# on USD/BRL; "level with yesterday" -> optional 0 % change (news69 en12's "remained at the same level"); the intraday low
# R$5.17 and high R$5.22 key (news60 en10, news61 en12: intraday levels key with the time in the basis); "its lowest
# since May 28, 2025, when it was quoted at R$5.15" -> optional (a historic comparison level); the fall of 5.16 % in
# 2026 key. The Fed's "between 3.5% and 3.75%" -> key rng on the Federal Reserve; the Selic "held ... at 15%" key (no
# bp change, none computed). "Cuts ... should start in March" prints no figure (not labelled).
IBOV = "Ibovespa|Ibovespa index|Bovespa|B3|Brazilian stock market"
USD = "USD/BRL|dollar|commercial dollar|US dollar|real|Brazilian real"
BCB = "Central Bank of Brazil|Brazil Central Bank|Banco Central do Brasil|BC|BCB|Copom|Brazil"
FED = "Federal Reserve|Fed|US|United States"
G["en12"] = ([
    m("index_level|index_close|close", 184691, "points", IBOV, basis="record close"),
    m("index_change_pct|index_change|percent_change|pct_change", 1.52, "%", IBOV),
    m("index_level|index_threshold|level", 184000, "points", IBOV, opt=True,
      basis="moved past 184 thousand points (round threshold)"),
    m("index_change_pct|index_change|percent_change|two_week_change", 11.83, "%", IBOV, basis="in only two weeks"),
    m("record_sessions|record_closes|sessions", 8, "sessions", IBOV, opt=True, basis="of the last 11 sessions"),
    m("fx_rate|exchange_rate|close", 5.206, "BRL", USD, basis="commercial dollar close"),
    m("fx_change|change|price_change", 0, "%", USD, opt=True, basis="level with yesterday; closed stable"),
    m("intraday_low|fx_rate|exchange_rate", 5.17, "BRL", USD, basis="about 10 am; intraday"),
    m("intraday_high|fx_rate|exchange_rate", 5.22, "BRL", USD, basis="about 4 pm; intraday"),
    m("fx_rate|exchange_rate", 5.15, "BRL", USD, opt=True, basis="May 28, 2025 level; lowest since"),
    m("ytd_change|fx_change|year_to_date_change", -5.16, "%", USD, "2026", basis="so far in 2026"),
    m("policy_rate|fed_funds_rate|interest_rate|benchmark_rate", None, "%", FED, rng=(3.5, 3.75),
      basis="kept; per year"),
    m("policy_rate|selic_rate|interest_rate|benchmark_rate|basic_interest_rate", 15, "%", BCB,
      basis="Selic Rate held; per year"),
], [])
