# Hand-written gold labels for news36/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: the development corpus's README, news3/en/README.md, news4-news35/en/README.md (values fully scaled
# ("$5.79B" -> 5.79e9, "£788.2m" -> 788.2e6, "$28bn" -> 28e9), declines and falls negative (a "(13)%" decline -> -13,
# an impairment or a slump is labelled by its sign in the sentence), pence scaled to GBP ("3.4p" -> 0.034 GBP), "HK $"
# in a Hong Kong story is HKD, "¥"-less "150.42 per dollar" is JPY per USD, % vs pp vs bp as printed, bid-to-cover and
# leverage in "x" (news23, news30 batch b), a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# vs. Y" / "(FY 2023: Y)" value of the same quantity is the prior and, its own period being named, also an optional row
# (news8 brackets, news30 batch b), a second comparison in the same sentence ("vs. Y in Q2 and Z in Q3 2017", "from $831
# million last week and $761 million the week before") is a key row of its own (news35 batch b), an earlier figure in a
# sentence of its own is its own key row (news31 batch a, news35 batch b), periods only where the text states or clearly
# implies the year (a passage with no printed year has none, news24; market moves and levels carry none), company fiscal
# years as FY2024 where the text says "FY", repeats, intraday extremes and restatements optional, the source's own
# errors labelled as printed (dev corpus), brokers' targets and ratings only in rating actions, ratings lower-case).

# ---------------------------------------------------------------- en07 Capital One's third quarter of 2018: non-GAAP EPS $3.12 (26 cents above consensus) against $3.22 in Q2 and $2.42 a year ago, after-hours +0.2 %, net interest income $5.79B (+4 % q/q, +2 % y/y), net interest margin 7.01 %, provision for credit losses, net charge-off rate and credit-card net charge-off rate, return on average common equity, tangible book value per share (Seeking Alpha news, 2018; USD)
# A US card issuer's quarterly results in Seeking Alpha's bullet style. The stored text has no headline (none added;
# the address slug is not page text); whole as stored. Notation kept: "(NYSE:COF)", "Q3 non-GAAP Q3 EPS" (the doubled
# "Q3"), "COF +0.2%", "$5.79B", "vs.", "Sept. 30, 2018". Period: "Tangible book value ... at Sept. 30, 2018 vs. ... June
# 30, 2018" and "Q3 2017" for the year-ago quarter date the reported quarter (2018Q3), "Q2" (2018Q2) and the year-ago
# quarter (2017Q3); the after-hours move carries no period. Decided: each line "X vs. Y in Q2 and Z in Q3 2017 / the
# year-ago quarter / a year ago" gives a key 2018Q3 row with the Q2 value as prior and an optional 2018Q2 row, and the
# year-ago value a key 2017Q3 row of its own (the second comparison of the sentence, news35 batch b). "Blows past
# consensus by 26 cents" is a key EPS surprise of +0.26 USD (the consensus level, $2.86, is not printed and not
# computed). "Up 4% from $5.55B in Q2 and up 2% from $5.70B in Q3 2017" gives the two key growth rows (q/q and y/y) and
# the same prior / optional / key pattern for the levels. EPS is non-GAAP (basis). Tangible book value per share has one
# comparison: key 2018Q3 row with prior, the June 30 row optional.
COF = "Capital One|Capital One Financial|Capital One Financial Corp.|Capital One Financial Corporation|COF"
Q, Q2, QY = "2018Q3", "2018Q2", "2017Q3"
NII = "net_interest_income|nii"
NIM = "net_interest_margin|nim"
PROV = "provision_for_credit_losses|credit_loss_provision|provision"
NCO = "net_charge_off_rate|nco_rate|net_charge_offs"
CNCO = "credit_card_net_charge_off_rate|card_net_charge_off_rate|net_charge_off_rate|nco_rate"
CARD = "Capital One credit card|credit card|" + COF
ROE = "return_on_average_common_equity|roe|return_on_equity"
TBV = "tangible_book_value_per_share|tbvps|tangible_book_value"
G["en07"] = ([
    m("eps", 3.12, "USD", COF, Q, prior=3.22, basis="non-GAAP"),
    m("eps_surprise|eps_beat|eps_vs_consensus", 0.26, "USD", COF, Q, basis="non-GAAP; above consensus"),
    m("eps", 3.22, "USD", COF, Q2, opt=True, basis="non-GAAP"),
    m("eps", 2.42, "USD", COF, QY, basis="non-GAAP; year-ago quarter"),
    m("price_change|share_price_change", 0.2, "%", COF, basis="after hours"),
    m(NII, 5.79e9, "USD", COF, Q, prior=5.55e9),
    m("net_interest_income_growth|nii_growth", 4, "%", COF, Q, basis="quarter-on-quarter"),
    m("net_interest_income_growth|nii_growth", 2, "%", COF, Q, basis="year-on-year"),
    m(NII, 5.55e9, "USD", COF, Q2, opt=True),
    m(NII, 5.70e9, "USD", COF, QY),
    m(NIM, 7.01, "%", COF, Q, prior=6.66),
    m(NIM, 6.66, "%", COF, Q2, opt=True),
    m(NIM, 7.08, "%", COF, QY),
    m(PROV, 1.27e9, "USD", COF, Q, prior=1.28e9),
    m(PROV, 1.28e9, "USD", COF, Q2, opt=True),
    m(PROV, 1.83e9, "USD", COF, QY),
    m(NCO, 2.41, "%", COF, Q, prior=2.42),
    m(NCO, 2.42, "%", COF, Q2, opt=True),
    m(NCO, 2.61, "%", COF, QY),
    m(CNCO, 4.15, "%", CARD, Q, prior=4.67),
    m(CNCO, 4.67, "%", CARD, Q2, opt=True),
    m(CNCO, 4.51, "%", CARD, QY),
    m(ROE, 12.40, "%", COF, Q, prior=16.06),
    m(ROE, 16.06, "%", COF, Q2, opt=True),
    m(ROE, 9.40, "%", COF, QY),
    m(TBV, 66.15, "USD", COF, Q, prior=63.86, basis="at Sept. 30, 2018"),
    m(TBV, 63.86, "USD", COF, Q2, opt=True, basis="at June 30, 2018"),
], [])

