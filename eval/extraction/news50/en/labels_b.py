# Hand-written gold labels for news50/en en07-en12 (batch b: English outlets in the Middle East, Africa and South Asia
# — the UAE, South Africa, Nigeria, Pakistan and India x2). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest, .venv or other project code was run (only build_labels.py, to build the gold file), nothing under plugins/,
# tests/ or docs/ was opened, no gold.jsonl was read, and no other batch's texts, labels or sources were read.
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md and
# news4-news49/en/README.md, with the labels of news47/en, news48/en and news49/en as the model: values fully scaled
# ("Dh2.35 billion" -> 2.35e9 AED, "Dh824 million" -> 824e6 AED, "7.6 million tons (Mt)" -> 7.6e6 tons, "12Mt" -> 12e6
# tons, "R2.66bn" -> 2.66e9 ZAR, "$245.58 million" -> 245.58e6 USD, "216.22 million shares" -> 216.22e6 shares,
# "Rs24.83 billion" -> 24.83e9 PKR, "Rs 3,052.90 crore" -> 3.0529e10 INR with crore 1e7, "$2,803.50 million" ->
# 2.8035e9 USD, "200 basis points" -> 200 bp); declines, cuts, drags and downsides negative ("a third lower" -> -33.33,
# "a 12Mt reduction" -> -12e6 tons, "(-624.67)" -> -624.67 points, "dragged the index down by 68.32 points" -> -68.32,
# "lost 77.41 points" -> -77.41, "minus 0.6 per cent" -> -0.6, "Rs 3,935 (-12%)" -> a -12 % implied downside); a
# currency's move keeps the direction the text gives the currency ("the naira gained N25.09" -> +25.09 NGN, as news47
# batch a's "down 6.40 won" -> -6.40 KRW); exchange rates in the quoting currency per US dollar ("N1,350/$1" -> 1350
# NGN); currency codes ("Dh" -> AED, "R" on a South African page -> ZAR, "$" for coal prices -> USD, "N" -> NGN, "Rs" on
# a Pakistani page -> PKR and on Indian pages -> INR, "Re 1" -> 1 INR, "$" on an Indian IT company's segment revenue,
# bookings and TCV -> USD); index levels and point contributions in "points"; count nouns ("tons", "shares",
# "companies", "deals"); figures in words labelled with their value ("nine per cent" -> 9, "a third" -> 33.33, "nil"
# -> 0); hedges in the basis ("over", "some"); a same-sentence "X from / compared with / against Y" value of the same
# quantity is the prior and the earlier reading an optional row (news30 batch b, news36-news49), an earlier figure in
# a sentence of its own a key row without prior; a figure printed first in a headline or standfirst is key there and
# its exact restatement in the body optional (the first printing key; news49 batch b), a rounded headline repeat
# optional; "kept at" / "unchanged" with no move printed an optional 0 (news16, news32, news40-news49); breadth counts
# optional (news45 batch b); periods only where the text states or clearly implies the year (news24; market moves,
# index levels, exchange rates, a rate decision, broker calls, and results whose year is not printed: none); ranges as
# rng=(low, high) with value None (guidance, analysts' expected guidance, the policy corridor); brokers' targets and
# ratings only in rating actions, the implied upside or downside printed beside a target a key metric (news28,
# news31, news40-news48); the source's own errors and odd notation labelled as printed ("R11,75/share" -> 11.75 ZAR);
# dates, times, spans ("12 months", "two-day", "a year earlier than planned"), counts of stocks in a list ("three
# Indian IT majors", "top three", "top five", "top 10") and names with numbers ("API4", "FY26") not labelled.

