# Hand-written gold labels for news65/en en07-en12 (batch b: Latin America, Asia, the Middle East and Africa in English:
# a Brazilian trailer and auto-parts group's third quarter of 2021 in reais with EBITDA, its margin, gross margin, net
# debt and the net debt/EBITDA leverage ratio, an Indian state bank's June quarter in crore and lakh crore with net
# interest income and margin, provisions, operating profit, gross advances, gross and net NPA ratios, deposits and the
# CASA ratio, a Korean electronics maker's second quarter in won against the FnGuide consensus with its three main
# divisions' sales and operating profit, the Philippine central bank's June 2025 rate cut with May inflation, the target
# range and its inflation forecasts for 2025-2027 against the earlier ones, an Egyptian telecom operator's first half and
# second quarter of 2023 in Egyptian pounds, consolidated and standalone, and an Indian rupee and stock market close with
# the Sensex, the Nifty, the dollar index, Brent and foreign investors' net buying in crore). Read from texts/enNN.txt
# only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (the overlap check
# searched only the earlier sets' and the development corpus's texts/ folders and sources files; the unit words
# "economists" and "points", the units "%", "pp", "bp" and "x" and the codes "BRL", "USD", "INR", "KRW", "EGP" were
# checked against the unit strings of the earlier sets' labels_*.py files: all but "EGP" occur there, and "EGP" is the
# ISO 4217 code), and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news64/en/README.md, with the labels of news62/en, news63/en and news64/en as the model (news29 en11 and news20 en01
# for Brazilian results in BRL, news36 en08 for leverage in "x", news63 en09 and news59 en11 for an Indian bank's
# quarter in crore with NPA ratios, news27 en07 and news19 en02 for Korean figures in won and the FnGuide consensus,
# news63 en11, news54 en12 and news27 en09 for a central-bank decision with forecasts "to X from Y", news26 batch b for
# paise as a fraction of the rupee, news27 en07 for a local currency's move in its own units and foreign investors' net
# flows, news16 en07 and news30 en04 for the dollar index in points): values fully scaled ("R$288.5 million" -> 288.5e6
# BRL, "R$ 2.555 billion" -> 2.555e9 BRL, "Rs 1,551 crore" -> 1551e7 INR with crore = 1e7, "Rs 5.18 lakh crore" ->
# 5.18e12 INR with lakh crore = 1e12, "741.9 billion won" -> 741.9e9 KRW, "20 trillion won" -> 20e12 KRW, "EGP 6.69
# billion" -> 6.69e9 EGP, "5 paise" -> 0.05 INR); currency codes ("R$" -> BRL, "US$" / "$" / "USD" -> USD, "Rs" ->
# INR, "won" -> KRW, "EGP" -> EGP); declines, falls, drops, losses and cuts negative ("down 1.9 pp" -> -1.9 pp, "a
# reduction of 0.84 times" -> -0.84 x, "38% lower" -> -38, "fell 6.3 percent" -> -6.3, "an operating loss of 61.2
# billion won" -> -61.2e9 KRW, "cut ... by 25 basis points" -> -25 bp, "slipped 0.35 per cent" -> -0.35); a rupee
# "rose 5 paise" is +0.05 INR on the rupee (the local currency's own direction, news27 en07's "won down 12.00 won");
# multiples in "x" (leverage 1.47 times), index levels and moves in "points", growth and ratios in "%", margin and rate
# changes as printed in "pp" or "bp"; a same-sentence "X against Y" / "X from Y" / "X vs Y" / "X compared with Y" /
# "to X from Y" value of the same quantity is the prior and the earlier value an optional row (news30 batch b,
# news36-news64), a headline's or summary bullet's figure key and a body repeat optional (news63 en09, news64 en10),
# bracketed currency conversions optional, a market wrap's opening and intraday extremes optional (news15 en08, news27
# en09), counts of economists polled optional (news63 en08's analysts); periods only where the text states or clearly
# implies the year (news24; Randon's "third quarter of 2021 (3Q21)" -> 2021Q3; Telecom Egypt's "first half (H1) of 2023"
# / "H1-23" -> 2023H1, "Q2-23" / "April-June 2023" -> 2023Q2 with the year-ago figures 2022H1 / 2022Q2; the BSP's "2025
# inflation forecast" and "this year" -> 2025, "2026", "2027", and "in May" -> 2025-05 (decided: clearly implied by the
# 2025 forecast that the story calls "this year"); Bank of India's "Q1" and "the end of June", LG Electronics'
# "April-June period" and "second quarter" and the rupee close's "November" print no year -> none; balances at a date
# (net debt, leverage, advances, deposits, ratios), policy rates, FX rates and index levels none); no broker rating
# action occurs in these six stories (the consensus figures are metrics); quotes rendered as reported speech (the set
# never copies third-party sentences), their figures labelled like any other. Not labelled: dates and times ("July
# 7", "Thursday", "Monday", "Friday", "30 June 2023", "the end of June", "July and September 2021"), spans and ranks
# ("over five years", "two-and-a-half years", "second straight", "the first six months"), the count of policy meetings
# ("Three more policy meetings"; no financial value), "30-share" and "six currencies" (index make-up), "RAPT4" and
# "PHCBIR=ECI" (codes), "3Q21" / "Q2-23" / "H1-23" as period names, "6M".

