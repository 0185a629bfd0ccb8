# Hand-written gold labels for news45/en en07-en12 (batch b: English outlets in India, South Africa, Malaysia, Brazil
# and Canada). Read from texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only
# build_labels.py, to build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read,
# and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news44/en/README.md, with the labels of news43/en as the model: values fully scaled ("330.49 crore shares" ->
# 3.3049e9 shares, "96.31 lakh shares" -> 9.631e6 shares, "₹2,830.4 crore" -> 2.8304e10 INR, "R2.1-trillion" -> 2.1e12
# ZAR, "A$712.5m" -> 712.5e6 AUD, "RM1.91 billion" -> 1.91e9 MYR, "RM2.33bil" -> 2.33e9 MYR, "RM18mil" -> 18e6 MYR, "54
# sen" -> 0.54 MYR, "48.5 sen" -> 0.485 MYR, "BRL 2.741 trillion" -> 2.741e12 BRL), declines, losses and net selling
# negative ("declined by up to 17.5%" -> -17.5, "a headline loss per share of $0.12" -> -0.12, "shrank by 2.1%" -> -2.1,
# "slid 34 sen" -> -0.34, "net sellers ... RM18mil" -> -18e6, "weakened by 0.37%" -> -0.37), currency codes ("₹" ->
# INR, "R" -> ZAR, "£" -> GBP, "A$" -> AUD, "RM" and "sen" -> MYR, "BRL" -> BRL, "$ (Canadian)" and the bare "$" of
# the Toronto broker calls -> CAD, Sibanye-Stillwater's "$0.12" on a South African page -> USD), subscription
# multiples in "x" (news44 batch b's "oversubscribed by 156.5 times"), an exchange rate quoted as ringgit per foreign
# unit in MYR, hedges keep the number with the hedge in the basis ("more than", "over", "up to", "about"), a
# same-sentence "X from / up from Y" value of the same quantity is the prior and the earlier reading an optional row
# (news30 batch b, news36-news44), an earlier figure in a sentence of its own a key row without prior, bracketed
# currency conversions optional, repeats optional, periods only where the text states or clearly implies the year
# (news24; market moves and levels none; "3QFY2024" -> FY2024Q3, "1QFY2025" -> FY2025Q1, news43 batch b's notation),
# "flat" with no move printed an optional 0 (news16, news32, news40-news44), market-breadth counts optional (news30s),
# brokers' targets and ratings only in rating actions (a target raised with no rating printed is raise_target with
# rating None), ratings lower-case, dates, times, ticker codes ("KL:PBBANK", "RY-T", "NA-T"), ordinals ("third-
# largest"), counts of reasons and numbers inside names ("30-stock index", "Nikkei 225", "CSI 300", "tier 1") not
# labelled.