# ---------------------------------------------------------------- en07 Aldar Properties' first half and second quarter of 2021 (Khaleej Times, khaleejtimes.com, Wednesday August 11, 2021): record Q2 development sales Dh2.35 billion (headline Dh2.35B); H1 sales Dh3.4 billion, revenue backlog Dh4.25 billion; Q2 revenue, gross profit and net profit +9/+15/+8 % to Dh2.19 billion, Dh824 million, Dh521 million; H1 +12/+13/+35 % to Dh4.23 billion, Dh1.60 billion, Dh1.06 billion (standfirst 35% / Dh1.06B); Development unit gross profit +10 % to Dh444 million; Investment arm recurring NOI +23 % to Dh375 million (AED, %)
# A Gulf property developer's half-year and quarterly results with record sales and the units' contributions. Cut: the
# stored page breaks off mid-word in the liquidity sentence ("... with Dh4.45 billion of unrestric"), so the passage
# stops after the Investment arm's sentence. Headline kept (rewritten: "posts record" -> "books record"); the
# standfirst kept with its "Dubai -" prefix (rewritten: "Net profit spikes 35% year-on-year to Dh1.06B in first
# half"). Dropped as furniture: "Top Stories", the photo caption printed twice (Al Gurm land plots, no figure), the
# byline "by Alvin Cabral", the share-button list and the "Published: / Last updated:" lines. The chief executive's
# quoted sentences are rendered as reported speech (only "12 months", a span, in them). Kept as printed: "Dh2.35B" and
# "Dh1.06B" in the headline and standfirst beside "Dh2.35 billion" and "Dh1.06 billion" in the body, "nine per cent"
# and "eight per cent" in words beside "15 per cent", the "respectively" lists.
# Periods: "the first half of 2021" -> 2021H1 for the half's figures and 2021Q2 for "the second quarter" / "a
# three-month period"; the units' figures (Development gross profit, Investment recurring NOI) do not say whether they
# are the quarter's or the half's -> none; the revenue backlog prints no date -> none.
# Decided: the headline's Dh2.35B is the first printing of the record quarterly development sales (key, 2021Q2); the
# body's "Dh2.35 billion" an optional repeat. The standfirst's "35% ... to Dh1.06B" are the first printings of the
# half's net-profit growth and level (key, 2021H1); the body's "35 per cent ... Dh1.06 billion" optional repeats.
# "Revenue, gross profit and net profit were up nine per cent, 15 per cent and eight per cent at Dh2.19 billion, Dh824
# million and Dh521 million, respectively" -> three key growth rows and three key levels read in order (no priors
# printed); the half's list likewise. "Total sales in the first half to Dh3.4 billion" -> key development sales
# (2021H1); "revenue backlog to Dh4.25 billion" -> key backlog. Units' rows keyed on the unit with Aldar among the
# alternatives.
ALD = "Aldar Properties|Aldar|Aldar Properties PJSC"
DEV = "Aldar Development|Development unit|Development|" + ALD
INV = "Aldar Investment|Investment arm|Investment|" + ALD
SALES = "development_sales|property_sales|sales|total_sales"
Q, H = "2021Q2", "2021H1"
G["en07"] = ([
    m(SALES, 2.35e9, "AED", ALD, Q, basis="headline; record, the highest ever for a three-month period"),
    m("net_profit_growth|net_income_growth|profit_growth", 35, "%", ALD, H, basis="standfirst; first half, year-on-year"),
    m("net_profit|net_income", 1.06e9, "AED", ALD, H, basis="standfirst; Dh1.06B, first half"),
    m(SALES, 2.35e9, "AED", ALD, Q, opt=True, basis="body repeat of the headline figure"),
    m(SALES, 3.4e9, "AED", ALD, H, basis="total sales in the first half"),
    m("revenue_backlog|backlog|sales_backlog", 4.25e9, "AED", ALD, basis="after the first half; no date printed"),
    m("revenue_growth|sales_growth", 9, "%", ALD, Q, basis="year-on-year; printed nine per cent"),
    m("gross_profit_growth", 15, "%", ALD, Q, basis="year-on-year"),
    m("net_profit_growth|net_income_growth|profit_growth", 8, "%", ALD, Q, basis="year-on-year; printed eight per cent"),
    m("revenue|sales", 2.19e9, "AED", ALD, Q),
    m("gross_profit", 824e6, "AED", ALD, Q),
    m("net_profit|net_income", 521e6, "AED", ALD, Q),
    m("revenue_growth|sales_growth", 12, "%", ALD, H, basis="jumped"),
    m("gross_profit_growth", 13, "%", ALD, H),
    m("net_profit_growth|net_income_growth|profit_growth", 35, "%", ALD, H, opt=True,
      basis="body repeat of the standfirst's growth"),
    m("revenue|sales", 4.23e9, "AED", ALD, H),
    m("gross_profit", 1.60e9, "AED", ALD, H),
    m("net_profit|net_income", 1.06e9, "AED", ALD, H, opt=True, basis="body repeat of the standfirst's Dh1.06B"),
    m("gross_profit_growth|segment_gross_profit_growth", 10, "%", DEV, basis="Development unit; quarter or half not said"),
    m("gross_profit|segment_gross_profit", 444e6, "AED", DEV, basis="Development unit"),
    m("recurring_noi_growth|net_operating_income_growth|noi_growth", 23, "%", INV, basis="Investment arm"),
    m("recurring_noi|net_operating_income|noi|recurring_net_operating_income", 375e6, "AED", INV,
      basis="Investment arm, recurring"),
], [])

