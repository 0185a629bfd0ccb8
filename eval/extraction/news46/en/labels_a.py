# Hand-written gold labels for news46/en en01-en06 (batch a: US and Canadian company and market news). Read from
# texts/enNN.txt only; no extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to
# build the gold file), nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was read, and no other
# batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news45/en/README.md, with the labels of news44/en as the model: values fully scaled ("$2,326.1 million" ->
# 2.3261e9, "49 cents" -> 0.49 USD, "half a cent" -> 0.005 USD, "$17BN" -> 17e9, "50 million shares" -> 50e6); declines
# negative ("dropped 21.8 cents" -> -0.218, "slipping half a cent" -> -0.005, "a 2.1-point headwind" -> -2.1 pp);
# currency codes ("$" on US pages -> USD, "C$" -> CAD, "US$" -> USD); points of a percentage growth rate are pp
# (news29 batch b, news37 batch b: "a 6.1-point benefit" -> 6.1 pp); hedges keep the number with the hedge in the basis
# ("nearly", "about", "roughly", "more than", "less than", "close to", "up to"); a same-sentence "X from Y" / "up from Y"
# / "above ... Y" / "more than the Y" value of the same quantity is the prior and the earlier value also an optional
# row (news30 batch b, news36-news45); the headline's (or standfirst's) first printing key and the body's and summary
# bullets' repeats optional (news41/news42 batch a); a rounded headline restatement optional; periods only where the
# text states or clearly implies the year (news24; market moves, prices, yields, auction results and deal terms none);
# brokers' targets and ratings only in rating actions (a target cut with no rating printed -> cut_target with rating
# None; a "HIGHLIGHTS" line repeating a list line is not labelled twice; a broker's separate rating line and target line
# on one stock are one upgrade/downgrade with both targets, news20/news23); the source's own errors labelled as printed
# (news44/news45); spans, dates, times, tickers and maturities ("29-Year, 10-Month", "3Y and 10Y", "6 auction average",
# "Jan. 28", "12-02-21 0705ET", "week ended June 15") not labelled; quotes rendered as reported speech (the set never
# copies third-party sentences), their figures labelled like any other; ratings lower-case.

