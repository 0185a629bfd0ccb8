# Hand labels for news63/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong pages (經濟通 on etnet.com.hk,
# 明報 on news.mingpao.com), an AASTOCKS broker table on Macau gaming stocks (quote server 113.28.163.107), a Macau
# government release (統計暨普查局 on cdn.gcs.gov.mo) and two Taiwan pages (自由時報 on ec.ltn.com.tw, 鉅亨網 on
# news.cnyes.com); see batch_b.md). Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" arguments of the earlier sets'
# labels_*.py files (grep: "applications", "points", "days", "months", "years", "quarters", "count", "x").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news61/zh and news62/zh and the labels files of news61/zh (labels_a.py, labels_b.py), with the precedents
# named below: news31 zh08 / the development corpus for an AASTOCKS broker table (inline quotes and "相關內容" headlines
# optional; "A港元 → B港元" is target B with prior A; rating unchanged -> raise_target / cut_target, rating changed ->
# upgrade / downgrade with the target recorded too); news57 zh10 for Macau's CPI release (components as entities with the
# CPI / Macau as alias, "分別" lists mapped in order, CPI-A / CPI-B as entities); news31 zh09 for a Hong Kong market close
# (index closes and changes, turnover and named-stock moves key; intraday highs / lows / "升最多" moves optional); news60 /
# news61 for "由A…至B" / "由A下降至B" (value B, prior A, plus an optional row for A); news61 zh07 for an open bound that is
# the only figure printed for a statistic (key bound).
# Currency: Hong Kong bare 元 / 億元 / 港元 = HKD (zh07, zh08, zh09); 美元 = USD (zh08's flows, zh09's MLCO.US target, zh11);
# Macau 澳門元 = MOP (zh10); Taiwan bare 元 / 億元 = TWD (zh12). Values fully scaled (314億港元 -> 3.14e10; 18914億港元 ->
# 1.8914e12; 358.8億港元 -> 3.588e10; 6054.87億美元 -> 6.05487e11; 14697億美元 -> 1.4697e12; 10.94 億元 -> 1.094e9; 1,382 萬元
# -> 1.382e7; 8.91千萬 -> 8.91e7; 6.50百萬 -> 6.5e6). 約X / 近X / 接近X -> X; 逾X -> an open lower bound. Declines, losses and
# outflows negative (減少, 下降, 跌, 下跌, 貶值, 淨損, 虧損, 流出, 匯出, 減); 增加 / 上升 / 升 / 累升 / 升值 / 季增 / 年增 / 月增 /
# 反彈 / 流入 / 匯入 positive. A rate level that moved "由A下降至B" / "由A上升至B" is value B with prior A.
# Repeats: a figure printed twice (headline or sub-heading and body, lead and a later paragraph) is one key row and an
# optional twin; a rounded headline figure (近4%, 升6%) is the optional twin of the exact body figure. Spans and streaks
# (連升3日, 4年新高, 10個月新高, 7季最少, 近14季新高), round levels (27,000點, 二萬七) and ranks are optional.
# Brokers' targets and ratings (zh09) appear only in the rating actions (no target_price metric rows).
# A price per unit is labelled in the currency alone with the basis in `basis` (zh11's gold price per ounce -> USD).
# Periods only where the text states or clearly implies the year: zh07 2025-09 and 2025-08 (the kept date line 31/10/2025
# fixes 今年9月份 / 8月份); zh08 None throughout (昨 / 周四 / 9月 / 去年 / 今年截至9月30日 with no year printed); zh09 None
# (no report date in the story; the short-selling timestamp 2025-07-11 is boilerplate) and "Q2" for the related headline's
# 第二季; zh10 2023-08 (printed), 2022-09..2023-08 for the twelve months to 今年8月 and 2023-01..08 for 今年首八個月 (the
# printed 2023年8月 fixes 今年); zh11 None (2月 / 2月底, no year printed); zh12 FY2025 (printed 去 (2025) 年度) and 2025Q4
# (去年第 4 季 under the printed 2025). Addresses, dropped page chrome and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: the HKMA's monthly residential mortgage survey as a news-agency item (經濟通 etnet.com.hk 《本港經濟》; Traditional,
# full-width commas and colons as stored; the date line "31/10/2025 17:03" and the desk tag "(ul)" kept; the headline kept,
# reworded (its slip kept: it calls the 314億 / 9.4% figure 新申請的貸款額 although the body gives it for 新批出的按揭貸款額);
# whole stored item).
# Key: new loan applications 8316宗 (-1.1% mom); new loans approved 314億港元 (+9.4%), of which primary market 126億港元
# (+17.5%), secondary market 155億港元 (+6.1%), refinancing 32億港元 (-2.4%); new loans drawn down 209億港元 (+9.7%); the
# HIBOR-based share of new loans 92.6% (from 94.4%) and the prime-based share 1.5% (from 1.3%); outstanding mortgages
# 18914億港元 (+0.2% mom); the delinquency ratio 0.13%.
# Optional: the headline's 9.4% and 314億 (twins, printed without 港元 and under the slip's name); the August shares 94.4%
# and 1.3% as rows of their own (2025-08); the rescheduled-loan ratio "接近0%" (a near-zero level, value 0).
# Judgement calls: 宗 of new applications -> "applications"; every change is month on month (較8月份 / 按月) -> basis mom,
# period 2025-09; the pricing shares are % levels with the August level as prior; 31日 and the date line give no row.
HK7 = ("香港|本港|香港住宅按揭|住宅按揭|按揭貸款|按揭|香港金管局|金管局|Hong Kong|Hong Kong mortgages|"
       "Hong Kong residential mortgages|HKMA")
