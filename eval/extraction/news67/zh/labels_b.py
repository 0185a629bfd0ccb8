# Hand labels for news67/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong pages (a 881903 商業電台
# full-day market close; the HKMA's October 2024 monetary statistics as a government press release reproduced on
# portal.sina.com.hk), two Taiwan pages (必聞網 biwennews on 鴻海's 2020 annual results and dividend; 壹蘋新聞網 nextapple on the
# DGBAS March CPI release, 112年3月), one Macau page (the DSEC visitor-expenditure release for the fourth quarter of 2005 on
# cdn.gcs.gov.mo) and one Hong Kong broker round-up (uSMART's 《大行報告》 on 騰訊 with a consensus preview and a table of
# twenty brokers' ratings and targets); see batch_b.md).
# Helpers m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; the metric, entity and unit words
# were checked against the earlier sets' labels_*.py files (grep: "brokers", "days", "years", "quarters", "items",
# "price_change", "dividend_yield", "payout_ratio", "loan_to_deposit_ratio", "m2_growth").
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news66/zh and news65/zh README.md and labels_*.py, with the precedents named below: news63 zh08 for a Hong Kong
# close (index levels and changes in "points", turnover in HKD, named stocks' closes and moves; the open and every 逾X move
# optional); news38 zh10 for the HKMA's monthly monetary statistics (mom / yoy / year-to-date changes as % rows with the span
# in basis and period, the previous month's remittances as a row of its own, the loan-to-deposit ratio "由A下跌至B" as B with
# prior A plus an optional row for A); news64 zh08 / news66 zh07 for annual results with a dividend (EPS and DPS in the
# currency per share, payout ratio and yield in %); news63 zh10 for a CPI release with category changes (component changes
# as % rows on the component); news65 zh12 for a Macau DSEC release (values in MOP, "與…相同" giving prior = value, a change
# in the same unit as its own row); news65 zh07 / news63 zh09 for broker tables (each row a rating action, targets only in
# the rating actions, unchanged table rows -> maintain); news66 zh01 for forecast ranges (value None, rng=(low, high)).
# Currency: Hong Kong bare 元 / 億 in a stock context = HKD (zh07, zh12's targets); 億元人民幣 / 億人民幣 = CNY (zh08's RMB
# deposits and remittances, zh12's profits); Taiwan 元 / 億元 / 兆元 = TWD (zh09); 元(澳門元,下同) = MOP (zh11). Values fully
# scaled (1067億 -> 1.067e11; 9,578億元人民幣 -> 9.578e11; 5.35兆元 -> 5.35e12; 1017.94億元 -> 1.01794e11; 372.33億元 ->
# 3.7233e10). 近X -> X (跌近2% -> -2); 逾X -> open bounds (跌逾4% -> (None, -4), optional for named-stock moves as in the
# development corpus); 約X -> X (約54.5% -> 54.5). Declines negative (跌, 下跌, 年減, 減少, 微跌, 倒退); 升, 上升, 年增, 季增,
# 漲 positive.
# Periods only where the text states or clearly implies the year: zh07 None (no date anywhere in the text); zh08 2024-10
# (printed 二○二四年十月份), 2024-09 for 九月份, the span 2024-01..10 for 由年初起計至十月底, month-ends 2024-10-31 /
# 2024-09-30; zh09 FY2020 (鴻海發布2020年財報) and 2020Q4 for 去年第4季 (the quarter of the same 2020 results, compared with
# 2019年同期), None for the close of 今(30)日 and the yield computed on it (no month printed); zh10 2023-03 and 2023-02 (the
# text prints 112年3月 / 112年2月 in the Minguo calendar, 112 = 2023; 3月 in the lead is the same month as 112年3月's 2.35%);
# zh11 2005Q4 (printed 2005年第4季); zh12 2023Q3 for the forecasts (printed 2023年第三季) and 2022Q3 for the year-earlier
# actuals (printed 2022年同期 / 2022年第三季). Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: a Hong Kong radio station's full-day market close (881903 商業電台, AMP page; Traditional, half-width punctuation;
# no headline in the stored text and none composed; whole stored item).
# Key: HSI close 19617 points, -342 points; turnover 1067億 (HKD); HSCEI 6601 points, -131 points; HSTECH 3824 points,
# -137 points, -3.46%; thirteen named stocks' closes (報X元) and HKD changes (跌/升X元); the % moves printed as 近X (騰訊
# 跌近2%, 百度 跌近4%).
# Optional: the open (低開56點); the six 逾X moves as open bounds (美團 跌逾4%, 阿里巴巴 跌逾3%, 京東 跌逾4%, 中石油 升逾2%,
# 藥明生物 跌逾7%, 復星醫藥 跌逾6%).
# Judgement calls: the item is a full-day close (全日升幅最大藍籌 / 全日跌幅最大藍籌) but prints no date -> period None;
# 大市成交1067億 prints no 元 and is HKD turnover; "半日跌穿250天線" names a moving average, not a figure -> no row;
# 報X元 is the stock's closing price (HKD), 跌X元 / 升X元 its change in HKD; 藥明康德's move is "績後" (after results) with
# no % printed; the "最大藍籌" ranks give no rows; stock codes give no rows.
HSI7 = "恒生指數|恒指|恆生指數|Hang Seng Index|HSI"
HSC7 = "國企指數|國指|恒生中國企業指數|Hang Seng China Enterprises Index|HSCEI"
HST7 = "恒生科技指數|科指|恒生科指|Hang Seng TECH Index|HSTECH"
MKT7 = "港股|大市|主板|Hong Kong market|Hong Kong stocks|Hong Kong stock market"
IL7, IC7, ICP7 = "index_level|close|index_close", "index_change|index_points_change", "index_change_pct|index_change"
PX7, PC7 = "share_price|price|close", "price_change|share_price_change"