# ---------------------------------------------------------------- en01 Hershey fourth quarter and full year 2021 with the 2022 outlook (Vending Market Watch, press-release text "Source Hershey Co.", February 2022): Q4 net sales $2,326.1 million (+6.4%) vs $2,185.2 million, price +6.1 pts, volume -2.1 pts, acquisitions +2.2 pts, FX +0.2 pts, organic +4.0%, net income $335.6 million / $1.62 (+16.5%), adjusted EPS $1.69 (+13.4%); FY net sales $8,971.3 million (+10.1%), organic +8.7%, M&A +1.0 pt, FX +0.4 pt, net income $1,477.5 million / $7.11 (+16.4%), adjusted EPS $7.19 (+14.3%); 2022 net sales growth 8%-10% (USD, %, pp)
# A US company's quarterly and full-year results in press-release style with a growth outlook. The stored page breaks
# off mid-word in the outlook ("... across all segments. The in"): the passage stops after "Hershey said the growth
# will come mainly from list price increases in all segments.", a sentence boundary. Headline kept (rewritten:
# "Hershey's Q4 consolidated net sales up 6.4% as price increases take hold"); the credit line "Source Hershey Co." kept
# as page text; the two summary headings and the outlook heading kept. Source oddity kept as printed: "Dec.r 31, 2021".
# Periods: "the fourth quarter and full-year, ended Dec.r 31, 2021", "fourth quarter of 2021" -> 2021Q4, the prior-year
# period 2020Q4; "2021 full-year" -> 2021 (calendar year; the text never says "fiscal"); "2022 full-year outlook" -> 2022.
# Decided: the headline's "up 6.4%" is the first printing -> key; the lead's "an increase of 6.4%" and the bullet's "a
# rise of 6.4%" optional repeats; the lead's $2,326.1 million key with the prior-year $2,185.2 million as prior (and an
# optional 2020Q4 row); the bullet's $2,326.1 million optional. The growth contributions are points of a percentage
# growth rate -> pp: price realization +6.1, volume -2.1 ("headwind" -> negative), acquisitions +2.2, foreign exchange
# +0.2, all key in the lead paragraph; the bullet restating 2.2 and 0.2 optional. "Reported net income of $335.6
# million, or $1.62 per share-diluted, up 16.5%" -> key net income, key diluted EPS and a key growth row whose metric
# names both readings (eps_growth first; the text does not say which grew 16.5 %); likewise 16.4 % for the year.
# Adjusted EPS key with basis adjusted, its growth key. Full-year rows are first printings -> key. The outlook "net
# sales growth between 8% and 10%" -> key range dated 2022. Not labelled: "(NYSE: HSY)", "Dec.r 31, 2021" (a date),
# "COVID-19".
HSY = "Hershey|Hershey Co.|Hershey Co|The Hershey Company|Hershey's|HSY"
Q, QY, FY = "2021Q4", "2020Q4", "2021"
REV = "net_sales|revenue|consolidated_net_sales|sales"
REVG = "net_sales_growth|revenue_growth|sales_growth"
ORG = "organic_net_sales_growth|organic_sales_growth|organic_growth|organic_constant_currency_net_sales_growth"
CONTR = "sales_growth_contribution|net_sales_impact|growth_contribution"
NI = "net_income|net_profit|reported_net_income"
EPS = "eps|diluted_eps|earnings_per_share|eps_diluted"
EPSG = "eps_growth|net_income_growth|earnings_growth"
AEPS = "adjusted_eps|adjusted_diluted_eps|eps"
AEPSG = "adjusted_eps_growth|eps_growth"
G["en01"] = ([
    m(REVG, 6.4, "%", HSY, Q, basis="headline; consolidated net sales, Q4"),
    m(REV, 2326.1e6, "USD", HSY, Q, prior=2185.2e6, basis="consolidated"),
    m(REV, 2185.2e6, "USD", HSY, QY, opt=True, basis="prior-year period"),
    m(REVG, 6.4, "%", HSY, Q, opt=True, basis="lead repeat"),
    m(CONTR + "|price_realization|net_price_realization", 6.1, "pp", HSY, Q,
      basis="net price realization; printed as 6.1-point benefit"),
    m(CONTR + "|volume_impact|volume", -2.1, "pp", HSY, Q, basis="volume; printed as 2.1-point headwind"),
    m(CONTR + "|acquisition_impact|acquisitions", 2.2, "pp", HSY, Q,
      basis="acquisitions of Pretzels, Dot's and Lily's; 2.2-point benefit"),
    m(CONTR + "|fx_impact|foreign_exchange_impact", 0.2, "pp", HSY, Q, basis="foreign exchange; 0.2-point benefit"),
    m(REV, 2326.1e6, "USD", HSY, Q, opt=True, basis="summary bullet repeat"),
    m(REVG, 6.4, "%", HSY, Q, opt=True, basis="summary bullet repeat"),
    m(ORG, 4.0, "%", HSY, Q, basis="organic, constant currency"),
    m(CONTR + "|acquisition_impact|acquisitions", 2.2, "pp", HSY, Q, opt=True, basis="summary bullet repeat"),
    m(CONTR + "|fx_impact|foreign_exchange_impact", 0.2, "pp", HSY, Q, opt=True, basis="summary bullet repeat"),
    m(NI, 335.6e6, "USD", HSY, Q, basis="reported"),
    m(EPS, 1.62, "USD", HSY, Q, basis="reported; per share-diluted"),
    m(EPSG, 16.5, "%", HSY, Q, basis="reported net income / diluted EPS increase"),
    m(AEPS, 1.69, "USD", HSY, Q, basis="adjusted; per share-diluted"),
    m(AEPSG, 13.4, "%", HSY, Q, basis="adjusted EPS increase"),
    m(REV, 8971.3e6, "USD", HSY, FY, basis="consolidated; full year"),
    m(REVG, 10.1, "%", HSY, FY, basis="full year"),
    m(ORG, 8.7, "%", HSY, FY, basis="organic, constant currency; full year"),
    m(CONTR + "|acquisition_impact|acquisitions_divestitures_impact", 1.0, "pp", HSY, FY,
      basis="net impact of acquisitions and divestitures; 1.0-point benefit"),
    m(CONTR + "|fx_impact|foreign_exchange_impact", 0.4, "pp", HSY, FY, basis="foreign exchange; 0.4-point benefit"),
    m(NI, 1477.5e6, "USD", HSY, FY, basis="reported; full year"),
    m(EPS, 7.11, "USD", HSY, FY, basis="reported; per share-diluted"),
    m(EPSG, 16.4, "%", HSY, FY, basis="reported net income / diluted EPS increase"),
    m(AEPS, 7.19, "USD", HSY, FY, basis="adjusted; per share-diluted"),
    m(AEPSG, 14.3, "%", HSY, FY, basis="adjusted EPS increase"),
    m("guidance_net_sales_growth|guidance_revenue_growth|net_sales_growth_guidance|revenue_growth_guidance", None, "%",
      HSY, "2022", rng=(8, 10), basis="2022 full-year outlook"),
], [])