P1 = "一手市場|一手|primary market|" + HK7
P2 = "二手市場|二手|secondary market|" + HK7
RF = "轉按|轉按交易|refinancing|" + HK7
S7, A7 = "2025-09", "2025-08"
APP7 = "new_loan_applications|applications|mortgage_applications|loan_applications"
APV7 = "new_loans_approved|new_mortgage_loans_approved|loans_approved|mortgage_approvals"
APG7 = "new_loans_approved_change|loans_approved_growth|growth|change"
DR7 = "new_loans_drawn_down|loans_drawn_down|mortgage_drawdowns"
G["zh07"] = ([
    m(APV7 + "|new_loan_applications_amount", 3.14e10, "HKD", HK7, S7, opt=True,
      basis="headline twin, 314億 without 港元, printed as 新申請的貸款額 (a slip for the approved amount)"),
    m(APG7, 9.4, "%", HK7, S7, opt=True, basis="headline twin, 按月增加"),
    m(APP7, 8316, "applications", HK7, S7, basis="新申請貸款個案 8316宗"),
    m("new_loan_applications_change|applications_change|change", -1.1, "%", HK7, S7, basis="mom, 減少"),
    m(APV7, 3.14e10, "HKD", HK7, S7, basis="新批出的按揭貸款額"),
    m(APG7, 9.4, "%", HK7, S7, basis="mom vs 8月份, 增加"),
    m(APV7, 1.26e10, "HKD", P1, S7, basis="loans approved for primary-market transactions"),
    m(APG7, 17.5, "%", P1, S7, basis="mom, 增加"),
    m(APV7, 1.55e10, "HKD", P2, S7, basis="loans approved for secondary-market transactions"),
    m(APG7, 6.1, "%", P2, S7, basis="mom, 增加"),
    m(APV7, 3.2e9, "HKD", RF, S7, basis="loans approved for refinancing"),
    m(APG7, -2.4, "%", RF, S7, basis="mom, 減少"),
    m(DR7, 2.09e10, "HKD", HK7, S7, basis="新取用額"),
    m("new_loans_drawn_down_change|drawdown_growth|change", 9.7, "%", HK7, S7, basis="mom vs 8月份, 增加"),
    m("hibor_based_share|share_of_new_loans|share", 92.6, "%", "香港銀行同業拆息|HIBOR|H按|HIBOR-based mortgages|" + HK7, S7,
      prior=94.4, basis="share of new loans priced with reference to HIBOR, 由8月份的94.4%下降至"),
    m("hibor_based_share|share_of_new_loans|share", 94.4, "%", "香港銀行同業拆息|HIBOR|H按|HIBOR-based mortgages|" + HK7,
      A7, opt=True, basis="the August share"),
    m("prime_based_share|share_of_new_loans|share", 1.5, "%", "最優惠貸款利率|Prime|P按|prime-based mortgages|" + HK7, S7,
      prior=1.3, basis="share of new loans priced with reference to the best lending rate, 由8月份的1.3%上升至"),
    m("prime_based_share|share_of_new_loans|share", 1.3, "%", "最優惠貸款利率|Prime|P按|prime-based mortgages|" + HK7,
      A7, opt=True, basis="the August share"),
    m("outstanding_mortgage_loans|outstanding_loans|mortgage_loans_outstanding", 1.8914e12, "HKD", HK7, S7,
      basis="未償還按揭貸款總額"),
    m("outstanding_loans_growth|outstanding_mortgage_loans_change|change", 0.2, "%", HK7, S7, basis="mom, 增加"),
    m("delinquency_ratio|mortgage_delinquency_ratio", 0.13, "%", HK7, S7, basis="拖欠比率"),
    m("rescheduled_loan_ratio", 0, "%", HK7, S7, opt=True, basis="經重組貸款比率 接近0% (near-zero level)"),
], [])


