# Hand-written gold labels for news64/en en07-en12 (batch b: Asia, Australia and Africa in English: a Singapore
# bank's third quarter of 2020 in S$ with net interest income and margin, allowances for the quarter, the half and the
# nine months, fee income by kind, its CET1 ratio and a quarterly dividend, Japan's four big trading houses raising
# their net-profit forecasts in yen with their April-December profit growth and commodity price rises, India's
# carmakers' May 2023 wholesales in units against May 2022, a Vietnamese dairy company's nine months and third quarter
# of 2019 in dong against its 2019 targets, a South African clothing retailer's interim results in rand with the day's
# retail-share rally, and Australia's September 2023 labour-force release). Read from texts/enNN.txt only; no
# extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold file),
# nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the unit words "units",
# "people" and "x" and the codes "SGD", "JPY", "USD", "VND" and "ZAR" and "pp"/"bp" were checked against the unit
# strings of the earlier sets' labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news63/en/README.md, with the labels of news59/en, news62/en and news63/en as the model (news42 en08 for "$" on a
# Singapore page about DBS -> SGD, news57 en11 for a DBS quarter, news59 en07 for an Indian carmaker's monthly sales in
# "units" with the year-ago month as prior, news26 en05 for dong, news19 and news33 en08 for rand and cents, news63
# en08 for a Japanese forecast in yen, news60 en12 and news35 en09 for a labour-force release in percentage points):
# values fully scaled ("$1.3b" -> 1.3e9 SGD, "$554m" -> 554e6 SGD, "840 billion yen" -> 840e9 JPY, "1,43,708 units"
# -> 143708 units, "VND8.38 trillion" -> 8.38e12 VND, "VND116 billion" -> 116e9 VND, "R17.6bn" -> 17.6e9 ZAR, "around
# 7,000 people" -> 7000 people); cents scaled to the currency ("481.5 cents" -> 4.815 ZAR, "$0.18 per share" -> 0.18
# SGD); declines, falls, drops and slips negative ("20% net profit drop" -> -20, "shrank 12%" -> -12, "skidded 6%" ->
# -6, "fell nine basis points" -> -9 bp, "21% below a year ago" -> -21, "fell by 0.1 percentage point" -> -0.1 pp,
# "fell by 0.4%" -> -0.4, "a 0.5% decrease" -> -0.5, "dropped by approximately 20,000" -> -20000 people); multiples in
# words in "x" ("quadrupled" -> 4, "by nearly three times" -> 3, "jumped four times" -> 4), fractions in words with
# their value ("by a quarter" -> 25 %, "nearly half" -> 50 %, "three-fifths" -> 60 %, optional); currency codes ("$" on
# a Singapore business page about DBS -> SGD, "yen" -> JPY with the bracketed "$" -> USD, "VND" -> VND with "US$" ->
# USD, "R" -> ZAR); vehicles in "units" as printed, employment counts in "people"; hedges keep the number with the
# hedge in the basis ("above", "more than", "almost", "nearly", "around", "approximately", "less than"); a
# same-sentence "X from Y" / "X, down from Y" / "X as against Y" / "X against Y" / "to X from Y" value of the same
# quantity is the prior and the earlier value an optional row (news30 batch b, news36-news63), while an earlier-period
# figure with no current value beside it is a key row of its own (DBS's second-quarter net profit and net interest
# income, the August fall in hours worked); a headline's figure key and a later repeat optional (DBS's "20%"), a
# standfirst's figures key and the body's word-for-word repeat optional (Vinamilk), and a rounded lead figure optional
# beside the precise ones that follow ("above 800 billion yen"); bracketed currency conversions optional; periods only
# where the text states or clearly implies the year (news24; DBS's "Q3" beside "Q3 2019" -> 2020Q3, "Q2" 2020Q2, "H1
# this year" 2020H1, "the first nine months" 2020Q1-Q3; the carmakers' "May" beside "May 2022" -> 2023-05 with the
# year-ago month 2022-05; Vinamilk's "nine-month" / "January-September" beside "for 2019" -> 2019Q1-Q3, "the third
# quarter" / "July-September" 2019Q3 and the targets 2019; the labour force "September 2023" -> 2023-09 and "August"
# 2023-08; the trading houses' "financial year ending on March 31" and "April-December", and Mr Price's "26 weeks to
# September 29" print no year -> none; balances at a date, share moves and prices none); no broker rating action occurs
# in these six stories; quotes rendered as reported speech (the set never copies third-party sentences), their figures
# labelled like any other. Not labelled: dates and times ("Thursday", "June 2", "March 31", "March", "April",
# "September 30", "16 November", "September 29", "December 2022", "March 2020", "yesterday"), years named as years
# ("2020" in "the pandemic-stifled levels of 2020"), spans ("three months earlier", "the first 7 weeks", "the seven-week
# period", "the first two weeks", "all 3 months of the second quarter", "the past two months", "the past 12 months"),
# ranks ("the third-highest quarter on record", "the country's largest carmaker"), "double-digit growth" (no figure),
# "Tier-1", "COVID-19" and "Q3"/"Q2"/"H1" as names.

NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"
PC = "price_change_pct|price_change|share_price_change|pct_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en07 DBS's third quarter of 2020 (Singapore Business Review, qa.sbr.com.sg; most likely Thursday November 5, 2020, no date printed): headline 20% net profit drop; net profit $1.3b from $1.63b in Q3 2019; NII -12% YoY to $2.17b from $2.46b; net profit +4% on Q2 from $1.25b; fee income +17%; NII -6% from Q2's $2.3b; allowances $554m (Q3), $1.94b (H1), $2.49b (nine months, quadrupled, three-fifths for macro risks); NIM -9 bp to 1.53%; loans $371b; fee income +17% to $798m; wealth management fees +25% to $380m; card fees +22% to $160m, 21% below a year ago; other non-interest income -18% to $608m; CET1 +0.2pp to 13.9%; dividend $0.18 per share (SGD, %, bp, pp, x)
# A Singapore bank's quarter in S$ with net interest income and margin, allowances and fee income (news57 en11 had DBS's
# third quarter of 2022, news19 en08 OCBC's third quarter of 2018, news42 en08 broker targets on DBS after its second
# quarter of 2012; DBS's third quarter of 2020 appears in no earlier text). Whole as stored. Headline kept (rewritten:
# "DBS posts 20% net profit drop in Q3" -> "DBS reports 20% drop in Q3 net profit") with its standfirst (rewritten:
# "Lower net interest income triggered the fall." -> "Lower net interest income was behind the fall."). No quotes.
# Kept as printed: "$" without "S", the B/M abbreviations ("$1.3b", "$554m"), "Q3 2019", "YoY", "Q2's $2.3b", "H1",
# "nine basis points" in words, "quadrupled", "three-fifths", "0.2pp", "Common Equity Tier-1", "$0.18 per share".
# Periods: "Q3" / "the third quarter" -> 2020Q3 (decided: clearly implied by the year-earlier "Q3 2019" it is compared
# with), "the second quarter" / "Q2" 2020Q2, "H1 this year" 2020H1, "the first nine months" 2020Q1-Q3; loans "stable
# ... at $371b" and the CET1 ratio are balances at the quarter's end -> none.
# Decided: "$" on a Singapore business page about DBS -> SGD (news42 en08). The headline's -20 % key, the body's "fall
# 20%" optional. Net profit $1.3b key with the year-earlier $1.63b as prior ("down from ... in Q3 2019") and an
# optional 2019Q3 row; net interest income likewise ($2.17b, prior $2.46b). The quarter-on-quarter comparisons print
# the earlier value without restating the current one ("jumped 4% from $1.25b previously", "skidded 6% from Q2's
# $2.3b") -> the % change key and the Q2 value a key 2020Q2 row of its own (the current value's prior is already the
# year-earlier figure). Fee income's "recovered 17%" (first printing) key, its restatement "climbed 17% from Q2" an
# optional repeat; the $798m key. Allowances: the quarter's $554m, H1's $1.94b and the nine months' $2.49b key each
# with its period; "quadrupled from a year ago" key as 4 x (the only growth figure); "three-fifths of that amount" an
# optional 60 % (a fraction in words). NIM -9 bp (a number in words) and 1.53 % key. Wealth management and card fees
# key with their growth; card fees "still 21% below a year ago" key as -21 %. CET1 +0.2 pp and 13.9 % key. The
# quarterly dividend key as 0.18 SGD (2020Q3). Not labelled: "the third-highest quarter on record", "March", "April".
DBS = "DBS|DBS Group|DBS Group Holdings|DBS Bank"
Q, Q2, PQ, H1, M9 = "2020Q3", "2020Q2", "2019Q3", "2020H1", "2020Q1-Q3"
NII = "net_interest_income|nii"
NIIG = "net_interest_income_growth|nii_growth|net_interest_income_change"
ALW = "allowances|total_allowances|credit_allowances|provisions|loan_loss_allowances"
FEE = "fee_income|net_fee_income|fee_and_commission_income"
FEEG = "fee_income_growth|net_fee_income_growth|fee_income_change"
G["en07"] = ([
    m(NPG, -20, "%", DBS, Q, basis="headline; year on year"),
    m(NPG, -20, "%", DBS, Q, opt=True, basis="body repeat"),
    m(NP, 1.3e9, "SGD", DBS, Q, prior=1.63e9, basis="printed '$1.3b'"),
    m(NP, 1.63e9, "SGD", DBS, PQ, opt=True, basis="Q3 2019"),
    m(NIIG, -12, "%", DBS, Q, basis="YoY"),
    m(NII, 2.17e9, "SGD", DBS, Q, prior=2.46e9),
    m(NII, 2.46e9, "SGD", DBS, PQ, opt=True, basis="a year ago"),
    m("net_profit_growth_qoq|" + NPG, 4, "%", DBS, Q, basis="against the second quarter"),
    m(NP, 1.25e9, "SGD", DBS, Q2, basis="previously (second quarter); no current value in its sentence"),
    m(FEEG, 17, "%", DBS, Q, basis="recovered; on the second quarter (first printing)"),
    m("nii_growth_qoq|" + NIIG, -6, "%", DBS, Q, basis="from Q2"),
    m(NII, 2.3e9, "SGD", DBS, Q2, basis="Q2's; no current value in its sentence"),
    m(ALW, 554e6, "SGD", DBS, Q, basis="allowances taken during the quarter"),
    m(ALW, 1.94e9, "SGD", DBS, H1, basis="set aside during H1 this year"),
    m(ALW, 2.49e9, "SGD", DBS, M9, basis="total allowances for the first nine months"),
    m("allowances_growth|allowances_change|provisions_growth", 4, "x", DBS, M9, basis="quadrupled from a year ago"),
    m("general_allowances_share|allowances_share|share_of_allowances", 60, "%", DBS, M9, opt=True,
      basis="three-fifths of the nine months' allowances, for macroeconomic risks (a fraction in words)"),
    m("nim_change|net_interest_margin_change", -9, "bp", DBS, Q, basis="nine basis points (number in words)"),
    m("net_interest_margin|nim", 1.53, "%", DBS, Q),
    m("loans|gross_loans|total_loans", 371e9, "SGD", DBS, basis="stable in constant currency terms"),
    m(FEEG, 17, "%", DBS, Q, opt=True, basis="repeat: from Q2"),
    m(FEE, 798e6, "SGD", DBS, Q, basis="third-highest quarter on record"),
    m("wealth_management_fees_growth|wealth_management_fee_growth|fee_income_growth", 25, "%", DBS, Q),
    m("wealth_management_fees|wealth_management_fee_income", 380e6, "SGD", DBS, Q),
    m("card_fees_growth|card_fee_growth|fee_income_growth", 22, "%", DBS, Q),
    m("card_fees|card_fee_income", 160e6, "SGD", DBS, Q),
    m("card_fees_growth_yoy|card_fees_change|card_fees_growth", -21, "%", DBS, Q, basis="still below a year ago"),
    m("other_non_interest_income_growth|non_interest_income_growth|other_income_growth", -18, "%", DBS, Q,
      basis="from the previous quarter"),
    m("other_non_interest_income|non_interest_income|other_income", 608e6, "SGD", DBS, Q),
    m("cet1_ratio_change|cet1_change|capital_ratio_change", 0.2, "pp", DBS, basis="Common Equity Tier-1 ratio"),
    m("cet1_ratio|cet1|common_equity_tier1_ratio|capital_ratio", 13.9, "%", DBS),
    m("dividend_per_share|dps|dividend|quarterly_dividend", 0.18, "SGD", DBS, Q, basis="quarterly, per share"),
], [])

