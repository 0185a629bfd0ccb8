# Hand-written gold labels for news40/en en07-en12 (batch b). Read from texts/enNN.txt only; no extractor, newsflow,
# pytest or project code was run (only build_labels.py, to build the gold file), nothing under plugins/ was opened, and
# no other batch's texts were read.
# Conventions: shared/corpora/news-text/en/README.md, news3/en/README.md, news4-news39/en/README.md (values fully
# scaled ("$8.9 billion" -> 8.9e9 USD, "$NZ3.3 million" / "$NZ8.2m" -> 3.3e6 / 8.2e6 NZD, "3.13 NZ cents" -> 0.0313 NZD,
# "$1.28-trillion" -> 1.28e12 CAD, "74 cents" -> 0.74 CAD, "11.3 billion revenue passenger miles" -> 11.3e9 in the printed
# count noun), declines and falls negative ("shed 3.3%" -> -3.3, "was down 3.3 percent" -> -3.3, "slumped 54 per cent" ->
# -54, "missed ... by 5 cents" -> -0.05), currency codes ("$NZ" -> NZD, "$A" -> AUD, "$" on a Globe and Mail Canadian
# market page -> CAD, "$" on US pages -> USD), ranges as rng ("$14 to $16", "18 percent to 19 percent"), hedges keep the
# number with the hedge in the basis ("about", "around", "up to", "as much as"), a same-sentence "X from Y" value of the
# same quantity is the prior and the earlier reading also an optional row (news30 batch b, news36-news39), consensus
# figures key (news23), periods only where the text states or clearly implies the year (news24), market moves and
# levels no period, a figure restated in another unit or currency optional, a rate decision's dissent optional
# (news16, news32), "flat" / "unchanged" with no number an optional 0 (news16, news32), "almost/nearly doubled" an optional
# 2 x (news29 batch a's "more than double"), brokers' targets and ratings only in rating actions, ratings normalised
# lower-case.

# ---------------------------------------------------------------- en07 a US premarket movers list with three broker calls: J&J +2.6 % on an $8.9 billion talc settlement, Zions +3.2 % (Baird upgrade to outperform), Clean Energy Fuels +3.6 % (Raymond James upgrade to outperform, $6 target, ~42.8 % upside), Albemarle -3.3 % (BofA downgrade to underperform from neutral, target $195, ~7 % downside), Lamb Weston +1 %, FedEx +3.1 % (CNBC "Stocks making the biggest moves premarket", a Wednesday in April 2023; no year printed; USD)
# A pre-market movers roundup. The stored text breaks off mid-sentence in the FedEx entry ("FedEx said it will raise its
# dividend by 10%, co..."): the passage stops after the entry's first sentence, a sentence boundary. Headline kept. The
# page's "Market Insider" label, "In this article" box and photo caption are page furniture (dropped). Kept as printed:
# the em-dash entry labels, "climbed", "was 3.6% higher", "shed 3.3%", "up about 1%", "Tuesday's close".
# Period: no year printed ("Wednesday", "Tuesday", "Thursday", "the second quarter") -> no periods (news24); moves carry
# none anyway.
# Decided: each stock's premarket move is key on the stock. J&J "will pay $8.9 billion over the next 25 years" -> key
# settlement amount (the 25 years a duration in the basis, not labelled). "Baird upgraded ... to an outperform rating" ->
# upgrade, outperform, no prior rating or target printed. "Raymond James upgraded Clean Energy Fuels to outperform and
# assigned it a $6 price target" -> upgrade with target 6 USD, no prior target; "gain about 42.8% from Tuesday's close"
# -> key upside (news28 batch a, news31). "Bank of America downgraded ... to underperform from neutral ... lowered its
# price target to $195" -> downgrade with prior rating neutral and target 195 (no old target printed, so no prior
# target); "fall about 7% from Tuesday's close" -> key implied downside, negative. Lamb Weston's inclusion in Bank of
# America's "list of short-term stock picks" is not a rating action (no rating or target; news38 batch a's "top picks").
# FedEx's "dividend hike" prints no figure in the kept text. Not labelled: "25 years", "second quarter" (no figure).
JNJ = "Johnson & Johnson|J&J|JNJ"
ZION = "Zions Bancorporation|Zions|ZION"
CLNE = "Clean Energy Fuels|Clean Energy Fuels Corp.|CLNE"
ALB = "Albemarle|Albemarle Corp.|ALB"
PCH = "price_change|share_price_change|premarket_price_change"
UPS = "upside|implied_upside|upside_potential|target_upside"
G["en07"] = ([
    m(PCH, 2.6, "%", JNJ, basis="premarket"),
    m("settlement|settlement_amount|litigation_settlement|talc_settlement", 8.9e9, "USD", JNJ + "|LTL Management",
      basis="over the next 25 years; talc claims"),
    m(PCH, 3.2, "%", ZION, basis="premarket; after Baird upgrade"),
    m(PCH, 3.6, "%", CLNE, basis="premarket; after Raymond James upgrade"),
    m(UPS, 42.8, "%", CLNE, basis="about; to the $6 target from Tuesday's close"),
    m(PCH, -3.3, "%", ALB, basis="premarket; after Bank of America downgrade"),
    m(UPS + "|implied_downside|downside", -7, "%", ALB, basis="about; to the $195 target from Tuesday's close"),
    m(PCH, 1, "%", "Lamb Weston|Lamb Weston Holdings|LW", basis="about; ahead of Thursday's earnings"),
    m(PCH, 3.1, "%", "FedEx|FedEx Corp.|FDX", basis="premarket; dividend hike and reorganization"),
], [
    ra("Baird|Robert W. Baird", ZION, "upgrade", "outperform"),
    ra("Raymond James", CLNE, "upgrade", "outperform", target=6, cur="USD"),
    ra("Bank of America|BofA|BofA Securities|Bank of America Securities", ALB, "downgrade", "underperform",
       prior_rating="neutral", target=195, cur="USD"),
])

