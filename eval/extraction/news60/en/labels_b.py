# Hand-written gold labels for news60/en en07-en12 (batch b: Asia-Pacific, Africa and Latin America in English: an
# Australian bank's half-year with its cash profit, net interest margin, impairment charge and an interim dividend in
# cents, a Malaysian chemicals producer's quarterly loss in ringgit with the day's share slump in sen, a round-up of
# three Nigerian banks' interim dividends and half-year profits in naira, a Mexican baker's full year and fourth quarter
# in pesos with margins in basis points and figures excluding foreign exchange, Taiwan's monthly exports in US$ by
# product and market with the finance ministry's forecast, and New Zealand's quarterly labour-market release with
# unemployment, underutilisation, participation and wage measures). Read from texts/enNN.txt only; no extractor,
# newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under
# plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the unit words "shares" and the currency
# codes "AUD", "MYR", "NGN", "MXN", "USD" and "NZD" were checked against the unit strings of the earlier sets'
# labels_*.py files instead), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news59/en/README.md, with the labels of news56/en, news58/en and news59/en as the model (news56 en09 for a Nigerian
# bank in naira and kobo, news54 en10 for a monthly trade release, news41 en10 for a labour-force release, news58 en12
# and news45 en12 for share moves in a sub-unit): values fully scaled ("$4.25 billion" / "$4.25b" -> 4.25e9 AUD,
# "RM1.08 billion" -> 1.08e9 MYR, "N14.72billion" -> 14.72e9 NGN, "12.55 billion Mexican pesos" -> 12.55e9 MXN,
# "US$41.58 billion" -> 41.58e9 USD, "26.4 million shares" -> 26.4e6 shares); sub-units scaled to the currency ("94¢"
# -> 0.94 AUD, "44 sen" -> 0.44 MYR, "N0.50 per share" -> 0.50 NGN); declines, falls, drops, narrowings, contractions
# and losses negative ("slumped 11%" -> -11, "fell 36 sen" -> -0.36, "a cumulative net loss of RM1.1 billion" -> -1.1e9,
# "narrowed by 80 basis points" -> -80 bp, "dipped 0.1%" -> -0.1, "dropped 20 per cent" -> -20), a charge or a loss
# named as an amount ("charge for impaired loans ... $393 million", "Forex losses ... RM446 million", "RM431 million of
# impairment losses") positive as a charge (news56 en10's impairment charge); rises and widenings positive ("widened by
# 7 basis points" -> +7 bp); currency codes ("$" and "¢" on an Australian bank -> AUD, "RM" and "sen" -> MYR, "N" ->
# NGN, "pesos" -> MXN with the bracketed "$" conversions -> USD, "US$" -> USD, "$" on a New Zealand wage -> NZD); a
# same-sentence "X from Y" / "X, against Y" value of the same quantity is the prior and the earlier value an optional
# row, while an earlier-period figure in a clause or sentence of its own is a key row of its own (news58, news59); the
# first printing of a figure key and a later repeat optional (a headline's figure key and its body repeat optional; a
# rounded headline or first mention optional beside the precise figure); bracketed currency conversions optional; hedges
# kept in the basis ("nearly", "about", "around", "as much as"); periods only where the text states or clearly implies
# the year (news24; "Q2 FY2025" -> FY2025Q2 and "the first six months of FY2025" -> FY2025H1 with "a year ago" /
# "the same period last year" FY2024Q2 / FY2024H1; "the half year ended June 30, 2023" / "H1 2023" -> 2023H1 and "H1
# 2022" -> 2022H1; "fiscal 2024" / "fiscal 2023" -> FY2024 / FY2023 and "the fourth quarter ended Dec. 31, 2024" ->
# 2024Q4 with "a year earlier" 2023Q4; "acquired ... in 2022" -> 2022; Westpac's "first half", Taiwan's "November" and
# "the first 11 months of the year" and New Zealand's "September quarter" print no year -> none, the span in the basis);
# share prices, market moves and values with no date of their own none; no broker rating action occurs in these six
# stories (a "UBS analyst report" that questioned a mortgage book carries no rating or target); the source's own
# oddities labelled as printed; quotes rendered as reported speech (the set never copies third-party sentences), their
# figures labelled like any other; dates and times ("June 30", "Dec. 7", "Dec. 31, 2024", "September 30", "in 2010" of
# a listing, "1986" of a survey's start), spans ("three months", "17th month running", "first 11 months" aside),
# ordinals and ranks ("11th most actively traded stock") not labelled.

PC = "price_change_pct|price_change|share_price_change|pct_change"
PCA = "price_change|share_price_change"
PX = "share_price|price|close|close_price"

