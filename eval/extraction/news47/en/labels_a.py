# Hand-written gold labels for news47/en en01-en06 (batch a: Japanese, Korean, Indian and Australian company and market
# news). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read,
# and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news46/en/README.md, with the labels of news45/en as the model: values fully scaled ("8.3 trillion won" ->
# 8.3e12 KRW, "725 billion yen" -> 725e9 JPY, "Rs 16,735.50 crore" -> 1.673550e11 INR with crore 1e7, the lakh-crore
# grouping "Rs 24,52,800 crore" -> 2.4528e13 INR, "a 21-paisa range" -> 0.21 INR, "4.10 million vehicles" -> 4.10e6);
# declines negative ("slipped 0.49 percent" -> -0.49, "dumped 440 billion won" -> -440e9 KRW net flow, "down 6.40 won" ->
# -6.40 KRW on the won, "fell 10.4%" -> -10.4, "dropping by $5.7 billion" -> -5.7e9 USD); currency codes ("won" -> KRW,
# "yen" -> JPY, "Rs" -> INR, "$" conversions on Korean and Japanese wire pages -> USD, "$" on an Australian page -> AUD,
# "$" for Indian reserves -> USD); index levels and point moves in "points"; exchange rates in the quoting currency per
# US dollar (1,355.9 won -> 1355.9 KRW; 81.6225 per dollar -> 81.6225 INR; a yen assumption of 135 -> 135 JPY); hedges
# keep the number with the hedge in the basis ("some", "nearly", "about", "above", "closer to", "around"); a
# same-sentence "X from Y" / "compared with Y" / "against Y" value of the same quantity is the prior and the earlier
# value also an optional row (news30 batch b, news36-news46); bracketed conversions optional; periods only where the
# text states or clearly implies the year (news24; market moves, prices, flows and exchange rates none; Japanese and
# Indian fiscal years ending in March named by the year they end: "the year to March 2023" -> FY2023, "Q3 FY25" ->
# FY2025Q3; a balance "as on 31 December 2024" -> 2024-12, as news46 batch b's "end-June 2023" -> 2023-06); the
# source's own errors labelled as printed (news44-news46); spans ("32-year low", "seven-year high", "25 years left",
# "six-eight months", "one and a half years"), dates, times, ordinals and counts of sessions or weeks not labelled;
# quotes rendered as reported speech (the set never copies third-party sentences), their figures labelled like any
# other; breadth counts optional (news45 batch b).

PC = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en01 Seoul close (Yonhap text on The Korea Herald, khview.heraldm.com; Monday October 14, 2024, no date printed): Kospi +26.38 points (+1.02%) to 2,623.29, 391 million shares worth 8.3 trillion won ($6.12 billion), 488 up / 395 down, foreigners +77.6 billion won, retail -440 billion won, institutions +325 billion won, foreign net selling 2.51 trillion won (August) and 7.36 trillion won (September), some 1 trillion won this month, ten large caps' % moves and prices in won, the won at 1,355.9 per dollar, down 6.40 won (points, KRW, %, shares)
# A Korean market close with investor-group flows, movers in won and the currency. Whole as stored; the closing
# "(Yonhap)" credit kept. The stored text has no headline (the address is not page text; none added). The Kiwoom
# Securities analyst's quote is rendered as reported speech (no figure in it; the "some 1 trillion won" stands in the
# narrative clause after it). Periods: none (market moves, prices and flows; "in August" and "in September" print no
# year, kept in the basis).
# Decided: the index's point and % moves and close key; volume (shares) and value (KRW) key, the "($6.12 billion)"
# conversion optional; breadth (488 / 395) optional counts. Monday's flows: foreigners "net bought" -> +77.6e9, retail
# investors "dumped" -> -440e9, institutions "scooped up a net" -> +325e9, each key on its investor group with the
# Kospi among the entity alternatives. The earlier months' net selling (2.51 trillion won in August, 7.36 trillion won in
# September) and "some 1 trillion won" net sold this month are key negative foreign flows of their own. Each mover's %
# move and closing price key in KRW; Hyundai Motor "stayed flat" -> its price key and an optional 0 %. The won "at
# 1,355.9 ... down 6.40 won" -> a key rate of 1,355.9 KRW per dollar and a key -6.40 KRW move on the won (the text's
# "down", the won's direction). Not labelled: "3:30 p.m." (a time), "two consecutive months", "this week".
KOSPI = "Kospi|KOSPI|Korea Composite Stock Price Index"
WON = "won|Korean won|KRW|USD/KRW"
FLOW = "net_flow|net_buying|net_selling|net_equity_flow|fund_flow"
movers01 = [("Samsung Electronics|Samsung", 2.53, 60800), ("SK hynix|SK Hynix", 0.81, 187500),
            ("KB Financial|KB Financial Group", 6.46, 97200), ("Woori Financial|Woori Financial Group", 3.96, 16540),
            ("Shinhan Financial|Shinhan Financial Group", 1.04, 58100), ("LG Energy Solution|LGES", -1.22, 406000),
            ("Samsung SDI", -3.75, 359000), ("Kia|Kia Corp", -0.49, 100600)]