# ---------------------------------------------------------------- en07 Premier Energies IPO closes 74 times subscribed (Upstox, upstox.com, August 29, 2024 page; no year printed): overall 74 times, bids for more than 330.49 crore shares against 4.46 crore; QIBs 216.67 times (266.27 crore against 1.22 crore); NIIs 49.68 times (47.85 crore against 96.31 lakh); retail 7.17 times (16.11 crore against 2.24 crore); employees 10.5 times (26 lakh against 2.46 lakh); issue ₹2,830.4 crore = fresh 2.87 crore shares / ₹1,291.40 crore + OFS 3.42 crore shares / ₹1,539 crore; price band ₹427-₹450 (x, shares, INR)
# An Indian IPO's final-day subscription by investor category with the structure. Cut: the stored page breaks
# off mid-word ("Shares of the company are ex"), so the passage stops after the refunds/credit sentence. The stored text
# has no headline (none added); its "Market News / 3 min read | Updated on August 29, 2024, 19:33 IST" line and the
# "SUMMARY" label are dropped as furniture; the summary's two lines are kept as the opening (rewritten), its second line
# without a full stop as printed. Periods: none (no year printed; an IPO's demand and terms).
# Decided: "booked 74 times" -> key overall subscription in x. The summary's "subscribed 49.68 times in the ... (NIIs)
# category" is an optional repeat; the body's NII sentence carries the key row. Every category's bid count, reserved
# count and multiple are key (the story is the category breakdown), the total bids and shares on offer key ("more
# than" / "over" in the basis); crore = 1e7 and lakh = 1e5 shares. The issue size, the fresh issue's share count and
# value and the OFS's share count and value are key; the price band is a key range in INR. Not labelled: "August 27
# to 29", "August 30", "September 3", "September 2" (dates).
PE = "Premier Energies|Premier Energies Limited|Premier Energies Ltd|Premier Energies IPO"
SUB = "subscription|subscription_times|oversubscription|ipo_subscription|times_subscribed"
BID = "shares_bid|bids|bid_shares|shares_applied|applications"
RES = "shares_reserved|shares_offered|shares_on_offer|reserved_shares|portion_size"
G["en07"] = ([
    m(SUB, 49.68, "x", PE, opt=True, basis="NII category; summary line, repeated in the body"),
    m(SUB, 74, "x", PE, basis="overall, final day of bidding"),
    m(BID, 3.3049e9, "shares", PE, basis="more than 330.49 crore shares; whole issue"),
    m(RES + "|issue_size_shares", 4.46e7, "shares", PE, basis="4.46 crore shares on offer"),
    m(BID, 2.6627e9, "shares", PE + "|QIBs|Qualified Institutional Buyers", basis="QIBs, 266.27 crore shares"),
    m(RES, 1.22e7, "shares", PE + "|QIBs|Qualified Institutional Buyers", basis="reserved for QIBs, 1.22 crore"),
    m(SUB + "|qib_subscription", 216.67, "x", PE + "|QIBs|Qualified Institutional Buyers", basis="QIB portion"),
    m(SUB + "|nii_subscription", 49.68, "x", PE + "|NIIs|Non-Institutional Investors", basis="NII category"),
    m(BID, 4.785e8, "shares", PE + "|NIIs|Non-Institutional Investors", basis="NIIs, 47.85 crore shares"),
    m(RES, 9.631e6, "shares", PE + "|NIIs|Non-Institutional Investors", basis="set aside for NIIs, 96.31 lakh"),
    m(BID, 1.611e8, "shares", PE + "|retail individual investors|retail investors",
      basis="over 16.11 crore shares; retail"),
    m(RES, 2.24e7, "shares", PE + "|retail individual investors|retail investors", basis="retail portion, 2.24 crore"),
    m(SUB + "|retail_subscription", 7.17, "x", PE + "|retail individual investors|retail investors",
      basis="retail portion"),
    m(BID, 2.6e6, "shares", PE + "|employees", basis="employees, 26 lakh shares"),
    m(RES, 2.46e5, "shares", PE + "|employees", basis="reserved for employees, 2.46 lakh"),
    m(SUB + "|employee_subscription", 10.5, "x", PE + "|employees", basis="employee portion"),
    m("ipo_size|issue_size|offer_size|deal_value", 2.8304e10, "INR", PE, basis="₹2,830.4 crore book-building issue"),
    m("fresh_issue_shares|shares_issued|fresh_issue", 2.87e7, "shares", PE, basis="fresh issue, 2.87 crore shares"),
    m("fresh_issue_size|fresh_issue|fresh_issue_value", 1.2914e10, "INR", PE, basis="fresh issue, ₹1,291.40 crore"),
    m("ofs_shares|offer_for_sale_shares|shares_sold", 3.42e7, "shares", PE, basis="offers-for-sale, 3.42 crore shares"),
    m("ofs_size|offer_for_sale|ofs_value", 1.539e10, "INR", PE, basis="offers-for-sale, ₹1,539 crore"),
    m("price_band|ipo_price_range|ipo_price", None, "INR", PE, rng=(427, 450), basis="per share"),
], [])

