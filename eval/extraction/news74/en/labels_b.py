# Hand-written gold labels for news74/en en07-en12 (batch b: English news from Asia, the Pacific, Africa, the Middle
# East and Latin America, six kinds of story — a Hong Kong REIT's first half-year results in HK$ (Prosperity Real
# Estate Investment Trust's distributable income, annualised distribution yield against the prospectus yield, dividend
# per unit in HK cents against the prospectus forecast, the carried-forward income and total dividend, average rental
# reversion, tenant retention, occupancy, net asset value per unit and the unit price moves, from the South China
# Morning Post, scmp.com); a Chinese insurer's interim results reported in English (China Life's 2020 interim net profit,
# premium income, earnings per share, "internal value" (embedded value), value of new business, total and net investment
# income, solvency ratios and the net investment return with its basis-point fall, from Futu News, news.futunn.com); a
# Japanese trade release (Japan's April merchandise trade surplus against the poll and a revised March, exports and
# imports with their forecasts and the previous month, by region, and the adjusted surplus; RTT News via dpa-AFX on
# finanznachrichten.de); a Nigerian company's full year in naira (MTN Nigeria's 2021 revenue, service, voice, data,
# digital and fintech revenue, profit after tax and earnings per share against 2020, and the dividend total, from
# BizWatch Nigeria, bizwatchnigeria.ng); an Indian GDP release (India's January-March 2025 growth against the Reuters
# poll and the revised previous quarter, GVA, the fiscal-year estimate, private consumption, government and capital
# spending, April retail inflation; Reuters copy stored at 103.16.74.116); and a currency report (the dollar index, the
# 10-year and 30-year Treasury yields, the euro, sterling against the dollar and the euro, and the Treasury Secretary's
# inflation remark; CNBC as carried by MTS Gold, mtsgold.co.th)).
# Read from texts/enNN.txt only; the passages were labelled by hand from the texts alone, before any extractor ran on
# them. No extractor, newsflow, pytest, .venv or other project code was run (only build_labels.py, to build the gold
# file), eval/extraction/news_text.py was not run, nothing under plugins/, tests/ or docs/ was opened, no gold.jsonl was
# opened or grepped (the overlap check searched only the earlier sets' and the development corpus's texts/ folders and
# sources files; unit strings and metric names were checked against earlier sets' labels_*.py files), and no other
# batch's texts, labels or sources were read (so the check against the other news74 batch's sources could not be made
# from this batch).
# Conventions: shared/corpora/news-text/en/README.md (and score.py's matching rules), news3/en/README.md to
# news73/en/README.md, with: news62 en10, news54 en11 and news67 en10 (a Singapore REIT's DPU in cents scaled to the
# currency, occupancy and rental reversion keyed on the trust); news36 en05, news73 en08 and news8 zh02 (a Chinese
# company's half in yuan: "the same period last year" with no figure printed -> growth rows only); news16 en12, news73
# en03 and news10 en15 (a trade release: poll figures as *_consensus rows, "X following Y in March" -> key with prior plus
# an optional earlier row, a revised earlier reading key with its first reading as prior plus an optional row, partner
# regions as entities); news44 en10, news23 en12 and news48 en07 (an African company's results: "₦"/"N" -> NGN, "to X from
# Y in 2020" -> key with prior plus an optional earlier-year row); news20 en09, news36 en09 and news72 en09 (a GDP release:
# the poll a consensus row, revised previous-quarter growth as prior with an optional row, the fiscal-year estimate keyed
# on its own period); news50 en06 (a currency report from the same outlet: the dollar index in "points", each yield's
# move in bp and level in %, each pair's move and rate key, printed intraday highs and lows key, the closing credit
# "Reference: ..." kept as page text).
# Currencies: en07 "HK$" and "HK cents" -> HKD (cents scaled: "5.77 HK cents" -> 0.0577); en08 "yuan" -> CNY; en09 "yen"
# -> JPY; en10 "N" before naira amounts (the Nigerian page's plain N for ₦) -> NGN; en11 none (%); en12 "$" for euro and
# sterling rates -> USD per unit, "86.40 pence" -> 0.8640 GBP (the euro's price in pence).
# Scaling: values fully scaled ("HK$72.63 million" -> 72.63e6, "30.535 billion yuan" -> 30.535e9, "1.015856 trillion yuan"
# -> 1.015856e12, "625.977 billion yen" -> 625.977e9, "6.822 trillion yen" -> 6.822e12, "N1.654 trillion" -> 1.654e12,
# "N1.651trillion" -> 1.651e12, "N174.438 billion" -> 174.438e9); declines negative ("down 18.8 per cent" -> -18.8,
# "down 37 basis points" -> -37 bp, "contracting 0.6 percent" -> -0.6, "shed 26 per cent" -> -26, "down 18 per cent since
# listing" -> -18, "government spending down 1.8%" -> -1.8, "down 0.1%" -> -0.1, "down 1.3%" -> -1.3, "slid 1.2%" -> -1.2);
# levels stay positive; hedges in the basis ("over", "nearly", "closer to", "as low as", "more than").
# Periods decided: en07 prints no year ("half-year results", "last year", "this year", "June 30") -> no periods (the
# year is not taken from the address or outside knowledge). en08 "the interim results for 2020" / "the first half of
# 2020" -> 2020H1 for the half's flows and growth rates and for the balances and ratios "at the end of the reporting
# period" (decided: the report's half, as news73 en10's quarter-end deposits); the year-earlier figures are not printed
# (growth only). en09 prints no year (the store's date line is not page text; "April", "March", "the previous month") ->
# no periods, the month in the basis. en10 "the period ended December 31, 2021" -> 2021 and "in 2020" -> 2020; the
# dividend total, with no year printed beside it, none. en11 "the January-March quarter" / "the first three months of
# 2025" -> 2025Q1 (calendar quarter, as the text itself dates it; the text's "final quarter of the fiscal year" is in
# the basis); "the previous quarter" / "the quarter before" -> 2024Q4; "fiscal 2024/2025" / "the fiscal year" -> FY2025
# (Indian fiscal years written FY as in the development corpus); retail inflation "in April" -> 2025-04 (clearly implied:
# the month after the 2025 quarter being reported, with a rate cut "next month"); "the three months through March" and
# "in the quarter" -> 2025Q1. en12 market levels and moves -> no periods; the Treasury Secretary's "by the end of the
# year" inflation remark -> none (no year printed).
# Quotes rendered as reported speech (the set never copies third-party sentences): Justin Chiu's two quoted sentences
# (en07; "[non-core]", "59.2 per cent" and "over 100 per cent" kept), Ernest Ndukwe's quoted sentence, Karl Toriola's
# quoted sentence and the unattributed quoted line that follows it (en10; rendered as Toriola's, "Ambition 2025" kept).
# en08, en09, en11 and en12 carry no quotes (en12's Yellen remark is reported speech in the source).
# Not labelled: dates and times ("December 16", "June 30", "Monday", "December 31, 2021", "Friday", "Tuesday", "1420
# GMT", "early November", "mid January"), tickers and codes ("(02628)"), ranks and spans ("Asia's third-largest economy",
# "near six-year low", "more than 10 months", "10-1/2-month", "six-week", "since the first quarter of 2020", "since
# June", "since July"), bond tenors ("10-year", "30-year", "two- and five-year", "7-year"), programme names ("Ambition
# 2025"), the definition "1 basis point equals 0.01%", and "(the same below)".

