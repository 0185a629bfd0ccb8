# Hand-written gold labels for news76/en en01-en06 (batch a: English news from the US, the UK and Europe, six kinds of
# story — a large US bank's quarter (JPMorgan Chase's third quarter: profit growth, net income and EPS against the
# year-earlier quarter, an income tax benefit, adjusted net income and EPS against the Thomson Reuters estimate, the
# provision for credit losses as a net benefit with reserve releases and net charge-offs, reported and managed revenue
# against Wall Street, net interest income; RTTNews on Business Insider, markets.businessinsider.com); a UK company's
# half year in pounds (Tesco's 26 weeks to August 26: pretax profit and revenue against a year earlier, retail
# like-for-like sales, the unchanged interim dividend in pence and its policy, the raised retail operating-profit outlook,
# the bank's profit outlook and the buyback; Morningstar UK, morningstar.co.uk); a US consumer-price release (March
# CPI and core month on month and year on year against the Thomson Reuters poll and February, components, real average
# hourly earnings; The Bond Buyer, bondbuyer.com); a guidance cut (Affymetrix's full-year revenue range cut with the
# after-hours share move, the first-quarter revenue outlook and the Thomson Financial estimates; AP as carried by
# si.frajer.net); a Wall Street close (the Dow, the S&P 500 and the Nasdaq in points and per cent, Apple, Home Depot,
# the 10-year yield, sectors, volumes, Apple options and the NYSE's top mover and decliner; Reuters on NDTV,
# ndtv.com); and a daily broker round-up of upgrades, downgrades, a resumption and target moves on U.K. stocks with
# targets in pence (dpa-AFX on finanznachrichten.de)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file, and its m() and ra() helpers, to count this batch's rows), eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and
# sources files; unit strings and metric names were checked against earlier sets' labels_*.py files), and no other
# batch's texts, labels or sources were read (so the check against the other news76 batches' sources could not be made
# from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news75/en/README.md, with: news33 en02 / news40 en01 (a US bank's quarter against the estimates: net income and EPS
# with the year-earlier figures as priors plus optional year-earlier rows, the poll as key consensus rows, the analyst
# count optional, NII and provisions key); news31 en02 / news15 en01 (a UK company's half year in pounds: pence scaled to
# GBP, pretax profit and revenue with priors, the interim dividend key, guidance ranges with rng); news40 en03 / news57
# en04 (a US CPI release: headline and core month on month and year on year, "after" / "from" earlier readings as priors
# plus optional earlier rows, the poll as consensus rows, components keyed on the component with the US among the
# alternatives); news48 en02 / news43 en01 (a guidance cut: the new range key with the old range as prng plus an optional
# old-range row, the share move and price key, the consensus key); news61 en05 / news67 en06 (a Wall Street close: each
# index's point move, % move and close key, movers' % moves and prices key, intraday extremes optional); news57 en01 /
# news7 en02 (a dpa-AFX overview of analyst recommendations on U.K. stocks: "T (T0) pence" -> target with prior target
# scaled to GBP, "to 'r1' ('r2')" -> upgrade / downgrade with both ratings, IG's FTSE indication as metrics).
# Currencies: en01 "$" -> USD; en02 "£" / "pence" -> GBP; en03 none (%); en04 "$" -> USD; en05 "$" -> USD; en06 "pence"
# -> GBP (targets scaled: "8300 (8200) pence" -> 83.00 with prior 82.00).
# Scaling: values fully scaled ("$11.69 billion" -> 11.69e9, "$566 million" -> 566e6, "£1.22 billion" -> 1.22e9, "3.85
# pence" -> 0.0385 GBP, "$92.5 million" -> 92.5e6, "5.7 billion shares" -> 5.7e9, "2.97 million contracts" -> 2.97e6);
# declines negative ("fell 0.1%" -> -0.1, "a 0.8% drop" -> -0.8, "dove $2.43, or 15 percent" -> -2.43 / -15, "declined
# 97.55 points" -> -97.55, "down 18.05 percent" -> -18.05; a provision that is "a net benefit of $1.53 billion" ->
# -1.53e9); hedges in the basis ("about", "as much as", "broadly flat").
# Periods decided: en01 "the third quarter" prints no year (the "2020 U.S. federal tax return" is a tax year named in an
# item, and the Delta variant dates the story only by world knowledge) -> none, the quarter in the basis. en02 "the 26
# weeks to August 26", "the financial year", "until April" print no year -> none. en03 "since March 2011" makes the 12
# months ending in March those to March 2012 (clearly implied, as news75 b's Maruti Suzuki April dated by "April 2020"
# being last year) -> March 2012-03, February ("last month", "the previous month") 2012-02, January 2012-01. en04
# "Monday", "first-quarter", "full year", "April 24" print no year -> none. en05 "Tuesday" -> none (a market wrap). en06
# broker calls and a pre-market indication, no year printed -> none.
# Not labelled: dates and days ("Wednesday", "August 26", "April", "April 24", "Tuesday"), the tax year "2020", spans
# ("26 weeks", "12 months", "the last five days", "highest in a month"), counts that carry no financial value ("All 10
# S&P 500 sectors", "two larger iPhones"), the page tickers ("(JPM)", "(TSCO)"), the product name "GeneChip".

