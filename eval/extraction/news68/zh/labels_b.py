# Hand labels for news68/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan, one on Macau
# stocks): a Yahoo Hong Kong relay of an AASTOCKS blue-chip results item (中銀香港's interim results), an HK01 item on the
# weekly 中原城市領先指數 CCL, an ETtoday item on three Taiwan financial holding companies' December and full-year 2025 profits,
# a udn 經濟日報 item on 聯發科's July revenue and third-quarter guidance, the Hong Kong government news site's item on the
# November retail-sales release, and an AASTOCKS broker-note item (中金 on Macau gaming stocks, with a ratings table);
# see batch_b.md.
# Helpers m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "maintain", "raise_target", "沽空", "H1", "points", "bp", "pp").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news67/zh and news66/zh README.md and labels_*.py, with the precedents named below: news62 zh09 for interim
# results without a printed year (period "H1"); news63 zh09 for AASTOCKS broker tables on Macau gaming stocks (inline
# quotes all optional, unchanged rows -> maintain, "A元 → B元" -> raise_target with prior); news67 zh08 / news38 zh10 for
# monthly releases (yoy changes as % rows on the item); news67 zh09 for Taiwan results (元 / 億元 = TWD).
# Currency: Hong Kong bare 元 / 億元 in a stock or Hong Kong data context = HKD (zh07, zh11, zh12's targets and the
# 港元 EBITDA); 美元 = USD (zh10's USD guidance, zh12's industry and 金沙中國 EBITDA); Taiwan 元 / 億元 = TWD (zh09, zh10).
# Values fully scaled (169.98億元 -> 1.6998e10; 432.2億元 -> 4.322e10; 21.08億美元 -> 2.108e9; 52.7仙 -> 0.527 HKD).
# Declines negative (跌, 下跌, 減少, 年減, 月減, 季減, 下降, 虧損/損失 as negative profit); 升, 上升, 增長, 年增, 年成長 positive.
# Periods only where the text states or clearly implies the year: zh07 "H1" (截至今年6月底止中期業績; no year printed);
# zh08 None for the week's readings (no date of the week printed), dated rows only for the printed reference lows and the
# all-time high (2025-05, 2025-03, 2024-09, 2021-08); zh09 2025-12 and FY2025 (printed 去（2025）年12月); zh10 None for
# the July figures and the seven months (no year printed) and "Q3" for the third-quarter guidance (the quarter printed,
# the year not; by analogy with "H1"); zh11 2023-11 (the item's printed date 2024年1月4日 fixes 11月 as November 2023);
# zh12 FY2025 / FY2026 (printed) and 2025Q3 for 今年第三季 (今年 = 2025 from 今明兩年 beside the printed 2025 / 2026).
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: 中銀香港's interim results (AASTOCKS item relayed by Yahoo Hong Kong; headline kept, reworded).
# Key: net profit 169.98億元 (+34.7%), EPS 1.6077元, interim dividend 0.527元 (prior-year 0.447元 as prior), net operating
# income 296.69億元 (+25.4%), operating expenses 78.52億元 (+5.89%), NII 232.08億元 (+51.4%), adjusted NIM 1.56% (+43 bp),
# net fee income 49.14億元 (-9.5%), impairment charge 12.25億元 (-29%), impaired-loan ratio 0.73% (+0.2 pp vs year-end),
# tier-1 ratio 20.75%, total capital ratio 22.99%.
# Judgement calls: the headline's 34.7% / 169.98億元 / 52.7仙 restate body figures exactly (no separate rows); 元 = HKD in a
# Hong Kong bank context; "上年同期派0.447元" is the prior of the interim dividend; ratios at 6月底 take the interim period
# "H1" (no year printed); the 0.2 pp rise is against the previous year-end (basis).
BOC7 = "中銀香港|中銀|BOC Hong Kong|BOCHK|02388|2388|02388.HK"
P7 = "H1"
G["zh07"] = ([
    m("net_profit|net_income", 1.6998e10, "HKD", BOC7, P7, basis="interim, 截至6月底止"),
    m("net_profit_growth|net_income_growth|net_profit", 34.7, "%", BOC7, P7, basis="yoy"),
    m("eps|earnings_per_share", 1.6077, "HKD", BOC7, P7),
    m("dps|dividend_per_share|interim_dividend", 0.527, "HKD", BOC7, P7, prior=0.447, basis="interim dividend (52.7仙 in the headline)"),
    m("net_operating_income|operating_income|revenue", 2.9669e10, "HKD", BOC7, P7),
    m("net_operating_income_growth|operating_income_growth|revenue_growth", 25.4, "%", BOC7, P7, basis="yoy"),
    m("operating_expenses|opex", 7.852e9, "HKD", BOC7, P7),
    m("operating_expenses_growth|opex_growth", 5.89, "%", BOC7, P7, basis="yoy"),
    m("net_interest_income|nii", 2.3208e10, "HKD", BOC7, P7),
    m("net_interest_income_growth|nii_growth", 51.4, "%", BOC7, P7, basis="yoy"),
    m("net_interest_margin|nim", 1.56, "%", BOC7, P7, basis="adjusted (經調整後)"),
    m("net_interest_margin_change|nim_change", 43, "bp", BOC7, P7, basis="yoy"),
    m("net_fee_income|net_fee_and_commission_income", 4.914e9, "HKD", BOC7, P7),
    m("net_fee_income_growth|net_fee_and_commission_income_growth", -9.5, "%", BOC7, P7, basis="yoy, 下跌"),
    m("impairment_charge|loan_impairment_charge|provisions", 1.225e9, "HKD", BOC7, P7, basis="net charge for loans and other accounts"),
    m("impairment_charge_growth|provisions_growth", -29, "%", BOC7, P7, basis="yoy, 減少"),
    m("impaired_loan_ratio|npl_ratio", 0.73, "%", BOC7, P7, basis="classified or impaired loan ratio"),
    m("impaired_loan_ratio_change|npl_ratio_change", 0.2, "pp", BOC7, P7, basis="vs previous year-end"),
    m("tier1_capital_ratio|tier_1_ratio", 20.75, "%", BOC7, P7),
    m("total_capital_ratio|capital_adequacy_ratio", 22.99, "%", BOC7, P7),
], [])