# ---------------------------------------------------------------- en08 JSE results-day preview with trading statements (Business Day, businesslive.co.za, a Thursday February 22, 2018 page; no year printed): AB InBev R2.1-trillion vs BAT R1.8-trillion, pension funds' foreign limit 40% from 35%, BAT -1% at £445.0 in London and -1% at R726.50, the 20% trading-statement rule, Sibanye-Stillwater headline loss per share $0.12, Woolworths HEPS down up to 17.5%, A$712.5m (about R6.6bn) David Jones write-down, Truworths HEPS down up to 3% (ZAR, GBP, USD, AUD, %)
# A South African results preview built on the companies' trading statements. Cut: the stored page breaks off
# mid-sentence ("Massmart said on January 18 it expected to released its results "), so the passage stops after the
# Truworths sentence. No headline in the stored text (the address slug is not page text; none added); the leading
# "Picture: JSE Picture: JSE" caption dropped as furniture. Kept as printed: "£445.0" (BAT's London price, an order of
# magnitude off in pounds), "a A$712.5m", the semicolons in "Woolworths; Truworths; and Massmart". Periods: none ("the
# year to end-December", "the 26 weeks to December 24/31" print no year).
# Decided: the two market capitalisations key (ZAR). "Raised to 40% from 35%" -> key limit with prior 35 and an
# optional 35 % row (entity pension funds / the budget). BAT's two -1 % moves and two closing prices key (London in
# GBP as printed, the JSE in ZAR). "More than 20%", the JSE rule that triggers a trading statement, is an optional
# threshold; "at least a dozen" companies an optional count. Sibanye-Stillwater's "headline loss per share of $0.12"
# -> key -0.12 USD on headline EPS. "Declined by up to 17.5%" and "a small interim HEPS decline of up to 3%" -> key
# -17.5 and -3 on HEPS growth ("up to" in the basis). The David Jones write-down key in AUD on Woolworths (David Jones
# an alternative), its "(about R6.6bn)" an optional conversion. Not labelled: "February 19", "February 13", "January
# 24", "January 17" (dates), "26 weeks" (a span).
BAT = "British American Tobacco|BAT"
ABI = "Anheuser-Busch InBev|AB InBev"
SIB = "Sibanye-Stillwater|Sibanye"
WHL = "Woolworths|Woolworths Holdings"
TRU = "Truworths|Truworths International"
PC = "price_change|share_price_change"
PX = "price|share_price|close_price"
HG = "heps_growth|heps_change|headline_eps_growth|guidance_heps_growth"
G["en08"] = ([
    m("companies_reporting|companies|count", 12, "companies", "JSE|JSE-listed companies", opt=True,
      basis="at least a dozen due to report"),
    m("market_cap|market_capitalisation|market_capitalization", 2.1e12, "ZAR", ABI),
    m("market_cap|market_capitalisation|market_capitalization", 1.8e12, "ZAR", BAT),
    m("foreign_investment_limit|offshore_limit|limit", 40, "%", "pension funds|South Africa|budget|National Treasury",
      prior=35, basis="raised in Wednesday's budget"),
    m("foreign_investment_limit|offshore_limit|limit", 35, "%", "pension funds|South Africa|budget|National Treasury",
      opt=True, basis="previous limit"),
    m(PC, -1, "%", BAT, basis="London, Wednesday"),
    m(PX, 445.0, "GBP", BAT, basis="London close as printed '£445.0'"),
    m(PC, -1, "%", BAT, basis="JSE, Wednesday"),
    m(PX, 726.50, "ZAR", BAT, basis="JSE close"),
    m("trading_statement_threshold|earnings_change_threshold|threshold", 20, "%", "JSE|" + BAT, opt=True,
      basis="more than 20%; JSE rule requiring a trading statement"),
    m("heps|headline_eps|headline_loss_per_share|guidance_heps|eps", -0.12, "USD", SIB,
      basis="headline loss per share, year to end-December; warning"),
    m(HG, -17.5, "%", WHL, basis="up to; interim, 26 weeks to December 24; trading update"),
    m("writedown|write_down|impairment", 712.5e6, "AUD", WHL + "|David Jones", basis="value of David Jones"),
    m("writedown|write_down|impairment", 6.6e9, "ZAR", WHL + "|David Jones", opt=True, basis="about; conversion"),
    m(HG, -3, "%", TRU, basis="up to; small interim decline, 26 weeks to December 31"),
], [])

