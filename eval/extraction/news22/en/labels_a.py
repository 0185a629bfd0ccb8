# Hand-written gold labels for news22/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor run.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news21/en/README.md (values fully
# scaled, declines and losses negative, a hedge or bound keeps the stated number, a same-sentence "X from Y" / "X
# versus Y a year earlier" value of the same quantity is the prior, a revised guidance keeps the old range as prng and
# as an optional row of its own (news20/news21), periods only where the text states or clearly implies the year,
# market moves carry no period, broker targets only in rating actions, a bracketed currency conversion an optional row
# (the dev corpus, news20), rounded restatements and summaries of the rows optional, divisions and sub-markets their
# own entities (news5)).

# ---------------------------------------------------------------- en01 QBE first half: profit, GWP, combined operating ratios (insurancenews.com.au; no year printed; USD with AUD in brackets)
# Insurer's results in an Australian trade outlet: "$US400 million" is USD and the bracketed bare "$611 million" is the
# AUD conversion (Australian copy, news21 en05: a bare "$" in Australian copy is AUD) -> optional rows, with the
# converted year-ago value as their prior. The text prints no year ("first half", "year-earlier period", "this
# morning") -> no periods. Net profit "has risen to $US400 million ... from $US48 million" -> prior. GWP "up 13% at
# $US12.8 billion" -> level and growth key; "renewal rate increases of 10.2%" -> key (premium-rate change, a key
# insurance figure). Group COR "to 98.8% from 94.9%" -> prior; each division's COR (North America, Australia Pacific,
# International) is its own entity with its prior. Investment income "$US662 million ... against a prior loss of
# $US20 million" -> prior -20e6 (a loss is negative; "prior" = the year-earlier period of the same quantity); the
# bracketed "$1 billion" / "$30.6 million" AUD conversions optional. "six strategic priorities" is a count of aims,
# not a metric; "winter storm Elliott" carries no figure.
QBE = "QBE|QBE Insurance Group|QBE Insurance|QBE Insurance Group Ltd"
NP = "net_profit|net_income|profit"
GWP = "gross_written_premium|gwp|gross_written_premiums"
COR = "combined_operating_ratio|combined_ratio|cor"
INV = "investment_income|total_investment_income|net_investment_income"
G["en01"] = ([
    m(NP, 400e6, "USD", QBE, prior=48e6),
    m(NP, 611e6, "AUD", QBE, prior=73e6, opt=True),                                                # ($611 million)
    m(GWP, 12.8e9, "USD", QBE),
    m(GWP, 19.6e9, "AUD", QBE, opt=True),                                                          # ($19.6 billion)
    m("gwp_growth|gross_written_premium_growth|premium_growth", 13, "%", QBE),
    m("renewal_rate_increase|premium_rate_increase|rate_increase", 10.2, "%", QBE, basis="group-wide"),
    m(COR, 98.8, "%", QBE, prior=94.9),
    m(INV, 662e6, "USD", QBE, prior=-20e6),
    m(INV, 1e9, "AUD", QBE, prior=-30.6e6, opt=True),                                              # ($1 billion)
    m(COR, 106.9, "%", "QBE North America|North America", prior=95.9),
    m(COR, 98.9, "%", "QBE Australia Pacific|Australia Pacific", prior=92.9),
    m(COR, 93.2, "%", "QBE International|International division|International", prior=95.4),
], [])

