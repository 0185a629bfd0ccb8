# Hand-written gold labels for news34/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run, nothing under plugins/ was opened, and no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news33/en/README.md (values fully
# scaled, declines, losses and outflows negative ("negative $1.1 billion" -> -1.1e9, news27/news33 net flows), "$" in a
# Canadian outlet on a Canadian company is CAD, "S$" is SGD, "NT$" is TWD, "US$" is USD, a hedge or bound keeps the
# stated number ("approximately $1.3 billion" -> 1.3e9, "roughly $91.5 billion" -> 91.5e9), a same-sentence
# "X from Y" / "X, up from Y" / "X versus Y" value of the same quantity is the prior and the earlier reading is also an
# optional row with its own period where the text names it (news29 en09, news30 batch b, news31, news33 batch b), an
# earlier-period figure in a clause or sentence of its own is its own key row (news31 batch a, news33 batch b),
# periods only where the text states or clearly implies the year (market-wrap moves and levels carry none; a passage
# with no printed year has none, news24), multi-month spans written "2017-01..09" (news33 batch b), guidance as key
# ranges with the earlier range as prng, a bracketed currency conversion and headline repeats optional, breadth counts,
# intraday extremes and a single stock's volume optional (news7, news15, news33 batch b), a stock move printed
# "S$0.21 or 4.2 per cent" keeps the % move and the close key and the currency move optional (news22 en07), segment,
# product and fund-type rows on "part|parent" entities (news31 batch b), counts of consecutive weeks/months/days and
# historic dates not labelled (dev corpus, news30), brokers' targets only in rating actions (none in this batch)).

# ---------------------------------------------------------------- en07 Pfizer third quarter of 2017: 2017 EPS and sales guidance ranges with the earlier ranges, Innovative Health revenue and growth, Ibrance (with the analyst estimate), Eliquis, Xeljanz, Xtandi, Prevnar 13 and Enbrel sales and growth (FirstWord Pharma, 2017; USD)
# A pharmaceutical company's quarter with guidance in $bn. Headline kept as stored ("Pfizer lifts annual earning
# guidance, as key drugs drive third-quarter sales"); the stored page stops mid-word in the sentence on Essential Health
# sales ("with sales of biosi"), so the passage ends at the sentence before it, the CEO's second quote ("... Read
# added."). Quotes are kept verbatim, the first with its lower-case "we" and the page's bracket "[earnings per share]".
# Period: the CEO's "third-quarter 2017 financial results" and "our 2017 ... guidance" date the quarter (2017Q3) and
# the guidance "this year" (2017). Decided: "earnings per share ... in the range of $2.58 to $2.62, lifted from a
# previous estimate of between $2.54 ... and $2.60" -> key EPS guidance range with the old range as prng, basis
# "adjusted diluted" (the quote names the guidance "adjusted diluted [earnings per share]"); "annual sales ... $52.4
# billion to $53.1 billion, narrowed from ... $52 billion to $54 billion" -> key revenue guidance range with prng.
# "Raised the midpoint" prints no figure (not labelled). Innovative Health "grew 11 percent year-over-year to $8.1
# billion" -> key level and growth on "division|Pfizer". Products: each "sales of X jumped N percent ... to $M" -> key
# sales and growth on "product|Pfizer" entities (Prevnar 13's "dipped 1 percent" and Enbrel's "slipped 13 percent"
# negative); "falling short of analyst estimates of $914 million" -> key consensus row on Ibrance; Xtandi "reached $150
# million" -> key level with no growth (none printed). Not labelled: "13" in "Prevnar 13/Prevenar 13" (a product name),
# "last year" (the Medivation purchase), the Tuesday release date.
PF = "Pfizer|Pfizer Inc.|Pfizer Inc|PFE"
IH = "Pfizer Innovative Health|Innovative Health|Innovative Health division|" + PF
def prod(name):
    return name + "|" + PF
