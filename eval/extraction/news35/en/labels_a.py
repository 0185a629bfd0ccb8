# Hand-written gold labels for news35/en en01-en06 (batch a). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code run (only build_labels.py, to build the gold file), and no other batch's texts read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news34/en/README.md (values fully
# scaled, declines and losses negative, currency codes ("GBP595 million" -> GBP, pence scaled to the pound ("7.5 pence"
# -> 0.075 GBP, "1,220p" -> 12.20 GBP), "billion yen" -> JPY, "$" on US and oil pages -> USD), bracketed currency
# conversions optional, a hedge or bound keeps the stated number ("more than $3.5 billion" -> 3.5e9, "above 14%" -> 14,
# "around 32 million bpd" -> 32e6), ranges as rng, a same-sentence "X from Y" / "Y previously" / "than ... Y" value of
# the same quantity is the prior, and a "from" value whose own period the text names ("a year earlier", "a year
# before", "in July", "July's") is also an optional row of its own (news30 batch b), a revised forecast takes its
# earlier forecast as prior and as an optional row (news25), periods only where the text states or clearly implies the
# year (news24), a fiscal year named as the text names it, else by the year it ends in (news17: "the current fiscal
# year ending March 31, 2017" -> FY2017, its "fiscal second quarter ended Sept. 30" -> FY2017Q2), "first eight months"
# of a year as YYYY-01..08 (news33), market moves and levels and weekly stock figures carry no period (news29),
# consensus figures key (news23), barrels as a count noun and barrels per day as "b/d" (news22, news29), brokers'
# targets and ratings only in rating actions (a target raised with the rating kept or reiterated is raise_target),
# a percentage target change a key metric, ratings normalised lower-case, quotes kept verbatim in the texts).