# ---------------------------------------------------------------- en08 Exxaro Resources' full-year results with its coal exports (Miningmx, miningmx.com, March 3, 2022; no year printed): thermal coal exports a third lower at 7.6 Mt; benchmark price +90%; South Africa's RBCT deliveries -12Mt; 12.2Mt railed in the previous year; core HEPS +58% to R46.83/share; SIOC dividend R2.66bn, +48%; API4 RBCT $124/t against a $65/t average; realised export price +100%, $96/t; final dividend R11,75/share (tons, %, ZAR, USD)
# A South African coal miner's annual earnings with export volumes, coal prices and the dividend. Cut: the stored page
# breaks off mid-word in the dividend-policy paragraph ("... investment in Exxaro's renewable energy and minerals
# busine"), so the passage stops after the final-dividend sentence. The stored text has no headline (the address slug
# is not page text; none added). The outgoing CEO's quoted sentence is rendered as reported speech (no figure; the
# bracketed "[Transnet Freight Rail]" gloss kept). Kept as printed: "EXXARO" in capitals at the start, "severe" in
# quote marks, "7.6 million tons (Mt)" beside "12Mt" and "12.2Mt" without a space, "R46.83/share" and the comma decimal
# "R11,75/share", "R2.66bn", "$124 per ton" beside "$65/t" and "$96/t", "incumbent Nombasa Tsengwa" (for the incoming
# chief executive), "realised".
# Periods: none — "the 12 months ended December 31" and "the previous financial year" print no year (the page is of
# March 2022; the figures are Exxaro's 2021).
# Decided: "exports a third lower at 7.6 million tons" -> key level and key -33.33 % change (news49 batch a's "by a
# third"); the 12.2Mt railed "in the financial year before" is an earlier figure in a sentence of its own -> a key row
# without prior (not put on the 7.6 Mt row). "A 90% benchmark price improvement" -> key +90 % on the thermal-coal
# benchmark; "deliveries to Richards Bay Coal Terminal ... down by 12Mt" -> key -12e6 tons on South Africa / RBCT. Core
# HEPS and its +58 % key; the SIOC dividend received (R2.66bn) and its +48 % ("some" in the basis) key, keyed on Exxaro
# with SIOC among the alternatives. "The API4 RBCT export price of $124 per ton compared with a $65/t average in the
# previous financial year" -> key 124 USD (a ton) with prior 65 and an optional 65 row. "A 100% rise in the average
# realised export price of $96/t" -> key +100 % and key 96 USD a ton (the text does not say whether $96/t is the new
# price; labelled as the realised price). Final dividend "R11,75/share" -> key 11.75 ZAR.
EXX = "Exxaro|Exxaro Resources|EXXARO Resources|Exxaro Resources Ltd"
API4 = "API4|API4 RBCT|Richards Bay|thermal coal|coal"
CPRICE = "coal_price|export_price|benchmark_price|api4_price|price"
G["en08"] = ([
    m("thermal_coal_exports|coal_exports|export_volume|export_sales_volume", 7.6e6, "tons", EXX,
      basis="thermal coal exports, a third lower"),
    m("thermal_coal_exports_change|coal_exports_change|export_volume_change|export_growth", -33.33, "%", EXX,
      basis="a third lower"),
    m("benchmark_price_change|coal_price_change|price_change|price_growth", 90, "%", API4 + "|" + EXX,
      basis="benchmark price improvement in the fuel"),
    m("coal_deliveries_change|rbct_deliveries_change|export_volume_change|deliveries_change", -12e6, "tons",
      "South Africa|Richards Bay Coal Terminal|RBCT", basis="thermal coal deliveries to RBCT, reduction in total"),
    m("coal_railed|thermal_coal_exports|coal_exports|export_volume", 12.2e6, "tons", EXX,
      basis="railed in the previous financial year"),
    m("core_heps|heps|headline_earnings_per_share|core_headline_earnings_per_share", 46.83, "ZAR", EXX,
      basis="core headline earnings per share, 12 months ended December 31"),
    m("core_heps_growth|heps_growth|headline_earnings_growth|core_headline_earnings_growth", 58, "%", EXX,
      basis="year-on-year improvement"),
    m("dividend_received|sioc_dividend|dividend_income|dividend", 2.66e9, "ZAR",
      EXX + "|Sishen Iron Ore Company|SIOC", basis="dividend from the SIOC stake"),
    m("dividend_received_growth|sioc_dividend_growth|dividend_growth", 48, "%", EXX + "|Sishen Iron Ore Company|SIOC",
      basis="some; year-on-year"),
    m(CPRICE, 124, "USD", API4, prior=65, basis="API4 RBCT export price, per ton"),
    m(CPRICE, 65, "USD", API4, opt=True, basis="$65/t average in the previous financial year"),
    m("realised_export_price_growth|realized_export_price_change|export_price_change|price_change", 100, "%", EXX,
      basis="average realised export price"),
    m("realised_export_price|realized_export_price|average_realised_price|export_price", 96, "USD", EXX,
      basis="$96/t"),
    m("final_dividend|dividend_per_share|dps|dividend", 11.75, "ZAR", EXX, basis="printed R11,75/share"),
], [])