# ---------------------------------------------------------------- en08 NPT's first half to September 30: earnings +6.1 %, operating profit $NZ3.3 million ($A3 million) from $NZ3.1m, gross rental income +3.8 % to $NZ8.2m, retail income +5.8 % to $NZ4.4m, industrial and commercial flat at about $NZ2m and $NZ2.1m, net profit $NZ5.1m (3.13 NZ cents) from $NZ2.6m (1.59 NZ cents), revaluation +$NZ2.7m, portfolio $NZ163.4m, quarterly dividend 0.875 NZ cents, shares unchanged at 63 NZ cents, +1.6 % this year (AAP via realestateinvestar.com.au; no year printed; NZD)
# A New Zealand listed property company's half-year results. Whole as stored (the two stored excerpts of the page join
# into one article); the stored text has no headline (the address slug is not page text; none added). Kept as printed:
# the "$NZ" prefix (and "$A"), "m" abbreviations beside "million", "NZ cents", "per cent".
# Period: "the six months ended September 30" prints no year -> no periods (news24); "a year earlier" gives priors.
# Decided: "increased first-half earnings 6.1 per cent" -> key earnings growth (operating profit among the alternatives:
# the next sentence is the measure the article leads with). Operating profit "rose to $NZ3.3 million ($A3 million) ...
# from $NZ3.1m a year earlier" -> key with prior, the year-earlier row and the $A conversion optional. Gross rental
# income +3.8 % and $NZ8.2m key; retail income +5.8 % and $NZ4.4m key on a retail-properties entity (NPT among the
# alternatives). "Was flat at about $NZ2m and $NZ2.1m respectively" -> key industrial and commercial revenue rows with
# the hedge in the basis, and an optional 0 % change row each ("flat", news16/news32). Net profit "advanced to $NZ5.1m, or
# 3.13 NZ cents per share, from $NZ2.6m, or 1.59 NZ cents" -> key net profit and EPS with priors, the year-earlier rows
# optional. "A lift in the value ... almost doubled profit" -> optional 2 x (hedge in the basis). The "$NZ2.7m increase in
# the value of its investment properties" -> key revaluation gain; the portfolio "valued at $NZ163.4m as at September 30"
# -> key. Quarterly dividend 0.875 NZ cents -> key 0.00875 NZD (payment and record dates in the basis). "Unchanged at 63
# NZ cents" -> key price 0.63 NZD and an optional 0 % move; "having increased 1.6 per cent so far this year" -> key
# year-to-date move. Not labelled: the dates.
NPT = "NPT|NPT Ltd|NPT Limited"
RET = "NPT retail properties|retail properties|retail|" + NPT
IND = "NPT industrial buildings|industrial buildings|industrial|" + NPT
COM = "NPT commercial buildings|commercial buildings|commercial|" + NPT
OP = "operating_profit|operating_earnings|operating_profit_before_gains_and_losses|earnings"
G["en08"] = ([
    m("earnings_growth|operating_profit_growth|operating_earnings_growth|profit_growth", 6.1, "%", NPT,
      basis="first-half earnings"),
    m(OP, 3.3e6, "NZD", NPT, prior=3.1e6, basis="before gains and losses; six months ended September 30"),
    m(OP, 3.1e6, "NZD", NPT, opt=True, basis="year earlier"),
    m(OP, 3e6, "AUD", NPT, opt=True, basis="conversion of $NZ3.3 million"),
    m("gross_rental_income_growth|rental_income_growth|revenue_growth", 3.8, "%", NPT),
    m("gross_rental_income|rental_income|revenue", 8.2e6, "NZD", NPT),
    m("rental_income_growth|income_growth|revenue_growth|segment_revenue_growth", 5.8, "%", RET,
      basis="income from retail properties"),
    m("rental_income|income|revenue|segment_revenue", 4.4e6, "NZD", RET, basis="income from retail properties"),
    m("revenue|rental_income|segment_revenue", 2e6, "NZD", IND, basis="about; flat"),
    m("revenue_growth|rental_income_growth|segment_revenue_growth", 0, "%", IND, opt=True, basis="flat"),
    m("revenue|rental_income|segment_revenue", 2.1e6, "NZD", COM, basis="about; flat"),
    m("revenue_growth|rental_income_growth|segment_revenue_growth", 0, "%", COM, opt=True, basis="flat"),
    m("net_profit|net_income", 5.1e6, "NZD", NPT, prior=2.6e6),
    m("net_profit|net_income", 2.6e6, "NZD", NPT, opt=True, basis="year earlier"),
    m("net_profit_growth|profit_growth", 2, "x", NPT, opt=True, basis="almost doubled"),
    m("eps|earnings_per_share", 0.0313, "NZD", NPT, prior=0.0159),
    m("eps|earnings_per_share", 0.0159, "NZD", NPT, opt=True, basis="year earlier"),
    m("revaluation_gain|fair_value_gain|investment_property_revaluation|property_revaluation", 2.7e6, "NZD", NPT,
      basis="increase in the value of its investment properties"),
    m("portfolio_value|property_portfolio_value|investment_property_value", 163.4e6, "NZD", NPT,
      basis="as at September 30"),
    m("dividend_per_share|quarterly_dividend|dividend", 0.00875, "NZD", NPT,
      basis="quarterly; payable January 8, record December 18"),
    m("share_price|price", 0.63, "NZD", NPT, basis="unchanged"),
    m(PCH, 0, "%", NPT, opt=True, basis="unchanged"),
    m("price_change_ytd|ytd_change|price_change", 1.6, "%", NPT, basis="so far this year"),
], [])