# ---------------------------------------------------------------- en01 Intel's quarter: DCG revenue +4 % to $6.4 billion against a FactSet-expected -8.5 % to $5.62 billion, AI-driven data-centric revenue above $3.5 billion in 2019 (+20 %), shares up as much as 8 % / last +3.8 % after hours after a 1 % rise to $52.23, Dow -0.1 %, S&P 500 +0.2 %, Nasdaq +0.8 %, PHLX Semiconductor +2.5 %, client-computing $9.7 billion against $9.6 billion expected, Q4 guidance adjusted EPS $1.24 / revenue $19.2 billion and raised full-year $4.60 / $71 billion against $1.21 / $18.83 billion and $4.39 / $69.44 billion (MarketWatch copy via trueviralnews, 2019; USD)
# A US technology company's quarterly results with segment revenue, guidance and the after-hours move. The stored
# text has no headline (none added); its bare "By" byline was dropped; the passage stops before the last paragraph,
# a quotation that the stored page cuts mid-sentence ("... but that growth hasn't been sufficient"). Period: the CEO's
# quoted "in 2019" for the year's expected AI revenue makes "the year" 2019 and "the fourth quarter" 2019Q4 (Intel's
# year is the calendar year; the text never says "fiscal"). The reported quarter is never named ("quarterly
# results", the Street "expecting a drop"), so its segment rows carry no period (basis "quarter"). Moves: "last up
# 3.8% in the extended session" key (basis extended session), "surged as much as 8% after hours" optional (intraday
# extreme), "a 1% rise in the regular session to close at $52.23" -> key move and key close; the four index moves key
# on their own entities (the "500" is part of a name). DCG "rose 4% to $6.4 billion, while the Street was expecting a
# drop of 8.5% to $5.62 billion" -> key level and growth, key consensus level and key negative consensus growth (no
# prior: the Street's figure is an estimate, not an earlier value). The CEO's "more than $3.5 billion in AI-driven
# data-centric revenue in 2019, up more than 20%" -> key forecast 3.5e9 and key growth 20 (bounds keep the number),
# 2019. Client-computing "came in at $9.7 billion, while analysts expected $9.6 billion" -> key level and key
# consensus. Outlook: Q4 adjusted EPS $1.24 and revenue about $19.2 billion key (2019Q4); "hiked its outlook to
# adjusted earnings of $4.60 a share on revenue of about $71 billion for the year" -> key full-year guidance (2019),
# no prior (the earlier outlook is not printed). Analysts' Q4 and full-year EPS and revenue forecasts -> four key
# consensus rows. "the best quarter in its history" carries no figure.
INTC = "Intel|Intel Corp.|Intel Corporation|INTC"
DCG = "Intel data-center group|data-center group|DCG|data center group|Intel"
CCG = "Intel client-computing|client-computing|client computing group|CCG|traditional PC group|Intel"
GEPS = "guidance_eps|eps_guidance|eps_forecast|guidance_adjusted_eps"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast"
EC = "eps_consensus|eps_estimate|eps_forecast_analysts"
RC = "revenue_consensus|revenue_estimate"
G["en01"] = ([
    m("price_change|share_price_change|after_hours_change", 3.8, "%", INTC, basis="extended session, last"),
    m("price_change|share_price_change|after_hours_change|intraday_change", 8, "%", INTC, opt=True,
      basis="as much as, after hours"),
    m("price_change|share_price_change", 1, "%", INTC, basis="regular session"),
    m("price|close_price|share_price", 52.23, "USD", INTC, basis="regular-session close"),
    m("index_change", -0.1, "%", "Dow Jones Industrial Average|Dow|DJIA"),
    m("index_change", 0.2, "%", "S&P 500|S&P 500 index|S&P"),
    m("index_change", 0.8, "%", "Nasdaq Composite Index|Nasdaq Composite|Nasdaq"),
    m("index_change", 2.5, "%", "PHLX Semiconductor Index|Philadelphia Semiconductor Index|SOX"),
    m("segment_revenue|revenue|dcg_revenue|data_center_revenue", 6.4e9, "USD", DCG, basis="quarter"),
    m("segment_revenue_growth|revenue_growth|dcg_revenue_growth|data_center_revenue_growth", 4, "%", DCG,
      basis="quarter"),
    m("segment_revenue_consensus|revenue_consensus|revenue_estimate|dcg_revenue_consensus", 5.62e9, "USD", DCG,
      basis="FactSet, quarter"),
    m("segment_revenue_growth_consensus|revenue_growth_consensus|revenue_growth_estimate", -8.5, "%", DCG,
      basis="Street expected a drop, FactSet"),
    m("ai_revenue_forecast|ai_revenue|guidance_ai_revenue|revenue_forecast", 3.5e9, "USD", INTC, "2019",
      basis="more than; AI-driven data-centric revenue, CEO quote"),
    m("ai_revenue_growth|ai_revenue_growth_forecast|revenue_growth", 20, "%", INTC, "2019",
      basis="more than; year-over-year, CEO quote"),
    m("segment_revenue|revenue|ccg_revenue|client_computing_revenue", 9.7e9, "USD", CCG, basis="quarter"),
    m("segment_revenue_consensus|revenue_consensus|revenue_estimate|ccg_revenue_consensus", 9.6e9, "USD", CCG,
      basis="analysts, quarter"),
    m(GEPS, 1.24, "USD", INTC, "2019Q4", basis="adjusted"),
    m(GREV, 19.2e9, "USD", INTC, "2019Q4", basis="about"),
    m(GEPS, 4.60, "USD", INTC, "2019", basis="adjusted; full year, hiked"),
    m(GREV, 71e9, "USD", INTC, "2019", basis="about; full year, hiked"),
    m(EC, 1.21, "USD", INTC, "2019Q4", basis="analysts"),
    m(RC, 18.83e9, "USD", INTC, "2019Q4", basis="analysts"),
    m(EC, 4.39, "USD", INTC, "2019", basis="analysts, full year"),
    m(RC, 69.44e9, "USD", INTC, "2019", basis="analysts, full year"),
], [])