Q, Y = "2017Q3", "2017"
PS = "product_sales|sales|revenue|drug_sales"
PG = "product_sales_growth|sales_growth|revenue_growth|drug_sales_growth"
G["en07"] = ([
    m("guidance_eps|eps_guidance", None, "USD", PF, Y, rng=(2.58, 2.62), prng=(2.54, 2.60), basis="adjusted diluted"),
    m("guidance_revenue|revenue_guidance|sales_guidance", None, "USD", PF, Y, rng=(52.4e9, 53.1e9), prng=(52e9, 54e9)),
    m("segment_revenue|revenue|division_revenue", 8.1e9, "USD", IH, Q),
    m("segment_revenue_growth|revenue_growth|division_revenue_growth", 11, "%", IH, Q, basis="year-over-year"),
    m(PS, 878e6, "USD", prod("Ibrance"), Q),
    m(PG, 60, "%", prod("Ibrance"), Q, basis="versus the prior-year period"),
    m("product_sales_consensus|sales_consensus|sales_estimate|revenue_estimate", 914e6, "USD", prod("Ibrance"), Q,
      basis="analyst estimates"),
    m(PS, 644e6, "USD", prod("Eliquis"), Q),
    m(PG, 43, "%", prod("Eliquis"), Q),
    m(PS, 348e6, "USD", prod("Xeljanz"), Q),
    m(PG, 48, "%", prod("Xeljanz"), Q),
    m(PS, 150e6, "USD", prod("Xtandi"), Q),
    m(PS, 1.5e9, "USD", prod("Prevnar 13/Prevenar 13|Prevnar 13|Prevenar 13|Prevnar"), Q),
    m(PG, -1, "%", prod("Prevnar 13/Prevenar 13|Prevnar 13|Prevenar 13|Prevnar"), Q, basis="year-over-year"),
    m(PS, 613e6, "USD", prod("Enbrel"), Q),
    m(PG, -13, "%", prod("Enbrel"), Q),
], [])

# ---------------------------------------------------------------- en08 US existing-home sales for July: monthly and yearly sales growth, annual rates for July, June (revised) and July 2012, median price and its rise, the Freddie Mac mortgage rate with June's, inventory and months' supply (UPI, Aug. 21, 2013; USD)
# A US housing story. Headline and the "WASHINGTON, Aug. 21 (UPI) --" dateline kept; the page's "Advertisement",
# "Latest Headlines", "Trending Stories" and "Follow Us" furniture dropped. Whole as stored. The NAR chief economist's
# quote is kept verbatim. Period: the text's own "17.2 percent higher than July 2012" makes the reported July 2013-07 (clearly
# implied), June 2013-06, and "July 2012" 2012-07. Decided: "rose 6.5 percent from June to a seasonally adjusted annual
# rate of 5.39 million" -> key m/m growth and key level in "homes" (a count noun; annual rate in the basis), no prior
# (June's rate comes in the next sentence as a revision, not in a "from" construction with the 5.39 million). "June's
# figure ... was revised lower from ... 5.08 million to 5.06 million" -> key June row 5.06 million with prior 5.08
# million and an optional row at 5.08 million (the earlier estimate, news25/news33 batch a). "17.2 percent higher than
# July 2012, when the annual rate stood at 4.6 million" -> key y/y growth and a key 2012-07 level (its own clause, not a
# "from"). Prices "rose 13.7 percent in July from July 2012 to a national median price of $213,500" -> key y/y growth
# and key median price (no prior: the July 2012 price is not printed); "17 consecutive months" is a count (not
# labelled). Mortgage rate "rose to an average of 4.37 percent in July from 3.07 in June" -> key with prior 3.07 (as
# printed: the page's "3.07", unit % carried from the 4.37 percent) and an optional 2013-06 row; entity the mortgage
# rate tracked by Freddie Mac. Inventory 2.28 million existing homes "at the end of July" key with its "5.6 percent
# increase from the end of June" key (no prior printed). "A 5.1 month supply ... unchanged from June" -> key 5.1 months,
# with an optional June row at 5.1 and an optional 0 change (news33 batch b: "flat" -> optional 0). Not labelled: "the
# highest level in two years" and "since July 2011" (historic comparisons without a figure), "Aug. 21".
US = "US|U.S.|United States|US existing homes|existing home sales|National Association of Realtors|NAR"
MR = "US mortgage rates|Federal Home Loan Mortgage Corp.|Freddie Mac|30-year mortgage|mortgage rate|US|U.S."
HS = "existing_home_sales|home_sales|sales|sales_rate"
HG = "existing_home_sales_growth|home_sales_growth|sales_growth|home_sales_change"
J, JN, J12 = "2013-07", "2013-06", "2012-07"
SAAR = "seasonally adjusted annual rate"
G["en08"] = ([
    m(HG, 6.5, "%", US, J, basis="month-on-month, from June"),
    m(HS, 5.39e6, "homes", US, J, basis=SAAR),
    m(HS, 5.06e6, "homes", US, JN, prior=5.08e6, basis=SAAR + ", revised"),
    m(HS, 5.08e6, "homes", US, JN, opt=True, basis=SAAR + ", previously reported"),
    m(HG, 17.2, "%", US, J, basis="year-on-year, from July 2012"),
    m(HS, 4.6e6, "homes", US, J12, basis=SAAR),
    m("median_price_growth|median_home_price_growth|price_growth|home_price_growth", 13.7, "%", US, J,
      basis="year-on-year"),
    m("median_price|median_home_price|median_sales_price|home_price", 213500, "USD", US, J),
    m("mortgage_rate|interest_rate|average_mortgage_rate", 4.37, "%", MR, J, prior=3.07, basis="monthly average"),
    m("mortgage_rate|interest_rate|average_mortgage_rate", 3.07, "%", MR, JN, opt=True),
    m("inventory|homes_for_sale|housing_inventory", 2.28e6, "homes", US, J, basis="end of July"),
    m("inventory_growth|inventory_change|homes_for_sale_growth", 5.6, "%", US, J, basis="from the end of June"),
    m("months_supply|months_of_supply|inventory_months", 5.1, "months", US, J, basis="at the current sales pace"),
    m("months_supply|months_of_supply|inventory_months", 5.1, "months", US, JN, opt=True, basis="unchanged"),
    m("months_supply_change|months_of_supply_change", 0, "months", US, J, opt=True, basis="unchanged from June"),
], [])