# ---------------------------------------------------------------- en02 Brokers cut Infosys targets after Q4 (growmudra, 15 Apr 2022; INR)
# Several brokers on one company the day after its results. "Rs2,050" / "Rs 1,970" -> INR. Each broker's new target
# "from" its old one -> cut_target with the rating it keeps: Jefferies "kept its 'buy' rating" -> buy; Morgan Stanley
# "kept an overweight stance" -> overweight; JP Morgan "kept its overweight rating" -> overweight; Citi "with a 'buy'
# rating" -> buy; Investec "kept a hold ... lowered from Rs 1,790" -> cut_target hold. CLSA "has kept 'buy' with a
# target price of Rs 2,040" names no old target -> maintain (dev-corpus vocabulary, news21 en03). The intro's "lowered
# their target prices ... by 4-7 percent" summarises the six actions -> one optional range row (news21 batch b: a
# summary of revisions is optional), negative because they are cuts. Estimate cuts: Jefferies "trimmed its FY23 and
# FY24 earnings estimates by 3-6%" -> one key range row (-6, -3) with both years in the basis and period None (one
# range spans two fiscal years, news16 / news21 batch b for multi-year spans), broker in the basis; JP Morgan's "5-7%
# reduction in its estimates" -> key range (-7, -5), no years printed. Market moves: the ADRs "slid 6%" -> key -6
# (entity the ADRs, with Infosys as an alternative); the BSE close "up 0. 4% at Rs 1. 748. 65" -> key +0.4 % and key
# close 1748.65 INR (the source's odd spacing and dots kept in the text; the value read as Rs 1,748.65). Jefferies'
# historical pattern ("a 10% discountto TCS ... beaten TCS by 10% over the next 12 months") is a conditional
# back-test -> two optional rows. The dateline "15 Apr , 2022" dates nothing that is labelled (moves carry no period;
# the "fourth quarter" and "FY23 growth guidance" carry no figure). "12 months" is a span.
INFY = "Infosys|Infosys Ltd|INFY"
EST = "earnings_estimate_change|eps_estimate_change|estimate_cut|earnings_estimate_cut"
G["en02"] = ([
    m("target_price_change|price_target_change", None, "%", INFY, rng=(-7, -4), opt=True,
      basis="brokerages' target cuts"),                                                            # 4-7 percent
    m("price_change|share_price_change|adr_price_change", -6, "%",
      "Infosys ADR|Infosys ADRs|American Depository Receipts of Infosys|" + INFY),
    m("price_change|share_price_change", 0.4, "%", INFY),
    m("close_price|closing_price|price|share_price", 1748.65, "INR", INFY),
    m(EST, None, "%", INFY, rng=(-6, -3), basis="Jefferies, FY23 and FY24"),
    m("valuation_discount|discount_to_peer|discount", 10, "%", INFY, opt=True, basis="Jefferies, versus TCS"),
    m("relative_outperformance|outperformance", 10, "%", INFY, opt=True,
      basis="Jefferies, versus TCS over the following 12 months"),
    m(EST, None, "%", INFY, rng=(-7, -5), basis="JP Morgan"),
], [
    ra("Jefferies", INFY, "cut_target", "buy", target=2050, prior_target=2135, cur="INR"),
    ra("Morgan Stanley", INFY, "cut_target", "overweight", target=1970, prior_target=2050, cur="INR"),
    ra("JP Morgan|JPMorgan|J.P. Morgan", INFY, "cut_target", "overweight", target=2200, prior_target=2300, cur="INR"),
    ra("Citi|Citigroup", INFY, "cut_target", "buy", target=2010, prior_target=2155, cur="INR"),
    ra("CLSA", INFY, "maintain", "buy", target=2040, cur="INR"),
    ra("Investec", INFY, "cut_target", "hold", target=1705, prior_target=1790, cur="INR"),
])