# ---------------------------------------------------------------- en02 Virgin Money UK's year to September 30: buyback extended by GBP50 million (GBP75 million from June, GBP125 million in 2022), final dividend 7.5 pence of a 10 pence total (1p final in financial 2022), pretax profit +43 % to GBP595 million from GBP417 million, legacy conduct costs GBP76 million against GBP8 million, underlying pretax profit -1.5 % to GBP789 million from GBP801 million after a GBP131 million impairment release, underlying NII +13 % to GBP1.59 billion from GBP1.41 billion, NIM 1.85 % from 1.62 % with financial 2023 guidance 1.85 %-1.90 %, CET1 15.0 % from 14.9 % and above 14 % expected for financial 2023, shares +12 % at 162.85 pence (Alliance News via shareprices.com, 21st Nov 2022; GBP)
# A UK bank's annual results in pounds with pre-tax profit, CET1 ratio and dividend in pence. The date line "21st Nov
# 2022 10:07" and "(Alliance News) -" are kept; the byline, e-mail address, copyright line and "Related Shares" list
# were dropped; the stored text has no headline (none added). The source's lower-case "in its financial 2023 results"
# opening a sentence is kept as printed. Periods: the text calls the just-ended year both "its financial 2023 results"
# and (by contrast with the previous year) "Financial 2022", and says the payout was reinstated "in financial 2022",
# so the year of the results is not clearly implied: the results rows, the year-end CET1 and the 7.5p / 10p dividends
# carry no period (basis "year ended September 30"); the 1p final dividend takes FY2022 as printed; the outlook rows
# take FY2023 ("financial 2023 net interest margin", "financial 2023 CET1 ratio"); "total buybacks in 2022" takes
# 2022. Buybacks: the GBP50 million extension, the GBP75 million June programme and the GBP125 million 2022 total ->
# three key rows. Dividends: "a 7.5 pence final dividend, within a 10 pence total annual payout" -> key 0.075 and 0.10
# GBP; "reinstated its payout in financial 2022 with a 1p final dividend" -> key 0.01 GBP (FY2022). Pretax profit "up
# 43% year-on-year to GBP595 million from GBP417 million" -> key level with prior and key growth (no own period named
# for the "from" value -> no optional row, news34 en02). "GBP76 million in "legacy conduct costs", versus just GBP8
# million in the recent year" -> two key rows (previous year, latest year; a "versus" of two named years, each a
# figure of its own). Underlying pretax profit -1.5 % to GBP789 million from GBP801 million -> key level with prior and
# key growth; the year-earlier "GBP131 million impairment release" key. Underlying NII +13 % to GBP1.59 billion from
# GBP1.41 billion -> key with prior and key growth. NIM "to 1.85% from 1.62% a year before" -> key with prior, the
# year-before reading optional; the financial 2023 NIM "1.85% to 1.90%" -> key range. CET1 "15.0% on September 30, up
# from 14.9% a year before" -> key with prior, optional year-before row; "above 14%" for financial 2023 -> key 14 (a
# bound keeps the number). Shares "up 12% to 162.85 pence" -> key move and key price 1.6285 GBP. "Newcastle" and the
# June / September dates are not labelled.
VM = "Virgin Money UK|Virgin Money|Virgin Money UK PLC|VMUK"
Y = "year ended September 30"
BB = "buyback|share_buyback|buyback_amount|buyback_extension"
DIV = "dividend|final_dividend|dps|dividend_per_share"
PBT = "pretax_profit|profit_before_tax|pre_tax_profit"
UPBT = "underlying_pretax_profit|pretax_profit|profit_before_tax|underlying_profit_before_tax"
NIM = "net_interest_margin|nim"
CET = "cet1_ratio|common_equity_tier_1_ratio|capital_ratio"
G["en02"] = ([
    m(BB, 50e6, "GBP", VM, basis="up to an additional; extension"),
    m(BB, 75e6, "GBP", VM, basis="first announced in June"),
    m("total_buybacks|buyback|share_buyback|buyback_amount", 125e6, "GBP", VM, "2022", basis="total buybacks in 2022"),
    m(DIV, 0.075, "GBP", VM, basis="final dividend; " + Y),
    m("total_dividend|dividend|dps|annual_dividend|total_payout", 0.10, "GBP", VM, basis="total annual payout"),
    m(DIV, 0.01, "GBP", VM, "FY2022", basis="final dividend; payout reinstated in financial 2022"),
    m(PBT, 595e6, "GBP", VM, prior=417e6, basis=Y),
    m("pretax_profit_growth|profit_before_tax_growth", 43, "%", VM, basis="year-on-year; " + Y),
    m("legacy_conduct_costs|conduct_costs|conduct_charges", 76e6, "GBP", VM, basis="previous year"),
    m("legacy_conduct_costs|conduct_costs|conduct_charges", 8e6, "GBP", VM, basis="recent year"),
    m(UPBT, 789e6, "GBP", VM, prior=801e6, basis="underlying; " + Y),
    m("underlying_pretax_profit_growth|pretax_profit_growth|profit_before_tax_growth", -1.5, "%", VM,
      basis="underlying; " + Y),
    m("impairment_release|impairment_write_back|impairments", 131e6, "GBP", VM, basis="the year earlier"),
    m("net_interest_income|nii|underlying_net_interest_income", 1.59e9, "GBP", VM, prior=1.41e9,
      basis="underlying; " + Y),
    m("net_interest_income_growth|nii_growth", 13, "%", VM, basis="underlying; " + Y),
    m(NIM, 1.85, "%", VM, prior=1.62, basis=Y),
    m(NIM, 1.62, "%", VM, opt=True, basis="a year before"),
    m("guidance_net_interest_margin|nim_guidance|net_interest_margin_guidance|net_interest_margin_forecast", None,
      "%", VM, "FY2023", rng=(1.85, 1.90)),
    m(CET, 15.0, "%", VM, prior=14.9, basis="on September 30"),
    m(CET, 14.9, "%", VM, opt=True, basis="a year before"),
    m("guidance_cet1_ratio|cet1_ratio_guidance|cet1_ratio_forecast|cet1_ratio_target|cet1_ratio", 14, "%", VM,
      "FY2023", basis="above"),
    m("price_change|share_price_change", 12, "%", VM, basis="Monday morning, London"),
    m("price|share_price", 1.6285, "GBP", VM, basis="162.85 pence"),
], [])