# ---------------------------------------------------------------- en09 Malaysian corporate results recap (The Edge Malaysia, theedgemalaysia.com, November 29, 2024 page): Public Bank 3QFY2024 net profit +12% to RM1.91 billion from RM1.7 billion, NII +5%, Islamic banking +6.5%, non-interest income +18%, revenue RM6.81 billion from RM6.48 billion; RHB Bank +28% to RM833.19 million from RM649.95 million, currency gains RM659.86 million, other operating income ex-forex RM394.14 million vs RM435.88 million incl. RM85.22 million forex a year ago, revenue +7% to RM4.51 billion from RM4.22 billion; Padini 1QFY2025 profit -57%, RM11.52 million from RM26.67 million, revenue +1% to RM393.14 million from RM388.2 million, 2.5 sen dividend vs 1.75 EPS (MYR)
# A round-up of three companies' quarterly results. Cut: the fourth item breaks off mid-figure ("QL Resources Bhd's
# (KL:QL) net profit rose 4.6% to RM128.28 million in the second quarter ended Sept 30, 2025 (2QFY2025) from RM122."),
# so the passage stops after the Padini item. No headline in the stored text (none added); the dateline "KUALA LUMPUR
# (Nov 29):" kept. Dropped as furniture: the link line after each item naming the full story ("— Public Bank's 3Q net
# profit rises 12% as ...", "— RHB Bank's 3Q earnings grow 28%", "— Padini flags tough retail scene after 57% drop in 1Q
# profit, keeps up dividend payout"), each a headline link repeating the item's figures. Kept as printed: "the
# 3QFY2024", "the earnings of 1.75 per share" (no unit), the em dashes around it.
# Periods: "third quarter ended Sept 30, 2024 (3QFY2024)" -> FY2024Q3 (RHB's "the 3QFY2024" likewise); "first quarter
# ended Sept 30, 2024 (1QFY2025)" -> FY2025Q1; "a year ago / earlier" -> FY2023Q3 and FY2024Q1.
# Decided: each "X from Y a year ago" is a key current-period row with prior and an optional year-earlier row. Public
# Bank's year-on-year growth of net interest income, Islamic banking income and non-interest income are key growth rows
# in FY2024Q3. RHB's currency gains key; "other operating income would have been RM394.14 million" excluding forex key
# (basis), and the next sentence's year-ago RM435.88 million (including forex, another basis) a key row of its own
# without prior, with the year-ago RM85.22 million forex gain key. Padini's "57% sharp drop in profits" -> key -57 on
# net profit growth (the quarter's figures give -56.8 %). "Second interim distribution of 2.5 sen per share" -> key
# 0.025 MYR dividend, period None (the text does not say which year's interim it is); "the earnings of 1.75 per share"
# -> key EPS of 0.0175 MYR (sen read from the dividend beside it) in FY2025Q1. Not labelled: "third-largest" (an
# ordinal), "Dec 27", "Nov 29" (dates), ticker codes.
PBB = "Public Bank|Public Bank Bhd|PBBANK"
RHB = "RHB Bank|RHB Bank Bhd|RHBBANK|RHB"
PAD = "Padini|Padini Holdings|Padini Holdings Bhd|PADINI"
NPF = "net_profit|net_income|profit"
NPG = "net_profit_growth|net_income_growth|profit_growth"
REV = "revenue|sales"
Q24, Q23, P25, P24 = "FY2024Q3", "FY2023Q3", "FY2025Q1", "FY2024Q1"
G["en09"] = ([
    m(NPG, 12, "%", PBB, Q24),
    m(NPF, 1.91e9, "MYR", PBB, Q24, prior=1.7e9),
    m(NPF, 1.7e9, "MYR", PBB, Q23, opt=True, basis="a year ago"),
    m("net_interest_income_growth|nii_growth", 5, "%", PBB, Q24, basis="year-on-year"),
    m("islamic_banking_income_growth|islamic_income_growth", 6.5, "%", PBB, Q24, basis="year-on-year"),
    m("non_interest_income_growth", 18, "%", PBB, Q24, basis="year-on-year; fees and commissions"),
    m(REV, 6.81e9, "MYR", PBB, Q24, prior=6.48e9),
    m(REV, 6.48e9, "MYR", PBB, Q23, opt=True, basis="a year earlier"),
    m(NPG, 28, "%", RHB, Q24),
    m(NPF, 833.19e6, "MYR", RHB, Q24, prior=649.95e6),
    m(NPF, 649.95e6, "MYR", RHB, Q23, opt=True, basis="a year earlier"),
    m("forex_gains|currency_gains|net_forex_gain|fx_gain", 659.86e6, "MYR", RHB, Q24, basis="sharp currency gains"),
    m("other_operating_income", 394.14e6, "MYR", RHB, Q24, basis="excluding the net forex gains"),
    m("other_operating_income", 435.88e6, "MYR", RHB, Q23, basis="a year ago, including forex gain"),
    m("forex_gains|currency_gains|net_forex_gain|fx_gain", 85.22e6, "MYR", RHB, Q23, basis="a year ago"),
    m("revenue_growth|sales_growth", 7, "%", RHB, Q24),
    m(REV, 4.51e9, "MYR", RHB, Q24, prior=4.22e9, basis="quarterly revenue"),
    m(REV, 4.22e9, "MYR", RHB, Q23, opt=True, basis="corresponding quarter"),
    m(NPG, -57, "%", PAD, P25, basis="sharp drop in profits"),
    m(NPF, 11.52e6, "MYR", PAD, P25, prior=26.67e6),
    m(NPF, 26.67e6, "MYR", PAD, P24, opt=True, basis="a year earlier"),
    m("revenue_growth|sales_growth", 1, "%", PAD, P25),
    m(REV, 393.14e6, "MYR", PAD, P25, prior=388.2e6),
    m(REV, 388.2e6, "MYR", PAD, P24, opt=True, basis="a year earlier"),
    m("dividend|dividend_per_share|dps|interim_dividend", 0.025, "MYR", PAD,
      basis="second interim distribution, 2.5 sen per share, payable Dec 27"),
    m("eps|earnings_per_share", 0.0175, "MYR", PAD, P25, basis="printed '1.75 per share' without unit; sen"),
], [])