NP = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth|net_profit_change"
REV = "revenue|net_revenue|sales|operating_revenue"
REVG = "revenue_growth|net_revenue_growth|sales_growth"
OP = "operating_profit|operating_income"
OPG = "operating_profit_growth|operating_income_growth|operating_profit_change"
PC = "price_change_pct|price_change|pct_change"

# ---------------------------------------------------------------- en07 Randon's third quarter of 2021 (playcrazygame.com, an English rendering of a Brazilian report; most likely Thursday November 11, 2021, the store's date line 2021-11-12 is not page text): net income R$288.5 million, +148.7%; net revenue R$2.5 billion, +64.1%; foreign-market revenues US$ 86.5 million, +50.1%; Ebitda +46.9% to R$ 396.6 million; Ebitda margin 15.9%, down 1.9 pp; gross margin 25.7%, down 2 percentage points; net debt +60.2% to R$ 2.555 billion; leverage (net debt/Ebitda) 1.47 times, a reduction of 0.84 times from 3Q20 (BRL, USD, %, pp, x)
# A Brazilian company's quarter in reais with EBITDA, margins and the net debt/EBITDA leverage ratio (news62 en11 had a
# Brazilian meatpacker's quarter, news29 en11 Oi's, news20 en01 Banco do Brasil's; Randon appears in no earlier text).
# Whole as stored (the store's date line dropped). No headline in the stored text (it opens with its first paragraph;
# the address slug "randon-rapt4-earns-r288-5-million-in-the-third-quarter-of-2021-up-148-7" is not page text; none
# added). No quotes (the company's explanations were already reported). Kept as printed: "Randon (RAPT4)", "R$288.5
# million" and "R$2.5 billion" without a space beside "US$ 86.5 million", "R$ 396.6 million" and "R$ 2.555 billion" with
# one, "3Q21", "3Q20", "the 3rd quarter of 2021" in figures, "(Ebitda, its acronym in English)", "Ebitda" in mixed case,
# "1.9 pp" beside "2 percentage points", "1.47 times", "0.84 times", "favorable" (US spelling), "the same stage of 2020".
# Periods: "the third quarter of 2021 (3Q21)", "the 3rd quarter of 2021" and "between July and September 2021" ->
# 2021Q3 for the quarter's flows, margins and growth rates; net debt and the leverage ratio are balances at the
# quarter's end -> none (news64 en07's CET1 ratio and loans, news36 en08's leverage in the basis of its year).
# Decided: net income R$288.5 million and +148.7 % key (year on year). Net revenue R$2.5 billion and +64.1 % key.
# Foreign-market revenues key in USD as printed (US$ 86.5 million; not a conversion: the company reports them in
# dollars), +50.1 % key, keyed on the foreign market with Randon among the alternatives. Ebitda +46.9 % and R$ 396.6
# million key. Ebitda margin 15.9 % and "down 1.9 pp" key (-1.9 pp); gross margin 25.7 % and "down 2 percentage points"
# key (-2 pp). Net debt "an increase of 60.2%, to R$ 2.555 billion" -> key +60.2 % and key level (the comparison base
# not printed). Leverage "1.47 times, a reduction of 0.84 times compared to 3Q20" -> key 1.47 x and key -0.84 x change
# (the 3Q20 level, 2.31 x, is not printed and not computed).
RAN = "Randon|RAPT4|Randon Participações|Randon Participacoes|Randoncorp|Randon S.A."
Q = "2021Q3"
G["en07"] = ([
    m(NP, 288.5e6, "BRL", RAN, Q, basis="net income, 3Q21"),
    m(NPG, 148.7, "%", RAN, Q, basis="compared to the same period in 2020"),
    m(REV, 2.5e9, "BRL", RAN, Q, basis="net revenue"),
    m(REVG, 64.1, "%", RAN, Q, basis="net revenue, year on year"),
    m("foreign_market_revenue|export_revenue|international_revenue|revenue", 86.5e6, "USD", "foreign market|exports|" + RAN,
      Q, basis="revenues from the foreign market, printed 'US$ 86.5 million'"),
    m("foreign_market_revenue_growth|export_revenue_growth|international_revenue_growth|revenue_growth", 50.1, "%",
      "foreign market|exports|" + RAN, Q, basis="compared to the same period in 2020"),
    m("ebitda_growth|ebitda_change", 46.9, "%", RAN, Q, basis="compared with the same stage of 2020"),
    m("ebitda", 396.6e6, "BRL", RAN, Q),
    m("ebitda_margin", 15.9, "%", RAN, Q, basis="Ebitda on net revenue"),
    m("ebitda_margin_change|ebitda_margin", -1.9, "pp", RAN, Q, basis="down 1.9 pp on the same quarter in 2020"),
    m("gross_margin|gross_profit_margin", 25.7, "%", RAN, Q, basis="between July and September 2021"),
    m("gross_margin_change|gross_margin", -2, "pp", RAN, Q, basis="down 2 percentage points"),
    m("net_debt_growth|net_debt_change", 60.2, "%", RAN, basis="increase; comparison base not printed"),
    m("net_debt", 2.555e9, "BRL", RAN, basis="end of the quarter"),
    m("leverage|net_debt_to_ebitda|leverage_ratio", 1.47, "x", RAN, basis="net debt over Ebitda, end of 3Q21"),
    m("leverage_change|net_debt_to_ebitda_change|leverage", -0.84, "x", RAN, basis="reduction compared to 3Q20"),
], [])