# ---------------------------------------------------------------- en07 Prosperity REIT's first half-year results (South China Morning Post, scmp.com; no year printed): distributable income HK$72.63 million; annualised distribution yield 6.97% (prospectus 5.31%); dividend 5.77 HK cents per unit, 6.7% above the prospectus forecast; HK$29.03 million (2.31 HK cents a share) carried forward; total dividend 8.08 HK cents; rental reversion 59.2% (highest over 100%); tenant retention 76.4%; occupancy 96%, up 4.1%; NAV +6.2% to HK$2.40 a unit; units -26% this year, -18% since listing, unchanged at HK$1.80; seven properties (HKD, %)
# A Hong Kong REIT's results in HK$ (news62 en10 had OUE REIT's half in S$, news54 en11 SPH Reit's quarter, news67 en10
# Keppel REIT's quarter; Prosperity REIT, "72.63", "5.77 HK cents", "59.2 per cent" and Justin Chiu appear in no earlier
# text; Cheung Kong only in Hong Kong closes — the development corpus's en26, news8 en12, news14 en12; this scmp.com
# address in no source list — other scmp.com pages are). Of the kind's elements the page prints the distribution per
# unit, occupancy, rental reversion and NAV per unit; it prints no gearing. Whole as stored. No headline in the stored
# text (it opens with the lead; the address slug "prosperity-reit-69pc-yield-beats-forecast" is not page text; none
# added). Quotes: Chiu's two quoted sentences rendered as reported speech. Kept as printed: "Cheung Kong (Holdings)",
# "reit" in lower case, "5.77 HK cents per unit" beside "2.31 HK cents a share", "[non-core]" in brackets, "grade A",
# "up 4.1 per cent" for an occupancy rate (rendered "a rise of 4.1 per cent"), "HK$2.40 a unit".
# Periods: none (see the header).
# Decided: the half's distributable income key. The annualised distribution yield key; the prospectus's advertised
# annual yield a key row of its own (a different quantity: the IPO promise, not an earlier level). DPU 5.77 HK cents
# key as 0.0577 HKD; the "6.7 per cent improvement on the dividend forecast in the prospectus" key as a beat against the
# forecast (the forecast's level not computed). The carried-forward income and its 2.31 HK cents ("a share", read as per
# unit) key; the total 8.08 HK cents key. Average rental reversion 59.2 % and tenant retention 76.4 % key; "the highest
# over 100 per cent" optional (one property's extreme, a hedge). Occupancy 96 % key; "a rise of 4.1 per cent since the
# end of last year" key in % as printed (decided: not recast as percentage points; the span in the basis). NAV per unit
# HK$2.40 and its +6.2 % key (the text says "Net asset value rose 6.2 per cent", the level is per unit). Unit price
# moves -26 % (this year to date) and -18 % (since listing) key; the close HK$1.80 key; "unchanged" an optional 0 %. The
# seven properties an optional count (portfolio description).
PR = "Prosperity Real Estate Investment Trust|Prosperity REIT|Prosperity Reit|Prosperity"
G["en07"] = ([
    m("distributable_income", 72.63e6, "HKD", PR, basis="half-year; first results since listing"),
    m("distribution_yield|annualised_distribution_yield|dividend_yield|yield", 6.97, "%", PR,
      basis="annualised; half-year distribution on the June 30 closing price"),
    m("prospectus_yield|forecast_yield|ipo_yield|distribution_yield", 5.31, "%", PR,
      basis="annual yield advertised in the IPO prospectus"),
    m("dpu|distribution_per_unit|dividend_per_unit", 0.0577, "HKD", PR, basis="5.77 HK cents per unit; half-year"),
    m("dpu_vs_forecast|dpu_beat|dividend_vs_forecast|dpu_growth", 6.7, "%", PR,
      basis="improvement on the prospectus dividend forecast"),
    m("distributable_income_carried_forward|carried_forward_income|distributable_income", 29.03e6, "HKD", PR,
      basis="carried forward from last year"),
    m("dpu_carried_forward|distribution_per_unit|dpu", 0.0231, "HKD", PR,
      basis="2.31 HK cents a share; carried forward from last year"),
    m("total_dpu|total_dividend_per_unit|dpu|distribution_per_unit", 0.0808, "HKD", PR, basis="8.08 HK cents; total"),
    m("rental_reversion|rent_reversion|rental_reversion_rate", 59.2, "%", PR, basis="average; strong"),
    m("rental_reversion|rent_reversion|rental_reversion_rate", 100, "%", PR, opt=True,
      basis="the highest over 100 per cent"),
    m("tenant_retention_rate|retention_rate", 76.4, "%", PR),
    m("occupancy|occupancy_rate", 96, "%", PR),
    m("occupancy_change|occupancy_rate_change", 4.1, "%", PR, basis="since the end of last year; printed per cent"),
    m("nav_per_unit|net_asset_value_per_unit|nav", 2.40, "HKD", PR, basis="a unit"),
    m("nav_growth|nav_per_unit_growth|net_asset_value_growth", 6.2, "%", PR),
    m("price_change|share_price_change|unit_price_change", -26, "%", PR, basis="this year to date; units"),
    m("price_change|share_price_change|unit_price_change", -18, "%", PR, basis="since listing; units"),
    m("price|share_price|unit_price|close", 1.80, "HKD", PR, basis="closed unchanged yesterday"),
    m("price_change|share_price_change|unit_price_change", 0, "%", PR, opt=True, basis="unchanged"),
    m("properties|property_count", 7, "properties", PR, opt=True, basis="office and industrial-office properties"),
], [])

