# Hand-written gold labels for news21/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news20/en/README.md (values fully
# scaled, declines negative, pence scaled to pounds, a hedge or bound keeps the stated number, a same-sentence earlier
# value or a revised forecast's earlier value is the prior, a revised guidance range keeps the old range as prng and
# as an optional row of its own (news20), periods only where the text states or implies the year, market-wrap levels
# and moves carry no period, broker targets only in rating actions, a bracketed currency conversion an optional row
# (news20 and the development corpus), repeats and restatements optional, sub-groups of a macro release their own
# entities (news5)).

# ---------------------------------------------------------------- en01 Adidas second quarter and raised 2017 guidance (Dow Jones Newswires via Fox Business, July 27, 2017; EUR)
# German company reporting in euros, "EUR347 million" notation. The passage prints its dateline "July 27, 2017" and
# guides for "2017" -> the quarter is 2017Q2 (news7: periods from a dateline the passage prints), the guidance 2017.
# All quarter figures are for continuing operations (golf and hockey brands are discontinued) -> basis "continuing
# operations" on the profit and revenue rows. "rose 16% to EUR347 million ($405 million) from EUR301 million": the
# year-ago EUR301 million is the prior (same-sentence "to X from Y"); the bracketed $405 million is an optional
# conversion row. Revenue "EUR5.0 billion" -> 5.0e9. The currency-neutral sales growth guidance "17% to 19%, up from
# the previous guidance of a rise between 12% and 14%" and the net income guidance "between EUR1.36 billion and
# EUR1.39 billion" with the earlier "between EUR1.2 billion and EUR1.225 billion" are revised ranges -> rng with the old
# range as prng, and the old ranges as optional rows (news20 batch a / b). "Aug. 3" and the time stamp are dates.
# "Rebook" is the source's misspelling of Reebok (kept in the text, not labelled).
AD = "Adidas|Adidas AG|adidas"
Q, Y = "2017Q2", "2017"
NI = "net_income|net_profit|net_income_continuing_operations|net_profit_continuing_operations"
GREV = "guidance_revenue_growth|revenue_growth_guidance|sales_growth_guidance|guidance_sales_growth"
GNI = "guidance_net_income|net_income_guidance|net_profit_guidance"
CO = "continuing operations"
G["en01"] = ([
    m(NI, 347e6, "EUR", AD, Q, prior=301e6, basis=CO),
    m(NI, 405e6, "USD", AD, Q, opt=True, basis=CO),                                                # ($405 million)
    m("net_income_growth|net_profit_growth", 16, "%", AD, Q, basis=CO),
    m("revenue|sales|revenues", 5.0e9, "EUR", AD, Q, basis=CO),
    m("revenue_growth|sales_growth", 20, "%", AD, Q, basis=CO),
    m("operating_profit|ebit", 505e6, "EUR", AD, Q),
    m("operating_profit_growth|ebit_growth", 18, "%", AD, Q),
    m(GREV, None, "%", AD, Y, rng=(17, 19), prng=(12, 14), basis="currency-neutral"),
    m(GREV, None, "%", AD, Y, rng=(12, 14), opt=True, basis="currency-neutral"),                    # previous guidance
    m(GNI, None, "EUR", AD, Y, rng=(1.36e9, 1.39e9), prng=(1.2e9, 1.225e9), basis=CO),
    m(GNI, None, "EUR", AD, Y, rng=(1.2e9, 1.225e9), opt=True, basis=CO),                           # earlier forecast
], [])

