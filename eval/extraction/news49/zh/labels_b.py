# Hand labels for news49/zh, batch b (zh07-zh12; all six Traditional Chinese: three Hong Kong outlets, three Taiwan outlets).
# Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the six texts alone: no project code
# was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the end), no extractor output was seen, and
# no extractor code, plugin, test, docs page, gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# "Conventions decided" sections of news47/zh and news48/zh README.md, the labels files of news47/zh, and for points they do
# not settle the labels of news14 zh11 / news30 zh11 (IPO grey market and subscription), news45 zh08 (broker target
# round-up), news46 zh12 (Taiwan institutional flows) and news48 zh09 (one figure printed for several banks).
# Values fully scaled (億元 -> x1e8, 萬股 -> x1e4, 1萬2681張 -> 12681, 4萬485張 -> 40485); Chinese numerals resolved
# (一三○五元 -> 1305, 一千六百廿元 -> 1620, 百分之卅七點九 -> 37.9, 廿九元 -> 29, 卅元 -> 30; 逾兩成 -> 20 %). Currency:
# Hong Kong items' bare 元 / 億元 = HKD (zh07, zh08); zh09 prints "(人民幣，下同)" after its first amount, so its 億元 are CNY;
# Taiwan items' bare 元 / 億元 (and zh12's 967.99億 printed without 元) = TWD; 美元 = USD. Declines negative (跌, 下跌, 減少,
# 下降, 收窄, 少, 減, 回落); net selling (賣超, 調節) negative, net buying (買超) positive (news46 zh12); 個百分點 -> pp; 個基點 /
# 基點 -> bp, labelled as printed even where the level moves suggest percentage points (zh09). Share counts in 張 (lots of
# 1,000 shares) keep the printed count with unit "lots".
# A figure printed twice (lead or sub-heading and body) is one key row plus an optional twin; a rounded restatement (a
# sub-heading's 24% for 23.6%) is an optional row of its own value. Bounds (逾, 最多, 以下, 逼近) are optional open bounds
# where they restate or approximate an exact figure or a threshold, key only where they are a figure's sole printing.
# Broker targets and ratings (zh10) are in rating actions; each target and old target is also an optional target_price row
# (news45 / news47 practice), and the printed percentage changes of the targets are key metric rows (ra() has no place).
# Periods only where the text states or clearly implies the year: zh07 None (no year; 馬年 is not a year number); zh08
# 2025-11 / 2025-10 / 2025-01..11 (its "去年11月與2024年11月比較" makes 去年 2025); zh09 None (上季, 9月底, no year); zh10
# None (targets; 二○二六年 / 二○二七年 carry no figure of their own); zh11 "H1" / "H2" for 上半年 / 下半年 (no year printed),
# None for 今年 / 明年 / 上年 / 1至８月; zh12 None (今（17）, 周四（16）日, 10月來; no year). Address dates, page stamps and the
# writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong IPO grey-market debut with subscription statistics and an IPO pipeline (太陽報 the-sun.on.cc 財經,
# Traditional, half-width commas as printed; no headline in the stored text, none composed; the sub-heading
# "迅銷擬三月HDR上市" reworded with 三月 and HDR kept; whole stored item).
# Key: 老恒和 (02226) priced at the top of its range, 7.15元; grey-market closes 9.12元 (輝立) and 9.06元 (耀才), +27.55% and
# +26.71% on the IPO price; net proceeds 約8.28億元; public offer oversubscribed 1,044.46倍; the 「頂頭槌飛」 per-share cost
# 約8元 and their paper gain of 13.25至14% (a closed range); 保利文化's rumoured fundraising 約5億美元; 青島港's planned 2億至3億美元
# (a closed range).
# Optional: the lead's "漲逾兩成" (open bound, restating 27.55% / 26.71%) and "每手帳面最多獲利985元" (upper bound, restating
# the 985元 below); the per-lot paper gains 985元 and 955元 and the allotment statistics (lot 500股, one-lot success rate 20%,
# 30手 / 1.5萬股 for a sure lot, 839 「頂頭槌飛」 applications, their 0.27% success rate, 625萬股 applied, 1.7萬股 allotted) -
# news14 zh11 / news30 zh11 practice; the bracketed HKD conversions 約39億港元 and 約15.6億至23.4億港元.
# Judgement calls: the two grey-market quotes take 老恒和 as entity with the dealing room (輝立 / 耀才) in basis, mapped in
# order ("分別…及…"); the per-share cost 約8元 is a key price row (a printed figure, attributed to 信誠證券's 張智威); the
# IPO's listing "今日" and 迅銷's "三月五日" are dates, 馬年首隻 a rank, 第二季 a period without a figure: no rows. Not
# labelled: the codes 02226 / 01428 / 00388.
LHH = "老恒和|老恒和釀造|Lao Heng He|Laohenghe|02226|2226|2226.HK"
POLY = "保利文化|保利文化集團|Poly Culture|Poly Culture Group"
QDP = "青島港|青島港國際|Qingdao Port|Qingdao Port International"
GMP = "grey_market_price|price|close"
GMC = "grey_market_change|price_change|premium|grey_market_premium"
FR7 = "funds_raised|ipo_proceeds|fundraising|proceeds"
PG7 = "paper_gain_per_lot|paper_gain|profit_per_lot"
G["zh07"] = ([
    m(GMC, None, "%", LHH, None, rng=(20, None), opt=True, basis="lead: 暗盤價漲逾兩成 (restates 27.55% / 26.71%)"),
    m(PG7, None, "HKD", LHH, None, rng=(None, 985), opt=True, basis="lead: 每手帳面最多獲利985元"),
    m("ipo_price|offer_price", 7.15, "HKD", LHH, None, basis="以招股範圍上限定價"),
    m(GMP, 9.12, "HKD", LHH, None, basis="grey-market close, 輝立 (分別, first)"),
    m(GMP, 9.06, "HKD", LHH, None, basis="grey-market close, 耀才 (分別, second)"),
    m(GMC, 27.55, "%", LHH, None, basis="vs IPO price, 輝立"),
    m(GMC, 26.71, "%", LHH, None, basis="vs IPO price, 耀才"),
    m(PG7, 985, "HKD", LHH, None, opt=True, basis="per lot, 輝立, excluding fees"),
    m(PG7, 955, "HKD", LHH, None, opt=True, basis="per lot, 耀才, excluding fees"),
    m("net_proceeds|" + FR7, 8.28e8, "HKD", LHH, None, basis="上市集資淨額約8.28億元"),
    m("oversubscription|subscription_multiple|oversubscription_multiple", 1044.46, "x", LHH, None,
      basis="Hong Kong public offer (公開發售超購)"),
    m("lot_size|board_lot", 500, "shares", LHH, None, opt=True, basis="每手500股"),
    m("one_lot_success_rate|allotment_rate|success_rate", 20, "%", LHH, None, opt=True, basis="中籤率 for one lot"),
    m("lots_for_guaranteed_lot|lots", 30, "lots", LHH, None, opt=True, basis="認購30手才穩中一手"),
    m("shares_for_guaranteed_lot|shares", 15000, "shares", LHH, None, opt=True, basis="(即1.5萬股)"),
    m("applications|big_applications", 839, "applications", LHH, None, opt=True, basis="「頂頭槌飛」 applications"),
    m("success_rate|allotment_rate", 0.27, "%", LHH, None, opt=True, basis="「頂頭槌飛」 success rate"),
    m("shares_applied|shares", 6.25e6, "shares", LHH, None, opt=True, basis="「頂頭槌飛」 application size, 625萬股"),
    m("shares_allotted|shares", 17000, "shares", LHH, None, opt=True, basis="「頂頭槌飛」 allotment, 1.7萬股"),
    m("cost_per_share|average_cost|price", 8, "HKD", LHH, None,
      basis="「頂頭槌飛」 per-share cost 約8元 (信誠證券 張智威)"),
    m("paper_gain|return|grey_market_change", None, "%", LHH, None, rng=(13.25, 14),
      basis="「頂頭槌飛」 investors' paper gain at the two grey-market closes (13.25至14%)"),
    m(FR7, 5e8, "USD", POLY, None, basis="market talk: 集資約5億美元"),
    m(FR7, 3.9e9, "HKD", POLY, None, opt=True, basis="bracketed 約39億港元"),
    m(FR7, None, "USD", QDP, None, rng=(2e8, 3e8), basis="planned: 集資2億至3億美元"),
    m(FR7, None, "HKD", QDP, None, rng=(1.56e9, 2.34e9), opt=True, basis="bracketed 約15.6億至23.4億港元"),
], [])