# ---------------------------------------------------------------- en08 China Life's 2020 interim results (Futu News, news.futunn.com): net profit attributable 30.535 billion yuan, -18.8%; premium income 427.367 billion yuan, +13.1%; basic and diluted EPS 1.07 yuan; internal value 1.015856 trillion yuan, +7.8% from end-2019; value of new business 36.889 billion yuan, +6.7%; total investment income 96.134 billion yuan, +8.1%; core and comprehensive solvency 258.24% and 267.31%; net investment income 77.391 billion yuan, +5.361 billion yuan, +7.4%; net investment return 4.29%, -37 bp (CNY, %, bp)
# A Chinese insurer's interim results reported in English (news17 zh02 and news26 zh05 had China Life's premiums in
# Chinese, news8 zh02 its 2023 year in a broker table, news2 en10 a broker's downgrade; its 2020 interim, "30.535",
# "427.367", "1.015856", "36.889" and "77.391" appear in no earlier text; this futunn.com address in no source list —
# other futunn.com pages are). Of the kind's elements the page prints net profit, premiums and earnings per share in
# yuan (an insurer: no net interest margin or NPL ratio). Cut: the passage stops after the equity-investment sentence,
# before "The company's total investment income was 96.134 billion yuan, an increase of 7.211 billion yuan over the
# same period in 2019, and the total return on investment was 5.34%, 44 basis poin", where the stored text breaks off
# mid-word (the 7.211 billion yuan, 5.34 % and 44 basis points go with the cut); the cut is at a sentence boundary. No
# headline in the stored text (it opens with the lead; none added). No quotes. Kept as printed: "China Life Insurance
# Company Limited(02628)" without a space, "(the same below)", "per cent", "percent" and "%" side by side, "internal
# value" for embedded value, "1.015856 trillion yuan", "core solvency adequacy ratio", "comprehensive solvency adequacy
# ratio", "in positions", "variety structure".
# Periods: 2020H1 (see the header).
# Decided: net profit attributable to shareholders key with its -18.8 % key (no year-earlier level printed). Premium
# income and its +13.1 % key. "Basic and diluted earnings per share were both 1.07 yuan" -> basic EPS key, the diluted
# figure an optional row (the same number under the second basis; one row suffices for a reader). The "internal value"
# key as embedded value (the printed term among the alternatives) dated to the half, its +7.8 % "from the end of 2019"
# key. Value of new business and its +6.7 % key. Total investment income and +8.1 % key. Both solvency ratios key. Net
# investment income key with its +5.361 billion yuan change and +7.4 % key. Net investment return 4.29 % and its -37 bp
# key (the year-earlier return not computed).
CL = "China Life Insurance Company Limited|China Life|China Life Insurance|02628|2628"
H = "2020H1"
G["en08"] = ([
    m("net_profit|net_income|net_profit_attributable", 30.535e9, "CNY", CL, H, basis="attributable to shareholders"),
    m("net_profit_growth|net_income_growth|net_profit_change", -18.8, "%", CL, H, basis="on the same period last year"),
    m("premium_income|total_premium_income|premiums|gross_written_premiums", 427.367e9, "CNY", CL, H, basis="total"),
    m("premium_income_growth|premium_growth|total_premium_income_growth", 13.1, "%", CL, H),
    m("eps|earnings_per_share|basic_eps", 1.07, "CNY", CL, H, basis="basic"),
    m("diluted_eps|eps|earnings_per_share", 1.07, "CNY", CL, H, opt=True, basis="diluted; same figure"),
    m("embedded_value|internal_value|ev", 1.015856e12, "CNY", CL, H,
      basis="internal value; end of the reporting period"),
    m("embedded_value_growth|internal_value_growth|ev_growth", 7.8, "%", CL, H, basis="from the end of 2019"),
    m("value_of_new_business|new_business_value|vnb", 36.889e9, "CNY", CL, H),
    m("value_of_new_business_growth|new_business_value_growth|vnb_growth", 6.7, "%", CL, H),
    m("total_investment_income|investment_income", 96.134e9, "CNY", CL, H),
    m("total_investment_income_growth|investment_income_growth", 8.1, "%", CL, H, basis="on the same period in 2019"),
    m("core_solvency_ratio|core_solvency_adequacy_ratio|solvency_ratio", 258.24, "%", CL, H,
      basis="end of the reporting period"),
    m("comprehensive_solvency_ratio|comprehensive_solvency_adequacy_ratio|solvency_ratio", 267.31, "%", CL, H,
      basis="end of the reporting period"),
    m("net_investment_income", 77.391e9, "CNY", CL, H),
    m("net_investment_income_change|net_investment_income_increase", 5.361e9, "CNY", CL, H,
      basis="more than in the same period in 2019"),
    m("net_investment_income_growth", 7.4, "%", CL, H),
    m("net_investment_return|net_investment_yield|investment_yield", 4.29, "%", CL, H),
    m("net_investment_return_change|net_investment_yield_change|investment_yield_change", -37, "bp", CL, H,
      basis="from the same period in 2019"),
], [])