# ---------------------------------------------------------------- en02 Reuters Canada research roundup: Autocanada, Interfor, Power Corporation of Canada and others (Reuters text via Stockopedia, Friday March 20; no year printed, 2026 by the weekday and the broker name TD Cowen): 13 broker actions, targets in C$ (CAD)
# A list of several brokers' rating and target changes on Canadian stocks. The stored page breaks off mid-word in the
# next list line ("... PBH.TO: Raymond James cuts target pri"): the passage stops after the CIBC line on Premium Brands,
# a line boundary; the Raymond James action is lost with it. The stored text has no headline (the address slug "canada
# research roundup ..." is not page text; none added); the "HIGHLIGHTS" label and the list form kept. Source oddity kept
# as printed: the second Cenovus line "Cenovus Energy Inc Pre-Merger)CVE.TO:Gerdes" (missing bracket and spaces) beside
# the highlight's "(Pre-Merger) CVE.TO:". Tickers ("ACQ.TO", "SALT.V") kept as printed.
# Periods: none (rating actions carry none).
# Decided: every HIGHLIGHTS line repeats a line of the full list -> one rating action each, not labelled twice. Two
# lines by one broker on one stock are one action: Ventum Financial "initiates coverage with target price C$2.5" and
# "with buy rating" -> initiate, buy, 2.5; CIBC on Autocanada "cuts target price to C$20 from C$34" and "cuts to neutral
# from outperformer" -> downgrade with both targets; RBC on Power Corporation "raises target price to C$73 from C$69"
# and "raises to outperform from sector perform" -> upgrade with both targets. Target-only lines print no rating ->
# raise_target / cut_target with rating None. Rating-only lines print no target -> target None. CIBC's
# "outperformer" / "underperformer" kept as printed as prior ratings (news23 batch a); "equal-weight" as printed.
# Barclays on Bank of Montreal is an action on the bank's stock (BMO.TO), not BMO the broker. No metrics: the passage's
# only other numbers are tickers and the date.
BRK_CIBC = "CIBC|CIBC Capital Markets|CIBC World Markets|Canadian Imperial Bank of Commerce"
BRK_BMO = "BMO|BMO Capital Markets|BMO Nesbitt Burns"
BRK_RBC = "RBC|RBC Capital Markets|RBC Dominion Securities"
ACQ = "Autocanada|Autocanada Inc|AutoCanada|ACQ.TO|ACQ"
SALT = "Atlas Salt|Atlas Salt Inc|SALT.V"
BMOS = "Bank of Montreal|BMO.TO"
BYD = "Boyd Group Services|Boyd Group Services Inc|Boyd Group|BYD.TO"
CVE = "Cenovus Energy|Cenovus Energy Inc|Cenovus|CVE.TO"
IFP = "Interfor|Interfor Corp|IFP.TO"
POW = "Power Corporation of Canada|Power Corp|Power Corporation|POW.TO"
PBH = "Premium Brands Holdings|Premium Brands Holdings Corp|Premium Brands|PBH.TO"
G["en02"] = ([], [
    ra("Ventum Financial|Ventum", SALT, "initiate", "buy", target=2.5, cur="CAD"),
    ra(BRK_BMO, ACQ, "cut_target", None, target=24, prior_target=36, cur="CAD"),
    ra(BRK_CIBC, ACQ, "downgrade", "neutral", "outperformer", target=20, prior_target=34, cur="CAD"),
    ra("Barclays", BMOS, "downgrade", "underweight", "equal-weight"),
    ra("Stifel|Stifel Nicolaus|Stifel GMP", BYD, "cut_target", None, target=265, prior_target=270, cur="CAD"),
    ra("Gerdes Energy Research|Gerdes", CVE, "downgrade", "neutral", "buy"),
    ra(BRK_CIBC, IFP, "upgrade", "neutral", "underperformer"),
    ra(BRK_CIBC, POW, "raise_target", None, target=78, prior_target=75, cur="CAD"),
    ra("Jefferies", POW, "raise_target", None, target=73, prior_target=68, cur="CAD"),
    ra(BRK_RBC, POW, "upgrade", "outperform", "sector perform", target=73, prior_target=69, cur="CAD"),
    ra("TD Cowen|TD Securities|TD", POW, "upgrade", "buy", "hold"),
    ra(BRK_BMO, PBH, "cut_target", None, target=116, prior_target=125, cur="CAD"),
    ra(BRK_CIBC, PBH, "cut_target", None, target=110, prior_target=120, cur="CAD"),
])