# zh08: Hong Kong monthly retail-sales release with the online share and the category breakdown (HK01 財經快訊,
# Traditional; the photo caption "金鐘太古廣場" left out; the sub-headings "網上銷售額增至38億元" / "超市銷貨值跌2.1%" reworded
# with their figures; no headline in the stored text, none composed; whole stored item otherwise).
# Periods: "去年11月與2024年11月比較" makes 去年 2025 -> 2025-11; 去年10月 -> 2025-10; 去年首11個月 -> 2025-01..11.
# Key: retail sales 337億元 (+6.5% yoy); October's revised +6.9%; first eleven months +0.4%; online share 11.2%, online sales
# 38億元 (+28.4%); fifteen category changes (eight rises: 電器及其他未分類耐用消費品 +38.6%, 珠寶首飾、鐘錶及名貴禮物 +3.6%,
# 其他未分類消費品 +5.5%, 服裝 +3.0%, 百貨公司貨品 +3.8%, 食品、酒類飲品及煙草 +2.0%, 藥物及化妝品 +9.2%, 眼鏡店 +7.3%; seven
# falls: 超級市場貨品 -2.1%, 汽車及汽車零件 -3.1%, 燃料 -11.1%, 鞋類、有關製品及其他衣物配件 -4.3%, 傢具及固定裝置 -6.1%,
# 書報、文具及禮品 -10.6%, 中藥 -1.8%).
# Optional: the expected increase 8.6% (a consensus-style figure, news48 zh05); the sub-headings' 38億元 and -2.1% (twins);
# the spokesman's repeat of +6.5%.
# Judgement calls: "預期增幅為8.6%" names no forecaster: an optional forecast row on the same entity; the categories take
# their printed names with Hong Kong retail as alias; the "由高至低" ordering carries no figure; "2024年11月" is the base
# month (no row).
HKR = ("零售業|香港零售業|零售業總銷貨價值|Hong Kong retail sales|retail sales|香港|Hong Kong|政府統計處|統計處|"
       "Census and Statistics Department")