PC = "price_change|share_price_change|stock_change"
PX = "share_price|price|close|close_price"
GBP = "GBP"

# ---------------------------------------------------------------- en01 JPMorgan Chase's third quarter (RTTNews on Business Insider, markets.businessinsider.com; a Wednesday, no year printed for the quarter): profit +24 percent; net income $11.69 billion / $3.74 a share from $9.44 billion / $2.92; $566 million tax benefit; adjusted $9.6 billion / $3.03 against $3.00 (21 analysts, Thomson Reuters); provision a net benefit of $1.53 billion against a $611 million expense, reserve releases $2.1 billion, net charge-offs $524 million; reported revenue $29.65 billion, managed $30.44 billion +1 percent from $29.94 billion against $29.76 billion expected; NII $13.2 billion +1 percent (USD, %)
# A large US bank's quarter (the kind's net income, EPS against the estimates, revenue, net interest income and
# provisions; no division's figures are printed: "CIB Markets", "CIB" and "AWM" are named in the stored text without a
# figure of their own). Cut: the stored text breaks off mid-sentence in its last paragraph ("Non-interest revenue was
# $17.3 billion, up 3 percent ..., predominantly offset by net investment securities losses in Corporate compared to
# net gains "), so the passage stops after the net-interest-income sentence, a sentence boundary ($17.3 billion and 3
# percent go with the cut). Headline kept (rewritten: "JPMorgan Q3 Profit Up 24%, Results Top Estimates" ->
# "JPMorgan's Q3 Profit Climbs 24%, Results Beat Estimates"); the "(RTTNews) -" tag kept. Jamie Dimon's quote rendered
# as reported speech (no figures). Kept as printed: the doubled "driven by primarily by" (rewritten "lifted by primarily
# by"), "(JPM)", "the Firm's 2020 U.S. federal tax return", "CIB Markets".
# Periods: none (see the header).
# Decided (news33 en02, news40 en01): the 24 % profit growth key. "Net income ... grew to $11.69 billion or $3.74 per share
# from $9.44 billion or $2.92 per share in the prior-year quarter" -> key net income and EPS with priors, the year-earlier
# rows optional. The $566 million income tax benefit key (a one-off item); adjusted net income $9.6 billion and adjusted
# EPS $3.03 key. The $3.00 Thomson Reuters estimate key, the 21 analysts optional. "The provision for credit losses was a
# net benefit of $1.53 billion, compared to last year's expense of $611 million" -> key provision of -1.53e9 (a benefit
# is a negative provision; sign and wording in the basis) with the year-earlier $611 million expense as prior (news75
# en01's "compared to ... a year earlier"), the $611 million an optional row. Net reserve releases $2.1 billion and net
# charge-offs $524 million key. Reported total net revenue $29.65 billion key; managed net revenue "$30.44 billion, up 1
# percent from $29.94 billion" -> key with prior and key +1 %, the previous year an optional row; the $29.76 billion Wall
# Street expectation key. NII $13.2 billion and its +1 % key. No rating actions.
JPM = "JPMorgan Chase & Co.|JPMorgan Chase|JPMorgan|JPM|JPMorgan Chase & Co"
NI = "net_income|net_profit|net_income_applicable_to_common"
EPS = "eps|earnings_per_share|diluted_eps"
REV = "revenue|total_net_revenue|net_revenue|total_revenue"
PCL = "provision_for_credit_losses|pcl|credit_loss_provision|loan_loss_provisions|provisions"
Q3 = "third quarter"
G["en01"] = ([
    m("net_income_growth|net_profit_growth|profit_growth", 24, "%", JPM, basis=Q3 + "; from last year"),
    m(NI, 11.69e9, "USD", JPM, prior=9.44e9, basis=Q3),
    m(NI, 9.44e9, "USD", JPM, opt=True, basis="prior-year quarter"),
    m(EPS, 3.74, "USD", JPM, prior=2.92, basis=Q3),
    m(EPS, 2.92, "USD", JPM, opt=True, basis="prior-year quarter"),
    m("tax_benefit|income_tax_benefit|one_off_gain|significant_items", 566e6, "USD", JPM,
      basis="income tax benefit related to finalizing the 2020 U.S. federal tax return; included in the quarter"),
    m("adjusted_net_income|net_income|net_profit", 9.6e9, "USD", JPM, basis="excluding significant items"),
    m("adjusted_eps|eps|earnings_per_share", 3.03, "USD", JPM, basis="excluding significant items"),
    m("analyst_count|analysts", 21, "analysts", JPM, opt=True, basis="polled by Thomson Reuters"),
    m("eps_consensus|eps_estimate|adjusted_eps_consensus", 3.00, "USD", JPM,
      basis="average of 21 analysts, Thomson Reuters"),
    m(PCL, -1.53e9, "USD", JPM, prior=611e6,
      basis="a net benefit of $1.53 billion (negative provision); last year an expense of $611 million"),
    m(PCL, 611e6, "USD", JPM, opt=True, basis="last year's expense"),
    m("reserve_release|net_reserve_releases|reserve_releases", 2.1e9, "USD", JPM, basis="net reserve releases"),
    m("net_charge_offs|nco|charge_offs", 524e6, "USD", JPM),
    m(REV, 29.65e9, "USD", JPM, basis="total net revenue, reported basis"),
    m(REV + "|managed_revenue", 30.44e9, "USD", JPM, prior=29.94e9, basis="net revenue, managed basis"),
    m("revenue_growth|net_revenue_growth|revenue_change", 1, "%", JPM, basis="managed basis"),
    m(REV + "|managed_revenue", 29.94e9, "USD", JPM, opt=True, basis="previous year, managed basis"),
    m("revenue_consensus|revenue_estimate", 29.76e9, "USD", JPM, basis="Wall Street expected"),
    m("net_interest_income|nii", 13.2e9, "USD", JPM),
    m("net_interest_income_growth|nii_growth|net_interest_income_change", 1, "%", JPM),
], [])