def stock7(ent, px, chg, pct=None, bound=None, what=""):
    rows = [m(PX7, px, "HKD", ent, None, basis="close (報)" + what),
            m(PC7, chg, "HKD", ent, None, basis="change in HKD (升/跌X元)")]
    if pct is not None:
        rows.append(m(PC7, pct, "%", ent, None, basis="close, 跌近X% (近X -> X)"))
    if bound is not None:
        rows.append(m(PC7, None, "%", ent, None, rng=bound, opt=True, basis="逾X% (open bound)"))
    return rows


G["zh07"] = ([
    m(IC7, -56, "points", HSI7, None, opt=True, basis="open (低開56點)"),
    m(IL7, 19617, "points", HSI7, None, basis="close (以19617點收市)"),
    m(IC7, -342, "points", HSI7, None, basis="close, 跌"),
    m("turnover|market_turnover|trading_value", 1.067e11, "HKD", MKT7, None, basis="大市成交1067億 (no 元 printed)"),
    m(IL7, 6601, "points", HSC7, None, basis="close (報)"),
    m(IC7, -131, "points", HSC7, None, basis="close, 跌"),
    m(IL7, 3824, "points", HST7, None, basis="close (報)"),
    m(IC7, -137, "points", HST7, None, basis="close, 跌"),
    m(ICP7, -3.46, "%", HST7, None, basis="close, 跌幅"),
] + stock7("騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700", 338.4, -6.6, pct=-2)
  + stock7("美團|Meituan|03690|3690", 131.6, -6, bound=(None, -4))
  + stock7("阿里巴巴|阿里|Alibaba|Alibaba Group|09988|9988", 84.1, -2.8, bound=(None, -3))
  + stock7("百度|Baidu|09888|9888", 117.4, -4.5, pct=-4)
  + stock7("京東|京東集團|JD.com|JD|09618|9618", 132.7, -5.7, bound=(None, -4))
  + stock7("中石油|中國石油|PetroChina|00857|857", 5.33, 0.11, bound=(2, None), what="; 全日升幅最大藍籌")
  + stock7("中海油|中國海洋石油|CNOOC|00883|883", 12.42, 0.06)
  + stock7("中石化|中國石化|Sinopec|00386|386", 5.1, -0.05)
  + stock7("藥明生物|WuXi Biologics|02269|2269", 46.3, -3.55, bound=(None, -7), what="; 全日跌幅最大藍籌")
  + stock7("藥明康德|WuXi AppTec|02359|2359", 68.65, -8.55, what="; after results (績後)")
  + stock7("翰森制藥|翰森製藥|Hansoh Pharmaceutical|Hansoh|03692|3692", 14.1, -0.56)
  + stock7("國藥|國藥控股|Sinopharm|01099|1099", 26.85, -0.6)
  + stock7("復星醫藥|Fosun Pharma|Shanghai Fosun Pharmaceutical|02196|2196", 21.8, -1.5, bound=(None, -6)), [])


