# Hand-written gold labels for news57/en en07-en12 (batch b: Asia-Pacific, Latin America and the Gulf in English: an
# Indonesian state bank's first half in rupiah trillion with its NPL ratio, a Korean chipmaker's first quarter in won
# trillion with operating profit by division, a New Zealand dairy auction's price index and prices per tonne, Brazil's
# central bank holding the Selic with IPCA inflation and its target band, a Singapore bank's third quarter in S$ with
# its net interest margin, and a UAE property developer's nine months in dirhams with sales and backlogs). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read (only the earlier
# sets' "unit" values were grepped, to reuse their unit words: "tonnes", "accounts", "hikes", "x"), and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news56/en/README.md, with the labels of news55/en and news56/en as the model (news44 en09 for the dairy auction):
# values fully scaled ("Rp12.2 trillion" -> 12.2e12 IDR, "6.23 trillion won" -> 6.23e12 KRW, "560 billion won" ->
# 560e9 KRW, "S$843 million" -> 843e6 SGD, "Dh2.13 billion" / "Dh5b" -> AED); cents scaled to the currency ("48 cents
# per share" -> 0.48 SGD); declines, falls, losses and drops negative ("a 15.4 percent fall in allowance" -> -15.4,
# "an operating loss of 560 billion won" -> -560e9 on operating_profit|operating_loss, "down 39 percent" -> -39,
# "slid 6.3 per cent" -> -6.3, "have lost US$811 a tonne, or 22.5 per cent" -> -811 USD and -22.5 %); widenings and
# rises positive ("widened by 29 basis points" -> +29 bp); currency codes ("Rp" -> IDR, "won" and the bare "52.4
# trillion" / "6.23 trillion" of the filing sentence -> KRW, "US$" and the bracketed "$" beside S$ -> USD, "($3982)"
# beside US$ in a New Zealand paper and Fonterra's "$6" -> NZD, the bare "$3435" of cheddar among US$ prices -> USD,
# "S$" -> SGD, "Dh" -> AED); prices per tonne and per kg of milk solids in the currency alone with the basis giving the
# measure (the development corpus's rule for prices per unit); hedges keep the number with the hedge in the basis
# ("close to", "over", "more than", "just over", "an estimated"); a same-sentence "X from Y" / "up from Y" value of the
# same quantity is the prior and the earlier value an optional row (news30 batch b, news36-news56), while an
# earlier-period figure in a clause or sentence of its own is a key row of its own; the first printing of a figure key
# and a later repeat optional (a headline's or crosshead's figure key and its body repeat optional, news50-news56); a
# bracketed currency conversion optional; multiples in words ("quintupled", "tripled") optional in "x"; periods only
# where the text states or clearly implies the year (news24; "the first half of this year" beside "the first half of
# 2018" -> 2018H1 and "the same period last year" 2017H1; "the first three months of 2019" -> 2019Q1, "the third
# quarter of 2016" 2016Q3; Fonterra's "2016/7" season -> FY2017 as news44's "2022/23" -> FY2023; "In September" beside
# "For 2022 ... this year" -> 2022-09; "the third quarter" beside "the first nine months of 2023" -> 2023Q3; "the year
# to September" set against "the whole of 2021" -> 2022Q1-Q3, with 2022Q3 and 2022-09; auction prices, the policy rate
# held and balances with no year of their own none); no broker rating action occurs in these six stories; the source's
# own oddities labelled as printed (news44-news56); quotes rendered as reported speech (the set never copies
# third-party sentences), their figures labelled like any other; dates and months ("Thursday", "August", "last
# December", "late September", "December"), spans ("the past five years", "the previous 12 months", "the next 9-12
# months"), ordinals ("second ... in a row", "third month in a row", "ninth straight quarter"), product names with
# numbers ("Galaxy S10") and "Q4"-style labels not labelled.