# ---------------------------------------------------------------- en02 Tesco's half year, the 26 weeks to August 26 (Morningstar UK, morningstar.co.uk; a Thursday, no year printed): pretax profit £1.22 billion from £396 million; revenue +5% to £34.15 billion from £32.52 billion; retail like-for-like sales +7.8%; interim dividend 3.85 pence unchanged, 35% of the prior year's full-year dividend; retail adjusted operating profit outlook £2.6-£2.7 billion (previously about £2.5 billion, broadly flat); bank adjusted operating profit still £130-£160 million; £503 million of the £750 million buyback done (GBP, %)
# A UK company's half year in pounds with pretax profit, revenue, a dividend in pence and guidance (here raised). Whole as
# stored. The stored text has no headline (it opens with the lead; the address slug "tesco-hikes-full-year-forecasts"
# is not page text; none added). Ken Murphy's two-paragraph quote rendered as reported speech (no figures); the quoted
# words "broadly flat level" of the earlier outlook rendered without quotation marks. Kept as printed: "(TSCO)", "the 26
# weeks to August 26", "pretax", "3.85 pence", "35% of prior year full year dividend" (rewritten "35% of the prior
# year's full year dividend"), "between £2.6 billion and £2.7 billion", "between £130 million and £160 million", "Save to
# Invest".
# Periods: none (see the header).
# Decided (news31 en02, news15 en01): pretax profit "jumped to £1.22 billion from £396 million" and revenue "climbed 5%
# to £34.15 billion from £32.52 billion a year before" -> key levels with priors, key +5 %, the earlier figures optional
# rows. Retail like-for-like sales +7.8 % key. The interim dividend "of 3.85 pence, unchanged year-on-year" -> key 0.0385
# GBP with an optional 0 change (news75 en04's "unchanged"); the policy "35% of prior year full year dividend" a key
# ratio (the rule the dividend was set by). The outlook "between £2.6 billion and £2.7 billion retail adjusted operating
# profit" -> key range; "Previously ... broadly flat level, at about £2.5 billion" -> its prior as a single value (the
# earlier outlook printed no range) and an optional row of the earlier outlook ("about" in the basis). Bank adjusted
# operating profit "still expected between £130 million and £160 million" -> key range, no prior ("still": unchanged,
# no earlier figure printed). The buyback: £503 million bought back so far and the £750 million programme key. Retail free
# cash flow "ahead of its medium-term guidance" prints no figure. No rating actions.
TSCO = "Tesco|Tesco PLC|Tesco plc|TSCO"
BANK = "Tesco Bank|Tesco|bank"
H = "26 weeks to August 26"
GOP = "guidance_operating_profit|operating_profit_guidance|guidance_adjusted_operating_profit|retail_operating_profit_guidance"
G["en02"] = ([
    m("pretax_profit|profit_before_tax|pbt", 1.22e9, "GBP", TSCO, prior=396e6, basis=H),
    m("pretax_profit|profit_before_tax|pbt", 396e6, "GBP", TSCO, opt=True, basis="a year before"),
    m("revenue_growth|sales_growth", 5, "%", TSCO, basis=H),
    m("revenue|sales", 34.15e9, "GBP", TSCO, prior=32.52e9, basis=H),
    m("revenue|sales", 32.52e9, "GBP", TSCO, opt=True, basis="a year before"),
    m("like_for_like_sales_growth|lfl_sales_growth|same_store_sales_growth|comparable_sales_growth", 7.8, "%", TSCO,
      basis="retail like-for-like sales"),
    m("interim_dividend|dividend_per_share|dps", 0.0385, GBP, TSCO, basis="3.85 pence; unchanged year-on-year"),
    m("dividend_change|dps_change|interim_dividend_change", 0, GBP, TSCO, opt=True, basis="unchanged"),
    m("dividend_policy_ratio|interim_dividend_policy|payout_ratio", 35, "%", TSCO,
      basis="interim dividend policy: 35% of the prior year's full year dividend"),
    m(GOP, None, "GBP", TSCO, rng=(2.6e9, 2.7e9), prior=2.5e9,
      basis="retail adjusted operating profit for the financial year; raised (previously about £2.5 billion)"),
    m(GOP, 2.5e9, "GBP", TSCO, opt=True, basis="previous outlook: about; broadly flat level"),
    m("guidance_bank_operating_profit|bank_operating_profit_guidance|" + GOP, None, "GBP", BANK, rng=(130e6, 160e6),
      basis="bank adjusted operating profit; still expected"),
    m("share_buyback_completed|shares_bought_back|buyback_to_date|share_buyback", 503e6, "GBP", TSCO,
      basis="so far, under the programme"),
    m("share_buyback|buyback|buyback_programme", 750e6, "GBP", TSCO, basis="programme running until April"),
], [])