# zh08: 中原城市領先指數 CCL weekly reading (HK01; Traditional, full-width punctuation as printed; sub-heads kept;
# no headline in the stored text and none composed; cut before the 港島 sentence where the stored text breaks off).
# Key: CCL 144.63 points (-0.71% wow); CCL Mass 145.62 (-1.02%); CCL(中小型單位) 144.67 (-0.90%); CCL(大型單位) 144.38
# (+0.23%); 新界東 CCL_Mass 154.57 (-3.51%); 九龍 CCL_Mass 144.87 (-1.67%); 新界西 CCL_Mass 134.66 (+0.32%, two-week +1.45%);
# CCL's changes against the reference points: +7.01% vs the 135.16 low, +7.22% vs 134.89, +6.46% vs 135.86, -24.41% vs the
# 191.34 all-time high.
# Optional: the repeated lead (144.63 / -0.71% printed twice -> one key row each, no duplicate), the reference levels
# (135.16, 134.89, 135.86, 191.34) dated by month, the target 147 points and the gap 2.37 points / 1.64%, rank and
# streak spans (87周, 75周, 103周, 110周, 84周, 2周, 近20年) give no rows.
# Judgement calls: the week of the reading is not printed -> period None; 去年5月 = 2025年5月 (both printed) dates the low.
CCL8 = "中原城市領先指數|CCL|Centa-City Leading Index"
MASS8 = "中原城市大型屋苑領先指數|CCL Mass|CCL_Mass"
SM8 = "CCL(中小型單位)|中原城市(中小型單位)領先指數|CCL small and medium units"
LG8 = "CCL(大型單位)|中原城市(大型單位)領先指數|CCL large units"
NTE8 = "新界東CCL_Mass|新界東|New Territories East"
KLN8 = "九龍CCL_Mass|九龍|Kowloon"
NTW8 = "新界西CCL_Mass|新界西|New Territories West"
IL8, IC8 = "index_level|property_price_index|home_price_index", "index_change|index_change_pct|property_price_change"
G["zh08"] = ([
    m(IL8, 144.63, "points", CCL8, None),
    m(IC8, -0.71, "%", CCL8, None, basis="wow, 按周跌"),
    m(IC8, 7.01, "%", CCL8, None, basis="cumulative since the 135.16-point low of May 2025"),
    m(IC8, 7.22, "%", CCL8, None, basis="vs the 134.89-point low before the March 2025 budget"),
    m(IC8, 6.46, "%", CCL8, None, basis="vs the 135.86-point low before the first rate cut of September 2024"),
    m(IC8, -24.41, "%", CCL8, None, basis="vs the 191.34-point all-time high of August 2021"),
    m(IL8, 145.62, "points", MASS8, None),
    m(IC8, -1.02, "%", MASS8, None, basis="wow"),
    m(IL8, 144.67, "points", SM8, None),
    m(IC8, -0.90, "%", SM8, None, basis="wow"),
    m(IL8, 144.38, "points", LG8, None),
    m(IC8, 0.23, "%", LG8, None, basis="wow"),
    m(IL8, 154.57, "points", NTE8, None),
    m(IC8, -3.51, "%", NTE8, None, basis="wow"),
    m(IL8, 144.87, "points", KLN8, None),
    m(IC8, -1.67, "%", KLN8, None, basis="wow"),
    m(IL8, 134.66, "points", NTW8, None),
    m(IC8, 0.32, "%", NTW8, None, basis="wow"),
    m(IC8, 1.45, "%", NTW8, None, basis="two-week cumulative (連升2周共)"),
    m(IL8, 135.16, "points", CCL8, "2025-05", opt=True, basis="reference low"),
    m(IL8, 134.89, "points", CCL8, "2025-03", opt=True, basis="reference low before the budget"),
    m(IL8, 135.86, "points", CCL8, "2024-09", opt=True, basis="reference low before the first rate cut"),
    m(IL8, 191.34, "points", CCL8, "2021-08", opt=True, basis="all-time high"),
    m("index_target|target_level", 147, "points", CCL8, None, opt=True, basis="first-quarter outlook (首季重返147點)"),
    m(IC8, 2.37, "points", CCL8, None, opt=True, basis="rise needed to reach 147"),
    m(IC8, 1.64, "%", CCL8, None, opt=True, basis="rise needed to reach 147"),
], [])