# ---------------------------------------------------------------- en02 London analysts' week: nine rating and target calls in pence (Daily Mail, 25-27 August 2004)
# Prose broker diary, "350p per share" / "470p a share" notation, pence scaled to pounds (1 action per broker and
# company). The year is not printed as a dateline, but Deutsche's Hilton forecast is "for 2004" -> that forecast is
# 2004; the rating actions carry no period anyway. Smith Barney "cut its price target ... but kept its 'buy' rating" ->
# cut_target buy. UBS's two cuts are reported by "dealers", and "UBS rated both stocks as 'neutral'" -> cut_target
# neutral for Capital Radio and for GWR Group ("to 284p from 294p" shares the sentence's "a share"). Seymour Pierce
# "upgraded ... to 'hold' from 'underperform'" with no target -> upgrade, no target. Numis "lifted its price target on
# ... GUS to 980p per share from 940p" names no rating -> raise_target with rating None (news13: an action that names no
# rating keeps rating None). CSFB "cut its rating ... to 'neutral' from 'outperform' and also lowered its target" ->
# downgrade with both targets. Goldman "started coverage ... with an 'outperform' rating and price target of 456p" ->
# initiate. Merrill Lynch "raised its rating on ... Dimension Data ... to 'buy' from 'neutral'" -> upgrade, no target.
# Morgan Stanley raised the Mitchells & Butlers target and "retained an 'equal-weight' rating" -> raise_target.
# Deutsche Bank's raised 2005 and 2006 EPS forecasts for GlaxoSmithKline print no figure and no rating -> not labelled.
# Deutsche's Hilton pre-tax profit forecast "of £380m, for 2004, up from a forecast of £350m" is an analyst forecast
# revised -> key metric with the old forecast as prior, basis as printed. "interim" and "next year" carry no figures.
DB = "Deutsche Bank|Deutsche"
G["en02"] = ([
    m("pretax_profit_forecast|pretax_profit_estimate|profit_before_tax_forecast", 380e6, "GBP",
      "Hilton|Hilton Group", "2004", prior=350e6, basis="before exceptional items and goodwill amortisation"),
], [
    ra("Smith Barney|Citigroup Smith Barney", "JD Wetherspoon|J D Wetherspoon|Wetherspoon", "cut_target", "buy",
       target=3.50, prior_target=4.00, cur="GBP"),
    ra("UBS", "Capital Radio", "cut_target", "neutral", target=4.70, prior_target=4.90, cur="GBP"),
    ra("UBS", "GWR Group|GWR", "cut_target", "neutral", target=2.84, prior_target=2.94, cur="GBP"),
    ra("Seymour Pierce", "Rentokil|Rentokil Initial", "upgrade", "hold", "underperform"),
    ra("Numis Securities|Numis", "GUS", "raise_target", None, target=9.80, prior_target=9.40, cur="GBP"),
    ra("Credit Suisse First Boston|CSFB|Credit Suisse", "GKN", "downgrade", "neutral", "outperform", target=2.40,
       prior_target=2.75, cur="GBP"),
    ra("Goldman Sachs|Goldman", "Associated British Ports|ABP", "initiate", "outperform", target=4.56, cur="GBP"),
    ra("Merrill Lynch|Merrill", "Dimension Data", "upgrade", "buy", "neutral"),
    ra("Morgan Stanley", "Mitchells & Butlers|Mitchells and Butlers|M&B", "raise_target", "equal-weight",
       target=2.80, prior_target=2.60, cur="GBP"),
])

# ---------------------------------------------------------------- en03 Indian brokerage calls in Rs (financetom, undated; around mid-2020)
# Indian broker list, "Rs 3,900 per share" notation -> INR. No dateline is printed; the text says "Q4 earnings",
# "April/May" and "exit from lockdown" but no year, so nothing is dated except the ARPU forecast "by FY22" -> FY2022
# (Indian fiscal year named as the text names it, news6/news17). Actions: CLSA "reiterates 'buy'" on Vodafone Idea ->
# reiterate; "has a 'sell' call" / "has a 'neutral' call" with a target -> maintain (dev corpus vocabulary); CLSA
# "downgraded ... to 'outperform' from 'buy' but raised its target to Rs 3,900 ... from Rs 3,700" -> downgrade with
# both targets (a rating change with a target moved the other way stays a downgrade, news20); "maintains 'hold' ...
# but raised target" and "has a 'buy call ... with target raised" -> raise_target with old targets. The intro's
# "Jefferies raised the target price for Britania" restates the Jefferies call (one action). The source's typos
# ("Britania", "'buy call", "target ta Rs 665", the run-on "per share Margin") are kept in the text; "Britania" is a
# company alternative. Metrics: CLSA's "mobile ARPU to grow by 30 percent by FY22" is an analyst forecast -> key;
# Jefferies' "over 20 percent growth in April/May" for Britannia keeps the stated number (hedge) -> key, basis
# "April/May", no period (no year printed). "Q1"/"Q4" carry no year -> not labelled as periods.
BRIT = "Britannia|Britannia Industries|Britania"
G["en03"] = ([
    m("arpu_growth_forecast|arpu_growth|arpu_growth_estimate", 30, "%", "Vodafone Idea|Vodafone Idea Ltd|Vi",
      "FY2022"),
    m("sales_growth|revenue_growth|growth", 20, "%", BRIT, basis="April/May"),
], [
    ra("CLSA", "Vodafone Idea|Vodafone Idea Ltd|Vi", "reiterate", "buy", target=12, cur="INR"),
    ra("CLSA", "ONGC|Oil and Natural Gas Corporation|Oil and Natural Gas Corp", "maintain", "sell", target=55,
       cur="INR"),
    ra("CLSA", BRIT, "downgrade", "outperform", "buy", target=3900, prior_target=3700, cur="INR"),
    ra("Jefferies", BRIT, "raise_target", "hold", target=3450, prior_target=2800, cur="INR"),
    ra("Jefferies", "HDFC|Housing Development Finance Corporation|Housing Development Finance Corp", "raise_target",
       "buy", target=2110, prior_target=2000, cur="INR"),
    ra("Edelweiss Securities|Edelweiss", "JSPL|Jindal Steel and Power|Jindal Steel & Power", "raise_target", "buy",
       target=155, prior_target=135, cur="INR"),
    ra("Credit Suisse", "Aurobindo|Aurobindo Pharma", "maintain", "neutral", target=665, cur="INR"),
    ra("Credit Suisse", "BPCL|Bharat Petroleum|Bharat Petroleum Corporation", "maintain", "neutral", target=305,
       cur="INR"),
])