# ---------------------------------------------------------------- en07 Westpac's first half (Brisbane Times, brisbanetimes.com.au; the address dated 2018-05-07, no year printed): headline cash profit $4.25b; cash profit +6% to $4.25 billion; interim dividend 94¢, unchanged; NII +8% to $8.3 billion; operating expenses +3%; NIM +7 bp to 2.17% against the September half; impaired-loan charge -20% to $393 million; consumer bank +6%, business bank +3%; the economy's long-term average pace of about 2.7% (AUD, %, bp)
# An Australian bank's half-year results with its cash profit, net interest margin, impairment charge and an interim
# dividend in cents (news13 en07 and news53 en02 had Commonwealth Bank, news30 en07 NAB's full year, news37 en08 ANZ's
# half; Westpac appears only as a mover in market wraps). Cut: the stored page breaks off mid-word inside the chief
# executive's next quote ("While the housing market is expected to con"), so the passage stops after "... loan portfolio
# was "fundamentally sound".", a sentence boundary (no figure goes with the cut). Headline kept (rewritten: "Lower bad
# debts help Westpac grow profit to $4.25b" -> "Smaller bad-debt charges help Westpac lift profit to $4.25b"). The chief
# executive's two quoted sentences are rendered as reported speech (no figures); his quoted words "lacklustre" and
# "fundamentally sound" kept in quotation marks. Kept as printed: "$4.25b" in the headline beside "$4.25 billion",
# "94¢", "per cent" throughout, the spaced hyphens round the margin gloss with its typo "fo loans", "would growth near"
# (for "would grow"), "the September half".
# Periods: none. "First-half", "the half", "the previous half", "the September half", "last year" and "this year and
# next" print no year (the address's "20180507" is not page text).
# Decided: the headline's $4.25b key as cash profit, the body's $4.25 billion an optional repeat; +6 % key. The interim
# dividend 94¢ -> key 0.94 AUD ("unchanged on the previous half" prints no earlier figure: no prior, no 0 change row).
# NII +8 % and $8.3 billion key; operating expenses +3 % key (no level printed); the fall in fee income prints no figure.
# NIM "expanded by 7 basis points to 2.17 per cent ... compared with the September half" -> key +7 bp and key 2.17 % (no
# prior computed). The charge for impaired loans -20 % and $393 million key (a charge, positive). The consumer bank's 6 %
# and the business bank's 3 % profit growth key on each division with Westpac among the alternatives. "About 2.7 per
# cent", the long-term average pace the bank expects the economy to grow near, key as a growth forecast on Australia
# (hedge in the basis).
WBC = "Westpac|Westpac Banking Corporation|Westpac Banking Corp|Westpac Group"
CP = "cash_profit|cash_earnings|net_profit|profit"
G["en07"] = ([
    m(CP, 4.25e9, "AUD", WBC, basis="headline: profit to $4.25b; first-half cash profit"),
    m(CP, 4.25e9, "AUD", WBC, opt=True, basis="body repeat: first-half cash profit of $4.25 billion"),
    m("cash_profit_growth|cash_earnings_growth|profit_growth|net_profit_growth", 6, "%", WBC, basis="first half"),
    m("interim_dividend|dividend_per_share|dps|dividend", 0.94, "AUD", WBC,
      basis="printed 94¢ a share; unchanged on the previous half"),
    m("net_interest_income_growth|nii_growth", 8, "%", WBC),
    m("net_interest_income|nii", 8.3e9, "AUD", WBC),
    m("operating_expenses_growth|opex_growth|expense_growth|cost_growth", 3, "%", WBC),
    m("nim_change|net_interest_margin_change|margin_change", 7, "bp", WBC,
      basis="expanded, in the half compared with the September half"),
    m("net_interest_margin|nim", 2.17, "%", WBC, basis="in the half"),
    m("impairment_charge_growth|impairment_change|impairment_charges_change|bad_debt_charge_change", -20, "%", WBC,
      basis="charge for impaired loans, compared with last year"),
    m("impairment_charge|impairment_charges|bad_debt_charge|loan_impairment_charge", 393e6, "AUD", WBC,
      basis="charge for impaired loans"),
    m("profit_growth|segment_profit_growth|cash_profit_growth", 6, "%",
      "consumer bank|Westpac consumer bank|Consumer Bank|" + WBC, basis="largest division"),
    m("profit_growth|segment_profit_growth|cash_profit_growth", 3, "%",
      "business bank|business banking|Westpac business bank|Business Bank|" + WBC, basis="business banking arm"),
    m("gdp_growth_forecast|gdp_growth|economic_growth_forecast|growth_forecast", 2.7, "%",
      "Australia|Australian economy|" + WBC,
      basis="about; long-term average pace the bank expects for the rest of this year and next"),
], [])