G["en01"] = ([
    m("index_change|index_change_points", 26.38, "points", KOSPI),
    m("index_change_pct|index_change|pct_change", 1.02, "%", KOSPI),
    m("index_level|close|index_close", 2623.29, "points", KOSPI),
    m("volume|turnover_volume|trading_volume", 391e6, "shares", KOSPI, basis="moderate"),
    m("turnover|trading_value|turnover_value", 8.3e12, "KRW", KOSPI),
    m("turnover|trading_value|turnover_value", 6.12e9, "USD", KOSPI, opt=True, basis="conversion in brackets"),
    m("gainers|advancers", 488, "stocks", KOSPI, opt=True, basis="gainers outnumbering losers 488 to 395"),
    m("losers|decliners", 395, "stocks", KOSPI, opt=True),
    m(FLOW + "|foreign_net_buying|foreign_net_flow", 77.6e9, "KRW", "foreigners|foreign investors|" + KOSPI,
      basis="net bought"),
    m(FLOW + "|retail_net_flow|retail_net_selling", -440e9, "KRW", "retail investors|individuals|" + KOSPI,
      basis="dumped"),
    m(FLOW + "|institutional_net_flow|institutional_net_buying", 325e9, "KRW", "institutions|" + KOSPI,
      basis="scooped up a net"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -2.51e12, "KRW",
      "foreign investors|foreigners|" + KOSPI, basis="net selling of listed shares in August; earlier reports"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -7.36e12, "KRW",
      "foreign investors|foreigners|" + KOSPI, basis="net selling of listed shares in September; earlier reports"),
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -1e12, "KRW", "offshore investors|foreign investors|" + KOSPI,
      basis="some; net sold this month so far"),
] + [x for c, chg, px in movers01 for x in (m(PC, chg, "%", c), m(PX, px, "KRW", c))] + [
    m(PX, 248500, "KRW", "Hyundai Motor|Hyundai Motor Co", basis="stayed flat"),
    m(PC, 0, "%", "Hyundai Motor|Hyundai Motor Co", opt=True, basis="stayed flat"),
    m("fx_rate|exchange_rate", 1355.9, "KRW", WON, basis="won per US dollar at 3:30 p.m."),
    m("fx_change|currency_change|exchange_rate_change", -6.40, "KRW", WON, basis="down from the previous session"),
], [])