# zh08: the HKMA's monthly monetary statistics for October 2024 as the government press release (下稿代香港金融管理局發出),
# reproduced on portal.sina.com.hk (Traditional; half-width commas and brackets, the full-width colon "︰", the month and
# date in Chinese numerals with "○" (二○二四年十月份, 十一月二十九日) and the stray space after "9,578億元人民幣," kept; the release
# title kept, reworded (二○二四年十月份貨幣統計數字 -> 貨幣統計數字(二○二四年十月份)); the closing attribution kept, reworded;
# whole stored item).
# Key (2024-10 unless noted): HKD deposits +0.4% and foreign-currency deposits -0.3% (mom); year to date (2024-01..10) total
# deposits +5.8% and HKD deposits +2.8%; RMB deposits -5.8% to 9,578億元人民幣 (2024-10-31); RMB trade-settlement remittances
# 12,180億元人民幣 (October) and 12,672億元人民幣 (September, 2024-09); loans and advances -1.1% (mom) and -3.2% (year to
# date); loans for use in and outside Hong Kong -1.1% each; HKD loan-to-deposit ratio 77.5% (2024-10-31, prior 78.4%); HKD
# M2 and M3 +0.3% mom and +3.7% yoy; seasonally adjusted HKD M1 +1.2% mom and +3.4% yoy; total M2 and M3 +0.2% mom and +8.6%
# yoy.
# Optional: the end-September ratio 78.4% as a row of its own (2024-09-30).
# Judgement calls: "存款總額…並無明顯變化" prints no figure -> no row (no zero is invented); "分別" / "依次" lists map in
# order; "均下跌1.1%" / "均上升" for two series give one row per series; the previous month's remittances are a key row of
# their own (news38 zh10); the ratio "由九月底的78.4%,下跌至十月底的77.5%" is a level with prior, not a pp change; the
# release date 十一月二十九日 gives no row.
HK8 = "香港|本港|Hong Kong|金管局|香港金融管理局|HKMA|Hong Kong Monetary Authority|認可機構|authorized institutions"
P8, YTD8 = "2024-10", "2024-01..10"
DG8 = "deposit_growth|deposits_growth"
LG8 = "loan_growth|loans_growth"
M2H8 = "港元貨幣供應量M2|HKD M2|M2|" + HK8
M3H8 = "港元貨幣供應量M3|HKD M3|M3|" + HK8
M2T8 = "貨幣供應量總額M2|total M2|M2|" + HK8
M3T8 = "貨幣供應量總額M3|total M3|M3|" + HK8
RMB8 = "人民幣存款|香港人民幣存款|renminbi deposits|RMB deposits|" + HK8
REM8 = "跨境貿易結算人民幣匯款|人民幣匯款|RMB trade settlement|" + HK8
LDR8 = "港元貸存比率|HKD loan-to-deposit ratio|" + HK8
G["zh08"] = ([
    m(DG8 + "|hkd_deposit_growth", 0.4, "%", "港元存款|Hong Kong dollar deposits|HKD deposits|" + HK8, P8, basis="mom"),
    m(DG8 + "|foreign_currency_deposit_growth", -0.3, "%", "外幣存款|foreign currency deposits|" + HK8, P8,
      basis="mom, 下跌"),
    m(DG8, 5.8, "%", "存款總額|total deposits|" + HK8, YTD8, basis="year to date (由年初起計至十月底)"),
    m(DG8 + "|hkd_deposit_growth", 2.8, "%", "港元存款|Hong Kong dollar deposits|HKD deposits|" + HK8, YTD8,
      basis="year to date (依次, second)"),
    m(DG8 + "|rmb_deposit_growth", -5.8, "%", RMB8, P8, basis="mom, 下跌 (企業資金流動)"),
    m("deposits|rmb_deposits", 9.578e11, "CNY", RMB8, "2024-10-31", basis="end-October level, 9,578億元人民幣"),
    m("rmb_trade_settlement_remittances|trade_settlement_remittances|remittances", 1.218e12, "CNY", REM8, P8,
      basis="monthly total"),
    m("rmb_trade_settlement_remittances|trade_settlement_remittances|remittances", 1.2672e12, "CNY", REM8, "2024-09",
      basis="monthly total, previous month (九月份)"),
    m(LG8, -1.1, "%", "貸款與墊款總額|total loans and advances|" + HK8, P8, basis="mom, 下跌"),
    m(LG8, -3.2, "%", "貸款與墊款總額|total loans and advances|" + HK8, YTD8, basis="year to date, 下跌"),
    m(LG8, -1.1, "%", "在香港使用的貸款|loans for use in Hong Kong|" + HK8, P8, basis="mom, incl. trade finance (同樣下跌)"),
    m(LG8, -1.1, "%", "在香港境外使用的貸款|香港境外使用的貸款|loans for use outside Hong Kong|" + HK8, P8,
      basis="mom (同樣下跌)"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 77.5, "%", LDR8, "2024-10-31", prior=78.4,
      basis="end-October, from end-September (下跌)"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 78.4, "%", LDR8, "2024-09-30", opt=True, basis="end-September"),
    m("m2_growth|money_supply_growth", 0.3, "%", M2H8, P8, basis="mom, Hong Kong dollar M2"),
    m("m3_growth|money_supply_growth", 0.3, "%", M3H8, P8, basis="mom, Hong Kong dollar M3"),
    m("m2_growth|money_supply_growth", 3.7, "%", M2H8, P8, basis="yoy, Hong Kong dollar M2"),
    m("m3_growth|money_supply_growth", 3.7, "%", M3H8, P8, basis="yoy, Hong Kong dollar M3"),
    m("m1_growth|money_supply_growth", 1.2, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK8, P8, basis="mom, seasonally adjusted"),
    m("m1_growth|money_supply_growth", 3.4, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK8, P8, basis="yoy, seasonally adjusted"),
    m("m2_growth|money_supply_growth", 0.2, "%", M2T8, P8, basis="mom, total M2"),
    m("m3_growth|money_supply_growth", 0.2, "%", M3T8, P8, basis="mom, total M3"),
    m("m2_growth|money_supply_growth", 8.6, "%", M2T8, P8, basis="yoy, total M2"),
    m("m3_growth|money_supply_growth", 8.6, "%", M3T8, P8, basis="yoy, total M3"),
], [])