# zh09: three Taiwan financial holding companies' December and full-year 2025 profits (ETtoday; the photo caption and
# byline left out; cut before the subsidiaries' paragraph where the stored text breaks off). A round-up of three
# companies' monthly profits led by 元大金 (the closest stored item to one company's monthly profit).
# Key: 元大金 Dec 31.82億元, FY 365.21億元, EPS 2.74元; 兆豐金 EPS 2.37元 and 玉山金 EPS 2.12元 (FY2025); 元大證 Dec 27.51億元,
# FY 244.21億元 (+15.4%); 元大 bank Dec 4.51億元, FY growth +6.5%; 元大人壽 Dec loss 5.83億元, FY loss 14.09億元; Taiwan
# market daily average turnover 6100億元 (Dec); 兆豐金 Dec 31.05億元, FY 350.96億元 (+0.95%); 兆豐銀 Dec 24.31億元, FY
# 289.24億元 (+1.95%); 兆豐證 FY 22.58億元 (-11.45%); 兆豐票 FY 25.25億元 (+14.46%); 兆豐產險 FY 7.61億元 (+84.71%); 永豐金
# Dec 15.65億元, FY 265.02億元 (+18.8%), EPS 1.97元, annualised ROE 11.5%.
# Optional: the bank's full-year profit printed "106.68元" (億 missing in the source): labelled as the evident 106.68億
# (1.0668e10 TWD) but optional, since the text as printed gives 106.68 元; the count of seven companies gives no row.
# Judgement calls: 兆豐金's EPS 2.37元 is printed twice (one row); losses are negative net profit; 全年 = FY2025 and
# 12月 / 單月 = 2025-12; "銀行" after 元大證 is 元大's bank (entity 元大銀行|銀行).
P9M, P9Y = "2025-12", "FY2025"
YU9 = "元大金|元大金控|Yuanta Financial|2885"
YS9 = "元大證|元大證券|Yuanta Securities"
YB9 = "元大銀行|元大銀|銀行|Yuanta Bank"
YL9 = "元大人壽|Yuanta Life"
MG9 = "兆豐金|兆豐金控|Mega Financial|2886"
ES9 = "玉山金|玉山金控|E.Sun Financial|2884"
MB9 = "兆豐銀|兆豐銀行|Mega Bank"
MS9 = "兆豐證|兆豐證券|Mega Securities"
MBF9 = "兆豐票|兆豐票券|Mega Bills"
MI9 = "兆豐產險|Mega Insurance"
SP9 = "永豐金|永豐金控|SinoPac Financial|SinoPac"
TW9 = "台股|Taiwan stock market|TWSE"
NP9, NG9, EPS9 = "net_profit|net_income|after_tax_profit", "net_profit_growth|net_income_growth", "eps|earnings_per_share"
G["zh09"] = ([
    m(NP9, 3.182e9, "TWD", YU9, P9M, basis="December, after tax"),
    m(NP9, 3.6521e10, "TWD", YU9, P9Y, basis="full year, after tax"),
    m(EPS9, 2.74, "TWD", YU9, P9Y),
    m(EPS9, 2.37, "TWD", MG9, P9Y),
    m(EPS9, 2.12, "TWD", ES9, P9Y),
    m("average_daily_turnover|daily_turnover|turnover", 6.1e11, "TWD", TW9, P9M, basis="daily average (日均量)"),
    m(NP9, 2.751e9, "TWD", YS9, P9M, basis="December"),
    m(NP9, 2.4421e10, "TWD", YS9, P9Y),
    m(NG9, 15.4, "%", YS9, P9Y, basis="yoy"),
    m(NP9, 4.51e8, "TWD", YB9, P9M, basis="December"),
    m(NP9, 1.0668e10, "TWD", YB9, P9Y, opt=True, basis="printed 106.68元 (億 missing in the source)"),
    m(NG9, 6.5, "%", YB9, P9Y, basis="yoy"),
    m(NP9, -5.83e8, "TWD", YL9, P9M, basis="December after-tax loss"),
    m(NP9, -1.409e9, "TWD", YL9, P9Y, basis="full-year loss"),
    m(NP9, 3.105e9, "TWD", MG9, P9M, basis="December"),
    m(NP9, 3.5096e10, "TWD", MG9, P9Y),
    m(NG9, 0.95, "%", MG9, P9Y, basis="yoy"),
    m(NP9, 2.431e9, "TWD", MB9, P9M, basis="December"),
    m(NP9, 2.8924e10, "TWD", MB9, P9Y),
    m(NG9, 1.95, "%", MB9, P9Y, basis="yoy"),
    m(NP9, 2.258e9, "TWD", MS9, P9Y),
    m(NG9, -11.45, "%", MS9, P9Y, basis="yoy, 年減"),
    m(NP9, 2.525e9, "TWD", MBF9, P9Y),
    m(NG9, 14.46, "%", MBF9, P9Y, basis="yoy"),
    m(NP9, 7.61e8, "TWD", MI9, P9Y),
    m(NG9, 84.71, "%", MI9, P9Y, basis="yoy"),
    m(NP9, 1.565e9, "TWD", SP9, P9M, basis="December, self-reported (自結)"),
    m(NP9, 2.6502e10, "TWD", SP9, P9Y),
    m(NG9, 18.8, "%", SP9, P9Y, basis="yoy (年成長)"),
    m(EPS9, 1.97, "TWD", SP9, P9Y),
    m("roe|return_on_equity", 11.5, "%", SP9, P9Y, basis="annualised (年化)"),
], [])