# zh08: a Hong Kong daily's market close on a Friday with the week's gains, a broker's foreign-flow data and movers (明報
# news.mingpao.com 【明報專訊】; Traditional, full-width brackets and commas as stored; the headline and three sub-headings
# kept, reworded; the variant 「斷䌫」 in the lead beside 「斷纜」 in the sub-heading kept; the section label "經濟" left out;
# the passage stops before "花旗指出，內地黃金周首兩日旅客量或低於" (cut mid-sentence in the stored text)).
# Key: HSI close 27,140 and -0.5% (跌幅收窄至0.5%); HSCEI 9658 (-0.68%); HSTECH 6622 (-0.9%); market turnover 1347億元,
# -39.42% on Thursday; the week: HSI +3.88%, HSCEI +3.82%, HSTECH +6.89%; Morgan Stanley's data: September foreign net inflow
# into Chinese stocks 46億美元, passive funds +52億美元, active funds -6億美元, passive cumulative to 9月30日 180億美元 against
# 70億美元 for last year; 阿里巴巴 close 185.1元, +1.09%, +11.17% over 4 days; 中芯國際 +1.39%, 美團 +0.28%; the three
# stocks' 39-point contribution to the HSI; 雲鋒金融 +6.1% and turnover 7.56億元; 帝國科技's placing price 0.845元,
# proceeds 逾6000萬元 (the only figure for them -> key bound) and close +59.05%.
# Optional: the headline's 近4% (rounded twin of 3.88%) and the sub-headings' 1.09% and 6% twins; the intraday low 26,972 and
# the intraday fall of 315 points (跌最多); the 27,000 / 二萬七 level; the HKD conversion 約358.8億港元; 阿里巴巴's intraday
# 升最多1.69%, 雲鋒's 升最多12.5%, 帝國科技's 升最多63.8%; spans and streaks (連升3日, 連升4日, 4年新高, 10個月新高, 5個月最少,
# 7個月最大升幅, 7季最少).
# Judgement calls: no date or year is printed -> periods None with the span in basis (昨 = the close, 全周 = the week,
# 9月 = the month of the flows, 去年全年 = last year); outflows negative (流出); "這3股合共為恒指貢獻39點升幅" is a points
# contribution on the three stocks (阿里巴巴 / 中芯國際 / 美團); 元 = HKD. Not labelled: stock codes, 二大 (rank), 9月30日.
HSI8 = "恒生指數|恒指|恆生指數|Hang Seng Index|HSI"
HSC8 = "國企指數|國指|恒生中國企業指數|Hang Seng China Enterprises Index|HSCEI"
HST8 = "恒生科技指數|科指|Hang Seng TECH Index|HSTECH"
MKT8 = "港股|大市|主板|Hong Kong market|Hong Kong stocks"
CNF8 = "中國股市|外資|foreign investors|China equities|Chinese stocks|摩根士丹利|大摩|Morgan Stanley"
PASS8 = "被動型基金|外資被動型基金|passive funds|" + CNF8
ACT8 = "主動型基金|active funds|" + CNF8
BABA8 = "阿里巴巴|阿里|Alibaba|Alibaba Group|9988|09988"
SMIC8 = "中芯國際|中芯|SMIC|0981|00981"
MT8 = "美團|Meituan|3690|03690"
YF8 = "雲鋒金融|雲鋒|Yunfeng Financial|0376|00376"
IMP8 = "帝國科技|Imperial Technology|0776|00776"
IL8, ICP8, IC8 = "index_level|close", "index_change|index_change_pct", "index_change"
PC8, PX8 = "price_change|share_price_change", "share_price|price|close"
WK8 = "index_change|weekly_change|index_change_pct"
FL8 = "net_flow|net_inflow|foreign_inflow|fund_flow"
G["zh08"] = ([
    m(WK8, 4, "%", HSI8, None, opt=True, basis="headline 全周累升近4% (rounded twin of 3.88%)"),
    m("months|record_span", 7, "months", HSI8, None, opt=True, basis="headline / body, 7個月來最大升幅 (span)"),
    m(IL8, 26972, "points", HSI8, None, opt=True, basis="intraday low (曾低見), 昨"),
    m(IC8, -315, "points", HSI8, None, opt=True, basis="intraday, 跌最多315點"),
    m(IL8, 27000, "points", HSI8, None, opt=True, basis="27,000點關口 失而復得 (round level); sub-heading 二萬七"),
    m(ICP8, -0.5, "%", HSI8, None, basis="close, 跌幅收窄至0.5%, 昨"),
    m(IL8, 27140, "points", HSI8, None, basis="close (以27,140點收市)"),
    m("days|streak", 3, "days", HSI8, None, opt=True, basis="連升3日 (lead and sub-heading)"),
    m("days|streak", 4, "days", BABA8, None, opt=True, basis="連升4日"),
    m("years|record_span", 4, "years", BABA8, None, opt=True, basis="4年新高 (lead and sub-heading)"),
    m(FL8, 4.6e9, "USD", CNF8, None, basis="Morgan Stanley: foreign net inflow into China equities in 9月, 反彈至"),
    m(FL8, 3.588e10, "HKD", CNF8, None, opt=True, basis="the same inflow converted, 約358.8億港元"),
    m("months|record_span", 10, "months", CNF8, None, opt=True, basis="去年11月以來的10個月新高"),
    m(ICP8, -0.68, "%", HSC8, None, basis="close, 跌"),
    m(IL8, 9658, "points", HSC8, None, basis="close (收報)"),
    m(ICP8, -0.9, "%", HST8, None, basis="close, 跌"),
    m(IL8, 6622, "points", HST8, None, basis="close (收報)"),
    m("turnover|market_turnover|trading_value", 1.347e11, "HKD", MKT8, None, basis="大市成交額, 昨"),
    m("turnover_change|market_turnover_change|change", -39.42, "%", MKT8, None, basis="vs 周四, 減"),
    m("months|record_span", 5, "months", MKT8, None, opt=True, basis="5個月以來最少"),
    m(WK8, 3.88, "%", HSI8, None, basis="全周累升"),
    m(WK8, 3.82, "%", HSC8, None, basis="全周累升"),
    m(WK8, 6.89, "%", HST8, None, basis="全周累升"),
    m(FL8, 5.2e9, "USD", PASS8, None, basis="passive funds' inflow (9月), 流入"),
    m(FL8 + "|outflow", -6e8, "USD", ACT8, None, basis="active funds, 小幅流出 (negative)"),
    m(FL8 + "|cumulative_inflow", 1.8e10, "USD", PASS8, None, basis="cumulative to 今年9月30日, 累計流入"),
    m(FL8 + "|cumulative_inflow", 7e9, "USD", PASS8, None, basis="去年全年 (last year's full-year level)"),
    m("quarters|record_span", 7, "quarters", BABA8, None, opt=True, basis="上季回購金額見7季最少"),
    m(PC8, 1.69, "%", BABA8, None, opt=True, basis="intraday, 升最多"),
    m(PC8, 1.09, "%", BABA8, None, basis="close, 升; sub-heading repeats"),
    m(PC8, 1.09, "%", BABA8, None, opt=True, basis="sub-heading twin (再升1.09%)"),
    m(PX8, 185.1, "HKD", BABA8, None, basis="close (報)"),
    m(PC8 + "|cumulative_change", 11.17, "%", BABA8, None, basis="4日累升"),
    m(PC8, 1.39, "%", SMIC8, None, basis="升 (分別, first)"),
    m(PC8, 0.28, "%", MT8, None, basis="升 (分別, second)"),
    m("index_contribution|index_points_contribution|contribution", 39, "points",
      "阿里巴巴、中芯國際及美團|3股|" + BABA8 + "|" + SMIC8 + "|" + MT8, None,
      basis="the three stocks' contribution to the HSI (為恒指貢獻39點升幅)"),
    m(PC8, 6, "%", YF8, None, opt=True, basis="sub-heading 升6% (rounded twin of 6.1%)"),
    m(PC8, 12.5, "%", YF8, None, opt=True, basis="intraday, 逆市升最多"),
    m(PC8, 6.1, "%", YF8, None, basis="close (收市時升)"),
    m("turnover|trading_value", 7.56e8, "HKD", YF8, None, basis="成交額"),
    m("placing_price|offer_price|price", 0.845, "HKD", IMP8, None, basis="每股配售價"),
    m("placing_proceeds|fundraising|proceeds", None, "HKD", IMP8, None, rng=(6e7, None),
      basis="集資逾6000萬元 (the only figure for it -> key bound)"),
    m(PC8, 63.8, "%", IMP8, None, opt=True, basis="intraday, 曾升最多"),
    m(PC8, 59.05, "%", IMP8, None, basis="close (收市升)"),
], [])