# ---------------------------------------------------------------- en09 Bank of England raises Bank Rate 25 bp to 5.25 % (highest since 2008) on a 6-3 vote: CPI 7.9 %, 2 % target, two votes for +0.5 pp to 5.5 % and one to hold at 5 %, CPI seen around 5 % by year-end and at 2 % in Q2 2025 (Proactive Investors via uk.investing.com, August 2023; %, bp, pp)
# A central-bank decision. Whole as stored; the stored text has no headline (the address slug is not page text; none
# added); its opening credit "Proactive Investors -" is kept, as news38 kept "– Reuters". Kept as printed: "Base Rate"
# beside "Bank Rate", "the 14th", "6-3", "0.5 percentage points", "almost four times", "3 years".
# Period: no year is printed for the decision, for "last month" or for "the end of the year" -> no period; "the second
# quarter of 2025" -> 2025Q2. "In May" names an earlier report (no figure).
# Decided: "raised interest rates by 25 basis points, taking the Base Rate to 5.25%" -> key +25 bp and key 5.25 % (no
# prior printed; the 5 % hold vote is not "from" wording). "The 14th in succession" is an ordinal (not labelled, news34).
# The 2 % target key (first mention); CPI 7.9 % key (the fall prints no figure). "Almost four times the Bank's target" ->
# optional 4 x (a ratio of two printed figures, hedge in the basis). The dissent is optional (news16, news32): Haskel
# and Mann's +0.5 pp and 5.5 %, Dhingra's 5 % hold (rate level) and its 0 change. "Expected to fall to around 5% by the
# end of the year" -> key CPI forecast, hedge in the basis, no period. "Inflation will hit its 2% target in the second
# quarter of 2025" -> key inflation forecast 2 % dated 2025Q2. "3 years of near-zero growth" -> optional 0 % growth
# forecast (a level in words with a hedge; the 3 years is a duration). Not labelled: "since 2008" (a year), "6-3" (a
# vote count, news17).
BOE = "Bank of England|BoE|MPC|Monetary Policy Committee|UK|United Kingdom"
UK = "UK|United Kingdom|Britain|" + BOE
DISS = "Jonathan Haskel|Catherine Mann|" + BOE
G["en09"] = ([
    m("rate_change|rate_hike", 25, "bp", BOE, basis="Bank Rate; 6-3 vote"),
    m("bank_rate|base_rate|policy_rate|rate", 5.25, "%", BOE, basis="highest level since 2008"),
    m("inflation_target|cpi_inflation_target", 2, "%", BOE),
    m("cpi|inflation_rate|cpi_inflation|inflation", 7.9, "%", UK, basis="last month; fell"),
    m("cpi_to_target_ratio|inflation_multiple", 4, "x", UK, opt=True, basis="almost four times the target"),
    m("rate_change|rate_hike|dissent_rate_change", 0.5, "pp", DISS, opt=True,
      basis="two members' preferred increase"),
    m("bank_rate|policy_rate|proposed_rate|rate", 5.5, "%", DISS, opt=True, basis="two members' preferred rate"),
    m("bank_rate|policy_rate|proposed_rate|rate", 5, "%", "Swati Dhingra|" + BOE, opt=True,
      basis="one member's preference to maintain"),
    m("rate_change|dissent_rate_change", 0, "bp", "Swati Dhingra|" + BOE, opt=True, basis="preferred to maintain"),
    m("cpi_forecast|inflation_forecast|cpi_projection|inflation_projection", 5, "%", UK + "|" + BOE,
      basis="around; by the end of the year"),
    m("inflation_forecast|cpi_forecast|inflation_projection", 2, "%", UK + "|" + BOE, "2025Q2",
      basis="hit its 2% target"),
    m("gdp_growth_forecast|growth_forecast|gdp_growth", 0, "%", UK + "|" + BOE, opt=True,
      basis="near-zero growth for 3 years"),
], [])

