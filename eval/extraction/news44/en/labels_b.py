# Hand-written gold labels for news44/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/,
# tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news43/en/README.md, with the labels of news42/en as the model: values fully scaled ("₦222.81 billion" ->
# 222.81e9 NGN, "₦3.15 trillion" -> 3.15e12 NGN, "82 trillion won" -> 82e12 KRW, "Ksh.28.6 billion" -> 28.6e9 KES,
# "$4.9 million" -> 4.9e6 USD, "50 cents" -> 0.50 NZD), declines negative ("dipped 0.005 percentage point" -> -0.005 pp,
# "slipped 3.5 per cent" -> -3.5, "plunging 9.8 per cent" -> -9.8), currency codes ("won" -> KRW, "yen" -> JPY, "₦"
# -> NGN, "Ksh." -> KES, "Dh" -> AED, "US$" and the "$" of Gulf News' converted Saudi prices -> USD, the "$" of
# Fonterra's milk-price forecast on a New Zealand page -> NZD), hedges keep the number with the hedge in the basis
# ("nearly 400 points", "around 0.25 percent", "nearly 3,000", "approached eight million"), a same-sentence "X from /
# compared to / against / higher than Y" value of the same quantity is the prior and the earlier reading an optional
# row (news30 batch b, news36-news43), an earlier reading in a clause of its own ("after a 6.1 per cent decline at the
# previous event") a key row without prior (news40 batch a, news43 batch b), bid-offer quotes as ranges (news19 batch
# b's "$18,875/18,900"), bracketed currency conversions optional, headline repeats of body figures optional (the body
# row carries the prior), periods only where the text states or clearly implies the year (news24; market moves and
# levels none), brokers' targets only in rating actions (a target raised with no rating printed is raise_target with
# rating None), streak counts optional and ordinals ("the fifth in a row", "the tenth in the last eleven") not
# labelled, dates, times, ticker and ISIN codes and numbers inside names (225-issue, CAC 40, FTSE 100, 10-year) not
# labelled.