# ---------------------------------------------------------------- en03 US consumer prices for March (The Bond Buyer, bondbuyer.com; a Friday, 2012 by "since March 2011"): CPI +0.3% after +0.4%, core +0.2% after +0.1% (February revised down from 0.2%), Thomson Reuters forecasts 0.3% and 0.2%; energy +0.9%, gasoline +1.7%, electricity -0.8%, food +0.2%, tobacco -0.3%, household furnishings -0.1%; CPI +2.7% y/y from 2.9%, core +2.3% from 2.2%; real average hourly earnings -0.1% (also -0.1% in February and January) (%)
# A US consumer-price release against the poll and the month before, with components. Whole as stored (page furniture
# aside: the subscription box "Subscribe Now ... No credit card required." dropped). The stored text has no headline (it
# opens with the lead; the address slug is not page text; none added). No quotes. Kept as printed: "after climbing 0.4%
# last month" for February, "hit the mark both times" (rewritten "were right both times"), "Labor said", the full stop
# missing after "2.9%" before "Core prices" (kept), "since March 2011", "real average hourly earnings".
# Periods: 2012-03 for March, 2012-02 for February, 2012-01 for January (see the header).
# Decided (news40 en03, news57 en04): "rose 0.3% in March, after climbing 0.4% last month" -> key with the earlier reading
# as prior (news40: "after" like "from") and an optional February row; the core's "up 0.2% ..., after rising 0.1% in
# February" alike, but the February core reading is reported as a revision ("a downward revision from an originally
# reported gain of 0.2%") -> a key February row with the first estimate as prior and the first estimate an optional row
# (news75 en03's revised payroll months). The Thomson Reuters forecasts (0.3 %, 0.2 %) key consensus rows. Energy,
# gasoline, electricity, food, tobacco and household furnishings key on the component with the US among the
# alternatives (news57 en04). "Up 2.7% for the 12 months ending in March, ... a decline from the previous month's
# year-over-year advance of 2.9%" -> key with prior, the February reading an optional row; the core's "2.3% since March
# 2011, a slight increase from the 2.2% yearly gain for February" alike. Real average hourly earnings "fell 0.1% in March
# after falling by that same percentage in both February and January" -> key March row with the February -0.1 as prior,
# and the February and January readings (the same percentage in words) optional rows. No rating actions.
US = "United States|US|U.S.|U.S. economy|Labor Department"
P3, P2, P1 = "2012-03", "2012-02", "2012-01"
CPI_M = "cpi_mom|cpi|inflation_mom|consumer_price_index|cpi_change"
CPI_Y = "cpi_yoy|inflation_rate|cpi|inflation|consumer_price_index"
CORE_M = "core_cpi_mom|core_cpi|core_inflation"
CORE_Y = "core_cpi_yoy|core_cpi|core_inflation"
CMP_M = "component_cpi_mom|cpi_component_mom|price_change_mom|price_change|cpi_mom"
RAHE = "real_average_hourly_earnings_change|real_earnings_change|real_wages_change|real_average_hourly_earnings"
G["en03"] = ([
    m(CPI_M, 0.3, "%", US, P3, prior=0.4, basis="March, seasonally adjusted, month on month"),
    m(CPI_M, 0.4, "%", US, P2, opt=True, basis="last month"),
    m(CORE_M, 0.2, "%", US, P3, prior=0.1, basis="excluding food and energy; month on month"),
    m(CORE_M, 0.1, "%", US, P2, prior=0.2, basis="February, revised down"),
    m(CORE_M, 0.2, "%", US, P2, opt=True, basis="February, originally reported"),
    m("cpi_mom_consensus|cpi_consensus|cpi_forecast|inflation_consensus", 0.3, "%", US, P3,
      basis="economists polled by Thomson Reuters"),
    m("core_cpi_mom_consensus|core_cpi_consensus|core_cpi_forecast|core_inflation_consensus", 0.2, "%", US, P3,
      basis="economists polled by Thomson Reuters"),
    m("energy_cpi_mom|energy_prices|" + CMP_M, 0.9, "%", "energy|energy prices|" + US, P3),
    m("gasoline_prices_mom|gasoline_cpi|" + CMP_M, 1.7, "%", "gasoline|gasoline prices|" + US, P3),
    m("electricity_prices_mom|electricity_cpi|" + CMP_M, -0.8, "%", "electricity|price of electricity|" + US, P3),
    m("food_cpi_mom|food_inflation|" + CMP_M, 0.2, "%", "food|price of food|food prices|" + US, P3),
    m("tobacco_prices_mom|tobacco_cpi|" + CMP_M, -0.3, "%", "tobacco|" + US, P3),
    m("household_furnishings_prices_mom|household_furnishings_cpi|" + CMP_M, -0.1, "%",
      "household furnishings|" + US, P3),
    m(CPI_Y, 2.7, "%", US, P3, prior=2.9, basis="12 months ending in March"),
    m(CPI_Y, 2.9, "%", US, P2, opt=True, basis="previous month, year over year"),
    m(CORE_Y, 2.3, "%", US, P3, prior=2.2, basis="since March 2011"),
    m(CORE_Y, 2.2, "%", US, P2, opt=True, basis="yearly gain for February"),
    m(RAHE, -0.1, "%", US, P3, prior=-0.1, basis="seasonally adjusted; separate release"),
    m(RAHE, -0.1, "%", US, P2, opt=True, basis="the same percentage, in words"),
    m(RAHE, -0.1, "%", US, P1, opt=True, basis="the same percentage, in words"),
], [])