# ---------------------------------------------------------------- en04 Statistics Canada Labour Force Survey, August 2023 (canadaletter.ca, 2023; CAD)
# Macro release with "(+N; +x%)" pairs. "August this year" with the headline's "August 2023" -> period 2023-08 for
# every August figure. Each group, industry and province is its own entity (news5: sub-groups are their own
# entities); the national rows take "Canada". Job changes in "jobs", population in "people", self-employed in
# "workers"; declines negative ("-27,000; -1.3%"). "fell 0.1 percentage points to 61.9%" -> rate 61.9 key and the
# -0.1 pp change key. The unemployment rate "held unchanged at 5.5%" -> rate key with no prior (the text states no
# separate earlier value), and a 0 pp change optional (news16: "flat" with no number is an optional 0). "Average hourly
# wages were up 4.9% year over year (+$1.56 to $33.47) in August, after increasing 5.0% in July": growth 4.9 key with
# July's 5.0 as prior (same-sentence earlier value, news7) and July's 5.0 also an optional row (2023-07); the $1.56 and
# $33.47 are the absolute change and level (not a conversion) -> key, "$" in a Statistics Canada release = CAD. Hours
# worked "rose 0.5% in August" (m/m) and "up 2.6% on a year-over-year basis" -> two key rows (basis m/m / yoy). "57.8%
# ... a larger proportion than 12 months earlier (53.4%)" -> key with prior 53.4, the earlier share also optional
# (2022-08); the bracketed method note goes in basis. "More than one-third" of multiple jobholders -> optional 33.3 %
# (a fraction in words with a hedge, incidental). Not labelled: ages 15 / 25 to 54 / 55, "three consecutive" and
# "nine months" (counts of months).
CA = "Canada|Canadian economy|Canadian labour market"
P = "2023-08"
EC = "employment_change|job_change|jobs_added|net_change_in_employment"
EG = "employment_growth|employment_change_pct|employment_change_percent"
G["en04"] = ([
    m(EC, 40000, "jobs", CA, P),
    m(EG, 0.2, "%", CA, P),
    m("population_change|population_growth_count", 103000, "people", CA, P),
    m("population_growth|population_change_pct", 0.3, "%", CA, P),
    m("employment_rate", 61.9, "%", CA, P),
    m("employment_rate_change", -0.1, "pp", CA, P),
    m("unemployment_rate|jobless_rate", 5.5, "%", CA, P),
    m("unemployment_rate_change|jobless_rate_change", 0, "pp", CA, P, opt=True),                 # "unchanged"
    m(EC, 33000, "jobs", "core-aged men|men aged 25 to 54", P),
    m(EG, 0.5, "%", "core-aged men|men aged 25 to 54", P),
    m(EC, 21000, "jobs", "core-aged women|women aged 25 to 54", P),
    m(EG, 0.3, "%", "core-aged women|women aged 25 to 54", P),
    m(EC, -27000, "jobs", "women aged 55 and older", P),
    m(EG, -1.3, "%", "women aged 55 and older", P),
    m(EC, 32000, "jobs", "female youth|young women", P),
    m(EG, 2.4, "%", "female youth|young women", P),
    m(EC, -29000, "jobs", "male youth|young men", P),
    m(EG, -2.1, "%", "male youth|young men", P),
    m(EC, 52000, "jobs", "professional, scientific and technical services", P),
    m(EG, 2.8, "%", "professional, scientific and technical services", P),
    m(EC, 34000, "jobs", "construction", P),
    m(EG, 2.2, "%", "construction", P),
    m(EC, -44000, "jobs", "educational services|education", P),
    m(EG, -2.9, "%", "educational services|education", P),
    m(EC, -30000, "jobs", "manufacturing", P),
    m(EG, -1.6, "%", "manufacturing", P),
    m(EC, 18000, "jobs", "Alberta", P),
    m(EG, 0.7, "%", "Alberta", P),
    m(EC, 12000, "jobs", "British Columbia|BC", P),
    m(EG, 0.4, "%", "British Columbia|BC", P),
    m(EC, 1800, "jobs", "Prince Edward Island|PEI", P),
    m(EG, 2.0, "%", "Prince Edward Island|PEI", P),
    m(EC, -3600, "jobs", "Nova Scotia", P),
    m(EG, -0.7, "%", "Nova Scotia", P),
    m("self_employed_change|self_employment_change|employment_change", 50000, "workers",
      "self-employed workers|self-employed", P),
    m("self_employed_growth|self_employment_growth|employment_growth", 1.9, "%",
      "self-employed workers|self-employed", P),
    m("average_hourly_wage_growth|wage_growth|average_hourly_wages_growth", 4.9, "%", CA, P, prior=5.0, basis="yoy"),
    m("average_hourly_wage_growth|wage_growth|average_hourly_wages_growth", 5.0, "%", CA, "2023-07", opt=True,
      basis="yoy"),                                                                                  # July
    m("average_hourly_wage_change|wage_change", 1.56, "CAD", CA, P, basis="yoy"),
    m("average_hourly_wage|average_hourly_wages|wage", 33.47, "CAD", CA, P),
    m("hours_worked_growth|total_hours_worked_growth|hours_worked_change", 0.5, "%", CA, P, basis="m/m"),
    m("hours_worked_growth|total_hours_worked_growth|hours_worked_change", 2.6, "%", CA, P, basis="yoy"),
    m("unemployment_persistence|share_remaining_unemployed|unemployed_share", 57.8, "%", CA, P, prior=53.4,
      basis="three-month moving averages, not seasonally adjusted"),
    m("unemployment_persistence|share_remaining_unemployed|unemployed_share", 53.4, "%", CA, "2022-08", opt=True,
      basis="three-month moving averages, not seasonally adjusted"),                               # 12 months earlier
    m("share_of_multiple_jobholders|multiple_jobholders_share", 33.3, "%", CA, P, opt=True),       # "more than one-third"
], [])