# ---------------------------------------------------------------- en03 Pandora Media's IPO and first trading day on the NYSE (The Atlantic, a Wednesday June 15, 2011 debut; no year printed): priced at $16 after an initial $10-$12 target, opened at $20, high $26, closed $17.42 (less than $1.50 above), raised more than $230 million, about one-tenth of shares floated, market capitalization close to $2.8 billion ("nearly $3 billion" in the standfirst) (USD, %)
# A US IPO's pricing and first day. Whole as stored. The stored text opens with a standfirst line without a full stop
# ("The online music service priced its shares at $16 for an IPO ..."), kept as the opening line (rewritten, still
# without a full stop); the address slug is not page text (no headline added). The Dealbook and Deal Journal quotes are
# rendered as reported speech (no figure). Source oddities kept as printed: "the the New York Times' Dealbook", the
# symbol 'P' in single quotes, "on the indexes".
# Periods: none (IPO terms and first-day prices; "Wednesday" prints no year).
# Decided: the standfirst's $16 is the first printing -> key IPO price; the body's "price set at $16" optional repeat.
# The standfirst's "valuing the company at nearly $3 billion" is a rounded restatement of the closing market
# capitalization ("close to $2.8 billion") -> optional; the $2.8 billion key. Opening price $20 and the $26 spike
# (intraday high) key; the initial target "between $10 and $12" a key range; close $17.42 key; "less than $1.50 above
# the IPO price" -> a key +1.50 USD first-day gain with the hedge in the basis (17.42 - 16 = 1.42, as printed); "raised
# more than $230 million" key. "About one-tenth of its shares" -> a key float share of 10 % (a figure written as words).
PAN = "Pandora Media|Pandora|Pandora Media Inc.|P"
G["en03"] = ([
    m("ipo_price|offer_price|pricing", 16, "USD", PAN, basis="standfirst; per share"),
    m("valuation|market_value|market_cap", 3e9, "USD", PAN, opt=True,
      basis="nearly; standfirst; rounded restatement of the closing market capitalization"),
    m("ipo_price|offer_price|pricing", 16, "USD", PAN, opt=True, basis="body repeat"),
    m("opening_price|open_price|share_price", 20, "USD", PAN, basis="first trade"),
    m("intraday_high|high|share_price", 26, "USD", PAN, basis="spiked to before settling"),
    m("ipo_price_range|price_range|initial_price_range", None, "USD", PAN, rng=(10, 12),
      basis="initially targeted IPO price"),
    m("closing_price|close_price|share_price", 17.42, "USD", PAN, basis="first-day close"),
    m("price_change|first_day_gain|gain_over_ipo_price", 1.50, "USD", PAN, basis="less than; above the IPO price"),
    m("ipo_proceeds|amount_raised|proceeds|ipo_size", 230e6, "USD", PAN, basis="more than"),
    m("float|public_float|free_float|float_percentage", 10, "%", PAN,
      basis="about one-tenth of its shares available to the public"),
    m("market_cap|market_capitalization|market_value", 2.8e9, "USD", PAN, basis="close to; at the close"),
], [])

