# Hand-written gold labels for news68/en en01-en06 (batch a: US, Canadian and European news in English — a US bank's
# third quarter of 2023 with net income and diluted EPS against a year earlier, nine-month figures, net interest income,
# the net interest margin against the second quarter and a year ago, the provision for credit losses and noninterest
# income; Volkswagen's first quarter with EBIT against a year earlier and the Bloomberg estimate, the margin, the
# full-year margin range, the VW brand's margin and target, the efficiency programme and the share move; a US CPI release
# for June with headline, core and core-goods prices against the consensus and earlier months; Laurentian Bank's second
# quarter in Canadian dollars with profit, the raised dividend, diluted and adjusted EPS against the Refinitiv estimate,
# revenue and the provision for credit losses; activist opposition to Tele2's €1.34bn bid for Versatel with the offer
# price, acceptance threshold, holdings, premiums and a unit sale; and four brokers' target raises on Burberry in pence
# after its interim results).
# Read from texts/enNN.txt only; the labels were written by hand from the texts alone. No extractor, newsflow, pytest,
# .venv or other project code was run (only build_labels.py, to build the gold file), eval/extraction/news_text.py was
# not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was opened or grepped (unit strings and
# metric names were checked against earlier sets' labels_*.py files), and no other batch's texts, labels or sources were
# read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news67/en/README.md, with news67 en01 (a US results release: year-ago figures in "compared to" clauses as priors plus
# optional rows), earlier sets' "2018Q1-Q3" for nine months, news67 en03 / news65 en03 (a macro release: the forecast as
# key consensus rows), news67 b en11 (no year printed -> no periods, the month in the basis), news17, news21 and news43 bank
# quarters in CAD (Canadian Press style), earlier sets' "stake|ownership_stake" rows with the holder and the company as
# alternatives, and earlier sets' broker rounds in pence (targets scaled to GBP) as models.
# Currencies: en01 "$" -> USD; en02 "€" -> EUR ("$3.6 billion" -> USD, optional conversion); en03 none (%); en04 "$" on a
# Canadian bank's results (Montreal dateline, Canadian Press style) -> CAD; en05 "€" -> EUR ("$1.67bn" -> USD,
# optional conversion); en06 "£" -> GBP and pence targets scaled to GBP ("2,070p" -> 20.70).
# Scaling: values fully scaled ("$51.0 million" -> 51.0e6, "€3.3 billion" -> 3.3e9, "€1.34bn" -> 1.34e9, "€565m" ->
# 565e6, "£1.35 billion" -> 1.35e9, "47 cents" -> 0.47 CAD); declines negative ("fell 0.1 percent" -> -0.1, "a
# reduction of interchange fees of approximately $5.4 million" -> -5.4e6); hedges in the basis ("approximately", "as
# much as", "more than", "around", "significantly above").
# Periods decided: en01 "the third quarter of 2023" / "of 2022" -> 2023Q3 / 2022Q3, "the second quarter" beside them ->
# 2023Q2, "the nine months ended September 30, 2023" -> 2023Q1-Q3 (2022Q1-Q3 for the year before). en02 prints no year
# for the quarter, but the chief executive's statement on the results speaks of 2015 as the current year and the
# full-year target is that year's -> 2015Q1 for the quarter, 2014Q1 for "a year earlier", 2015 for the full-year range
# (clearly implied by the passage's own text); the share moves, the efficiency programme and the brand's margin target
# none. en03 prints no year ("June", "May", "Tuesday") -> none, the month in the basis. en04 "the second quarter of 2022"
# for the year-ago quarter -> 2023Q2 for the reported quarter and 2022Q2 for the year before (the text never says
# "fiscal", so calendar-style labels as printed); the dividend none. en05 (no year printed; deal terms) -> none. en06 "the
# 26 weeks ended October 1" with no year (the byline's date dropped as furniture) -> none, the span in the basis.
# Not labelled: dates and times ("October 19, 2023", "September 30", "April 30", "July 15", "April 28", "October 1",
# "Thursday", "Friday"), the "by 2018" ambition year, tickers ("NASDAQ GS:BANF", "LON: BRBY"), "the Durbin amendment".

NI = "net_income|net_profit|profit"
EPS = "diluted_eps|eps|earnings_per_share"
PC = "price_change|share_price_change"