ONL = "網上銷售|零售業網上銷售|online retail sales|online sales|" + HKR
RS = "retail_sales|retail_sales_value|total_retail_sales"
RSG = "retail_sales_growth|retail_sales_value_growth|growth"
CATG = "retail_sales_growth|sales_value_growth|category_sales_growth|growth"
N25, O25 = "2025-11", "2025-10"


def cat8(name, v, alias):
    return m(CATG, v, "%", name + "|" + alias + "|" + HKR, N25, basis="yoy, sales value by retailer type")


G["zh08"] = ([
    m(RS, 3.37e10, "HKD", HKR, N25, basis="臨時估計, 去年11月"),
    m(RSG, 6.5, "%", HKR, N25, basis="yoy (按年上升)"),
    m("retail_sales_growth_forecast|expected_growth|forecast", 8.6, "%", HKR, N25, opt=True,
      basis="預期增幅 (expectation, no forecaster named)"),
    m(RSG, 6.9, "%", HKR, O25, basis="revised estimate, yoy"),
    m(RSG, 0.4, "%", HKR, "2025-01..11", basis="去年首11個月合計, yoy, provisional"),
    m("online_sales|online_retail_sales|retail_sales", 3.8e9, "HKD", ONL, N25, opt=True,
      basis="sub-heading twin (網上銷售額增至38億元)"),
    m("online_share|online_sales_share|share", 11.2, "%", ONL, N25, basis="share of total retail sales value"),
    m("online_sales|online_retail_sales|retail_sales", 3.8e9, "HKD", ONL, N25, basis="臨時估計"),
    m("online_sales_growth|" + RSG, 28.4, "%", ONL, N25, basis="yoy (按年升)"),
    cat8("電器及其他未分類耐用消費品", 38.6, "electrical goods and other consumer durable goods, not elsewhere classified"),
    cat8("珠寶首飾、鐘錶及名貴禮物", 3.6, "珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery"),
    cat8("其他未分類消費品", 5.5, "other consumer goods, not elsewhere classified"),
    cat8("服裝", 3.0, "clothing|wearing apparel"),
    cat8("百貨公司貨品", 3.8, "department store goods"),
    cat8("食品、酒類飲品及煙草", 2.0, "food, alcoholic drinks and tobacco"),
    cat8("藥物及化妝品", 9.2, "medicines and cosmetics"),
    cat8("眼鏡店", 7.3, "optical shops"),
    m(CATG, -2.1, "%", "超級市場貨品|超市貨品|supermarket goods|" + HKR, N25, opt=True,
      basis="sub-heading twin (超市銷貨值跌2.1%)"),
    cat8("超級市場貨品", -2.1, "超市貨品|supermarket goods"),
    cat8("汽車及汽車零件", -3.1, "motor vehicles and parts"),
    cat8("燃料", -11.1, "fuels"),
    cat8("鞋類、有關製品及其他衣物配件", -4.3, "footwear, allied products and other clothing accessories"),
    cat8("傢具及固定裝置", -6.1, "furniture and fixtures"),
    cat8("書報、文具及禮品", -10.6, "books, newspapers, stationery and gifts"),
    cat8("中藥", -1.8, "Chinese drugs and herbs"),
    m(RSG, 6.5, "%", HKR, N25, opt=True, basis="spokesman's repeat (按年進一步顯著上升6.5%)"),
], [])