# ---------------------------------------------------------------- en03 China's August activity data: industrial output +5.2 % yoy (from 5.7 % in July, 5.8 % expected, weakest since August 2024), retail sales +3.4 % (3.7 % previously, 3.8 % expected), year-to-date fixed asset investment +0.5 % (1.4 % consensus, July's 1.6 %), real estate investment -12.9 % in the first eight months, investment excluding real estate +4.2 % (ActionForex live comment, 2025; year implied by "since August 2024")
# A Chinese economy story in English with industrial output, retail sales, fixed-asset and property investment, all
# year-on-year. The stored text has no headline (none added; the slug is not page text); the NBS quotes are kept
# verbatim. Period: "its weakest pace since August 2024" makes the reported August 2025 -> 2025-08, "July" 2025-07, and
# the year-to-date / "first eight months" figures 2025-01..08 (July's year-to-date reading 2025-01..07). Industrial
# output "5.2% yoy, down from 5.7% yoy in July and short of forecasts for 5.8% yoy" -> key with prior 5.7, the July
# reading an optional row (its month named), key consensus 5.8. Retail sales "3.4% yoy versus 3.7% yoy previously and
# expectations of 3.8% yoy" -> key with prior 3.7 and an optional previous-month row ("previously"), key consensus.
# Fixed asset investment "rose only 0.5%, far weaker than consensus 1.4% and July's 1.6%" -> key with prior 1.6 (a
# same-sentence earlier reading of the same series, news14 en15) and an optional January-July row, key consensus 1.4.
# "real estate investment plunged -12.9% in the first eight months" -> key -12.9 (the printed minus and "plunged" agree).
# "Excluding real estate, investment rose 4.2%" -> key on fixed-asset investment excluding property (same span). "August
# 2024" is a date (not labelled).
CN = "China|Chinese economy"
M, PM, YTD, PYTD = "2025-08", "2025-07", "2025-01..08", "2025-01..07"
IP = "industrial_output_growth|industrial_production_growth|industrial_value_added_growth"
RS = "retail_sales_growth|retail_sales_value_growth"
FAI = "fixed_asset_investment_growth|fai_growth"
G["en03"] = ([
    m(IP, 5.2, "%", CN, M, prior=5.7, basis="yoy"),
    m(IP, 5.7, "%", CN, PM, opt=True, basis="yoy, July"),
    m("industrial_output_growth_consensus|industrial_production_growth_consensus|industrial_output_growth_estimate",
      5.8, "%", CN, M, basis="forecasts, yoy"),
    m(RS, 3.4, "%", CN, M, prior=3.7, basis="yoy"),
    m(RS, 3.7, "%", CN, PM, opt=True, basis="yoy, previously"),
    m("retail_sales_growth_consensus|retail_sales_growth_estimate|retail_sales_consensus", 3.8, "%", CN, M,
      basis="expectations, yoy"),
    m(FAI, 0.5, "%", CN, YTD, prior=1.6, basis="year-to-date"),
    m(FAI, 1.6, "%", CN, PYTD, opt=True, basis="year-to-date, July's"),
    m("fixed_asset_investment_growth_consensus|fai_growth_estimate|fai_growth_consensus", 1.4, "%", CN, YTD,
      basis="consensus, year-to-date"),
    m("property_investment_growth|real_estate_investment_growth", -12.9, "%", "China real estate|China property|"
      + CN, YTD, basis="first eight months"),
    m("fai_ex_property_growth|fixed_asset_investment_ex_real_estate_growth|fai_growth|investment_growth", 4.2, "%",
      "China investment excluding real estate|" + CN, YTD, basis="excluding real estate, year-to-date"),
], [])