# ---------------------------------------------------------------- en08 Future plc's year to 30 September 2024: final dividend 3.4p (unchanged), revenue £788.2m flat with +1 % organic growth, H2 +5 %, UK +6 % (Media +13 %, Go.Compare +28 %, B2B +2 %, B2C (6)%), US (6)% with H2 flat and digital advertising +2 % in H2, 28 % adjusted operating margin, adjusted operating profit (13)% to £222.2m, statutory operating profit (23)% to £133.7m, adjusted free cash flow £222.3m (100 % conversion), cash from operations £230.0m, leverage 1.1x, net debt £256.5m, debt facilities £650m (DividendMax dividend news, a 2024 page; GBP)
# A UK company's full-year results as a dividend news item. The stored text has no headline (none added; the address
# slug is not page text); whole as stored. Notation kept: "3.4p" and "3.4 pence", "(FY 2023: £788.9m)" brackets, "+1%",
# "(6)%", "(13)%", "(23)%", "1.1x", "Growth Acceleration Strategy (GAS)", the "●"/"○" bullets. Period: "the year ended
# 30 September 2024" and the text's "FY 2023" for the year before -> FY2024 / FY2023 (a fiscal year named by the text);
# "H2" -> FY2024H2; the debt facilities "at the end of September 2024" FY2024. Decided: each "(FY 2023: ...)" bracket is
# the prior of its FY2024 row and an optional FY2023 row of its own (news8 brackets; its period named); the unchanged
# final dividend keeps prior 0.034. "Revenue was flat" -> an optional 0 % growth row; "+1% organic growth" is key once,
# its restatement "returned to ... organic revenue growth of +1%" optional. UK, US and the divisions are rows on
# "segment|Future" entities (news31 batch b); "(6)%" is -6. "US ... with H2 flat" -> optional 0 % H2 row. "28% adjusted
# operating margin" key. "Representing 100% of adjusted operating profit (FY 2023: 99%)" -> key cash conversion with prior.
# Leverage 1.1x key in x with prior 1.3. Not labelled: payment and record dates, "Q4" (acceleration, no figure).
FUT = "Future|Future plc|Future Plc|Future PLC|FUTR"
def seg(name):
    return f"Future {name}|{name}|" + FUT