# ---------------------------------------------------------------- en04 Affymetrix cuts its full-year outlook (AP as carried by si.frajer.net; a Monday, no year printed): after hours -$2.43 / -15 percent to $13.90, regular session -15 cents to $16.33; first-quarter revenue about $170 million incl. $90 million settlement against $92.5 million expected (Thomson Financial); full-year revenue guidance $490-$510 million from $505-$525 million against $421.1 million expected (USD, %)
# A US company's guidance cut (old range -> new range) with the share move that followed. Whole as stored. Headline and
# subheadline kept (rewritten: "Affymetrix Lowers Full-Year Outlook" -> "Affymetrix Cuts Its Full-Year Outlook";
# "Affymetrix Expects 1st-Quarter Revenue to Miss Wall Street Forecast, Lowers Full-Year Outlook" -> "Affymetrix Sees
# 1st-Quarter Revenue Falling Short of Wall Street Forecast, Cuts Full-Year Outlook"); the posting line "Monday April 14,
# 4:38 pm ET" between them and the trailing table rule "|" dropped as furniture. No quotes. Kept as printed: the
# dateline "SANTA CLARA, Calif. (AP) --", "a prior range of $505 million and $525 million" with "and" (rewritten "an
# earlier range of $505 million and $525 million"), "15 cents", "Thomson Financial", "1st-Quarter".
# Periods: none (see the header).
# Decided (news48 en02, news43 en01): "dove $2.43, or 15 percent, to $13.90 after market close" -> key -2.43 USD, key -15
# % and key after-hours price; "after falling 15 cents to close the regular trading session at $16.33" -> key -0.15 USD
# and key close. First-quarter revenue "of about $170 million, including $90 million from a ... lawsuit settlement" ->
# key company outlook (hedge in the basis) and key settlement amount; the analysts' $92.5 million (excluding one-time
# items) key consensus. Full-year revenue guidance "to between $490 million and $510 million from a prior range of $505
# million and $525 million" -> key range with the old range as prng and an optional old-range row; the analysts' $421.1
# million (excluding settlements) key consensus. No rating actions.
AFFX = "Affymetrix|Affymetrix Inc.|Affymetrix Inc|AFFX"
GREV = "guidance_revenue|revenue_guidance|revenue_forecast|revenue_outlook"
G["en04"] = ([
    m(PC + "|after_hours_change", -2.43, "USD", AFFX, basis="after market close"),
    m(PC + "|after_hours_change", -15, "%", AFFX, basis="after market close"),
    m(PX + "|after_hours_price", 13.90, "USD", AFFX, basis="after market close"),
    m(PC, -0.15, "USD", AFFX, basis="regular trading session; 15 cents"),
    m(PX + "|closing_price", 16.33, "USD", AFFX, basis="close of the regular trading session"),
    m(GREV + "|revenue", 170e6, "USD", AFFX, basis="first quarter; about; including the settlement"),
    m("settlement_revenue|settlement|lawsuit_settlement|one_time_revenue", 90e6, "USD", AFFX,
      basis="previously announced lawsuit settlement, in first-quarter revenue"),
    m("revenue_consensus|revenue_estimate", 92.5e6, "USD", AFFX,
      basis="first quarter; excluding one-time items; Thomson Financial"),
    m(GREV, None, "USD", AFFX, rng=(490e6, 510e6), prng=(505e6, 525e6), basis="full year; cut"),
    m(GREV, None, "USD", AFFX, rng=(505e6, 525e6), opt=True, basis="full year; prior range"),
    m("revenue_consensus|revenue_estimate", 421.1e6, "USD", AFFX, basis="full year; excluding settlements"),
], [])