# ---------------------------------------------------------------- en02 Honda raises its full-year outlook on the weaker yen (wire text on MarketScreener, marketscreener.com; a Wednesday in November 2022, no date printed): net profit forecast 725 billion yen ($4.9 billion) from 710 billion yen, +2.5% on the year, sales forecast a record 17.4 trillion yen from 16.8 trillion yen, dollar assumption 135 yen from 125 yen, operating profit forecast 870 billion yen from 830 billion yen with a 120 billion yen boost from the weaker yen, vehicle sales plan 4.10 million from 4.20 million (JPY, %, vehicles)
# A Japanese exporter's full-year outlook revision with the exchange-rate assumption behind it. Cut: the stored page
# breaks off mid-word ("High raw material prices also remain a concern, adding pressure on its profita"); the passage
# stops after the CFO's sentence, before it. No headline in the stored text (the address slug is not page text; none
# added). The operating executive's quoted sentence is rendered as reported speech, keeping its bracketed gloss as
# words ("the record sales forecast"); no figure in it. Kept as printed: "The latest net profit project" (for
# projection), rendered "The new net profit project". Periods: "the year to March 2023" -> FY2023 (Honda's fiscal year
# ending March 2023, named like the dev corpus's Indian FY2020), and "the current fiscal year" / "this fiscal year" the
# same year; the yen's "32-year low in October" not labelled (a span and a month).
# Decided: each revised forecast "to X from Y" -> a key FY2023 guidance row with the earlier forecast as prior and an
# optional row for the earlier forecast (net profit, sales, dollar assumption, operating profit, vehicle sales plan).
# The net profit forecast's "2.5 percent rise from the previous year" a key growth row. The "$4.9 billion" conversion
# optional. The yen assumption is a key exchange-rate assumption in JPY (yen per dollar), entity Honda with USD/JPY
# among the alternatives. "The weaker yen outlook alone boosted the guideline by 120 billion yen" -> a key +120e9 JPY
# currency effect on the operating profit guidance. Not labelled: "March" (the yen's downtrend since March), "October".
HONDA = "Honda Motor|Honda Motor Co.|Honda"
FY23 = "FY2023"
GNP = "guidance_net_profit|net_profit_forecast|net_profit_guidance|net_profit_outlook"
GREV = "guidance_revenue|revenue_forecast|sales_forecast|revenue_guidance|sales_outlook"
GOP = "guidance_operating_profit|operating_profit_forecast|operating_profit_guidance|operating_profit_outlook"
FXA = "fx_assumption|exchange_rate_assumption|usd_jpy_assumption|currency_assumption"
GVS = "vehicle_sales_forecast|guidance_vehicle_sales|unit_sales_forecast|sales_volume_forecast|vehicle_sales_plan"
G["en02"] = ([
    m(GNP, 725e9, "JPY", HONDA, FY23, prior=710e9, basis="full-year; raised"),
    m(GNP, 710e9, "JPY", HONDA, FY23, opt=True, basis="previously projected"),
    m(GNP, 4.9e9, "USD", HONDA, FY23, opt=True, basis="conversion in brackets"),
    m("guidance_net_profit_growth|net_profit_growth_forecast|net_profit_growth", 2.5, "%", HONDA, FY23,
      basis="rise from the previous year"),
    m(GREV, 17.4e12, "JPY", HONDA, FY23, prior=16.8e12, basis="record; current fiscal year"),
    m(GREV, 16.8e12, "JPY", HONDA, FY23, opt=True, basis="earlier forecast"),
    m(FXA, 135, "JPY", HONDA + "|USD/JPY|yen", FY23, prior=125, basis="yen per dollar; this fiscal year"),
    m(FXA, 125, "JPY", HONDA + "|USD/JPY|yen", FY23, opt=True, basis="previous assumption"),
    m(GOP, 870e9, "JPY", HONDA, FY23, prior=830e9, basis="raised"),
    m(GOP, 830e9, "JPY", HONDA, FY23, opt=True, basis="previous estimate"),
    m("fx_impact|currency_impact|fx_effect|guidance_change", 120e9, "JPY", HONDA, FY23,
      basis="weaker yen outlook alone boosted the operating profit guideline"),
    m(GVS, 4.10e6, "vehicles", HONDA, FY23, prior=4.20e6, basis="global vehicle sales plan; cut"),
    m(GVS, 4.20e6, "vehicles", HONDA, FY23, opt=True, basis="previous plan"),
], [])