# ---------------------------------------------------------------- en04 Oil prices fall on rising U.S. crude inventories, record production: Brent $73.21 at0150 GMT (-15 cents, -0.2 %), WTI $67.85 (-8cents, -0.1 %), EIA crude stocks +6.2 million barrels to 435.96 millionbarrels (a 2018 high), U.S. output record 10.62 million bpd (up more than a quarter since mid-2016), Russia around 11 million bpd, OPEC around 32 million bpd in April against a 32.5 million bpd target, BMI's around-32 million bpd outlook (Reuters via BOE Report, May 2, 2018)
# An oil market wrap with Brent, WTI, OPEC output and inventories in barrels. Headline and the "May 2, 2018 8:25 PM /
# Reuters" date line kept; the "View Original Article" link, reporting credits and the BOE Report sign-up line dropped.
# The stored page runs some words together; where a figure is involved the joined form is kept as printed ("at0150
# GMT", "8cents", "435.96 millionbarrels", "a 2018high", "10.62 millionbarrels", "11 millionbpd"); joins between plain
# words (including inside the quotes) were normalised. Periods: market prices, moves and the weekly EIA figures carry
# none (news29); OPEC's April output is dated 2018-04 by the date line and "a 2018high"; the OPEC target, Russia's
# current output and BMI's "rest of the year" outlook carry none. Prices: Brent "$73.21 per barrel ... down 15 cents,
# or 0.2 percent" -> key level, key -0.15 USD and key -0.2 %; WTI "down 8cents, or 0.1 percent, at $67.85" -> three key
# rows. EIA: "jumped by 6.2 million barrels to 435.96 million barrels in the week to April 27" -> key change and key
# level in barrels (the "to" level is not a prior). Production: "a fresh record of 10.62 million barrels per day" ->
# key in b/d; "a jump of more than a quarter since mid-2016" -> an optional 25 % (a word figure, hedged). "Only Russia
# ... at around 11 million bpd" -> key on Russia. OPEC: "around 32 million bpd of crude oil in April, according to a
# Reuters survey" -> key output (hedge keeps the number); "its target of 32.5 million bpd" -> key target; BMI's
# expected output "around or slightly above 32 million bpd for the rest of the year" -> key forecast with BMI in basis.
# The quoted "much larger than expected crude build" carries no figure.
BR = "Brent|Brent crude|Brent crude oil futures|Brent crude futures"
WT = "WTI|West Texas Intermediate|U.S. crude|U.S. West Texas Intermediate crude futures"
CR = "U.S. crude inventories|crude inventories|U.S. crude stocks|crude stocks"
OP = "OPEC|Organization of the Petroleum Exporting Countries"
US = "U.S.|United States|US|U.S. oil production"
G["en04"] = ([
    m("price|oil_price|futures_price|brent_price", 73.21, "USD", BR, basis="per barrel, at0150 GMT"),
    m("price_change|oil_price_change|futures_change", -0.15, "USD", BR, basis="15 cents, from last close"),
    m("price_change|oil_price_change|futures_change", -0.2, "%", BR),
    m("price|oil_price|futures_price|wti_price", 67.85, "USD", WT, basis="per barrel"),
    m("price_change|oil_price_change|futures_change", -0.08, "USD", WT, basis="8cents"),
    m("price_change|oil_price_change|futures_change", -0.1, "%", WT),
    m("inventory_change|stocks_change|stockpile_change|crude_inventory_change", 6.2e6, "barrels", CR,
      basis="week to April 27, EIA"),
    m("inventories|stocks|inventory_level|crude_inventories", 435.96e6, "barrels", CR, basis="2018 high, EIA"),
    m("oil_production|production|crude_production|output", 10.62e6, "b/d", US, basis="record, weekly"),
    m("oil_production_growth|production_growth|output_growth", 25, "%", US, opt=True,
      basis="more than a quarter since mid-2016"),
    m("oil_production|production|crude_production|output", 11e6, "b/d", "Russia", basis="around; currently"),
    m("opec_output|oil_production|production|crude_production|output", 32e6, "b/d", OP, "2018-04",
      basis="around; Reuters survey"),
    m("opec_output_target|production_target|output_target", 32.5e6, "b/d", OP),
    m("opec_output_forecast|output_forecast|production_forecast|opec_output", 32e6, "b/d", OP,
      basis="around or slightly above; BMI Research, rest of the year"),
], [])