# ---------------------------------------------------------------- en04 Toronto-Dominion Bank raises its dividend and plans a buyback (Dow Jones Newswires via MarketScreener, Thursday December 2, 2021; "12-02-21 0705ET" the wire stamp, no year in the prose): dividend +13% (nearly) to C$0.89 from C$0.79, buyback up to 50 million shares, about 2.7% of roughly 1.82 billion shares, market cap nearly C$164 billion (US$127.94 billion), C$3.56 a year, yield about 3.87% (up from about 3.44%) on a C$91.98 close (CAD, USD, %, shares)
# A Canadian bank's dividend increase and share-buyback announcement. Whole as stored (page furniture aside): the
# contact line "Write to Colin Kellaher at colin.kellaher@wsj.com" dropped as furniture; the byline, "(END) Dow Jones
# Newswires" and the wire stamp "12-02-21 0705ET" kept as page text. The stored text has no headline (the address slug
# "Toronto-Dominion Boosts Dividend, Unveils Stock Buyback" is not page text; none added).
# Periods: none (a dividend and a buyback programme; the payment and record dates are dates).
# Decided: "raised the quarterly dividend by nearly 13%, to C$0.89 from C$0.79" -> key growth (hedge in the basis) and
# key dividend with prior 0.79, the old dividend an optional row. "Buy back up to 50 million shares" -> key count in
# shares ("up to" in the basis). Market capitalization nearly C$164 billion key, the bracketed US$127.94 billion an
# optional conversion. "About 2.7% of its roughly 1.82 billion shares outstanding" -> key 2.7 % share of the buyback,
# the share count optional (a share count of minor interest). "Equal to C$3.56 a year" key annual dividend. "An annual
# yield of about 3.87% ... up from about 3.44%" -> key yield with prior 3.44 and an optional 3.44 row; the C$91.98
# close on which it is based key. Not labelled: "Jan. 28", "Jan. 10" (dates), "12-02-21 0705ET" (a wire stamp).
TD = "Toronto-Dominion Bank|Toronto-Dominion|TD Bank|TD"
G["en04"] = ([
    m("dividend_growth|dividend_increase|dividend_change", 13, "%", TD, basis="nearly; quarterly dividend"),
    m("dividend|quarterly_dividend|dividend_per_share", 0.89, "CAD", TD, prior=0.79, basis="quarterly"),
    m("dividend|quarterly_dividend|dividend_per_share", 0.79, "CAD", TD, opt=True, basis="previous quarterly dividend"),
    m("buyback_shares|share_buyback|buyback|shares_to_repurchase", 50e6, "shares", TD, basis="up to"),
    m("market_cap|market_capitalization", 164e9, "CAD", TD, basis="nearly"),
    m("market_cap|market_capitalization", 127.94e9, "USD", TD, opt=True, basis="conversion in brackets"),
    m("buyback_percentage|buyback_share_of_outstanding|buyback_pct", 2.7, "%", TD, basis="about; of shares outstanding"),
    m("shares_outstanding|share_count", 1.82e9, "shares", TD, opt=True, basis="roughly"),
    m("annual_dividend|annualized_dividend|dividend_per_share", 3.56, "CAD", TD, basis="new payout equal to a year"),
    m("dividend_yield|annual_yield|yield", 3.87, "%", TD, prior=3.44, basis="about; on Wednesday's close"),
    m("dividend_yield|annual_yield|yield", 3.44, "%", TD, opt=True, basis="about; before the increase"),
    m("closing_price|share_price|close_price", 91.98, "CAD", TD, basis="Wednesday's closing price"),
], [])