# ---------------------------------------------------------------- en10 Brazil's third-quarter 2023 GDP (ANBA, Brazil-Arab News Agency, anba.com.br, a December 2023 page): +0.1% q/q, services and industry +0.6% each, agriculture -3.3%, family consumption +1.1%, government spending +0.5%, exports +3%, imports -2.1%, Q1 2023 +1.4%, Q2 +1%, +2% y/y, +3.2% year to date, investments -2.5%, BRL 2.741 trillion (USD 556.68 billion) (%, BRL)
# A macro data release: quarterly GDP by sector and by expenditure. Whole as stored (page furniture aside): the
# photo caption "(Pictured, soybean plantation.)" dropped; the dateline "São Paulo –" and the credit "Translated by
# Guilherme Miranda" kept. No headline in the stored text (the address slug is not page text; none added). The
# coordinator's quote rendered as reported speech (no figure in it).
# Periods: "Q1 2023 had seen the GDP grow by 1.4%, while in Q2 it grew 1%" dates the year, so the third quarter is
# 2023Q3 (clearly implied); Q1 2023 -> 2023Q1, Q2 -> 2023Q2; "year to date" -> 2023Q1-Q3.
# Decided: the quarter-on-quarter growth of GDP, services, industry and agriculture and of family consumption,
# government spending, exports and imports are key (declines negative); the year-on-year +2 % and year-to-date +3.2 %
# key with the comparison in the basis; the earlier quarters' growth rates key rows of their own. The 2.5 % fall in
# investments key. GDP at current values key in BRL, its "(USD 556.68 billion)" an optional conversion.
BR = "Brazil|Brazilian economy|Brazil GDP|IBGE"
GG = "gdp_growth|gdp_change|gdp_growth_qoq"
Q3 = "2023Q3"
G["en10"] = ([
    m(GG, 0.1, "%", BR, Q3, basis="quarter on quarter; eked out"),
    m("services_growth|sector_growth|gdp_growth", 0.6, "%", "Brazil services|services|services sector|" + BR, Q3,
      basis="services, quarter on quarter"),
    m("industry_growth|industrial_growth|sector_growth|gdp_growth", 0.6, "%", "Brazil industry|industry|" + BR, Q3,
      basis="industry, quarter on quarter"),
    m("agriculture_growth|agricultural_growth|sector_growth|gdp_growth", -3.3, "%",
      "Brazil agriculture|agriculture|agricultural sector|" + BR, Q3, basis="contraction from the second quarter"),
    m("household_consumption_growth|family_consumption_growth|consumption_growth", 1.1, "%", BR, Q3,
      basis="family consumption, quarter on quarter"),
    m("government_spending_growth|government_consumption_growth", 0.5, "%", BR, Q3, basis="quarter on quarter"),
    m("exports_growth|export_growth", 3, "%", BR, Q3, basis="goods and services, Q3 from Q2"),
    m("imports_growth|import_growth", -2.1, "%", BR, Q3, basis="shrank, Q3 from Q2"),
    m(GG, 1.4, "%", BR, "2023Q1", basis="quarter on quarter"),
    m(GG, 1, "%", BR, "2023Q2", basis="quarter on quarter"),
    m("gdp_growth_yoy|" + GG, 2, "%", BR, Q3, basis="year on year"),
    m("gdp_growth_ytd|" + GG, 3.2, "%", BR, "2023Q1-Q3", basis="year to date vs a year ago"),
    m("investment_growth|gross_fixed_capital_formation_growth|investments_growth", -2.5, "%", BR, Q3,
      basis="decrease in investments"),
    m("gdp|nominal_gdp|gdp_current_values", 2.741e12, "BRL", BR, Q3, basis="current values"),
    m("gdp|nominal_gdp|gdp_current_values", 556.68e9, "USD", BR, Q3, opt=True, basis="conversion in brackets"),
], [])