# zh09: Hong Kong-listed mainland big-four banks' quarterly results round-up (am730 財經, Traditional; the stored text breaks
# off inside the sentence "以昨收市價及最近一年派息計，工行、建行及中行的", so the passage ends with the sentence before it (the
# sub-heading "工中建股息率均約5.5厘" above it kept); the three sub-headings reworded with their figures; the source's garbled
# "中行為唯淨利息收入為唯一有增長的四大行" rendered as plain prose (no figure in it); no headline in the stored text, none
# composed). "(人民幣，下同)" makes every 億元 CNY. Period None for the quarter (上季, 9月底; no year printed).
# Key: 建行 net interest income -2.7% to 1,409億元, revenue -2% to 1,794.3億元, NIM 1.36% (-16 bp), fee income +8.9% to
# 244.5億元, "收入按年仍跌1.8%" (printed as well as the lead's -2%), NPL ratio 1.32% (-0.02 bp as printed), NPLs 3,654.7億元,
# share -0.5%; 中行 net profit 600.7億元 (+5.1%), NIM 1.26% (-15 bp), NII 1,109.8億元 (+1.6%), NPL ratio 1.24% (-0.01 bp),
# NPLs 2,886.7億元, share +0.2%; 工行 NIM 1.28% (-15 bp), NII 1,598.4億元 (-1.8%), NPL ratio 1.33% (-0.01 bp), NPLs 4,048.4億元,
# share -0.2%; 農行 NIM 1.3% (-15 bp), NII 1,448.4億元 (-1.4%), revenue 1,809.4億元 (+4.3%), fee income 184.4億元 (+23.6%),
# NPL ratio 1.27% (-0.03 bp), NPLs 3,414億元, share -1.8%; the sub-heading's dividend yield 約5.5厘 for 工行 / 建行 / 中行
# (its only printing: the body sentence is cut).
# Optional: 建行's second printing of -2.7% (除建行減少2.7%外); the sub-heading's rounded "漲24%" for 農行's fee income.
# Judgement calls: "工行、農行及中行的淨息差均收窄15個基點" is one key -15 bp row per bank (news48 zh09: printed for each named
# bank) and "至分別1.28%、1.3%及1.26%" maps in order; the NPL-ratio moves are printed "個基點" / "基點" and labelled as
# printed (bp, -0.01 / -0.03 / -0.02 / -0.01), not converted to the percentage points the levels suggest; 建行's "營收亦減少
# 2%" and "收入仍要按年跌1.8%" are both key revenue-change rows (two printed figures); "約5.5厘" is one row with the three banks
# as entity alternatives (news48 zh12's rule for one figure printed for several subjects); the share moves (昨日) are exact
# named-stock moves, key. Not labelled: the codes 3988 / 939 / 1398 / 1288, 四大行 (a group name), 周二 (a day).
ICBC = "工商銀行|工行|中國工商銀行|ICBC|Industrial and Commercial Bank of China|1398|01398"
ABC = "農業銀行|農行|中國農業銀行|Agricultural Bank of China|ABC|1288|01288"
CCB = "建設銀行|建行|中國建設銀行|China Construction Bank|CCB|939|00939"
BOC = "中國銀行|中行|Bank of China|BOC|3988|03988"
Q9 = "上季 (quarter to 9月底, no year printed)"
NII = "net_interest_income|nii"
NIIG = "net_interest_income_growth|net_interest_income_change|nii_growth"
NIM = "net_interest_margin|nim"
NIMC = "net_interest_margin_change|nim_change"
REV9 = "revenue|operating_income|operating_revenue"
REVG9 = "revenue_growth|revenue_change|operating_income_growth"
FEE = "fee_and_commission_income|net_fee_and_commission_income|fee_income"
FEEG = "fee_and_commission_income_growth|fee_income_growth"
NPL = "npl_ratio|non_performing_loan_ratio"
NPLC = "npl_ratio_change|non_performing_loan_ratio_change"
NPLA = "npl_balance|non_performing_loans|npl_amount"
PC9 = "price_change|share_price_change"
G["zh09"] = ([
    m(NIIG, -2.7, "%", CCB, None, basis="淨利息收入 跌幅最大, 失/減少2.7%, " + Q9),
    m(NII, 1.409e11, "CNY", CCB, None, basis=Q9),
    m(REVG9, -2, "%", CCB, None, basis="營收亦減少2%, " + Q9),
    m(REV9, 1.7943e11, "CNY", CCB, None, basis=Q9),
    m("net_profit|profit", 6.007e10, "CNY", BOC, None, basis="純利, best growth among the four, " + Q9),
    m("net_profit_growth|profit_growth", 5.1, "%", BOC, None, basis=Q9),
    m(NIMC, -15, "bp", ICBC, None, basis="均收窄15個基點, " + Q9),
    m(NIMC, -15, "bp", ABC, None, basis="均收窄15個基點, " + Q9),
    m(NIMC, -15, "bp", BOC, None, basis="均收窄15個基點, " + Q9),
    m(NIM, 1.28, "%", ICBC, None, basis="分別, first, " + Q9),
    m(NIM, 1.3, "%", ABC, None, basis="分別, second, " + Q9),
    m(NIM, 1.26, "%", BOC, None, basis="分別, third, " + Q9),
    m(NIMC, -16, "bp", CCB, None, basis="跌16個基點, " + Q9),
    m(NIM, 1.36, "%", CCB, None, basis=Q9),
    m(NIIG, -2.7, "%", CCB, None, opt=True, basis="second printing (除建行減少2.7%外)"),
    m(NIIG, -1.8, "%", ICBC, None, basis="分別, first, " + Q9),
    m(NIIG, -1.4, "%", ABC, None, basis="分別, second, " + Q9),
    m(NII, 1.5984e11, "CNY", ICBC, None, basis=Q9),
    m(NII, 1.4484e11, "CNY", ABC, None, basis=Q9),
    m(NII, 1.1098e11, "CNY", BOC, None, basis="the only one of the four with growth, " + Q9),
    m(NIIG, 1.6, "%", BOC, None, basis=Q9),
    m(FEEG, 24, "%", ABC, None, opt=True, basis="sub-heading rounding (手續費佣金漲24%)"),
    m(FEEG, 8.9, "%", CCB, None, basis=Q9),
    m(FEE, 2.445e10, "CNY", CCB, None, basis=Q9),
    m(REVG9, -1.8, "%", CCB, None, basis="收入仍要按年跌1.8% (printed beside the lead's -2%), " + Q9),
    m(REV9, 1.8094e11, "CNY", ABC, None, basis="營收, " + Q9),
    m(REVG9, 4.3, "%", ABC, None, basis=Q9),
    m(FEE, 1.844e10, "CNY", ABC, None, basis=Q9),
    m(FEEG, 23.6, "%", ABC, None, basis="大升, " + Q9),
    m(NPL, 1.33, "%", ICBC, None, basis="9月底 (no year printed)"),
    m(NPLC, -0.01, "bp", ICBC, None, basis="較去年底少0.01個基點 (as printed)"),
    m(NPLA, 4.0484e11, "CNY", ICBC, None, basis="不良貸款餘額, 9月底"),
    m(NPL, 1.27, "%", ABC, None, basis="9月底"),
    m(NPLC, -0.03, "bp", ABC, None, basis="少0.03個基點 (as printed)"),
    m(NPLA, 3.414e11, "CNY", ABC, None, basis="不良貸款額, 9月底"),
    m(NPL, 1.32, "%", CCB, None, basis="9月底"),
    m(NPLC, -0.02, "bp", CCB, None, basis="減0.02個基點 (as printed)"),
    m(NPLA, 3.6547e11, "CNY", CCB, None, basis="不良貸款額, 9月底"),
    m(NPL, 1.24, "%", BOC, None, basis="不良貸款率, 9月底"),
    m(NPLC, -0.01, "bp", BOC, None, basis="下降0.01基點 (as printed)"),
    m(NPLA, 2.8867e11, "CNY", BOC, None, basis="不良貸款總額, 9月底"),
    m("dividend_yield", 5.5, "%", ICBC + "|" + CCB + "|" + BOC, None,
      basis="sub-heading: 工中建股息率均約5.5厘 (body sentence cut)"),
    m(PC9, -0.5, "%", CCB, None, basis="昨日, before results (分別, first)"),
    m(PC9, -1.8, "%", ABC, None, basis="昨日 (分別, second)"),
    m(PC9, -0.2, "%", ICBC, None, basis="昨日 (分別, third)"),
    m(PC9, 0.2, "%", BOC, None, basis="昨日"),
], [])