# ---------------------------------------------------------------- en10 United Airlines August 2010 traffic: unit revenue +18-19 %, systemwide RPMs +2.5 % to 11.3 billion, ASMs +1.7 % to 13.03 billion, international capacity +4.2 %, North America -3.3 %, load factor 86.7 % (+0.6 pp), mainline RPMs +0.6 % to 9.76 billion from 9.7 billion, mainline ASMs -0.1 % to 11.13 billion, eight months RPMs +3 % to 79.82 billion, ASMs -0.3 % to 95.41 billion, load factor 83.7 % (+2.7 pp) (AP via atpflightschool.com, September 2010)
# An airline's monthly traffic report. Whole as stored; the stored text has no headline (the address slug is not page
# text; none added). Kept as printed: "as much as 19 percent", "18 percent to 19 percent", "11.3 billion revenue passenger
# miles", "13.03 billion available seat miles", "0.6 percentage points", "North America capacity".
# Period: "in August, compared with August 2009" -> the month is 2010-08 and "a year earlier" 2009-08. "The first eight
# months of the year" fits no period format -> period None with the span in the basis (news16).
# Decided: "revenue for each seat flown one mile rose 18 percent to 19 percent" -> key unit-revenue growth range (18, 19);
# the lead's "up as much as 19 percent" is the same figure with a hedge -> optional 19. Traffic and capacity levels take
# the printed count nouns as units ("revenue passenger miles", "available seat miles"; news29 batch b's "ASK"). Each
# growth and level key; "was down 3.3 percent" and "fell 0.1 / 0.3 percent" negative. Load factor "rose 0.6 percentage
# points to 86.7 percent" -> key level and key +0.6 pp (likewise 83.7 % and +2.7 pp). Mainline traffic "to 9.76 billion
# ... from 9.7 billion ... a year earlier" -> key with prior, the year-earlier row optional (2009-08). Systemwide rows on
# United; international and North America capacity on their own entities (United among the alternatives); mainline
# rows on a mainline entity (United among the alternatives). Not labelled: "August 2008" (a comparison with no figure),
# "one mile" (a definition).
UAL = "United Airlines|United|UAL|UAL Corp"
MAIN = "United Airlines mainline|United mainline|mainline|" + UAL
M, PM = "2010-08", "2009-08"
YTD = "first eight months of the year (2010)"
RPMG = "rpm_growth|traffic_growth|revenue_passenger_miles_growth|passenger_traffic_growth"
RPM = "revenue_passenger_miles|rpm|rpms|traffic"
ASMG = "asm_growth|capacity_growth|available_seat_miles_growth"
ASM = "available_seat_miles|asm|asms|capacity"
LF = "load_factor|passenger_load_factor"
LFC = "load_factor_change|passenger_load_factor_change"
G["en10"] = ([
    m("unit_revenue_growth|prasm_growth|rasm_growth|revenue_per_available_seat_mile_growth", None, "%", UAL, M,
      rng=(18, 19), basis="revenue for each seat flown one mile, vs August 2009"),
    m("unit_revenue_growth|prasm_growth|rasm_growth|revenue_per_available_seat_mile_growth", 19, "%", UAL, M,
      opt=True, basis="as much as (lead)"),
    m(RPMG, 2.5, "%", UAL, M, basis="systemwide"),
    m(RPM, 11.3e9, "revenue passenger miles", UAL, M, basis="systemwide"),
    m(ASMG, 1.7, "%", UAL, M, basis="systemwide"),
    m(ASM, 13.03e9, "available seat miles", UAL, M, basis="systemwide"),
    m(ASMG, 4.2, "%", "United international|international|" + UAL, M, basis="international capacity"),
    m(ASMG, -3.3, "%", "United North America|North America|domestic|" + UAL, M, basis="North America capacity"),
    m(LF, 86.7, "%", UAL, M),
    m(LFC, 0.6, "pp", UAL, M),
    m(RPMG, 0.6, "%", MAIN, M, basis="flights operated by United"),
    m(RPM, 9.76e9, "revenue passenger miles", MAIN, M, prior=9.7e9, basis="flights operated by United"),
    m(RPM, 9.7e9, "revenue passenger miles", MAIN, PM, opt=True, basis="a year earlier"),
    m(ASMG, -0.1, "%", MAIN, M, basis="mainline capacity"),
    m(ASM, 11.13e9, "available seat miles", MAIN, M, basis="mainline capacity"),
    m(RPMG, 3, "%", UAL, basis=YTD + "; systemwide"),
    m(RPM, 79.82e9, "revenue passenger miles", UAL, basis=YTD + "; systemwide"),
    m(ASMG, -0.3, "%", UAL, basis=YTD),
    m(ASM, 95.41e9, "available seat miles", UAL, basis=YTD),
    m(LF, 83.7, "%", UAL, basis=YTD),
    m(LFC, 2.7, "pp", UAL, basis=YTD),
], [])

