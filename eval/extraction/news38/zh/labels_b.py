# Hand labels for news38/zh, batch b (zh07-zh12; all six Traditional: five Hong Kong, one Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: the development corpus's README and scorer
# (score.py) and the "Conventions decided" sections of news36/zh and news37/zh (with the top comments of their labels files).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 / 仙 = HKD (zh07, zh08, zh09, zh12, and zh10's HKD
# aggregates); explicit 人民幣 -> CNY (zh10 RMB deposits and remittances); the Taiwan item's 億元 / 元 are TWD (Taipei
# byline, 時報) (zh11). Values fully scaled (105.04億元 -> 1.0504e10; 3700萬元 -> 3.7e7; 245.1仙 -> 2.451 HKD; 10018億元人民幣
# -> 1.0018e12 CNY; 1272 .71億元 -> 1.27271e11 TWD; 4610萬元 -> 4.61e7; 4100萬股 -> 4.1e7 shares). 約X / 近X -> X; 逾X -> an
# open bound, optional unless it is the only figure for a core quantity; 一成 = 10 %. Declines negative (跌, 減少, 季減少,
# 挫, 狂瀉, 蝕, 下跌, 破底); % vs 個百分點 (pp) as printed.
# Periods only from the text: zh07 prints "2017年度" / "2017年" -> FY2017, its 第四季 -> 2017Q4, 年底 -> 2017-12-31; zh10's
# dateline "31/10/2025" with "今年9月份" -> 2025-09, "8月份" -> 2025-08, month-ends as dates, "由年初截至九月底" ->
# "2025-01..09"; zh11 "第二季" / "上半年" without a year -> "Q2" / "H1"; zh08 (no period), zh09 (昨 only) and zh12 (今(5)日,
# 昨日, no year) -> None. URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline / sub-heading and body, lead and detail paragraph) is one row; a rounded sub-heading
# version of a body figure is optional. Broker targets are also target_price metric rows besides the rating actions; an
# earlier target printed beside the new one is the prior and an optional row of its own. AASTOCKS inline quotes and
# "相關內容" headlines are optional. Entities list names as printed plus Traditional / Simplified / English forms and codes.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong-listed gaming company's annual results: Galaxy Entertainment (銀娛, 00027) FY2017 (星島 std.stheadline
# instant news; headline "【27】銀娛去年EBITDA升37%至141億元" and the dateline "2018-02-28 12:56" kept; whole item).
# Key: net profit 105.04億元 (+67.18%); EPS 245.1仙; special dividend 0.41元 and the year's total 1元; adjusted EBITDA 141億元
# (+37%, headline repeats) with the low-win-rate drag 約3700萬元 and the normalised 142億元 (+44%); Q4 adjusted EBITDA 42億元
# (+40% yoy, +18% qoq), the high-win-rate boost 約5200萬元 and the normalised 41億元 (+46% yoy, +13% qoq); revenue 625億元
# (+18%); adjusted attributable profit 110億元 (+61%); gaming revenue 580億元 (+17%), mass 242億元 (+15%), VIP 316億元 (+19%);
# year-end cash and liquid investments 414億元 and net cash 317億元.
# Judgement calls: "純利" is the reported profit (no "attributable" printed), separate from the "經調整股東應佔溢利" row
# (basis "adjusted, excl. non-recurring"); the win-rate effects are signed EBITDA-impact rows (減少 -> negative, 增加 ->
# positive); normalised EBITDA rows carry "normalised hold" in basis; the mass and VIP segments take their own names as
# entity with the company as alias; the headline's "去年" is the body's 2017. Not labelled: 00027 (code), 12:56.
GAL = "銀娛|銀河娛樂|銀河娛樂集團|Galaxy Entertainment|Galaxy Entertainment Group|GEG|00027|27|0027.HK"
MASS = "中場|中場業務|mass|mass market|" + GAL
VIP = "貴賓廳|貴賓廳業務|VIP|VIP rolling chip|" + GAL
EB = "adjusted_ebitda|ebitda"
EBG = "adjusted_ebitda_growth|ebitda_growth"
EBI = "adjusted_ebitda_impact|ebitda_impact|win_rate_impact"
F7 = "FY2017"
Q7 = "2017Q4"
G["zh07"] = ([
    m("net_profit", 1.0504e10, "HKD", GAL, F7, basis="純利; above market expectations"),
    m("net_profit_growth", 67.18, "%", GAL, F7, basis="yoy"),
    m("eps|basic_eps", 2.451, "HKD", GAL, F7, basis="245.1仙"),
    m("special_dividend|dividend|dps", 0.41, "HKD", GAL, F7, basis="special dividend per share"),
    m("dividend|total_dividend|dps", 1, "HKD", GAL, F7, basis="total for the year incl. the two earlier special dividends"),
    m(EB, 1.41e10, "HKD", GAL, F7, basis="adjusted; headline repeats"),
    m(EBG, 37, "%", GAL, F7, basis="yoy; headline repeats"),
    m(EBI, -3.7e7, "HKD", GAL, F7, basis="約; low win rate in gaming reduced adjusted EBITDA"),
    m(EB, 1.42e10, "HKD", GAL, F7, basis="adjusted, normalised hold (淨贏率正常化後)"),
    m(EBG, 44, "%", GAL, F7, basis="yoy, normalised hold"),
    m(EB, 4.2e9, "HKD", GAL, Q7, basis="adjusted, fourth quarter"),
    m(EBG, 40, "%", GAL, Q7, basis="yoy"),
    m(EBG, 18, "%", GAL, Q7, basis="qoq"),
    m(EBI, 5.2e7, "HKD", GAL, Q7, basis="約; high win rate added to adjusted EBITDA"),
    m(EB, 4.1e9, "HKD", GAL, Q7, basis="adjusted, normalised hold"),
    m(EBG, 46, "%", GAL, Q7, basis="yoy, normalised hold"),
    m(EBG, 13, "%", GAL, Q7, basis="qoq, normalised hold"),
    m("revenue|net_revenue", 6.25e10, "HKD", GAL, F7, basis="收益"),
    m("revenue_growth", 18, "%", GAL, F7, basis="yoy"),
    m("adjusted_net_profit|adjusted_attributable_profit|net_profit", 1.1e10, "HKD", GAL, F7,
      basis="adjusted attributable profit, excl. non-recurring items"),
    m("adjusted_net_profit_growth|adjusted_attributable_profit_growth|net_profit_growth", 61, "%", GAL, F7, basis="yoy"),
    m("gaming_revenue|gross_gaming_revenue", 5.8e10, "HKD", GAL, F7, basis="total gaming revenue, management basis"),
    m("gaming_revenue_growth|gross_gaming_revenue_growth", 17, "%", GAL, F7, basis="yoy"),
    m("gaming_revenue|mass_gaming_revenue|revenue", 2.42e10, "HKD", MASS, F7, basis="mass gaming revenue"),
    m("gaming_revenue_growth|mass_gaming_revenue_growth|revenue_growth", 15, "%", MASS, F7, basis="yoy"),
    m("gaming_revenue|vip_gaming_revenue|revenue", 3.16e10, "HKD", VIP, F7, basis="VIP gaming revenue"),
    m("gaming_revenue_growth|vip_gaming_revenue_growth|revenue_growth", 19, "%", VIP, F7, basis="yoy"),
    m("cash_and_liquid_investments|cash|cash_and_investments", 4.14e10, "HKD", GAL, "2017-12-31",
      basis="cash and liquid investments at year-end"),
    m("net_cash", 3.17e10, "HKD", GAL, "2017-12-31", basis="year-end"),
], [])