# zh10: 聯發科's July revenue and third-quarter guidance (udn 經濟日報; the 快訊 tag, byline, photo credits and the closing
# tag words left out; whole stored item otherwise; full-width ％ and the stray space before 達到 kept).
# Key: July revenue 432.2億元 (-23.4% mom, -5.2% yoy); seven-month revenue 3,469.01億元 (+13.2%); Q3 guidance: TWD revenue
# 1,301億-1,400億元 (range), qoq -13% to -7%, yoy -1% to +6%; USD revenue 44.9億-48.3億美元, qoq -8% to -1%, yoy +10% to
# +18%; gross margin 47% ±1.5 pp -> range (45.5, 48.5) with basis; flagship-phone revenue 30億美元 (>40% growth), connectivity
# revenue >30億美元, computing revenue growth >80% (八成) to about 10億美元.
# Optional: the exchange-rate bases (29 and 30.9 TWD per USD) and the 6% FX impact; 近7個月 gives no row.
# Judgement calls: no year is printed -> the July and seven-month rows take period None; the guidance rows "Q3" (quarter
# printed, year not); 季減7％至13％ is the range (-13, -7); 年減1％至增長6％ is (-1, 6); "超過40％" / "超過30億美元" /
# "超過八成" are open lower bounds; 今年 targets take None (no year printed); 元 = TWD.
MTK = "聯發科|MediaTek|2454"
REV10, RG10 = "revenue|sales|monthly_revenue", "revenue_growth|sales_growth"
G["zh10"] = ([
    m(REV10, 4.322e10, "TWD", MTK, None, basis="July (7月業績)"),
    m(RG10, -23.4, "%", MTK, None, basis="July, mom (月減)"),
    m(RG10, -5.2, "%", MTK, None, basis="July, yoy (年減)"),
    m(REV10, 3.46901e11, "TWD", MTK, None, basis="cumulative first seven months, consolidated"),
    m(RG10, 13.2, "%", MTK, None, basis="cumulative first seven months, yoy"),
    m(REV10, None, "TWD", MTK, "Q3", rng=(1.301e11, 1.4e11), basis="guidance, TWD revenue"),
    m(RG10, None, "%", MTK, "Q3", rng=(-13, -7), basis="guidance, qoq (季減7％至13％)"),
    m(RG10, None, "%", MTK, "Q3", rng=(-1, 6), basis="guidance, yoy (年減1％至增長6％)"),
    m(REV10, None, "USD", MTK, "Q3", rng=(4.49e9, 4.83e9), basis="guidance, USD revenue"),
    m(RG10, None, "%", MTK, "Q3", rng=(-8, -1), basis="guidance, USD, qoq"),
    m(RG10, None, "%", MTK, "Q3", rng=(10, 18), basis="guidance, USD, yoy"),
    m("gross_margin", 47, "%", MTK, "Q3", rng=(45.5, 48.5), basis="guidance, 47％正負1.5個百分點"),
    m("exchange_rate|fx_assumption", 29, "TWD", MTK, "Q3", opt=True, basis="TWD per USD guidance basis (29比1)"),
    m("exchange_rate|fx_assumption", 30.9, "TWD", MTK, None, opt=True, basis="TWD per USD applied in the second-quarter report"),
    m("fx_impact|revenue_impact", 6, "%", MTK, "Q3", opt=True, basis="potential FX impact on TWD revenue"),
    m("flagship_smartphone_revenue|segment_revenue|revenue", 3e9, "USD", "聯發科旗艦手機|MediaTek flagship smartphones|聯發科|MediaTek", None, basis="this year's expectation"),
    m("flagship_smartphone_revenue_growth|segment_revenue_growth|revenue_growth", None, "%", "聯發科旗艦手機|MediaTek flagship smartphones|聯發科|MediaTek", None, rng=(40, None), basis="超過40％"),
    m("connectivity_revenue|segment_revenue|revenue", None, "USD", "聯發科連網通訊|MediaTek connectivity|聯發科|MediaTek", None, rng=(3e9, None), basis="超過30億美元, this year"),
    m("computing_revenue_growth|segment_revenue_growth|revenue_growth", None, "%", "聯發科運算解決方案|MediaTek computing|聯發科|MediaTek", None, rng=(80, None), basis="超過八成"),
    m("computing_revenue|segment_revenue|revenue", 1e9, "USD", "聯發科運算解決方案|MediaTek computing|聯發科|MediaTek", None, basis="約10億美元, this year"),
], [])