# ---------------------------------------------------------------- en09 Singapore close: the STI's point gain and level, its intraday high, turnover against Friday's, volume, breadth, the STI components' share, Keppel Corp, Sembcorp Marine and UG Healthcare moves and closes (Business Times, Jan 25, 2016; SGD)
# A Singapore market close in English. Headline kept ("Singapore shares close higher - but only just, as STI sheds 40
# points from intraday high") with the date line "Published Mon, Jan 25, 2016 · 09:34 AM"; the page's "BT is now on
# Telegram!", subscription and section furniture dropped. Whole as stored. No periods (a market wrap, news7).
# Decided: STI "rise 5.55 points to 2,582.64" -> key change in points and key level (no % printed). "Its intraday high
# of 2,622 points" and the headline's "sheds 40 points from intraday high" -> optional (intraday extremes). "Turnover
# fell from Friday's S$1.4 billion to 910 million units worth S$1.04 billion" -> key turnover S$1.04 billion with prior
# S$1.4 billion and an optional Friday row (no period: a wrap names days, not years), and key volume 910 million units
# (the market's volume, as news7's KOSPI volume). Breadth "177 rises versus 215 falls" -> optional counts. "The 30 STI
# components contributed S$804 million or 78 per cent" -> key turnover and key share on the components (the "30" is the
# size of the index, not labelled). Movers: Keppel Corp "dropped S$0.21 or 4.2 per cent to S$4.81", Sembcorp Marine
# "dropped S$0.06 or 4 per cent to S$1.495", UG Healthcare "plunged S$0.14 or 32 per cent to S$0.30" -> the % moves and
# closes key, the S$ moves optional (the same move in another unit, news22 en07); each stock's "volume of 16.1 million",
# "turnover of 7.8 million" (shares, as printed) and "volume of 8.8 million" optional (single-stock trading statistics).
# Not labelled: "two-day rebound" and "the three banks" (counts), the date and time.
STI = "Straits Times Index|STI|FTSE Straits Times Index|Singapore shares|Singapore stocks"
STIC = "STI components|30 STI components|STI component stocks|" + STI
KEP = "Keppel Corp|Keppel Corporation|Keppel"
SMM = "Sembcorp Marine|Sembcorp Marine Ltd"
UGH = "UG Healthcare|UG Healthcare Corporation"
PX = "price|close_price|share_price"
G["en09"] = ([
    m("index_change", 5.55, "points", STI),
    m("index_level|index_close", 2582.64, "points", STI),
    m("index_level|intraday_high", 2622, "points", STI, opt=True),
    m("index_change|intraday_change|decline_from_high", -40, "points", STI, opt=True, basis="headline, from intraday high"),
    m("turnover|market_turnover|traded_value", 1.04e9, "SGD", STI, prior=1.4e9),
    m("turnover|market_turnover|traded_value", 1.4e9, "SGD", STI, opt=True, basis="Friday"),
    m("volume|trading_volume|shares_traded", 910e6, "units", STI),
    m("gainers|advancers|rises", 177, "stocks", STI, opt=True, basis="broad market excluding warrants"),
    m("losers|decliners|falls", 215, "stocks", STI, opt=True, basis="broad market excluding warrants"),
    m("turnover|component_turnover|traded_value", 804e6, "SGD", STIC),
    m("turnover_share|share_of_turnover", 78, "%", STIC),
    m("price_change", -4.2, "%", KEP), m(PX, 4.81, "SGD", KEP),
    m("price_change", -0.21, "SGD", KEP, opt=True),
    m("volume|trading_volume|shares_traded", 16.1e6, "shares", KEP, opt=True),
    m("price_change", -4, "%", SMM), m(PX, 1.495, "SGD", SMM),
    m("price_change", -0.06, "SGD", SMM, opt=True),
    m("volume|trading_volume|turnover|shares_traded", 7.8e6, "shares", SMM, opt=True),
    m("price_change", -32, "%", UGH), m(PX, 0.30, "SGD", UGH),
    m("price_change", -0.14, "SGD", UGH, opt=True),
    m("volume|trading_volume|shares_traded", 8.8e6, "shares", UGH, opt=True),
], [])