# zh09: a Taiwan news site's item on 鴻海's 2020 annual results, the proposed cash dividend and the fourth quarter, with
# management's segment comments (必聞網 biwennews on www.biwennews.com; Traditional, half-width punctuation; the headline
# kept, reworded (鴻海2020年營收創新高 但獲利反落近8年低 -> 鴻海2020年營收寫新高 獲利卻退至近8年低點); the photo caption
# repeating the headline twice ("鴻海2020年營收創新高 但獲利反落近8年低。(資料照)"; its 2020 and 8 dropped twice) and the
# closing links (訂閱必聞電子報 / 加入必聞網好友 必聞網紛絲頁 / 新聞留言板) left out; whole stored item otherwise).
# Key (FY2020 unless noted): revenue 5.35兆元 (+0.28%); net profit attributable to the parent 1017.94億元 (-11.72%); EPS
# 7.34元; proposed cash dividend 4元 per share; payout ratio 約54.5%; cash dividend yield 約3.09% on the close of 129.5元
# (period None); 2020Q4: revenue 2兆元 (+55.55% qoq, +15.4% yoy), gross margin 5.69%, net profit attributable 459.75億元
# (+49.01% qoq, -3.75% yoy), EPS 3.31元.
# Optional: the record spans (近8年 in the body and its headline twin, 近11年, 近3季).
# Judgement calls: Taiwan 元 / 億元 / 兆元 = TWD; "去年第4季" belongs to the 2020 results reported (compared with "2019年同期")
# -> 2020Q4; the dividend "今年股利政策…擬配發" is paid out of the 2020 earnings (payout 54.5% of the 7.34元 EPS) -> FY2020;
# the yield and the close are tied to "今(30)日", whose month is not printed -> period None; "單季新高" / "去年高點" are
# ranks without a figure; "比電" (for 筆電) kept as printed; the segments' comments carry no figures.
FOX9 = "鴻海|鴻海精密|鴻海精密工業|Hon Hai|Hon Hai Precision|Foxconn|2317"
Y9, Q9 = "FY2020", "2020Q4"
NP9 = "net_profit|net_profit_attributable|profit_attributable|net_income"
NPG9 = "net_profit_growth|net_income_growth|profit_growth"
G["zh09"] = ([
    m("record_span|years", 8, "years", FOX9, Y9, opt=True, basis="headline twin (獲利退至近8年低點)"),
    m("revenue|sales|consolidated_revenue", 5.35e12, "TWD", FOX9, Y9, basis="全年營收 5.35兆元, record"),
    m("revenue_growth|sales_growth", 0.28, "%", FOX9, Y9, basis="yoy (年增率)"),
    m(NP9, 1.01794e11, "TWD", FOX9, Y9, basis="歸屬母公司稅後純益 1017.94億元"),
    m(NPG9, -11.72, "%", FOX9, Y9, basis="yoy (年減率)"),
    m("record_span|years", 8, "years", FOX9, Y9, opt=True, basis="近8年來的低點 (span)"),
    m("eps|earnings_per_share", 7.34, "TWD", FOX9, Y9, basis="每股稅後純益"),
    m("dividend_per_share|cash_dividend|dps|dividend", 4, "TWD", FOX9, Y9, basis="擬配發每股現金股利 (proposed)"),
    m("payout_ratio|dividend_payout_ratio", 54.5, "%", FOX9, Y9, basis="盈餘配發率約54.5%"),
    m("record_span|years", 11, "years", FOX9, Y9, opt=True, basis="payout ratio 近11年來新高 (span)"),
    m("share_price|price|close", 129.5, "TWD", FOX9, None, basis="今(30)日收盤價"),
    m("dividend_yield|cash_dividend_yield|yield", 3.09, "%", FOX9, None, basis="現金殖利率約3.09% on the 129.5元 close"),
    m("revenue|sales|consolidated_revenue", 2e12, "TWD", FOX9, Q9, basis="去年第4季 單季合併營收 2兆元, record"),
    m("revenue_growth|qoq_growth|sales_growth", 55.55, "%", FOX9, Q9, basis="qoq (季增率)"),
    m("revenue_growth|yoy_growth|sales_growth", 15.4, "%", FOX9, Q9, basis="yoy (年增率)"),
    m("gross_margin|gross_profit_margin", 5.69, "%", FOX9, Q9, basis="滑落到 (no earlier margin printed)"),
    m("record_span|quarters", 3, "quarters", FOX9, Q9, opt=True, basis="gross margin 近3季低點 (span)"),
    m(NP9, 4.5975e10, "TWD", FOX9, Q9, basis="去年第4季 歸屬母公司稅後純益"),
    m(NPG9 + "|qoq_growth", 49.01, "%", FOX9, Q9, basis="qoq (季增率)"),
    m(NPG9 + "|yoy_growth", -3.75, "%", FOX9, Q9, basis="vs 2019年同期, 減少"),
    m("eps|earnings_per_share", 3.31, "TWD", FOX9, Q9, basis="單季每股稅後純益"),
], [])