# zh09: a broker's rating and target table on Macau gaming stocks (AASTOCKS 《大行》 table on the quote server 113.28.163.107,
# Traditional, NOW.1451211; the intro sentence reworded, the "相關內容" headlines lightly reworded (料 -> 預期, 市佔增 -> 市佔
# 提升, 勝預期 -> 優於預期, "及" added between the two stocks), the table rows, inline quotes, arrows "→", the desk tag
# "(ha/u)" and the delayed-quote / US-quote boilerplate kept as printed, one row per line; whole stored item).
# Rating actions (里昂 / CLSA): 銀河娛樂 raise_target 42.1 -> 43.6 HKD, outperform kept; 金沙中國 raise_target 17.2 -> 18.5
# HKD, outperform; 美高梅中國 raise_target 13.5 -> 14.6 HKD, outperform; 永利澳門 cut_target 8.3 -> 7 HKD, outperform; 澳博控股
# downgrade outperform -> underperform, 2.8 -> 2 HKD; 新濠博亞 (MLCO.US) downgrade outperform -> hold, target 8 -> 8.6 USD
# (the rating is cut while the target is raised; the action follows the rating).
# Optional: every inline quote (change in HKD and %, short-selling amount and ratio); the first related headline's "第二季
# 行業EBITDA按季升3%" (Goldman Sachs' forecast for the Macau gaming industry, period "Q2"). The other two related headlines
# carry no figure beyond the span 7月首六日 (not labelled).
# Judgement calls: ratings 跑贏大市 = outperform, 跑輸大市 = underperform, 持有 = hold; targets 港元 -> HKD, 美元 -> USD; per
# the brief, brokers' targets appear only in the rating actions (no target_price rows), so this passage has no key metric
# row; the short-selling timestamp 2025-07-11 16:25 is boilerplate, not a report date -> periods None. Not labelled: stock
# codes, 十五分鐘 / 15分鐘 (boilerplate).
CLSA = "里昂|里昂證券|CLSA"
GEG = "銀河娛樂|銀娛|Galaxy Entertainment|Galaxy Entertainment Group|00027|27"
SCL = "金沙中國|金沙|Sands China|01928|1928"
MGM = "美高梅中國|美高梅|MGM China|02282|2282"
WYNN = "永利澳門|永利|Wynn Macau|01128|1128"
SJM = "澳博控股|澳博|SJM Holdings|SJM|00880|880"
MLCO = "新濠博亞|新濠博亞娛樂|Melco Resorts|Melco Resorts & Entertainment|MLCO|MLCO.US"
MACAU9 = "澳門博彩股|澳門博彩業|濠賭股|Macau gaming|Macau gaming stocks|Macau gaming industry"