# ---------------------------------------------------------------- en03 Bank of Thailand cuts 25 bp to 1.25%; GDP, CPI and core projections 2025-2027 (RTTNews; decision year not printed)
# Central-bank decision outside the US. The decision is dated only "on Wednesday" -> no period (news21 batch b). Cut
# "by 25 basis points to 1.25 percent from 1.50 percent" -> rate_change -25 bp key and the new level with the old as
# prior key; the lead's "a quarter-point" restates the move -> optional -0.25 pp (dev corpus: the same move in another
# unit is optional). "unanimously" prints no count -> nothing. The earlier 25 bp cuts "in each of August, April and
# February" are past decisions with no year printed -> three optional rows (basis the month). Projections: GDP 2.2 %
# 2025, 1.5 % "next year", 2.3 % 2027; headline CPI -0.1 % 2025 ("fall 0.1 percent" -> negative), 0.3 % "next year",
# 1.0 % 2027; core 0.8 % in 2025 and in 2026, 1.0 % 2027 -> nine key forecast rows. "next year" sits between 2025 and
# 2027 in the same sentence and the paragraph opens "Growth is forecast to ease in 2026" -> clearly 2026. "the first
# half of 2027" is the date inflation returns to target (no figure). The "second half of the year" slowdown prints no
# figure.
BOT = "Bank of Thailand|BOT|BoT|Thailand|Thai central bank"
TH = "Thailand|Thai economy|Thai"
GDPF = "gdp_growth_forecast|gdp_forecast|growth_forecast|gdp_growth"
CPIF = "inflation_forecast|headline_inflation_forecast|cpi_forecast|consumer_price_forecast|inflation"
CORE = "core_inflation_forecast|core_inflation"
RC = "rate_change|policy_rate_change"
G["en03"] = ([
    m(RC, -25, "bp", BOT),
    m("policy_rate|interest_rate|key_rate", 1.25, "%", BOT, prior=1.50),
    m(RC, -0.25, "pp", BOT, opt=True),                                                             # "a quarter-point"
    m(RC, -25, "bp", BOT, opt=True, basis="August"),
    m(RC, -25, "bp", BOT, opt=True, basis="April"),
    m(RC, -25, "bp", BOT, opt=True, basis="February"),
    m(GDPF, 2.2, "%", TH, "2025"),
    m(GDPF, 1.5, "%", TH, "2026"),
    m(GDPF, 2.3, "%", TH, "2027"),
    m(CPIF, -0.1, "%", TH, "2025"),
    m(CPIF, 0.3, "%", TH, "2026"),
    m(CPIF, 1.0, "%", TH, "2027"),
    m(CORE, 0.8, "%", TH, "2025"),
    m(CORE, 0.8, "%", TH, "2026"),
    m(CORE, 1.0, "%", TH, "2027"),
], [])

# ---------------------------------------------------------------- en04 Occidental first quarter output, realised prices, raised 2015 guidance (Argus via Oreanda-News, 2015; USD)
# Energy producer's quarterly production story. The headline's "2015 output guidance" and "last year's rate" date the
# guidance 2015 and last year's rate 2014; the "first quarter" results are those of the guidance year -> 2015Q1
# (clearly implied). "raised its output guidance ... by about 40pc" -> key guidance change +40 % (hedge keeps the
# number); the guidance "output growth of between 60,000 and 80,000 b/d of oil equivalent (boe/d) above last year's
# rate of 591,000 boe/d" -> key range (unit boe/d, a daily rate, news18) with no prior (the earlier range is not
# printed; "20,000 boe/d above its earlier guidance" is a key change row of its own and the old range is not
# computed), and the 2014 rate key. "$60/bl crude" is the cash-flow planning assumption -> key oil-price assumption
# (USD, basis per barrel). "Oil has climbed nearly 35pc from the year's lows" is market background in a company story
# -> optional (news21 batch b: a benchmark's move in a results story is optional), no period. Output "rose by 72,000
# boe/d, or 13pc, to 645,000 boe/d from 573,000 boe/d a year earlier" -> level with prior, the change in boe/d and the
# % all key, basis "excluding Hugoton". US output "grew by 24,000 boe/d to 326,000 boe/d" and oil "by 25,000 b/d to
# 198,000 b/d" (unit b/d, oil only) -> level and change key (earlier levels not printed, not computed). Permian "to
# 98,000 boe/d from 67,000" and midcontinent/other "to 83,000 boe/d from 90,000" -> own entities with priors.
# Realised prices "$43.66/bl for US crude, against $92.56/bl a year earlier" and NGLs "$17.32/bl against $42.06/bl"
# -> key USD rows with basis per barrel and the year-earlier price as prior. The source page escaped every dollar sign
# as "\$" (a markup artifact, not the publisher's notation) -> written "$" in the text. EOG Resources carries no figure.
OXY = "Occidental|Occidental Petroleum|Oxy|OXY"
Q = "2015Q1"
PROD = "production|output|oil_and_gas_production|average_production"
PCH = "production_change|output_change|production_increase"
RP = "realised_price|realized_price|average_realised_price|average_realized_price|price"
G["en04"] = ([
    m("guidance_production_change|production_guidance_change|guidance_raise|output_guidance_change", 40, "%", OXY,
      "2015"),
    m("guidance_production_growth|production_growth_guidance|output_growth_guidance|guidance_output_growth", None,
      "boe/d", OXY, "2015", rng=(60000, 80000), basis="over last year's rate"),
    m(PROD, 591000, "boe/d", OXY, "2014"),
    m("guidance_production_change|production_guidance_change|guidance_raise|output_guidance_change", 20000, "boe/d",
      OXY, "2015", basis="versus previous guidance"),
    m("oil_price_assumption|crude_price_assumption|price_assumption", 60, "USD", OXY, basis="per barrel"),
    m("price_change|oil_price_change|commodity_price_change", 35, "%", "oil|crude oil|crude", opt=True,
      basis="from the year's lows in March"),
    m(PROD, 645000, "boe/d", OXY, Q, prior=573000, basis="excluding Hugoton"),
    m(PCH, 72000, "boe/d", OXY, Q, basis="excluding Hugoton"),
    m("production_growth|output_growth", 13, "%", OXY, Q, basis="excluding Hugoton"),
    m(PROD, 326000, "boe/d", "Occidental US|US|" + OXY, Q),
    m(PCH, 24000, "boe/d", "Occidental US|US|" + OXY, Q),
    m("oil_production|oil_output|production|output", 198000, "b/d", "Occidental US oil|US oil|" + OXY, Q),
    m("oil_production_change|oil_output_change|production_change", 25000, "b/d", "Occidental US oil|US oil|" + OXY, Q),
    m(PROD, 98000, "boe/d", "Permian|Occidental Permian|Permian Basin", Q, prior=67000),
    m(PROD, 83000, "boe/d", "midcontinent and other areas|midcontinent|Occidental midcontinent", Q, prior=90000),
    m(RP, 43.66, "USD", "US crude|Occidental US crude|" + OXY, Q, prior=92.56, basis="per barrel"),
    m(RP, 17.32, "USD", "natural gas liquids|NGLs|NGL|Occidental NGLs", Q, prior=42.06, basis="per barrel"),
], [])