# ---------------------------------------------------------------- en09 Japan's April trade (RTT News via dpa-AFX, finanznachrichten.de; no year printed): surplus 625.977 billion yen, +30.9% on year, poll 440.0 billion yen, March revised down to 797.0 billion yen (originally 797.3 billion yen); exports +7.8% to 6.822 trillion yen (forecast +8.7%, previous month +2.1%), to Asia, China, US and EU; imports +5.9% to 6.196 trillion yen (forecast +9.8%, previous month -0.6%), from Asia, China, US and EU; adjusted surplus 550.0 billion yen (forecast 114.9 billion yen, March 119.2 billion yen) (JPY, %)
# A Japanese macro release with the prior reading and the poll: a trade release (news20 en09 and news36 en09 had Japan's
# GDP, news16 en12 and news6 en12 China's trade against forecasts; Japan's trade, "625.977", "6.822 trillion", "819.253"
# and "797.0 billion" appear in no earlier text; this finanznachrichten.de address in no source list — other
# finanznachrichten.de pages are). Whole as stored apart from furniture: the store's date line and the closing
# "Copyright RTT News/dpa-AFX" credit dropped. No headline in the stored text (it opens with the dateline "TOKYO
# (dpa-AFX) -"; the address slug is not page text; none added). No quotes. Kept as printed: "TOKYO (dpa-AFX) -",
# "merchandise trade surplus", "on year" and "an annual" for year-on-year, "440.0 billion yen", "(originally 797.3 billion
# yen)", "6.0 percent", "9.0 percent", "550.0 billion yen", "exports to China alone", "imports from China alone".
# Periods: none (see the header).
# Decided: the April surplus key with the revised March surplus as prior (the "after"/"following" construction), its
# +30.9 % key; the 440.0 billion yen expectation a key consensus row. The revised March surplus 797.0 billion yen a key
# row with its first reading 797.3 billion yen as prior plus an optional first-reading row (news73 en03). Exports' and
# imports' growth key with the previous month as prior plus an optional previous-month row, their levels key, the
# forecasts key consensus rows ("fell short of the 8.7 percent increase forecast", "against expectations for 9.8
# percent"). Exports to and imports from Asia, China, the United States and the European Union: each % and level key,
# keyed on the partner with Japan among the alternatives (news10 en15's partner entities). The adjusted surplus key with
# March's 119.2 billion yen as prior (optional March row) and its 114.9 billion yen forecast a key consensus row.
JP = "Japan"
AS = "Asia|Japan-Asia trade|Japan"
CHN = "China|Japan-China trade|Japan"
USJ = "United States|U.S.|US|Japan-US trade|Japan"
EUJ = "European Union|EU|Japan-EU trade|Japan"
TB = "trade_balance|trade_surplus"
XG, XL = "exports_growth|export_growth", "exports"
MG, ML = "imports_growth|import_growth", "imports"
G["en09"] = ([
    m(TB, 625.977e9, "JPY", JP, prior=797.0e9, basis="April; merchandise"),
    m("trade_balance_growth|trade_surplus_growth", 30.9, "%", JP, basis="April; on year"),
    m("trade_balance_consensus|trade_surplus_forecast|trade_balance_forecast", 440.0e9, "JPY", JP,
      basis="April; expectations"),
    m(TB, 797.0e9, "JPY", JP, prior=797.3e9, basis="March; revised down"),
    m(TB, 797.3e9, "JPY", JP, opt=True, basis="March; originally reported"),
    m(XG, 7.8, "%", JP, prior=2.1, basis="April; on year"),
    m(XL, 6.822e12, "JPY", JP, basis="April"),
    m("exports_growth_consensus|exports_growth_forecast|export_growth_forecast", 8.7, "%", JP, basis="April; forecast"),
    m(XG, 2.1, "%", JP, opt=True, basis="March; the previous month"),
    m(XG, 6.0, "%", AS, basis="April; exports to Asia; on year"),
    m(XL, 3.654e12, "JPY", AS, basis="April; exports to Asia"),
    m(XG, 10.9, "%", CHN, basis="April; exports to China; annual"),
    m(XL, 1.426e12, "JPY", CHN, basis="April; exports to China"),
    m(XG, 4.3, "%", USJ, basis="April; exports to the United States"),
    m(XL, 1.286e12, "JPY", USJ, basis="April; exports to the United States"),
    m(XG, 14.1, "%", EUJ, basis="April; exports to the European Union; annual"),
    m(XL, 819.253e9, "JPY", EUJ, basis="April; exports to the European Union"),
    m(MG, 5.9, "%", JP, prior=-0.6, basis="April; annual"),
    m(ML, 6.196e12, "JPY", JP, basis="April"),
    m("imports_growth_consensus|imports_growth_forecast|import_growth_forecast", 9.8, "%", JP, basis="April; expectations"),
    m(MG, -0.6, "%", JP, opt=True, basis="March; a month earlier; contraction"),
    m(MG, 3.7, "%", AS, basis="April; imports from Asia; on year"),
    m(ML, 2.938e12, "JPY", AS, basis="April; imports from Asia"),
    m(MG, 2.2, "%", CHN, basis="April; imports from China; annual"),
    m(ML, 1.462e12, "JPY", CHN, basis="April; imports from China"),
    m(MG, 3.9, "%", USJ, basis="April; imports from the United States"),
    m(ML, 670.633e9, "JPY", USJ, basis="April; imports from the United States"),
    m(MG, 9.0, "%", EUJ, basis="April; imports from the European Union; on year"),
    m(ML, 716.343e9, "JPY", EUJ, basis="April; imports from the European Union"),
    m("adjusted_trade_balance|trade_balance|adjusted_trade_surplus", 550.0e9, "JPY", JP, prior=119.2e9,
      basis="April; adjusted"),
    m("adjusted_trade_balance_consensus|trade_balance_consensus|trade_surplus_forecast", 114.9e9, "JPY", JP,
      basis="April; adjusted; forecasts"),
    m("adjusted_trade_balance|trade_balance|adjusted_trade_surplus", 119.2e9, "JPY", JP, opt=True,
      basis="March; adjusted"),
], [])