# ---------------------------------------------------------------- en11 Canadian broker calls on RBC and National Bank after their quarterly results (The Globe and Mail, theglobeandmail.com, Thursday August 27, 2020 page; no date printed): Desjardins upgrades RBC to buy from hold, $112 from $98; RBC cash EPS $2.23 vs Young's $1.83 and consensus $1.85; Credit Suisse RBC $104 from $103; Credit Suisse upgrades National Bank to neutral from underperform, $70 from $60; RBC $73 from $60; Scotiabank $77 from $75 (sector outperform); Desjardins $72 from $66 (hold); National Bank cash EPS $1.66, +65% q/q, flat y/y (CAD)
# An analyst-actions round-up on two Canadian banks. Cut: the stored page breaks off mid-sentence ("That easily
# surpassed the Street's consensus forecast of $1.32 and the unchanged EPS from a year ago impressed many on the Street
# given it"), so the passage stops after the sentence before it; the $1.32 consensus is lost with that sentence. The
# stored text's standfirst "Inside the Market's roundup of some of today's key analyst actions" is kept as the opening
# line (rewritten); the stored "date 2020-08-27" line is not page text. The analyst's four reasons are kept (rewritten)
# and carry no figure. Kept as printed: "$112 (Canadian) dollars", "Royal bank", "$104 (canadian)", "(RY-T,RY-N)".
# Periods: none ("latest earnings", "the previous quarter", "Wednesday"; no year printed).
# Decided: "$" on this page is CAD throughout (the targets are labelled "(Canadian)"). Six rating actions: Desjardins
# upgrade of RBC (buy from hold, 112 from 98); Credit Suisse raise_target on RBC (no rating printed, 104 from 103);
# Credit Suisse upgrade of National Bank (neutral from underperform, 70 from 60); RBC raise_target on National Bank (no
# rating printed, 73 from 60); Scotiabank raise_target (sector outperform reiterated, 77 from 75) and Desjardins
# raise_target (hold maintained, 72 from 66), both on National Bank, the subject of the paragraph. RBC's cash EPS, the
# analyst's own estimate and the Street consensus are key metrics (news40 batch a); National Bank's cash EPS and its
# +65 % quarter-on-quarter growth key, "flat year over year" an optional 0 %. Not labelled: "four reasons" (a count of
# reasons), "common equity tier 1" (a name).
RY = "Royal Bank of Canada|Royal Bank|Royal bank|RBC|RY"
NA = "National Bank of Canada|National Bank|NA"
DJ = "Desjardins Securities|Desjardins"
CS = "Credit Suisse"
RBCB = "RBC|RBC Capital Markets|RBC Dominion Securities|Royal Bank of Canada"
SCO = "Scotiabank|Scotia Capital|Bank of Nova Scotia"
G["en11"] = ([
    m("eps|cash_eps|earnings_per_share", 2.23, "CAD", RY, basis="cash EPS, latest quarter"),
    m("eps_estimate|eps_forecast|analyst_eps_estimate", 1.83, "CAD", RY, basis="Desjardins analyst Doug Young's estimate"),
    m("eps_consensus|eps_estimate", 1.85, "CAD", RY, basis="Street consensus"),
    m("eps|cash_eps|earnings_per_share", 1.66, "CAD", NA, basis="cash EPS"),
    m("eps_growth|cash_eps_growth|eps_change", 65, "%", NA, basis="from the previous quarter"),
    m("eps_growth|cash_eps_growth|eps_change", 0, "%", NA, opt=True, basis="flat year over year"),
], [
    ra(DJ, RY, "upgrade", "buy", "hold", target=112, prior_target=98, cur="CAD"),
    ra(CS, RY, "raise_target", None, target=104, prior_target=103, cur="CAD"),
    ra(CS, NA, "upgrade", "neutral", "underperform", target=70, prior_target=60, cur="CAD"),
    ra(RBCB, NA, "raise_target", None, target=73, prior_target=60, cur="CAD"),
    ra(SCO, NA, "raise_target", "sector outperform", target=77, prior_target=75, cur="CAD"),
    ra(DJ, NA, "raise_target", "hold", target=72, prior_target=66, cur="CAD"),
])