# ---------------------------------------------------------------- en09 Central Bank of Nigeria raises its policy rate, with the naira's moves (The Link Nigeria, thelinkng.co; Tuesday March 26, 2024 decision, a March 27, 2024 page; no year printed): MPR +200 bp to 24.75 % from 22.75 %; asymmetric corridor to +100/-300 bp from +100/-700 bp; CRR for DMBs kept at 45.0 %; CRR for merchant banks 14 % from 10 %; liquidity ratio 30.0 % unchanged; parallel market N1,350/$1 against N1,400/$1; NAFEM naira +N25.09 to N1,382.95/$1 from N1,408.04/$1; FX turnover +10.73 % to $245.58 million from $221.80 million (bp, %, NGN, USD)
# A central-bank rate decision with its other policy settings and the currency market that day. Whole as stored. The
# stored text has no headline (none added). The governor's closing quoted clause is rendered as reported speech (no
# figure; "two-day" is a span). Kept as printed: "Monday, 25 March", "N1,350/$1"-style quotes, "NAFEM" for the
# Nigerian Autonomous Foreign Exchange window, "45.0 percent" and "30.0 percent" with their decimals beside "10
# percent" and "14 percent", "the apex bank".
# Periods: none — a rate decision, policy ratios and exchange rates (news46 batch b, news48 batch b: the decision none;
# market prices none); "25 March" prints no year.
# Decided: "by 200 basis points to 24.75 percent, from 22.75 percent" -> key +200 bp change, key 24.75 % with prior
# 22.75 and an optional 22.75 row. The corridor "from +100/-700 basis points to +100/-300 basis points" -> a key range
# (-300, +100) bp around the MPR with the old range as prng, and an optional old-range row. CRR for DMBs "kept at 45.0
# percent" -> key level and an optional 0 pp change; CRR for merchant banks "from 10 percent to 14 percent" -> key 14
# with prior 10 and an optional 10 row; liquidity ratio "held ... at 30.0 percent" -> key level and an optional 0 pp.
# Parallel market "N1,350/$1 against N1,400/$1" -> key 1350 NGN a dollar with prior 1400 (optional 1400 row); NAFEM
# "the naira gained N25.09 to end at N1,382.95/$1, compared with N1,408.04/$1" -> key +25.09 NGN (the naira's gain, as
# printed), key 1382.95 with prior 1408.04 (optional old row); FX turnover +10.73 % and $245.58 million with prior
# $221.80 million (optional old row).
CBN = "Central Bank of Nigeria|CBN|Monetary Policy Committee|MPC|Nigeria"
MPR = "Monetary Policy Rate|MPR|" + CBN
CRR = "cash_reserve_ratio|crr|reserve_requirement|reserve_ratio"
PAR = "naira|Nigerian naira|USD/NGN|parallel market"
NAF = "naira|Nigerian naira|USD/NGN|NAFEM|Nigerian Autonomous Foreign Exchange"
FX = "exchange_rate|fx_rate|usd_ngn|naira_rate|rate"
G["en09"] = ([
    m("policy_rate_change|rate_change|interest_rate_change|rate_hike", 200, "bp", MPR, basis="raised"),
    m("policy_rate|monetary_policy_rate|mpr|interest_rate|benchmark_rate", 24.75, "%", MPR, prior=22.75),
    m("policy_rate|monetary_policy_rate|mpr|interest_rate|benchmark_rate", 22.75, "%", MPR, opt=True,
      basis="previous rate"),
    m("asymmetric_corridor|policy_corridor|corridor|rate_corridor", None, "bp", MPR, rng=(-300, 100),
      prng=(-700, 100), basis="asymmetric corridor around the MPR, +100/-300, reversed from +100/-700"),
    m("asymmetric_corridor|policy_corridor|corridor|rate_corridor", None, "bp", MPR, rng=(-700, 100), opt=True,
      basis="previous corridor +100/-700"),
    m(CRR, 45.0, "%", "deposit money banks|DMBs|" + CBN, basis="kept; deposit money banks"),
    m(CRR + "_change|crr_change|reserve_ratio_change", 0, "pp", "deposit money banks|DMBs|" + CBN, opt=True,
      basis="kept, no move printed"),
    m(CRR, 14, "%", "merchant banks|MBs|" + CBN, prior=10, basis="pushed up; merchant banks"),
    m(CRR, 10, "%", "merchant banks|MBs|" + CBN, opt=True, basis="previous ratio"),
    m("liquidity_ratio|lr", 30.0, "%", CBN + "|Liquidity Ratio|LR", basis="held"),
    m("liquidity_ratio_change|lr_change", 0, "pp", CBN + "|Liquidity Ratio|LR", opt=True,
      basis="held, no move printed"),
    m(FX + "|parallel_market_rate", 1350, "NGN", PAR, prior=1400, basis="naira per dollar, parallel market close"),
    m(FX + "|parallel_market_rate", 1400, "NGN", PAR, opt=True, basis="close on Monday, 25 March"),
    m("exchange_rate_change|naira_change|fx_change|currency_change", 25.09, "NGN", NAF,
      basis="the naira gained, official window"),
    m(FX + "|official_rate", 1382.95, "NGN", NAF, prior=1408.04, basis="naira per dollar, official window close"),
    m(FX + "|official_rate", 1408.04, "NGN", NAF, opt=True, basis="on Monday"),
    m("fx_turnover_growth|turnover_growth|turnover_change", 10.73, "%", NAF + "|foreign exchange market",
      basis="daily foreign exchange turnover"),
    m("fx_turnover|turnover|daily_turnover", 245.58e6, "USD", NAF + "|foreign exchange market", prior=221.80e6,
      basis="daily foreign exchange turnover"),
    m("fx_turnover|turnover|daily_turnover", 221.80e6, "USD", NAF + "|foreign exchange market", opt=True,
      basis="on Monday"),
], [])