UK, US = seg("UK"), seg("US")
FY, FYP = "FY2024", "FY2023"
REVG = "revenue_growth|organic_revenue_growth|sales_growth"
ORG = "organic_revenue_growth|revenue_growth|organic_growth"
AOP = "adjusted_operating_profit|operating_profit|underlying_operating_profit"
SOP = "operating_profit|statutory_operating_profit"
G["en08"] = ([
    m("final_dividend|dividend_per_share|dividend", 0.034, "GBP", FUT, FY, prior=0.034, basis="final, per share"),
    m("final_dividend|dividend_per_share|dividend", 0.034, "GBP", FUT, FYP, opt=True),
    m("revenue|sales", 788.2e6, "GBP", FUT, FY, prior=788.9e6),
    m("revenue|sales", 788.9e6, "GBP", FUT, FYP, opt=True),
    m(REVG, 0, "%", FUT, FY, opt=True, basis="flat year-on-year, reported"),
    m(ORG, 1, "%", FUT, FY, basis="organic"),
    m(ORG, 1, "%", FUT, FY, opt=True, basis="restated: returned to organic growth"),
    m(ORG, 5, "%", FUT, "FY2024H2", basis="organic, H2"),
    m(ORG, 6, "%", UK, FY, basis="organic"),
    m(ORG, 13, "%", seg("UK Media") + "|Media", FY, basis="organic, UK Media"),
    m(ORG, 28, "%", seg("Go.Compare") + "|GoCompare", FY, basis="organic"),
    m(ORG, 2, "%", seg("B2B"), FY, basis="organic, UK B2B"),
    m(ORG, -6, "%", seg("B2C"), FY, basis="organic, UK B2C"),
    m(ORG, -6, "%", US, FY, basis="organic"),
    m(ORG, 0, "%", US, "FY2024H2", opt=True, basis="H2 flat"),
    m("digital_advertising_revenue_growth|advertising_revenue_growth|organic_revenue_growth", 2, "%",
      seg("US digital advertising") + "|US Media", "FY2024H2", basis="organic, H2"),
    m("adjusted_operating_margin|operating_margin", 28, "%", FUT, FY),
    m(AOP, 222.2e6, "GBP", FUT, FY, prior=256.4e6, basis="adjusted"),
    m("adjusted_operating_profit_growth|operating_profit_growth", -13, "%", FUT, FY, basis="adjusted"),
    m(AOP, 256.4e6, "GBP", FUT, FYP, opt=True, basis="adjusted"),
    m(SOP, 133.7e6, "GBP", FUT, FY, prior=174.5e6, basis="statutory"),
    m("operating_profit_growth|statutory_operating_profit_growth", -23, "%", FUT, FY, basis="statutory"),
    m(SOP, 174.5e6, "GBP", FUT, FYP, opt=True, basis="statutory"),
    m("adjusted_free_cash_flow|free_cash_flow", 222.3e6, "GBP", FUT, FY, prior=253.2e6),
    m("adjusted_free_cash_flow|free_cash_flow", 253.2e6, "GBP", FUT, FYP, opt=True),
    m("cash_conversion|free_cash_flow_conversion", 100, "%", FUT, FY, prior=99, basis="of adjusted operating profit"),
    m("cash_conversion|free_cash_flow_conversion", 99, "%", FUT, FYP, opt=True),
    m("cash_generated_from_operations|operating_cash_flow", 230.0e6, "GBP", FUT, FY, prior=241.0e6),
    m("cash_generated_from_operations|operating_cash_flow", 241.0e6, "GBP", FUT, FYP, opt=True),
    m("leverage|net_debt_to_ebitda", 1.1, "x", FUT, FY, prior=1.3),
    m("leverage|net_debt_to_ebitda", 1.3, "x", FUT, FYP, opt=True),
    m("net_debt", 256.5e6, "GBP", FUT, FY, prior=327.2e6, basis="at year end"),
    m("net_debt", 327.2e6, "GBP", FUT, FYP, opt=True),
    m("debt_facilities|available_debt_facilities|credit_facilities", 650e6, "GBP", FUT, FY, prior=900e6,
      basis="total available, end of September 2024"),
    m("debt_facilities|available_debt_facilities|credit_facilities", 900e6, "GBP", FUT, FYP, opt=True),
], [])