# ---------------------------------------------------------------- en01 BancFirst's third quarter of 2023 (the company's release, Exhibit 99.1, on eninvs.com): net income $51.0 million or $1.52 diluted EPS against $55.4 million or $1.65; nine months $163.5 million or $4.88 against $136.0 million or $4.07; NII $104.3 million against $100.9 million; NIM 3.73% against 3.87% and 3.48%; provision $2.3 million against $2.9 million; noninterest income $44.4 million against $49.3 million; interchange fees down approximately $5.4 million; total assets over $10 billion (USD, %)
# A US bank's quarter. The stored excerpt prints net interest income, the margin, the provision and noninterest income,
# but no loans, deposits, CET1 or consensus estimate (the kind's other elements are not in the stored text). Cut: the
# stored text breaks off inside the sentence on the 2022 equity-interest income ("... which was sold during the second
# quarter", no full stop), so the passage stops after the interchange-fee sentence, a sentence boundary; the $3.2 million
# of that sentence goes with the cut. Furniture dropped: "Try our mobile app", "Published: ...", "<<< go to BANF company
# page", the exhibit labels, the image name, the letterhead address and web address, "FOR IMMEDIATE RELEASE". The
# release's title kept (reworded) as the headline; its date line kept as the dateline.
# Decided: "net income of $X, or $Y diluted EPS, for Q3 2023 compared to $A, or $B, for Q3 2022" -> key levels with the
# year-ago values as priors and optional 2022Q3 rows; the same for the nine months (key, 2023Q1-Q3, optional 2022Q1-Q3
# rows; "per share" for the nine months read as the same diluted measure, with plain "eps" among the alternatives).
# NIM "3.73% compared to 3.87% in the second quarter and 3.48% a year ago" -> key 3.73 with no prior (two comparators;
# neither is preferred) and the two earlier margins as optional rows. The interchange-fee reduction key as a negative
# change; "exceeds $10 billion in total assets" an optional row (a threshold statement).
G["en01"] = ([
    m(NI, 51.0e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2023Q3", prior=55.4e6),
    m(NI, 55.4e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2022Q3", opt=True),
    m(EPS, 1.52, "USD", "BancFirst Corporation|BancFirst|BANF", "2023Q3", prior=1.65, basis="diluted"),
    m(EPS, 1.65, "USD", "BancFirst Corporation|BancFirst|BANF", "2022Q3", basis="diluted", opt=True),
    m(NI, 163.5e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2023Q1-Q3", prior=136.0e6),
    m(NI, 136.0e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2022Q1-Q3", opt=True),
    m(EPS, 4.88, "USD", "BancFirst Corporation|BancFirst|BANF", "2023Q1-Q3", prior=4.07),
    m(EPS, 4.07, "USD", "BancFirst Corporation|BancFirst|BANF", "2022Q1-Q3", opt=True),
    m("net_interest_income|nii", 104.3e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2023Q3", prior=100.9e6),
    m("net_interest_income|nii", 100.9e6, "USD", "BancFirst Corporation|BancFirst|BANF", "2022Q3", opt=True),
    m("net_interest_margin|nim", 3.73, "%", "BancFirst Corporation|BancFirst|BANF", "2023Q3"),
    m("net_interest_margin|nim", 3.87, "%", "BancFirst Corporation|BancFirst|BANF", "2023Q2", opt=True),
    m("net_interest_margin|nim", 3.48, "%", "BancFirst Corporation|BancFirst|BANF", "2022Q3", opt=True),
    m("provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision|pcl", 2.3e6, "USD",
      "BancFirst Corporation|BancFirst|BANF", "2023Q3", prior=2.9e6),
    m("provision_for_credit_losses|provision|credit_loss_provision|loan_loss_provision|pcl", 2.9e6, "USD",
      "BancFirst Corporation|BancFirst|BANF", "2022Q3", opt=True),
    m("noninterest_income|non_interest_income|fee_income", 44.4e6, "USD", "BancFirst Corporation|BancFirst|BANF",
      "2023Q3", prior=49.3e6),
    m("noninterest_income|non_interest_income|fee_income", 49.3e6, "USD", "BancFirst Corporation|BancFirst|BANF",
      "2022Q3", opt=True),
    m("interchange_fee_change|interchange_fees|interchange_fee_reduction", -5.4e6, "USD",
      "BancFirst Corporation|BancFirst|BANF", "2023Q3", basis="approximately"),
    m("total_assets|assets", 10e9, "USD", "BancFirst Corporation|BancFirst|BANF", basis="exceeds", opt=True),
], [])

# ---------------------------------------------------------------- en02 Volkswagen's first quarter of 2015 (The Irish Times, from Bloomberg; no year printed for the quarter, 2015 from the CEO's statement): operating profit +17 per cent, EBIT €3.3 billion ($3.6 billion) from €2.9 billion against a €3.14 billion estimate of 10 analysts; margin 6.3 per cent from 6 per cent; full-year target 5.5-6.5 per cent; €5 billion efficiency program; VW brand margin target more than 6 per cent, brand margin 2 per cent from 1.8 per cent; shares up as much as 2.2 per cent to €245.50, up 0.5 per cent; up 31 per cent this year, value €114 billion (EUR, USD, %)
# A European carmaker's quarter in euros (the kind's elements: operating margin and a guidance range; no deliveries are
# printed in the stored excerpt). Cut: the stored text breaks off inside the revenue sentence ("First-quarter revenue
# rose 10 per cent to €52.7 billion, helped by foreign-excha"), so the passage stops after the market-value sentence, a
# sentence boundary; the revenue and its growth go with the cut. No headline in the stored text (the slug is not page
# text). The crosshead "Weak Margin" kept (as "Weak margin"). Quotes (Winterkorn, Schwarz) rendered as reported speech;
# Schwarz's carry no figures, Winterkorn's the year 2015.
# Decided: EBIT "increased to €3.3 billion ($3.6 billion) from €2.9 billion a year earlier" -> key with prior, optional
# 2014Q1 row and optional dollar conversion; "jumped 17 per cent" key growth. "The €3.14 billion average of 10 analyst
# estimates" -> key ebit_consensus; the analyst count optional. "Operating profit improved to 6.3 per cent of revenue
# from 6 per cent" -> key margin with prior and optional 2014Q1 row. "Full-year target range of 5.5 per cent to 6.5 per
# cent" -> key rng for 2015 ("stuck to" -> no earlier range, "maintained" in the basis). The efficiency programme key
# (no period). The VW brand's "more than 6 per cent" margin aim key on the brand; its quarter margin "to 2 per cent from
# 1.8 per cent" key with prior and an optional row. Share moves: "as much as 2.2 per cent to €245.50 euros" (the doubled
# currency kept as printed) -> key % move and key price; "up 0.5 per cent this morning" key; "climbed 31 per cent this
# year" key (ytd); "valuing the company at €114 billion" key market cap.
VW = "Volkswagen|VW|Volkswagen Group|VW Group"
VWB = "VW brand|Volkswagen brand|VW|Volkswagen"
G["en02"] = ([
    m("operating_profit_growth|ebit_growth|operating_profit_change", 17, "%", VW, "2015Q1"),
    m("ebit|operating_profit|earnings_before_interest_and_taxes", 3.3e9, "EUR", VW, "2015Q1", prior=2.9e9),
    m("ebit|operating_profit|earnings_before_interest_and_taxes", 3.6e9, "USD", VW, "2015Q1", opt=True),
    m("ebit|operating_profit|earnings_before_interest_and_taxes", 2.9e9, "EUR", VW, "2014Q1", opt=True),
    m("ebit_consensus|operating_profit_consensus|ebit_estimate|operating_profit_estimate", 3.14e9, "EUR", VW, "2015Q1",
      basis="average of 10 analyst estimates, Bloomberg"),
    m("analyst_count|analysts", 10, "analysts", VW, opt=True),
    m("operating_margin|ebit_margin|operating_return_on_sales", 6.3, "%", VW, "2015Q1", prior=6),
    m("operating_margin|ebit_margin|operating_return_on_sales", 6, "%", VW, "2014Q1", opt=True),
    m("guidance_operating_margin|operating_margin_target|guidance_ebit_margin", None, "%", VW, "2015", rng=(5.5, 6.5),
      basis="maintained"),
    m("efficiency_program|cost_savings|savings_programme", 5e9, "EUR", VW),
    m("operating_margin_target|target_operating_margin|ebit_margin_target", 6, "%", VWB, basis="more than"),
    m("operating_margin|ebit_margin|operating_return_on_sales", 2, "%", VWB, "2015Q1", prior=1.8),
    m("operating_margin|ebit_margin|operating_return_on_sales", 1.8, "%", VWB, "2014Q1", opt=True),
    m(PC, 2.2, "%", VW, basis="as much as"),
    m("share_price|price|stock_price", 245.50, "EUR", VW, basis="intraday high"),
    m(PC, 0.5, "%", VW, basis="this morning"),
    m("share_price_change_ytd|ytd_change|price_change", 31, "%", VW, basis="this year"),
    m("market_cap|market_value|market_capitalisation", 114e9, "EUR", VW),
], [])

# ---------------------------------------------------------------- en03 US consumer prices for June (AllSides, from Just The News; no year printed): CPI +0.3 percent m/m against 0.3 percent forecast, May +0.1 percent; +2.7 percent y/y against 2.6 percent; core +0.2 percent against 0.3 percent, May +0.1 percent, +2.9 percent y/y matching expectations; core goods +0.2 percent, February +0.2 percent, May flat, April +0.2 percent, March -0.1 percent, +0.7 percent y/y (%)
# A US consumer-price release (the kind's "core inflation" and "the poll" elements; no payrolls). Whole as stored apart
# from furniture ("Related Coverage", "AllSides Picks", "More News about Economy and Jobs", "News from the Left / Center /
# Right", "Just The News"). No headline in the stored text (the slug is not page text). No quotes.
# Decided: June's readings key; the economists' forecasts key as *_consensus rows; "In May, CPI climbed just 0.1
# percent" and "In May, core CPI rose 0.1 percent" in sentences of their own -> key rows with May in the basis (not
# priors; no "from" construction). "Matching expectations" for core y/y -> an optional consensus row of 2.9 (implied,
# not printed as a figure). Core goods: June's +0.2 key and +0.7 y/y key; May "flat" key as 0 (the month before, as for
# the other May rows); April and March optional (older history); February's "0.2 percent rise" optional (a "largest
# since" comparator).
US = "United States|U.S.|US|USA"
G["en03"] = ([
    m("cpi_mom|cpi|inflation_mom|consumer_prices", 0.3, "%", US, basis="June, m/m"),
    m("cpi_mom_consensus|cpi_consensus|cpi_forecast", 0.3, "%", US, basis="June, m/m, economists' forecast"),
    m("cpi_mom|cpi|inflation_mom|consumer_prices", 0.1, "%", US, basis="May, m/m"),
    m("cpi_yoy|cpi|inflation|inflation_rate", 2.7, "%", US, basis="June, y/y"),
    m("cpi_yoy_consensus|cpi_consensus|inflation_consensus|cpi_forecast", 2.6, "%", US, basis="June, y/y, consensus"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.2, "%", US, basis="June, m/m"),
    m("core_cpi_mom_consensus|core_cpi_consensus|core_cpi_forecast", 0.3, "%", US, basis="June, m/m, economists' forecast"),
    m("core_cpi_mom|core_cpi|core_inflation", 0.1, "%", US, basis="May, m/m"),
    m("core_cpi_yoy|core_cpi|core_inflation", 2.9, "%", US, basis="June, y/y"),
    m("core_cpi_yoy_consensus|core_cpi_consensus|core_cpi_forecast", 2.9, "%", US, basis="matching expectations",
      opt=True),
    m("core_goods_prices_mom|core_goods_prices|core_goods_inflation", 0.2, "%", US, basis="June, m/m"),
    m("core_goods_prices_mom|core_goods_prices|core_goods_inflation", 0.2, "%", US, basis="February, m/m", opt=True),
    m("core_goods_prices_mom|core_goods_prices|core_goods_inflation", 0, "%", US, basis="May, m/m, flat"),
    m("core_goods_prices_mom|core_goods_prices|core_goods_inflation", 0.2, "%", US, basis="April, m/m", opt=True),
    m("core_goods_prices_mom|core_goods_prices|core_goods_inflation", -0.1, "%", US, basis="March, m/m", opt=True),
    m("core_goods_prices_yoy|core_goods_prices|core_goods_inflation", 0.7, "%", US, basis="y/y"),
], [])

# ---------------------------------------------------------------- en04 Laurentian Bank's second quarter (the Toronto Star, Canadian Press style; quarter ended April 30, 2023 implied by "the second quarter of 2022"): profit $49.3 million from $59.5 million; dividend 47 cents from 46 cents; diluted EPS $1.11 from $1.34; revenue $257.2 million from $259.6 million; PCL $16.2 million from $13.0 million; adjusted EPS $1.16 from $1.39 against the $1.12 Refinitiv estimate (CAD)
# A Canadian bank's quarter (adjusted EPS against the estimate, provisions, dividend; a bank, so no same-store sales).
# Whole as stored. The dateline "MONTREAL -" kept. No headline in the stored text. No quotes.
# Decided: "$" on a Canadian bank's results -> CAD. Every "X, down/up from Y a year ago/earlier" -> key with prior and an
# optional 2022Q2 row. Dividend "47 cents per share, up a penny from 46 cents" -> key 0.47 CAD with prior 0.46 (no
# period: a declared payment) and the penny an optional 0.01 CAD change. "Analysts on average had expected an adjusted
# profit of $1.12 per share" -> key adjusted EPS consensus.
LB = "Laurentian Bank of Canada|Laurentian Bank|Laurentian|LB"
G["en04"] = ([
    m(NI, 49.3e6, "CAD", LB, "2023Q2", prior=59.5e6),
    m(NI, 59.5e6, "CAD", LB, "2022Q2", opt=True),
    m("dividend_per_share|dps|quarterly_dividend|dividend", 0.47, "CAD", LB, prior=0.46, basis="quarterly"),
    m("dividend_change|dps_change|dividend_increase", 0.01, "CAD", LB, basis="a penny", opt=True),
    m(EPS, 1.11, "CAD", LB, "2023Q2", prior=1.34, basis="diluted"),
    m(EPS, 1.34, "CAD", LB, "2022Q2", basis="diluted", opt=True),
    m("revenue|revenues|total_revenue", 257.2e6, "CAD", LB, "2023Q2", prior=259.6e6),
    m("revenue|revenues|total_revenue", 259.6e6, "CAD", LB, "2022Q2", opt=True),
    m("provision_for_credit_losses|pcl|loan_loss_provisions|provision", 16.2e6, "CAD", LB, "2023Q2", prior=13.0e6),
    m("provision_for_credit_losses|pcl|loan_loss_provisions|provision", 13.0e6, "CAD", LB, "2022Q2", opt=True),
    m("adjusted_eps|eps|diluted_eps|adjusted_diluted_eps", 1.16, "CAD", LB, "2023Q2", prior=1.39, basis="adjusted"),
    m("adjusted_eps|eps|diluted_eps|adjusted_diluted_eps", 1.39, "CAD", LB, "2022Q2", basis="adjusted", opt=True),
    m("adjusted_eps_consensus|eps_consensus|eps_estimate|adjusted_eps_estimate", 1.12, "CAD", LB, "2023Q2",
      basis="adjusted, Refinitiv"),
], [])

# ---------------------------------------------------------------- en05 Activists against Tele2's bid for Versatel (the Financial Times; no year printed): €1.34bn ($1.67bn) cash bid, €2.20 a share, 95 per cent threshold; TeleNee 605 private investors, more than 4 per cent; Talpa Capital 42 per cent; Centaurus 5 per cent; premiums 14 per cent and 47 per cent; German unit to Apax for €565m (EUR, USD, %)
# An activist / merger-arbitrage story (stake sizes in %, offer price, premiums, deal value; no share counts printed).
# Whole as stored apart from the closing copyright and "Reuse this content" lines. No headline in the stored text. The
# closing "It would not say when and why it bought the stock." kept where printed (it refers to Centaurus, two paragraphs
# up). Quotes: TeleNee's "no chance" and Tele2's statement rendered as reported speech (Tele2's carries the €2.20).
# Decided: deal value key on Versatel with Tele2 among the alternatives, the dollar conversion optional; the offer price
# key, Tele2's repeat of €2.20 optional. "Terms of owning 95 per cent of the stock" -> key acceptance threshold. Holdings
# key as stakes with the holder first and Versatel among the alternatives ("more than 4 per cent" in the basis); TeleNee's
# 605 private investors optional. "A 14 per cent premium to ... July 15" and "47 per cent above ... April 28" -> two key
# premium rows, the reference date in the basis. The German unit's sale for €565m key on the unit.
VER = "Versatel|Tele2"
G["en05"] = ([
    m("deal_value|offer_value|bid_value|transaction_value", 1.34e9, "EUR", VER, basis="cash bid"),
    m("deal_value|offer_value|bid_value|transaction_value", 1.67e9, "USD", VER, opt=True),
    m("offer_price|offer_price_per_share|bid_price", 2.20, "EUR", VER),
    m("offer_price|offer_price_per_share|bid_price", 2.20, "EUR", VER, basis="Tele2's repeat", opt=True),
    m("acceptance_threshold|minimum_acceptance|ownership_threshold", 95, "%", VER),
    m("investors|investor_count|shareholders", 605, "investors", "TeleNee|Versatel", opt=True),
    m("stake|ownership_stake|shareholding", 4, "%", "TeleNee|Versatel", basis="more than"),
    m("stake|ownership_stake|shareholding", 42, "%", "Talpa Capital|Talpa|Versatel"),
    m("stake|ownership_stake|shareholding|holding", 5, "%", "Centaurus|Versatel"),
    m("offer_premium|premium", 14, "%", VER, basis="to the July 15 share price"),
    m("offer_premium|premium", 47, "%", VER, basis="above the April 28 share price"),
    m("sale_price|deal_value|disposal_value", 565e6, "EUR", "Versatel German unit|Versatel|Apax Partners|Tele2"),
], [])

# ---------------------------------------------------------------- en06 Brokers on Burberry after its interim results (AskTraders; no year in the kept text): shares +1.6% Friday, +2% Thursday; revenue +11% (5% at constant currency) to £1.35 billion; adjusted operating profit £238 million, +21% (6% at constant currency); £4 billion revenue target; margins above 20%; RBC 2,070p from 1,800p sector perform; Goldman 2,550p from 2,490p buy; Deutsche 2,200p from 1,950p hold; Jefferies 2,100p from 1,900p hold; TipRanks 11 analysts, 3 buy, 8 hold (GBP, %)
# Analysts' calls on a UK stock after results, several brokers. Whole as stored apart from furniture ("Skip to content",
# the byline and "Updated 18 Nov 2022", the risk warning "YOUR CAPITAL IS AT RISK. 76% OF RETAIL CFD ACCOUNTS LOSE
# MONEY." and the author's biography). Headline kept (reworded). RBC's quoted words ("sensible", "not hugely
# surprising", "less confident") rendered as reported speech.
# Decided: the results figures key (revenue, its growth, its constant-currency growth; adjusted operating profit and
# both growth rates) with no period ("the 26 weeks ended October 1" in the basis). Share moves key. "The £4 billion
# revenue target" key as a company target; RBC's "EBIT margins significantly above 20%" an optional target row. Each
# broker "raised its price target to X from Y" with a kept rating -> raise_target with both targets, pence scaled to
# GBP. TipRanks' analyst count and rating split optional (counts).
BRBY = "Burberry|Burberry Group|BRBY"
H1 = "26 weeks ended October 1"
G["en06"] = ([
    m(PC, 1.6, "%", BRBY, basis="around, Friday"),
    m("revenue_growth|sales_growth", 11, "%", BRBY, basis=H1),
    m("revenue|sales", 1.35e9, "GBP", BRBY, basis=H1),
    m("revenue_growth|sales_growth|revenue_growth_cer", 5, "%", BRBY, basis=H1 + ", constant exchange rates"),
    m("adjusted_operating_profit|operating_profit", 238e6, "GBP", BRBY, basis=H1 + ", adjusted"),
    m("adjusted_operating_profit_growth|operating_profit_growth", 21, "%", BRBY, basis=H1 + ", adjusted"),
    m("adjusted_operating_profit_growth|operating_profit_growth", 6, "%", BRBY,
      basis=H1 + ", adjusted, constant exchange rates"),
    m(PC, 2, "%", BRBY, basis="Thursday close"),
    m("revenue_target|target_revenue|guidance_revenue", 4e9, "GBP", BRBY, basis="medium-term target"),
    m("ebit_margin_target|target_ebit_margin|ebit_margin", 20, "%", BRBY, basis="significantly above", opt=True),
    m("analyst_count|analysts", 11, "analysts", BRBY, basis="TipRanks", opt=True),
    m("buy_ratings|analysts_buy", 3, "analysts", BRBY, basis="TipRanks", opt=True),
    m("hold_ratings|analysts_hold", 8, "analysts", BRBY, basis="TipRanks", opt=True),
], [
    ra("RBC Capital|RBC|RBC Capital Markets", BRBY, "raise_target", "sector perform", target=20.70, prior_target=18.00,
       cur="GBP"),
    ra("Goldman Sachs|Goldman", BRBY, "raise_target", "buy", target=25.50, prior_target=24.90, cur="GBP"),
    ra("Deutsche Bank|Deutsche", BRBY, "raise_target", "hold", target=22.00, prior_target=19.50, cur="GBP"),
    ra("Jefferies", BRBY, "raise_target", "hold", target=21.00, prior_target=19.00, cur="GBP"),
])