# zh11: Hong Kong's November retail sales (government news site news.gov.hk; headline kept, reworded; the dateline
# 2024年1月4日 kept; "回到頁首" left out).
# Key: retail sales value 342億元 (+15.9% yoy), volume +12.4%; online share 9.3%, online sales 32億元 (-16.1%); fifteen
# categories' yoy changes (eleven up, four down).
# Optional: none (the headline's 15.9% restates the body).
# Judgement calls: 元 = HKD (Hong Kong government data); 11月 is November 2023 (the printed date 2024年1月4日); the categories
# are entities with Hong Kong retail as alternative; "政府表示" carries no figure.
HK11 = "香港零售業|零售業|Hong Kong retail|Hong Kong"
P11 = "2023-11"
def cat11(name, v):
    return m("retail_sales_growth|sales_value_growth", v, "%", f"{name}|{HK11}", P11, basis="yoy, sales value by outlet type")
G["zh11"] = ([
    m("retail_sales|retail_sales_value", 3.42e10, "HKD", HK11, P11, basis="provisional estimate"),
    m("retail_sales_growth|retail_sales_value_growth", 15.9, "%", HK11, P11, basis="yoy"),
    m("retail_sales_volume_growth|retail_volume_growth", 12.4, "%", HK11, P11, basis="yoy, volume"),
    m("online_sales_share|share", 9.3, "%", "網上銷售|online sales|" + HK11, P11, basis="share of total retail sales"),
    m("online_retail_sales|online_sales", 3.2e9, "HKD", "網上銷售|online sales|" + HK11, P11),
    m("online_retail_sales_growth|online_sales_growth", -16.1, "%", "網上銷售|online sales|" + HK11, P11, basis="yoy, 跌"),
    cat11("電器及其他未分類耐用消費品", 0.8),
    cat11("珠寶首飾、鐘表及名貴禮物|珠寶首飾", 60.8),
    cat11("其他未分類消費品", 29),
    cat11("服裝", 54.1),
    cat11("百貨公司貨品", 15),
    cat11("食品、酒類飲品及煙草", 6.3),
    cat11("藥物及化妝品", 38.7),
    cat11("鞋類、有關製品及其他衣物配件", 24.4),
    cat11("中藥", 33.7),
    cat11("書報、文具及禮品", 11.1),
    cat11("眼鏡店", 17.8),
    cat11("超級市場貨品", -5),
    cat11("汽車及汽車零件", -22.9),
    cat11("燃料", -12.8),
    cat11("傢具及固定裝置", -13.1),
], [])