# ---------------------------------------------------------------- en07 Tokyo close with yen, euro and JGB quotes (Kyodo via The Mainichi, Tuesday July 5, 2022; no date printed): Nikkei +269.66 points (+1.03 %) to 26,423.47, Topix +9.41 (+0.50 %) to 1,879.12, Nikkei briefly nearly +400 points; dollar 136.08-09 yen (London 135.70-80, Tokyo Monday 135.44-46); euro $1.0374-0375 and 141.17-21 yen (earlier quotes); 10-year JGB -0.005 pp to 0.215 %, BOJ cap around 0.25 % (points, %, pp, JPY, USD)
# A Tokyo market close in Kyodo's house style with forex quotes and the bond yield. The stored page breaks off at the
# start of an analyst's quote ('"The move was '): the passage stops after the sentence on the tariff reports, a sentence
# boundary. Headline kept (rewritten); the "Please view the main text area ..." skip-link line and the photo caption
# ("This May 7, 2020 file photo shows the Tokyo Stock Exchange. (Mainichi)") dropped as furniture. Periods: none
# (market moves and levels; "Tuesday", "Monday" only).
# Decided: Nikkei and Topix point move, % move and level key. "Briefly gaining nearly 400 points in the morning" is a
# key intraday move ("nearly" in the basis). Kyodo's bid-offer quotes ("136.08-09 yen", "$1.0374-0375", "141.17-21
# yen") are ranges with the second figure completed from the first (136.08-136.09; 1.0374-1.0375; 141.17-141.21). Each
# current quote is key with the London quote, the first one it is "compared with", as prior range; both earlier quotes
# (London 4 p.m. and Tokyo 5 p.m. Monday) are optional rows. The euro's two quotes are two quantities (EUR/USD in USD,
# EUR/JPY in JPY). "Climbed into the lower 136 yen range" is an optional rounded level. The JGB yield's -0.005 pp move
# and 0.215 % level key; the Bank of Japan's "no higher than around 0.25 percent" guidance is a key policy cap on the
# BOJ ("around" in the basis).
NK = "Nikkei|Nikkei Stock Average|Nikkei 225|Nikkei index"
TPX = "Topix|Topix index"
IC = "index_change|index_change_points|change"
ICP = "index_change_pct|index_change|pct_change"
IL = "index_level|close|index_close"
FX = "exchange_rate|fx_rate|price|quote"
USDJPY = "USD/JPY|U.S. dollar|dollar|dollar-yen|yen"
EURUSD = "EUR/USD|euro|euro-dollar"
EURJPY = "EUR/JPY|euro|euro-yen"
JGB = "10-year Japanese government bond|JGB|Japanese government bond|10-year JGB"
G["en07"] = ([
    m(IC, 269.66, "points", NK, basis="from Monday"),
    m(ICP, 1.03, "%", NK),
    m(IL, 26423.47, "points", NK),
    m(IC, 9.41, "points", TPX),
    m(ICP, 0.50, "%", TPX),
    m(IL, 1879.12, "points", TPX),
    m(IC + "|intraday_change", 400, "points", NK, basis="nearly; briefly, in the morning"),
    m(FX + "|usd_jpy", None, "JPY", USDJPY, rng=(136.08, 136.09), prng=(135.70, 135.80),
      basis="5 p.m. Tokyo, bid-offer; prior London 4 p.m."),
    m(FX + "|usd_jpy", 136, "JPY", USDJPY, opt=True, basis="lower 136 yen range"),
    m(FX + "|usd_jpy", None, "JPY", USDJPY, rng=(135.70, 135.80), opt=True, basis="London 4 p.m."),
    m(FX + "|usd_jpy", None, "JPY", USDJPY, rng=(135.44, 135.46), opt=True, basis="Tokyo 5 p.m. Monday"),
    m(FX + "|eur_usd", None, "USD", EURUSD, rng=(1.0374, 1.0375), prng=(1.0425, 1.0435),
      basis="bid-offer; prior London"),
    m(FX + "|eur_usd", None, "USD", EURUSD, rng=(1.0425, 1.0435), opt=True, basis="London"),
    m(FX + "|eur_usd", None, "USD", EURUSD, rng=(1.0430, 1.0432), opt=True, basis="Tokyo late Monday afternoon"),
    m(FX + "|eur_jpy", None, "JPY", EURJPY, rng=(141.17, 141.21), prng=(141.50, 141.55),
      basis="bid-offer; prior London"),
    m(FX + "|eur_jpy", None, "JPY", EURJPY, rng=(141.50, 141.55), opt=True, basis="London"),
    m(FX + "|eur_jpy", None, "JPY", EURJPY, rng=(141.27, 141.31), opt=True, basis="Tokyo late Monday afternoon"),
    m("yield_change|bond_yield_change", -0.005, "pp", JGB, basis="from Monday's close"),
    m("yield|bond_yield|10y_yield", 0.215, "%", JGB),
    m("yield_cap|yield_target|rate_cap|interest_rate_cap", 0.25, "%", "Bank of Japan|BOJ|" + JGB,
      basis="around; long-term rates guided to be no higher than"),
], [])

# ---------------------------------------------------------------- en08 Korean brokerages raise Samsung Electronics targets (Korea Bizwire, Tuesday December 8, 2020; no year printed): Kiwoom 90,000 won from 75,000, NH Investment & Securities 90,000 won from 76,000; record close 72,900 won (+1.96 %); Kiwoom's 2022 operating profit range 82-100 trillion won; analysts' 90,000 won (US$83) and the 70,000 won range (KRW, USD)
# A broker-call story on one stock. The stored page breaks off mid-sentence ("Yet most securities companies have set
# their target prices on"): the passage stops after NH's reasoning, a sentence boundary. Headline kept (rewritten);
# the site tag "| Be Korea-savvy", the repeated headline and the twice-printed photo caption ("This photo taken on July
# 30, 2020, shows the corporate flag of Samsung Group ... (Yonhap)") dropped as furniture. The dateline's missing space
# ("(Korea Bizwire)South Korean", rewritten "(Korea Bizwire)Brokerage houses") is kept. The two analysts' quotes are
# rendered as reported speech (no figures in them). Periods: "in 2022" dates the operating profit range; the rest none
# ("Monday", "fourth-quarter", "early next year" print no year).
# Decided: two rating actions. "Hiked its target price ... to 90,000 won from 75,000 won" and "upgraded its target
# price to 90,000 won from the previous 76,000 won" print no rating -> raise_target with rating None ("upgraded" applies
# to the target, not a rating). "Some analysts predict ... as high as 90,000 won (US$83)" is the same top target
# unattributed -> optional metric rows (KRW and the USD conversion), not a rating action; "reaching the 70,000 won
# range" an optional threshold. The record close and the 1.96 % gain key. Kiwoom's analyst's "operating profit ... to
# range from 82 trillion won to 100 trillion won in 2022" is a key range on Samsung (an analyst estimate).
SEC = "Samsung Electronics|Samsung Electronics Co.|Samsung"
G["en08"] = ([
    m("target_price_high|target_price|price_forecast", 90000, "KRW", SEC, opt=True,
      basis="some analysts; as high as"),
    m("target_price_high|target_price|price_forecast", 83, "USD", SEC, opt=True, basis="conversion in brackets"),
    m("price|share_price|price_threshold", 70000, "KRW", SEC, opt=True, basis="reached the 70,000 won range"),
    m("price|share_price|close", 72900, "KRW", SEC, basis="all-time high close, Monday"),
    m("price_change|share_price_change", 1.96, "%", SEC, basis="from the prior session"),
    m("operating_profit_estimate|operating_profit_forecast|operating_profit", None, "KRW", SEC, "2022",
      rng=(82e12, 100e12), basis="Kiwoom Securities analyst; depending on DRAM conditions"),
], [
    ra("Kiwoom Securities|Kiwoom Securities Co.|Kiwoom", SEC, "raise_target", None, target=90000, prior_target=75000,
       cur="KRW"),
    ra("NH Investment & Securities|NH Investment & Securities Co.|NH Investment|NH", SEC, "raise_target", None,
       target=90000, prior_target=76000, cur="KRW"),
])