# ---------------------------------------------------------------- en08 Japan's trading houses raise their net-profit forecasts (Reuters on nippon.com; Thursday February 3, 2022, by the address's stamp, no date or year printed): above 800 billion yen ($7 billion) each for three; Mitsui +17% to 840 billion yen, Mitsubishi +11% to 820 billion yen, Itochu +9% to 820 billion yen, Marubeni +14% to 400 billion yen; April-December net profit +281% Mitsubishi, +218% Mitsui, +86% Itochu, +102% Marubeni; coking coal +91%, iron ore +72%, copper +50% (JPY, USD, %)
# Japanese trading houses' raised full-year forecasts in yen (news63 en08 had Subaru's forecast, news61 en10 a
# Japanese exporter's raised forecast, news2 en06 Toyota's; Mitsui, Marubeni and the trading houses' forecasts appear
# in no earlier text). Cut: the stored text breaks off mid-word in the next sentence ("Energy markets also rallied, with
# an average price of Asia's spot LNG jumping 376%, thermal coal surging 164% and Brent crude oil incr"), so the passage
# stops after the coking-coal sentence, a sentence boundary (the cut sentence's 376% and 164% go with it). Dropped as
# furniture: the photo caption printed twice ("FILE PHOTO: The logo of Japanese trading company Mitsui & Co. is seen in
# Tokyo, Japan, January 10, 2018. REUTERS/Toru Hanai") and the byline ("By Yuka Obayashi"). Headline kept (rewritten:
# "Japanese trading houses lift profit outlooks as commodity prices rise" -> "Japan's trading houses raise profit
# forecasts as commodity prices climb"); the dateline "TOKYO (Reuters) -" kept. The CFO's two quoted sentences rendered
# as reported speech (no figures). Kept as printed: "Mitsui & Co", "Mitsubishi Corp", "Itochu Corp", "Marubeni Corp",
# "above 800 billion yen ($7 billion)", "the financial year ending on March 31" beside "the financial year to March 31",
# "(LNG)", "by 9%" beside "11%" without "by", "April-December".
# Periods: none. "The financial year ending on March 31" and "April-December" print no year ("the pandemic-stifled
# levels of 2020" dates the slump, not the forecast year).
# Decided: "each lifted their annual profit estimates to above 800 billion yen ($7 billion)" is a rounded lead bound for
# three forecasts printed precisely below -> three optional 800e9 JPY rows and three optional 7e9 USD rows (one per
# house, so a per-company extraction is absorbed). Each forecast "raised ... by X% to Y billion yen" -> key revision %
# and key forecast level (guidance, no prior: the earlier forecast is not printed and not computed). April-December
# profit growth key per house. Commodity price rises key on the commodity (coking coal, iron ore, copper), average
# price April-December on a year earlier. Not labelled: "three months earlier", "2020", "March 31".
MIT = "Mitsui & Co|Mitsui|Mitsui & Co Ltd"
MBC = "Mitsubishi Corp|Mitsubishi Corporation|Mitsubishi"
ITC = "Itochu Corp|Itochu|Itochu Corporation"
MAR = "Marubeni Corp|Marubeni|Marubeni Corporation"
GNP = "guidance_net_profit|net_profit_forecast|net_profit_guidance|profit_forecast"
GREV = "guidance_revision|net_profit_forecast_change|guidance_net_profit_change|forecast_revision|forecast_raise"
APD = "net_profit_growth|net_income_growth|profit_growth"
CP = "average_price_change|price_change|commodity_price_change"
G["en08"] = ([
    m(GNP, 800e9, "JPY", MIT, opt=True, basis="above; annual estimate; rounded lead bound for three houses"),
    m(GNP, 800e9, "JPY", MBC, opt=True, basis="above; rounded lead bound"),
    m(GNP, 800e9, "JPY", ITC, opt=True, basis="above; rounded lead bound"),
    m(GNP, 7e9, "USD", MIT, opt=True, basis="bracketed conversion ($7 billion)"),
    m(GNP, 7e9, "USD", MBC, opt=True, basis="bracketed conversion ($7 billion)"),
    m(GNP, 7e9, "USD", ITC, opt=True, basis="bracketed conversion ($7 billion)"),
    m(GREV, 17, "%", MIT, basis="net profit forecast raised; financial year to March 31"),
    m(GNP, 840e9, "JPY", MIT, basis="financial year to March 31; a record"),
    m(GREV, 11, "%", MBC, basis="guidance climbed"),
    m(GNP, 820e9, "JPY", MBC, basis="financial year to March 31"),
    m(GREV, 9, "%", ITC, basis="rose by"),
    m(GNP, 820e9, "JPY", ITC, basis="financial year to March 31"),
    m(GREV, 14, "%", MAR, basis="upped"),
    m(GNP, 400e9, "JPY", MAR, basis="financial year to March 31"),
    m(APD, 281, "%", MBC, basis="April-December, from a year earlier"),
    m(APD, 218, "%", MIT, basis="April-December, from a year earlier"),
    m(APD, 86, "%", ITC, basis="April-December, from a year earlier"),
    m(APD, 102, "%", MAR, basis="April-December, from a year earlier"),
    m(CP, 91, "%", "coking coal", basis="average price in April-December, on the same period a year earlier"),
    m(CP, 72, "%", "iron ore", basis="average price in April-December, on a year earlier"),
    m(CP, 50, "%", "copper", basis="average price in April-December, on a year earlier"),
], [])