# ---------------------------------------------------------------- en09 Japan's October-December GDP: annualised -0.4 % after a 3.3 % slump, 1.4 % expected; yen 150.42 per dollar; Nikkei +1 %; quarterly -0.1 % against +0.3 % expected; private consumption -0.2 % against +0.1 %; capital expenditure -0.1 % against +0.3 %; external demand +0.2 percentage point; exports +2.6 % (Devdiscourse, a 2024 page; no year printed)
# A Japanese economy story in English. The stored text has no headline (none added; its crawler date tag is not page
# text); whole as stored. Notation kept: "annualised", "October-December", "150.42 per dollar", "0.2 percentage point",
# "BOJ". No year is printed ("on Thursday", "this year", "the October-December period") -> no periods (news24); the
# quarter goes in the basis. Decided: "fell an annualised 0.4% ... after a 3.3% slump in the previous quarter" -> a key
# -0.4 and the previous quarter's -3.3 a key row of its own (a sequence of two quarters, not a "from" comparison; no
# prior). "A median market forecast of a 1.4% increase", "median forecasts of a 0.3% gain", "a 0.1% gain seen by
# economists" and "forecasts of a 0.3% gain" are key consensus rows. The yen "last stood at 150.42 per dollar" -> key
# USD/JPY level in JPY (no period: a market quote); the Nikkei's +1 % key. "External demand ... contributed 0.2
# percentage point to GDP" -> key contribution in pp; exports +2.6 % q/q key. "More than half of economic activity" ->
# optional 50 % share (a hedged word figure). Not labelled: "third-largest economy" (a rank), "two straight quarters",
# "three-month low" (spans), the BOJ forecast (no figure).
JP = "Japan|Japanese economy|JP"
B = "October-December quarter"
GQ = "gdp_growth_qoq|gdp_growth|gdp_change"
G["en09"] = ([
    m("gdp_growth_annualised|gdp_growth_annualized|gdp_growth", -0.4, "%", JP, basis="annualised, " + B),
    m("gdp_growth_annualised|gdp_growth_annualized|gdp_growth", -3.3, "%", JP, basis="annualised, previous quarter"),
    m("gdp_growth_consensus|gdp_growth_estimate|gdp_growth_forecast", 1.4, "%", JP, basis="annualised, median forecast"),
    m("fx_rate|exchange_rate|price", 150.42, "JPY", "USD/JPY|yen|Japanese yen|dollar/yen"),
    m("index_change|price_change", 1, "%", "Nikkei|Nikkei 225|Nikkei average"),
    m(GQ, -0.1, "%", JP, basis="quarter-on-quarter, " + B),
    m("gdp_growth_qoq_consensus|gdp_growth_consensus|gdp_growth_estimate", 0.3, "%", JP,
      basis="quarter-on-quarter, median forecast"),
    m("private_consumption_growth|consumption_growth|private_consumption", -0.2, "%", JP, basis=B),
    m("private_consumption_consensus|private_consumption_growth_consensus|consumption_estimate", 0.1, "%", JP,
      basis="economists' forecast"),
    m("private_consumption_share|consumption_share", 50, "%", JP, opt=True, basis="more than half of economic activity"),
    m("capital_expenditure_growth|capex_growth|capital_expenditure", -0.1, "%", JP, basis=B),
    m("capital_expenditure_consensus|capex_growth_consensus|capex_estimate", 0.3, "%", JP, basis="forecast"),
    m("external_demand_contribution|net_exports_contribution|gdp_contribution", 0.2, "pp", JP,
      basis="exports minus imports, contribution to GDP"),
    m("exports_growth|export_growth|exports", 2.6, "%", JP, basis="quarter-on-quarter"),
], [])