# ---------------------------------------------------------------- en07 Bank Mandiri's first half of 2018 in rupiah trillion (ANTARA News, en.antaranews.com; a Thursday in 2018 after the first half, no date printed; "the first half of 2018" and "Copyright © ANTARA 2018"): net profit +28.7% to Rp12.2 trillion from Rp9.5 trillion; fee based income +18.1%; allowance for impairment loss (CKPN) -15.4%; credits Rp762.5 trillion, +11.8% from Rp682 trillion; five-year average credit growth 11.9%; corporate credits +22.2% to Rp296.8 trillion; micro credits +24.8% to Rp90.6 trillion; NPL ratio 3.13% from 3.82%; allocations for reserves Rp7.9 trillion from Rp9.3 trillion (IDR, %)
# An Indonesian state bank's half-year results in rupiah trillion with loan growth by segment, the NPL ratio and
# reserve allocations. Whole as stored apart from furniture: the credit lines under the article ("Reported by
# Satyagraha", the desk code "(T.SYS/B/S012/C/S012)", "Reporter: antara", "Editor: Heru Purwanto", "Copyright © ANTARA
# 2018") dropped. No headline in the stored text (it opens with the dateline "Jakarta (ANTARA News) -", kept as page
# text; the address slug "mandiris-first-semester-profit-up-287-percent-to-rp122-trillion" is not page text; none
# added). The director's two quoted sentences (no figures) are rendered as reported speech. Kept as printed: "Rp12.2
# trillion" and the other amounts with no space after "Rp", the backtick apostrophe in "bank`s" and "Mandiri`s", "a
# 18.1 percent", "fee based income" unhyphenated, "credits" in the plural, and the last sentence, which the page ends
# with a comma instead of a full stop (rendered with a full stop; no figure affected).
# Periods: "the first half of this year" and "the first half of 2018" -> 2018H1; "the same period last year" -> 2017H1;
# the NPL ratio "in the first half of 2018" 2018H1. The five-year average credit growth takes no period (a span).
# Decided: net profit +28.7 % key and Rp12.2 trillion key with prior Rp9.5 trillion and an optional 2017H1 row. The
# fee-based-income rise and the CKPN fall key as changes (no levels printed; the CKPN fall negative). Credits extended
# key in IDR (loans among the metric alternatives) with prior Rp682 trillion and an optional 2017H1 row, their +11.8 %
# key. "Average credit growth of 11.9 percent in the past five years" key (the span in the basis). Corporate and micro
# credits key with their growth rates, each keyed on the segment with the bank among the alternatives. NPL ratio 3.13 %
# key with prior 3.82 and an optional 2017H1 row; allocations for reserves Rp7.9 trillion key with prior Rp9.3 trillion
# and an optional 2017H1 row (a separate figure from the CKPN change: 7.9 against 9.3 is not -15.4 %, so no link made).
BMRI = "Bank Mandiri|Mandiri|PT Bank Mandiri|PT Bank Mandiri (Persero) Tbk"
H1, PH1 = "2018H1", "2017H1"
LN = "loans|credits|loans_extended|credit_disbursed|total_loans"
LNG = "loan_growth|credit_growth|loans_growth"
G["en07"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 28.7, "%", BMRI, H1, basis="first half, year-on-year"),
    m("net_profit|net_income", 12.2e12, "IDR", BMRI, H1, prior=9.5e12, basis="first half; printed 'Rp12.2 trillion'"),
    m("net_profit|net_income", 9.5e12, "IDR", BMRI, PH1, opt=True, basis="same period last year"),
    m("fee_based_income_growth|fee_income_growth|non_interest_income_growth", 18.1, "%", BMRI, H1,
      basis="fee based income"),
    m("impairment_allowance_change|allowance_for_impairment_losses_change|provisions_change|ckpn_change", -15.4, "%",
      BMRI, H1, basis="allowance for impairment loss (CKPN), decline"),
    m(LN, 762.5e12, "IDR", BMRI, H1, prior=682e12, basis="credits extended in the first half of 2018"),
    m(LN, 682e12, "IDR", BMRI, PH1, opt=True, basis="same period last year"),
    m(LNG, 11.8, "%", BMRI, H1, basis="credits extended, year-on-year"),
    m("average_credit_growth|average_loan_growth|" + LNG, 11.9, "%", BMRI,
      basis="average credit growth over the past five years"),
    m("corporate_loan_growth|corporate_credit_growth|" + LNG, 22.2, "%", "corporate segment|Bank Mandiri corporate|" + BMRI,
      H1, basis="credits extended to the corporate segment"),
    m("corporate_loans|corporate_credits|" + LN, 296.8e12, "IDR", "corporate segment|Bank Mandiri corporate|" + BMRI, H1),
    m("micro_loan_growth|micro_credit_growth|" + LNG, 24.8, "%", "micro segment|Bank Mandiri micro|" + BMRI, H1,
      basis="credits extended to the micro segment"),
    m("micro_loans|micro_credits|" + LN, 90.6e12, "IDR", "micro segment|Bank Mandiri micro|" + BMRI, H1),
    m("npl_ratio|non_performing_loan_ratio|gross_npl_ratio", 3.13, "%", BMRI, H1, prior=3.82, basis="improving"),
    m("npl_ratio|non_performing_loan_ratio|gross_npl_ratio", 3.82, "%", BMRI, PH1, opt=True, basis="same period last year"),
    m("provisions|reserve_allocations|loan_loss_provisions|allowances", 7.9e12, "IDR", BMRI, H1, prior=9.3e12,
      basis="allocations for reserves, cut"),
    m("provisions|reserve_allocations|loan_loss_provisions|allowances", 9.3e12, "IDR", BMRI, PH1, opt=True,
      basis="allocations for reserves a year earlier"),
], [])