# ---------------------------------------------------------------- en08 Petronas Chemicals' second quarter of FY2025 and the day's share slump (daily8.com, most likely August 2025, no date printed; "Q2 FY2025" printed): headline -11% and RM1bil loss; Q2 net loss RM1.08 billion; RM777 million net profit a year ago; as much as -44 sen or -11% to RM3.52; close -36 sen or -9.1% at RM3.60; value RM28.8 billion; 26.4 million shares; nearly -26% year to date; Q2 revenue -16% to RM6.4 billion; H1 net loss RM1.1 billion from a RM1.45 billion profit; H1 revenue -7.4% to RM14.09 billion from RM15.23 billion; Ebitda -56% to RM395 million; forex losses RM446 million from RM62 million; impairments RM431 million; Perstorp bought for RM7.31 billion in 2022 (MYR, %, shares)
# A Malaysian chemicals producer's quarterly loss in ringgit with the share reaction in sen (no earlier text has
# Petronas Chemicals; Bursa Malaysia appears in news25, news42 and news45's market and fund-flow stories). Cut: the
# stored page breaks off mid-word in the plant utilisation sentence ("PCG's plant utilisation rate dropped to 77% from
# 94% in the previous quarter, as feedstock supply di"), so the passage stops after the impairment sentence, a sentence
# boundary (the "77%" and "94%" go with the cut). Headline kept (rewritten: "Petronas Chemicals drops 11% after RM1bil
# loss in Q2" -> "Petronas Chemicals falls 11% after RM1bil Q2 loss"). No quotes. Kept as printed: the dateline
# "PETALING JAYA :" with its space before the colon, "RM1bil" in the headline beside "RM1.08 billion", "(PCG)",
# "(Q2 FY2025)", "44 sen or 11%", "36 sen or 9.1%", "year-on-year", "FY2025", "Ebitda" in mixed case, "Sdn Bhd (PPCSB)",
# "specialities".
# Periods: "the second quarter ended June 30 (Q2 FY2025)" -> FY2025Q2 for the quarter's loss and revenue; "a year ago"
# -> FY2024Q2 for the RM777 million; "the first six months of FY2025" / "the first half" -> FY2025H1 and "the same period
# last year" / "last year" -> FY2024H1; "acquired ... in 2022" -> 2022. The Ebitda, forex-loss and impairment figures
# none: the text does not say whether they are the quarter's or the half's. Share moves, price, value and volume none.
# Decided: the headline's "drops 11%" key as the share move (-11 %), the body's "tumbled 11% today" and the intraday
# "44 sen or 11%" optional repeats; the headline's rounded "RM1bil loss" an optional -1e9 row beside the key -1.08e9 net
# loss (negative, news58 en11). "Which posted a RM777 million net profit a year ago" is a clause of its own -> a key
# FY2024Q2 row, not a prior. Intraday fall -44 sen (-0.44 MYR) and low RM3.52 key; the close's -36 sen, -9.1 % and RM3.60
# key; the value RM28.8 billion key (market cap); "26.4 million shares traded" key volume ("shares"); "fallen nearly 26%"
# year to date key (hedge in the basis). Q2 revenue -16 % and RM6.4 billion key. H1: "a cumulative net loss of RM1.1
# billion from a net profit of RM1.45 billion" -> key -1.1e9 with prior 1.45e9 and an optional FY2024H1 row; revenue
# -7.4 % and RM14.09 billion from RM15.23 billion key with prior, optional earlier row. Ebitda -56 % and RM395 million
# key. "Forex losses widened to RM446 million from RM62 million a year earlier" -> key 446e6 (a loss amount, positive,
# like a charge) with prior 62e6 and an optional earlier row. Impairment losses RM431 million key on Perstorp and the
# specialities segment (PCG among the alternatives); Perstorp's purchase price RM7.31 billion key (2022). Not labelled:
# "2010" (listing year), "11th most active" (a rank), "June 30".
PCG = "Petronas Chemicals|Petronas Chemicals Group|Petronas Chemicals Group Bhd|PCG|PetChem"
Q, PQ, H, PH = "FY2025Q2", "FY2024Q2", "FY2025H1", "FY2024H1"
NP = "net_profit|net_loss|net_income"
REV = "revenue|sales"
REVG = "revenue_growth|sales_growth"
FXL = "forex_loss|fx_loss|foreign_exchange_loss|forex_losses"
G["en08"] = ([
    m(PC, -11, "%", PCG, basis="headline: shares drop after the Q2 loss"),
    m(NP, -1e9, "MYR", PCG, Q, opt=True, basis="headline: RM1bil loss (rounded)"),
    m(PC, -11, "%", PCG, opt=True, basis="body repeat: tumbled 11% today"),
    m(NP, -1.08e9, "MYR", PCG, Q, basis="net loss; largest quarterly loss since listing"),
    m(NP, 777e6, "MYR", PCG, PQ, basis="net profit a year ago (a clause of its own)"),
    m(PCA, -0.44, "MYR", PCG, basis="as much as; afternoon session; printed 44 sen"),
    m(PC, -11, "%", PCG, opt=True, basis="as much as; intraday (third printing)"),
    m(PX, 3.52, "MYR", PCG, basis="intraday low, afternoon session"),
    m(PCA, -0.36, "MYR", PCG, basis="close; printed 36 sen"),
    m(PC, -9.1, "%", PCG, basis="close"),
    m(PX, 3.60, "MYR", PCG, basis="close"),
    m("market_cap|market_capitalisation|market_value|valuation", 28.8e9, "MYR", PCG, basis="valuing the group at"),
    m("volume|trading_volume|shares_traded", 26.4e6, "shares", PCG, basis="11th most active stock on Bursa Malaysia"),
    m("price_change_ytd|ytd_change|" + PC, -26, "%", PCG, basis="nearly; year to date"),
    m(REVG, -16, "%", PCG, Q, basis="year-on-year"),
    m(REV, 6.4e9, "MYR", PCG, Q),
    m(NP, -1.1e9, "MYR", PCG, H, prior=1.45e9, basis="cumulative net loss, first six months"),
    m(NP, 1.45e9, "MYR", PCG, PH, opt=True, basis="net profit in the same period last year"),
    m(REVG, -7.4, "%", PCG, H, basis="first half"),
    m(REV, 14.09e9, "MYR", PCG, H, prior=15.23e9, basis="first half"),
    m(REV, 15.23e9, "MYR", PCG, PH, opt=True, basis="last year"),
    m("ebitda_growth|ebitda_change", -56, "%", PCG, basis="quarter or half not stated"),
    m("ebitda", 395e6, "MYR", PCG, basis="quarter or half not stated"),
    m(FXL, 446e6, "MYR", PCG, prior=62e6, basis="widened; mostly unrealised, on revaluing shareholder loans to PPCSB"),
    m(FXL, 62e6, "MYR", PCG, opt=True, basis="a year earlier"),
    m("impairment|impairment_losses|impairment_charge|impairments", 431e6, "MYR",
      "Perstorp|specialities segment|" + PCG, basis="on property, plant and equipment in the specialities segment"),
    m("acquisition_cost|deal_value|acquisition_price|purchase_price", 7.31e9, "MYR", "Perstorp|" + PCG, "2022",
      basis="Swedish unit acquired in 2022"),
], [])