# ---------------------------------------------------------------- en03 SK Hynix's record second quarter of 2017 against brokers' estimates (Korea JoongAng Daily, koreajoongangdaily.joins.com; Tuesday July 25, 2017, page dated July 26): net profit 2.46 trillion won ($2.2 billion) from 286 billion won, nearly nine times, operating profit +573.7% to 3.05 trillion won, sales 6.69 trillion won (+69.8%), operating margin 46% (40% in 2004), estimates 2.3 / 6.8 / 2.9 trillion won, DRAM shipments +3% and price +11%, NAND shipments -6% and price +8%, Q3 operating profit nearly 3.5 trillion won expected (KRW, %)
# A Korean chipmaker's quarterly results against the brokers' consensus, with shipment and price changes and an
# outlook. Cut: the stored page breaks off mid-word in the next paragraph ("...the acquisition of Toshiba's memory
# bus"); the passage stops after the third-quarter expectation, a sentence boundary. No headline in the stored text (it
# opens with the store's date line, which is not page text; none added). Kept as printed: the missing space after the
# full stop where the stored text joins paragraphs (rendered at the same joins: "prices.In", "earlier.Operating", "last
# year.The", "2004.The", "won.SK Hynix", "products.NAND", "said.The", "smartphones.Experts"), "are line with" (for "in
# line with"), "the average sale price". Periods: "second-quarter" with "the second half of 2017" -> 2017Q2 (clearly
# implied), "a year earlier" 2016Q2, "the third quarter" 2017Q3; the old margin record "in 2004" -> 2004.
# Decided: net profit key with the year-earlier 286 billion won as prior (same sentence) and an optional 2016Q2 row; the
# lead's "shot up by nearly nine times" is the same jump stated as a rounded multiple -> optional 9 x (not a percentage
# growth; the text gives none for net profit); the "$2.2 billion" conversion optional. Operating profit, its growth,
# sales and sales growth key; the record 46 % operating margin key, the 2004 record of 40 % an optional historic row.
# The brokers' estimates compiled by Yonhap Infomax (net profit, sales, operating profit) key consensus rows in 2017Q2.
# DRAM and NAND shipment and average-price changes "from the previous quarter" key (NAND shipments "edged down" ->
# -6), keyed on SK Hynix with the product among the entity alternatives. The experts' "nearly 3.5 trillion won"
# third-quarter operating profit a key forecast row. Not labelled: "second-largest" (a rank), "April-June" (the period).
SKH = "SK Hynix|SK hynix|SK Hynix Inc."
Q2 = "2017Q2"
NP = "net_profit|net_income"
OPR = "operating_profit|operating_income"
REV = "revenue|sales"
G["en03"] = ([
    m(NP, 2.46e12, "KRW", SKH, Q2, prior=286e9, basis="record; regulatory filing"),
    m(NP, 286e9, "KRW", SKH, "2016Q2", opt=True, basis="a year earlier"),
    m(NP, 2.2e9, "USD", SKH, Q2, opt=True, basis="conversion in brackets"),
    m("net_profit_growth|net_income_growth|profit_growth", 9, "x", SKH, Q2, opt=True,
      basis="shot up by nearly nine times"),
    m("operating_profit_growth|operating_income_growth", 573.7, "%", SKH, Q2),
    m(OPR, 3.05e12, "KRW", SKH, Q2, basis="record"),
    m(REV, 6.69e12, "KRW", SKH, Q2, basis="all-time high; April-June"),
    m("revenue_growth|sales_growth", 69.8, "%", SKH, Q2, basis="from last year"),
    m("operating_margin", 46, "%", SKH, Q2, basis="record"),
    m("operating_margin", 40, "%", SKH, "2004", opt=True, basis="previous record posted in 2004"),
    m("net_profit_consensus|net_profit_estimate|net_income_estimate", 2.3e12, "KRW", SKH, Q2,
      basis="local brokerage houses, compiled by Yonhap Infomax"),
    m("revenue_consensus|revenue_estimate|sales_estimate", 6.8e12, "KRW", SKH, Q2, basis="securities firms' estimate"),
    m("operating_profit_consensus|operating_profit_estimate", 2.9e12, "KRW", SKH, Q2,
      basis="securities firms' estimate"),
    m("dram_shipments_growth|dram_shipment_growth|shipment_growth|bit_shipment_growth", 3, "%", SKH + "|DRAM", Q2,
      basis="DRAM shipments from the previous quarter"),
    m("dram_asp_change|dram_price_change|asp_change|average_selling_price_change", 11, "%", SKH + "|DRAM", Q2,
      basis="average DRAM price from the previous quarter"),
    m("nand_shipments_growth|nand_shipment_growth|shipment_growth|bit_shipment_growth", -6, "%", SKH + "|NAND", Q2,
      basis="NAND shipments edged down from the previous quarter"),
    m("nand_asp_change|nand_price_change|asp_change|average_selling_price_change", 8, "%", SKH + "|NAND", Q2,
      basis="average sale price over the same period"),
    m("operating_profit_forecast|operating_profit_estimate|operating_profit", 3.5e12, "KRW", SKH, "2017Q3",
      basis="nearly; experts' expectation for the third quarter"),
], [])