# ---------------------------------------------------------------- en10 Telus second quarter of 2018: postpaid net additions and base, revenue, wireless and wireline revenue, earnings, total customer additions and their rise, wireless subscriber base, churn with Q2 2017's, ABPU and its rise (MobileSyrup, August 3, 2018; CAD)
# A telecom's quarter (subscribers, churn, billing per user). The stored page has no headline (its crawler date tag is
# not page text) and none was added; the closing "Source: Telus" and comment furniture were dropped; whole otherwise.
# Quotes kept verbatim; the page's "Q2 2o17" (letter o) kept. Currency: "$" in a Canadian outlet on a Canadian carrier
# -> CAD. Period: "between April 1st, 2018 and June 30th, 2018" and "second quarter of 2018" -> 2018Q2 for every
# quarterly figure and end-of-quarter base ("now boasts 8.1 million" stated with the quarter's release), Q2 2017 ->
# 2017Q2. Decided: "generated $3.5 billion ... a 5.3 percent increase" -> key revenue and growth; the wireless and
# wireline segments' "$1.5 billion ... 2.7 percent" and "$1.1 billion, representing a 13.0 percent increase in data
# services" -> key rows on "segment|Telus" entities, the 13.0 % on the wireline data services as printed; "earned
# approximately $1.3 billion, ... a 3.6 percent increase" -> key earnings and growth (the text does not say which
# earnings: metric alternatives ebitda / net income / earnings). "Added 135,000 new wireless, internet and television
# customers, representing a 30,000 and 29 percent increase compared to Q2 2017" -> key additions, key change in
# additions +30,000 and key +29 %. "Total wireless subscriber base of 9.0 million ... a 3.5 percent increase" -> key
# base and growth. "Monthly churn ... 0.83 percent, representing an increase over Q2 2017's 0.79 percent" -> key churn
# with prior 0.79 and an optional 2017Q2 row (an "X, up from Y" construction). ABPU "increased by 0.6 percent to $67.24"
# -> key level and growth (the metric is billing, not revenue, per user; arpu as an alternative). Not labelled:
# "third-largest" (a rank), the release date.
T = "Telus|TELUS|Telus Corporation|TELUS Corp|Telus Corp"
TW = "Telus wireless|wireless segment|TELUS Wireless|" + T
TL = "Telus wireline|wireline segment|TELUS Wireline|wireline data services|" + T
Q, QY = "2018Q2", "2017Q2"
G["en10"] = ([
    m("postpaid_net_additions|net_postpaid_additions|net_additions|subscriber_additions", 87000, "subscribers", T, Q),
    m("postpaid_subscribers|subscribers|postpaid_wireless_subscribers", 8.1e6, "subscribers", T, Q),
    m("revenue|sales", 3.5e9, "CAD", T, Q),
    m("revenue_growth|sales_growth", 5.3, "%", T, Q),
    m("segment_revenue|revenue|wireless_revenue", 1.5e9, "CAD", TW, Q),
    m("segment_revenue_growth|revenue_growth|wireless_revenue_growth", 2.7, "%", TW, Q),
    m("segment_revenue|revenue|wireline_revenue", 1.1e9, "CAD", TL, Q),
    m("segment_revenue_growth|revenue_growth|data_services_growth|data_revenue_growth", 13.0, "%", TL, Q,
      basis="data services"),
    m("earnings|ebitda|adjusted_ebitda|net_income|net_profit|profit", 1.3e9, "CAD", T, Q),
    m("earnings_growth|ebitda_growth|adjusted_ebitda_growth|net_income_growth|net_profit_growth|profit_growth", 3.6,
      "%", T, Q),
    m("customer_additions|net_additions|subscriber_additions|total_net_additions", 135000, "customers", T, Q),
    m("customer_additions_change|net_additions_change|subscriber_additions_change", 30000, "customers", T, Q),
    m("customer_additions_growth|net_additions_growth|subscriber_additions_growth", 29, "%", T, Q),
    m("wireless_subscribers|subscribers|subscriber_base", 9.0e6, "subscribers", T, Q),
    m("wireless_subscriber_growth|subscriber_growth|subscriber_base_growth", 3.5, "%", T, Q),
    m("churn|monthly_churn|churn_rate", 0.83, "%", T, Q, prior=0.79, basis="monthly"),
    m("churn|monthly_churn|churn_rate", 0.79, "%", T, QY, opt=True, basis="monthly"),
    m("abpu|average_billing_per_user|arpu|average_revenue_per_user", 67.24, "CAD", T, Q),
    m("abpu_growth|average_billing_per_user_growth|arpu_growth|arpu_change", 0.6, "%", T, Q),
], [])