# ---------------------------------------------------------------- en09 three Nigerian banks' interim dividends and half-year profits (ThisDay, thisdaylive.com; September 4, 2023 in the address, no date printed): N42.15bn of H1 2023 interim dividends against N31.16 billion for H1 2022; GTCO N0.50 (N14.72billion), Stanbic IBTC N1.50 (N19.44billion), Fidelity N0.25 (N8 billion); PAT N410.4 billion, +212% from N131.53 billion; GTCO N280.48billion +261.6% from N77.56billion; Stanbic N67.92billion +121.5% from N30.67billion; Fidelity N61.99billion +165.99% from N23.31billion (NGN, %)
# A sector round-up of three banks' interim dividends and half-year profits in naira (news27 en06 had Zenith Bank's
# first half of 2016 and news56 en09 Access Bank's 2018; GTCO, Fidelity Bank and Stanbic IBTC appear in no earlier
# text). Cut: the stored page breaks off mid-word in the chief executive's second quoted sentence ("Events such as the
# general elections and cash scarcity led t"), so the passage stops after his first, whole sentence (rendered as
# reported speech; no figures), a sentence boundary. Headline kept (printed twice on the page, once kept; rewritten:
# "GTCO, Fidelity Bank, Stanbic IBTC Shareholders to  Get N42.15bn Interim Dividend" -> "GTCO, Fidelity Bank and Stanbic
# IBTC shareholders in line for N42.15bn interim dividend"); the byline "Kayode Tokede" dropped as furniture. Kept as
# printed: "N42.15bn" in the headline beside "N42.15 billion", "N14.72billion", "N19.44billion", "N280.48billion",
# "N77.56billion", "N67.92billion", "N30.67billion", "N61.99billion" and "N23.31billion" without a space beside "N31.16
# billion", "N8 billion", "N410.4 billion" and "N131.53 billion" with one, "212per cent" run together, "H1 2023" /
# "H1 2022", the missing full stop after the Fidelity Bank sentence.
# Periods: "the half year ended June 30, 2023" / "H1 2023" -> 2023H1 for the dividends and profits; "H1 2022" -> 2022H1.
# Decided: the headline's N42.15bn key as the three banks' combined interim dividend (entity: the three banks, any of
# them among the alternatives), the body's N42.15 billion an optional repeat; "The three banks in H1 2022 paid ... N31.16
# billion" a sentence of its own -> a key 2022H1 row, not a prior. Each bank's dividend per share key (0.50, 1.50, 0.25
# NGN; Fidelity's "proposed" in the basis) and its payout total key. Profit after tax: the combined N410.4 billion "an
# increase of 212per cent from N131.53 billion" -> key level with prior, key growth, optional 2022H1 row; each bank's
# profit (after tax, as the combined sentence makes clear) likewise. Not labelled: "June 30, 2023", the dividend yield's
# decline (no figure), Access Holdings, Zenith Bank and UBA (no figures).
GT = "GTCO|Guaranty Trust Holding Company|Guaranty Trust Holding Company Plc|Guaranty Trust|GTBank"
FID = "Fidelity Bank|Fidelity|Fidelity Bank Plc"
STB = "Stanbic IBTC|Stanbic IBTC Holdings|Stanbic"
THREE = "GTCO, Fidelity Bank and Stanbic IBTC|three banks|" + GT + "|" + FID + "|" + STB
H, PH = "2023H1", "2022H1"
TD = "total_interim_dividend|interim_dividend_payout|dividend_payout|total_dividend|interim_dividend"
DPS = "interim_dividend_per_share|dividend_per_share|dps|interim_dividend"
PAT = "profit_after_tax|net_profit|pat|net_income|profit"
PATG = "profit_after_tax_growth|net_profit_growth|pat_growth|profit_growth"
G["en09"] = ([
    m(TD, 42.15e9, "NGN", THREE, H, basis="headline: N42.15bn interim dividend of the three banks"),
    m(TD, 42.15e9, "NGN", THREE, H, opt=True, basis="body repeat: for half year ended June 30, 2023"),
    m(TD, 31.16e9, "NGN", THREE, PH, basis="paid by the three banks as interim dividend in H1 2022"),
    m(DPS, 0.50, "NGN", GT, H, basis="per share, declared"),
    m(TD, 14.72e9, "NGN", GT, H, basis="amounting to"),
    m(DPS, 1.50, "NGN", STB, H, basis="per share"),
    m(TD, 19.44e9, "NGN", STB, H, basis="net worth of the interim dividend"),
    m(DPS, 0.25, "NGN", FID, H, basis="per share, proposed by management"),
    m(TD, 8e9, "NGN", FID, H, basis="returns to be shared among shareholders"),
    m(PAT, 410.4e9, "NGN", THREE, H, prior=131.53e9, basis="the three banks together"),
    m(PATG, 212, "%", THREE, H, basis="printed 212per cent"),
    m(PAT, 131.53e9, "NGN", THREE, PH, opt=True, basis="H1 2022"),
    m(PAT, 280.48e9, "NGN", GT, H, prior=77.56e9, basis="historic; printed N280.48billion"),
    m(PATG, 261.6, "%", GT, H),
    m(PAT, 77.56e9, "NGN", GT, PH, opt=True, basis="H1 2022"),
    m(PAT, 67.92e9, "NGN", STB, H, prior=30.67e9),
    m(PATG, 121.5, "%", STB, H),
    m(PAT, 30.67e9, "NGN", STB, PH, opt=True, basis="H1 2022"),
    m(PAT, 61.99e9, "NGN", FID, H, prior=23.31e9),
    m(PATG, 165.99, "%", FID, H),
    m(PAT, 23.31e9, "NGN", FID, PH, opt=True, basis="H1 2022"),
], [])