# ---------------------------------------------------------------- en04 HDFC Bank's Q3 FY25 results and share move (Business Standard capital-market news, business-standard.com; Wednesday January 22, 2025): shares +1.17% to Rs 1,661, standalone net profit +2.21% to Rs 16,735.50 crore from Rs 16,372.54 crore, total income +7.02% to Rs 87,460.44 crore, PBT Rs 21,846.55 crore (+12.43%) from Rs 19,430.66 crore, NII +7.7% to Rs 30,650 crore from Rs 28,470 crore, core NIM 3.43% / 3.62%, average deposits Rs 24,52,800 crore (+15.9%) from Rs 21,17,100 crore, CASA +6% to Rs 8,17,600 crore, gross advances Rs 25,42,600 crore (+3%), loan segments +10% / +11.6% / -10.4%, overseas 1.8%, GNPA Rs 36,018.58 crore vs Rs 34,250.62 crore and Rs 31,011.67 crore, GNPA ratio 1.42% vs 1.36% and 1.26%, NNPA ratio 0.46% vs 0.41% and 0.31%, PPOP +5.72% to Rs 25,000.40 crore (INR, %)
# An Indian bank's quarterly results with balance-sheet growth and asset quality, led by the share reaction. Cut: the
# stored page breaks off mid-word in the capital sentence ("... stood at 20% as compared to 18.4% on 31 Dece"); the
# passage stops after the PPOP sentence, before it. No headline in the stored text (the address slug is not page text;
# none added). Kept as printed: the missing space at "crore.Profit" (the stored "2024.The"), "Rs" before every amount,
# the lakh-crore digit grouping ("Rs 24,52,800 crore", "Rs 21,17,100 crore", "Rs 8,17,600 crore", "Rs 25,42,600
# crore"), "as of" beside "as on". Periods: "Q3 FY25" -> FY2025Q3 and "Q3 FY24" -> FY2024Q3 (Indian fiscal years named
# by the March they end; "the quarter ended 31 December 2024" / "December 2024" is the same quarter); balances "as on"
# / "as of" a date -> the month (2024-12, 2024-09, 2023-12), the loan-segment growth rates and the overseas share in
# the gross-advances paragraph 2024-12 with it; the share move none.
# Decided: the share move and price key. Each "X, compared with / from Y" line -> key current row with the prior and an
# optional earlier row (net profit, profit before tax, NII, average deposits). "Against Rs 34,250.62 crore as on 30
# September 2024 and Rs 31,011.67 crore as on 31 December 2023" (two earlier readings in one sentence) -> the prior is
# the first named, the previous quarter-end's figure, and both earlier readings optional rows; likewise the gross and
# net NPA ratios. Growth rates key (2.21 %, 7.02 %, 12.43 %, 7.7 %, 15.9 %, 6 %, 3 %, 5.72 %); loan segments key with
# the segment among the entity alternatives (corporate "fell" -> -10.4). The two core NIMs key with the asset base in
# the basis. Not labelled: the dates themselves.
HDFC = "HDFC Bank|HDFC Bank Ltd|HDFC Bank Limited"
CR = 1e7
Q25, Q24 = "FY2025Q3", "FY2024Q3"
D24, S24, D23 = "2024-12", "2024-09", "2023-12"
NPS = "net_profit|net_income|standalone_net_profit|profit_after_tax|pat"
PBT = "profit_before_tax|pbt|pre_tax_profit"
NII = "net_interest_income|nii"
DEP = "average_deposits|deposits|total_deposits"
GNPA = "gross_npa|gross_npas|gross_non_performing_assets"
GNR = "gross_npa_ratio|gnpa_ratio|gross_npa"
NNR = "net_npa_ratio|nnpa_ratio|net_npa"
G["en04"] = ([
    m(PC, 1.17, "%", HDFC, basis="advanced after results"),
    m(PX, 1661, "INR", HDFC),
    m("net_profit_growth|net_income_growth|profit_growth|pat_growth", 2.21, "%", HDFC, Q25, basis="standalone"),
    m(NPS, 16735.50 * CR, "INR", HDFC, Q25, prior=16372.54 * CR, basis="standalone"),
    m(NPS, 16372.54 * CR, "INR", HDFC, Q24, opt=True, basis="standalone; Q3 FY24"),
    m("total_income_growth|revenue_growth|income_growth", 7.02, "%", HDFC, Q25, basis="YoY"),
    m("total_income|revenue|income", 87460.44 * CR, "INR", HDFC, Q25, basis="quarter ended 31 December 2024"),
    m(PBT, 21846.55 * CR, "INR", HDFC, Q25, prior=19430.66 * CR),
    m("profit_before_tax_growth|pbt_growth|pre_tax_profit_growth", 12.43, "%", HDFC, Q25),
    m(PBT, 19430.66 * CR, "INR", HDFC, Q24, opt=True, basis="Q3 FY24"),
    m("nii_growth|net_interest_income_growth", 7.7, "%", HDFC, Q25),
    m(NII, 30650 * CR, "INR", HDFC, Q25, prior=28470 * CR),
    m(NII, 28470 * CR, "INR", HDFC, Q24, opt=True, basis="Q3 FY24"),
    m("net_interest_margin|nim|core_nim", 3.43, "%", HDFC, Q25, basis="core; on total assets"),
    m("net_interest_margin|nim|core_nim", 3.62, "%", HDFC, Q25, basis="core; on interest-earning assets"),
    m(DEP, 2452800 * CR, "INR", HDFC, D24, prior=2117100 * CR, basis="average deposits as of 31 December 2024"),
    m("deposit_growth|average_deposits_growth|deposits_growth", 15.9, "%", HDFC, D24),
    m(DEP, 2117100 * CR, "INR", HDFC, D23, opt=True, basis="average deposits as on 31 December 2023"),
    m("casa_deposits_growth|casa_growth|average_casa_deposits_growth", 6, "%", HDFC, Q25, basis="average CASA; YoY"),
    m("casa_deposits|average_casa_deposits|casa", 817600 * CR, "INR", HDFC, Q25, basis="average CASA deposits"),
    m("gross_advances|advances|loans", 2542600 * CR, "INR", HDFC, D24),
    m("advances_growth|gross_advances_growth|loan_growth", 3, "%", HDFC, D24, basis="YoY"),
    m("retail_loan_growth|loan_growth|advances_growth", 10, "%", "retail loans|" + HDFC, D24),
    m("commercial_and_rural_loan_growth|loan_growth|advances_growth", 11.6, "%",
      "commercial and rural banking loans|commercial and rural banking|" + HDFC, D24),
    m("wholesale_loan_growth|corporate_loan_growth|loan_growth|advances_growth", -10.4, "%",
      "corporate and other wholesale loans|wholesale loans|" + HDFC, D24, basis="declined"),
    m("overseas_advances_share|share_of_advances|overseas_share", 1.8, "%", "overseas advances|" + HDFC, D24,
      basis="of total advances"),
    m(GNPA, 36018.58 * CR, "INR", HDFC, D24, prior=34250.62 * CR),
    m(GNPA, 34250.62 * CR, "INR", HDFC, S24, opt=True, basis="as on 30 September 2024"),
    m(GNPA, 31011.67 * CR, "INR", HDFC, D23, opt=True, basis="as on 31 December 2023"),
    m(GNR, 1.42, "%", HDFC, D24, prior=1.36, basis="gross NPAs to gross advances"),
    m(GNR, 1.36, "%", HDFC, S24, opt=True, basis="as on 30 September 2024"),
    m(GNR, 1.26, "%", HDFC, D23, opt=True, basis="as on 31 December 2023"),
    m(NNR, 0.46, "%", HDFC, D24, prior=0.41, basis="net NPAs to net advances"),
    m(NNR, 0.41, "%", HDFC, S24, opt=True, basis="as on 30 September 2024"),
    m(NNR, 0.31, "%", HDFC, D23, opt=True, basis="as on 31 December 2023"),
    m("ppop_growth|pre_provision_operating_profit_growth|operating_profit_growth", 5.72, "%", HDFC, Q25, basis="YoY"),
    m("ppop|pre_provision_operating_profit|operating_profit", 25000.40 * CR, "INR", HDFC, Q25,
      basis="quarter ended December 2024"),
], [])