# ---------------------------------------------------------------- en09 Global Dairy Trade auction (The New Zealand Herald, August 16, 2022; no year printed): index -2.9 % after two -5.0 % drops; WMP -3.5 % to US$3417/MT (previous -6.1 %), SMP +0.1 % to US$3524/MT (previous -5.3 %), March peaks US$4757 and US$4481, cheddar +4.2 % to US$5005 (previous -0.7 %), butter +0.2 % to US5204 (March US$7086), AMF -9.8 % to US$4990; 30,326 MT, 121 bidders; Fonterra 2022/23 forecast +50 cents to $8.75 - $10.25 per kgMS from $8.25 - $9.75, midpoint $9.50 (%, USD, NZD, tonnes)
# A commodity auction report with the processor's farmgate milk-price forecast. Whole as stored. The stored text has no
# headline (the address slug is not page text; none added). Kept as printed: "US5204/MT" without "$", "$8.75 - $10.25"
# and "$8.25 - $9.75" with spaced hyphens, "22/23", "30,326 MT", the spelled "eleven" and "eight weeks".
# Periods: the auction figures none (no year printed; "March", "March 1", "June 23" are dates); the Fonterra forecast
# for "2022/23" (and "22/23") is Fonterra's season/financial year -> FY2023 (as Indian fiscal 2019/20 -> FY2020).
# Decided: auction prices are average prices per metric tonne in USD. "After back-to-back 5.0 per cent drops" -> a key
# -5.0 % row for the previous auction and an optional second -5.0 % row for the one before. Each product's % move and
# average price key; the previous event's move in its own clause ("on the back of a 6.1 per cent decline", "after
# falling 5.3 per cent", "following a 0.7 per cent dip two weeks ago") a key row without prior. March peaks (WMP
# US$4757, SMP US$4481, butter US$7086) key earlier levels; "well above the US$4000/MT mark" eight weeks ago an
# optional threshold. "US5204/MT" read as USD (the unit of every other price). Volume 30,326 MT key (unit tonnes);
# "121 successful bidders" an optional count. Fonterra: "lifted ... by 50 cents" a key +0.50 NZD revision; "to between
# $8.75 - $10.25 per kgMS, from an opening range of $8.25 - $9.75" a key range with the prior range, the opening range
# also an optional row; the midpoint $9.50 key. Not labelled: "fifth in a row", "tenth in the last eleven" (ordinals),
# "eight weeks", "two weeks ago" (spans).
GDT = "Global Dairy Trade|GDT|Global Dairy Trade index|GDT price index|dairy prices"
WMP = "whole milk powder|WMP"
SMP = "skim milk powder|SMP"
CHD = "cheddar"
BUT = "butter"
AMF = "anhydrous milk fat|AMF"
FON = "Fonterra|Fonterra farmgate milk price|farmgate milk price"
PC = "price_change|price_index_change|index_change"
PX = "price|average_price"
G["en09"] = ([
    m(PC, -2.9, "%", GDT, basis="this morning's auction, across the board"),
    m(PC, -5.0, "%", GDT, basis="back-to-back drops: previous auction"),
    m(PC, -5.0, "%", GDT, opt=True, basis="back-to-back drops: the auction before"),
    m(PC, -3.5, "%", WMP),
    m(PX, 3417, "USD", WMP, basis="average, per MT"),
    m(PC, -6.1, "%", WMP, basis="previous event"),
    m(PC, 0.1, "%", SMP),
    m(PX, 3524, "USD", SMP, basis="average, per MT"),
    m(PC, -5.3, "%", SMP, basis="previous event"),
    m(PX + "|price_threshold", 4000, "USD", "milk powder|" + WMP + "|" + SMP, opt=True,
      basis="well above the mark eight weeks ago"),
    m(PX + "|peak_price", 4757, "USD", WMP, basis="peak in March"),
    m(PX + "|peak_price", 4481, "USD", SMP, basis="peak in March"),
    m(PC, 4.2, "%", CHD),
    m(PX, 5005, "USD", CHD, basis="average, per MT"),
    m(PC, -0.7, "%", CHD, basis="two weeks ago (previous event)"),
    m(PX, 7086, "USD", BUT, basis="in March"),
    m(PC, 0.2, "%", BUT),
    m(PX, 5204, "USD", BUT, basis="average, per MT; printed US5204/MT"),
    m(PC, -9.8, "%", AMF),
    m(PX, 4990, "USD", AMF, basis="average, per MT"),
    m("volume|quantity_sold|traded_volume", 30326, "tonnes", GDT, basis="MT of product purchased"),
    m("bidders|successful_bidders", 121, "bidders", GDT, opt=True),
    m("guidance_change|milk_price_forecast_change|forecast_change", 0.50, "NZD", FON, "FY2023",
      basis="2022/23 forecast lifted by 50 cents on June 23"),
    m("guidance_milk_price|milk_price_forecast|farmgate_milk_price_forecast|guidance", None, "NZD", FON, "FY2023",
      rng=(8.75, 10.25), prng=(8.25, 9.75), basis="per kgMS, 2022/23"),
    m("guidance_milk_price|milk_price_forecast|farmgate_milk_price_forecast|guidance", None, "NZD", FON, "FY2023",
      rng=(8.25, 9.75), opt=True, basis="opening range, per kgMS"),
    m("guidance_milk_price_midpoint|milk_price_forecast_midpoint|milk_price_forecast", 9.50, "NZD", FON, "FY2023",
      basis="revised 22/23 forecast midpoint, per kgMS"),
], [])