# ---------------------------------------------------------------- en10 MTN Nigeria's 2021 results (BizWatch Nigeria, bizwatchnigeria.ng): revenue N1.654 trillion, +22.9% from N1.346 trillion; service revenue +23.3% to N1.651trillion from N1.339 trillion; voice +8.4% to N971.4 billion from N896 billion; data +55.3% to N516.1 billion from N332.4 billion; digital +61.2% to N18 billion from N11.2 billion; fintech +57.3% to N70.6 billion from N44.8 billion; PAT +45.5% to N298.7 billion from N205.2 billion; EPS +35.8% to N14.7 from N10.8; dividends N174.438 billion (NGN, %)
# A Nigerian company's results in naira (news44 en10 had Dangote Cement's quarter, news23 en12 Safaricom's half, news48
# en07 KCB's half; MTN Nigeria, "1.654 trillion", "298.7", "174.438", Ndukwe and Toriola appear in no earlier text; this
# bizwatchnigeria.ng address in no source list — another bizwatchnigeria.ng page is). Of the kind's elements the page
# prints revenue, earnings per share (Nigerian results print EPS, not headline EPS) and the dividend total. Cut: the
# passage stops after the dividend-total sentence, before "If approved, the dividends will be paid on Thursday, April
# 28, 2022, at the rate of N8.57 per every 2 Kobo ordinary share (subject to appropriate deduction of withholding tax);
# to shareholders whose names appear in the Company's Register of Members at the c", where the stored text breaks off
# mid-word (the N8.57 per share and the payment date go with the cut); the cut is at a sentence boundary. Page furniture
# dropped: the opening "March 31, 2022 118" (the posting date with a view counter). No headline in the stored text (the
# address slug is not page text; none added). Quotes: Ndukwe's quoted sentence, Toriola's quoted sentence and the
# unattributed quoted line after it (rendered as Toriola's, the paragraph that follows his) as reported speech. Kept as
# printed: "N" for the naira, "N1.651trillion" without a space, "Data revenue" capitalised, "the telco", "Nigerian
# Exchange Limited (NGX)", "profit after tax (PAT)", "35.8%" (14.7 against 10.8 is about 36 %, kept as printed).
# Periods: 2021 and 2020; the dividend total none (see the header).
# Decided: each line "up by X% to A from B in 2020" -> key level for 2021 with prior plus a key % and an optional 2020
# row (revenue's "against the N1.346 trillion the telco booked in 2020" likewise). Segment revenues keyed on MTN Nigeria
# with the segment in the metric name. EPS key in NGN. The dividend total key ("subject to approval" in the basis).
MTN = "MTN Nigeria|MTN Nigeria Communications|MTN|MTNN"
Y, P = "2021", "2020"
REV = "revenue|total_revenue"
SRV = "service_revenue|revenue"
VO = "voice_revenue|revenue"
DA = "data_revenue|revenue"
DI = "digital_revenue|revenue"
FI = "fintech_revenue|revenue"
PAT = "net_profit|profit_after_tax|net_income"
EPS = "eps|earnings_per_share"
G["en10"] = ([
    m(REV, 1.654e12, "NGN", MTN, Y, prior=1.346e12, basis="total revenue; period ended December 31, 2021"),
    m("revenue_growth|total_revenue_growth", 22.9, "%", MTN, Y),
    m(REV, 1.346e12, "NGN", MTN, P, opt=True),
    m(SRV, 1.651e12, "NGN", MTN, Y, prior=1.339e12, basis="service revenue"),
    m("service_revenue_growth|revenue_growth", 23.3, "%", MTN, Y),
    m(SRV, 1.339e12, "NGN", MTN, P, opt=True, basis="service revenue"),
    m(VO, 971.4e9, "NGN", MTN, Y, prior=896e9, basis="voice"),
    m("voice_revenue_growth|revenue_growth", 8.4, "%", MTN, Y, basis="voice"),
    m(VO, 896e9, "NGN", MTN, P, opt=True, basis="voice"),
    m(DA, 516.1e9, "NGN", MTN, Y, prior=332.4e9, basis="data"),
    m("data_revenue_growth|revenue_growth", 55.3, "%", MTN, Y, basis="data"),
    m(DA, 332.4e9, "NGN", MTN, P, opt=True, basis="data"),
    m(DI, 18e9, "NGN", MTN, Y, prior=11.2e9, basis="digital"),
    m("digital_revenue_growth|revenue_growth", 61.2, "%", MTN, Y, basis="digital"),
    m(DI, 11.2e9, "NGN", MTN, P, opt=True, basis="digital"),
    m(FI, 70.6e9, "NGN", MTN, Y, prior=44.8e9, basis="fintech"),
    m("fintech_revenue_growth|revenue_growth", 57.3, "%", MTN, Y, basis="fintech"),
    m(FI, 44.8e9, "NGN", MTN, P, opt=True, basis="fintech"),
    m(PAT, 298.7e9, "NGN", MTN, Y, prior=205.2e9, basis="profit after tax (PAT)"),
    m("net_profit_growth|profit_after_tax_growth|net_income_growth", 45.5, "%", MTN, Y),
    m(PAT, 205.2e9, "NGN", MTN, P, opt=True, basis="profit after tax (PAT)"),
    m(EPS, 14.7, "NGN", MTN, Y, prior=10.8),
    m("eps_growth|earnings_per_share_growth", 35.8, "%", MTN, Y),
    m(EPS, 10.8, "NGN", MTN, P, opt=True),
    m("dividend|total_dividend|dividends|dividend_payout", 174.438e9, "NGN", MTN,
      basis="dividends to be paid; subject to shareholders' and stakeholders' approval"),
], [])