# ---------------------------------------------------------------- en05 The RBA's fifth straight hike to 2.35 per cent (The New Daily, thenewdaily.com.au; Tuesday September 6, 2022, no date printed): "0.5 basis points" (as printed), cash rate 2.35 per cent, RateCity's $922 a month more on a $750,000 debt, inflation peak about 7.75 per cent this year, above 4 per cent during 2023, closer to 3 per cent in 2024 (bp, %, AUD)
# A central-bank decision with its cost to borrowers and the bank's inflation path. Cut: the stored page breaks off
# mid-word in the last paragraph ("... put forward a submission to the Fair Work Commis"); the
# passage stops after the Prime Minister's sentence, before it. Dropped as furniture: the live-blog label "Live" above
# the text. No headline in the stored text (the address slug is not page text; none added). The governor's four quoted
# sentences and the Prime Minister's are rendered as reported speech (no figures in them). Kept as printed: "by another
# 0.5 basis points" (rendered "by a further 0.5 basis points") for what the cash rate level shows was a half-point rise,
# and "will pay pay". Periods: the decision none; "peak later this year" -> 2022, clearly implied by the next sentence's
# "during 2023" and "in 2024" (news45 batch a's "this year and ... in 2025"); 2023; 2024.
# Decided: the rise is labelled as printed, a key 0.5 bp (the source's own error, news44-news46); the cash rate 2.35 %
# key; "the fifth rate hike in as many months" an optional count of 5 hikes. RateCity's "$922 more a month" key in AUD
# ("$" on an Australian page), the $750,000 example debt an optional loan size; "25 years remaining" not labelled (a
# span). The RBA's inflation path: peak about 7.75 % (2022), above 4 % (2023), closer to 3 % (2024), three key forecast
# rows with the hedges in the basis. Not labelled: "seven-year high", "since early 2015", "in May", "this fortnight".
RBA = "Reserve Bank of Australia|Reserve Bank|RBA"
AUINF = "Australia|" + RBA
INFF = "inflation_forecast|cpi_forecast|inflation_projection|inflation_outlook"
G["en05"] = ([
    m("rate_change|cash_rate_change|policy_rate_change|rate_hike", 0.5, "bp", RBA,
      basis="printed 'another 0.5 basis points' (as printed)"),
    m("cash_rate|policy_rate|official_cash_rate|interest_rate", 2.35, "%", RBA, basis="highest since early 2015"),
    m("rate_hikes|number_of_hikes|hikes", 5, "hikes", RBA, opt=True, basis="fifth rate hike in as many months"),
    m("mortgage_repayment_increase|monthly_repayment_increase|repayment_increase", 922, "AUD",
      "variable rate mortgage holders|mortgage holders|borrowers|RateCity|Australia",
      basis="more a month than in May, if passed on in full; RateCity data"),
    m("loan_size|mortgage_size|loan_amount|mortgage_debt", 750000, "AUD",
      "variable rate mortgage holders|mortgage holders|borrowers|RateCity|Australia", opt=True,
      basis="typical mortgage holder's debt in the RateCity example"),
    m(INFF + "|inflation_peak_forecast", 7.75, "%", AUINF, "2022", basis="about; peak later this year"),
    m(INFF, 4, "%", AUINF, "2023", basis="above; during 2023"),
    m(INFF, 3, "%", AUINF, "2024", basis="closer to; in 2024"),
], [])