# ---------------------------------------------------------------- en10 Dangote Cement third quarter and nine months of 2025 (naijaonpoint.com, October/November 2025): Q3 PAT ₦222.81 billion (+166 %) from ₦89.19 billion; nine-month profit ₦743.26 billion from ₦279.10 billion; revenue +23 % to ₦3.15 trillion from ₦2.56 trillion; Q3 revenue ₦1.08 trillion from ₦800.52 billion; gross profit, cost of sales, operating profit, finance income and costs, PBT, basic EPS ₦43.82 from ₦16.55; company-level PAT ₦609.24 billion and Q3 ₦234.50 billion; total comprehensive income ₦751.17 billion from ₦965.80 billion (NGN)
# A Nigerian company's quarterly and nine-month results, each figure against the year before. Whole as stored. The
# stored text has no headline (the address slug is not page text; none added). Kept as printed: "₦" throughout, "the
# first nine-month", "filed in the same period of 2024", and the "166 percent increase" (₦222.81 billion against
# ₦89.19 billion is about +150 %; labelled as printed).
# Periods: "the third quarter (Q3) ended September 30, 2025" -> 2025Q3 (year-earlier 2024Q3); "the first nine-month" /
# "the nine months" -> 2025Q1-Q3 (year-earlier 2024Q1-Q3). The paragraphs that follow the quarter's revenue (gross
# profit, cost of sales, operating profit, finance income and costs, profit before tax, EPS, total comprehensive
# income) name no span but compare with "2024" / "a year earlier"; they continue the nine-month figures (cost of sales
# ₦1.29 trillion plus gross profit ₦1.87 trillion give the nine months' ₦3.15 trillion revenue; ₦1.24 trillion plus
# ₦1.32 trillion give 2024's ₦2.56 trillion) -> 2025Q1-Q3 / 2024Q1-Q3 (decided). The company-level "third-quarter
# profit" -> 2025Q3.
# Decided: every "X from / compared to / against / higher than / above Y" takes Y as prior with an optional year-earlier
# row (news42 en07's "Dh1.21 billion ..., up 16 per cent compared to Dh1 billion"). The 166 % and 23 % growth rates key.
# The group's "profit" for nine months read as profit after tax (the article's subject). Finance costs are positive
# amounts (declined to ₦286.04 billion from ₦451.22 billion; the fall not computed). Basic EPS in NGN, basis basic.
# Company-level (standalone) figures are keyed on Dangote Cement with "company level" in the basis.
DC = "Dangote Cement|Dangote Cement Plc|DANGCEM"
NP = "net_profit|profit_after_tax|net_income|pat"
REV = "revenue|sales|turnover"
G["en10"] = ([
    m(NP, 222.81e9, "NGN", DC, "2025Q3", prior=89.19e9),
    m("net_profit_growth|profit_after_tax_growth|net_income_growth", 166, "%", DC, "2025Q3",
      basis="as printed; year on year"),
    m(NP, 89.19e9, "NGN", DC, "2024Q3", opt=True),
    m(NP + "|profit", 743.26e9, "NGN", DC, "2025Q1-Q3", prior=279.10e9, basis="nine months"),
    m(NP + "|profit", 279.10e9, "NGN", DC, "2024Q1-Q3", opt=True),
    m(REV, 3.15e12, "NGN", DC, "2025Q1-Q3", prior=2.56e12),
    m("revenue_growth|sales_growth", 23, "%", DC, "2025Q1-Q3"),
    m(REV, 2.56e12, "NGN", DC, "2024Q1-Q3", opt=True),
    m(REV, 1.08e12, "NGN", DC, "2025Q3", prior=800.52e9),
    m(REV, 800.52e9, "NGN", DC, "2024Q3", opt=True),
    m("gross_profit", 1.87e12, "NGN", DC, "2025Q1-Q3", prior=1.32e12),
    m("gross_profit", 1.32e12, "NGN", DC, "2024Q1-Q3", opt=True),
    m("cost_of_sales|cost_of_revenue", 1.29e12, "NGN", DC, "2025Q1-Q3", prior=1.24e12),
    m("cost_of_sales|cost_of_revenue", 1.24e12, "NGN", DC, "2024Q1-Q3", opt=True),
    m("operating_profit|operating_income", 1.23e12, "NGN", DC, "2025Q1-Q3", prior=750.40e9),
    m("operating_profit|operating_income", 750.40e9, "NGN", DC, "2024Q1-Q3", opt=True),
    m("finance_income", 77.10e9, "NGN", DC, "2025Q1-Q3", prior=29.13e9),
    m("finance_income", 29.13e9, "NGN", DC, "2024Q1-Q3", opt=True),
    m("finance_costs|finance_cost|interest_expense", 286.04e9, "NGN", DC, "2025Q1-Q3", prior=451.22e9,
      basis="declined"),
    m("finance_costs|finance_cost|interest_expense", 451.22e9, "NGN", DC, "2024Q1-Q3", opt=True),
    m("profit_before_tax|pretax_profit|pbt", 1.04e12, "NGN", DC, "2025Q1-Q3", prior=406.39e9),
    m("profit_before_tax|pretax_profit|pbt", 406.39e9, "NGN", DC, "2024Q1-Q3", opt=True),
    m("eps|earnings_per_share|basic_eps", 43.82, "NGN", DC, "2025Q1-Q3", prior=16.55, basis="basic"),
    m("eps|earnings_per_share|basic_eps", 16.55, "NGN", DC, "2024Q1-Q3", opt=True, basis="basic"),
    m(NP, 609.24e9, "NGN", DC, "2025Q1-Q3", prior=348.59e9, basis="company level, nine months"),
    m(NP, 348.59e9, "NGN", DC, "2024Q1-Q3", opt=True, basis="company level"),
    m(NP + "|profit", 234.50e9, "NGN", DC, "2025Q3", prior=150.40e9, basis="company level, third quarter"),
    m(NP + "|profit", 150.40e9, "NGN", DC, "2024Q3", opt=True, basis="company level"),
    m("total_comprehensive_income|comprehensive_income", 751.17e9, "NGN", DC, "2025Q1-Q3", prior=965.80e9,
      basis="currency translation effects"),
    m("total_comprehensive_income|comprehensive_income", 965.80e9, "NGN", DC, "2024Q1-Q3", opt=True),
], [])