# ---------------------------------------------------------------- en10 Grupo Bimbo's fiscal 2024 and fourth quarter (Food Business News, foodbusinessnews.net; most likely February 2025, no date printed): a nearly 20% drop at the bottom line; net majority income 12.55 billion pesos ($612.8 million), -19% from 15.48 billion, nearly -20% ex FX; Q4 -4.3% to 3.12 billion pesos ($152.5 million) from 3.26 billion, -9% ex FX; net majority margin -80 bp (year), -40 bp (quarter); adjusted EBITDA +1% to 55.47 billion pesos ($2.71 billion), margin -10 bp, -0.1% ex FX; Q4 adjusted EBITDA +2.3% to 13.99 billion pesos ($683.6 million), -3.1% ex FX, margin -70 bp (MXN, USD, %, bp)
# A Mexican company's full year and fourth quarter in pesos with margins in basis points and growth excluding foreign
# exchange (news48 en04 had Grupo Carso's fourth quarter and news55 en07 Walmex's second quarter; Bimbo appears in no
# earlier text). Cut: the stored page breaks off inside the next quote's attribution ("... as more than 50% of our
# business delivered outstanding results," said "), so the passage stops after the quarter's adjusted EBITDA sentence, a
# sentence boundary (the quote's "more than 50%" goes with the cut). No headline in the stored text (it opens with the
# dateline and its first paragraph; the slug "grupo-bimbo-tallies-soft-sales-in-north-america-for-fiscal-2024" is not
# page text; none added). The chief executive's quoted phrase on the consumer environment, his quoted sentence on fiscal
# 2024 and the company's quoted phrase on long-term benefits are rendered as reported speech (no figures). Kept as
# printed: the dateline "MEXICO CITY —", "fiscal 2024" / "fiscal 2023", "12.55 billion Mexican pesos ($612.8 million)"
# then "pesos" alone, "Dec. 31, 2024", "North America (United States and Canada)", "year over year", "a margin
# contraction of 10 basis points".
# Periods: "fiscal 2024" / "for the year" / "for 2024" -> FY2024 (a company fiscal year, named as such) and "fiscal 2023"
# -> FY2023; "the fourth quarter ended Dec. 31, 2024" / "the quarter" -> 2024Q4 and "a year earlier" -> 2023Q4.
# Decided: the lead's "a nearly 20% drop at the bottom line for 2024" is a rounded first mention of the reported fall
# printed precisely as 19 % in the next paragraph -> optional -20 % (hedge in the basis), the 19 % key; the later "the
# decline was nearly 20%" excluding foreign exchange key (-20 %, ex-FX in the metric alternatives and the basis). Net
# majority income 12.55 billion pesos key with prior 15.48 billion ("down 19% from"), the conversion and the FY2023 row
# optional. Q4: -4.3 % and 3.12 billion pesos from 3.26 billion key with prior (conversion and 2023Q4 row optional); -9 %
# excluding FX key. Margin moves "narrowed 80 basis points for the year and 40 basis points in the quarter" -> key -80
# bp (FY2024) and -40 bp (2024Q4). Adjusted EBITDA +1 % and 55.47 billion pesos key (record; conversion optional), its
# margin's -10 bp key, its -0.1 % excluding FX key; the quarter's +2.3 %, 13.99 billion pesos (conversion optional),
# -3.1 % excluding FX and -70 bp margin key. Record sales print no figure.
BIM = "Grupo Bimbo|Bimbo|Grupo Bimbo SAB de CV"
Y, Y0, Q4, Q40 = "FY2024", "FY2023", "2024Q4", "2023Q4"
NMI = "net_majority_income|net_income|net_profit|majority_net_income"
NMIG = "net_majority_income_growth|net_income_growth|net_profit_growth"
NMIX = "net_majority_income_growth_ex_fx|net_income_growth_ex_fx|net_income_growth_constant_currency|" + NMIG
AE = "adjusted_ebitda|ebitda"
AEG = "adjusted_ebitda_growth|ebitda_growth"
AEX = "adjusted_ebitda_growth_ex_fx|ebitda_growth_ex_fx|ebitda_growth_constant_currency|" + AEG
NMM = "net_majority_margin_change|net_margin_change|margin_change"
AEM = "adjusted_ebitda_margin_change|ebitda_margin_change|margin_change"
G["en10"] = ([
    m(NMIG, -20, "%", BIM, Y, opt=True, basis="nearly 20% drop at the bottom line for 2024 (rounded first mention)"),
    m(NMI, 12.55e9, "MXN", BIM, Y, prior=15.48e9, basis="full-year net majority income; printed 12.55 billion Mexican pesos"),
    m(NMI, 612.8e6, "USD", BIM, Y, opt=True, basis="bracketed conversion"),
    m(NMIG, -19, "%", BIM, Y),
    m(NMI, 15.48e9, "MXN", BIM, Y0, opt=True, basis="fiscal 2023"),
    m(NMIX, -20, "%", BIM, Y, basis="nearly; excluding the impact of foreign exchange"),
    m(NMIG, -4.3, "%", BIM, Q4),
    m(NMI, 3.12e9, "MXN", BIM, Q4, prior=3.26e9, basis="fourth quarter ended Dec. 31, 2024"),
    m(NMI, 152.5e6, "USD", BIM, Q4, opt=True, basis="bracketed conversion"),
    m(NMI, 3.26e9, "MXN", BIM, Q40, opt=True, basis="a year earlier"),
    m(NMIX, -9, "%", BIM, Q4, basis="excluding foreign exchange"),
    m(NMM, -80, "bp", BIM, Y, basis="net majority margin narrowed, for the year"),
    m(NMM, -40, "bp", BIM, Q4, basis="net majority margin narrowed, in the quarter"),
    m(AEG, 1, "%", BIM, Y, basis="edged up, year over year"),
    m(AE, 55.47e9, "MXN", BIM, Y, basis="record level"),
    m(AE, 2.71e9, "USD", BIM, Y, opt=True, basis="bracketed conversion"),
    m(AEM, -10, "bp", BIM, Y, basis="margin contraction, value chain investment"),
    m(AEX, -0.1, "%", BIM, Y, basis="dipped, excluding foreign exchange"),
    m(AEG, 2.3, "%", BIM, Q4, basis="in the quarter"),
    m(AE, 13.99e9, "MXN", BIM, Q4),
    m(AE, 683.6e6, "USD", BIM, Q4, opt=True, basis="bracketed conversion"),
    m(AEX, -3.1, "%", BIM, Q4, basis="excluding foreign exchange"),
    m(AEM, -70, "bp", BIM, Q4, basis="margin contracting, in the quarter"),
], [])