# ---------------------------------------------------------------- en05 Honda's fiscal second quarter to Sept. 30: operating profit +38 % to 228.08 billion yen from 164.84 billion yen, net income +39 % to 177.10 billion yen; year to March 31, 2017 outlook: revenue -8.2 % to 13.40 trillion yen (from 13.75 trillion yen), operating profit +29 % to 650.0 billion yen (from +19 % to 600 billion yen), net income +21 % to 415.0 billion yen (from +13 % to 390 billion yen), global sales +1.3 % to 4.98 million vehicles (from 4.92 million) (dsf.my, a 2016 page; JPY with USD conversions)
# A Japanese company's results in yen with operating profit and forecasts. The stored text has no headline (none
# added); the missing full stop after "(USD5.92 billion)" and the mixed "USD2.25 billion" / "$1.75 billion" notations
# are kept. Periods (news17): "the current fiscal year ending March 31, 2017" -> FY2017 for every forecast; "fiscal
# second quarter ended Sept. 30" -> FY2017Q2 and "a year earlier" FY2016Q2. Quarter: operating profit "surged 38%" and
# "increased to 228.08 billion yen (USD2.25 billion) ..., from 164.84 billion yen (USD1.63 billion) a year earlier"
# -> key level with prior, key growth, the year-ago row optional (period named) and both USD conversions optional; net
# income +39 % to 177.10 billion yen -> key level and growth, the "$1.75 billion" conversion optional. Forecasts (the
# revision rule, news25): revenue "decline 8.2% to 13.40 trillion yen ... earlier forecast revenue to decline only to
# 13.75 trillion yen" -> key guidance with prior and key -8.2 % growth, the earlier forecast optional; operating profit
# "advancing 29% to 650.0 billion yen ..., compared to an earlier outlook for a 19% increase to 600 billion yen" -> key
# level with prior 600e9 and key growth with prior 19, the earlier level and growth optional; net income "gaining 21%
# to 415.0 billion yen ... earlier seen ... rising 13% to 390 billion yen" -> the same pattern. All USD conversions of
# the forecasts optional. Global sales "increase 1.3% to 4.98 million vehicles, up from an earlier prediction of 4.92
# million" -> key with prior and key growth, the earlier prediction optional. "Oct. 30" is a date (not labelled).
HON = "Honda Motor|Honda|Honda Motor Co.|Honda Motor Co|7267"
Q, PQ, FY = "FY2017Q2", "FY2016Q2", "FY2017"
OPP = "operating_profit|operating_income"
NI = "net_income|net_profit"
GOP = "guidance_operating_profit|operating_profit_guidance|operating_profit_forecast|operating_income_forecast"
GOPG = "guidance_operating_profit_growth|operating_profit_growth_forecast|operating_profit_growth"
GNI = "guidance_net_income|net_income_guidance|net_income_forecast|net_profit_forecast|guidance_net_profit"
GNIG = "guidance_net_income_growth|net_income_growth_forecast|net_profit_growth_forecast|net_income_growth"
GRV = "guidance_revenue|revenue_guidance|revenue_forecast|sales_forecast"
GSF = "global_sales_forecast|vehicle_sales_forecast|unit_sales_forecast|guidance_unit_sales|sales_volume_forecast"
G["en05"] = ([
    m(OPP, 228.08e9, "JPY", HON, Q, prior=164.84e9),
    m(OPP, 2.25e9, "USD", HON, Q, opt=True, basis="conversion"),
    m(OPP, 164.84e9, "JPY", HON, PQ, opt=True, basis="a year earlier"),
    m(OPP, 1.63e9, "USD", HON, PQ, opt=True, basis="conversion"),
    m("operating_profit_growth|operating_income_growth", 38, "%", HON, Q),
    m(NI, 177.10e9, "JPY", HON, Q),
    m(NI, 1.75e9, "USD", HON, Q, opt=True, basis="conversion"),
    m("net_income_growth|net_profit_growth", 39, "%", HON, Q),
    m(GRV, 13.40e12, "JPY", HON, FY, prior=13.75e12),
    m(GRV, 132.29e9, "USD", HON, FY, opt=True, basis="conversion"),
    m(GRV, 13.75e12, "JPY", HON, FY, opt=True, basis="earlier forecast"),
    m(GRV, 135.75e9, "USD", HON, FY, opt=True, basis="conversion of earlier forecast"),
    m("guidance_revenue_growth|revenue_growth_forecast|revenue_growth", -8.2, "%", HON, FY),
    m(GOP, 650.0e9, "JPY", HON, FY, prior=600e9),
    m(GOP, 6.42e9, "USD", HON, FY, opt=True, basis="conversion"),
    m(GOPG, 29, "%", HON, FY, prior=19),
    m(GOP, 600e9, "JPY", HON, FY, opt=True, basis="earlier outlook"),
    m(GOP, 5.92e9, "USD", HON, FY, opt=True, basis="conversion of earlier outlook"),
    m(GOPG, 19, "%", HON, FY, opt=True, basis="earlier outlook"),
    m(GNI, 415.0e9, "JPY", HON, FY, prior=390e9),
    m(GNI, 4.19e9, "USD", HON, FY, opt=True, basis="conversion"),
    m(GNIG, 21, "%", HON, FY, prior=13),
    m(GNI, 390e9, "JPY", HON, FY, opt=True, basis="earlier forecast"),
    m(GNI, 3.85e9, "USD", HON, FY, opt=True, basis="conversion of earlier forecast"),
    m(GNIG, 13, "%", HON, FY, opt=True, basis="earlier forecast"),
    m(GSF, 4.98e6, "vehicles", HON, FY, prior=4.92e6, basis="global sales"),
    m("global_sales_growth_forecast|unit_sales_growth_forecast|sales_volume_growth|global_sales_growth", 1.3, "%",
      HON, FY),
    m(GSF, 4.92e6, "vehicles", HON, FY, opt=True, basis="earlier prediction"),
], [])