# ---------------------------------------------------------------- en05 Nymex energy futures settlement on Iran and Nigeria concerns (CNBC, Friday June 22, 2007; no year printed): August crude +49 cents to $69.14, July gasoline +4.01 cents to $2.2868, July heating oil +1.33 cents to $2.038, natural gas -21.8 cents to $7.13, gas supplies +89 billion cubic feet, retail gasoline -half a cent to $2.991, late-May peak $3.227 (USD, cubic feet)
# An oil futures settlement report with products, natural gas, a storage report and pump prices. Whole as stored (page
# furniture aside): the section label "U.S. News" above the headline dropped as furniture. Headline kept (rewritten:
# "Crude Oil Settles Above $69 on Iran and Nigeria Worries"). Source oddity kept as printed: "Nigera" (for Nigeria) in
# "The Iran and Nigera news".
# Periods: none (settlement prices and moves; "for August delivery", "for July", "the week ended June 15" and "late
# May" name contract months and dates but print no year).
# Decided: the headline's and the lead's "above $69" are rounded restatements of the $69.14 settlement -> optional rows
# (a rounded headline repeat). Each contract's move and settlement key: crude +0.49 and 69.14 USD a barrel, gasoline
# +0.0401 and 2.2868 USD a gallon, heating oil +0.0133 and 2.038 USD a gallon (cents scaled to USD), natural gas -0.218
# and 7.13 USD per 1,000 cubic feet. The storage report "supplies rose by 89 billion cubic feet" -> key change in the
# unit cubic feet (89e9; "in line with expectations" prints no number). Retail gasoline "dipping half a cent" -> key
# -0.005 USD; the $2.991 national average and the $3.227 late-May peak key. Not labelled: "1,000" in the unit "per
# 1,000 cubic feet", "June 15" (a date).
WTI = "light, sweet crude|crude oil|crude|oil|WTI|U.S. crude|Nymex crude|light sweet crude"
GAS = "gasoline|gasoline futures|Nymex gasoline|RBOB gasoline"
HO = "heating oil|heating oil futures|Nymex heating oil"
NG = "natural gas|natural gas futures|Nymex natural gas"
RET = "retail gasoline|gas prices|pump prices|retail gas prices|gasoline"
G["en05"] = ([
    m("settle_price|price|oil_price|settlement_price", 69, "USD", WTI, opt=True, basis="above; headline, rounded"),
    m("settle_price|price|oil_price|settlement_price", 69, "USD", WTI, opt=True, basis="above; lead repeat, rounded"),
    m("price_change|settle_change|oil_price_change", 0.49, "USD", WTI, basis="August delivery; per barrel"),
    m("settle_price|price|oil_price|settlement_price", 69.14, "USD", WTI, basis="August delivery; per barrel; Nymex"),
    m("price_change|settle_change", 0.0401, "USD", GAS, basis="July; per gallon"),
    m("settle_price|price|settlement_price", 2.2868, "USD", GAS, basis="July; per gallon"),
    m("price_change|settle_change", 0.0133, "USD", HO, basis="July; per gallon"),
    m("settle_price|price|settlement_price", 2.038, "USD", HO, basis="July; per gallon"),
    m("price_change|settle_change", -0.218, "USD", NG, basis="per 1,000 cubic feet"),
    m("settle_price|price|settlement_price", 7.13, "USD", NG, basis="per 1,000 cubic feet"),
    m("storage_change|inventory_change|natural_gas_storage_change|supply_change", 89e9, "cubic feet", NG,
      basis="week ended June 15; government report; in line with expectations"),
    m("price_change|retail_price_change", -0.005, "USD", RET, basis="half a cent overnight; per gallon"),
    m("retail_price|national_average_price|price", 2.991, "USD", RET, basis="national average per gallon"),
    m("retail_price|peak_price|price", 3.227, "USD", RET, basis="peak in late May; per gallon"),
], [])