# ---------------------------------------------------------------- en10 Pakistan Stock Exchange close with movers and point contributions (Profit by Pakistan Today, profit.pakistantoday.com.pk; a Friday of the fiscal year to June 2025, no date printed): KSE-100 +609.03 points (+0.54%) to 113,247.29; intraday range 1,540.48, high 113,554.07 (+915.81), low 112,013.59 (-624.67); 216.22 million shares; 51 up / 47 down / 2 unchanged; ten movers' % moves; ten stocks' and ten sectors' point contributions; All-Share 70,317.15, +370.26 points (+0.53%); market volume 499.85 million from 695.14 million; value Rs24.83 billion, +Rs0.53 billion (points, %, shares, PKR)
# A South Asian market close with movers and the stocks' and sectors' contributions to the index. Cut: the stored page
# breaks off mid-word in the closing sentence ("Overall, the KSE-100 Index has gained an impressive 34,802 points or
# 44.37% dur"), so the passage stops after the traded-value sentence (the 34,802 points and 44.37% go with the cut).
# Headline and subheading kept (rewritten: "closes at ... due to market optimism" -> "ends at ... on market optimism",
# "rises 609 points, boosted by" -> "climbs 609 points, lifted by"). No quotes in the text. Kept as printed: the
# tickers (MEHT, PGLC, PKGP, ENGROH ...), the bracketed signed figures "(+915.81)", "(-624.67)", "(+214.64)", "2"
# in digits for the unchanged count, "Rs24.83 billion" and "Rs0.53 billion" without a space, "oil & gas".
# Periods: none (market moves, levels, contributions and turnover).
# Decided: the headline's 113,247.29 is the first printing of the close (key); the body's close an optional repeat;
# the subheading's "609 points" a rounded repeat of the body's 609.03 (optional; the body's 609.03 key). The intraday
# range (1,540.48 points), the high and the low key; the bracketed distances of the high and the low from the previous
# close key (+915.81, -624.67). KSE-100 volume key in shares; breadth (51 / 47 / 2) optional counts. Each mover's % in
# brackets key on its ticker. Contributions: "adding 259.70 points" and "(+214.64)" etc. key positive, "dragged the
# index down by 68.32 points" and "(-40.71)" etc. key negative, each keyed on the ticker or sector with the KSE-100
# among the alternatives; the sectors likewise ("recorded a loss of 77.41 points" -> -77.41). All-Share level, point
# and % gain key. Market volume "fell to 499.85 million shares from the previous session's 695.14 million" -> key with
# prior and an optional old row; traded value Rs24.83 billion and its +Rs0.53 billion key ("Rs" on a Pakistani page ->
# PKR).
KSE = "KSE-100|KSE-100 Index|KSE 100|KSE100|Pakistan Stock Exchange|PSX"
ASI = "All-Share Index|KSE All-Share|All Share Index|PSX"
PC = "price_change|share_price_change|pct_change"
CON = "index_contribution|points_contribution|contribution|index_points"
movers10 = [("MEHT", 8.96), ("PGLC", 7.76), ("PKGP|Pakistan GasPort", 7.65),
            ("OGDC|OGDCL|Oil & Gas Development Company|Oil and Gas Development Company", 5.60),
            ("PPL|Pakistan Petroleum", 5.19), ("EFUG|EFU General Insurance", -5.24), ("NRL|National Refinery", -4.47),
            ("AIRLINK|Air Link Communication", -3.56), ("PKGS|Packages", -3.07), ("NML|Nishat Mills", -2.85)]
contrib10 = [("OGDC|OGDCL|Oil & Gas Development Company|Oil and Gas Development Company", 259.70),
             ("PPL|Pakistan Petroleum", 214.64), ("BAHL|Bank AL Habib|Bank Al-Habib", 138.35),
             ("FFC|Fauji Fertilizer Company|Fauji Fertilizer", 55.89), ("HMB|Habib Metropolitan Bank", 43.91),
             ("ENGROH|Engro Holdings", -68.32), ("HUBC|Hub Power Company|Hub Power", -40.71),
             ("UBL|United Bank Limited|United Bank", -40.15), ("HBL|Habib Bank Limited|Habib Bank", -38.21),
             ("MEBL|Meezan Bank", -25.43)]