# ---------------------------------------------------------------- en11 Taiwan's November exports (Taiwan News, taiwannews.com.tw; released Tuesday Dec. 7, no year printed): exports +30.2% to US$41.58 billion; imports +33.8% to US$35.86 billion; surplus US$5.71 billion; first 11 months exports US$405.75 billion (+30%), imports US$346.23 billion (+33.8%), surplus US$59.52 billion; electronic components US$15.93 billion (38.3%), ICT and AV US$5.69 billion, base metals US$3.83 billion, plastics and rubber US$2.73 billion, machinery US$2.55 billion; China and Hong Kong US$17.14 billion (41.2%), US US$6.64 billion, ASEAN US$6.33 billion, Europe US$3.69 billion, Japan US$2.57 billion; December forecast 21-25%, the year around 30% (USD, %)
# A macro trade release: an Asian economy's monthly exports and imports in US$ by product and market with the ministry's
# forecast (news37 en09 and news54 en10 had South Korea's exports; no earlier text has Taiwan's trade data). Whole as
# stored. No headline in the stored text (it opens with the dateline "TAIPEI (Taiwan News) —", kept; the address has no
# slug; none added). No quotes. Kept as printed: "US$" throughout, "the 17th month in a row" (rendered "for the 17th
# month running"), "Tuesday (Dec. 7)", "according to CNA", "information, communication, and audio-video products" with
# its serial comma, "The U.S.", "21-25%".
# Periods: none. "November", "the first 11 months of the year", "last year", "December" and "Dec. 7" print no year (a
# Tuesday December 7 fixes 2021 only by calendar arithmetic, not from the text; news24). The month or span in the basis.
# Decided: November exports +30.2 % and US$41.58 billion key; imports "rose 33.8% ... to US$35.86 billion" key growth and
# level (no earlier level printed); the trade surplus US$5.71 billion key. The 11-month exports US$405.75 billion and
# +30 %, imports US$346.23 billion and +33.8 %, and the surplus US$59.52 billion key (span in the basis). Product exports
# key on each product with Taiwan among the alternatives; electronic components' 38.3 % share key. Markets: China and
# Hong Kong US$17.14 billion and their 41.2 % share key, the U.S., ASEAN, Europe and Japan key, each on the market with
# Taiwan among the alternatives. The MOF's forecast "to grow 21-25% year-over-year" for December -> a key range; "growth
# for the year could be around 30%" -> key 30 % forecast (hedge in the basis). Not labelled: "17th month" (a span),
# "Dec. 7".
TW = "Taiwan|Taiwanese exports|Taiwan's exports|Ministry of Finance|MOF"
EXP = "exports|export_value|outbound_shipments"
EXPG = "export_growth|exports_growth|exports_change"
IMP = "imports|import_value"
IMPG = "import_growth|imports_growth|imports_change"
TB = "trade_surplus|trade_balance"
SH = "export_share|share_of_exports|share_of_total_exports"
EXPF = "export_growth_forecast|guidance_export_growth|exports_growth_forecast|" + EXPG
def tw(name):
    return name + "|" + TW