# zh10: a Taiwan news site's item on the DGBAS March CPI release (壹蘋新聞網 nextapple on tw.nextapple.com; Traditional,
# half-width punctuation; no headline in the stored text and none composed; the spaces in "3月 CPI", "核心 CPI", "CPI 變動"
# and before most figures ("漲 51.29%") and the hard line breaks inside the last paragraph ("新加坡\n漲6.3%", "我國\n漲2.35%")
# kept; the closing 爆料信箱 / ★加入《壹蘋》Line / ★下載 APP / ★Facebook lines left out; whole stored item otherwise).
# Key (2023-03 unless noted): CPI +2.35% yoy; ex fruit and vegetables +2.24%; core CPI +2.55%; nineteen items' yoy rises
# (番石榴 51.29% … 中式米食 3.55%); the food category +4.86% with eggs +25.05%, meat +5.75%, fruit 11.80%, edible oil 9.56%,
# prepared food 5.51%, seafood 4.89%, dairy 4.43%, eating out 4.08%; the CPI of important daily necessities 6.12%;
# 112年2月 (2023-02): Taiwan 2.43%, euro area 8.5%, Singapore 6.3%, US 6.0%, South Korea 4.8%, Japan 3.3%, Hong Kong 1.7%,
# mainland China 1.0%; 112年3月: euro area 6.9%, South Korea 4.2%.
# Optional: the 368多個 items priced; "突破6%" (open bound beside the exact 6.12%); the necessities' ranking that reprints
# 雞蛋 26.52%, 沙拉油 15.8% (15.80% above) and 豬肉 7.32%; the international table's Taiwan 2.35% (twin of the lead).
# Judgement calls: 112年 is the Minguo year (112 = 2023), printed for both months -> 2023-03 / 2023-02; the lead's "3月"
# is the month whose 2.35% 112年3月 repeats; item and category rises are % rows on the item or category (news63 zh10) with
# Taiwan as alternative; the international comparison rows take the economy as entity and are key (exact, attributed
# figures); "7大類" (the number of categories) gives no row (news66 zh10's 7大); the necessities' CPI is its own index.
TW10 = "台灣|我國|Taiwan|主計總處|DGBAS"
CPI10 = "消費者物價指數|CPI|Taiwan CPI|" + TW10
M10, F10 = "2023-03", "2023-02"
INF10 = "cpi_yoy|cpi_inflation|inflation|cpi_growth|cpi_change"
COMP10 = "cpi_component_change|price_change|item_price_change|inflation|cpi_change"


def item10(name, v, what="yoy, 漲", opt=False):
    return m(COMP10, v, "%", name + "|" + CPI10, M10, opt=opt, basis=what)


def econ10(name, v, per, opt=False, what="yoy, 漲"):
    return m(INF10, v, "%", name, per, opt=opt, basis=what)


G["zh10"] = ([
    m(INF10, 2.35, "%", CPI10, M10, basis="較上年同月漲"),
    m("cpi_ex_fruit_vegetables|cpi_excl_fruit_vegetables|" + INF10, 2.24, "%",
      "扣除蔬菜水果CPI|CPI excluding fruit and vegetables|" + CPI10, M10, basis="扣除蔬菜水果"),
    m("core_cpi|core_inflation|core_cpi_yoy", 2.55, "%", "核心CPI|core CPI|" + CPI10, M10,
      basis="再剔除能源後之總指數 (即核心 CPI)"),
    m("items_priced|count", 368, "items", CPI10, M10, opt=True, basis="368多個查價項目"),
    item10("番石榴|芭樂|guava", 51.29),
    item10("雞蛋|eggs", 26.52),
    item10("國外旅遊團費|overseas package tours|package tour fees", 22.84),
    item10("旅館住宿費|hotel accommodation", 17.28),
    item10("沙拉油及調理油|沙拉油|salad and cooking oil", 15.80),
    item10("西式早點|Western-style breakfast", 8.34),
    item10("其他個人照顧服務|other personal care services", 7.62, "yoy, 漲 (不含醫療看護)"),
    item10("豬肉|pork", 7.32),
    item10("國中課業補習費|junior high cram school fees|tutoring fees", 6.60),
    item10("雞肉|chicken", 5.99),
    item10("中式早點|Chinese-style breakfast", 5.76),
    item10("西式速食|Western fast food", 5.14),
    item10("麵包|bread", 4.88),
    item10("汽車保養及修理|car maintenance and repair", 4.74),
    item10("中式麵食|Chinese noodle dishes", 4.73),
    item10("鮮奶|fresh milk", 4.33),
    item10("衛生紙、面紙及紙巾|衛生紙|tissue paper", 4.16),
    item10("中式以外料理|non-Chinese cuisine", 4.12),
    item10("中式米食|Chinese rice dishes", 3.55),
    item10("食物類|food|food category", 4.86, "yoy, 漲; the category with the largest impact of the 7"),
    item10("蛋類|eggs category|egg products", 25.05),
    item10("肉類|meat", 5.75, "yoy, 上漲"),
    item10("水果|fruit", 11.80, "yoy, 漲 (分別, first)"),
    item10("食用油|edible oil", 9.56, "yoy, 漲 (分別, second)"),
    item10("調理食品|prepared food", 5.51, "yoy, 漲 (分別, third)"),
    item10("水產品|seafood|aquatic products", 4.89, "yoy, 漲 (分別, fourth)"),
    item10("乳類|dairy", 4.43, "yoy, 漲 (分別, fifth)"),
    item10("外食費|eating out|dining out", 4.08, "yoy, 漲 (分別, sixth)"),
    m("necessities_cpi|" + INF10, 6.12, "%", "重要民生物資CPI|重要民生物資|CPI of important daily necessities|" + TW10,
      M10, basis="行政院穩定物價小組 monitored basket, 漲幅擴大"),
    m("necessities_cpi|" + INF10, None, "%", "重要民生物資CPI|重要民生物資|CPI of important daily necessities|" + TW10,
      M10, rng=(6, None), opt=True, basis="突破6% (bound beside the exact 6.12%)"),
    item10("雞蛋|eggs|重要民生物資", 26.52, "necessities ranking, first (twin)", opt=True),
    item10("沙拉油|沙拉油及調理油|salad oil|重要民生物資", 15.8, "necessities ranking, second (twin of 15.80)", opt=True),
    item10("豬肉|pork|重要民生物資", 7.32, "necessities ranking, third (twin)", opt=True),
    econ10(CPI10, 2.43, F10, what="112年2月, 我國漲"),
    econ10("歐元區|euro area|eurozone", 8.5, F10),
    econ10("新加坡|Singapore", 6.3, F10),
    econ10("美國|United States|US", 6.0, F10),
    econ10("南韓|韓國|South Korea|Korea", 4.8, F10),
    econ10("日本|Japan", 3.3, F10),
    econ10("香港|Hong Kong", 1.7, F10),
    econ10("中國大陸|中國|mainland China|China", 1.0, F10),
    econ10(CPI10, 2.35, M10, opt=True, what="112年3月, 我國漲 (twin of the lead)"),
    econ10("歐元區|euro area|eurozone", 6.9, M10),
    econ10("南韓|韓國|South Korea|Korea", 4.2, M10),
], [])