# ---------------------------------------------------------------- en11 AU Optronics third quarter of 2017: revenue and q/q growth, net profit, basic EPS, nine-month revenue, net profit and EPS, large and small-to-medium panel shipments with q/q growth, operating profit and net profit y/y growth, Display Segment margins (DIGITIMES, 26 October 2017; TWD)
# A Taiwanese tech company's quarter in NT$. Headline ("AUO nets NT$8.86 billion for 3Q17") and the byline/date line
# "Rodney Chan, DIGITIMES, Taipei [Thursday 26 October 2017]" kept; the stored page's income-statement table after the
# last sentence (quarterly NT$k columns, starting "AUO: Consolidated income statement, 2Q16 - 2Q17 (NT$k)") is cut,
# at the paragraph boundary. Period: "the third quarter of 2017" -> 2017Q3; "the first nine months of 2017" ->
# "2017-01..09" (news33 batch b span form). Decided: revenue NT$87.4 billion key, the "(US$2.89 billion)" conversion
# optional; "up by 3.5% from the previous quarter" key q/q growth and its restatement ("still rose by 3.5%
# sequentially") optional. Net profit NT$8.86 billion: the first body statement key, the headline's "nets NT$8.86
# billion" and the later "reached NT$8.86 billion, up by 80.8% year-over-year" repeats optional, the 80.8 % key. Basic
# EPS NT$0.92 key (basis "basic"); nine-month revenue, net profit and basic EPS key. Shipments: large-sized 29.09
# million units +8.3 % q/q and small- to medium-sized "around 46.81 million units" +21.1 % q/q -> key levels in units
# and key growth on "panel segment|AUO" entities. Operating profit NT$9.74 billion +69.2 % y/y -> key. "As for the
# Display Segment ... operating profit margin of 11.8% and EBITDA margin of 21.9%" -> key margins on "Display
# Segment|AUO". Not labelled: "10-inch" (a panel size), "fourth quarter" outlook (no figure).
A = "AU Optronics|AUO|AU Optronics Corp.|AU Optronics Corp"
LG = "AUO large-sized panels|large-sized panels|large-size panels|" + A
SM = "AUO small- to medium-sized panels|small- to medium-sized panels|small and medium panels|" + A
DS = "AUO Display Segment|Display Segment|" + A
Q, N9 = "2017Q3", "2017-01..09"
NP = "net_profit|net_income|net_profit_attributable"
G["en11"] = ([
    m("revenue|consolidated_revenue|sales", 87.4e9, "TWD", A, Q),
    m("revenue|consolidated_revenue|sales", 2.89e9, "USD", A, Q, opt=True, basis="conversion in brackets"),
    m("revenue_growth|revenue_growth_qoq|sales_growth", 3.5, "%", A, Q, basis="quarter-on-quarter"),
    m("revenue_growth|revenue_growth_qoq|sales_growth", 3.5, "%", A, Q, opt=True, basis="restated, sequentially"),
    m(NP, 8.86e9, "TWD", A, Q),
    m(NP, 8.86e9, "TWD", A, Q, opt=True, basis="headline 'nets NT$8.86 billion'"),
    m(NP, 8.86e9, "TWD", A, Q, opt=True, basis="restated with the y/y growth"),
    m("eps|basic_eps", 0.92, "TWD", A, Q, basis="basic"),
    m("revenue|consolidated_revenue|sales", 260.36e9, "TWD", A, N9),
    m(NP, 28.16e9, "TWD", A, N9),
    m("eps|basic_eps", 2.93, "TWD", A, N9, basis="basic"),
    m("shipments|panel_shipments|large_panel_shipments", 29.09e6, "units", LG, Q),
    m("shipments_growth|panel_shipments_growth|large_panel_shipments_growth", 8.3, "%", LG, Q, basis="quarter-over-quarter"),
    m("shipments|panel_shipments|small_medium_panel_shipments", 46.81e6, "units", SM, Q),
    m("shipments_growth|panel_shipments_growth|small_medium_panel_shipments_growth", 21.1, "%", SM, Q,
      basis="quarter-over-quarter"),
    m("operating_profit|operating_income", 9.74e9, "TWD", A, Q),
    m("operating_profit_growth|operating_income_growth", 69.2, "%", A, Q, basis="year-over-year"),
    m("net_profit_growth|net_income_growth", 80.8, "%", A, Q, basis="year-over-year"),
    m("operating_margin|operating_profit_margin|segment_operating_margin", 11.8, "%", DS, Q),
    m("ebitda_margin|segment_ebitda_margin", 21.9, "%", DS, Q),
], [])