sectors10 = [("Oil & Gas Exploration Companies|oil and gas exploration|E&P", 500.30), ("Commercial Banks|banks", 145.19),
             ("Cement", 93.97), ("Fertiliser|Fertilizer", 51.51), ("Food & Personal Care Products|food", 28.34),
             ("Investment Banks", -77.41), ("Pharmaceuticals|pharma", -59.33),
             ("Technology & Communication|technology", -56.60), ("Refinery|refineries", -21.50),
             ("Leather & Tanneries|leather", -20.39)]
G["en10"] = ([
    m("index_level|close|index_close", 113247.29, "points", KSE, basis="headline; close"),
    m("index_change|index_change_points|points_change", 609, "points", KSE, opt=True,
      basis="subheading; rounded repeat of 609.03"),
    m("index_change|index_change_points|points_change", 609.03, "points", KSE, basis="gained"),
    m("index_change_pct|index_change|pct_change", 0.54, "%", KSE),
    m("index_level|close|index_close", 113247.29, "points", KSE, opt=True, basis="body repeat of the headline close"),
    m("intraday_range|trading_range|range", 1540.48, "points", KSE, basis="intraday range"),
    m("intraday_high|high|index_high", 113554.07, "points", KSE, basis="peak"),
    m("intraday_high_change|high_change|index_change", 915.81, "points", KSE, basis="(+915.81) at the peak"),
    m("intraday_low|low|index_low", 112013.59, "points", KSE, basis="low"),
    m("intraday_low_change|low_change|index_change", -624.67, "points", KSE, basis="(-624.67) at the low"),
    m("volume|trading_volume|turnover_volume|shares_traded", 216.22e6, "shares", KSE,
      basis="shares exchanged within the KSE-100"),
    m("gainers|advancers", 51, "companies", KSE, opt=True, basis="closed higher"),
    m("losers|decliners", 47, "companies", KSE, opt=True, basis="closed lower"),
    m("unchanged", 2, "companies", KSE, opt=True, basis="unchanged"),
] + [m(PC, v, "%", t, basis="prominent gainer" if v > 0 else "on the losing side") for t, v in movers10]
  + [m(CON, v, "points", t + "|" + KSE, basis="contribution to the KSE-100") for t, v in contrib10]
  + [m(CON + "|sector_contribution", v, "points", s + "|" + KSE, basis="sector contribution to the index")
     for s, v in sectors10] + [
    m("index_level|close|index_close", 70317.15, "points", ASI, basis="closed higher"),
    m("index_change|index_change_points|points_change", 370.26, "points", ASI),
    m("index_change_pct|index_change|pct_change", 0.53, "%", ASI),
    m("volume|trading_volume|market_volume|shares_traded", 499.85e6, "shares", "PSX|Pakistan Stock Exchange|market",
      prior=695.14e6, basis="market volumes fell"),
    m("volume|trading_volume|market_volume|shares_traded", 695.14e6, "shares", "PSX|Pakistan Stock Exchange|market",
      opt=True, basis="previous session"),
    m("traded_value|turnover|trading_value|value_traded", 24.83e9, "PKR", "PSX|Pakistan Stock Exchange|market",
      basis="edged up"),
    m("traded_value_change|turnover_change|value_change", 0.53e9, "PKR", "PSX|Pakistan Stock Exchange|market",
      basis="increase"),
], [])