# ---------------------------------------------------------------- en10 US Treasury auctions: $28bn two-year notes at 2.255 % with a 2.72 bid-to-cover (3.22 last time; 2.066 % at the previous auction), 91-, 182- and 28-day bills (sizes, yields, bid-to-cover), the week's five- and seven-year sales, two-year yield +4 bp to 2.23 %, 10-year +3 bp to 2.91 % (LiveCharts share-price news, a 2018 story; no year printed)
# A US Treasury market story with its headline ("US government bond yields higher amid wave of issuance") kept; the
# closing "Related Share Prices" link list dropped as page furniture. Whole as stored otherwise. No year is printed
# ("On Wednesday", "on Thursday", "1859 GMT") -> no periods (auction terms and yields carry none, news29/news30).
# Decided: the two-year auction's size, yield and bid-to-cover are key; "The bid-to-cover ratio was lower than the
# average seen in the prior six sales and the 3.22 fetched the last time around" -> 2.72 takes 3.22 as prior (the
# comparison) and, the 3.22 standing in a sentence of its own, a key last-auction row (news35 batch b, fund flows). "At
# the previous such auction, the yield on offer had been 2.066%" -> a key previous-auction yield of its own (a sentence
# of its own, no comparison word: no prior on 2.255). Each bill sale gives three key rows (size, yield, bid-to-cover) on
# "tenor bills" entities. The scheduled $64bn five-year and $29bn seven-year sales are key auction sizes (announced
# amounts). Yields: "ahead by four basis points to 2.23%" and "by three basis points to 2.91%" -> key bp moves and key
# levels. Not labelled: "prior six sales" (a count of auctions), the tenors (91-day, two-year ...), "1859 GMT".
T2 = "two-year Treasury note|2-year Treasury note|two-year note|2-year note|two-year US Treasury note|US 2-year Treasury"
AUC2 = "two-year note auction|two-year notes|US Treasury|Treasury|" + T2
T10 = "10-year Treasury note|10-year note|US 10-year Treasury|10-year Treasury"
B91 = "91-day bills|91-day bill|three-month bill|US Treasury"
B182 = "182-day bills|182-day bill|six-month bill|US Treasury"
B28 = "28-day bills|28-day bill|four-week bill|US Treasury"
AMT = "auction_size|amount_sold|bond_sale|debt_sold"
AY = "auction_yield|yield|high_yield|bond_yield"
BTC = "bid_to_cover|bid_to_cover_ratio|cover_ratio"
Y = "yield|bond_yield|treasury_yield"
YC = "yield_change|bond_yield_change"
G["en10"] = ([
    m(AMT, 28e9, "USD", AUC2),
    m(AY, 2.255, "%", AUC2),
    m(BTC, 2.72, "x", AUC2, prior=3.22),
    m(BTC, 3.22, "x", AUC2, basis="previous auction"),
    m(AY, 2.066, "%", AUC2, basis="previous auction"),
    m(AMT, 51e9, "USD", B91),
    m(AY, 1.63, "%", B91),
    m(BTC, 2.74, "x", B91),
    m(AMT, 45e9, "USD", B182),
    m(AY, 1.82, "%", B182),
    m(BTC, 3.11, "x", B182),
    m(AMT, 55e9, "USD", B28),
    m(AY, 1.38, "%", B28),
    m(BTC, 2.48, "x", B28),
    m(AMT + "|planned_auction_size", 64e9, "USD", "five-year notes|5-year notes|US Treasury", basis="scheduled, Wednesday"),
    m(AMT + "|planned_auction_size", 29e9, "USD", "seven-year notes|7-year notes|US Treasury", basis="scheduled, Thursday"),
    m(YC, 4, "bp", T2),
    m(Y, 2.23, "%", T2),
    m(YC, 3, "bp", T10),
    m(Y, 2.91, "%", T10),
], [])