# ---------------------------------------------------------------- en08 Bank of India's June quarter (The Daily Check, thedailycheck.net, a copy of an Economic Times report; most likely Friday July 28, 2023, no date or year printed): headline PAT +176% YoY to Rs 1,551 crore; NIM +49 bps to 3.03%; NII +45% at Rs 5,915 crore; non interest income +27% at Rs 1,462 crore; provisions -38% at Rs 824 crore vs Rs 1322 crore; bad-loan provisions Rs 777 crore vs Rs 1305 crore; operating profit +72% at Rs 3,752 crore vs Rs 2,183 crore; gross advances +8.48% to Rs 5.18 lakh crore; yield on advances 8.10% vs 6.53%; GNPA 6.67% from 9.3%; NNPA 1.65% vs 2.21%; deposits +8.71% to Rs 6.97 lakh crore; CASA ratio 44.52%; cost of deposits 4.22% from 3.49% (INR, %, bp)
# An Indian bank's quarter in crore and lakh crore with net interest income, NIM, provisions and NPA ratios (news63 en09
# had Corporation Bank's March quarter of 2017, news59 en11 Canara Bank's, news40 en02 IDBI's; Bank of India's quarters
# appear in no earlier text, the name only inside "Reserve Bank of India" / "State Bank of India"). Whole as stored
# apart from furniture: the closing "For all the latest Business News Click Here" and "For the latest news and
# updates, follow us on Google News." lines dropped. Headline kept (rewritten: "Bank Of India Q1 Results: PAT
# skyrockets 176% YoY to Rs 1,551 crore" -> "Bank Of India Q1 Results: PAT soars 176% YoY to Rs 1,551 crore"). No
# quotes. Kept as printed: "Bank Of India" with a capital "Of", "PAT", "YoY", "49 bps", "Non interest income" without a
# hyphen, "Rs 1322 crore" and "Rs 1305 crore" without a thousands separator beside "Rs 1,462 crore", "the year ago
# period" without a hyphen, "lakh crore", "8.10% vs 6.53%", "9.3%" with one decimal, "a year back".
# Periods: none. "Q1", "the quarter", "the year ago quarter" and "the end of June" print no year (the fiscal Q1 of
# 2023-24 is not stated; news63 en09's "March quarter" likewise undated).
# Decided: crore = 1e7, lakh crore = 1e12 ("Rs 5.18 lakh crore" -> 5.18e12 INR). The headline's PAT Rs 1,551 crore and
# +176 % key (printed only there). NIM "improved by 49 bps to 3.03%" -> key +49 bp and key 3.03 %. NII +45 % and Rs
# 5,915 crore key; non interest income +27 % and Rs 1,462 crore key. Provisions "38% lower at Rs 824 crore against Rs
# 1322 crore in the year ago period" -> key -38 %, key Rs 824 crore with prior Rs 1322 crore and an optional year-ago
# row; bad-loan provisions Rs 777 crore with prior Rs 1305 crore (optional row). Operating profit +72 %, Rs 3,752 crore
# with prior Rs 2,183 crore (optional row). Gross advances +8.48 % and Rs 5.18 lakh crore key; the yield on advances
# "8.10% vs 6.53% a year back" key with prior (optional row). GNPA ratio "fell to 6.67% from 9.3%" and NNPA ratio "1.65%
# against 2.21%" key with priors (optional rows). Deposits +8.71 % and Rs 6.97 lakh crore key; the CASA ratio 44.52 %
# key; the average cost of deposits 4.22 % with prior 3.49 % (optional row). No change rows computed (the NPA ratios'
# falls in bp are not printed).
BOI = "Bank of India|Bank Of India|BOI|BoI"
CR, LCR = 1e7, 1e12
PRV = "provisions|provisions_and_contingencies|total_provisions"
G["en08"] = ([
    m(NP + "|pat|profit_after_tax", 1551 * CR, "INR", BOI, basis="PAT, headline; Q1"),
    m(NPG + "|pat_growth", 176, "%", BOI, basis="YoY, headline"),
    m("nim_change|net_interest_margin_change", 49, "bp", BOI, basis="improved, for the quarter"),
    m("net_interest_margin|nim", 3.03, "%", BOI),
    m("nii_growth|net_interest_income_growth", 45, "%", BOI, basis="year-on-year"),
    m("net_interest_income|nii", 5915 * CR, "INR", BOI),
    m("non_interest_income_growth|other_income_growth", 27, "%", BOI),
    m("non_interest_income|other_income", 1462 * CR, "INR", BOI),
    m("provisions_growth|provisions_change|provision_change", -38, "%", BOI, basis="provisions and contingencies, lower"),
    m(PRV, 824 * CR, "INR", BOI, prior=1322 * CR, basis="provisions and contingencies"),
    m(PRV, 1322 * CR, "INR", BOI, opt=True, basis="year ago period; printed 'Rs 1322 crore'"),
    m("npa_provisions|provisions_for_bad_loans|loan_loss_provisions|provisions", 777 * CR, "INR", BOI, prior=1305 * CR,
      basis="provisions to cover bad loans, part of the total"),
    m("npa_provisions|provisions_for_bad_loans|loan_loss_provisions|provisions", 1305 * CR, "INR", BOI, opt=True,
      basis="year ago; printed 'Rs 1305 crore'"),
    m(OPG, 72, "%", BOI),
    m(OP, 3752 * CR, "INR", BOI, prior=2183 * CR),
    m(OP, 2183 * CR, "INR", BOI, opt=True, basis="year ago quarter"),
    m("gross_advances_growth|advances_growth|loan_growth", 8.48, "%", BOI, basis="year-on-year"),
    m("gross_advances|advances|loans", 5.18 * LCR, "INR", BOI, basis="printed 'Rs 5.18 lakh crore'"),
    m("yield_on_advances|loan_yield|yield_on_loans", 8.10, "%", BOI, prior=6.53, basis="improved"),
    m("yield_on_advances|loan_yield|yield_on_loans", 6.53, "%", BOI, opt=True, basis="a year back"),
    m("gross_npa_ratio|gnpa_ratio|gross_npa", 6.67, "%", BOI, prior=9.3, basis="fell"),
    m("gross_npa_ratio|gnpa_ratio|gross_npa", 9.3, "%", BOI, opt=True, basis="a year back"),
    m("net_npa_ratio|nnpa_ratio|net_npa", 1.65, "%", BOI, prior=2.21),
    m("net_npa_ratio|nnpa_ratio|net_npa", 2.21, "%", BOI, opt=True, basis="earlier (a year back, implied)"),
    m("deposits_growth|deposit_growth|total_deposits_growth", 8.71, "%", BOI, basis="year-on-year"),
    m("deposits|total_deposits", 6.97 * LCR, "INR", BOI, basis="end of June; printed 'Rs 6.97 lakh crore'"),
    m("casa_ratio|current_and_savings_account_ratio", 44.52, "%", BOI),
    m("cost_of_deposits|average_cost_of_deposits", 4.22, "%", BOI, prior=3.49, basis="average, rose"),
    m("cost_of_deposits|average_cost_of_deposits", 3.49, "%", BOI, opt=True, basis="a year back"),
], [])