# ---------------------------------------------------------------- en08 Samsung Electronics' first quarter of 2019 with operating profit by division (The Korea Herald, koreaherald.com; Tuesday April 30, 2019, no date printed): operating profit 6.23 trillion won, smallest since 2016; consolidated sales 52.4 trillion; lowest since Q3 2016's 5.2 trillion won; semiconductor division incl. display 3.54 trillion won, nearly a fourth of a year earlier; chip-making 4.12 trillion won; display operating loss 560 billion won; IT and mobile communications 2.27 trillion won, -39% (KRW, %)
# A Korean chipmaker's quarterly results in won trillion with operating profit by division. Cut: the stored page breaks
# off inside the last quoted sentence of the mobile division ('..., Samsung said' with no full stop and nothing after);
# the passage stops after the division's profit sentence, before it (no figure lost). Dropped as furniture: the photo
# credit "|(Yonhap)" between paragraphs. No headline in the stored text (it opens with its first paragraph; none
# added). The company's three quoted statements (no figures; "Galaxy S10" is a product name) are rendered as reported
# speech. Kept as printed: "52.4 trillion" and "6.23 trillion" without "won" in the filing sentence, "Q1", "the
# January-March period", "datacenter" as one word, "on-year", the semiconductor division's combined 3.54 trillion won
# beside a chip business of 4.12 trillion and a display loss of 560 billion (4.12 - 0.56 = 3.56, not 3.54), "slow
# sales of premium smartphone" in the singular (rendered "premium smartphone sales were slow"; no figure).
# Periods: "the first three months of 2019" / "the January-March period" / "Q1" -> 2019Q1; "the third quarter of 2016"
# -> 2016Q3 (a key row of its own, a clause of its own, no "from"). "Since 2016" carries no figure. "A year earlier" and
# "the same quarter last year" print no figure of their own.
# Decided: operating profit 6.23 trillion won key (the lead) and its repeat in the filing sentence optional;
# consolidated sales 52.4 trillion key in KRW (the bare "trillion" of a won filing). Each division's operating profit key
# on the division with Samsung among the alternatives; the display business's "operating loss of 560 billion won" key
# negative on operating_profit|operating_loss (news56's net_profit|net_loss). "Nearly a fourth of what it earned a year
# earlier" -> an optional 25 % ratio to the year-earlier profit (a fraction in words, a hedge; neither rewarded nor
# penalised). The IT and mobile division's -39 % key.
SAM = "Samsung Electronics|Samsung|Samsung Electronics Co"
Q, PQ16 = "2019Q1", "2016Q3"
OP = "operating_profit|operating_income"
G["en08"] = ([
    m(OP, 6.23e12, "KRW", SAM, Q, basis="first three months of 2019; smallest since 2016"),
    m("revenue|sales|consolidated_sales", 52.4e12, "KRW", SAM, Q, basis="consolidated sales; printed '52.4 trillion'"),
    m(OP, 6.23e12, "KRW", SAM, Q, opt=True, basis="repeat in the filing sentence; printed '6.23 trillion'"),
    m(OP, 5.2e12, "KRW", SAM, PQ16, basis="third quarter of 2016; the previous low"),
    m(OP + "|semiconductor_operating_profit|division_operating_profit", 3.54e12, "KRW",
      "semiconductor division|Samsung semiconductor division|Samsung semiconductor|" + SAM, Q,
      basis="semiconductor division including the display business, combined"),
    m("operating_profit_ratio|profit_ratio|ratio_to_prior_year", 25, "%",
      "semiconductor division|Samsung semiconductor division|" + SAM, Q, opt=True,
      basis="nearly a fourth of what it earned a year earlier"),
    m(OP + "|chip_operating_profit|division_operating_profit", 4.12e12, "KRW",
      "chip-making business|chip business|Samsung chip business|" + SAM, Q, basis="chip-making business alone"),
    m(OP + "|operating_loss|display_operating_profit", -560e9, "KRW",
      "display business|Samsung Display|display panel business|" + SAM, Q, basis="operating loss"),
    m(OP + "|mobile_operating_profit|division_operating_profit", 2.27e12, "KRW",
      "IT and mobile communications division|IM division|mobile business|" + SAM, Q),
    m("operating_profit_growth|operating_income_growth|operating_profit_change", -39, "%",
      "IT and mobile communications division|IM division|mobile business|" + SAM, Q,
      basis="from the same quarter last year"),
], [])