# ---------------------------------------------------------------- en11 Kenya's diaspora remittances for February 2021 (Citizen Digital, March 2021; the year implied by "Across 2020 ... had sent back"): Ksh.28.6 billion ($260.2 million), +19 % from Ksh.24.1 billion ($219 million); 12 months +11.4 % to Ksh.351.5 billion ($3.2 billion) from Ksh.307.6 billion ($2.8 billion); January +7.3 % to Ksh.30.5 billion from Ksh.28.4 billion; 2020 record Ksh.341 billion (Ksh.932 million a day); reserves +Ksh.6.7 billion ($61 million), 4.55 months of import cover (KES, USD, %, months)
# A macro data release (central-bank remittance and reserves data). Whole as stored. Headline kept (rewritten); the tag
# line "diaspora remittances CBK", "Leave a Comment", "No comments yet." and "latest stories" dropped as furniture. Kept as
# printed: "19pc" and "Ksh.28.6B" in the headline, "Ksh." with its full stop, the garbled "Kenya's domestic economic
# stable", "a lower Ksh.307.6 billion", "a lower Ksh.28.4 billion".
# Periods: the text prints no year for February or January, but "Across 2020, Kenyans abroad had sent back a record
# Ksh.341 billion" puts the months reported after 2020 -> February 2021-02 and January 2021-01 (clearly implied, as
# news43 batch a's "Looking ahead to 2007"), their year-earlier months 2020-02 and 2020-01; the 2020 total 2020; the
# 12-month cumulative figures and the reserves none (a span / a stock).
# Decided: remittances in KES with the bracketed dollar figures as optional conversions. "Ksh.28.6 billion ... rising
# 19 per cent from Ksh.24.1 billion" -> key level with prior, key growth, optional year-earlier row; the headline's
# "19pc" and "Ksh.28.6B" optional repeats (the body row carries the prior). The 12-month total likewise (key level
# with prior, key growth, optional earlier row). January's "7.3 per cent increase to hit Ksh.30.5 billion from ...
# Ksh.28.4 billion" -> key growth, key level with prior, optional row. The 2020 record key; "the equivalent of
# Ksh.932 million every day" an optional restatement (a daily average of the same total). Reserves "risen by Ksh.6.7
# billion" key (its $61 million optional); "4.55 months of imports" key (unit months, "estimated" in the basis).
KE = "Kenya|Kenyan diaspora|Kenyans abroad|diaspora"
REM = "remittances|diaspora_remittances|remittance_inflows"
REMG = "remittances_growth|remittance_growth|growth"
CBK = "Central Bank of Kenya|CBK|Kenya"
G["en11"] = ([
    m(REMG, 19, "%", KE, "2021-02", opt=True, basis="headline repeat"),
    m(REM, 28.6e9, "KES", KE, "2021-02", opt=True, basis="headline repeat (Ksh.28.6B)"),
    m(REM, 28.6e9, "KES", KE, "2021-02", prior=24.1e9, basis="February; a high"),
    m(REM, 260.2e6, "USD", KE, "2021-02", opt=True, basis="conversion in brackets"),
    m(REMG, 19, "%", KE, "2021-02", basis="from a year earlier"),
    m(REM, 24.1e9, "KES", KE, "2020-02", opt=True),
    m(REM, 219e6, "USD", KE, "2020-02", opt=True, basis="conversion in brackets"),
    m(REM + "|cumulative_remittances", 351.5e9, "KES", KE, prior=307.6e9, basis="cumulative, last 12 months"),
    m(REM + "|cumulative_remittances", 3.2e9, "USD", KE, opt=True, basis="conversion in brackets"),
    m(REMG, 11.4, "%", KE, basis="cumulative, last 12 months"),
    m(REM + "|cumulative_remittances", 307.6e9, "KES", KE, opt=True, basis="preceding year's 12 months"),
    m(REM + "|cumulative_remittances", 2.8e9, "USD", KE, opt=True, basis="conversion in brackets"),
    m(REMG, 7.3, "%", KE, "2021-01", basis="January, from a year earlier"),
    m(REM, 30.5e9, "KES", KE, "2021-01", prior=28.4e9, basis="January"),
    m(REM, 28.4e9, "KES", KE, "2020-01", opt=True),
    m(REM, 341e9, "KES", KE, "2020", basis="record, across 2020"),
    m(REM + "|daily_remittances", 932e6, "KES", KE, "2020", opt=True, basis="equivalent every day"),
    m("fx_reserves_change|reserves_change|foreign_reserves_change", 6.7e9, "KES", CBK,
      basis="usable foreign currency reserves, after February's remittances"),
    m("fx_reserves_change|reserves_change|foreign_reserves_change", 61e6, "USD", CBK, opt=True,
      basis="conversion in brackets"),
    m("import_cover|reserves_import_cover|months_of_import_cover", 4.55, "months", CBK,
      basis="estimated; usable reserves cover"),
], [])