G["en11"] = ([
    m(EXPG, 30.2, "%", TW, basis="November, from a year earlier; record high"),
    m(EXP, 41.58e9, "USD", TW, basis="November"),
    m(IMPG, 33.8, "%", TW, basis="November, from a year earlier"),
    m(IMP, 35.86e9, "USD", TW, basis="November"),
    m(TB, 5.71e9, "USD", TW, basis="November"),
    m(EXP, 405.75e9, "USD", TW, basis="first 11 months of the year"),
    m(EXPG, 30, "%", TW, basis="first 11 months, from last year"),
    m(IMP, 346.23e9, "USD", TW, basis="first 11 months of the year"),
    m(IMPG, 33.8, "%", TW, basis="first 11 months, from a year earlier"),
    m(TB, 59.52e9, "USD", TW, basis="so far this year"),
    m(EXP, 15.93e9, "USD", tw("electronic components|electronics components|electronic component exports"),
      basis="November"),
    m(SH, 38.3, "%", tw("electronic components|electronics components"), basis="of all exports, November"),
    m(EXP, 5.69e9, "USD", tw("information, communication, and audio-video products|ICT products|information and communication products"),
      basis="November"),
    m(EXP, 3.83e9, "USD", tw("base metals"), basis="November"),
    m(EXP, 2.73e9, "USD", tw("plastics and rubber|plastics|rubber"), basis="November"),
    m(EXP, 2.55e9, "USD", tw("machinery"), basis="November"),
    m("exports_to|" + EXP, 17.14e9, "USD", tw("China and Hong Kong|China|Hong Kong"),
      basis="November; biggest export market"),
    m(SH, 41.2, "%", tw("China and Hong Kong|China|Hong Kong"), basis="of all exports, November"),
    m("exports_to|" + EXP, 6.64e9, "USD", tw("U.S.|United States|US"), basis="November; purchases"),
    m("exports_to|" + EXP, 6.33e9, "USD", tw("Association of Southeast Asian Nations|ASEAN"), basis="November"),
    m("exports_to|" + EXP, 3.69e9, "USD", tw("Europe"), basis="November"),
    m("exports_to|" + EXP, 2.57e9, "USD", tw("Japan"), basis="November"),
    m(EXPF, None, "%", TW, rng=(21, 25), basis="December exports, year-over-year; MOF forecast"),
    m(EXPF, 30, "%", TW, basis="around; growth for the year; MOF forecast"),
], [])