def q9(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '-0.800 (-2.073%) 沽空 $8.91千萬; 比率 20.608%' -> all optional (corpus)."""
    return [m("price_change|share_price_change", chg, "HKD", ent, None, opt=True, basis="inline quote"),
            m("price_change|share_price_change", pct, "%", ent, None, opt=True, basis="inline quote"),
            m("short_selling_turnover|short_selling_amount", short, "HKD", ent, None, opt=True, basis="inline quote, 沽空"),
            m("short_selling_ratio|short_ratio", ratio, "%", ent, None, opt=True, basis="inline quote, 沽空比率")]


G["zh09"] = ([
    m("ebitda_growth|ebitda_change|industry_ebitda_growth", 3, "%", MACAU9, "Q2", opt=True,
      basis="related headline: Goldman Sachs expects second-quarter industry EBITDA +3% qoq (按季升)"),
    *q9(GEG, -0.800, -2.073, 8.91e7, 20.608),
    *q9(SCL, -0.440, -2.289, 1.59e8, 29.984),
    *q9(MGM, -0.200, -1.285, 6.5e6, 3.381),
    *q9(WYNN, -0.210, -3.148, 1.71e7, 13.193),
    *q9(SJM, -0.090, -2.875, 4.14e7, 19.788),
], [
    ra(CLSA, GEG, "raise_target", "outperform", None, 43.6, 42.1, "HKD"),
    ra(CLSA, SCL, "raise_target", "outperform", None, 18.5, 17.2, "HKD"),
    ra(CLSA, MGM, "raise_target", "outperform", None, 14.6, 13.5, "HKD"),
    ra(CLSA, WYNN, "cut_target", "outperform", None, 7, 8.3, "HKD"),
    ra(CLSA, SJM, "downgrade", "underperform", "outperform", 2, 2.8, "HKD"),
    ra(CLSA, MLCO, "downgrade", "hold", "outperform", 8.6, 8, "USD"),
])


# zh10: Macau's monthly consumer-price release for August 2023 (統計暨普查局 release on cdn.gcs.gov.mo; Traditional, half-width
# commas and brackets as printed, the signed bracketed changes "(+10.02%)" kept; the release title kept, reworded
# (2023年8月消費物價指數 -> 消費物價指數(2023年8月)), the issuer line and the time stamp "2023-09-22 17:00" kept; the video
# placeholder "未能播放Youtube視頻" and the closing Telegram / Facebook subscription lines left out; whole release otherwise).
# Key: Composite CPI 104.80 (+0.99% yoy); yoy by category 教育 +9.98%, 康樂及文化 +7.75%, 衣履 +4.66%, 食物及非酒精飲品 +2.50%,
# 交通 -2.42%, 住屋及燃料 -1.66%; CPI-A 104.25 (+0.76%), CPI-B 105.51 (+1.29%); mom: Composite +0.04%, 交通 +1.45%, 康樂及文化
# +0.58%, 醫療 +0.28%, 煙酒 -0.49%, 衣履 -0.36%, 住屋及燃料 -0.26%, 食物及非酒精飲品 -0.08%, CPI-A +0.01%, CPI-B +0.08%; the
# twelve months to August: average Composite +0.86%, 教育 +10.02%, 家居設備及服務 +6.63%, CPI-A +0.59%, CPI-B +1.22%; the first
# eight months: Composite +0.84%, CPI-A +0.60%, CPI-B +1.15%.
# Optional: the methodology note's coverage shares (約50% / 30% of households) and monthly-spending bands (12,000至35,999 /
# 36,000至62,999澳門元, closed ranges).
# Judgement calls: index levels printed in brackets (104.80, 104.25, 105.51) are key "points" rows on the index (the
# scorer's lenient unit); "分別" lists are mapped in order; "與7月比較" / "按月" rows are mom with period 2023-08; "至今年8月為止
# 的十二個月" -> period 2022-09..2023-08 (a twelve-month average against a year earlier); "今年首八個月" -> 2023-01..08. Not
# labelled: 三個系列 (a count of index series), 兩個大類 (a count of categories), the causes without figures.
CPI10 = ("綜合消費物價指數|綜合消費物價平均指數|消費物價指數|Composite CPI|Composite Consumer Price Index|CPI|澳門|"
         "Macau|Macao")
CPIA10 = "甲類消費物價指數|甲類消費物價平均指數|甲類|CPI-A|CPI(A)|" + CPI10
CPIB10 = "乙類消費物價指數|乙類消費物價平均指數|乙類|CPI-B|CPI(B)|" + CPI10
INF10 = "inflation|inflation_rate|cpi_inflation|cpi_yoy|cpi_change"
MOM10 = "cpi_mom|inflation_mom|cpi_change|mom_change|" + INF10
COMP10 = "cpi_component_change|price_change|inflation|cpi_change|price_index_change"
LVL10 = "cpi_index|index_level|cpi|price_index"
M10, Y10, YTD10 = "2023-08", "2022-09..2023-08", "2023-01..08"


def comp10(name, alias, v, per, what):
    return m(COMP10, v, "%", name + "|" + alias + "|" + CPI10, per, basis=what)


G["zh10"] = ([
    m(LVL10, 104.80, "points", CPI10, M10, basis="綜合消費物價指數 (104.80)"),
    m(INF10, 0.99, "%", CPI10, M10, basis="yoy, 按年上升"),
    comp10("教育", "education", 9.98, M10, "yoy (分別, first)"),
    comp10("康樂及文化", "recreation and culture", 7.75, M10, "yoy (分別, second)"),
    comp10("衣履", "clothing and footwear", 4.66, M10, "yoy (分別, third)"),
    comp10("食物及非酒精飲品", "food and non-alcoholic beverages", 2.50, M10, "yoy (分別, fourth)"),
    comp10("交通", "transport", -2.42, M10, "yoy, 下跌 (first)"),
    comp10("住屋及燃料", "housing and fuels", -1.66, M10, "yoy, 下跌 (second)"),
    m(LVL10, 104.25, "points", CPIA10, M10, basis="甲類 (104.25)"),
    m(LVL10, 105.51, "points", CPIB10, M10, basis="乙類 (105.51)"),
    m(INF10, 0.76, "%", CPIA10, M10, basis="yoy (分別, first)"),
    m(INF10, 1.29, "%", CPIB10, M10, basis="yoy (分別, second)"),
    m(MOM10, 0.04, "%", CPI10, M10, basis="mom vs 7月, 上升"),
    comp10("交通", "transport", 1.45, M10, "mom, 上升"),
    comp10("康樂及文化", "recreation and culture", 0.58, M10, "mom (分別, first)"),
    comp10("醫療", "health", 0.28, M10, "mom (分別, second)"),
    comp10("煙酒", "alcoholic beverages and tobacco", -0.49, M10, "mom, 下跌 (分別, first)"),
    comp10("衣履", "clothing and footwear", -0.36, M10, "mom, 下跌 (分別, second)"),
    comp10("住屋及燃料", "housing and fuels", -0.26, M10, "mom, 下跌"),
    comp10("食物及非酒精飲品", "food and non-alcoholic beverages", -0.08, M10, "mom, 下跌"),
    m(MOM10, 0.01, "%", CPIA10, M10, basis="mom (分別, first)"),
    m(MOM10, 0.08, "%", CPIB10, M10, basis="mom (分別, second)"),
    m(INF10 + "|average_cpi_change", 0.86, "%", CPI10, Y10,
      basis="average index, twelve months to 今年8月 vs a year earlier"),
    comp10("教育", "education", 10.02, Y10, "average index, twelve months to August, (+10.02%)"),
    comp10("家居設備及服務", "household furnishings and services", 6.63, Y10,
           "average index, twelve months to August, (+6.63%)"),
    m(INF10 + "|average_cpi_change", 0.59, "%", CPIA10, Y10, basis="average index, twelve months (分別, first)"),
    m(INF10 + "|average_cpi_change", 1.22, "%", CPIB10, Y10, basis="average index, twelve months (分別, second)"),
    m(INF10 + "|average_cpi_change", 0.84, "%", CPI10, YTD10, basis="average index, 今年首八個月, yoy"),
    m(INF10 + "|average_cpi_change", 0.60, "%", CPIA10, YTD10, basis="average index, first eight months (分別, first)"),
    m(INF10 + "|average_cpi_change", 1.15, "%", CPIB10, YTD10, basis="average index, first eight months (分別, second)"),
    m("household_coverage|coverage|share_of_households", 50, "%", CPIA10, None, opt=True, basis="約50%的住戶 (methodology)"),
    m("household_coverage|coverage|share_of_households", 30, "%", CPIB10, None, opt=True, basis="約30%的住戶 (methodology)"),
    m("monthly_expenditure|household_expenditure", None, "MOP", CPIA10, None, rng=(12000, 35999), opt=True,
      basis="每月平均開支 band of CPI-A households"),
    m("monthly_expenditure|household_expenditure", None, "MOP", CPIB10, None, rng=(36000, 62999), opt=True,
      basis="每月平均開支 band of CPI-B households"),
], [])


# zh11: Taiwan's central-bank foreign-exchange reserves for February with the governor's explanation, currency moves and
# foreign flows (自由時報 ec.ltn.com.tw 即時新聞; Traditional, full-width punctuation as stored; the byline "〔記者陳梅英／台北
# 報導〕" kept; no headline in the stored text and none composed; whole stored item).
# Key: reserves 6054.87億美元 and +10.3億美元 on the month; February currency moves: 美元指數 +0.64%, 英鎊 -1.43%, 歐元 -0.86%,
# 加幣 -1.12%, 日圓 -1.27%, 澳幣 +1.77%, 人民幣 +1.63%, 新台幣 +0.45%; gold 4500美元 per ounce from 5500美元; foreign net inflow
# 約40億美元, principal inflow 約115億美元, dividend and earnings outflow 約70億美元; foreign holdings of stocks, bonds and NT
# dollar deposits 14697億美元, 約當 243% of the reserves.
# Optional: the rounded restatement 增加約10億美元 (twin of 10.3億); the old gold level 5500美元 as a row of its own; the
# ranking 全球第四大 (count); 三大因素 gives no row.
# Judgement calls: no year is printed (2月 / 2月底) -> period None with the month in basis; outflows (匯出) negative;
# "國際金價由每盎司5500美元掉到4500美元" is value 4500 with prior 5500, USD with the per-ounce basis in `basis` (the
# development corpus's per-unit prices); currency moves are % changes against the US dollar (升值 +, 貶值 -) with each
# currency as the entity. Not labelled: 月初, 今日.
TW11 = "台灣|臺灣|我國|中央銀行|央行|Taiwan|Central Bank of the Republic of China (Taiwan)|CBC"
FXR11 = "fx_reserves|foreign_exchange_reserves|reserves"
CUR11 = "currency_change|fx_change|exchange_rate_change|appreciation"
FFL11 = "foreign_net_inflow|net_inflow|net_flow|foreign_capital_flow"
F11 = "2月"
G["zh11"] = ([
    m(FXR11, 6.05487e11, "USD", TW11, None, basis="2月外匯存底餘額, 史上新高 (" + F11 + ")"),
    m("fx_reserves_change|reserves_change|change", 1.03e9, "USD", TW11, None, basis="月增 (" + F11 + ")"),
    m(CUR11, 0.64, "%", "美元指數|US dollar index|DXY|dollar index", None, basis="升值, " + F11),
    m(CUR11, -1.43, "%", "英鎊|pound|sterling|GBP", None, basis="貶值, " + F11),
    m(CUR11, -0.86, "%", "歐元|euro|EUR", None, basis="貶值, " + F11),
    m(CUR11, -1.12, "%", "加幣|Canadian dollar|CAD", None, basis="貶值, " + F11),
    m(CUR11, -1.27, "%", "日圓|yen|Japanese yen|JPY", None, basis="貶值, " + F11),
    m(CUR11, 1.77, "%", "澳幣|Australian dollar|AUD", None, basis="升值 (分別, first), " + F11),
    m(CUR11, 1.63, "%", "人民幣|renminbi|yuan|CNY", None, basis="升值 (分別, second), " + F11),
    m(CUR11, 0.45, "%", "新台幣|台幣|New Taiwan dollar|NT dollar|TWD", None, basis="升值, " + F11),
    m("gold_price|price", 4500, "USD", "國際金價|金價|gold|international gold price", None, prior=5500,
      basis="per ounce (每盎司), 由5500美元掉到4500美元 early in the month"),
    m("gold_price|price", 5500, "USD", "國際金價|金價|gold|international gold price", None, opt=True,
      basis="per ounce, the level before the fall"),
    m("fx_reserves_change|reserves_change|change", 1e9, "USD", TW11, None, opt=True,
      basis="小幅增加約10億美元 (rounded restatement of 10.3億)"),
    m(FFL11, 4e9, "USD", "外資|foreign investors|" + TW11, None, basis="淨匯入約40億美元, " + F11),
    m("principal_inflow|inflow|" + FFL11, 1.15e10, "USD", "外資|foreign investors|" + TW11, None,
      basis="本金匯入約115億美元"),
    m("dividend_outflow|outflow|" + FFL11, -7e9, "USD", "外資|foreign investors|" + TW11, None,
      basis="股利及盈餘匯出約70億美元 (outflow, negative)"),
    m("foreign_holdings|foreign_holdings_value", 1.4697e12, "USD", "外資|foreign investors|" + TW11, None,
      basis="stocks and bonds at market value plus NT dollar deposits, 截至2月底, record"),
    m("foreign_holdings_to_reserves|ratio|share", 243, "%", "外資|foreign investors|" + TW11, None,
      basis="約當外匯存底243%"),
    m("rank", 4, "count", TW11, None, opt=True, basis="全球第四大 (reserves ranking)"),
], [])


# zh12: the Formosa Plastics group's four listed companies' full-year 2025 and fourth-quarter results (鉅亨網 news.cnyes.com;
# Traditional, full-width punctuation with half-width brackets and the stray spaces around figures as printed; the byline
# "鉅亨網記者黃皓宸 2026-01-12 18:33" kept; the page date line " date 2026-01-12" left out; no headline in the stored text and
# none composed; the passage stops before "台化表示，因 OX、PTA、…影響銷售減少 102.4 億元；受原油價格下跌及美國對等關稅政策"
# (the stored text breaks off mid-sentence; its 102.7 and 102.4 dropped)).
# Key: the group's 2025 net loss 10.94 億元; EPS for 2025: 南亞 0.57 元, 台塑化 1.04 元, 台塑 -1.58 元, 台化 -0.94 元 (lead);
# 南亞 2025Q4 net profit 49.1 億元 (+50.9% qoq), EPS 0.62 元, FY2025 net profit 45.1 億元 and 年增 35%; 台塑 2025Q4 core
# (本業) loss 23.6 億元, net loss 28.7 億元, EPS -0.45 元, FY2025 net loss 100.54 億元; 台化 2025Q4 "每股稅後純益為 1,382 萬元"
# (a slip: the figure is the quarter's net profit, labelled as printed in TWD with both metric names), FY2025 net loss
# 54.88 億元.
# Optional: the later printings of the EPS figures (南亞 0.57, 台塑 -1.58, 台化 -0.94); the span 近 14 季新高 (quarters).
# Judgement calls: losses negative (淨損, 虧損, 每股淨損); "EPS 0.57 元、年增 35%" — the 35% is read as the year's profit /
# EPS growth (metric alternatives); 本業虧損 is an operating-profit row with a negative value; the "四寶獲利王 / 亞軍 / 墊底"
# rankings give no rows; 今 (12) 日 and the byline's time give no row.
FPG12 = "台塑集團|台塑四寶|台塑 (1301-TW) 集團|Formosa Plastics Group|Formosa group"
NY12 = "南亞|南亞塑膠|Nan Ya Plastics|Nan Ya|1303|1303-TW"
FPCC12 = "台塑化|台塑石化|Formosa Petrochemical|6505|6505-TW"
FPC12 = "台塑|台灣塑膠|Formosa Plastics|Formosa Plastics Corp|1301|1301-TW"
FCFC12 = "台化|台灣化纖|Formosa Chemicals & Fibre|Formosa Chemicals|1326|1326-TW"
NP12 = "net_profit|net_income|net_loss|profit_after_tax"
EPS12 = "eps|earnings_per_share|loss_per_share"
FY, Q4 = "FY2025", "2025Q4"
G["zh12"] = ([
    m(NP12, -1.094e9, "TWD", FPG12, FY, basis="集團合計稅後淨損 (four companies combined)"),
    m(EPS12, 0.57, "TWD", NY12, FY, basis="全年 EPS (lead)"),
    m(EPS12, 1.04, "TWD", FPCC12, FY, basis="每股 EPS, 四寶獲利王"),
    m(EPS12, -1.58, "TWD", FPC12, FY, basis="每股淨損 (分別, first; lead)"),
    m(EPS12, -0.94, "TWD", FCFC12, FY, basis="每股淨損 (分別, second; lead)"),
    m(NP12, 4.91e9, "TWD", NY12, Q4, basis="第 4 季稅後純益"),
    m("net_profit_growth|profit_growth|net_profit_change", 50.9, "%", NY12, Q4, basis="季增 (qoq)"),
    m(EPS12, 0.62, "TWD", NY12, Q4, basis="Q4 EPS"),
    m("quarters|record_span", 14, "quarters", NY12, Q4, opt=True, basis="單季整體獲利創近 14 季新高"),
    m(NP12, 4.51e9, "TWD", NY12, FY, basis="全年度稅後純益"),
    m(EPS12, 0.57, "TWD", NY12, FY, opt=True, basis="second printing"),
    m("net_profit_growth|eps_growth|profit_growth", 35, "%", NY12, FY, basis="年增 35% (yoy)"),
    m("operating_profit|core_operating_profit|operating_loss", -2.36e9, "TWD", FPC12, Q4, basis="本業虧損 (negative)"),
    m(NP12, -2.87e9, "TWD", FPC12, Q4, basis="稅後淨損"),
    m(EPS12, -0.45, "TWD", FPC12, Q4, basis="每股淨損"),
    m(NP12, -1.0054e10, "TWD", FPC12, FY, basis="全年度稅後淨損"),
    m(EPS12, -1.58, "TWD", FPC12, FY, opt=True, basis="second printing"),
    m(NP12 + "|" + EPS12, 1.382e7, "TWD", FCFC12, Q4,
      basis="printed 每股稅後純益為 1,382 萬元 (a slip: the quarter's net profit)"),
    m(NP12, -5.488e9, "TWD", FCFC12, FY, basis="全年度稅後淨損"),
    m(EPS12, -0.94, "TWD", FCFC12, FY, opt=True, basis="second printing"),
], [])