# ---------------------------------------------------------------- en11 Tesla's third quarter: after-hours +0.84 %, EPS $1.86 on revenue $13.76B against $1.52 and $13.57B expected, regulatory credit revenue -30 % to $279M, deliveries 241,300 and production 237,823, average selling price -6 % y/y, automotive margin 30.5 % from 28.4 % (+281 bp y/y), bitcoin impairment $51M against "$23B" (Investing.com via UpNewsInfo, a 2021 page; no year printed)
# A carmaker's quarterly deliveries and results. Headline "Tesla Earnings, Revenue Beat in Q3" kept; the photo credit
# "© Reuters." and the byline ("By Yasin Ebrahim") dropped as page furniture. Whole as stored otherwise. Kept as printed:
# "Investing.com –", "topped analyst" (a missing word), "Tesla (NASDAQ:)" (the ticker missing), "The fall in prices
# were", "$23B impairment" (the source's slip for the prior quarter's bitcoin impairment; labelled as printed). No year
# is printed ("Wednesday", "Q3", "Q2", "before year end") -> no periods (news24); the quarter goes in the basis.
# Decided: "EPS of $1.86 on revenue of $13.76B. Analysts ... anticipated EPS of $1.52 on revenue of $13.57B" -> key
# levels and key consensus rows (EPS basis not named). "Regulatory credit revenue fell 30% to $279M" -> key level and
# key -30 %. Deliveries and production key in vehicles. "Average selling price declined by 6% year-on-year" -> key -6 %
# ASP change (no level printed). "Automotive margins ... rising to 30.5% in Q3 from 28.4% in Q2, and up 281 basis points
# from the same period a year earlier" -> key automotive gross margin with prior 28.4 (and an optional Q2 row) and a key
# +281 bp y/y change. "Leading to $51M impairment, though that marked an improvement on the $23B impairment in the
# prior quarter" -> key 51e6 with the printed 23e9 as prior and an optional prior-quarter row at 23e9 (as printed).
# Not labelled: "Model S and Model X" (names), the Berlin permit (no figure).
TSLA = "Tesla|Tesla Inc|Tesla Inc.|Tesla Motors|TSLA"
AGM = "automotive_gross_margin|automotive_margin|gross_margin|auto_gross_margin"
G["en11"] = ([
    m("price_change|share_price_change", 0.84, "%", TSLA, basis="after hours"),
    m("eps", 1.86, "USD", TSLA, basis="third quarter"),
    m("revenue|sales", 13.76e9, "USD", TSLA, basis="third quarter"),
    m("eps_consensus|eps_estimate", 1.52, "USD", TSLA, basis="Investing.com poll"),
    m("revenue_consensus|revenue_estimate", 13.57e9, "USD", TSLA, basis="Investing.com poll"),
    m("regulatory_credit_revenue|regulatory_credits", 279e6, "USD", TSLA, basis="third quarter"),
    m("regulatory_credit_revenue_growth|regulatory_credits_change", -30, "%", TSLA),
    m("deliveries|vehicle_deliveries", 241300, "vehicles", TSLA, basis="third quarter"),
    m("production|vehicle_production", 237823, "vehicles", TSLA, basis="third quarter"),
    m("average_selling_price_change|asp_change|asp_growth", -6, "%", TSLA, basis="year-on-year"),
    m(AGM, 30.5, "%", TSLA, prior=28.4, basis="Q3"),
    m(AGM, 28.4, "%", TSLA, opt=True, basis="Q2"),
    m("automotive_gross_margin_change|gross_margin_change|automotive_margin_change", 281, "bp", TSLA,
      basis="year-on-year"),
    m("impairment|bitcoin_impairment|impairment_charge", 51e6, "USD", TSLA, prior=23e9, basis="bitcoin, third quarter"),
    m("impairment|bitcoin_impairment|impairment_charge", 23e9, "USD", TSLA, opt=True,
      basis="bitcoin, prior quarter, as printed"),
], [])