# ---------------------------------------------------------------- en12 Almajed Oud's Tadawul debut (Gulf News, October 7, 2024; the year not printed): +30 % to $32.53 (Dh119.48); 152,000 shares, $4.9 million (Dh17.9 million), nearly 3,000 transactions, buy orders near eight million shares; initial price $25.03 (Dh91.94); 7.5 million shares = 30 % of capital at $25.03 (Dh19.94); 80 % / 20 % allocation; retail demand 821.3 %, participating parties 156.5 times (USD, AED, shares, %, x)
# An IPO's first trading day with the offering's terms and demand. Whole as stored. The stored text has no headline
# (the address slug is not page text; none added); the "Dubai:" dateline is kept. Kept as printed: the Saudi prices
# given in US dollars with dirham conversions, the inconsistent "$25.03 (Dh19.94)" beside "$25.03 (Dh91.94)", "ISIN
# Code SA164HF212H1", "Eighty per cent" spelled out. Periods: none ("today, October 7" is a date).
# Decided: "$" is USD (Gulf News' conversions of riyal prices), "Dh" AED; every bracketed dirham figure an optional
# conversion, the erroneous Dh19.94 included (as printed). The debut move +30 % and the $32.53 price key. Volume
# (152,000 shares), value ($4.9 million) and buy orders ("approached eight million shares", hedge in the basis) key;
# "nearly 3,000 transactions" an optional count. The initial price $25.03 key, its repeat in the issue sentence
# optional. 7.5 million shares and 30 % of capital key (a stake share, not the price move); the 80 % / 20 % tranche
# split key; "Retail demand reached 821.3 per cent" a key subscription rate in %; "oversubscribed by 156.5 times" key
# in x. Not labelled: the ticker 4165 and the ISIN code.
AO = "Almajed Oud|Almajed Oud Co.|Almajed for Oud|Al Majed for Oud|4165"
IPOP = "ipo_price|offer_price|initial_price|listing_price"
G["en12"] = ([
    m("price_change|share_price_change|debut_change", 30, "%", AO, basis="first trading session"),
    m("price|share_price|close", 32.53, "USD", AO, basis="first trading session"),
    m("price|share_price|close", 119.48, "AED", AO, opt=True, basis="conversion in brackets"),
    m("volume|trading_volume|shares_traded", 152000, "shares", AO),
    m("turnover|trading_value|traded_value", 4.9e6, "USD", AO),
    m("turnover|trading_value|traded_value", 17.9e6, "AED", AO, opt=True, basis="conversion in brackets"),
    m("transactions|trades|number_of_trades", 3000, "transactions", AO, opt=True, basis="nearly"),
    m("buy_orders|order_volume|demand", 8e6, "shares", AO, basis="approached eight million"),
    m(IPOP, 25.03, "USD", AO, basis="initial price per share"),
    m(IPOP, 91.94, "AED", AO, opt=True, basis="conversion in brackets"),
    m("shares_offered|shares_issued|ipo_shares|offering_size", 7.5e6, "shares", AO),
    m("stake_offered|offering_pct_of_capital|share_of_capital", 30, "%", AO),
    m(IPOP, 25.03, "USD", AO, opt=True, basis="repeat in the issue sentence"),
    m(IPOP, 19.94, "AED", AO, opt=True, basis="conversion in brackets, as printed (Dh91.94 above)"),
    m("allocation|tranche_allocation|institutional_allocation", 80, "%", AO, basis="participating parties"),
    m("allocation|tranche_allocation|retail_allocation", 20, "%", AO, basis="retail investors"),
    m("retail_subscription|subscription_rate|coverage|oversubscription", 821.3, "%", AO, basis="retail demand"),
    m("oversubscription|institutional_oversubscription|oversubscription_ratio|coverage", 156.5, "x", AO,
      basis="participating parties"),
], [])