# ---------------------------------------------------------------- en11 India's January-March 2025 GDP (Reuters copy stored at 103.16.74.116): GDP +7.4% y/y (headline repeat), Reuters poll 6.7%, previous quarter revised 6.4%; GVA +6.8% against a revised 6.5%; fiscal 2024/2025 growth 6.5% (standfirst repeat); private consumption 57% of GDP, +6% from a revised 8.1%; retail inflation 3.16% in April; government spending -1.8% against a revised +9.3%; capital spending +9.4% (%)
# An Indian macro release with the previous quarter and the poll: GDP (news42 en10 had India's CPI and IIP, news15 en10
# and the development corpus's en25 RBI decisions; India's GDP, "7.4%" for January-March, "6.4%", "57% of Indian GDP" and
# "3.16%" as India's April inflation appear in no earlier text — "3.16%" only in unrelated texts; the address, a bare IP
# with the slug "india-beats-forecasts-74-growth-january-march-1155556", in no source list). Whole as stored. Headline and
# standfirst kept (rewritten: "India beats forecasts with 7.4% growth in January-March" -> "India outpaces forecasts
# with 7.4% growth in January-March"; "Fiscal 2024/2025 growth estimated at 6.5%" -> "Growth for fiscal 2024/2025
# estimated at 6.5%"). No quotes. Kept as printed: "Asia's third-largest economy", "since the January-March 2024" with its
# stray "the", "fiscal 2024/2025", "year-on-year" beside "from a year earlier" (rendered "year on year"), "near six-year
# low of 3.16%", "U.S. President Donald Trump's trade tariffs".
# Periods: 2025Q1, 2024Q4, FY2025, 2025-04 (see the header).
# Decided: GDP growth 7.4 % key with the revised 6.4 % of the previous quarter as prior ("up from revised growth") plus an
# optional 2024Q4 row; the headline's 7.4 % an optional repeat. The Reuters poll's 6.7 % a key consensus row. GVA 6.8 %
# key with prior 6.5 % (optional 2024Q4 row). The fiscal-year estimate 6.5 % key for FY2025, the standfirst's repeat
# optional. Private consumption +6 % key with prior 8.1 % (optional row); its 57 % share of GDP optional (a structural
# share, background). April retail inflation 3.16 % key. Government spending -1.8 % key with prior 9.3 % (optional row);
# capital spending +9.4 % key.
IN = "India|Indian economy|India GDP"
Q, PQ, FY = "2025Q1", "2024Q4", "FY2025"
G["en11"] = ([
    m("gdp_growth|gdp_growth_yoy", 7.4, "%", IN, Q, prior=6.4, basis="year on year; January-March quarter"),
    m("gdp_growth|gdp_growth_yoy", 7.4, "%", IN, Q, opt=True, basis="headline repeat"),
    m("gdp_growth|gdp_growth_yoy", 6.4, "%", IN, PQ, opt=True, basis="revised; previous quarter"),
    m("gdp_growth_consensus|gdp_growth_forecast|gdp_growth_estimate", 6.7, "%", IN, Q, basis="Reuters poll of analysts"),
    m("gva_growth|gross_value_added_growth", 6.8, "%", IN, Q, prior=6.5, basis="first three months of 2025"),
    m("gva_growth|gross_value_added_growth", 6.5, "%", IN, PQ, opt=True, basis="revised; previous quarter"),
    m("gdp_growth|gdp_growth_estimate", 6.5, "%", IN, FY, basis="fiscal 2024/2025; estimated; highest among large economies"),
    m("gdp_growth|gdp_growth_estimate", 6.5, "%", IN, FY, opt=True, basis="standfirst repeat"),
    m("private_consumption_growth|consumer_spending_growth|private_consumer_spending_growth", 6, "%", IN, Q, prior=8.1,
      basis="year-on-year"),
    m("private_consumption_growth|consumer_spending_growth|private_consumer_spending_growth", 8.1, "%", IN, PQ, opt=True,
      basis="revised; previous quarter"),
    m("private_consumption_share_of_gdp|consumption_share_of_gdp|share_of_gdp", 57, "%", IN, opt=True,
      basis="private consumer spending's share of GDP"),
    m("inflation|cpi_inflation|retail_inflation|inflation_rate", 3.16, "%", IN, "2025-04",
      basis="retail; near six-year low"),
    m("government_spending_growth|government_consumption_growth", -1.8, "%", IN, Q, prior=9.3,
      basis="three months through March"),
    m("government_spending_growth|government_consumption_growth", 9.3, "%", IN, PQ, opt=True,
      basis="revised; previous quarter"),
    m("capital_spending_growth|investment_growth|gross_fixed_capital_formation_growth", 9.4, "%", IN, Q,
      basis="in the quarter"),
], [])