# ---------------------------------------------------------------- en05 Australian close: ASX 200 above 6300, BHP shale sale, AMP warning, banks, oil (Mercury, Hobart, 28 July 2018; AUD)
# Australian market wrap: no periods (market-wrap levels and moves), "$" is AUD and "76c" is 0.76 AUD. Index move in
# points and %, and level, key for the ASX 200 and the All Ordinaries. "closed above 6300 points for the first time in
# more than a decade" and "had not closed above 6300 points since early January 2008" name a round threshold, not a
# reading -> one optional row (basis "threshold"); "January 2008", "2013", "four straight months" are dates or counts.
# The week's "added 14 points" and July's "climbed 1.7 per cent" are key index moves over their spans (basis "week" /
# "July"; no year printed -> no period). Company movers: move and closing price key (as the wraps of the development
# corpus); "National Australia Bank 1 per cent to $28.40" -> +1 %. AMP's warning that "first-half underlying profit
# would fall by as much as 11 per cent" keeps the stated bound -> -11 % (hedge keeps the number), basis "underlying",
# no period (first half with no year, news4); the "about $290 million" set aside for refunds and compensation is key.
# The financial sector's 1 per cent gain is a key sector move. "Big Four" is a name; Facebook's plunge has no number.
ASX = "ASX 200|S&P/ASX 200|S&P/ASX200|ASX200|benchmark index"
AORD = "All Ordinaries|All Ords|XAO"
IC, ICP, IL = "index_change|index_points_change", "index_change_pct|index_change|index_return", "index_level|close"
PC, PX = "price_change|share_price_change", "price|share_price|close_price"
G["en05"] = ([
    m(IC, 55.7, "points", ASX), m(ICP, 0.9, "%", ASX), m(IL, 6300.2, "points", ASX),
    m(IC, 53.9, "points", AORD), m(ICP, 0.8, "%", AORD), m(IL, 6391.5, "points", AORD),
    m(IL, 6300, "points", ASX, opt=True, basis="threshold"),                                        # "above 6300 points"
    m(IC, 14, "points", ASX, basis="week"),
    m(ICP, 1.7, "%", ASX, basis="July"),
    m(PC, 0.76, "AUD", "BHP|BHP Billiton"), m(PC, 2.3, "%", "BHP|BHP Billiton"),
    m(PX, 34.40, "AUD", "BHP|BHP Billiton"),
    m("guidance_underlying_profit_growth|underlying_profit_growth|profit_growth|profit_warning", -11, "%",
      "AMP|AMP Ltd", basis="underlying"),
    m("provision|remediation_provision|compensation_provision|charge", 290e6, "AUD", "AMP|AMP Ltd"),
    m(PC, -5.2, "%", "AMP|AMP Ltd"), m(PX, 3.30, "AUD", "AMP|AMP Ltd"),
    m("sector_change|index_change_pct|price_change", 1, "%", "financial sector|financials|ASX financials"),
    m(PC, 1.6, "%", "ANZ|ANZ Bank|Australia and New Zealand Banking Group"),
    m(PX, 29.48, "AUD", "ANZ|ANZ Bank|Australia and New Zealand Banking Group"),
    m(PC, 1, "%", "National Australia Bank|NAB"), m(PX, 28.40, "AUD", "National Australia Bank|NAB"),
    m(PC, 1.1, "%", "Westpac|Westpac Banking Corp"), m(PX, 29.47, "AUD", "Westpac|Westpac Banking Corp"),
    m(PC, 0.7, "%", "Commonwealth Bank|Commonwealth Bank of Australia|CBA"),
    m(PX, 75.36, "AUD", "Commonwealth Bank|Commonwealth Bank of Australia|CBA"),
    m(PC, 2.1, "%", "Woodside Petroleum|Woodside"), m(PX, 35.63, "AUD", "Woodside Petroleum|Woodside"),
    m(PC, 1.1, "%", "Santos|Santos Ltd"), m(PX, 6.38, "AUD", "Santos|Santos Ltd"),
], [])