# ---------------------------------------------------------------- en12 Kuala Lumpur close (The Star, thestar.com.my, Wednesday February 5, 2025 page; no date printed): FBM KLCI +9.95 points (+0.64%) to 1,574.51, intraday high 1,576.45, 622 up / 345 down, 2.86 billion shares worth RM2.33bil, movers in RM and sen, Tuesday's net flows (foreigners -RM18mil, local institutions -RM10mil, local retailers +RM28mil), ringgit +0.46% to 4.4242 per US dollar, -0.37% at 5.5421 per pound, -0.07% at 3.2793 per Singapore dollar, Asian indices (points, MYR, shares, %)
# A Malaysian market close with movers, investor-group flows, the ringgit and regional markets. Whole as stored (page
# furniture aside): the WhatsApp prompt, the tag line "FBM KLCI , KLCI , Bursa Malaysia" and the "Next In Business
# News" list of other stories dropped. Headline kept (rewritten). Periods: none (market moves, levels and flows).
# Decided: the index's point and % moves, close and intraday high key. Breadth (622 higher, 345 lower) optional counts
# (unit stocks); volume (2.86 billion shares) and value (RM2.33bil) key. Each mover's change and price key in MYR (sen
# scaled). Tuesday's flows: "net sellers ... offloading equities worth RM18mil and RM10mil" -> key -18e6 (foreign
# investors) and -10e6 (local institutions); "local retailers purchased RM28mil" -> key +28e6. The ringgit: "up 0.46%
# against the US dollar to 4.4242" -> key +0.46 % and a key rate of 4.4242 MYR per USD; "weakened by 0.37% against the
# pound sterling, now at 5.5421, and by 0.07% against the Singapore dollar, at 3.2793" -> key -0.37 % / 5.5421 MYR and
# -0.07 % / 3.2793 MYR. Regional indices' % moves key. Not labelled: "30-stock index", "Nikkei 225", "CSI 300" (numbers
# in names).
KLCI = "FBM KLCI|FTSE Bursa Malaysia KLCI|KLCI|Bursa Malaysia"
MYR = "ringgit|Malaysian ringgit|MYR"
FLOW = "net_flow|net_buying|net_selling|net_equity_flow|fund_flow"
movers12 = [("Nestle|Nestle (Malaysia)|Nestle Malaysia", 1.16, 89.38), ("LPI Capital|LPI", 0.54, 13.36),
            ("F&N|Fraser & Neave|Fraser & Neave Holdings", 0.38, 25.88), ("Kuala Lumpur Kepong|KLK", 0.36, 20.20),
            ("Heineken|Heineken Malaysia", -0.34, 24.04), ("Kluang|Kluang Rubber", -0.14, 5.98),
            ("Silver Ridge|Silver Ridge Holdings", -0.11, 0.485), ("Can-One|Can-One Bhd", -0.10, 2.30)]