# ---------------------------------------------------------------- en06 The rupee's fourth record closing low (Reuters text on VCCircle, vccircle.com; Monday September 26, 2022, no date printed): -0.8% to 81.6225 per dollar, all-time low 81.6526, dollar index above 113, suspected RBI dollar sales around 81.50-81.55, opening around 81.55, a 21-paisa range, HDFC economists' 82 levels, reserves down $5.7 billion to $545.652 billion in the week to Sept. 16 (INR, %, USD, points)
# A currency move with central-bank intervention and reserves. Cut: the stored page breaks off mid-word ("... have
# raised the odds of a 50 basis point hik"); the passage stops after the sentence on the monetary policy committee's
# decision, before it (the 50 basis point figure is lost with it). No headline in the stored text (the address slug is
# not page text; none added). The HDFC economists' two quoted passages and the RBC strategist's quote are rendered as
# reported speech, their figures kept ("82 levels", "six-eight months"). Kept as printed: "113-levels", "the sterling",
# "six-eight months", "Sept. 16". Periods: none (exchange rates and levels; "the week to Sept. 16" prints no year, kept
# in the basis).
# Decided: the rupee's -0.8 % move, its 81.6225 close and its 81.6526 all-time intraday low key in INR (rupees per
# dollar) on the rupee; "above 113-levels" -> a key dollar index level of 113 (points, "above" in the basis). The
# suspected intervention "around the 81.50-81.55 level" a key range; the opening "around 81.55" key; "a 21-paisa range"
# key as 0.21 INR. The economists' "towards 82 levels" an optional reference level (a commentary threshold, not a
# quote). Reserves: "down by $5.7 billion to $545.652 billion" -> a key -5.7e9 USD change and a key 545.652e9 USD level
# (no prior printed). Not labelled: "fourth straight session", "since 2002", "one and a half years", "four traders",
# "seventh straight week", "six-eight months" (counts and spans).
INR = "Indian rupee|rupee|INR|USD/INR"
RBI = "Reserve Bank of India|RBI|India"
G["en06"] = ([
    m("fx_change|currency_change|exchange_rate_change", -0.8, "%", INR, basis="record low close"),
    m("fx_rate|exchange_rate|close", 81.6225, "INR", INR, basis="per dollar; record closing low"),
    m("fx_low|all_time_low|intraday_low|fx_rate", 81.6526, "INR", INR, basis="all-time low during the day"),
    m("dollar_index|index_level|dxy", 113, "points", "dollar index|US dollar index|DXY",
      basis="above 113-levels; first time since 2002"),
    m("intervention_level|fx_rate|exchange_rate", None, "INR", RBI + "|" + INR, rng=(81.50, 81.55),
      basis="around; suspected dollar sales via state-run banks"),
    m("fx_open|open|fx_rate", 81.55, "INR", INR, basis="opening at around"),
    m("trading_range|fx_range|range", 0.21, "INR", INR, basis="a 21-paisa range"),
    m("fx_rate|fx_level|exchange_rate", 82, "INR", "USD/INR|" + INR, opt=True,
      basis="HDFC economists: as the pair moves towards 82 levels"),
    m("fx_reserves_change|forex_reserves_change|reserves_change", -5.7e9, "USD", RBI,
      basis="week to Sept. 16; seventh straight weekly fall"),
    m("fx_reserves|forex_reserves|foreign_exchange_reserves", 545.652e9, "USD", RBI, basis="week to Sept. 16"),
], [])