# zh10: foreign brokers raise their targets on TSMC before its earnings call, figures in Chinese numerals (聯合報 on udn
# 聯合新聞網, Traditional; the headline "台積16日法說會 外資上調目標價最高1800元" and the byline "聯合報／ 記者徐牧民／台北報導"
# (with its space) kept as printed; the stored text breaks off inside the paragraph "滙豐也於報告中表示，…台積電有望於二○二六年
# 將CoWoS產能從九十三萬至九十五萬片提高到超過一百萬片，年增", so the passage ends with the paragraph before it).
# Key metric rows: the printed target changes 百分之卅七點九 (滙豐), 百分之卅五點八 (野村), 百分之十八點六 (麥格理), 百分之十四點二
# (花旗), 百分之十六點七 (高盛), 百分之十四 (大摩); 高盛's USD/TWD assumption raised from 廿九元 to 卅元 (value 30, prior 29).
# Optional: every target and old target as target_price rows (headline 1800元, lead 一千八百元, 滙豐 一三○五 -> 一千八百, 野村
# 一千三百一十 -> 一千七百八十, 麥格理 一千三百六十五 -> 一千六百廿, 花旗 一千四百 -> 一千六百, 高盛 一千三百七十 -> 一千六百, 大摩
# 一千三百八十八 -> 一千五百八十八); the old FX assumption 廿九元; the count 六大外資券商 (6 brokers).
# Rating actions (TWD): raise_target on 台積電 by 滙豐 1800 from 1305 with rating buy (給予「買進」); 野村 1780 from 1310,
# 麥格理 1620 from 1365, 花旗 1600 from 1400, 高盛 1600 from 1370, 大摩 1588 from 1388, each with rating None (the text says
# only that the brokers' ratings stay 「優於大盤」 or 「買進」, without saying which broker has which - news45 zh08 / news34
# zh08 practice).
# Judgement calls: "一三○五元" is read digit by digit (○ = 0) -> 1305; 廿 = 20, 卅 = 30; the headline's 1800元 and the lead's
# 一千八百元 are 滙豐's target (one rating action); 百分之十四 for 大摩 is 14 (1388 -> 1588 is 14.4%, labelled as printed); the
# FX assumption is a TWD-per-USD level with "美元兌新台幣" as entity alias; 十六日 / 十日 are dates, 二○二六年 / 二○二七年 years,
# 二奈米 a process node, 第四季 / 第二波 ordinals: no rows. Not labelled: the dropped paragraph's figures.
TSMC = "台積電|台積|台灣積體電路|台灣積體電路製造|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330|2330.TW"
HSBC10 = "滙豐|匯豐|滙豐證券|HSBC"
NOM10 = "野村|野村證券|Nomura"
MAC10 = "麥格理|麥格理證券|Macquarie"
CITI10 = "花旗|花旗環球|花旗證券|Citi|Citigroup"
GS10 = "高盛|高盛證券|Goldman Sachs"
MS10 = "摩根士丹利|大摩|Morgan Stanley"
TP = "target_price"
TPC = "target_price_change|target_change"
G["zh10"] = ([
    m(TP, 1800, "TWD", TSMC, None, opt=True, basis="headline: 外資上調目標價最高1800元 (滙豐)"),
    m("brokers|count", 6, "brokers", TSMC, None, opt=True, basis="六大外資券商 raised targets before the call"),
    m(TP, 1800, "TWD", TSMC, None, opt=True, basis="lead: 滙豐 一千八百元最高"),
    m(TP, 1800, "TWD", TSMC, None, prior=1305, opt=True, basis="滙豐, 由一三○五元上調至一千八百元"),
    m(TP, 1305, "TWD", TSMC, None, opt=True, basis="滙豐 old target 一三○五元"),
    m(TPC, 37.9, "%", TSMC, None, basis="滙豐, 調幅百分之卅七點九"),
    m(TP, 1780, "TWD", TSMC, None, prior=1310, opt=True, basis="野村, 從一千三百一十元上調至一千七百八十元"),
    m(TP, 1310, "TWD", TSMC, None, opt=True, basis="野村 old target"),
    m(TPC, 35.8, "%", TSMC, None, basis="野村, 調幅百分之卅五點八"),
    m(TP, 1620, "TWD", TSMC, None, prior=1365, opt=True, basis="麥格理, 一千三百六十五元 -> 一千六百廿元"),
    m(TP, 1365, "TWD", TSMC, None, opt=True, basis="麥格理 old target"),
    m(TPC, 18.6, "%", TSMC, None, basis="麥格理, 百分之十八點六"),
    m(TP, 1600, "TWD", TSMC, None, prior=1400, opt=True, basis="花旗, 一千四百元 -> 一千六百元"),
    m(TP, 1400, "TWD", TSMC, None, opt=True, basis="花旗 old target"),
    m(TPC, 14.2, "%", TSMC, None, basis="花旗, 百分之十四點二"),
    m(TP, 1600, "TWD", TSMC, None, prior=1370, opt=True, basis="高盛, 一千三百七十元 -> 一千六百元"),
    m(TP, 1370, "TWD", TSMC, None, opt=True, basis="高盛 old target"),
    m(TPC, 16.7, "%", TSMC, None, basis="高盛, 百分之十六點七"),
    m(TP, 1588, "TWD", TSMC, None, prior=1388, opt=True, basis="大摩, 一千三百八十八元 -> 一千五百八十八元"),
    m(TP, 1388, "TWD", TSMC, None, opt=True, basis="大摩 old target"),
    m(TPC, 14, "%", TSMC, None, basis="大摩, 百分之十四 (as printed)"),
    m("fx_assumption|exchange_rate_assumption|exchange_rate", 30, "TWD",
      "美元兌新台幣|USD/TWD|新台幣|New Taiwan dollar|" + TSMC, None, prior=29,
      basis="高盛's USD/TWD assumption, 由廿九元上調至卅元 (TWD per USD)"),
    m("fx_assumption|exchange_rate_assumption|exchange_rate", 29, "TWD",
      "美元兌新台幣|USD/TWD|新台幣|New Taiwan dollar|" + TSMC, None, opt=True, basis="高盛's old assumption 廿九元"),
], [
    ra(HSBC10, TSMC, "raise_target", "buy", None, 1800, 1305, "TWD"),
    ra(NOM10, TSMC, "raise_target", None, None, 1780, 1310, "TWD"),
    ra(MAC10, TSMC, "raise_target", None, None, 1620, 1365, "TWD"),
    ra(CITI10, TSMC, "raise_target", None, None, 1600, 1400, "TWD"),
    ra(GS10, TSMC, "raise_target", None, None, 1600, 1370, "TWD"),
    ra(MS10, TSMC, "raise_target", None, None, 1588, 1388, "TWD"),
])