# zh12: 中金 on Macau gaming stocks (AASTOCKS; the "相關內容" related-story headlines left out; the table set one row per
# line with its separators; the AASTOCKS inline quotes kept; cut at the last whole row where the stored text breaks off).
# Key: 2025 / 2026 GGR growth 9% / 5% and recovery 84% / 88% of 2019; mass GGR growth 7% / 6%, recovery 119% / 126%; VIP GGR
# +19% (2025) and -5% (2026), recovery 29% / 28%; industry 2025Q3 EBITDA 21.08億美元 (+9% yoy, +2% qoq, 91% of 2019);
# 美高梅中國 2025Q3 adjusted EBITDA 23.52億港元 (+19%), 金沙中國 5.90億美元 (+1%); six rating actions.
# Optional: every inline quote (price change in HKD and %, short-selling turnover and ratio; 美高梅中國 and 金沙中國 quoted
# twice with the same figures -> one set each).
# Judgement calls: 今年 = 2025 (今明兩年 beside the printed 2025 / 2026); recovery ratios are % of the 2019 level (basis);
# the prose targets 19.8港元 / 23.8港元 are the table's rows (rating actions only, no target_price metric); "6.9元 → 7.6元"
# -> raise_target with prior 6.9; other rows maintain (no change printed), prior rating not printed; 元 in the table
# header 目標價(港元) = HKD.
CICC = "中金公司|中金|CICC"
MACAU12 = "澳門博彩業|澳門|Macau gaming industry|Macau|濠賭股"
MASS12 = "澳門中場博彩|中場博彩|Macau mass-market gaming|" + MACAU12
VIP12 = "澳門貴賓博彩|貴賓博彩|Macau VIP gaming|" + MACAU12
MGM12 = "美高梅中國|美高梅|MGM China|02282|2282|02282.HK"
GEG12 = "銀河娛樂|銀娛|Galaxy Entertainment|00027|27|00027.HK"
WYNN12 = "永利澳門|永利|Wynn Macau|01128|1128|01128.HK"
SCL12 = "金沙中國|金沙|Sands China|01928|1928|01928.HK"
MELCO12 = "新濠國際發展|新濠國際|Melco International|00200|200|00200.HK"
SJM12 = "澳博控股|澳博|SJM Holdings|SJM|00880|880|00880.HK"
GGR12, REC12 = "ggr_growth|gaming_revenue_growth|revenue_growth", "recovery_rate|recovery_vs_2019"