# zh08: 大行 rating / target table on Macau gaming stocks: Morgan Stanley (大摩) on 美高梅中國, 銀河娛樂, 金沙中國, 永利澳門,
# 澳博控股 (AASTOCKS, Traditional, NOW.1492634; the intro sentence is reworded, the table rows, inline quotes, delayed-quote
# boilerplate and the "相關內容" headline are kept as printed, one row per line; no period printed -> None).
# Key: five target_price rows (16.5 from 19; 44 from 43; 23; 7.4; 2.3 HKD) and five rating actions.
# Optional: the previous targets 19 and 43 as rows of their own; the inline quotes (price change in HKD and %, short-selling
# turnover and ratio for each stock); the related headline's 美高梅中國 "挫逾13%" (open bound) and the licence fees
# "按年倍升" (+100 %).
# Rating actions (HKD): 大摩 downgrade 美高梅中國 overweight (增持) -> equal-weight (與大市同步), 19 -> 16.5; upgrade 銀河娛樂
# equal-weight -> overweight, 43 -> 44; maintain 金沙中國 overweight 23, 永利澳門 overweight 7.4, 澳博控股 underweight (減持)
# 2.3 (table rows without a change -> maintain, corpus).
# Judgement calls: "與大市同步" = equal-weight (Morgan Stanley's scale, as news11 zh); the inline quotes and short-selling
# figures are as of the boilerplate's time stamp, not part of the note; 2025-12-30 16:25 and wl/da are not labelled.
MS8 = "大摩|摩根士丹利|Morgan Stanley"
MGM8 = "美高梅中國|美高梅|MGM China|02282|2282|02282.HK"
GAL8 = "銀河娛樂|銀娛|Galaxy Entertainment|GEG|00027|27|00027.HK"
SC8 = "金沙中國|金沙|Sands China|01928|1928|01928.HK"
WY8 = "永利澳門|永利|Wynn Macau|01128|1128|01128.HK"
SJM8 = "澳博控股|澳博|SJM Holdings|SJM|00880|880|00880.HK"