# zh11: Taiwan central bank's quarterly policy meeting with its growth and inflation forecasts (自由時報 ec.ltn 即時新聞,
# Traditional; the photo caption "央行利率連6凍。圖為央行總裁楊金龍。（資料照）" left out (its 6 is the body's 「連6凍」 again);
# the byline "〔記者陳梅英／台北報導〕" and the full-width ８ of "1至８月" kept; the stored text breaks off inside the sentence
# "重貼現率、擔保放款融通利率及短期融通利率，分別維持", so the passage ends with the paragraph before it; no headline in the
# stored text, none composed).
# Key: policy rate held at 2% (prior = level); this year's GDP growth forecast 4.55% (prior: the earlier 3.05%) and the
# revision +1.5 pp; first-half growth 6.75% ("H1"); second-half forecast 2.51% ("H2"); next year's forecast 2.68%; the
# January-August CPI average 1.83% and core CPI 1.64%; this year's CPI / core CPI forecasts 1.75% / 1.67%; last year's
# 2.18% / 1.88%.
# Optional: 「連6凍」 (6 consecutive holds); the lead's 4.55% (twin); the earlier forecast 3.05% as a row of its own; "降至2%以下"
# (an inflation threshold, open upper bound).
# Judgement calls: no year is printed, so 今年 / 明年 / 上年 / 1至８月 take period None (span in basis) and 上半年 / 下半年 take
# "H1" / "H2"; "維持在2%不動" gives the rate with prior = level and no zero-change row (news47 zh04 "(持平)", news48 zh09
# "維持於"); "較先前預期3.05%上調1.5個百分點" gives value 4.55 with prior 3.05 and a key +1.5 pp revision row; "下修" CPI
# forecasts print no earlier value (no prior); "分別…1.75%、1.67%" and "1.83%…1.64%" map in order. Not labelled: 7月 (a
# month without a figure of its own).
CBC = "中央銀行|央行|Central Bank of the Republic of China (Taiwan)|CBC|Taiwan central bank|Central Bank"
TW11 = "台灣|Taiwan|台灣經濟|Taiwan economy|" + CBC
CPI11 = "消費者物價指數|CPI|Taiwan CPI|" + TW11
CORE11 = "核心CPI|core CPI|不含蔬果及能源之CPI|" + TW11
GDPF = "gdp_growth_forecast|gdp_growth|economic_growth_forecast|economic_growth"
CPIF = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi_growth|inflation"
CPIA = "cpi_growth|cpi_inflation|inflation|cpi_yoy"
G["zh11"] = ([
    m("policy_rate|interest_rate|rate", 2, "%", CBC, None, prior=2, basis="政策利率維持在2%不動 (held)"),
    m("rate_hold_streak|streak", 6, "meetings", CBC, None, opt=True, basis="「連6凍」"),
    m(GDPF, 4.55, "%", TW11, None, opt=True, basis="lead twin: 上調今年經濟成長率至4.55%"),
    m("gdp_growth|economic_growth", 6.75, "%", TW11, "H1", basis="上半年 actual (no year printed), 優於預期"),
    m(GDPF, 2.51, "%", TW11, "H2", basis="下半年 forecast (no year printed)"),
    m(GDPF, 4.55, "%", TW11, None, prior=3.05, basis="今年 full-year forecast; prior = 先前預期3.05%"),
    m(GDPF, 3.05, "%", TW11, None, opt=True, basis="earlier forecast (先前預期)"),
    m("gdp_growth_forecast_revision|forecast_revision|revision", 1.5, "pp", TW11, None, basis="上調1.5個百分點"),
    m(GDPF, 2.68, "%", TW11, None, basis="明年 forecast (no year printed)"),
    m(CPIA, 1.83, "%", CPI11, None, basis="1至８月 average yoy (平均年增率, no year printed)"),
    m("core_cpi_growth|core_inflation|" + CPIA, 1.64, "%", CORE11, None, basis="1至８月, yoy"),
    m(CPIF, 1.75, "%", CPI11, None, basis="本年 forecast, 下修"),
    m("core_cpi_forecast|core_inflation_forecast|" + CPIF, 1.67, "%", CORE11, None, basis="本年 forecast, 下修"),
    m(CPIA, 2.18, "%", CPI11, None, basis="上年 actual (no year printed)"),
    m("core_cpi_growth|core_inflation|" + CPIA, 1.88, "%", CORE11, None, basis="上年 actual"),
    m(CPIF, None, "%", TW11, None, rng=(None, 2), opt=True, basis="今年國內通膨率將降至2%以下 (threshold)"),
], [])