# ---------------------------------------------------------------- en11 Wipro's December quarter (Business Today, businesstoday.in; Wipro's third quarter of FY2023, reported Friday January 13, 2023; no year printed): net profit +2.8 % to Rs 3,052.90 crore from Rs 2,969 crore; revenue Rs 23,229 crore, +14.35 % from Rs 20,313.60 crore; IT Services revenue growth guidance 11.5-12.0 % CC; March-quarter guidance -0.6 % to 1 % sequential vs analysts' nil-2 %; IT Services segment revenue +6.2 % to $2,803.50 million; IT services revenue +0.6 % QoQ, +10.4 % YoY; interim dividend Re 1; total bookings $4.3 billion, +26 %; 11 large deals, TCV over $1 billion, +69 %; top five clients +15.7 %, top 10 +14.7 %; operating margin 16.3 %, +120 bp (INR, USD, %, bp, deals)
# An Indian IT services company's quarter with deal wins, a full-year and next-quarter revenue guidance against the
# analysts' expectation, and an interim dividend. Cut: the stored page breaks off mid-sentence in the CFO's quote ("We
# generated strong operating cash flows at 143 per cent of our net income "), so the passage stops after the sentence
# before it (the 143 per cent goes with the cut). The stored text has no headline (the address slug is not page text;
# none added). Dropped as furniture: the link line "Read more: Wipro Q3 results, dividend announcement today: 5 things
# you should know". The CFO's quoted sentences are rendered as reported speech (figures kept: "16.3 per cent", "120
# basis points"). Kept as printed: the stray full stop in "the record date. for the same.", "constant CC terms",
# "nil-2 per cent", "minus 0.6 per cent to 1 per cent", "at the end of December quarter" without "the", "IT Services"
# beside "IT services".
# Periods: none — "the same quarter last year", "the March quarter", "December quarter", "January 25" and "February
# 10" print no year (the page is of January 2023, Wipro's Q3 FY2023).
# Decided: net profit "2.8 per cent ... to Rs 3,052.90 crore, against Rs 2,969 crore in the same quarter a year
# earlier" -> key growth, key level with prior, optional year-ago row; revenue likewise. The 11.5-12.0 % IT Services
# revenue growth guidance (constant currency) and the March quarter's "minus 0.6 per cent to 1 per cent" sequential
# guidance are key ranges; the "nil-2 per cent guidance analysts had expected" a key range (0, 2) on the analysts'
# expectation ("nil" -> 0). IT Services segment revenue +6.2 % YoY and $2,803.50 million key; "rose 0.6 per cent"
# sequentially and "10.4 per cent higher YoY" two key growth rows (the 0.6 sequential first). Interim dividend "Re 1" ->
# key 1 INR. Total bookings $4.3 billion and +26 % key; "11 large deals" a key count (unit "deals"); TCV "over $1
# billion" key (hedge in the basis) and +69 % key; top five and top 10 client revenue growth key (constant currency).
# Operating margin 16.3 % key and "an expansion of 120 basis points from last quarter" key +120 bp (no prior printed).
WIP = "Wipro|Wipro Ltd|Wipro Limited"
ITS = "IT Services|IT services segment|" + WIP
GUIDE = "guidance_revenue_growth|revenue_growth_guidance|revenue_guidance|guidance"
G["en11"] = ([
    m("net_profit_growth|net_income_growth|profit_growth", 2.8, "%", WIP, basis="year-on-year"),
    m("net_profit|net_income", 3.0529e10, "INR", WIP, prior=2.969e10, basis="Rs 3,052.90 crore"),
    m("net_profit|net_income", 2.969e10, "INR", WIP, opt=True, basis="same quarter a year earlier"),
    m("revenue|sales", 2.3229e11, "INR", WIP, prior=2.031360e11, basis="quarterly; Rs 23,229 crore"),
    m("revenue_growth|sales_growth", 14.35, "%", WIP, basis="year-on-year"),
    m("revenue|sales", 2.031360e11, "INR", WIP, opt=True, basis="year-ago quarter"),
    m(GUIDE, None, "%", ITS, rng=(11.5, 12.0), basis="IT Services revenues, constant currency"),
    m(GUIDE + "|guidance_revenue_growth_qoq", None, "%", ITS, rng=(-0.6, 1.0),
      basis="March quarter, sequential, constant currency"),
    m("guidance_consensus|guidance_estimate|expected_guidance|revenue_growth_estimate", None, "%", ITS, rng=(0, 2),
      basis="nil-2 per cent guidance analysts had expected"),
    m("it_services_revenue_growth|segment_revenue_growth|revenue_growth", 6.2, "%", ITS, basis="YoY"),
    m("it_services_revenue|segment_revenue|revenue", 2.8035e9, "USD", ITS, basis="$2,803.50 million"),
    m("it_services_revenue_growth_qoq|revenue_growth_qoq|segment_revenue_growth|revenue_growth", 0.6, "%", ITS,
      basis="sequential"),
    m("it_services_revenue_growth|segment_revenue_growth|revenue_growth", 10.4, "%", ITS, basis="YoY"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1, "INR", WIP, basis="Re 1 per share"),
    m("total_bookings|bookings|order_bookings|deal_wins", 4.3e9, "USD", WIP, basis="end of December quarter"),
    m("bookings_growth|total_bookings_growth|order_bookings_growth", 26, "%", WIP, basis="YoY"),
    m("large_deals|deal_count|large_deal_wins", 11, "deals", WIP, basis="large deals signed in the quarter"),
    m("tcv|large_deal_tcv|total_contract_value|large_deal_bookings", 1e9, "USD", WIP, basis="over; TCV of large deals"),
    m("tcv_growth|large_deal_tcv_growth|large_deal_bookings_growth", 69, "%", WIP, basis="YoY"),
    m("top_client_revenue_growth|client_revenue_growth|revenue_growth", 15.7, "%", WIP + "|top five clients",
      basis="top five clients, YoY, constant currency"),
    m("top_client_revenue_growth|client_revenue_growth|revenue_growth", 14.7, "%", WIP + "|top 10 clients",
      basis="top 10 clients, YoY, constant currency"),
    m("operating_margin|ebit_margin|it_services_operating_margin", 16.3, "%", WIP),
    m("operating_margin_change|margin_change|margin_expansion", 120, "bp", WIP, basis="expansion from last quarter"),
], [])