# ---------------------------------------------------------------- en06 Rolls-Royce target raises after first-half results: Deutsche Bank 1,220p from 1,000p (buy reiterated), JPMorgan 1,245p from 1,040p (overweight; a 20 % target hike), Citi 1,101p from 641p (neutral kept) (sherepricetarget.com, a 2025 page; GBP)
# Several brokers' target changes on one UK company. The stored text has no headline (none added; its crawler date
# tag and the slug are not page text). Rating actions (pence scaled to the pound): Deutsche Bank "lifting its price
# target to 1,220p from 1,000p and reiterating a buy rating" -> raise_target, buy, 12.20 from 10.00 GBP; JPMorgan
# "moving to 1,245p from 1,040p alongside an overweight rating" -> raise_target, overweight, 12.45 from 10.40; Citi "to
# 1,101p from 641p ... while keeping a neutral stance" -> raise_target, neutral, 11.01 from 6.41. The page calls the
# moves "upgrades", but no rating changes, so none is an upgrade. Metric: "JPMorgan highlighted a 20% target hike" ->
# a key percentage target change on Rolls-Royce with JPMorgan in the basis (a percentage target change is a key
# metric). The years of the brokers' estimate spans ("2025–2028", "2025–2030") and of the company's targets ("2028",
# "as early as 2027") are dates, not labelled.
RR = "Rolls-Royce|Rolls-Royce Holdings|Rolls-Royce Holdings plc|RR"
G["en06"] = ([
    m("target_price_change|price_target_change", 20, "%", RR, basis="JPMorgan's target hike"),
], [
    ra("Deutsche Bank|Deutsche", RR, "raise_target", "buy", target=12.20, prior_target=10.00, cur="GBP"),
    ra("JPMorgan|JP Morgan|J.P. Morgan", RR, "raise_target", "overweight", target=12.45, prior_target=10.40,
       cur="GBP"),
    ra("Citi|Citigroup", RR, "raise_target", "neutral", target=11.01, prior_target=6.41, cur="GBP"),
])