# ---------------------------------------------------------------- en09 LG Electronics' second quarter (Korea Daily US, koreadailyus.com, a copy of a Korea JoongAng Daily report; most likely Thursday July 27, 2023, no date or year printed): operating profit -6.3 percent to 741.9 billion won ($580 million) vs consensus 963.6 billion won (FnGuide); 151 billion won Chevy Bolt provision; sales +2.7 percent to 20 trillion won vs estimate 19.8 trillion won; net profit -42.2 percent to 195.3 billion won vs consensus 398 billion won; Home Entertainment operating profit 123.6 billion won, sales -9 percent to 3.15 trillion won; Home Appliance & Air Solution operating profit 600.1 billion won, +38 percent, sales -1 percent to 7.99 trillion won; Vehicle Solutions operating loss 61.2 billion won, one-time cost 151 billion won, sales +31 percent to 2.66 trillion won (KRW, USD, %)
# A Korean company's quarter in won against the consensus with its divisions' figures (news47 en01, news51 en03 and
# news19 en02 had Samsung Electronics and other Korean results; LG Electronics appears in no earlier text, nor FnGuide's
# LG consensus, the Chevy Bolt or "741.9"). Cut: the stored text breaks off inside a quotation that follows ("The
# current order backlog totals 80 trillion won, a"), so the passage stops after "Sales increased 31 percent to 2.66
# trillion won." (rewritten), a sentence boundary (the cut quote's "80 trillion won" order backlog goes with it). No
# headline in the stored text (it opens with its first paragraph; the address slug
# "lg-electronics-sees-operating-profit-decrease-to-580m" is not page text; none added). The company's quoted sentence
# on shrinking demand rendered as reported speech (no figures). Kept as printed: "percent", "on year", "741.9 billion
# won ($580 million)", "the April-June period", "FnGuide", "July 7", "General Motors' recall of the Chevy Bolt", "20
# trillion won", "Home Entertainment", "Home Appliance & Air Solution", "Vehicle Solutions", the one-time cost of 151
# billion won printed twice.
# Periods: none. "The April-June period", "the second quarter" and "earlier this year" print no year.
# Decided: operating profit -6.3 % and 741.9 billion won key, the ($580 million) conversion optional; the FnGuide
# consensus 963.6 billion won key. The Chevy Bolt provision of 151 billion won key (first printing), its repeat as the
# Vehicle Solutions division's "one-time cost of 151 billion won" optional. Sales "surged 2.7 percent to 20 trillion
# won" key with the market estimate of 19.8 trillion won key (consensus). Net profit -42.2 % and 195.3 billion won key,
# the consensus 398 billion won key. Division figures keyed on the division with LG Electronics among the
# alternatives: Home Entertainment operating profit "turn profitable to 123.6 billion won" key (no change row: the
# year-ago loss is not printed), sales -9 % and 3.15 trillion won key; Home Appliance & Air Solution operating profit
# 600.1 billion won and +38 % key, sales -1 % and 7.99 trillion won key; Vehicle Solutions "turned to an operating loss
# of 61.2 billion won" key as -61.2e9 KRW, sales +31 % and 2.66 trillion won key. No rating actions (consensus figures
# are metrics). Not labelled: "July 7".
LGE = "LG Electronics|LG Electronics Inc.|LG Electronics Inc|LG Elec|LGE"
HE = "Home Entertainment|Home Entertainment division|TV business|" + LGE
HA = "Home Appliance & Air Solution|Home Appliance and Air Solution|home appliance|" + LGE
VS = "Vehicle Solutions|Vehicle Solutions division|Vehicle component Solutions|" + LGE
G["en09"] = ([
    m(OPG, -6.3, "%", LGE, basis="on year; April-June period"),
    m(OP, 741.9e9, "KRW", LGE, basis="April-June period"),
    m(OP, 580e6, "USD", LGE, opt=True, basis="bracketed conversion ($580 million)"),
    m("operating_profit_consensus|operating_profit_estimate|consensus", 963.6e9, "KRW", LGE,
      basis="market consensus compiled by FnGuide"),
    m("provision|one_time_cost|one_off_cost|recall_provision", 151e9, "KRW", LGE,
      basis="provision related to General Motors' recall of the Chevy Bolt"),
    m(REVG, 2.7, "%", LGE, basis="company sales, second quarter"),
    m(REV, 20e12, "KRW", LGE, basis="company sales, second quarter"),
    m("revenue_consensus|revenue_estimate|sales_consensus|sales_estimate", 19.8e12, "KRW", LGE, basis="market estimate"),
    m(NPG, -42.2, "%", LGE, basis="second quarter"),
    m(NP, 195.3e9, "KRW", LGE, basis="second quarter"),
    m("net_profit_consensus|net_profit_estimate|net_income_consensus", 398e9, "KRW", LGE, basis="market consensus"),
    m(OP + "|segment_operating_profit", 123.6e9, "KRW", HE, basis="turned profitable; lowered panel prices"),
    m(REVG + "|segment_sales_growth", -9, "%", HE),
    m(REV + "|segment_sales", 3.15e12, "KRW", HE),
    m(OP + "|segment_operating_profit", 600.1e9, "KRW", HA),
    m(OPG + "|segment_operating_profit_growth", 38, "%", HA, basis="on year"),
    m(REVG + "|segment_sales_growth", -1, "%", HA),
    m(REV + "|segment_sales", 7.99e12, "KRW", HA),
    m(OP + "|operating_loss|segment_operating_profit", -61.2e9, "KRW", VS, basis="turned to an operating loss"),
    m("provision|one_time_cost|one_off_cost|recall_provision", 151e9, "KRW", VS, opt=True,
      basis="repeat: the one-time cost behind the division's loss"),
    m(REVG + "|segment_sales_growth", 31, "%", VS),
    m(REV + "|segment_sales", 2.66e12, "KRW", VS),
], [])