# ---------------------------------------------------------------- en09 India's carmakers' May 2023 wholesales (The Tribune, tribuneindia.com; dateline "Chandigarh, June 2", the year from "May 2022"): Maruti Suzuki domestic 1,43,708 units vs 1,24,474, +15.4%, total 1,78,083 units; Hyundai Motor India domestic 48,601 vs 42,293, +14.91%, exports 11,000 units; Tata Motors +6% to 45,878 vs 43,341; Mahindra & Mahindra passenger vehicles +22% to 32,886 vs 26,904; MG Motor India 5,006 units, +25% (units, %)
# A round-up of several carmakers' monthly domestic sales in units (news59 en07 had Mahindra & Mahindra's November 2019,
# news30 en09 Maruti Suzuki's April 2021; May 2023 and Hyundai Motor India's, Tata Motors' and MG Motor India's monthly
# sales appear in no earlier text). Whole as stored. Dropped as furniture: the service line and byline ("Tribune News
# Service", "Vijay C Roy"); the dateline "Chandigarh, June 2" kept as page text. No headline in the stored text (the
# address slug "suvs-rural-demand-accelerate-auto-sales-in-may-513766" is not page text; none added). The Hyundai
# COO's two quoted sentences rendered as reported speech ("double-digit growth", no figure). Kept as printed: the Indian
# digit grouping ("1,43,708", "1,24,474", "1,78,083") beside Western grouping ("48,601", "45,878"), "year-on-year (YoY)",
# "14.91%" with two decimals, "as against" / "against", "units" throughout, "on Thursday" beside the "June 2" dateline.
# Periods: "May" beside "May 2022" named as the year-ago month -> 2023-05 (news59 en07: the year-ago month named fixes
# the current one), "last month" 2023-05, "the same month last year" / "May 2022" 2022-05.
# Decided: each "X as against Y" / "to X against Y" -> key X with the year-ago Y as prior and an optional 2022-05 row;
# each growth key. Maruti's total ("Overall, the company sold 1,78,083 units last month") key as total sales. Hyundai's
# 11,000 exported units key. Tata Motors' "sales" keyed as total sales (the passenger-vehicle alternative included: the
# paragraph leads on passenger vehicles). M&M's figure keyed on its passenger-vehicle segment with M&M among the
# alternatives. MG's 5,006 units and +25 % key (no earlier level printed).
MS = "Maruti Suzuki|Maruti Suzuki India|MSIL|Maruti"
HY = "Hyundai Motor India|Hyundai|Hyundai Motor|HMIL"
TM = "Tata Motors|Tata"
MM = "Mahindra & Mahindra|M&M|Mahindra|Mahindra and Mahindra"
MG = "MG Motor India|MG Motor|MG"
M, PM = "2023-05", "2022-05"
DS = "domestic_sales|domestic_wholesales|domestic_sales_volume|sales_volume"
DSG = "domestic_sales_growth|sales_growth|sales_volume_growth"
TS = "total_sales|sales|sales_volume|total_sales_volume"
TSG = "total_sales_growth|sales_growth|sales_volume_growth"
PV = "passenger_vehicle_sales|pv_sales|sales|sales_volume|domestic_sales"
G["en09"] = ([
    m(DS, 143708, "units", MS, M, prior=124474, basis="domestic; printed '1,43,708'"),
    m(DS, 124474, "units", MS, PM, opt=True, basis="same month last year; printed '1,24,474'"),
    m(DSG, 15.4, "%", MS, M, basis="year-on-year (YoY)"),
    m(TS, 178083, "units", MS, M, basis="overall, last month; printed '1,78,083'"),
    m(DS, 48601, "units", HY, M, prior=42293, basis="domestic"),
    m(DS, 42293, "units", HY, PM, opt=True, basis="May 2022"),
    m(DSG, 14.91, "%", HY, M, basis="YoY"),
    m("exports|export_volume|exported_units", 11000, "units", HY, M, basis="exported"),
    m(TS + "|passenger_vehicle_sales", 45878, "units", TM, M, prior=43341),
    m(TS + "|passenger_vehicle_sales", 43341, "units", TM, PM, opt=True, basis="May 2022"),
    m(TSG, 6, "%", TM, M, basis="YoY"),
    m(PV, 32886, "units", "passenger vehicle segment|" + MM, M, prior=26904, basis="passenger vehicle segment"),
    m(PV, 26904, "units", "passenger vehicle segment|" + MM, PM, opt=True, basis="May 2022"),
    m("passenger_vehicle_sales_growth|" + TSG, 22, "%", "passenger vehicle segment|" + MM, M, basis="YoY"),
    m(TS, 5006, "units", MG, M),
    m(TSG, 25, "%", MG, M, basis="over the same month last year"),
], [])