# ---------------------------------------------------------------- en05 A Wall Street close on Apple's smartwatch day (Reuters on NDTV, ndtv.com; a Tuesday, no year printed): Apple +4.8 per cent intraday, -0.4 per cent at $97.99; 10-year yield 2.5 per cent; utilities and telecommunications -1.2 per cent each; Home Depot -2.1 per cent; Dow -97.55 / -0.57 per cent to 17,013.87, S&P 500 -13.1 / -0.65 per cent to 1,988.44, Nasdaq -40.00 / -0.87 per cent to 4,552.29; 5.7 billion shares against a 5.5 billion average; Apple options 2.97 million contracts, about three times normal, calls to puts 2.1:1; Pulse Electronics +53.47 per cent, Usec -18.05 percent (points, %, USD, shares, contracts, x)
# A Wall Street close with the three indexes in points and per cent, movers, the 10-year Treasury yield and volumes.
# Cut: the stored text breaks off after the word "Among" of a new paragraph, so the passage stops after the paragraph
# before it, a sentence boundary (no figure goes with the cut); the "ADVERTISEMENT" marker dropped as furniture.
# Headline kept (rewritten: "Wall Street Ends Lower as Apple Falls, Bond Yields Rise" -> "Wall Street Closes Lower as
# Apple Slips and Bond Yields Climb"). Doug Cote's two quoted sentences rendered as reported speech (no figures). Kept as
# printed: "per cent" beside one "percent" (Usec's), "40.00 points" with its zeros, "2.1:1", "Usec", "BATS Global
# Markets", "Trade Alert".
# Periods: none (see the header).
# Decided (news61 en05, news67 en06): each index's point move, % move and close key (closes in "points"). Apple "jumped as
# much as 4.8 per cent earlier in the session" an intraday extreme (optional, news15 en01); its -0.4 % and $97.99 close
# key. The 10-year yield "rose to 2.5 per cent" -> key level (no earlier level printed). The utilities sector's and
# telecommunications' -1.2 % each key; Home Depot's -2.1 % key. "About 5.7 billion shares changed hands ..., above the 5.5
# billion average for the last five days" -> key volume (hedge in the basis) and key five-day average (a printed
# comparison figure). Apple's record daily options volume of 2.97 million contracts key; "about three times normal" and
# "calls led puts by a ratio of 2.1:1" optional (trading statistics restated as multiples, news63's put/call ratio
# optional). The NYSE's largest percentage gainer (Pulse Electronics +53.47 %) and decliner (Usec -18.05 %) key. No
# rating actions.
DJ = "Dow Jones industrial average|Dow Jones Industrial Average|Dow|DJIA"
SP = "S&P 500|Standard & Poor's 500|S&P 500 index|S&P"
NQ = "Nasdaq Composite|Nasdaq composite|Nasdaq"
IC, IL = "index_change", "index_level|index_close"
SC = "sector_change|index_change|price_change"
AAPL = "Apple|Apple Inc.|Apple Inc|AAPL"
UST10 = "10-year US Treasury note|10-year Treasury note|benchmark 10-year|10-year Treasury|US Treasury|Treasuries"
G["en05"] = ([
    m(PC, 4.8, "%", AAPL, opt=True, basis="as much as, earlier in the session (intraday)"),
    m(PC, -0.4, "%", AAPL, basis="ended down"),
    m(PX, 97.99, "USD", AAPL, basis="close"),
    m("yield|bond_yield|treasury_yield|10_year_yield", 2.5, "%", UST10, basis="highest in a month"),
    m(SC, -1.2, "%", "utilities sector|utilities|S&P 500 utilities"),
    m(SC, -1.2, "%", "telecommunications|telecommunications sector|telecoms|telecom sector"),
    m(PC, -2.1, "%", "Home Depot|Home Depot Inc.|HD", basis="a day after confirming the payment-system breach"),
    m(IC, -97.55, "points", DJ),
    m(IC, -0.57, "%", DJ),
    m(IL, 17013.87, "points", DJ, basis="close"),
    m(IC, -13.1, "points", SP),
    m(IC, -0.65, "%", SP),
    m(IL, 1988.44, "points", SP, basis="close"),
    m(IC, -40.00, "points", NQ),
    m(IC, -0.87, "%", NQ),
    m(IL, 4552.29, "points", NQ, basis="close"),
    m("volume|trading_volume|market_volume|shares_traded", 5.7e9, "shares", "US exchanges|US stock market|market",
      basis="about; BATS Global Markets data"),
    m("average_volume|average_trading_volume|volume", 5.5e9, "shares", "US exchanges|US stock market|market",
      basis="average for the last five days"),
    m("options_volume|contracts_traded|volume", 2.97e6, "contracts", AAPL, basis="record daily volume; Trade Alert"),
    m("volume_multiple|volume_ratio|relative_volume", 3, "x", AAPL, opt=True, basis="about three times normal"),
    m("call_put_ratio|put_call_ratio|options_ratio", 2.1, "x", AAPL, opt=True, basis="calls led puts 2.1:1"),
    m(PC, 53.47, "%", "Pulse Electronics|Pulse Electronics Corp.", basis="largest percentage gainer on the NYSE"),
    m(PC, -18.05, "%", "Usec|USEC|USEC Inc.", basis="largest percentage decliner on the NYSE"),
], [])