# ---------------------------------------------------------------- en05 Tesla China-made sales, China deliveries, exports and NEV share in January (CnEVPost, no year printed)
# Carmaker's monthly sales with m/m and y/y changes and market share. The passage prints no year ("January",
# "December", "the same month last year") -> no periods; December levels carry basis "December" to tell them apart.
# The stored page opens with a cut fragment ("'s deliveries in China in January were down 36 percent ...") and no
# headline; the passage starts at the next sentence. Where a January level is compared both with December and with
# the same month last year ("26,843 ..., down 35.98 percent from 41,926 in December but up 38.75 percent from 19,346
# in the same month last year"), the year-ago level is the level's prior (the same month a year earlier, the corpus's
# y/y comparison) and December's level is its own key row (an earlier-period figure in its own clause, dev corpus);
# both % changes are key (basis m/m, y/y). The same for exports (13,870 December row; 40,499 prior) and for total
# China-made sales (55,796 December row; 59,845 prior). The second "66,051 China-made vehicles" repeats the lead exactly
# -> no row of its own. "39,208 of them exported" is the January export level (prior 40,499 from the exports
# sentence). NEV retail sales of 332,000 belong to the Chinese NEV market; Tesla's share "8.09 percent ..., up from
# 6.55 percent in December" -> prior. Model Y 40,903 and Model 3 25,148 "units" key (unit as printed). "January 6",
# "January 21-27", "three months" and "second price cut" are dates and counts.
TSLA = "Tesla|Tesla China|Tesla Shanghai|Tesla Inc|TSLA"
CMS = "china_made_sales|sales|vehicle_sales|wholesale_sales"
DEL = "deliveries|china_deliveries|domestic_deliveries|retail_sales|sales"
EXP = "exports|export_sales|vehicle_exports"
G["en05"] = ([
    m(CMS, 66051, "vehicles", TSLA, prior=59845),
    m(EXP, 39208, "vehicles", TSLA, prior=40499),
    m(DEL, 26843, "vehicles", TSLA, prior=19346),
    m("deliveries_change|deliveries_growth|sales_change", -35.98, "%", TSLA, basis="m/m"),
    m(DEL, 41926, "vehicles", TSLA, basis="December"),
    m("deliveries_change|deliveries_growth|sales_change", 38.75, "%", TSLA, basis="y/y"),
    m("nev_retail_sales|retail_sales|sales", 332000, "vehicles",
      "China NEV market|Chinese NEV market|China new energy vehicles|China|NEVs"),
    m("market_share|nev_market_share|share", 8.09, "%", TSLA, prior=6.55, basis="Chinese NEV market"),
    m("exports_change|export_growth|exports_growth", 182.68, "%", TSLA, basis="m/m"),
    m(EXP, 13870, "units", TSLA, basis="December"),
    m("exports_change|export_growth|exports_growth", -3.19, "%", TSLA, basis="y/y"),
    m("sales_change|sales_growth|china_made_sales_growth", 18.38, "%", TSLA, basis="m/m"),
    m(CMS, 55796, "vehicles", TSLA, basis="December"),
    m("sales_change|sales_growth|china_made_sales_growth", 10.37, "%", TSLA, basis="y/y"),
    m("sales|model_sales|vehicle_sales", 40903, "units", "Model Y|Tesla Model Y|China-made Model Y"),
    m("sales|model_sales|vehicle_sales", 25148, "units", "Model 3|Tesla Model 3|China-made Model 3"),
], [])