# ---------------------------------------------------------------- en12 Xiaomi and three brokers: Hang Seng +1.53 %, Xiaomi close HK$11.5 (+2.68 %, intraday high 11.84); DBS, Nomura and China Merchants Securities International all "buy" at HK$13.3, 12.5 and 15, DBS raised from HK$12.8; DBS forecasts of advertising revenue growth (21 %, 2019-2021), market share (9 % in 2019 to 10 % in 2021) and smartphone revenue growth (2 % in 2020, 20 % in 2021) (ww01.net, a 2020 page; HKD)
# Several analysts on one Hong Kong-listed Chinese company, reported in English (a machine-translated style kept as
# printed). The passage is a contiguous excerpt: it starts after the page's one-line lead ("In addition to the rating of
# brokers ... good news on the news recently", no figures, referring to items outside the excerpt) and stops after
# the DBS smartphone forecast, before the list of unrelated company news ("1. Liu Yaoping ... 2. After the IPO ...").
# Both cuts are at sentence boundaries. Kept as printed: "HK $ 11.5", "HK $ 12.8", "HK $ 13.30", "15 Hong Kong dollars ."
# (the space before the full stop), "Xiaomi 's" (the space), "market share It" (the missing full stop). No year is
# printed for the trading day or May 8 -> the market rows and the rating actions carry no period; DBS's forecasts take
# the years the text names. Decided: Hang Seng +1.53 % key; Xiaomi's close HK$11.5 and +2.68 % key, the intraday high
# 11.84 optional. Rating actions: DBS "raised the target price from HK $ 12.8 to HK $ 13.30" with a buy rating ->
# raise_target, buy, 13.30 from 12.8; Nomura and China Merchants Securities International "buy" with targets "the same
# as the previous rating" -> maintain, buy, 12.5 and 15. DBS forecasts: "advertising revenue will accelerate to 21%
# from 2019 to 2021" -> key growth forecast with the span in the basis (no single period); "market share ... increased
# from 9% in 2019 to 10% in 2021" -> key 2021 forecast with prior 9 and an optional 2019 row; smartphone revenue growth
# "2% and 20% in 2020 and 2021" -> two key forecasts dated 2020 and 2021. Not labelled: "March 11", "May 8" (dates),
# "5G" (a name).
XM = "Xiaomi|Xiaomi Group|Xiaomi Corp|Xiaomi Corporation|XIAOMI-W|01810|1810"
G["en12"] = ([
    m("index_change", 1.53, "%", "Hang Seng Index|Hang Seng|HSI|Hong Kong Hang Seng Index"),
    m("price|close_price|share_price", 11.5, "HKD", XM),
    m("price_change|share_price_change", 2.68, "%", XM),
    m("price|intraday_high", 11.84, "HKD", XM, opt=True, basis="intraday high"),
    m("advertising_revenue_growth_forecast|advertising_revenue_growth|revenue_growth_forecast", 21, "%", XM,
      basis="DBS forecast, 2019 to 2021"),
    m("market_share_forecast|market_share", 10, "%", XM, "2021", prior=9, basis="DBS forecast, smartphones"),
    m("market_share", 9, "%", XM, "2019", opt=True, basis="smartphones"),
    m("smartphone_revenue_growth_forecast|revenue_growth_forecast|smartphone_revenue_growth", 2, "%", XM, "2020",
      basis="DBS forecast"),
    m("smartphone_revenue_growth_forecast|revenue_growth_forecast|smartphone_revenue_growth", 20, "%", XM, "2021",
      basis="DBS forecast"),
], [
    ra("DBS|DBS Bank|DBS Vickers", XM, "raise_target", "buy", "buy", target=13.30, prior_target=12.8, cur="HKD"),
    ra("Nomura|Nomura Securities", XM, "maintain", "buy", "buy", target=12.5, prior_target=12.5, cur="HKD"),
    ra("China Merchants Securities International|China Merchants Securities|CMBI|CMS International", XM, "maintain",
       "buy", "buy", target=15, prior_target=15, cur="HKD"),
])