# ---------------------------------------------------------------- en12 Dollar at a 10-1/2-month peak on Treasury yields (CNBC via MTS Gold, mtsgold.co.th; a Tuesday, no date printed): dollar index +0.3% at 93.719; 10-year yield +6.2 bp to 1.546% (earlier 1.567%); 30-year yield nearly +10 bp to 2.094%; euro -0.1% at $1.1681 (six-week low $1.1668); Yellen's inflation closer to 4%, twice the Fed's target; sterling -1.3%, as low as $1.3529 (crosshead "more than 1%"); -1.2% against the euro at 86.40 pence (%, points, bp, USD, GBP)
# A currency market report with Treasury yields (news50 en06 had a November 2021 dollar and yields report from the same
# outlet, news58 en06, news65 en12 and news9 en12 other dollar days; "93.719", "1.546%", "1.567%", "1.1681", "1.1668",
# "1.3529" and "86.40 pence" appear in no earlier text — "2.094%" only in an unrelated Chinese buyback text; this
# mtsgold.co.th address in no source list — another mtsgold.co.th page is). Of the kind's elements the page prints the
# dollar index, the euro and sterling with their moves, and Treasury yields; it prints no yen or yuan level. Whole as
# stored. Headline kept (rewritten: "Dollar rises to 10-1/2-month peak, lifted by Treasury yield surge" -> "Dollar climbs
# to 10-1/2-month peak as Treasury yields surge"); the three crossheads kept (rewritten: "10-year yield continues rapid
# climb, hits the highest since June" -> "10-year yield keeps up its rapid climb, reaches highest since June";
# "TREASURIES-Yields ease back as 7-year note auction shows solid demand" -> "... draws solid demand"; "Sterling drops
# more than 1% amid U.S. yields surge, UK fuel crisis" -> "Sterling falls more than 1% ..."); the closing credit
# "Reference: CNBC" kept as page text (news50 en06). No quotes (Yellen's remark is reported speech in the source). Kept
# as printed: "10-1/2-month", the space in "$1.1681 .", "TREASURIES-" run into the crosshead, "mid January" unhyphenated,
# "1420 GMT", "86.40 pence".
# Periods: none (see the header).
# Decided (news50 en06): the dollar index's +0.3 % and level 93.719 key (points). The 10-year yield's +6.2 bp and 1.546 %
# key, its earlier 1.567 % key (a printed intraday high). The 30-year's "nearly 10 basis points" key with the hedge in the
# basis and 2.094 % key. The euro's -0.1 % and $1.1681 key, its six-week low $1.1668 key. Yellen's "closer to 4%"
# end-of-year inflation key as an inflation forecast for the U.S. (hedge and speaker in the basis); "twice the Fed's
# target" an optional 2 x (the target's level is not printed). Sterling's -1.3 % key and "as low as $1.3529" key (the
# only sterling-dollar level printed, a low); the crosshead's "more than 1%" an optional -1 %. Against the euro, sterling's
# -1.2 % key on sterling and the "86.40 pence" key as the euro's price in GBP (0.8640), EUR/GBP among the alternatives.
DXY = "dollar index|U.S. dollar index|DXY|dollar|greenback"
T10 = "10-year Treasury|benchmark 10-year Treasury note|10-year yield|US 10-year Treasury"
T30 = "30-year Treasury|30-year Treasury bond|30-year yield|US 30-year Treasury"
EUR = "EUR/USD|euro"
GBP = "GBP/USD|sterling|pound"
EURGBP = "EUR/GBP|sterling|pound|euro"
FXC = "fx_change|price_change|currency_change"
FXR = "fx_rate|exchange_rate"
G["en12"] = ([
    m("index_change|fx_change", 0.3, "%", DXY, basis="last; afternoon New York trading"),
    m("index_level|dollar_index|fx_index_level", 93.719, "points", DXY, basis="last; highest since early November"),
    m("yield_change|bond_yield_change", 6.2, "bp", T10),
    m("bond_yield|yield", 1.546, "%", T10),
    m("bond_yield|yield|intraday_high", 1.567, "%", T10, basis="hit earlier in the day"),
    m("yield_change|bond_yield_change", 10, "bp", T30, basis="nearly"),
    m("bond_yield|yield", 2.094, "%", T30),
    m(FXC, -0.1, "%", EUR, basis="against the dollar"),
    m(FXR, 1.1681, "USD", EUR),
    m(FXR + "|intraday_low", 1.1668, "USD", EUR, basis="six-week low earlier in the session"),
    m("inflation_forecast|inflation_projection|inflation", 4, "%", "U.S.|US|United States|U.S. inflation",
      basis="closer to; by the end of the year; Treasury Secretary Janet Yellen"),
    m("inflation_to_target_ratio|multiple_of_target", 2, "x", "U.S.|US|United States|U.S. inflation", opt=True,
      basis="twice the Fed's target"),
    m(FXC, -1.3, "%", GBP, basis="by 1420 GMT"),
    m(FXR + "|intraday_low", 1.3529, "USD", GBP, basis="traded as low as"),
    m(FXC, -1, "%", GBP, opt=True, basis="more than; crosshead"),
    m(FXC, -1.2, "%", EURGBP, basis="sterling against the euro; lowest since July"),
    m(FXR, 0.8640, "GBP", EURGBP, basis="86.40 pence per euro"),
], [])