# ---------------------------------------------------------------- en10 the Philippine central bank's June 2025 cut (Reuters on Interaksyon, interaksyon.philstar.com; Thursday June 19, 2025, the page's time-stamp line, dropped as furniture; "2025" printed in a bullet): bullets key rate 5.25%, 2025 inflation forecast 1.6% from 2.4%, a further 25 basis points cut possible; May inflation 1.3%; 2%-4% target range; cut by 25 basis points to 5.25%; 22 out of 25 economists; another 25 basis points possible; inflation forecasts this year 1.6% from 2.4%, 2026 3.4% from 3.3%, 2027 3.3% from 3.2% (%, bp, economists)
# A central-bank decision outside the US, UK and euro area (news54 en12 had the BSP's 25 bp hike of March 2023, news63
# en11 Kenya's cut, news27 en09 Mexico's; the BSP's June 2025 cut, Remolona and "PHCBIR=ECI" appear in no earlier
# text). Cut: the stored text breaks off inside a quotation that follows ("This would lead to slowe"), so the passage
# stops after the global-slowdown sentence (rewritten), a sentence boundary (no figure goes with the cut). Dropped as
# furniture: the time-stamp and counter line ("June 19, 2025 - 6:01 PM", "1575") and the photo caption (three BSP
# officials at a news conference in Manila, "August 15, 2024. (Reuters/Neil Jerome Morales/File Photo)"). Headline kept
# (rewritten: "BSP delivers second straight rate cut, monitors inflation risks" -> "BSP makes second straight rate cut,
# keeps watch on inflation risks") with its three summary bullets (rewritten, kept as page text). Remolona's two quoted
# sentences rendered as reported speech (no figures). Kept as printed: "PHCBIR=ECI", "2%-4% target range", "the
# Bangko Sentral ng Pilipinas 2%-4% target range" without a possessive, "22 out of 25 economists polled by Reuters",
# "two-and-a-half years", "25 basis points" in the bullet and body, "U.S.".
# Periods: the 2025 forecast (bullet "2025 inflation forecast"; body "this year") -> 2025, "2026" and "2027" as printed;
# May inflation -> 2025-05 (decided: clearly implied, the story's "this year" being the 2025 of the bullet); the policy
# rate, the cut, the possible further cut and the target range take none.
# Decided: the bullets are the page's summary above the body: the bullets' figures key and the body's repeats optional
# (news64 en10's standfirst). Key rate 5.25 % key (bullet), body repeat optional. Inflation forecast for 2025 "to 1.6%
# from 2.4%" key with prior 2.4 (bullet), the earlier 2.4 % an optional row, and the body's repeat (1.6 % with prior
# 2.4, and its own 2.4 %) optional (one optional row per printing). The cut "by 25 basis points to 5.25%" -> key -25 bp
# (printed only in the body). "Another 25 basis points cut possible" -> key -25 bp as a signalled further cut
# (bullet), the body's "could cut rates by another 25 basis points" optional. May inflation 1.3 % key; the 2%-4% target
# range key as rng (2, 4). Forecasts for 2026 "to 3.4% from 3.3%" and 2027 "to 3.3% from 3.2%" key with priors, the
# earlier values optional rows. "22 out of 25 economists" -> two optional counts in "economists". Not labelled:
# "second straight", "over five years", "two-and-a-half years", "Three more policy meetings" (a count of meetings),
# "first-quarter" (no figure).
BSP = "Bangko Sentral ng Pilipinas|BSP|Philippine central bank|Monetary Board|Philippines"
PH = "Philippines|Philippine economy|Philippine"
RATE = "policy_rate|key_rate|benchmark_rate|interest_rate|target_reverse_repurchase_rate"
RC = "rate_change|policy_rate_change|key_rate_change"
IF = "inflation_forecast|risk_adjusted_inflation_forecast|cpi_forecast"
G["en10"] = ([
    m(RATE, 5.25, "%", BSP, basis="summary bullet: central bank cuts key rate to 5.25%"),
    m(IF, 1.6, "%", BSP + "|" + PH, "2025", prior=2.4, basis="summary bullet: 2025 inflation forecast lowered"),
    m(IF, 2.4, "%", BSP + "|" + PH, "2025", opt=True, basis="bullet: earlier 2025 forecast"),
    m("possible_rate_cut|further_rate_cut|rate_change_guidance|" + RC, -25, "bp", BSP,
      basis="summary bullet: another 25 basis points cut possible, governor says"),
    m("inflation|inflation_rate|headline_inflation|cpi", 1.3, "%", PH, "2025-05",
      basis="weakest pace in over five years; below the target range"),
    m("inflation_target|inflation_target_range|target_range", None, "%", BSP, rng=(2, 4), basis="printed '2%-4% target range'"),
    m(RC, -25, "bp", BSP, basis="key rate PHCBIR=ECI lowered by 25 basis points"),
    m(RATE, 5.25, "%", BSP, opt=True, basis="body repeat; lowest in two-and-a-half years"),
    m("economists|economists_polled|analysts", 22, "economists", BSP, opt=True, basis="consensus: 22 out of 25"),
    m("economists|economists_polled|analysts", 25, "economists", BSP, opt=True, basis="economists polled by Reuters"),
    m("possible_rate_cut|further_rate_cut|rate_change_guidance|" + RC, -25, "bp", BSP, opt=True,
      basis="body repeat: could cut rates by another 25 basis points, no timeframe"),
    m(IF, 1.6, "%", BSP + "|" + PH, "2025", prior=2.4, opt=True, basis="body repeat: this year"),
    m(IF, 2.4, "%", BSP + "|" + PH, "2025", opt=True, basis="body repeat: earlier forecast for this year"),
    m(IF, 3.4, "%", BSP + "|" + PH, "2026", prior=3.3, basis="slightly raised"),
    m(IF, 3.3, "%", BSP + "|" + PH, "2026", opt=True, basis="earlier 2026 forecast"),
    m(IF, 3.3, "%", BSP + "|" + PH, "2027", prior=3.2, basis="slightly raised"),
    m(IF, 3.2, "%", BSP + "|" + PH, "2027", opt=True, basis="earlier 2027 forecast"),
], [])