# ---------------------------------------------------------------- en09 a GlobalDairyTrade auction of March 2017 (The New Zealand Herald, nzherald.co.nz; store date 2017-03-08, no year printed): GDT price index -6.3%; WMP -12.4% to US$2782 ($3982) a tonne; SMP -15.5% to US$2118; Fonterra's 2016/7 forecast $6 a kg of milk solids; WMP since last December -US$811 a tonne, or -22.5%; AMF -0.8% to US$5653; butter +1.2% to US$4653; butter-milk powder +8.4% to US$1846; cheddar -4.2% to $3435; lactose -4.3% to US$924; rennet casein -6.6% to US$5678 (USD, NZD, %)
# A commodity auction report: the dairy auction's price index and each product's move and price per tonne, with the
# processor's milk-price forecast. Whole as stored apart from furniture: the author line "Jamie Gray is a business
# reporter for the NZ Herald" dropped. The store's date line ("date 2017-03-08") is not page text. No headline in the
# stored text (none added). No quotes. Kept as printed: "GlobalDairyTrade" as one word beside "GDT", "skim-milk",
# "whole-milk", "milk-fat" and "Butter-milk powder" hyphenated, "US$2782 ($3982) a tonne" with the NZ-dollar conversion
# in brackets, "2016/7", "$6 a kg of milk solids", cheddar's "$3435" without "US", and prices without thousands
# separators.
# Periods: none for the auction (no year printed; "this morning", "last month", "last December" and "the second half of
# last year" are relative). Fonterra's forecast "for 2016/7" is its season/financial year -> FY2017 (news44 en09's
# "2022/23" -> FY2023).
# Decided: the index move and each product's % move and price key; prices per tonne in USD with "per tonne" in the
# basis (the development corpus's rule for prices per unit); the bracketed "($3982)" an optional NZD conversion;
# cheddar's bare "$3435" read as USD (every other auction price is in US$; decided). "Since last December whole-milk
# powder prices have dropped by US$811 a tonne, or 22.5 per cent" -> key -811 USD and key -22.5 % (the same fall in two
# units printed together; both key, as a price move in currency and in per cent, news55 en10). Fonterra's confirmed
# forecast "$6 a kg of milk solids" key in NZD (per kg of milk solids in the basis).
GDT = "Global Dairy Trade|GlobalDairyTrade|GDT|GDT price index|dairy prices"
WMP = "whole-milk powder|whole milk powder|WMP"
SMP = "skim-milk powder|skim milk powder|SMP"
AMF = "anhydrous milk-fat|anhydrous milk fat|AMF"
BUT = "butter"
BMP = "butter-milk powder|buttermilk powder|BMP"
CHD = "cheddar"
LAC = "lactose"
RCA = "rennet casein"
FON = "Fonterra|Fonterra farmgate milk price|farmgate milk price"
PC = "price_change|price_index_change|index_change"
PX = "price|average_price"
G["en09"] = ([
    m(PC, -6.3, "%", GDT, basis="GDT price index, this morning's auction"),
    m(PC, -12.4, "%", WMP),
    m(PX, 2782, "USD", WMP, basis="per tonne"),
    m(PX, 3982, "NZD", WMP, opt=True, basis="per tonne; conversion in brackets"),
    m(PC, -15.5, "%", SMP),
    m(PX, 2118, "USD", SMP, basis="per tonne"),
    m("milk_price_forecast|farmgate_milk_price_forecast|guidance_milk_price|guidance", 6, "NZD", FON, "FY2017",
      basis="per kg of milk solids; 2016/7 forecast confirmed last month"),
    m(PC + "|price_change_since_december", -811, "USD", WMP, basis="per tonne; since last December"),
    m(PC + "|price_change_since_december", -22.5, "%", WMP, basis="since last December"),
    m(PC, -0.8, "%", AMF),
    m(PX, 5653, "USD", AMF, basis="per tonne"),
    m(PC, 1.2, "%", BUT, basis="firmed"),
    m(PX, 4653, "USD", BUT, basis="per tonne"),
    m(PC, 8.4, "%", BMP, basis="firmed"),
    m(PX, 1846, "USD", BMP, basis="per tonne"),
    m(PC, -4.2, "%", CHD),
    m(PX, 3435, "USD", CHD, basis="per tonne; printed '$3435' without 'US'"),
    m(PC, -4.3, "%", LAC),
    m(PX, 924, "USD", LAC, basis="per tonne"),
    m(PC, -6.6, "%", RCA),
    m(PX, 5678, "USD", RCA, basis="average price per tonne"),
], [])