# ---------------------------------------------------------------- en10 Vinamilk's nine months and third quarter of 2019 (Bizhub, bizhub.vn; most likely late October 2019, no date printed; the year from "for 2019"): revenue more than VND42 trillion, +7 per cent (standfirst and body); nine-month net profit 80 per cent of target, +almost 6 per cent to VND8.38 trillion (US$363 million); dairy 96 per cent, VND40.37 trillion; financial expenses +a quarter to VND116 billion, borrowing interest +93 per cent, commission VND12 billion; 2019 targets VND56.3 trillion revenue and VND10.5 trillion net profit; Q3 revenue +4 per cent to more than VND14.3 trillion, gross profit +4 per cent to VND6.7 trillion, financial expenditure +nearly half to VND45 billion, net profit +5 per cent to VND2.69 trillion; cash VND1.04 trillion; short-term investments VND10.24 trillion, +18 per cent; GTNFoods investment nearly three times to VND1.48 trillion, 40.53 per cent; total assets more than VND40 trillion from VND37.3 trillion; short-term loans four times to VND4.2 trillion (VND, USD, %, x)
# A Vietnamese consumer company's nine months and quarter in dong against its annual targets (news26 en05 had a Ho Chi
# Minh City market close in dong; Vinamilk and GTNFoods appear in no earlier text). Cut: the stored text breaks off
# mid-figure in the last sentence ("Vinamilk shares are listed on the Ho Chi Minh Stock Exchange as VNM and fell 1.5 per
# cent to end Thursday at VND13"), so the passage stops after the short-term-loans sentence, a sentence boundary (the
# cut sentence's 1.5 per cent and its broken price go with it). No headline in the stored text (it opens with its
# summary line; the address slug "vinamilk-q3-profit-meets-80-per-cent-of-yearly-target-post310525" is not page text;
# none added). The summary line (standfirst) is repeated word for word as the body's fifth paragraph; both kept
# (rewritten differently). No quotes. Kept as printed: "VND" run into every amount, "(US$363 million)", "per cent",
# "after three quarters", "nine-month", "January-September", "July-September", "by a quarter" and "nearly half" in
# words, "by nearly three times", "jumped four times", "more than" on the revenue and asset figures; the source's
# "one of the country's leading dairy producer" (singular) is rewritten away.
# Periods: "nine-month" / "January-September" / "after three quarters" -> 2019Q1-Q3 and "the third quarter" /
# "July-September" 2019Q3 (decided: clearly implied by the targets "for 2019" and "80 per cent of the year's target");
# the targets 2019; cash "as of September 30", short-term investments (against "the beginning of the year"), the
# GTNFoods stake, total assets and short-term loans are balances -> none.
# Decided: the standfirst's revenue (more than VND42 trillion) and +7 % key (first printing), the body's word-for-word
# repeat optional. "Net profit hit 80 per cent of the year's target" key as a target-completion %. Nine-month net profit
# +6 % (almost) and VND8.38 trillion key, the US$ conversion optional. Dairy share 96 % and VND40.37 trillion key.
# Financial expenses "rose a quarter" key as +25 % (a fraction in words), VND116 billion key; borrowing interest +93 %
# key; commission paid to sellers VND12 billion key. 2019 targets key as guidance. Third quarter: revenue +4 % and more
# than VND14.3 trillion, gross profit +4 % and VND6.7 trillion, financial expenditure "up nearly half" (+50 %, hedge in
# the basis) and VND45 billion, net profit +5 % and VND2.69 trillion key. Cash VND1.04 trillion key; short-term
# investments VND10.24 trillion and +18 % key. GTNFoods: "by nearly three times" key as 3 x, VND1.48 trillion and the
# 40.53 % stake key (keyed on GTNFoods with Vinamilk among the alternatives). Total assets more than VND40 trillion key
# with prior VND37.3 trillion ("to ... from") and an optional earlier row; short-term loans "jumped four times" key as
# 4 x and VND4.2 trillion key.
VNM = "Vinamilk|Vietnam Dairy Products Joint Stock Company|Vietnam Dairy Products JSC|VNM"
GTN = "GTNFoods|GTNFoods JSC|" + VNM
M9, Q, FY = "2019Q1-Q3", "2019Q3", "2019"
REV = "revenue|net_revenue|total_net_revenue|sales"
REVG = "revenue_growth|net_revenue_growth|sales_growth"
FE = "financial_expenses|finance_costs|financial_expenditure"
FEG = "financial_expenses_growth|finance_costs_growth|financial_expenditure_growth"
G["en10"] = ([
    m(REV, 42e12, "VND", VNM, M9, basis="more than; total net revenue after three quarters (standfirst)"),
    m(REVG, 7, "%", VNM, M9, basis="year on year (standfirst)"),
    m("target_completion|target_achievement|share_of_target|net_profit_target_completion", 80, "%", VNM, M9,
      basis="nine-month net profit as a share of the year's target"),
    m(NPG, 6, "%", VNM, M9, basis="almost; year on year"),
    m(NP, 8.38e12, "VND", VNM, M9, basis="nine-month"),
    m(NP, 363e6, "USD", VNM, M9, opt=True, basis="bracketed conversion (US$363 million)"),
    m(REV, 42e12, "VND", VNM, M9, opt=True, basis="more than; body repeat of the standfirst"),
    m(REVG, 7, "%", VNM, M9, opt=True, basis="body repeat of the standfirst"),
    m("dairy_sales_share|revenue_share|segment_share", 96, "%", "dairy products|" + VNM, M9,
      basis="share of total revenue"),
    m("dairy_sales|segment_revenue|sales", 40.37e12, "VND", "dairy products|" + VNM, M9),
    m(FEG, 25, "%", VNM, M9, basis="rose a quarter (a fraction in words)"),
    m(FE, 116e9, "VND", VNM, M9),
    m("borrowing_interest_growth|interest_expense_growth|interest_cost_growth", 93, "%", VNM, M9),
    m("commission_paid|commissions|sales_commission", 12e9, "VND", VNM, M9, basis="commission paid to sellers"),
    m("revenue_target|guidance_revenue|revenue_guidance", 56.3e12, "VND", VNM, FY, basis="target, total revenue"),
    m("net_profit_target|guidance_net_profit|net_profit_guidance", 10.5e12, "VND", VNM, FY, basis="target"),
    m(REVG, 4, "%", VNM, Q, basis="annual increase in net revenue, third quarter alone"),
    m(REV, 14.3e12, "VND", VNM, Q, basis="more than; net revenue"),
    m("gross_profit_growth|gross_profit_change", 4, "%", VNM, Q, basis="year on year"),
    m("gross_profit", 6.7e12, "VND", VNM, Q),
    m(FEG, 50, "%", VNM, Q, basis="up nearly half (a fraction in words)"),
    m(FE, 45e9, "VND", VNM, Q),
    m(NPG, 5, "%", VNM, Q, basis="July-September, year on year"),
    m(NP, 2.69e12, "VND", VNM, Q, basis="July-September"),
    m("cash_and_cash_equivalents|cash|cash_balance", 1.04e12, "VND", VNM, basis="as of September 30"),
    m("short_term_investments|short_term_financial_investments", 10.24e12, "VND", VNM),
    m("short_term_investments_growth|short_term_financial_investments_growth", 18, "%", VNM,
      basis="from the beginning of the year"),
    m("investment_growth|investment_change|stake_value_change", 3, "x", GTN, basis="by nearly three times"),
    m("investment|investment_value|stake_value", 1.48e12, "VND", GTN, basis="Vinamilk's investment in GTNFoods"),
    m("stake|ownership|ownership_stake|shareholding", 40.53, "%", GTN, basis="Vinamilk's ownership in GTNFoods"),
    m("total_assets|assets", 40e12, "VND", VNM, prior=37.3e12, basis="more than; increased slightly"),
    m("total_assets|assets", 37.3e12, "VND", VNM, opt=True, basis="earlier level"),
    m("short_term_loans_growth|short_term_debt_growth|short_term_borrowings_growth", 4, "x", VNM,
      basis="jumped four times"),
    m("short_term_loans|short_term_debt|short_term_borrowings", 4.2e12, "VND", VNM),
], [])