# ---------------------------------------------------------------- en12 US loan fund flows for the week ended July 13: weekly outflow, five-week outflow, two minor inflows, four-week average with last week's, mutual fund and ETF outflows with earlier weeks, ETFs' June 15 withdrawal, year-to-date inflow with last week's, market-conditions change, total and ETF assets and the ETF share (S&P Global Market Intelligence / LCD, 2022 page; USD)
# A fund-flows story. The stored page has no headline (its crawler date tag is not page text) and none was added; whole
# as stored. No period: the text names "the week ended July 13" and "June 15" but prints no year for them (the only
# year, "April 2020", is a historic comparison), so each row carries its week in the basis (news24). Signs: withdrawals,
# outflows and "negative" values are negative, inflows and "positive" values positive. Decided: "$1.22 billion" withdrawn
# -> key -1.22e9; "extending a streak of outflows to five weeks, during which $6.5 billion has exited" -> key cumulative
# -6.5e9 (the "five weeks" and "two of ten weeks" are counts, not labelled); "minor inflows of $33 million and $40
# million" -> two key positive rows. "The four-week moving average moderated to negative $1.1 billion, from negative
# $1.3 billion last week" -> key with prior -1.3e9 and an optional last-week row. Mutual funds "rising to $1.2 billion,
# from $831 million last week and $761 million the week before" -> key -1.2e9 with prior -831e6, an optional -831e6
# row, and the week before's -761e6 a key row of its own (news33 batch b: the further readings of a list are key).
# ETFs "to $69 million, from $275 million last week" -> key -69e6 with prior -275e6 and an optional row; "On June 15,
# ETFs had the steepest weekly withdrawal ... at $1.24 billion" -> key -1.24e9 ("in more than two years" not labelled).
# "The year-to-date inflow remains positive, at $10.5 billion. However, that is down from last week, when it stood at
# $11.7 billion" -> key 10.5e9 with prior 11.7e9 ("down from") and, the 11.7 billion standing in a sentence of its own,
# a key last-week row. "The change due to market conditions ... was positive $431 million, versus negative $629
# million last week" -> key +431e6 with prior -629e6 (dev corpus: "X against/versus Y") and an optional last-week row.
# Assets: total roughly $91.5 billion, ETFs $17.6 billion, "about 19% of the total" -> three key rows.
LF = "U.S. loan funds|US loan funds|loan funds|leveraged loan funds"
MF = "U.S. loan mutual funds|loan mutual funds|mutual funds|" + LF
ETF = "U.S. loan ETFs|loan ETFs|ETFs|" + LF
NF = "net_flows|net_flow|fund_flows|net_outflows|outflows"
W, LW = "week ended July 13", "last week"
G["en12"] = ([
    m(NF, -1.22e9, "USD", LF, basis=W),
    m(NF + "|cumulative_outflows", -6.5e9, "USD", LF, basis="five-week streak of outflows"),
    m("net_flows|net_flow|fund_flows|inflows", 33e6, "USD", LF, basis="one of two inflow weeks in the last ten"),
    m("net_flows|net_flow|fund_flows|inflows", 40e6, "USD", LF, basis="one of two inflow weeks in the last ten"),
    m("four_week_average_flows|four_week_moving_average|net_flows_4wk_avg", -1.1e9, "USD", LF, prior=-1.3e9, basis=W),
    m("four_week_average_flows|four_week_moving_average|net_flows_4wk_avg", -1.3e9, "USD", LF, opt=True, basis=LW),
    m(NF, -1.2e9, "USD", MF, prior=-831e6, basis=W),
    m(NF, -831e6, "USD", MF, opt=True, basis=LW),
    m(NF, -761e6, "USD", MF, basis="the week before last"),
    m(NF, -69e6, "USD", ETF, prior=-275e6, basis=W),
    m(NF, -275e6, "USD", ETF, opt=True, basis=LW),
    m(NF, -1.24e9, "USD", ETF, basis="June 15, steepest weekly withdrawal in more than two years"),
    m("ytd_flows|year_to_date_inflow|ytd_net_flows|net_flows", 10.5e9, "USD", LF, prior=11.7e9, basis="year to date"),
    m("ytd_flows|year_to_date_inflow|ytd_net_flows|net_flows", 11.7e9, "USD", LF, basis="year to date, last week"),
    m("market_change|change_due_to_market_conditions|market_value_change", 431e6, "USD", LF, prior=-629e6, basis=W),
    m("market_change|change_due_to_market_conditions|market_value_change", -629e6, "USD", LF, opt=True, basis=LW),
    m("total_assets|aum|assets_under_management|assets", 91.5e9, "USD", LF),
    m("etf_assets|total_assets|aum|assets", 17.6e9, "USD", ETF),
    m("etf_share|etf_share_of_assets|share_of_assets", 19, "%", ETF),
], [])