# ---------------------------------------------------------------- en11 Canadian insurers' third quarter: Sun Life +3.1 %, underlying profit +5 % to $949-million ($1.62 a share vs $1.47 consensus), wealth core profit -19 %, AUM -8 % to $1.28-trillion, reported profit -54 % to $466-million, U.S. core income $216-million, DentaQuest bought for $2.48-billion; Great-West Lifeco base EPS 74 cents, 5 cents short (The Globe and Mail "Market movers", November 2022 page; no year printed; CAD)
# A Canadian market-movers item on quarterly results. The stored text breaks off mid-sentence in a Scotia Capital
# analyst's quote on Great-West Lifeco ("... in the face of a number of challenges including falling equity markets and a
# sign..."): the passage stops before that quote, after the sentence giving the 5-cent miss, a sentence boundary. The
# section label "On the rise" is kept; "Skip to main content" is page furniture (dropped). The chief executive's quote is
# kept verbatim. Kept as printed: "(SLF-T)", "(GWO-T)", "$949-million", "versus consensus estimates to $1.47" (the
# source's wording), "19-per-cent", "$1.28-trillion", "$2.48-billion", "the Street's".
# Period: "third-quarter" and "the three months ending Sept 30" print no year -> no periods (news24).
# Decided: "$" on a Globe and Mail page about TSX-listed insurers is CAD. Sun Life: share move +3.1 % key; underlying
# profit +5 % and $949-million key; $1.62 per share key underlying EPS; "consensus estimates to $1.47" key consensus.
# "A 19-per-cent drop in core profit from that operation" -> key -19 % on the wealth business (Sun Life among the
# alternatives). AUM "fell 8 per cent ... to $1.28-trillion" key change and level. Reported profit "slumped 54 per cent to
# $466-million" key change and level. U.S. core income $216-million key on the U.S. operations; "nearly doubled" ->
# optional 2 x (hedge in the basis). The DentaQuest purchase "last year for $2.48-billion" -> key deal value on
# DentaQuest (Sun Life among the alternatives), a deal figure rather than trivia. Great-West: base EPS 74 cents key;
# "missed the Street's forecast by 5 cents" -> key EPS surprise -0.05 CAD (the consensus level is not computed, news39
# batch a). Not labelled: "second-biggest" (a rank), "Sept 30" (a date).
SLF = "Sun Life Financial|Sun Life|Sun Life Financial Inc.|SLF"
GWO = "Great-West Lifeco|Great-West Lifeco Inc.|Great-West|GWO"
G["en11"] = ([
    m(PCH, 3.1, "%", SLF, basis="Thursday"),
    m("underlying_profit_growth|underlying_net_income_growth|earnings_growth|profit_growth", 5, "%", SLF,
      basis="from a year ago"),
    m("underlying_profit|underlying_net_income|underlying_earnings|net_profit", 949e6, "CAD", SLF,
      basis="three months ending Sept 30"),
    m("underlying_eps|eps|earnings_per_share|adjusted_eps", 1.62, "CAD", SLF, basis="underlying"),
    m("eps_consensus|eps_estimate|underlying_eps_consensus", 1.47, "CAD", SLF, basis="consensus estimates"),
    m("core_profit_growth|underlying_profit_growth|segment_earnings_growth|earnings_growth", -19, "%",
      "Sun Life wealth business|wealth business|wealth management|" + SLF, basis="core profit from the wealth operation"),
    m("aum_growth|assets_under_management_growth|aum_change", -8, "%", SLF, basis="total; from a year ago"),
    m("aum|assets_under_management", 1.28e12, "CAD", SLF, basis="total"),
    m("reported_profit_growth|net_income_growth|net_profit_growth|profit_growth", -54, "%", SLF, basis="reported"),
    m("reported_profit|net_income|net_profit", 466e6, "CAD", SLF, basis="reported"),
    m("core_income|underlying_earnings|segment_earnings|core_earnings", 216e6, "CAD",
      "Sun Life U.S.|U.S. operations|" + SLF, basis="U.S. operations"),
    m("core_income_growth|segment_earnings_growth|earnings_growth", 2, "x", "Sun Life U.S.|U.S. operations|" + SLF,
      opt=True, basis="nearly doubled"),
    m("deal_value|acquisition_price|acquisition_cost|purchase_price", 2.48e9, "CAD", "DentaQuest|" + SLF,
      basis="bought last year"),
    m("base_eps|eps|earnings_per_share|adjusted_eps", 0.74, "CAD", GWO, basis="base earnings per share"),
    m("eps_surprise|eps_miss|eps_vs_consensus", -0.05, "CAD", GWO, basis="missed the Street's forecast by 5 cents"),
], [])