# ---------------------------------------------------------------- en11 Telecom Egypt's first half and second quarter of 2023 (Zawya, zawya.com; most likely August 2023, no date printed): H1 consolidated net profits EGP 6.69 billion from EGP 3.78 billion; operating revenues +38% to EGP 28.13 billion from EGP 20.40 billion; EPS EGP 3.92 vs EGP 2.22; standalone net profit EGP 5.72 billion from EGP 2.59 billion, revenues EGP 21.89 billion from EGP 15.02 billion, EPS EGP 3.35 from EGP 1.52; Q2 consolidated net profits EGP 2.88 billion vs EGP 2.41 billion, revenues EGP 14.17 billion from EGP 10.98 billion, EPS EGP 1.69 from EGP 1.41; Q2 standalone net profits EGP 3.26 billion from EGP 1.94 billion, revenues EGP 11.14 billion from EGP 8.17 billion, EPS EGP 1.91 from EGP 1.14; CEO: EBITDA margin 43%, operating profit +45% YoY, organic net profit +67% YoY (EGP, %)
# An Egyptian company's results in Egyptian pounds, consolidated and standalone (news46 en11 had Egypt's inflation;
# no Egyptian company's results and no "EGP" amount appear in earlier English texts, Egypt otherwise only in news57
# en12's note on Aldar's SODIC acquisition and passing mentions in news31 en04 and news53 en11; Telecom Egypt and
# Mohamed Nasr appear in none). Cut: the stored text breaks off inside a quotation that follows ("The CEO highlighted: "Ou"), so the passage
# stops after the sentence with the EBITDA margin and the organic net profit growth (rewritten as reported speech), a
# sentence boundary (no figure goes with the cut). No headline in the stored text (it opens with the dateline "Cairo
# –", kept as page text; the address slug "telecom-egypt-announces-216mln-consolidated-profits-in-h1-23" is not page
# text, and its "216mln" appears nowhere in the text; none added). The crossheads "Standalone Business" and "Income
# Statements for Q2-23" are page text, kept (rewritten in sentence case). The CEO's two quoted passages rendered as
# reported speech ("43%", "45% YoY" and "67% YoY" kept; the bracketed expansion of EBITDA kept as a parenthesis).
# Kept as printed: "EGP" before every amount with a space, "(H1)", "H1-23", "(Q2)", "Q2-22", "Q2-23", "(6M)",
# "year-on-year (YoY)", "YoY", "the January-June 2023 period", "April-June 2023", "30 June 2023" (day-month),
# "amortisation" (British spelling), "EGP 20.40 billion" with its trailing zero.
# Periods: "the first half (H1) of 2023", "the January-June 2023 period", "the first six months (6M) of 2023" and
# "H1-23" -> 2023H1, the year-ago figures 2022H1; "the second quarter (Q2) of 2023", "April-June 2023", "Q2-23" and "the
# three months ended 30 June 2023" -> 2023Q2, "Q2-22" / "the same quarter in 2022" / "a year earlier" 2022Q2. The CEO's
# EBITDA margin, operating profit growth and organic net profit growth name no period (the half or the quarter) ->
# none.
# Decided: each "X from Y" / "X versus Y" / "X compared to Y" -> key X with prior Y and an optional year-ago row (news30
# batch b onwards). Consolidated and standalone figures keyed on Telecom Egypt with "consolidated" / "standalone" in the
# basis (the standalone figures are the parent company's, the same entity). Revenue +38 % key (the only printed growth
# rate besides the CEO's). "Basic and diluted earnings per share" one figure per period -> one EPS row (basis "basic and
# diluted"). The CEO's 43 % EBITDA margin, +45 % operating profit and +67 % organic net profit key. Not labelled: "30
# June 2023", "6M".
TE = "Telecom Egypt|Telecom Egypt Co|Telecom Egypt Company|ETEL|Egyptian Company for Telecommunications"
H, HP, Q2, Q2P = "2023H1", "2022H1", "2023Q2", "2022Q2"
EPS = "eps|basic_eps|diluted_eps|earnings_per_share"
G["en11"] = ([
    m(NP + "|net_profit_attributable", 6.69e9, "EGP", TE, H, prior=3.78e9,
      basis="consolidated, attributable to shareholders; annual hike"),
    m(NP + "|net_profit_attributable", 3.78e9, "EGP", TE, HP, opt=True, basis="consolidated, year-ago half"),
    m(REVG + "|operating_revenue_growth", 38, "%", TE, H, basis="consolidated operating revenues, YoY"),
    m(REV, 28.13e9, "EGP", TE, H, prior=20.40e9, basis="consolidated operating revenues, January-June 2023"),
    m(REV, 20.40e9, "EGP", TE, HP, opt=True, basis="consolidated, year-ago half"),
    m(EPS, 3.92, "EGP", TE, H, prior=2.22, basis="basic and diluted, consolidated"),
    m(EPS, 2.22, "EGP", TE, HP, opt=True, basis="basic and diluted, same period a year earlier"),
    m(NP + "|net_profit_after_tax", 5.72e9, "EGP", TE, H, prior=2.59e9, basis="standalone, after tax"),
    m(NP + "|net_profit_after_tax", 2.59e9, "EGP", TE, HP, opt=True, basis="standalone, year-ago half"),
    m(REV, 21.89e9, "EGP", TE, H, prior=15.02e9, basis="standalone (non-consolidated) operating revenues, H1-23"),
    m(REV, 15.02e9, "EGP", TE, HP, opt=True, basis="standalone, year-ago period"),
    m(EPS, 3.35, "EGP", TE, H, prior=1.52, basis="standalone, basic and diluted"),
    m(EPS, 1.52, "EGP", TE, HP, opt=True, basis="standalone, year-ago half"),
    m(NP + "|net_profit_attributable", 2.88e9, "EGP", TE, Q2, prior=2.41e9,
      basis="consolidated, attributable to the owners"),
    m(NP + "|net_profit_attributable", 2.41e9, "EGP", TE, Q2P, opt=True, basis="consolidated, Q2-22"),
    m(REV, 14.17e9, "EGP", TE, Q2, prior=10.98e9, basis="consolidated revenues, April-June 2023"),
    m(REV, 10.98e9, "EGP", TE, Q2P, opt=True, basis="consolidated, Q2-22"),
    m(EPS, 1.69, "EGP", TE, Q2, prior=1.41, basis="consolidated, basic and diluted"),
    m(EPS, 1.41, "EGP", TE, Q2P, opt=True, basis="consolidated, Q2-22"),
    m(NP + "|net_profit_after_tax", 3.26e9, "EGP", TE, Q2, prior=1.94e9, basis="standalone, after tax; surged"),
    m(NP + "|net_profit_after_tax", 1.94e9, "EGP", TE, Q2P, opt=True, basis="standalone, same quarter in 2022"),
    m(REV, 11.14e9, "EGP", TE, Q2, prior=8.17e9, basis="standalone revenues, three months ended 30 June 2023"),
    m(REV, 8.17e9, "EGP", TE, Q2P, opt=True, basis="standalone, a year earlier"),
    m(EPS, 1.91, "EGP", TE, Q2, prior=1.14, basis="standalone"),
    m(EPS, 1.14, "EGP", TE, Q2P, opt=True, basis="standalone, a year earlier"),
    m("ebitda_margin", 43, "%", TE, basis="CEO's statement; period not named"),
    m(OPG, 45, "%", TE, basis="CEO's statement; YoY"),
    m("organic_net_profit_growth|" + NPG, 67, "%", TE, basis="CEO's statement; organic net profit, YoY"),
], [])