G["en12"] = ([
    m("index_change|index_change_points", 9.95, "points", KLCI),
    m("index_change_pct|index_change|pct_change", 0.64, "%", KLCI),
    m("index_level|close|index_close", 1574.51, "points", KLCI),
    m("intraday_high|index_high|index_level", 1576.45, "points", KLCI, basis="intraday high"),
    m("gainers|advancers", 622, "stocks", KLCI, opt=True, basis="counters closing higher"),
    m("losers|decliners", 345, "stocks", KLCI, opt=True, basis="counters closing lower"),
    m("volume|turnover_volume|trading_volume", 2.86e9, "shares", KLCI, basis="overall turnover"),
    m("turnover|trading_value|turnover_value", 2.33e9, "MYR", KLCI, basis="value of overall turnover"),
] + [x for c, chg, px in movers12 for x in (
    m("price_change|share_price_change", chg, "MYR", c),
    m("price|share_price|close_price", px, "MYR", c))] + [
    m(FLOW + "|foreign_net_selling|foreign_net_flow", -18e6, "MYR", "foreign investors|foreigners|" + KLCI,
      basis="net sellers on Tuesday"),
    m(FLOW + "|institutional_net_flow", -10e6, "MYR", "local institutions|local institutional investors|" + KLCI,
      basis="net sellers on Tuesday"),
    m(FLOW + "|retail_net_flow|net_purchases", 28e6, "MYR", "local retailers|retail investors|" + KLCI,
      basis="net buyers on Tuesday"),
    m("fx_change|currency_change", 0.46, "%", MYR + "|USD/MYR", basis="against the US dollar"),
    m("fx_rate|exchange_rate", 4.4242, "MYR", MYR + "|USD/MYR", basis="ringgit per US dollar"),
    m("fx_change|currency_change", -0.37, "%", MYR + "|GBP/MYR", basis="against the pound sterling"),
    m("fx_rate|exchange_rate", 5.5421, "MYR", MYR + "|GBP/MYR", basis="ringgit per pound"),
    m("fx_change|currency_change", -0.07, "%", MYR + "|SGD/MYR", basis="against the Singapore dollar"),
    m("fx_rate|exchange_rate", 3.2793, "MYR", MYR + "|SGD/MYR", basis="ringgit per Singapore dollar"),
    m("index_change_pct|index_change|pct_change", 0.48, "%", "MSCI Asia ex-Japan|MSCI's Asia ex-Japan stock index"),
    m("index_change_pct|index_change|pct_change", 0.08, "%", "Nikkei 225|Nikkei"),
    m("index_change_pct|index_change|pct_change", 1.11, "%", "Kospi|KOSPI"),
    m("index_change_pct|index_change|pct_change", -0.93, "%", "Hang Seng Index|Hang Seng|HSI"),
    m("index_change_pct|index_change|pct_change", -0.58, "%", "CSI 300|CSI300"),
], [])