# ---------------------------------------------------------------- en12 Indian brokers' calls with a dividend-yield screen (Newsyhub, newsyhub.com, Times of India text; "stocks on brokerages' radar for December 17", December 2024 by "the next fiscal (FY26)"; no year printed): Citi downgrades TCS, Tech Mahindra and LTIMindtree to sell, targets Rs 3,935 (-12%), Rs 1,475 (-21%), Rs 5,710 (-18%); Jefferies keeps buy on PI Industries, target cut to Rs 4,865 from Rs 5,100; Goldman Sachs buy on Aurobindo Pharma, Rs 1,525 (+22%); Elara upgrades BEML to reduce from sell, Rs 4,190 (-6%); Axis Securities' top dividend yields: Vedanta 9%, Coal India 6%, Hindustan Zinc 6%, HPCL 6%, Nalco 4%, NMDC 3%, Aster DM Healthcare 25%, Xchanging Solutions 16%, Chennai Petroleum 9% (INR, %)
# A broker-calls round-up on Indian stocks (downgrades, an upgrade, a target cut, a standing buy) with a broker's
# dividend-yield screen. Whole as stored (page furniture aside). The stored text has no headline (the address slug is
# not page text; none added). Dropped as furniture: the closing disclaimer ("The opinions, analyses and
# recommendations expressed herein are those of brokerages and do not reflect the views of The Times of India ...").
# No quotes in the text. Kept as printed: "LTIMIndtree" (the source's second spelling), "The TP cut", "significant
# investments aimed which could" (garbled in the source), "a 'reduce' recommendation from 'sell' on BEML" (BEML named
# twice), "(Dividend yield: 9%)" on Vedanta only, "the next fiscal (FY26)".
# Periods: none (broker calls and a yield screen; "FY26" is a fiscal year named for growth with no figure).
# Decided: Citi's "'sell' calls" on three IT majors, which "were downgraded", -> three downgrade actions to sell with
# their targets and no prior rating (none printed); the bracketed "(-12%)", "(-21%)", "(-18%)" are the implied
# downsides to the targets -> key negative rows on each company; Goldman's "(+22%)" and Elara's "(-6%)" likewise.
# Jefferies "keeps its 'buy' call while lowering its target price to Rs 4,865 from Rs 5,100" -> cut_target with both
# targets. Goldman's standing "'buy' recommendation ... with a target price of Rs 1,525" -> maintain (news21, news41
# batch b: "has a 'buy' call" with a target -> maintain). Elara "upgraded BEML to a 'reduce' recommendation from
# 'sell'" -> upgrade to reduce from sell with its target. Axis Securities' dividend yields are key metrics on each
# company (the screen is not a rating action; Axis in the basis).
TCS = "TCS|Tata Consultancy Services"
TECHM = "Tech Mahindra|TechM"
LTIM = "LTIMindtree|LTIMIndtree|LTI Mindtree"
AURO = "Aurobindo Pharma|Aurobindo"
BEML = "BEML|BEML Ltd|BEML Limited"
UPS = "implied_upside|upside|implied_downside|downside|upside_potential|target_upside"
DY = "dividend_yield"
yields = [("Vedanta", 9, "large caps"), ("Coal India", 6, "large caps"), ("Hindustan Zinc", 6, "large caps"),
          ("HPCL|Hindustan Petroleum|Hindustan Petroleum Corporation", 6, "midcap stocks"),
          ("Nalco|NALCO|National Aluminium Company", 4, "midcap stocks"), ("NMDC", 3, "midcap stocks"),
          ("Aster DM Healthcare|Aster DM", 25, "small caps"), ("Xchanging Solutions|Xchanging", 16, "small caps"),
          ("Chennai Petroleum|Chennai Petroleum Corporation|CPCL", 9, "small caps")]
G["en12"] = ([
    m(UPS, -12, "%", TCS, basis="Citi target Rs 3,935, implied downside"),
    m(UPS, -21, "%", TECHM, basis="Citi target Rs 1,475, implied downside"),
    m(UPS, -18, "%", LTIM, basis="Citi target Rs 5,710, implied downside"),
    m(UPS, 22, "%", AURO, basis="Goldman Sachs target Rs 1,525, implied upside"),
    m(UPS, -6, "%", BEML, basis="Elara Securities target Rs 4,190, implied downside"),
] + [m(DY, v, "%", c, basis="Axis Securities' highest dividend yields, " + b) for c, v, b in yields], [
    ra("Citi|Citigroup|Citi Research", TCS, "downgrade", "sell", target=3935, cur="INR"),
    ra("Citi|Citigroup|Citi Research", TECHM, "downgrade", "sell", target=1475, cur="INR"),
    ra("Citi|Citigroup|Citi Research", LTIM, "downgrade", "sell", target=5710, cur="INR"),
    ra("Jefferies", "PI Industries|PI Industries Ltd", "cut_target", "buy", target=4865, prior_target=5100, cur="INR"),
    ra("Goldman Sachs|Goldman", AURO, "maintain", "buy", target=1525, cur="INR"),
    ra("Elara Securities|Elara|Elara Capital", BEML, "upgrade", "reduce", "sell", target=4190, cur="INR"),
])