# ---------------------------------------------------------------- en06 US Treasury 30-year bond auction (Zero Hedge, Wednesday April 8, 2020; no date printed): $17BN sold, high yield 1.325% (0.5bps above last month's record low 1.32%), stopped through the When Issued by 0.5bps, bid to cover 2.352% (as printed) from 2.358 against a 2.377% six-auction average, indirects 66.4% from 69.5% (62.5% average), directs 11% against 8.9% in March, dealers 22.6% (USD, %, bp)
# A Treasury auction result with its internals against the previous auction and recent averages. Whole as stored; the
# stored text has no headline (the address slug is not page text; none added). Source oddities kept as printed: the
# bid-to-cover ratios printed with "%" ("2.352%", "2.377%") beside the unmarked "2.358", "dripping fractionally" (for
# dipping), "last months" without an apostrophe, "long-end".
# Periods: none (an auction result; "last month's", "March" and "this week" print no year).
# Decided: the amount sold ($17BN) key in USD on the 30-year bonds. High yield 1.325 % key with last month's record low
# 1.32 % as prior ("0.5bps above last month's record low yield of 1.32%") and an optional 1.32 row; the 0.5 bp gap to
# last month a key +0.5 bp row; "stopped through the When Issued by 0.5bps" -> a key tail of -0.5 bp (a stop-through is
# a negative tail). The bid-to-cover ratio 2.352 is labelled as printed, in "%" (the source's own unit error, as
# news44/news45 label printed errors), with last month's 2.358 as prior and an optional row in x (printed without a
# unit); the 6-auction average 2.377 key, "%" as printed. Allotments: indirects 66.4 % key with prior 69.5 (optional
# row), the 62.5 % recent average key; directs 11 % key with prior 8.9 ("more than the 8.9% in March"; optional row);
# dealers 22.6 % key. Not labelled: "3Y and 10Y", "30Y" as a tenor, "29-Year, 10-Month" (a maturity), "6" of "6 auction
# average" (a window), "two" mediocre auctions (a count of no financial value).
T30 = "30-year Treasury bonds|30Y|30-year bonds|30-year Treasury|30-year bond|US Treasury|Treasury"
BTC = "bid_to_cover|bid_to_cover_ratio"
G["en06"] = ([
    m("auction_size|amount_sold|offering_amount|auction_amount", 17e9, "USD", T30, basis="30Y paper; reopening"),
    m("high_yield|auction_yield|yield|stop_out_yield", 1.325, "%", T30, prior=1.32, basis="high yield"),
    m("high_yield|record_low_yield|auction_yield|yield", 1.32, "%", T30, opt=True,
      basis="last month's record low yield"),
    m("yield_change|high_yield_change|yield_difference", 0.5, "bp", T30, basis="just above last month's record low"),
    m("tail|auction_tail|stop_through", -0.5, "bp", T30, basis="stopped through the When Issued by 0.5bps"),
    m(BTC, 2.352, "%", T30, prior=2.358, basis="printed with %; dripping fractionally; almost unchanged"),
    m(BTC, 2.358, "x", T30, opt=True, basis="last month's; printed without a unit"),
    m(BTC + "|bid_to_cover_average|average_bid_to_cover", 2.377, "%", T30,
      basis="6 auction average; printed with %"),
    m("indirect_bidders|indirects|indirect_bidders_share|indirect_allotment", 66.4, "%", T30, prior=69.5,
      basis="took down"),
    m("indirect_bidders|indirects|indirect_bidders_share|indirect_allotment", 69.5, "%", T30, opt=True,
      basis="previous auction"),
    m("indirect_bidders_average|indirect_bidders|indirects", 62.5, "%", T30, basis="recent average"),
    m("direct_bidders|directs|direct_bidders_share|direct_allotment", 11, "%", T30, prior=8.9, basis="took down"),
    m("direct_bidders|directs|direct_bidders_share|direct_allotment", 8.9, "%", T30, opt=True, basis="in March"),
    m("dealers|primary_dealers|dealer_share|dealer_allotment", 22.6, "%", T30, basis="left with; slightly above average"),
], [])