# zh12: Taiwan close with institutional flows and foreign investors' ten largest net sales by stock (ETtoday 新聞雲 財經,
# Traditional; the photo caption "▲外資今調節台積電1.2萬張。（圖／記者高兆麟攝）" left out (its 1.2萬張 a rounding of the body's
# 1萬2681張); the byline "記者巫彩蓮／台北報導" kept; no headline in the stored text, none composed; the source's slips kept:
# "三大指" (for 三大指數), "下跌345.5點跌幅1.25%" run together, "本周五個交易" (no 日), "都是站在方" (the 賣 missing), "以京元電子"
# (以 for 及), "10月來以累計" (以 for 已), "967.99億" without 元, and the half-width brackets of "(2887)"; the stored excerpt ends
# with the weekly sentence).
# Key: TAIEX -345.5 points, -1.25%, close 27302.37; foreign net selling 219.97億元 (調節, 由買轉賣; negative); institutional
# net selling 316.88億元; investment trusts -58.36億元; dealers -38.55億元, of which proprietary +1.54億元 and hedging
# -40.09億元; foreign net selling by stock in 張 (negative): 華邦電 4萬485, 台新新光金 3萬964, 華新 1萬9445, 緯創 1萬8565,
# 台積電 1萬2681, 友達 8385, 神達 8193, 瀚宇博 5522, 強茂 5273, 京元電子 5014; foreign net buying 昨日 129.59億元; the week's
# foreign net selling 967.99億 and the month-to-date 527.31億元.
# Optional: the second printings of 219.97億元, 316.88億元 and 台積電's 1萬2681張; yesterday's record high 27732點 (a prior
# day's high); "逼近千億元" (an approached level, news47 zh07); the counts 8檔 / 1檔 / 1檔 (electronics / financial /
# traditional among the ten) and the 五個交易 (5) / 四個交易日 (4) of the week.
# Judgement calls: per-stock flows take the stock as entity (foreign investors in basis), unit "lots" for 張; "自營商轉賣超
# 38.55億元" is the dealers' net total and the two parts are rows of their own; the ranks (第五大, 第一名 … 第十) carry no rows;
# "周四（16）日" / "今（17）" are dates without a month or year -> period None. Not labelled: the stock codes, 第三季 (no
# figure).
TAIEX = "台股|加權指數|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|Taiwan stocks"
FI = "外資|外資及陸資|foreign investors|foreign institutional investors"
IT = "投信|investment trusts|domestic investment trusts"
DL = "自營商|dealers|securities dealers|proprietary traders"
INST = "三大法人|three major institutional investors|institutional investors"
NB = "net_buy|net_buying|net_sell|fund_flow|net_flow"
FNS = "foreign_net_sell|foreign_net_buy|net_sell|net_buy|net_flow"
D17 = "今（17）"