# ---------------------------------------------------------------- en11 Mr Price's interim results and the retail rally (Business Report / IOL, an IOL Plus copy on elasticbeanstalk.com; most likely Friday November 22, 2024, the rally on the day of the Reserve Bank's November 21 cut, no date or year printed): shares +7.1% to R292.30; sales +12.4% in the first 7 weeks of the second half, +14.7% in the first two weeks of November; revenue +5.2% to R17.6bn; TFG +4.1% to R174.12, Pepkor +3.9% to R24.48, Truworths +3.77% to R108.44, Spar +3.45% to R134.99; retail sales +5.1% vs the market's 2.2%; gross margin +110 basis points to 39.7%; basic EPS 481.5 cents +7.3%, HEPS 481.8 cents +7.1%; diluted HEPS +6.5% to 468 cents; interim dividend +7.1% to 303.6 cents; pay-out ratio 63% (ZAR, %, bp)
# A South African clothing retailer's interim results in rand with the day's share rally and four other retail movers
# (news33 en08 had Mr Price's interim results of 2017, news41 en09 a JSE close; Mr Price's results of November 2024,
# The Foschini Group, Pepkor and Mark Blair appear in no earlier text, Truworths only in news45 en08's results diary).
# Cut: the stored text breaks off mid-sentence ("Blair said while there were positive economic factors such as no load
# shedding, increased political stability and the"), so the passage stops after the dividend sentence, a sentence
# boundary (no figure goes with the cut). No headline in the stored text (it opens with its first paragraph; the
# address slug "mr-price-group-leads-retail-rally-on-stock-market-after-reporting-sales-upturn-..." is not page text;
# none added). The CEO's quoted sentence rendered as reported speech ("12.4%" and "the first 7 weeks" kept). Kept as
# printed: "R" run into every amount, "R17.6bn", "per share", "the first 7 weeks" in digits beside "the seven-week period"
# in words, "all 3 months", "16 November" (day-month) beside "September 29" (month-day), "The Foschini Group",
# "Truworths'", "110 basis points", "cents", "Diluted headline earnings a share", "pay-out ratio".
# Periods: none. "The second quarter", "the second half", "November", "the 26 weeks to September 29" and "the
# seven-week period to 16 November" print no year.
# Decided: "R" -> ZAR; cents scaled to rand (481.5 cents -> 4.815 ZAR). The day's moves and prices of Mr Price and the
# four other retailers key. The sales growth of the first 7 weeks of the second half (the CEO's) and of the first two
# weeks of November key (the spans in the basis). Revenue for the 26 weeks +5.2 % and R17.6bn key. Retail sales growth
# 5.1 % key on Mr Price, the comparable market's 2.2 % key on the market. Gross margin +110 bp and 39.7 % key. "Basic
# and headline earnings per share of 481.5 cents and 481.8 cents were up 7.3% and 7.1% respectively" -> four key rows
# (each figure paired as printed). Diluted HEPS +6.5 % and 468 cents key; interim dividend +7.1 % and 303.6 cents key;
# the 63 % pay-out ratio key. Three different 7.1 % figures (the share surge, HEPS growth, the dividend rise) are three
# rows. Not labelled: "double-digit growth", "the first 7 weeks", "all 3 months", "the 26 weeks", "16 November".
MRP = "Mr Price Group|Mr Price|Mr Price Group Ltd|MRP"
TFG = "The Foschini Group|Foschini|TFG|Foschini Group"
PPH = "Pepkor|Pepkor Holdings"
TRU = "Truworths|Truworths International"
SPR = "Spar|SPAR Group|The Spar Group"
SG = "sales_growth|retail_sales_growth|revenue_growth"
G["en11"] = ([
    m(PC, 7.1, "%", MRP, basis="surging; JSE, yesterday"),
    m(PX, 292.30, "ZAR", MRP, basis="per share"),
    m(SG, 12.4, "%", MRP, basis="the first 7 weeks of the second half (CEO's statement)"),
    m(SG, 14.7, "%", MRP, basis="the first two weeks of November"),
    m("revenue_growth|total_revenue_growth|sales_growth", 5.2, "%", MRP, basis="26 weeks to September 29"),
    m("revenue|total_revenue", 17.6e9, "ZAR", MRP, basis="26 weeks to September 29; printed 'R17.6bn'"),
    m(PC, 4.1, "%", TFG, basis="yesterday morning"),
    m(PX, 174.12, "ZAR", TFG),
    m(PC, 3.9, "%", PPH),
    m(PX, 24.48, "ZAR", PPH),
    m(PC, 3.77, "%", TRU),
    m(PX, 108.44, "ZAR", TRU),
    m(PC, 3.45, "%", SPR),
    m(PX, 134.99, "ZAR", SPR),
    m("retail_sales_growth|sales_growth", 5.1, "%", MRP, basis="outperformed the comparable market"),
    m("market_sales_growth|retail_sales_growth|sales_growth", 2.2, "%",
      "comparable market|South African clothing and homeware market|retail market", basis="comparable market's sales growth"),
    m("gross_margin_change|gross_profit_margin_change", 110, "bp", MRP, basis="expansion"),
    m("gross_margin|gross_profit_margin", 39.7, "%", MRP),
    m("basic_eps|eps|earnings_per_share", 4.815, "ZAR", MRP, basis="basic; printed 481.5 cents"),
    m("heps|headline_earnings_per_share|eps", 4.818, "ZAR", MRP, basis="headline; printed 481.8 cents"),
    m("basic_eps_growth|eps_growth", 7.3, "%", MRP, basis="basic earnings per share"),
    m("heps_growth|headline_earnings_per_share_growth|eps_growth", 7.1, "%", MRP, basis="headline earnings per share"),
    m("diluted_heps_growth|heps_growth|eps_growth", 6.5, "%", MRP, basis="diluted headline earnings a share"),
    m("diluted_heps|heps|headline_earnings_per_share|eps", 4.68, "ZAR", MRP, basis="diluted; printed 468 cents"),
    m("dividend_growth|dividend_per_share_growth|dps_growth|interim_dividend_growth", 7.1, "%", MRP,
      basis="interim dividend raised"),
    m("interim_dividend|dividend_per_share|dps|dividend", 3.036, "ZAR", MRP, basis="a share; printed 303.6 cents"),
    m("payout_ratio|dividend_payout_ratio|pay_out_ratio", 63, "%", MRP, basis="maintained"),
], [])