# ---------------------------------------------------------------- en10 Brazil's central bank holds the Selic at 13.75% (Agência Brasil, agenciabrasil.ebc.com.br English service; a Copom decision of October 2022, the month only in the address): Selic 13.75% a year (headline and body), second hold in a row, after 12 consecutive hikes; IPCA 7.17% over 12 months in September; 2022 target 3.5% with a 1.5 pp tolerance, ceiling 5%, floor 2%; the Central Bank's baseline IPCA projection for 2022 5.8% (%, pp, hikes)
# A central-bank rate hold with the inflation data and the target band. Cut: the stored page breaks off mid-word in the
# next sentence ("According to Focus bulletin, ... the official inflation should c"); the passage stops after "Market
# forecasts are now more optimistic.", before it (the Focus forecast goes with the cut). Headline kept (rewritten: "Brazil
# Central Bank maintains basic interest rates at 13.75% per year" -> "Brazil Central Bank holds basic interest rates at
# 13.75% per year"); the crosshead "Inflation" kept as page text. No quotes. Kept as printed: "13.75%" in the headline
# beside "13.75 percent" in the body, "Brazil`s" with a backtick, "The Selic rate-the economy's basic interest rate-"
# with unspaced hyphens, "energy, and fuel" with its serial comma, "(Copom)", "(IPCA)", "(CMN)", and "the third
# consecutive month of negative inflation" beside a positive 12-month rate (monthly deflation; rendered "the third
# month in a row of negative inflation").
# Periods: "In September" beside "For 2022", "this year" and "close 2022" -> 2022-09 for the 12-month IPCA (clearly
# implied: the September of the year whose target is discussed, decided as news55 en11); the target, tolerance,
# ceiling, floor and the projection "For 2022" / "this year" / "close 2022" -> 2022. The rate held takes no period (a
# decision; no date printed), as news55 en11.
# Decided: the Selic level key once (the headline's first printing) and the body's repeat optional; no change row for a
# hold (no "0" printed; "did not change the rate" prints no number, news56 en04's "unchanged"). "Raised the Selic rate
# 12 consecutive times" -> an optional count in "hikes" (a run of decisions, incidental). IPCA 7.17 % key; the target
# 3.5 % key, the tolerance 1.5 pp key (a margin either side, positive); "could neither exceed 5 percent ... nor fall
# below 2 percent" -> key ceiling 5 % and key floor 2 % as two rows (two clauses, not a printed range). The Central
# Bank's baseline projection 5.8 % key (a forecast). "Second meeting in a row", "third month in a row", "since August",
# "late September", "December" and "the previous 12 months" not labelled.
BCB = "Brazil Central Bank|Central Bank of Brazil|Brazil's Central Bank|Banco Central do Brasil|BCB|Copom|Brazil"
BR = "Brazil|IPCA|Brazil IPCA|National Broad Consumer Price Index|Brazil CPI"
TGT = "Brazil|National Monetary Council|CMN|Brazil inflation target|" + BCB
SELIC = "policy_rate|selic_rate|interest_rate|benchmark_rate|basic_interest_rate"
G["en10"] = ([
    m(SELIC, 13.75, "%", BCB, basis="Selic held; per year; headline"),
    m(SELIC, 13.75, "%", BCB, opt=True, basis="Selic kept at 13.75 percent a year; body repeat"),
    m("rate_hikes|consecutive_hikes|hikes", 12, "hikes", BCB, opt=True, basis="12 consecutive increases before the holds"),
    m("inflation_yoy|cpi_yoy|ipca_12m|inflation_rate|inflation", 7.17, "%", BR, "2022-09",
      basis="IPCA over the previous 12 months; above the target ceiling"),
    m("inflation_target|target", 3.5, "%", TGT, "2022", basis="set by the CMN for 2022"),
    m("inflation_target_tolerance|tolerance_margin|tolerance_band", 1.5, "pp", TGT, "2022",
      basis="tolerance margin around the target"),
    m("inflation_target_ceiling|inflation_ceiling|target_ceiling|upper_limit", 5, "%", TGT, "2022",
      basis="IPCA could not exceed this year"),
    m("inflation_target_floor|inflation_floor|target_floor|lower_limit", 2, "%", TGT, "2022",
      basis="IPCA could not fall below"),
    m("inflation_forecast|ipca_forecast|inflation_projection|cpi_forecast", 5.8, "%", BCB + "|" + BR, "2022",
      basis="Central Bank's inflation report, baseline scenario; IPCA to close 2022"),
], [])