def q8(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '-0.270 (-2.091%) 沽空 $4.33千萬; 比率 16.294%' -> all optional (corpus)."""
    return [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
            m("price_change", pct, "%", ent, opt=True, basis="inline quote"),
            m("short_selling_turnover", short, "HKD", ent, opt=True, basis="inline quote"),
            m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote")]


G["zh08"] = ([
    m("target_price", 16.5, "HKD", MGM8, None, prior=19, basis="大摩; 增持 -> 與大市同步"),
    m("target_price", 19, "HKD", MGM8, None, opt=True, basis="大摩 previous target"),
    m("target_price", 44, "HKD", GAL8, None, prior=43, basis="大摩; 與大市同步 -> 增持"),
    m("target_price", 43, "HKD", GAL8, None, opt=True, basis="大摩 previous target"),
    m("target_price", 23, "HKD", SC8, None, basis="大摩; 增持"),
    m("target_price", 7.4, "HKD", WY8, None, basis="大摩; 增持"),
    m("target_price", 2.3, "HKD", SJM8, None, basis="大摩; 減持"),
    *q8(MGM8, -0.270, -2.091, 4.33e7, 16.294),
    *q8(GAL8, 0.180, 0.476, 7.50e7, 19.493),
    *q8(SC8, -0.200, -1.005, 6.01e7, 21.978),
    *q8(WY8, -0.090, -1.505, 1.41e7, 26.314),
    *q8(SJM8, -0.050, -2.058, 5.84e6, 14.894),
    m("price_change", None, "%", MGM8, None, rng=(None, -13), opt=True, basis="related headline: 挫逾13%"),
    m("licence_fee_growth|license_fee_growth|fee_growth", 100, "%", MGM8, None, opt=True,
      basis="related headline: fees to the parent next year 按年倍升 (doubling)"),
], [
    ra(MS8, MGM8, "downgrade", "equal-weight", "overweight", 16.5, 19, "HKD"),
    ra(MS8, GAL8, "upgrade", "overweight", "equal-weight", 44, 43, "HKD"),
    ra(MS8, SC8, "maintain", "overweight", None, 23, None, "HKD"),
    ra(MS8, WY8, "maintain", "overweight", None, 7.4, None, "HKD"),
    ra(MS8, SJM8, "maintain", "underweight", None, 2.3, None, "HKD"),
])


# zh09: 港股 close with 恒指, 國指, 科指, turnover, 北水 and named movers (明報 pns; the stored text prints no headline (the
# address carries one), none composed; the two sub-headings kept; the passage stops after the 中生製藥 sentence, before
# the 翰森製藥 sentence; "昨" only -> period None).
# Key: HSI close 25,122 (-53 points); 國指 9006 (-27); 科指 5542 (-37); main-board turnover 2782億元; 北水 turnover 近845億元
# (-7%) and its share of turnover 30.37%; 北水 net inflow 185.73億元; 東方甄選 net sold by 北水 5.1億元, close 34.32元 (-20.9%),
# turnover 93億元, 北水 accumulated purchases 4100萬股; 新東方 -2.2%; 騰訊 +近1%; 小米 and 舜宇 -約1%; 歌禮製藥's placing at a
# 一成 (10%) discount and its -15% (sub-heading repeats).
# Optional: the intraday moves (升近100點, 倒跌近百點), the turnover fall "減逾一成" (bound), the 4-day losing run and the
# 4-day inflow streak, 東方甄選's intraday +23.8% / 53.7元 / 狂瀉逾36%, the rumoured commission 逾30%, the 5 trading days in
# the top-10 list, the 北水 holding 逾30.4% (bound), 中生製藥's 跌逾6.5% (bound), and the sub-heading's rounded 30%.
# Judgement calls: the index moves are signed closes; "北水買賣…近845億元" is southbound turnover (both sides), "淨流入" the
# net buying; 東方甄選's "淨賣出…涉5.1億元" is a southbound net-selling amount kept positive under a net-selling metric (basis
# says so); named moves stated exactly or as 近X / 約X are key, 逾X moves optional (corpus); the placement discount is a
# key 10 % row for 歌禮製藥. Not labelled: stock codes, 下午近3時, 一周低位, 1個月.
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國指|國企指數|恒生中國企業指數|H股指數|HSCEI|Hang Seng China Enterprises Index"
HST9 = "科指|恒生科技指數|恒生科指|HSTECH|Hang Seng TECH Index"
MKT9 = "大市|港股|主板|HK market|Main Board"
SB9 = "北水|南向資金|港股通|southbound|Southbound Connect"
DF9 = "東方甄選|East Buy|01797|1797"
NO9 = "新東方|新東方教育科技|New Oriental|09901|9901|EDU"
TC9 = "騰訊|騰訊控股|Tencent|00700|0700|700"
XM9 = "小米|小米集團|Xiaomi|01810|1810"
SY9 = "舜宇|舜宇光學|舜宇光學科技|Sunny Optical|02382|2382"
AS9 = "歌禮製藥|歌禮|Ascletis|Ascletis Pharma|01672|1672"
SB9b = "中生製藥|中國生物製藥|Sino Biopharm|Sino Biopharmaceutical|01177|1177"
G["zh09"] = ([
    m("index_change", 100, "points", HSI9, None, opt=True, basis="midday intraday, 近100點"),
    m("index_change", -100, "points", HSI9, None, opt=True, basis="afternoon intraday, 倒跌近百點"),
    m("index_change", -53, "points", HSI9, None, basis="close"),
    m("index_level", 25122, "points", HSI9, None, basis="close; one-week low"),
    m("losing_streak|consecutive_declines", 4, "sessions", HSI9, None, opt=True, basis="連跌4個交易日"),
    m("index_level", 9006, "points", HSCEI9, None, basis="close"),
    m("index_change", -27, "points", HSCEI9, None, basis="close"),
    m("index_change", -37, "points", HST9, None, basis="close"),
    m("index_level", 5542, "points", HST9, None, basis="close"),
    m("turnover|market_turnover", 2.782e11, "HKD", MKT9, None, basis="main board"),
    m("turnover_change|market_turnover_change", None, "%", MKT9, None, rng=(None, -10), opt=True, basis="減逾一成"),
    m("southbound_turnover|turnover", 8.45e10, "HKD", SB9, None, basis="近845億元, buy and sell"),
    m("southbound_turnover_change|turnover_change", -7, "%", SB9, None),
    m("southbound_share_of_turnover|turnover_share|share", 30.37, "%", SB9, None,
      basis="share of total HK turnover, highest in about a month"),
    m("southbound_share_of_turnover|turnover_share|share", 30, "%", SB9, None, opt=True, basis="sub-heading, rounded"),
    m("southbound_net_inflow|southbound_net_buying|net_inflow", 1.8573e10, "HKD", SB9, None, basis="4th straight day"),
    m("inflow_streak|consecutive_inflows", 4, "days", SB9, None, opt=True, basis="連續第4日淨流入"),
    m("southbound_net_selling|net_selling|southbound_net_sell", 5.1e8, "HKD", DF9, None,
      basis="largest southbound net sale (淨賣出), amount kept positive"),
    m("price_change", 23.8, "%", DF9, None, opt=True, basis="early intraday"),
    m("price|intraday_high", 53.7, "HKD", DF9, None, opt=True, basis="early intraday high"),
    m("price_change", None, "%", DF9, None, rng=(None, -36), opt=True, basis="intraday fall from the high, 狂瀉逾36%"),
    m("price_change", -20.9, "%", DF9, None, basis="close"),
    m("price|share_price", 34.32, "HKD", DF9, None, basis="close"),
    m("turnover", 9.3e9, "HKD", DF9, None),
    m("commission_rate|commission_ratio", None, "%", DF9, None, rng=(30, None), opt=True, basis="rumour, 長期逾30%"),
    m("price_change", -2.2, "%", NO9, None),
    m("trading_days|days", 5, "days", DF9, None, opt=True, basis="days in the Stock Connect top-10 list in a month"),
    m("southbound_purchases|shares_bought|southbound_holding_change", 4.1e7, "shares", DF9, None,
      basis="累積增持, past month incl. yesterday"),
    m("southbound_holding|southbound_shareholding|holding_ratio", None, "%", DF9, None, rng=(30.4, None), opt=True,
      basis="北水持股比例 逾30.4%"),
    m("price_change", 1, "%", TC9, None, basis="升近1%"),
    m("price_change", -1, "%", XM9, None, basis="約1%, before results"),
    m("price_change", -1, "%", SY9, None, basis="約1%, before results"),
    m("placement_discount|discount", 10, "%", AS9, None, basis="折讓一成配股"),
    m("price_change", -15, "%", AS9, None, basis="sub-heading repeats"),
    m("price_change", None, "%", SB9b, None, rng=(None, -6.5), opt=True, basis="跌逾6.5%, worst blue chip"),
], [])


# zh10: 金管局 monthly monetary statistics for September 2025 as reported by 經濟通 (etnet; the dateline "31/10/2025 17:14",
# the 《本港經濟》 headline and 《經濟通通訊社31日專訊》 kept; whole item).
# Key: total deposits +1.3% mom, HKD deposits +1.4% (headline repeats), foreign-currency deposits +1.3%; year-to-date total
# +10.2% and HKD +4.1%; RMB deposits +3.5% (headline repeats) to 10018億元人民幣; RMB trade-settlement remittances 11232億元人民幣
# (September) and 9969億元人民幣 (August); loans and advances +0.7% mom and +1.6% ytd, loans for use in Hong Kong +0.6% and
# outside Hong Kong +0.7%; HKD loan-to-deposit ratio 73.6% (from 74.6%); HKD M2 and M3 +1.4% mom and +4.5% yoy; seasonally
# adjusted HKD M1 -1.4% mom and +11.5% yoy; total M2 and M3 +1.3% mom and +11.1% yoy.
# Optional: the end-August ratio 74.6% as a row of its own.
# Judgement calls: the dateline's 2025 fixes "今年9月份" (2025-09); month-on-month changes carry "mom" in basis, changes
# "與去年同期比較" "yoy", "由年初截至九月底" changes take the span "2025-01..09"; the RMB deposit level at "9月底" takes
# 2025-09-30; the LDR "由8月底的74.6%，下跌至9月底的73.6%" is a level with prior (news37 convention), not a pp change; M2
# and M3 printed together give one row each. Not labelled: 31日, 17:14.
HK10 = "香港|本港|Hong Kong|金管局|香港金融管理局|HKMA|Hong Kong Monetary Authority|認可機構|authorized institutions"
P10 = "2025-09"
YTD = "2025-01..09"
DG = "deposit_growth|deposits_growth"
G["zh10"] = ([
    m(DG, 1.3, "%", "存款總額|total deposits|" + HK10, P10, basis="mom, total deposits"),
    m(DG + "|hkd_deposit_growth", 1.4, "%", "港元存款|Hong Kong dollar deposits|HKD deposits|" + HK10, P10,
      basis="mom; headline repeats"),
    m(DG + "|foreign_currency_deposit_growth", 1.3, "%", "外幣存款|foreign currency deposits|" + HK10, P10, basis="mom"),
    m(DG, 10.2, "%", "存款總額|total deposits|" + HK10, YTD, basis="year to date (由年初截至九月底)"),
    m(DG + "|hkd_deposit_growth", 4.1, "%", "港元存款|Hong Kong dollar deposits|HKD deposits|" + HK10, YTD,
      basis="year to date"),
    m(DG + "|rmb_deposit_growth", 3.5, "%", "人民幣存款|renminbi deposits|RMB deposits|" + HK10, P10,
      basis="mom; headline repeats"),
    m("deposits|rmb_deposits", 1.0018e12, "CNY", "人民幣存款|renminbi deposits|RMB deposits|" + HK10, "2025-09-30",
      basis="end-September level"),
    m("rmb_trade_settlement_remittances|trade_settlement_remittances|remittances", 1.1232e12, "CNY",
      "跨境貿易結算人民幣匯款|RMB trade settlement|" + HK10, P10, basis="monthly total"),
    m("rmb_trade_settlement_remittances|trade_settlement_remittances|remittances", 9.969e11, "CNY",
      "跨境貿易結算人民幣匯款|RMB trade settlement|" + HK10, "2025-08", basis="monthly total, previous month"),
    m("loan_growth|loans_growth", 0.7, "%", "貸款與墊款總額|total loans and advances|" + HK10, P10, basis="mom"),
    m("loan_growth|loans_growth", 1.6, "%", "貸款與墊款總額|total loans and advances|" + HK10, YTD, basis="year to date"),
    m("loan_growth|loans_growth", 0.6, "%", "在香港使用的貸款|loans for use in Hong Kong|" + HK10, P10,
      basis="mom, incl. trade finance"),
    m("loan_growth|loans_growth", 0.7, "%", "香港境外使用的貸款|loans for use outside Hong Kong|" + HK10, P10, basis="mom"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 73.6, "%", "港元貸存比率|HKD loan-to-deposit ratio|" + HK10,
      "2025-09-30", prior=74.6, basis="end-September, from end-August"),
    m("loan_to_deposit_ratio|hkd_loan_to_deposit_ratio", 74.6, "%", "港元貸存比率|HKD loan-to-deposit ratio|" + HK10,
      "2025-08-31", opt=True, basis="end-August"),
    m("m2_growth|money_supply_growth", 1.4, "%", "港元貨幣供應量M2|HKD M2|M2|" + HK10, P10, basis="mom, Hong Kong dollar M2"),
    m("m3_growth|money_supply_growth", 1.4, "%", "港元貨幣供應量M3|HKD M3|M3|" + HK10, P10, basis="mom, Hong Kong dollar M3"),
    m("m2_growth|money_supply_growth", 4.5, "%", "港元貨幣供應量M2|HKD M2|M2|" + HK10, P10, basis="yoy, Hong Kong dollar M2"),
    m("m3_growth|money_supply_growth", 4.5, "%", "港元貨幣供應量M3|HKD M3|M3|" + HK10, P10, basis="yoy, Hong Kong dollar M3"),
    m("m1_growth|money_supply_growth", -1.4, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK10, P10,
      basis="mom, seasonally adjusted"),
    m("m1_growth|money_supply_growth", 11.5, "%", "港元貨幣供應量M1|HKD M1|M1|" + HK10, P10,
      basis="yoy, seasonally adjusted"),
    m("m2_growth|money_supply_growth", 1.3, "%", "貨幣供應量總額M2|total M2|M2|" + HK10, P10, basis="mom, total M2"),
    m("m3_growth|money_supply_growth", 1.3, "%", "貨幣供應量總額M3|total M3|M3|" + HK10, P10, basis="mom, total M3"),
    m("m2_growth|money_supply_growth", 11.1, "%", "貨幣供應量總額M2|total M2|M2|" + HK10, P10, basis="yoy, total M2"),
    m("m3_growth|money_supply_growth", 11.1, "%", "貨幣供應量總額M3|total M3|M3|" + HK10, P10, basis="yoy, total M3"),
], [])


# zh11: Taiwan listed company's quarterly results: MediaTek (聯發科, 2454) second quarter (時報 on Yahoo 奇摩股市; the
# headline "《半導體》淨利季減、年增 聯發科Q2每股賺16.19元", the byline and "今(31)日" kept, and the odd spacing "1272 .71億元";
# whole stored item; no year printed).
# Key: revenue 1272 .71億元 (-4.6% qoq, +29.7% yoy); gross margin 48.8% (-3.6 pp qoq, +1.3 pp yoy; repeated in the last
# paragraph); operating profit 249.56億元 (-22.4% qoq, +69.2% yoy); net profit 259.55億元 (-18% qoq, +62% yoy; lead repeats);
# EPS 16.19元 (headline and lead repeat); first-half EPS 36.04元.
# Judgement calls: "第二季" / "上半年" without a year -> "Q2" / "H1"; 新台幣 is implied by the Taipei byline and the
# Taiwan listing (TWD); "季減少" / "年增加" growth rows carry qoq / yoy in basis; the headline's "淨利季減、年增" carries no
# figure. Not labelled: 2454 (code), 31日.
MTK = "聯發科|聯發科技|MediaTek|2454|2454.TW"
Q = "Q2"
G["zh11"] = ([
    m("revenue|consolidated_revenue", 1.27271e11, "TWD", MTK, Q, basis="consolidated, printed 1272 .71億元"),
    m("revenue_growth", -4.6, "%", MTK, Q, basis="qoq"),
    m("revenue_growth", 29.7, "%", MTK, Q, basis="yoy"),
    m("gross_margin", 48.8, "%", MTK, Q, basis="consolidated; repeated in the last paragraph"),
    m("gross_margin_change", -3.6, "pp", MTK, Q, basis="qoq; one-off items in Q1"),
    m("gross_margin_change", 1.3, "pp", MTK, Q, basis="yoy; better product mix"),
    m("operating_profit|operating_income", 2.4956e10, "TWD", MTK, Q, basis="consolidated"),
    m("operating_profit_growth|operating_income_growth", -22.4, "%", MTK, Q, basis="qoq"),
    m("operating_profit_growth|operating_income_growth", 69.2, "%", MTK, Q, basis="yoy"),
    m("net_profit|net_income", 2.5955e10, "TWD", MTK, Q, basis="consolidated 本期淨利"),
    m("net_profit_growth|net_income_growth", -18, "%", MTK, Q, basis="qoq; lead repeats"),
    m("net_profit_growth|net_income_growth", 62, "%", MTK, Q, basis="yoy; lead repeats"),
    m("eps", 16.19, "TWD", MTK, Q, basis="headline and lead repeat"),
    m("eps|cumulative_eps", 36.04, "TWD", MTK, "H1", basis="first half cumulative"),
], [])


# zh12: 港股 IPO results and 暗盤: 勵駿 (1680) and 金彩 (1250) on the eve of their debut, with 航標 (1190) as a comparison
# (鉅亨網 copy of a 星島日報 report; headline "勵駿今掛牌 暗盤價破底 認購率僅17%" and "鉅亨網新聞中心" kept; the passage
# stops after the grey-market paragraph, before the round-up of other new issues; no year -> period None).
# Key: 勵駿 grey-market close 2.3元 (-2.13% vs the IPO price; lead and body, one row each), public-offer subscription rate
# 17% (headline repeats), pricing 2.35元, net proceeds 20.36億元; 航標's subscription rate 9%; 金彩 grey-market +3.7% (lead and
# body) and close 0.85元, pricing 0.82元, net proceeds 4610萬元, oversubscription 61.62倍.
# Optional: per-lot paper loss / gain (50元 / 120元), valid applications (1013 / 3172), 勵駿's 100% allotment for groups A
# and B, the international tranche's 96.3% and 金彩's public-offer share 40% after clawback, 金彩's one-lot success rate 80.1%
# and "申請兩手穩獲1手", the grey-market intraday low 2.29元 and highs 0.89元 / 0.87元, the "第6大" rank, the deal's "瘦身逾半".
# Judgement calls: "認購率僅17%" is an undersubscribed public offer -> a key subscription_rate row in % (not an
# oversubscription multiple); "以近招股下限2.35元定價" is the final IPO price; "集資淨額" is funds raised with "net" in basis;
# the grey-market change vs the IPO price is key; allotment statistics, lot economics and rankings stay optional (corpus).
# Not labelled: stock codes, 今(5)日, 去年7月中, 半年結.
LJ = "勵駿|勵駿創建|澳門勵駿|Macau Legend|Macau Legend Development|1680|01680|1680-HK"
KC = "金彩|金彩控股|1250|01250|1250-HK"
HB = "航標|航標控股|1190|01190|1190-HK"
GP = "grey_market_price|price"
G["zh12"] = ([
    m("offering_size_change|deal_size_change", None, "%", LJ, None, rng=(None, -50), opt=True, basis="「瘦身」逾半"),
    m("subscription_rate|public_offer_subscription", 17, "%", LJ, None, basis="public offer; headline and body repeat"),
    m(GP, 2.3, "HKD", LJ, None, basis="grey-market close (lead and 輝立 / 耀才 paragraph)"),
    m("price_change", -2.13, "%", LJ, None, basis="grey-market close vs IPO price; repeated"),
    m("loss_per_lot|profit_per_lot", -50, "HKD", LJ, None, opt=True, basis="paper loss per lot"),
    m("profit_per_lot|gain_per_lot", 120, "HKD", KC, None, opt=True, basis="paper gain per lot"),
    m("price_change", 3.7, "%", KC, None, basis="grey-market close vs IPO price; lead and body"),
    m("ipo_price|offer_price", 2.35, "HKD", LJ, None, basis="final price, near the bottom of the range"),
    m("funds_raised|net_proceeds|proceeds", 2.036e9, "HKD", LJ, None, basis="net (集資淨額)"),
    m("applications|valid_applications", 1013, "applications", LJ, None, opt=True, basis="valid public-offer applications"),
    m("allotment_ratio|success_rate", 100, "%", LJ, None, opt=True, basis="groups A and B"),
    m("international_tranche_share|share_of_offer", 96.3, "%", LJ, None, opt=True, basis="after reallocation"),
    m("subscription_rate|public_offer_subscription", 9, "%", HB, None, basis="listed last July, comparison"),
    m("ipo_price|offer_price", 0.82, "HKD", KC, None, basis="mid-point pricing"),
    m("funds_raised|net_proceeds|proceeds", 4.61e7, "HKD", KC, None, basis="net (集資淨額)"),
    m("applications|valid_applications", 3172, "applications", KC, None, opt=True, basis="valid public-offer applications"),
    m("oversubscription", 61.62, "x", KC, None, basis="public offer"),
    m("rank", 6, "count", KC, None, opt=True, basis="6th most oversubscribed new issue this year"),
    m("public_offer_share|share_of_offer", 40, "%", KC, None, opt=True, basis="after clawback"),
    m("allotment_ratio|success_rate", 80.1, "%", KC, None, opt=True, basis="one-lot success rate"),
    m("lots|lot_count", 2, "lots", KC, None, opt=True, basis="apply for two lots to be sure of one"),
    m(GP + "|intraday_low", 2.29, "HKD", LJ, None, opt=True, basis="grey-market intraday low"),
    m(GP + "|intraday_high", 0.89, "HKD", KC, None, opt=True, basis="grey-market intraday high (輝立)"),
    m(GP + "|intraday_high", 0.87, "HKD", KC, None, opt=True, basis="grey-market intraday high (耀才)"),
    m(GP, 0.85, "HKD", KC, None, basis="grey-market close on both platforms"),
], [])