# ---------------------------------------------------------------- en06 Downer EDI profit warning, managing director out, shares -18.69% (Reuters via NZ Herald, 2007; AUD, NZD in brackets)
# Profit warning with the old range and the new figure and the share reaction. The full year is "fiscal 2007" (printed)
# -> FY2007 for the new profit forecast, the old forecast, the consensus and the revenue forecast; "the previous
# year" -> FY2006. New forecast "A$101.5 ($114) million ... against its earlier forecast of between A$157 million
# and A$160 million" -> key point forecast with the old range as prng, the old range also an optional row (news20,
# news21); the bracketed "$114" in New Zealand copy is the NZD conversion -> optional NZD row (decided here: a bare
# "$" in a New Zealand outlet's bracket after A$ is NZD, as a bare "$" in Australian copy is AUD). "as much as 37 per
# cent below earlier expectations" -> key -37 % (bound kept). "a A$25 million loss the previous year" -> key -25e6
# (loss negative), FY2006. Consensus A$171.433 million -> key estimate row. Revenue "forecast 15 per cent rise to A$5.4
# billion" -> key growth and level guidance rows. Shares "plunged more than 18 per cent in early trading" is the rounded
# early restatement of the lunchtime -18.69 % -> optional; the lunchtime move -A$1.31 / -18.69 % and the A$5.70 price
# key; the prior close "A$7.01 on Tuesday" -> key (basis previous close); "a volume of 3.4 million" -> key shares.
# Underlying profit "in line with earlier guidance" prints no figure. Market moves carry no period.
DOW = "Downer EDI|Downer EDI Ltd|Downer|DOW"
FY = "FY2007"
GNP = "guidance_net_profit|net_profit_forecast|net_profit_guidance|guidance_net_income|net_profit"
G["en06"] = ([
    m("guidance_net_profit_change|profit_downgrade|net_profit_change|profit_warning", -37, "%", DOW, FY,
      basis="versus previous expectations"),
    m(GNP, 101.5e6, "AUD", DOW, FY, prng=(157e6, 160e6), basis="after tax"),
    m(GNP, 114e6, "NZD", DOW, FY, opt=True, basis="after tax"),                                    # ($114)
    m(GNP, None, "AUD", DOW, FY, rng=(157e6, 160e6), opt=True, basis="after tax"),                # previous forecast
    m("net_profit|net_income|net_loss", -25e6, "AUD", DOW, "FY2006"),
    m("net_profit_consensus|net_profit_estimate|consensus_net_profit", 171.433e6, "AUD", DOW, FY),
    m("guidance_revenue_growth|revenue_growth_forecast|revenue_growth", 15, "%", DOW, FY),
    m("guidance_revenue|revenue_forecast|revenue", 5.4e9, "AUD", DOW, FY),
    m("price_change|share_price_change", -18, "%", DOW, opt=True, basis="early trading"),           # "more than 18"
    m("previous_close|close_price|price", 7.01, "AUD", DOW, basis="previous close"),
    m("price_change|share_price_change", -1.31, "AUD", DOW),
    m("price_change_pct|price_change|share_price_change", -18.69, "%", DOW),
    m("price|share_price", 5.70, "AUD", DOW),
    m("trading_volume|volume|shares_traded", 3.4e6, "shares", DOW),
], [])