# zh11: Macau's quarterly visitor-expenditure release for the fourth quarter of 2005 (統計暨普查局 DSEC, on
# cdn.gcs.gov.mo zh-hant; Traditional, half-width punctuation and the curly quotes around the two spending categories kept;
# no headline in the stored text and none composed; whole stored item).
# Key (2005Q4): per-capita spending 1,574元 (-1% yoy); mainland visitors 3,185元, Hong Kong visitors 873元; overnight
# visitors 2,323元 and same-day visitors 557元 (+8% each); non-shopping per-capita spending 870元 (-4%), food 39% and
# accommodation 36% of it; shopping per-capita 704元 (+2%), Chinese food, sweets and foodstuffs 25% and clothing and fabric
# 20% of it; daily spending 1,444元 (-0.3%), mainland visitors' daily 2,419元; average stay 1.1 days and same-day 0.2 days
# (both unchanged -> prior = value), overnight 1.7 days (+0.1 day).
# Optional: none.
# Judgement calls: 元(澳門元,下同) = MOP; 較2004年同季 = yoy; "微跌" is a decline (-1, -0.3); "兩者…均上升8%" gives one row
# per group; "依次" / "分別" lists map in order; the visitor groups and markets are entities with Macau as alternative;
# "與2004年第4季相同" gives prior = value and no zero row, "增加0.1日" a +0.1 "days" change row (news65 zh12); shares of a
# spending total are % rows on the category.
MV11 = "澳門旅客|旅客|visitors to Macau|Macau visitors|visitors|澳門|Macau|統計暨普查局|DSEC"
Q11 = "2005Q4"
PC11, PCG11 = "per_capita_spending|visitor_spending_per_capita|spending", "per_capita_spending_change|spending_change"
MAIN11 = "中國大陸旅客|中國大陸|mainland China visitors|mainland visitors|Mainland China|" + MV11
ON11 = "留宿旅客|overnight visitors|" + MV11
SD11 = "不過夜旅客|same-day visitors|" + MV11
NS11 = "非購物消費|non-shopping spending|" + MV11
SH11 = "購物消費|shopping spending|" + MV11
G["zh11"] = ([
    m(PC11, 1574, "MOP", MV11, Q11, basis="旅客人均消費 1,574元(澳門元)"),
    m(PCG11, -1, "%", MV11, Q11, basis="yoy, 微跌"),
    m(PC11, 3185, "MOP", MAIN11, Q11, basis="highest by market"),
    m(PC11, 873, "MOP", "香港旅客|Hong Kong visitors|Hong Kong|" + MV11, Q11, basis="per capita"),
    m(PC11, 2323, "MOP", ON11, Q11, basis="依次, first"),
    m(PC11, 557, "MOP", SD11, Q11, basis="依次, second"),
    m(PCG11, 8, "%", ON11, Q11, basis="yoy (兩者…上升8%)"),
    m(PCG11, 8, "%", SD11, Q11, basis="yoy (兩者…上升8%)"),
    m(PC11 + "|non_shopping_spending_per_capita", 870, "MOP", NS11, Q11, basis="excluding gaming"),
    m(PCG11, -4, "%", NS11, Q11, basis="yoy, 下跌"),
    m("share|spending_share", 39, "%", "飲食消費|food and beverage|" + NS11, Q11, basis="of non-shopping spending (依次, first)"),
    m("share|spending_share", 36, "%", "住宿消費|accommodation|" + NS11, Q11, basis="of non-shopping spending (依次, second)"),
    m(PC11 + "|shopping_spending_per_capita", 704, "MOP", SH11, Q11, basis="人均購物消費"),
    m(PCG11, 2, "%", SH11, Q11, basis="yoy, 上升"),
    m("share|spending_share", 25, "%", "中式食品、糖果及食物|Chinese food, sweets and foodstuffs|local food products|" + SH11,
      Q11, basis="of shopping spending (依次, first)"),
    m("share|spending_share", 20, "%", "衣服及布料|clothing and fabric|clothing|" + SH11, Q11,
      basis="of shopping spending (依次, second)"),
    m("daily_spending|spending_per_day|" + PC11, 1444, "MOP", MV11, Q11, basis="旅客日均消費"),
    m("daily_spending_change|" + PCG11, -0.3, "%", MV11, Q11, basis="yoy, 微跌"),
    m("daily_spending|spending_per_day|" + PC11, 2419, "MOP", MAIN11, Q11, basis="highest daily spending by market"),
    m("average_length_of_stay|length_of_stay|stay", 1.1, "days", MV11, Q11, prior=1.1,
      basis="與2004年第4季相同 (prior = value)"),
    m("average_length_of_stay|length_of_stay|stay", 0.2, "days", SD11, Q11, prior=0.2,
      basis="與2004年第4季相同 (prior = value)"),
    m("average_length_of_stay|length_of_stay|stay", 1.7, "days", ON11, Q11, basis="留宿旅客"),
    m("length_of_stay_change|stay_change|change", 0.1, "days", ON11, Q11, basis="vs 2004年第4季, 增加0.1日"),
], [])