# ---------------------------------------------------------------- en11 DBS's third quarter of 2023 with its net interest margin (finews.asia; November 2023, no date printed; "the first nine months of 2023"): net profit +18% to S$2.6 billion ($1.9 billion); total income +16% to a record S$5.2 billion; net interest income +23% to S$3.7 billion; NIM +29 bp to 2.19%; net fee and commission income +9% to S$843 million; treasury customer sales and other income +8% to S$499 million; expenses +12% to S$2 billion; general allowances S$18 million, specific allowances S$197 million; Citi Taiwan added S$10 billion loans and S$12 billion deposits; card accounts quintupled to over 3 million; AUM tripled to more than S$12 billion; goodwill S$936 million; integration cost S$40 million; dividend 48 cents, about S$1.2 billion; nine-month net profit +35% to S$7.9 billion (SGD, USD, %, bp, accounts, x)
# A Singapore bank's quarterly results in S$ with its net interest margin, fee income, allowances and an acquisition's
# effects. Cut: the stored page breaks off mid-word in the next sentence ("Last week, the Monetary Authority of Singapore
# imposed a six-month pause on non-essential IT changes th"); the passage stops after the sentence before it ("... its
# digital banking platform."; the six-month span goes with the cut). The crossheads "Citi Taiwan" and "Digital
# Disruption" kept as page text. No headline in the stored text (it opens with its first paragraph; none added). The
# quoted phrase on the specific allowances (French guillemets, "«prudently taken for exposures linked to a recent money
# laundering case in Singapore»"; no figures) is rendered as reported speech. Kept as printed: "S$2.6 billion ($1.9
# billion)" with the US-dollar conversion in a bare "$", "29 basis points to 2.19 percent", "the consolation of the
# newly acquired Citi Taiwan" (for consolidation), "more than S$12 billion in assets under management" after
# "investment assets under management" (the phrase twice), "48 cents per share" without "S", "S$2 billion" without a
# decimal.
# Periods: "the third quarter" beside "In August" (the acquisition) and "the first nine months of 2023" -> 2023Q3
# (clearly implied; decided as news55 en12); the nine months -> 2023Q1-Q3. The acquisition's loans and deposits,
# the card accounts, assets under management, goodwill and integration cost take no period (amounts at or from the
# acquisition, "In August" with no year of its own).
# Decided: net profit, total income, net interest income, fee income, treasury income and expenses key with their
# growth rates; the bracketed "$1.9 billion" optional (USD). "Net interest margin ... climbed 29 basis points to 2.19
# percent" -> key +29 bp change and key 2.19 % level (no prior printed, none computed). General and specific allowances
# key (positive amounts). The acquisition's S$10 billion loans and S$12 billion deposits key on Citi Taiwan with DBS
# among the alternatives; card accounts "over 3 million" key in "accounts" and AUM "more than S$12 billion" key, their
# multiples "quintuple" / "triple" optional (5 x, 3 x). Provisional goodwill and the integration cost key. The interim
# dividend "48 cents per share" key as 0.48 SGD and "an estimated S$1.2 billion in dividends payable" key. The
# nine-month net profit +35 % and S$7.9 billion key (2023Q1-Q3).
DBS = "DBS|DBS Group|DBS Bank|DBS Group Holdings"
CITI = "Citi Taiwan|Citi's consumer banking business in Taiwan|Citi consumer banking Taiwan|" + DBS
Q3, N9 = "2023Q3", "2023Q1-Q3"
NP = "net_profit|net_income"
G["en11"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 18, "%", DBS, Q3, basis="third quarter, year-on-year"),
    m(NP, 2.6e9, "SGD", DBS, Q3),
    m(NP, 1.9e9, "USD", DBS, Q3, opt=True, basis="conversion in brackets"),
    m("total_income_growth|income_growth|revenue_growth", 16, "%", DBS, Q3),
    m("total_income|income|revenue", 5.2e9, "SGD", DBS, Q3, basis="record"),
    m("net_interest_income_growth|nii_growth", 23, "%", DBS, Q3),
    m("net_interest_income|nii", 3.7e9, "SGD", DBS, Q3),
    m("net_interest_margin_change|nim_change", 29, "bp", DBS, Q3, basis="group net interest margin climbed"),
    m("net_interest_margin|nim", 2.19, "%", DBS, Q3, basis="group"),
    m("fee_income_growth|net_fee_and_commission_income_growth|fee_growth", 9, "%", DBS, Q3,
      basis="net fee and commission income; commercial book"),
    m("fee_income|net_fee_and_commission_income|fees", 843e6, "SGD", DBS, Q3, basis="net fee and commission income"),
    m("treasury_customer_sales_growth|treasury_income_growth|other_income_growth", 8, "%", DBS, Q3,
      basis="treasury customer sales and other income"),
    m("treasury_customer_sales|treasury_income|other_income", 499e6, "SGD", DBS, Q3,
      basis="treasury customer sales and other income"),
    m("expenses_growth|expense_growth|cost_growth|operating_expenses_growth", 12, "%", DBS, Q3,
      basis="higher staff costs and Citi Taiwan"),
    m("expenses|operating_expenses|costs", 2e9, "SGD", DBS, Q3),
    m("general_allowances|allowances|provisions", 18e6, "SGD", DBS, Q3),
    m("specific_allowances|allowances|provisions", 197e6, "SGD", DBS, Q3,
      basis="exposures linked to a money laundering case in Singapore"),
    m("loans|loans_added|acquired_loans", 10e9, "SGD", CITI, basis="added by the Citi Taiwan acquisition"),
    m("deposits|deposits_added|acquired_deposits", 12e9, "SGD", CITI, basis="added by the Citi Taiwan acquisition"),
    m("credit_card_accounts|card_accounts|accounts", 3e6, "accounts", CITI, basis="over; quintupled"),
    m("credit_card_accounts_multiple|growth_multiple|multiple", 5, "x", CITI, opt=True, basis="quintuple"),
    m("assets_under_management|aum|investment_aum", 12e9, "SGD", CITI, basis="more than; investment AUM tripled"),
    m("aum_multiple|growth_multiple|multiple", 3, "x", CITI, opt=True, basis="triple"),
    m("goodwill|provisional_goodwill", 936e6, "SGD", DBS, basis="provisional goodwill from the Citi Taiwan deal"),
    m("integration_cost|one_time_cost|one_off_cost", 40e6, "SGD", DBS, basis="one-time integration cost"),
    m("dividend_per_share|dps|dividend|interim_dividend", 0.48, "SGD", DBS, Q3,
      basis="interim dividend; printed '48 cents per share'"),
    m("dividends_payable|dividend_payout|total_dividend", 1.2e9, "SGD", DBS, Q3, basis="an estimated"),
    m("net_profit_growth|net_income_growth|profit_growth", 35, "%", DBS, N9, basis="first nine months of 2023"),
    m(NP, 7.9e9, "SGD", DBS, N9, basis="first nine months of 2023"),
], [])