# ---------------------------------------------------------------- en06 Alibaba's New York debut (RTE, 19 September 2014; USD)
# IPO debut. The text prints no year ("Friday", "last year", "12 months to the end of March") -> no periods. "$" is USD
# (NYSE listing). The headline's "38%" repeats the body's exactly -> one key row, no headline row. Key: first-day gain,
# opening price, intraday high (basis "intraday high"), close, volume of 271 million shares ("Some" keeps the number),
# the $21.8 billion initially raised, the 48 million over-allotment shares, the IPO size of "about $25 billion" with the
# option (hedge keeps the number; basis "including over-allotment option"), the $3.7 billion earned in the 12 months to
# March (basis as printed) and its rise of "about $2 billion" (the earlier level is not printed, not computed), the
# $231 billion market value and the valuation multiples: Alibaba 39 times estimated current-fiscal-year EPS (forward
# P/E), Facebook 39 times forward earnings and Amazon.com's 264 (comparison figures belonging to those companies).
# "80% of online sales in China" describes the company's market position -> optional. Not labelled: 1999 (founding
# year), "next week or two" (time), "twice the turnover" of Twitter (a ratio in words with no base figure printed).
ALI = "Alibaba|Alibaba Group Holding|Alibaba Group|BABA"
G["en06"] = ([
    m("price_change|first_day_gain|share_price_change", 38, "%", ALI),
    m("open_price|opening_price|price", 92.70, "USD", ALI),
    m("intraday_high|high|price", 99.70, "USD", ALI, basis="intraday high"),
    m("close_price|closing_price|price", 93.89, "USD", ALI),
    m("trading_volume|volume|shares_traded", 271e6, "shares", ALI),
    m("ipo_proceeds|ipo_size|funds_raised|amount_raised", 21.8e9, "USD", ALI),
    m("over_allotment_shares|greenshoe_shares|additional_shares", 48e6, "shares", ALI),
    m("ipo_proceeds|ipo_size|funds_raised|amount_raised", 25e9, "USD", ALI, basis="including over-allotment option"),
    m("market_share|share_of_online_sales", 80, "%", ALI, opt=True),
    m("net_income|net_profit|earnings", 3.7e9, "USD", ALI, basis="12 months to the end of March"),
    m("net_income_change|earnings_increase|net_income_growth", 2e9, "USD", ALI, basis="12 months to the end of March"),
    m("market_value|market_cap|market_capitalisation", 231e9, "USD", ALI),
    m("forward_pe|pe_ratio|valuation_multiple", 39, "x", ALI),
    m("forward_pe|pe_ratio|valuation_multiple", 39, "x", "Facebook"),
    m("pe_ratio|valuation_multiple|forward_pe", 264, "x", "Amazon.com|Amazon"),
], [])