# ---------------------------------------------------------------- en12 Foundation Medicine's Nasdaq IPO: about 5.9 million shares at $18 above a $14 to $16 range, up around 80 % at $32.31 in early trade, 883,333-share over-allotment, around $121.9 million gross proceeds, up to $86.3 million planned at filing (GenomeWeb News, September 2013 page; no year printed; USD)
# An IPO pricing and debut story. Whole as stored; the stored text has no headline (the address slug is not page text;
# none added); the dateline "NEW YORK (GenomeWeb News) –" is kept. Kept as printed: "about 5.9 million shares",
# "$18 per share", "up around 80 percent at $32.31", "$14 to $16", "883,333 shares", "around $121.9 million", "up to
# $86.3 million", "30-day".
# Period: none (an IPO; "this morning", "yesterday", "in July" print no year).
# Decided: offer size ("about", key, in shares) and price $18 key; the second mention ("The $18 share price exceeded the
# ... range") is an optional repeat (news37 batch a); the range "$14 to $16" a key rng. "Up around 80 percent at $32.31"
# in early trade -> key move and key price (the debut). The underwriters' option "up to an additional 883,333 shares" ->
# key over-allotment with the hedge and the 30-day term in the basis. "Gross proceeds of around $121.9 million" if the
# option is exercised in full -> key with both conditions in the basis. "Intended to raise up to $86.3 million" at the
# July filing -> key planned raise (an earlier figure of its own, not the prior of the proceeds: a different quantity).
# Not labelled: "30-day" (a term), the peers' names (no figures).
FMI = "Foundation Medicine|Foundation Medicine Inc.|FMI|Foundation"
G["en12"] = ([
    m("ipo_shares|shares_offered|offering_size", 5.9e6, "shares", FMI, basis="about"),
    m("ipo_price|offer_price|offering_price", 18, "USD", FMI, basis="per share"),
    m("ipo_price|offer_price|offering_price", 18, "USD", FMI, opt=True, basis="repeat; exceeded the range"),
    m("ipo_price_range|price_range|offer_price_range", None, "USD", FMI, rng=(14, 16),
      basis="previously estimated range"),
    m("price_change|first_day_price_change|debut_price_change|share_price_change", 80, "%", FMI,
      basis="around; early Wednesday trade, debut"),
    m("share_price|price|trading_price", 32.31, "USD", FMI, basis="early Wednesday trade"),
    m("overallotment_shares|over_allotment|greenshoe_shares|additional_shares", 883333, "shares", FMI,
      basis="up to; 30-day option"),
    m("gross_proceeds|ipo_proceeds|proceeds", 121.9e6, "USD", FMI,
      basis="around; if the over-allotment option is exercised in full"),
    m("planned_raise|ipo_target_raise|proceeds_target|ipo_size", 86.3e6, "USD", FMI,
      basis="up to; intended at the July filing"),
], [])