# ---------------------------------------------------------------- en12 Aldar Properties' nine months to September 2022 (Gulf News, gulfnews.com; store date 2022-10-27, no date printed): sales Dh9.3 billion, Dh2 billion over the whole of 2021; nine-month net profit Dh2.13 billion, +38%; revenues Dh8.07 billion, +28%; development backlog Dh14.5 billion; revenue backlog Dh9.06 billion, +55%; third-quarter revenues Dh2.71 billion and profits Dh601 million; SODIC's Dh924 million revenue and Dh199 million EBITDA; Aldar-ADQ just over 85% of SODIC; Dh5b (Dh5 billion) surplus capital for acquisitions (AED, %)
# A UAE property developer's nine-month results in dirhams with sales, backlogs, a subsidiary's contribution and capital
# for acquisitions. Cut: the stored page breaks off mid-sentence in the chief executive's quoted remarks under the next
# crosshead ("A strong finish to 2022 "With a busy Q4-22 events calendar ... a premier investment destination and ");
# the passage stops after the GEMS sentence in brackets, before that crosshead. The crosshead "Cash to buy - Dh5b of it"
# kept as page text. No headline in the stored text (it opens with the store's date line and the dateline "Dubai:",
# kept as page text; the address slug "abu-dhabis-aldar-properties-nine-month-sales-of-dh93b-is-already-dh2b-over-
# full-year-2021" is not page text; none added). The quoted phrase on the surplus capital ("'allocated to fund equity
# contributions towards acquisitions over the next 9-12 months'"; its span not labelled) is rendered as reported speech;
# the quoted 'record-breaking' kept as a quoted word. Kept as printed: "Dh" amounts, "Dh5b" in the crosshead beside "Dh5 billion",
# "y-o-y" beside "year-on-year", "–" (an en dash), "end-September", "master-developer", the bracketed asides, "Aldar-ADQ
# own", and the source's "overall sales is" and "surplus capital bring 'allocated" (for "being"; rendered "is being
# allocated", no figure affected).
# Periods: "the year to September" and "nine-month" set against "the whole of 2021" -> 2022Q1-Q3 (decided: clearly
# implied, the nine months that already exceed all of 2021 are those of 2022); "last year same time" 2021Q1-Q3 prints no
# figure; "the third quarter alone" -> 2022Q3; backlogs "by end-September" -> 2022-09. SODIC's contributions "to date",
# the stake and the surplus capital take no period.
# Decided: sales Dh9.3 billion key; "Dh2 billion over the whole of 2021" -> a key 2e9 AED excess of the nine months'
# sales over the full-year 2021 figure (the 2021 level itself is not printed, none computed). Net profit, revenue and
# the revenue backlog key with their growth rates; the development backlog key. The third quarter's revenues and
# profits key (2022Q3). SODIC's contributions (revenue, EBITDA) key on SODIC with Aldar among the alternatives; "just
# over 85 per cent in SODIC" key as an ownership stake of Aldar-ADQ. The surplus capital key at its first printing (the
# crosshead's "Dh5b") and the body's "Dh5 billion" optional.
ALD = "Aldar Properties|Aldar|Aldar Properties PJSC|Aldar Properties Abu Dhabi"
SOD = "SODIC|Sixth of October Development and Investment|" + ALD
N9, Q3, END = "2022Q1-Q3", "2022Q3", "2022-09"
G["en12"] = ([
    m("sales|development_sales|property_sales|group_sales", 9.3e9, "AED", ALD, N9,
      basis="overall sales in the year to September"),
    m("sales_excess|sales_difference|sales_change|development_sales_change", 2e9, "AED", ALD, N9,
      basis="over the whole of 2021"),
    m("net_profit|net_income|profit", 2.13e9, "AED", ALD, N9, basis="nine-month"),
    m("net_profit_growth|net_income_growth|profit_growth", 38, "%", ALD, N9, basis="on top of last year same time"),
    m("revenue|revenues|sales", 8.07e9, "AED", ALD, N9),
    m("revenue_growth|sales_growth", 28, "%", ALD, N9, basis="y-o-y"),
    m("development_backlog|backlog", 14.5e9, "AED", ALD, END, basis="by end-September"),
    m("revenue_backlog|backlog", 9.06e9, "AED", ALD, END, basis="a robust"),
    m("revenue_backlog_growth|backlog_growth", 55, "%", ALD, END, basis="year-on-year"),
    m("revenue|revenues|sales", 2.71e9, "AED", ALD, Q3, basis="third quarter alone"),
    m("net_profit|profit|net_income", 601e6, "AED", ALD, Q3, basis="third quarter alone"),
    m("revenue_contribution|revenue|revenues", 924e6, "AED", SOD, basis="SODIC's contribution to date"),
    m("ebitda_contribution|ebitda", 199e6, "AED", SOD, basis="SODIC's contribution to date"),
    m("ownership_stake|stake|ownership", 85, "%", "Aldar-ADQ|Aldar|ADQ|SODIC", basis="just over; in SODIC"),
    m("surplus_capital|capital_allocated|acquisition_capital", 5e9, "AED", ALD, basis="crosshead 'Dh5b'"),
    m("surplus_capital|capital_allocated|acquisition_capital", 5e9, "AED", ALD, opt=True,
      basis="body repeat; for equity contributions to acquisitions over the next 9-12 months"),
], [])