def q12(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '+0.180 (+1.196%) 沽空 $1.27百萬; 比率 6.141%' -> all optional."""
    return [m("price_change|share_price_change", chg, "HKD", ent, None, opt=True, basis="inline quote"),
            m("price_change|share_price_change", pct, "%", ent, None, opt=True, basis="inline quote"),
            m("short_selling_turnover|short_selling_amount", short, "HKD", ent, None, opt=True, basis="inline quote, 沽空"),
            m("short_selling_ratio|short_ratio", ratio, "%", ent, None, opt=True, basis="inline quote, 沽空比率")]


G["zh12"] = ([
    m(GGR12, 9, "%", MACAU12, "FY2025", basis="forecast, total GGR, yoy"),
    m(GGR12, 5, "%", MACAU12, "FY2026", basis="forecast, total GGR, yoy"),
    m(REC12, 84, "%", MACAU12, "FY2025", basis="forecast, total GGR as % of 2019"),
    m(REC12, 88, "%", MACAU12, "FY2026", basis="forecast, total GGR as % of 2019"),
    m(GGR12, 7, "%", MASS12, "FY2025", basis="forecast, mass GGR, yoy"),
    m(GGR12, 6, "%", MASS12, "FY2026", basis="forecast, mass GGR, yoy"),
    m(REC12, 119, "%", MASS12, "FY2025", basis="forecast, mass GGR as % of 2019"),
    m(REC12, 126, "%", MASS12, "FY2026", basis="forecast, mass GGR as % of 2019"),
    m(GGR12, 19, "%", VIP12, "FY2025", basis="forecast, VIP GGR, yoy"),
    m(GGR12, -5, "%", VIP12, "FY2026", basis="forecast, VIP GGR, yoy, 下降"),
    m(REC12, 29, "%", VIP12, "FY2025", basis="forecast, VIP GGR as % of 2019"),
    m(REC12, 28, "%", VIP12, "FY2026", basis="forecast, VIP GGR as % of 2019"),
    m("ebitda|industry_ebitda", 2.108e9, "USD", MACAU12, "2025Q3", basis="forecast, industry"),
    m("ebitda_growth|industry_ebitda_growth", 9, "%", MACAU12, "2025Q3", basis="forecast, yoy"),
    m("ebitda_growth|industry_ebitda_growth", 2, "%", MACAU12, "2025Q3", basis="forecast, qoq"),
    m(REC12, 91, "%", MACAU12, "2025Q3", basis="forecast, industry EBITDA as % of 2019 same period"),
    m("adjusted_ebitda|ebitda", 2.352e9, "HKD", MGM12, "2025Q3", basis="forecast, adjusted"),
    m("adjusted_ebitda_growth|ebitda_growth", 19, "%", MGM12, "2025Q3", basis="forecast, yoy"),
    m("adjusted_ebitda|ebitda", 5.9e8, "USD", SCL12, "2025Q3", basis="forecast, adjusted"),
    m("adjusted_ebitda_growth|ebitda_growth", 1, "%", SCL12, "2025Q3", basis="forecast, yoy"),
    *q12(MGM12, 0.180, 1.196, 1.27e6, 6.141),
    *q12(SCL12, 0.720, 3.625, 3.22e7, 24.884),
    *q12(GEG12, 0.740, 1.897, 5.24e7, 29.607),
    *q12(WYNN12, 0.120, 1.765, 5.801e5, 6.103),
    *q12(MELCO12, 0.020, 0.414, 4.836e5, 4.099),
    *q12(SJM12, 0.020, 0.676, 1.35e6, 10.384),
], [
    ra(CICC, MGM12, "maintain", "outperform", None, 19.8, None, "HKD"),
    ra(CICC, GEG12, "maintain", "outperform", None, 44.8, None, "HKD"),
    ra(CICC, WYNN12, "raise_target", "outperform", None, 7.6, 6.9, "HKD"),
    ra(CICC, SCL12, "maintain", "outperform", None, 23.8, None, "HKD"),
    ra(CICC, MELCO12, "maintain", "outperform", None, 5.8, None, "HKD"),
    ra(CICC, SJM12, "maintain", "neutral", None, 2.5, None, "HKD"),
])