# ---------------------------------------------------------------- en12 the rupee and Indian stocks on a Monday close (PTI on The New Indian Express, newindianexpress.com; Monday November 28, 2022, by the address, no date or year printed): headline and lead rupee +5 paise to 81.66 (provisional) against the US dollar; opened 81.81, high 81.61, low 81.83; settled 81.66, +5 paise over the previous close of 81.71; dollar index -0.35 per cent to 105.59; Brent -3.10 per cent to USD 81.04 per barrel; Sensex +211.16 points or 0.34 per cent to 62,504.80; Nifty +50 points or 0.27 per cent to 18,562.75; FIIs net bought Rs 369.08 crore on Friday; FPIs net Rs 31,630 crore in November (INR, USD, %, points)
# An emerging-market currency and stock wrap (news26 en05 had a Ho Chi Minh City close with foreign net buying, news41
# en09 a JSE close with the rand, news27 en07 a Seoul close with the won and foreign net selling; no rupee close appears
# in earlier texts: "paise", "81.66", "62,504" and "31,630" appear in none). Whole as stored apart from furniture: the
# breadcrumb "Home Business" and the byline "By PTI" dropped; the dateline "MUMBAI:" kept as page text. Headline kept
# (rewritten: "Rupee rises 5 paise to close at 81.66 against US dollar" -> "Rupee gains 5 paise to end at 81.66
# against US dollar"). No quotes (the forex traders' view was already reported). Kept as printed: "paise", "(provisional)",
# "the local unit", "the greenback", "per cent", "USD 81.04 per barrel", "30-share BSE Sensex", "211.16 points or 0.34
# per cent", "a fresh closing peak of 62,504.80", "50 points or 0.27 per cent", "record 18,562.75", "Foreign Institutional
# Investors (FIIs)" capitalised beside "Foreign portfolio investors", "Rs 369.08 crore", "Rs 31,630 crore".
# Periods: none (a market wrap; "November" for the FPI investment prints no year).
# Decided: rupee levels are fx_rate rows in INR per dollar on the rupee (news27 en07's USD/KRW), paise a fraction of the
# rupee ("5 paise" -> 0.05 INR, news26 batch b); "rose 5 paise" -> +0.05 INR on the rupee (its own direction). The
# headline's move and level key, the level with the previous close 81.71 as prior (printed in the settle sentence); the
# lead's and the settle sentence's repeats (0.05 and 81.66 twice each) and the previous close optional; the opening
# 81.81 and the intra-day high 81.61 and low 81.83 optional (news15 en08's Hang Seng intraday extremes). The dollar index -0.35 %
# key and 105.59 key in points. Brent -3.10 % and USD 81.04 key. Sensex +211.16 points, +0.34 % and 62,504.80 key; Nifty
# +50 points, +0.27 % and 18,562.75 key. FIIs' net buying of Rs 369.08 crore (Friday) key; FPIs' net investment of Rs
# 31,630 crore in November key (month in the basis). Not labelled: "30-share", "six currencies", "Monday", "Friday".
INR = "Indian rupee|rupee|INR|USD/INR|local unit|domestic unit"
DXY = "dollar index|US dollar index|DXY|greenback"
BRENT = "Brent|Brent crude|Brent crude futures"
SX = "BSE Sensex|Sensex|S&P BSE Sensex"
NF = "NSE Nifty|Nifty|Nifty 50"
FX = "fx_rate|exchange_rate"
FXC = "fx_change|currency_change|exchange_rate_change"
G["en12"] = ([
    m(FXC, 0.05, "INR", INR, basis="headline: rose 5 paise"),
    m(FX, 81.66, "INR", INR, prior=81.71, basis="headline: close against the US dollar; previous close 81.71"),
    m(FXC, 0.05, "INR", INR, opt=True, basis="lead repeat: climbed 5 paise"),
    m(FX, 81.66, "INR", INR, opt=True, basis="lead repeat: close (provisional)"),
    m(FX + "|open", 81.81, "INR", INR, opt=True, basis="opened weak"),
    m(FX + "|intraday_high", 81.61, "INR", INR, opt=True, basis="intra-day high"),
    m(FX + "|intraday_low", 81.83, "INR", INR, opt=True, basis="intra-day low"),
    m(FX, 81.66, "INR", INR, opt=True, basis="settle repeat"),
    m(FXC, 0.05, "INR", INR, opt=True, basis="settle repeat: rise over previous close"),
    m(FX, 81.71, "INR", INR, opt=True, basis="previous close"),
    m("index_change|fx_change|" + PC, -0.35, "%", DXY, basis="slipped"),
    m("index_level|fx_index_level", 105.59, "points", DXY),
    m(PC + "|oil_price_change", -3.10, "%", BRENT, basis="futures, declined"),
    m("price|oil_price|brent_price", 81.04, "USD", BRENT, basis="per barrel"),
    m("index_change", 211.16, "points", SX, basis="advanced"),
    m("index_change_pct|index_change|" + PC, 0.34, "%", SX),
    m("index_level|index_close|close", 62504.80, "points", SX, basis="fresh closing peak"),
    m("index_change", 50, "points", NF, basis="gained"),
    m("index_change_pct|index_change|" + PC, 0.27, "%", NF),
    m("index_level|index_close|close", 18562.75, "points", NF, basis="record"),
    m("foreign_net_buying|net_buying|net_purchases|net_flow|fii_net_buying", 369.08 * CR, "INR",
      "Foreign Institutional Investors|FIIs|foreign investors|foreign institutional investors",
      basis="net buyers on Friday, exchange data"),
    m("foreign_net_investment|net_investment|net_inflows|net_flow|fpi_net_investment", 31630 * CR, "INR",
      "Foreign portfolio investors|FPIs|foreign investors|Indian equities", basis="net investment in November"),
], [])