# ---------------------------------------------------------------- en12 Australia's labour force for September 2023 (pigeonreporter.com; Tuesday October 24, 2023, by the address, the release month printed): unemployment -0.1 percentage point to 3.6%; employment +around 7,000 people, unemployed -approximately 20,000; participation -0.2 pp to 66.7%; average monthly employment growth around 35,000 people; employment-to-population -0.1 pp to 64.4%; hours worked -0.4% (September 2023) after -0.5% (August); employment +less than 0.1%; annual growth in hours and employment 2.9%; underemployment -0.2 pp to 6.4%, +0.4 pp on September 2022; underutilisation -0.3 pp to 9.9% (%, pp, people)
# A macro data release: Australia's monthly labour-force report (news23 en03, news35 en09 and news41 en10 had earlier
# Australian jobs releases, news29 en05 August 2010's, news60 en12 New Zealand's September quarter of 2022; the release
# for September 2023, Kate Lamb and the employment-to-population ratio appear in no earlier text). Cut: the stored text
# breaks off mid-sentence in the trend paragraph ("In trend terms, the unemployment rate remained at 3.6%, with steady
# but slowing growth in"), so the passage stops after the underutilisation paragraph, a sentence boundary (the cut
# sentence's trend 3.6% goes with it). Headline kept (rewritten: "Australian Employment Holds Steady with Slight Dip in
# September" -> "Australian employment steady with a slight dip in September"). Kate Lamb's remarks (reported, with
# "highlighted" and "emphasized", no quotation marks) rewritten. Kept as printed: "0.1 percentage point" (singular)
# beside "0.2 percentage points", "Labour Force, Australia", "labor force" (US spelling), "pre-COVID-19", "around 7,000
# people", "approximately 20,000", "around 35,000 people", "less than 0.1%", "September 2023", "December 2022", "the
# same month in 2022", "March 2020".
# Periods: "September 2023" -> 2023-09 for the month's rates, changes and counts; "August" -> 2023-08 (decided: the
# month before the September 2023 release, clearly implied); the annual growth figures (to September 2023) 2023-09 with
# "annual" in the basis; the two-month average employment growth none (a span).
# Decided: every rate key with its percentage-point change key (falls negative), no prior computed (the earlier levels
# are not printed). Employment +7,000 people and unemployed -20,000 people key (hedges in the basis); the two-month
# average employment growth of 35,000 people key. Hours worked -0.4 % (September 2023) key and "following a 0.5%
# decrease in August" a key 2023-08 row of its own. Employment "rising less than 0.1%" key as 0.1 % with the bound in
# the basis. "Annual growth in both hours worked and employment was 2.9%" -> two key rows (one figure, two quantities).
# The underemployment rate's "still 0.4 percentage points higher than the same month in 2022" key as +0.4 pp on the
# year. Not labelled: "the past two months", "the past 12 months", "December 2022", "March 2020", "pre-COVID-19".
AU = "Australia|Australian labour market|Australian economy"
S, A = "2023-09", "2023-08"
UR = "unemployment_rate|jobless_rate"
G["en12"] = ([
    m("unemployment_rate_change|" + UR, -0.1, "pp", AU, S, basis="seasonally adjusted"),
    m(UR, 3.6, "%", AU, S, basis="seasonally adjusted"),
    m("employment_change|jobs_added|employment_growth", 7000, "people", AU, S, basis="around; modest increase"),
    m("unemployed_change|unemployment_change|unemployed_persons_change", -20000, "people", AU, S,
      basis="approximately; number of unemployed"),
    m("participation_rate_change|participation_rate", -0.2, "pp", AU, S),
    m("participation_rate|labour_force_participation_rate", 66.7, "%", AU, S),
    m("average_monthly_employment_growth|employment_change|employment_growth", 35000, "people", AU,
      basis="around; average over the past two months"),
    m("employment_to_population_ratio_change|employment_to_population_ratio", -0.1, "pp", AU, S),
    m("employment_to_population_ratio|employment_rate", 64.4, "%", AU, S),
    m("hours_worked_change|hours_worked_growth|monthly_hours_worked_change", -0.4, "%", AU, S,
      basis="monthly hours worked"),
    m("hours_worked_change|hours_worked_growth|monthly_hours_worked_change", -0.5, "%", AU, A,
      basis="August; a clause of its own"),
    m("employment_growth|employment_change", 0.1, "%", AU, S, basis="less than; relatively flat"),
    m("hours_worked_growth_annual|hours_worked_growth|hours_worked_change", 2.9, "%", AU, S,
      basis="annual growth in hours worked"),
    m("employment_growth_annual|employment_growth|employment_change", 2.9, "%", AU, S,
      basis="annual growth in employment (the same printed figure)"),
    m("underemployment_rate_change|underemployment_rate", -0.2, "pp", AU, S),
    m("underemployment_rate", 6.4, "%", AU, S),
    m("underemployment_rate_change_yoy|underemployment_rate_change", 0.4, "pp", AU, S,
      basis="still higher than the same month in 2022"),
    m("underutilisation_rate_change|underutilisation_rate", -0.3, "pp", AU, S),
    m("underutilisation_rate|labour_underutilisation_rate", 9.9, "%", AU, S,
      basis="unemployment plus underemployment"),
], [])