# ---------------------------------------------------------------- en06 dpa-AFX overview of analyst recommendations on U.K. stocks (finanznachrichten.de; November 2019 by the address only, no date printed): 25 calls — 2 upgrades (Canaccord Bovis Homes to buy from hold 1260 (1150) pence; Davy Breedon to outperform from neutral, 86 pence), 3 downgrades (Citigroup Tullow Oil to neutral from buy 165 (285); HSBC Berkeley Group to hold from buy, 4540; JPMorgan Aviva to neutral from overweight, 498), 1 resumption (Exane BNP Micro Focus outperform, 1400), 19 target moves (9 raises, 10 cuts); IG's FTSE indication +0.23% to 7255 (close 7238.55) points (GBP, %, points)
# A daily broker round-up of upgrades, downgrades, a resumption and target moves across several U.K. companies, with old
# and new targets in pence. Cut: the stored text breaks off after the first word of a new item ("- JPMORGAN "), so the
# passage stops after the Aviva item, an item boundary (no figure goes with the cut). The stored text has no headline
# (it opens with the dateline "FRANKFURT (dpa-AFX) -", kept; none added). The wire's all-capitals list is rendered in
# ordinary case and each item rewritten as a sentence (news57 en01), with the notation of every figure kept: "8300
# (8200) pence" (the new target, the old one in brackets), "('hold')" for the earlier rating, "+0.23%", "(close:
# 7238.55)". Names kept as printed: "British Land Co", "Great Portland", "Land Securities", "AB Foods", "Tullow Oil" and
# "Tullow Oil plc" for the same company, "Exane BNP", "Citigroup", "Davy". No quotes.
# Periods: none (see the header).
# Decided (news57 en01, news7 en02): targets in pence scaled to GBP; a target cut or raise with the rating kept ->
# cut_target / raise_target with the bracketed old target as prior_target; "raises / cuts X to 'r1' ('r2') - target T
# (T0)" -> upgrade / downgrade with both ratings and both targets (Canaccord's Bovis upgrade raises the target,
# Citigroup's Tullow downgrade cuts it); Davy's Breedon upgrade, HSBC's Berkeley downgrade and JPMorgan's Aviva downgrade
# print a single target (no prior target); "resumes ... with 'outperform'" -> initiate (the development corpus's
# "reinstated" rule) with its target. Two brokers on the same stock (Credit Suisse and Deutsche Bank on Johnson Matthey,
# Citigroup and HSBC on Tullow Oil) are separate actions. "Reduce" kept as the rating word. IG's FTSE indication as
# news57 en01: the indicated change +0.23 % key and the indicated level 7255 points key with the bracketed close 7238.55
# as prior, the close an optional row.
FTSE = "FTSE|FTSE 100|FTSE 100 index"
CS = "Credit Suisse|CS"
DB = "Deutsche Bank|Deutsche"
JM = "Johnson Matthey|Johnson Matthey plc|JMAT"
TLW = "Tullow Oil|Tullow Oil plc|Tullow"
G["en06"] = ([
    m("indicated_change|index_change|futures_change", 0.23, "%", FTSE, basis="indicated by IG"),
    m("indicated_level|index_level|indicated_open", 7255, "points", FTSE, prior=7238.55, basis="indicated by IG"),
    m("close|index_level|previous_close", 7238.55, "points", FTSE, opt=True, basis="previous close, in brackets"),
], [
    ra("Barclays", "AstraZeneca|AstraZeneca plc|AZN", "raise_target", "overweight", target=83.00, prior_target=82.00,
       cur=GBP),
    ra("Berenberg", "Britvic|Britvic plc", "raise_target", "buy", target=10.60, prior_target=10.00, cur=GBP),
    ra("Canaccord|Canaccord Genuity", "Bovis Homes|Bovis Homes Group|Bovis", "upgrade", "buy", "hold", target=12.60,
       prior_target=11.50, cur=GBP),
    ra("Citigroup|Citi", TLW, "downgrade", "neutral", "buy", target=1.65, prior_target=2.85, cur=GBP),
    ra(CS, "Diageo|Diageo plc", "cut_target", "outperform", target=35.70, prior_target=37.50, cur=GBP),
    ra(CS, JM, "cut_target", "outperform", target=38.00, prior_target=39.00, cur=GBP),
    ra(CS, "Royal Mail|Royal Mail plc", "cut_target", "underperform", target=1.52, prior_target=1.83, cur=GBP),
    ra(CS, "Sage Group|Sage|Sage Group plc", "cut_target", "underperform", target=6.20, prior_target=6.50, cur=GBP),
    ra("Davy|Davy Stockbrokers|J&E Davy", "Breedon|Breedon Group", "upgrade", "outperform", "neutral", target=0.86,
       cur=GBP),
    ra(DB, "British Land Co|British Land|British Land Company", "cut_target", "hold", target=5.80, prior_target=6.00,
       cur=GBP),
    ra(DB, JM, "cut_target", "buy", target=36.00, prior_target=37.00, cur=GBP),
    ra(DB, "Great Portland|Great Portland Estates", "raise_target", "buy", target=8.90, prior_target=8.20, cur=GBP),
    ra(DB, "Land Securities|Landsec|Land Securities Group", "raise_target", "buy", target=9.50, prior_target=9.10,
       cur=GBP),
    ra(DB, "Rotork|Rotork plc", "raise_target", "hold", target=3.20, prior_target=2.95, cur=GBP),
    ra("Exane BNP|Exane BNP Paribas|Exane", "Micro Focus|Micro Focus International", "initiate", "outperform",
       target=14.00, cur=GBP),
    ra("HSBC", "Berkeley Group|Berkeley|Berkeley Group Holdings", "downgrade", "hold", "buy", target=45.40, cur=GBP),
    ra("HSBC", "BT Group|BT", "cut_target", "buy", target=2.25, prior_target=2.40, cur=GBP),
    ra("HSBC", "Crest Nicholson|Crest Nicholson Holdings", "cut_target", "buy", target=5.00, prior_target=5.40, cur=GBP),
    ra("HSBC", "Kingfisher|Kingfisher plc", "cut_target", "reduce", target=1.50, prior_target=1.60, cur=GBP),
    ra("HSBC", TLW, "cut_target", "hold", target=1.60, prior_target=2.20, cur=GBP),
    ra("HSBC", "Bellway|Bellway plc", "raise_target", "buy", target=43.00, prior_target=42.90, cur=GBP),
    ra("HSBC", "Persimmon|Persimmon plc", "raise_target", "buy", target=28.30, prior_target=27.50, cur=GBP),
    ra("Jefferies", "AB Foods|Associated British Foods|ABF", "raise_target", "buy", target=30.20, prior_target=29.50,
       cur=GBP),
    ra("Jefferies", "Premier Foods|Premier Foods plc", "raise_target", "buy", target=0.52, prior_target=0.43, cur=GBP),
    ra("JPMorgan|JP Morgan|J.P. Morgan", "Aviva|Aviva plc", "downgrade", "neutral", "overweight", target=4.98,
       cur=GBP),
])