# zh12: a Hong Kong brokerage's 《大行報告》 on 騰訊 before its third-quarter results: a consensus preview (non-IFRS and IFRS
# net profit forecast ranges, medians and growth against the year-earlier quarter, the year-earlier other gains and the Sea
# gain inside them, 里昂's other-gains forecast) and a table of brokers' ratings and targets (uSMART 盈立 on usmart.hk;
# Traditional, half-width brackets, the box-drawing separators "│" of the table, the odd "內地土地網遊" and the mixed
# 証 / 證 of the broker names kept as printed; the headline kept, reworded (《大行報告》騰訊(00700.HK)投資評級及目標價(表)
# (更新) -> 《大行報告》騰訊(00700.HK)評級與目標價總覽(表)(更新)); the stored text breaks off in the table's 21st row
# ("中銀國際│買入│", no target), so the passage ends with the 20th row (瑞銀; no figure dropped)).
# Rating actions: twenty table rows, each maintain with the printed rating and target (HKD).
# Key (2023Q3 forecasts unless noted): non-IFRS net profit forecast 372.33億元至422.5億人民幣 (range; prior 322.54億元, the
# 2022 quarter), growth 15.4%至31% (range), median 403.24億 (prior 322.54億) and +25%; IFRS net profit forecast
# 287.31億元至356.19億元人民幣 (range; prior 399.43億), change -10.8% to -28.1% (range), median 314.2億 (prior 399.43億) and
# -21.3%; 2022Q3 other gains, net 208.86億元人民幣, of which the deemed-disposal gain on Sea Limited 413億人民幣; 里昂's
# forecast of 2023Q3 other gains 33億元人民幣.
# Optional: the 2022Q3 non-IFRS and IFRS net profit as rows of their own (322.54億, 399.43億); the broker counts (12, 4, 22).
# Judgement calls: 億元人民幣 / 億人民幣 = CNY; the forecasts are consensus figures ("本網綜合12間券商預測") on 騰訊 with the
# broker count in basis; "較2022年同期的X" is the year-earlier comparative -> the prior of the range and median rows plus an
# optional row of its own (news66 zh07 / news66 zh11); "按年下跌10.8%至28.1%" is the negative range (-28.1, -10.8); the
# parenthetical Sea gain is a key fact of its own (2022Q3), not a restatement; 里昂's 33億 is a forecast row with 里昂 in
# basis; targets only in the rating actions (no target_price rows, news65 zh07 / news63 zh09); the table lists current ratings
# and targets without changes -> maintain; 買入 = buy, 跑贏行業 = outperform, 增持 = overweight; the table's heading says 22
# brokers while 20 rows are in the passage (the stored table breaks off); 下周三(15日) gives no row.
TC12 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700"
Q12, P12 = "2023Q3", "2022Q3"
NIF12 = "non_ifrs_net_profit_forecast|adjusted_net_profit_forecast|non_ifrs_net_profit|net_profit_forecast|net_profit"
NIFG12 = "non_ifrs_net_profit_growth_forecast|net_profit_growth_forecast|net_profit_growth|profit_growth"
NP12 = "net_profit_forecast|net_profit|net_income_forecast"
NPG12 = "net_profit_growth_forecast|net_profit_growth|net_profit_change|profit_growth"
G["zh12"] = ([
    m(NIF12, None, "CNY", TC12, Q12, rng=(3.7233e10, 4.225e10), prior=3.2254e10,
      basis="consensus of 12 brokers, 非國際財務報告準則, 介乎 372.33億元至422.5億; prior = 2022年同期"),
    m("non_ifrs_net_profit|adjusted_net_profit|net_profit", 3.2254e10, "CNY", TC12, P12, opt=True,
      basis="2022年同期 (year-earlier comparative)"),
    m(NIFG12, None, "%", TC12, Q12, rng=(15.4, 31), basis="consensus, 按年上升15.4%至31%"),
    m(NIF12 + "|median_forecast", 4.0324e10, "CNY", TC12, Q12, prior=3.2254e10, basis="consensus median (中位數)"),
    m(NIFG12, 25, "%", TC12, Q12, basis="median, 按年升"),
    m(NP12, None, "CNY", TC12, Q12, rng=(2.8731e10, 3.5619e10), prior=3.9943e10,
      basis="consensus of 4 brokers, IFRS, 介乎 287.31億元至356.19億元; prior = 2022年同期"),
    m("net_profit|net_income", 3.9943e10, "CNY", TC12, P12, opt=True, basis="2022年同期 (year-earlier comparative)"),
    m(NPG12, None, "%", TC12, Q12, rng=(-28.1, -10.8), basis="consensus, 按年下跌10.8%至28.1%"),
    m(NP12 + "|median_forecast", 3.142e10, "CNY", TC12, Q12, prior=3.9943e10, basis="consensus median (中位數)"),
    m(NPG12, -21.3, "%", TC12, Q12, basis="median, 按年跌"),
    m("other_gains|other_gains_net|other_income", 2.0886e10, "CNY", TC12, P12,
      basis="2022年第三季 其他收益淨額 基數 (高達), mainly non-IFRS adjustments"),
    m("disposal_gain|deemed_disposal_gain|gain", 4.13e10, "CNY", "Sea Limited|Sea|" + TC12, P12,
      basis="gain from the deemed disposal of Sea Limited, inside the 2022Q3 other gains"),
    m("other_gains_forecast|other_gains|other_income", 3.3e9, "CNY", TC12, Q12, basis="里昂 (CLSA) forecast, 僅"),
    m("broker_count|analyst_count", 12, "brokers", TC12, Q12, opt=True, basis="non-IFRS consensus"),
    m("broker_count|analyst_count", 4, "brokers", TC12, Q12, opt=True, basis="IFRS consensus"),
    m("broker_count|analyst_count", 22, "brokers", TC12, None, opt=True, basis="brokers in the ratings table"),
], [
    ra("廣發証券|廣發證券|GF Securities", TC12, "maintain", "buy", None, 509.74, None, "HKD"),
    ra("里昂|中信里昂|CLSA", TC12, "maintain", "buy", None, 500.0, None, "HKD"),
    ra("花旗|Citi|Citigroup", TC12, "maintain", "buy", None, 496.0, None, "HKD"),
    ra("星展|DBS", TC12, "maintain", "buy", None, 494.0, None, "HKD"),
    ra("中金|中金公司|CICC", TC12, "maintain", "outperform", None, 475.0, None, "HKD"),
    ra("野村|Nomura", TC12, "maintain", "buy", None, 472.0, None, "HKD"),
    ra("富瑞|Jefferies", TC12, "maintain", "buy", None, 472.0, None, "HKD"),
    ra("中信証券|中信證券|CITIC Securities", TC12, "maintain", "buy", None, 468.0, None, "HKD"),
    ra("申萬宏源|Shenwan Hongyuan|SWHY", TC12, "maintain", "buy", None, 461.0, None, "HKD"),
    ra("招銀國際|CMB International|CMBI", TC12, "maintain", "buy", None, 460.0, None, "HKD"),
    ra("摩根士丹利|大摩|Morgan Stanley", TC12, "maintain", "overweight", None, 450.0, None, "HKD"),
    ra("美銀證券|美銀|BofA Securities|Bank of America|BofA", TC12, "maintain", "buy", None, 450.0, None, "HKD"),
    ra("農銀國際|ABCI|ABC International", TC12, "maintain", "buy", None, 450.0, None, "HKD"),
    ra("華泰証券|華泰證券|Huatai Securities|Huatai", TC12, "maintain", "buy", None, 445.3, None, "HKD"),
    ra("摩根大通|摩通|J.P. Morgan|JPMorgan", TC12, "maintain", "overweight", None, 440.0, None, "HKD"),
    ra("高盛|Goldman Sachs|Goldman", TC12, "maintain", "buy", None, 431.0, None, "HKD"),
    ra("光大証券|光大證券|Everbright Securities", TC12, "maintain", "buy", None, 430.0, None, "HKD"),
    ra("大和|Daiwa", TC12, "maintain", "buy", None, 430.0, None, "HKD"),
    ra("匯豐環球研究|滙豐環球研究|匯豐|滙豐|HSBC Global Research|HSBC", TC12, "maintain", "buy", None, 425.0, None, "HKD"),
    ra("瑞銀|UBS", TC12, "maintain", "buy", None, 419.0, None, "HKD"),
])