# ---------------------------------------------------------------- en12 New Zealand's September-quarter labour market (Newstalk ZB, newstalkzb.co.nz; most likely Wednesday November 2, 2022, no date or year printed): wages +2.6% in the quarter; unemployment 3.3%; underutilisation 9.0%, 9.2% last quarter; wages +7.4% over the year against inflation of 7.2%; participation 71.7%; employment rate 69.3%; average ordinary time hourly earnings +7.4% (repeats); LCI 3.7%; average ordinary hourly earnings $37.86, +$2.61 or 7.4% (%, NZD)
# A macro data release: a quarterly labour-market report with unemployment, underutilisation, participation and wage
# measures (news35 en09 and news41 en10 had Australia's monthly jobs data; no earlier text has New Zealand's). Cut: the
# stored page breaks off mid-word in the statistics manager's quote ("... since this series began in 1989,"
# international and business performance statistics senior man"), so the passage stops after the hourly-earnings
# sentence, a sentence boundary (the quoted "1989" goes with the cut). No headline in the stored text (it opens with its
# first paragraph; the slug "latest-job-numbers-out-wages-surge-unemployment-flatlining-near-record-lows" is not page
# text; none added). The crosshead "Highest-ever labour force participation" kept as page text (rewritten). The
# statistics manager's quoted sentence is rendered as reported speech (no figures). Kept as printed: "per cent"
# throughout, "9.0 per cent" with its decimal, the spaced en dashes round the underutilisation gloss and the spaced
# hyphen before "faster than inflation", "Stats NZ said today", "$37.86" and "$2.61" with a bare "$", "(HLFS)",
# "(LCI)", "(QES)"; the labour cost index's 3.7 per cent called "Inflation" in the source (rendered as such).
# Periods: none. "The three months ending on September 30", "the September quarter", "last quarter", "the year to
# September 30" and "today" print no year (news24); the span in the basis.
# Decided: the quarter's wage growth 2.6 % key. The unemployment rate 3.3 % key ("stayed at": no earlier figure printed,
# no 0 change row). Underutilisation "dipped slightly to 9.0 per cent. Last quarter, it was 9.2 per cent." -> two key
# rows (the earlier level in a sentence of its own, not a prior). "Wages rose at an annual rate of 7.4 per cent" key,
# its two later restatements (average ordinary time hourly earnings "increased by 7.4 per cent in the year" and "$2.61
# or 7.4 per cent") optional; inflation 7.2 % key on New Zealand (consumer prices). Participation 71.7 % and employment
# rate 69.3 % key. The labour cost index's 3.7 % key. Average ordinary hourly earnings $37.86 key and the annual increase
# of $2.61 key (NZD). Not labelled: "1986" (the survey's start), "three months" of news, "more than a year".
NZ = "New Zealand|NZ|New Zealand labour market|Stats NZ"
WG = "wage_growth|annual_wage_growth|hourly_earnings_growth|average_hourly_earnings_growth|wages_growth"
G["en12"] = ([
    m("wage_growth_qoq|quarterly_wage_growth|" + WG, 2.6, "%", NZ, basis="in the three months ending on September 30"),
    m("unemployment_rate|jobless_rate", 3.3, "%", NZ, basis="September quarter; stayed at"),
    m("underutilisation_rate|labour_underutilisation_rate", 9.0, "%", NZ, basis="dipped slightly; September quarter"),
    m("underutilisation_rate|labour_underutilisation_rate", 9.2, "%", NZ, basis="last quarter"),
    m(WG, 7.4, "%", NZ, basis="annual rate, year to September 30"),
    m("inflation|inflation_rate|cpi_inflation|cpi", 7.2, "%", NZ, basis="consumer prices, beside the year's wage growth"),
    m("participation_rate|labour_force_participation_rate", 71.7, "%", NZ, basis="highest since the HLFS began"),
    m("employment_rate", 69.3, "%", NZ, basis="highest since the HLFS began"),
    m(WG, 7.4, "%", NZ, opt=True, basis="repeat: average ordinary time hourly earnings in the year"),
    m("labour_cost_index|lci|lci_growth|wage_inflation|labour_cost_index_growth", 3.7, "%", NZ,
      basis="printed 'Inflation, as measured by the labour cost index (LCI)'"),
    m("average_hourly_earnings|average_ordinary_hourly_earnings|hourly_earnings", 37.86, "NZD", NZ,
      basis="average ordinary hourly earnings (QES); printed $37.86"),
    m("average_hourly_earnings_change|hourly_earnings_change|hourly_earnings_increase", 2.61, "NZD", NZ,
      basis="annual increase; printed $2.61"),
    m(WG, 7.4, "%", NZ, opt=True, basis="repeat: an annual increase of $2.61 or 7.4 per cent"),
], [])