def fs12(name, v, extra=""):
    return m(FNS, v, "lots", name, None, basis="外資賣超 (張), " + D17 + extra)


G["zh12"] = ([
    m("index_change", -345.5, "points", TAIEX, None, basis=D17 + ", 下跌"),
    m("index_change|index_change_pct", -1.25, "%", TAIEX, None, basis=D17 + ", 跌幅"),
    m("index_level|index_close|close", 27302.37, "points", TAIEX, None, basis=D17 + ", 作收"),
    m(NB, -2.1997e10, "TWD", FI, None, basis="外資由買轉賣調節219.97億元, " + D17),
    fs12("台積電|台灣積體電路|TSMC|Taiwan Semiconductor|2330", -12681, ", 第五大 (lead)"),
    m(NB, -3.1688e10, "TWD", INST, None, basis="合計賣超, " + D17),
    m("index_high|index_level", 27732, "points", TAIEX, None, opt=True, basis="昨日 (16日) 創下高點"),
    m(NB, -3.1688e10, "TWD", INST, None, opt=True, basis="second printing"),
    m(NB, -2.1997e10, "TWD", FI, None, opt=True, basis="second printing"),
    m(NB, -5.836e9, "TWD", IT, None, basis="投信賣超, " + D17),
    m(NB, -3.855e9, "TWD", DL, None, basis="自營商轉賣超 (total), " + D17),
    m(NB, 1.54e8, "TWD", "自營商自行買賣|自行買賣|dealers (proprietary)|" + DL, None, basis="自行買賣部分買超, " + D17),
    m(NB, -4.009e9, "TWD", "自營商避險|避險|dealers (hedging)|" + DL, None, basis="避險方面賣超, " + D17),
    m("stocks|count", 8, "stocks", "電子股|electronics stocks", None, opt=True, basis="8 of the top ten foreign net sales"),
    m("stocks|count", 1, "stocks", "金融股|financial stocks", None, opt=True, basis="各1檔 (financial)"),
    m("stocks|count", 1, "stocks", "傳產股|traditional-industry stocks", None, opt=True, basis="各1檔 (traditional)"),
    fs12("華邦電|華邦|Winbond|Winbond Electronics|2344", -40485, ", 第一名"),
    fs12("台新新光金|台新金|新光金|Taishin|Taishin Financial|2887", -30964, ", 第二名"),
    fs12("華新|華新麗華|Walsin Lihwa|1605", -19445, ", 第三名"),
    fs12("緯創|緯創資通|Wistron|3231", -18565, ", 第四名"),
    m(FNS, -12681, "lots", "台積電|台灣積體電路|TSMC|Taiwan Semiconductor|2330", None, opt=True,
      basis="second printing, 第五名"),
    fs12("友達|友達光電|AUO|AU Optronics|2409", -8385, ", 第六名"),
    fs12("神達|神達電腦|MiTAC|3706", -8193, ", 第七名"),
    fs12("瀚宇博|瀚宇博德|HannStar Board|5469", -5522, ", 第八名"),
    fs12("強茂|Panjit|PANJIT|2481", -5273, ", 第九名"),
    fs12("京元電子|京元電|KYEC|King Yuan Electronics|2449", -5014, ", 第十名"),
    m("trading_days|days", 5, "days", FI, None, opt=True, basis="本周五個交易"),
    m(NB, 1.2959e10, "TWD", FI, None, basis="昨日 (16日) 買超, the week's only buying day"),
    m("trading_days|days", 4, "days", FI, None, opt=True, basis="其他四個交易日"),
    m(NB, -9.6799e10, "TWD", FI, None, basis="單周合計賣超 967.99億 (no 元 printed)"),
    m(NB, -1e11, "TWD", FI, None, opt=True, basis="逼近千億元 (approached level)"),
    m(NB, -5.2731e10, "TWD", FI, None, basis="10月來累計賣超 (month to date)"),
], [])
