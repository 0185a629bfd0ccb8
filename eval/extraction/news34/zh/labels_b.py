# Hand labels for news34/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor code,
# test, docs page or other batch's text was read. Conventions followed: shared/corpora/news-text/zh/README.md, score.py
# and the "Conventions decided" sections of news32/zh and news33/zh (with their labels files' top comments).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 / 億 = HKD, 仙 = HK cents (112仙 -> 1.12 HKD) (zh07,
# zh09, zh12); Taiwan context, bare 元 / 億元 = TWD (zh08 targets, zh11), 美元 -> USD (zh08 capex). Values fully scaled
# (21.3億元 -> 2.13e9; 1286.54億元 -> 1.28654e11; 520-560億美元 -> rng=(5.2e10, 5.6e10); 5,450萬股 -> 5.45e7). 約X / 近X -> X;
# 逾X -> rng=(X, None), key only when it is a headline figure and the only figure for that quantity (news30 / news31:
# zh12's "共抽水逾12億"), otherwise optional; 最多X -> rng=(None, X); 介乎A至B / A-B / A至B -> rng=(A, B). Declines negative
# (跌, 下跌, 回吐, 季減, 虧損); a discount (折讓) is a positive "placing_discount" figure (news5 / news6 / news25). % vs 個百分點
# (pp) as printed; 半成 = 5 % (news32), 四成 = 40 %.
# Periods only from the text: zh07 "2022年" (-> FY2022, the comparison year FY2021); zh08 "去(2025)年第4季" (-> 2025Q4) and
# the printed years 2026 / 2027 of the forecasts, "今年" guidance = FY2026 (fixed by "去(2025)年"); zh11 "2021年第4季" and
# "2021全年" (-> 2021Q4, FY2021; 前一季 = 2021Q3, 去年同期 = 2020Q4); zh09, zh10 and zh12 print no year (a market close,
# a release "今天(5月12日)", a placing story with 昨日 / 周一): period None, except zh10's "首季" = "Q1" (the corpus's
# "H1"-without-year rule, news32 zh03). URL dates, page metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body, a sub-heading and body, a lead and a detail paragraph) is one row; a
# rounded headline / sub-heading version of a body figure is optional. An earlier level printed beside a new one
# ("由2,300元調升至2,400元", "淨虧損…而2021年賺13.8億元") is the prior of the new value and also an optional row of its own
# (news33). Broker targets are also target_price metric rows besides the rating actions (corpus zh26 / news21 / news33).
# Entities list names as printed plus Traditional / Simplified / English forms and stock codes.


# zh07: Hong Kong property company's annual results: Hysan Development (希慎興業, 014) for 2022 (星島 std.stheadline
# realtime; headline and time line kept as printed).
# Key: the 2022 net loss 11.6億元 (negative; prior the 2021 profit 13.8億元); 基本盈利 21.3億元 and 按年跌8.6%; 經常性基本溢利
# 20.6億元 and -11.5%; basic loss per share 112仙 (negative); the second interim dividend in lieu of a final 117仙; revenue
# (營業額) 34.6億元 and -4.1%; the three rental segments - office (寫字樓) 15.78億元 / -8.7% with the Lee Garden portfolio's
# occupancy 90% and -4 pp, retail (商舖) 16.4億元 / +1.4%, residential (住宅) 2.39億元 / -8.1% with occupancy 61% and -10 pp.
# Optional: the FY2021 profit 13.8億元 as a row of its own; the dividend "與上一年相同" as a 0 % change (news30 / news32).
# Judgement calls: segment revenues take the segment as entity with the company as alias; the occupancy rows take the
# portfolio named (希慎利園區組合 for offices; the residential portfolio for "其出租率"); the headline's 8.6% and 117仙 are
# the body's figures (one row each). Not labelled: 014 (code), the dateline, 2021 / 2022 as years.
HYS = "希慎興業|希慎|Hysan|Hysan Development|00014|014"
OFF7 = "寫字樓|寫字樓業務|office|offices|希慎利園區組合|Lee Garden portfolio|" + HYS
RET7 = "商舖|商舖業務|retail|" + HYS
RES7 = "住宅|住宅業務|residential|" + HYS
Y7 = "FY2022"
G["zh07"] = ([
    m("net_profit|net_loss|profit", -1.16e9, "HKD", HYS, Y7, prior=1.38e9, basis="淨虧損, swung from profit (由盈轉虧)"),
    m("net_profit|profit", 1.38e9, "HKD", HYS, "FY2021", opt=True, basis="2021 profit, comparison year"),
    m("underlying_profit|underlying_net_profit|core_profit", 2.13e9, "HKD", HYS, Y7, basis="基本盈利"),
    m("underlying_profit_growth|underlying_net_profit_growth|core_profit_growth", -8.6, "%", HYS, Y7, basis="yoy"),
    m("recurring_underlying_profit|underlying_profit|core_profit", 2.06e9, "HKD", HYS, Y7, basis="經常性基本溢利"),
    m("recurring_underlying_profit_growth|underlying_profit_growth|core_profit_growth", -11.5, "%", HYS, Y7, basis="yoy"),
    m("eps|loss_per_share", -1.12, "HKD", HYS, Y7, basis="basic loss per share, 112仙"),
    m("dividend", 1.17, "HKD", HYS, Y7, basis="second interim dividend in lieu of a final, per share, 117仙"),
    m("dividend_growth|dividend_change", 0, "%", HYS, Y7, opt=True, basis="與上一年相同 (unchanged)"),
    m("revenue", 3.46e9, "HKD", HYS, Y7, basis="營業額"),
    m("revenue_growth", -4.1, "%", HYS, Y7, basis="yoy"),
    m("revenue|segment_revenue|rental_income", 1.578e9, "HKD", OFF7, Y7, basis="office revenue"),
    m("revenue_growth|segment_revenue_growth|rental_income_growth", -8.7, "%", OFF7, Y7, basis="yoy"),
    m("occupancy_rate|occupancy", 90, "%", OFF7, Y7, basis="Lee Garden portfolio (希慎利園區組合)"),
    m("occupancy_rate_change|occupancy_change", -4, "pp", OFF7, Y7, basis="yoy"),
    m("revenue|segment_revenue|rental_income", 1.64e9, "HKD", RET7, Y7, basis="retail revenue"),
    m("revenue_growth|segment_revenue_growth|rental_income_growth", 1.4, "%", RET7, Y7, basis="yoy"),
    m("revenue|segment_revenue|rental_income", 2.39e8, "HKD", RES7, Y7, basis="residential revenue"),
    m("revenue_growth|segment_revenue_growth|rental_income_growth", -8.1, "%", RES7, Y7, basis="yoy"),
    m("occupancy_rate|occupancy", 61, "%", RES7, Y7, basis="residential portfolio"),
    m("occupancy_rate_change|occupancy_change", -10, "pp", RES7, Y7, basis="yoy"),
], [])


# zh08: brokers' notes on one Taiwan stock after its results call: TSMC (台積電, 2330), 滙豐證券 and 法巴證券 raising their
# targets, 美銀證券 keeping its own (經濟日報 on udn.com; no headline in the stored text, none composed).
# Key: targets 2,400元 (滙豐, prior 2,300元), 1,990元 (法巴, prior 1,670元) and 2,150元 (美銀, maintained); the company's 2026
# revenue guidance 年增30% and the market consensus 23%; the 2026 capex guidance 520-560億美元 and the consensus 460-470億美元
# (ranges, USD); 滙豐's 2026 EPS raise 約4.4% and its 27倍 target P/E; 法巴's 2026 / 2027 net-profit raises 14% / 12% and its
# 22倍 P/E.
# Optional: the two earlier targets 2,300元 / 1,670元 as rows of their own; the Q4 EPS beat vs 滙豐 (6%) and vs the market
# (9%) (corpus zh01: profit vs consensus / broker estimate optional); 滙豐's earlier capex estimate 500億美元 (an earlier
# forecast, news32 zh02).
# Rating actions (TWD): 滙豐證券 raise_target buy (維持「買進」) 2,400 <- 2,300; 法巴證券 raise_target outperform (「優於大盤」
# 評等維持不變) 1,990 <- 1,670; optional: 美銀證券 maintain 2,150 with rating None - the lead only says the ratings are
# "「買進」或「優於大盤」" across the three, which does not say which one 美銀 holds (news33 zh07: a target with no
# attributable rating is a key metric row and an optional action).
# Judgement calls: "今年" guidance = FY2026 (the same paragraph follows "去(2025)年第4季" and the 2026 EPS raise); 法巴's
# 22倍 P/E is printed after both years' revisions -> period None; the consensus figures take the entity 市場共識 with TSMC
# as alias. Not labelled: 2330 (code), the date 15日, 2025 / 2026 / 2027 as years.
TSMC = "台積電|台灣積體電路製造|TSMC|2330|2330.TW"
CONS8 = "市場共識|market consensus|consensus|" + TSMC
HSBC8 = "滙豐證券|滙豐|匯豐|HSBC"
BNP8 = "法巴證券|法巴|法國巴黎銀行|BNP Paribas|BNP"
BOFA8 = "美銀證券|美銀|美國銀行|BofA Securities|Bank of America|BofA"
G["zh08"] = ([
    m("target_price", 2400, "TWD", TSMC, None, prior=2300, basis="滙豐證券, 目標價由2,300元調升至2,400元"),
    m("target_price", 2300, "TWD", TSMC, None, opt=True, basis="滙豐證券 earlier target"),
    m("target_price", 1990, "TWD", TSMC, None, prior=1670, basis="法巴證券, 由1,670元上調至1,990元"),
    m("target_price", 1670, "TWD", TSMC, None, opt=True, basis="法巴證券 earlier target"),
    m("target_price", 2150, "TWD", TSMC, None, basis="美銀證券, maintained (維持2,150元不變)"),
    m("eps_vs_broker_estimate|eps_beat|eps_surprise", 6, "%", TSMC, "2025Q4", opt=True, basis="EPS above 滙豐's estimate"),
    m("eps_vs_consensus|eps_beat|eps_surprise", 9, "%", TSMC, "2025Q4", opt=True, basis="EPS above market estimate"),
    m("revenue_growth_guidance|revenue_growth_forecast|revenue_growth", 30, "%", TSMC, "FY2026", basis="company guidance, yoy"),
    m("revenue_growth_consensus|revenue_growth_forecast|revenue_growth", 23, "%", CONS8, "FY2026", basis="market consensus"),
    m("capex_guidance|capex_forecast|capex", None, "USD", TSMC, "FY2026", rng=(5.2e10, 5.6e10), basis="company guidance, 520-560億美元"),
    m("capex_consensus|capex_forecast|capex", None, "USD", CONS8, "FY2026", rng=(4.6e10, 4.7e10), basis="market consensus, 460-470億美元"),
    m("capex_forecast|capex", 5e10, "USD", TSMC, "FY2026", opt=True, basis="滙豐's earlier (bullish) estimate"),
    m("eps_forecast_change|earnings_forecast_change", 4.4, "%", TSMC, "FY2026", basis="滙豐證券 raise, 約4.4%"),
    m("pe_ratio|target_pe", 27, "x", TSMC, "FY2026", basis="滙豐證券 target P/E (27倍本益比)"),
    m("net_profit_forecast_change|earnings_forecast_change", 14, "%", TSMC, "FY2026", basis="法巴證券 raise"),
    m("net_profit_forecast_change|earnings_forecast_change", 12, "%", TSMC, "FY2027", basis="法巴證券 raise"),
    m("pe_ratio|target_pe", 22, "x", TSMC, None, basis="法巴證券 target P/E (22倍本益比)"),
], [
    ra(HSBC8, TSMC, "raise_target", "buy", None, 2400, 2300, "TWD"),
    ra(BNP8, TSMC, "raise_target", "outperform", None, 1990, 1670, "TWD"),
    ra(BOFA8, TSMC, "maintain", None, None, 2150, None, "TWD", opt=True),
])


# zh09: Hong Kong market close (經濟通 etnet 財經新聞; headline kept as printed; no date or year in the text -> period None):
# Hang Seng Index, HSCEI, HSTECH, southbound flows, turnover and named movers with prices.
# Key: 恒指 close 26590, -491 points and -1.8%; 國企指數 9007, -189, -2.1%; 科技指數 5270, -114, -2.1%; 北水 net inflow 31億元;
# main-board turnover 近2510億元 (-> 2.51e11); the five tech stocks and the two biotech stocks, each with its % move and price
# (阿里 -2.8% / 148元, 百度 -2.6% / 129.7元, 快手 -2.8% / 66.65元, 騰訊 -3.3% / 520元, 美團 -4.2% / 81.4元, 中國生物製藥 -6.6% /
# 6.39元, 翰森製藥 -6.4% / 34.62元).
# Optional: the open "低開過百點" (bound rng=(None, -100)), the intraday "跌幅一度擴大至600點" (-600), 美團's previous-day
# "急升半成" (+5 %, a different session).
# Judgement calls: the headline's 491 / 26590 are the body's figures (one row each); "回吐4.2%" is a fall (-4.2); the
# passage stops after the two biggest HSI fallers (the next sentence lists three more biotech names and would push the
# key rows past 30). Not labelled: stock codes, "馬年首日", "頭兩位" / "兩隻" (ranks / counts).
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "恒生中國企業指數|國企指數|國指|HSCEI|Hang Seng China Enterprises Index"
HST9 = "恒生科技指數|科技指數|科指|HSTECH|Hang Seng TECH Index"
def mv9(ent, pct, px):
    return [m("price_change", pct, "%", ent, None), m("price", px, "HKD", ent, None, basis="close")]
mt = [
    m("index_level", 26590, "points", HSI9, None, basis="close"),
    m("index_change", -491, "points", HSI9, None), m("index_change", -1.8, "%", HSI9, None),
    m("index_change", None, "points", HSI9, None, rng=(None, -100), opt=True, basis="open, 低開過百點"),
    m("index_change", -600, "points", HSI9, None, opt=True, basis="intraday, 跌幅一度擴大至600點"),
    m("index_level", 9007, "points", HSCEI9, None, basis="close"),
    m("index_change", -189, "points", HSCEI9, None), m("index_change", -2.1, "%", HSCEI9, None),
    m("index_level", 5270, "points", HST9, None, basis="close"),
    m("index_change", -114, "points", HST9, None), m("index_change", -2.1, "%", HST9, None),
    m("southbound_net_inflow|net_inflow", 3.1e9, "HKD", "北水|南向資金|港股通|Southbound", None),
    m("turnover", 2.51e11, "HKD", "主板|恒指主板|Main Board|香港股市|HK market", None, basis="近2510億元"),
    m("price_change", 5, "%", "美團|Meituan|03690", None, opt=True, basis="previous session, 急升半成"),
]
mt += mv9("阿里|阿里巴巴|Alibaba|09988", -2.8, 148) + mv9("百度|Baidu|09888", -2.6, 129.7)
mt += mv9("快手|Kuaishou|01024", -2.8, 66.65) + mv9("騰訊|騰訊控股|Tencent|00700", -3.3, 520)
mt += mv9("美團|Meituan|03690", -4.2, 81.4) + mv9("中國生物製藥|中生製藥|Sino Biopharm|01177", -6.6, 6.39)
mt += mv9("翰森製藥|翰森|Hansoh|Hansoh Pharma|03692", -6.4, 34.62)
G["zh09"] = (mt, [])


# zh10: 統計處 release on Hong Kong's external merchandise trade volumes and prices for March and the first quarter, as
# relayed by the government news site (政府新聞網 news.gov.hk); no year printed ("今天(5月12日)", "3月", "今年首季").
# Key: March total-export, import, re-export and domestic-export volume changes (-20.1 / -21.4 / -19.5 / -39.8 %); March
# export, re-export and domestic-export price changes (+1.9 / +1.9 / +1.4 %); Q1 volume changes (-22.2 / -22.2 / -21.4 /
# -43.3 %); Q1 price changes - total exports 2.5 % (printed "按2.5%" without a direction word; read as a rise: the
# sentence's other three prices rise, re-export and domestic-export prices "均升2.5%"), imports +1 %, re-exports and
# domestic exports +2.5 % each; seasonally adjusted Q1 qoq volume changes (-17.1 / -17.2 / -17.1 / -19.4 %); the terms
# of trade index +1.8 % (March) and +1.6 % (Q1).
# Optional: March import prices "沒有明顯變化" as a 0 % row.
# Judgement calls: the March and Q1 volume / price changes are yoy from the release's wording (the closing sentence says
# 按年; basis "yoy (release context)"); March takes period None (no year, news33 zh04) with "March" in basis, "首季" takes
# "Q1"; each trade flow is its own entity (商品整體出口 / 進口 / 轉口 / 港產品出口) with 香港 as alias; "均升2.5%" gives one row
# per flow named. Not labelled: the release date 5月12日.
HK10 = "香港|Hong Kong"
EXP10 = "商品整體出口|整體出口|total exports|" + HK10
IMP10 = "商品進口|進口|imports|" + HK10
REX10 = "商品轉口|轉口|re-exports|" + HK10
DOM10 = "港產品出口|domestic exports|" + HK10
TOT10 = "貿易價格比率指數|terms of trade|" + HK10
VOL = "volume_growth|export_volume_growth|import_volume_growth|trade_volume_growth"
PRC = "price_growth|export_price_growth|import_price_growth|unit_value_growth"
G["zh10"] = ([
    m(VOL, -20.1, "%", EXP10, None, basis="March, yoy (release context)"),
    m(VOL, -21.4, "%", IMP10, None, basis="March, yoy (release context)"),
    m(VOL, -19.5, "%", REX10, None, basis="March, yoy (release context)"),
    m(VOL, -39.8, "%", DOM10, None, basis="March, yoy (release context)"),
    m(PRC, 1.9, "%", EXP10, None, basis="March, yoy (release context)"),
    m(PRC, 0, "%", IMP10, None, opt=True, basis="March, 沒有明顯變化"),
    m(PRC, 1.9, "%", REX10, None, basis="March"),
    m(PRC, 1.4, "%", DOM10, None, basis="March"),
    m(VOL, -22.2, "%", EXP10, "Q1", basis="first quarter, yoy (release context)"),
    m(VOL, -22.2, "%", IMP10, "Q1", basis="first quarter"),
    m(VOL, -21.4, "%", REX10, "Q1", basis="first quarter"),
    m(VOL, -43.3, "%", DOM10, "Q1", basis="first quarter"),
    m(PRC, 2.5, "%", EXP10, "Q1", basis="first quarter, printed 按2.5% without a direction word"),
    m(PRC, 1, "%", IMP10, "Q1", basis="first quarter"),
    m(PRC, 2.5, "%", REX10, "Q1", basis="first quarter, 均升2.5%"),
    m(PRC, 2.5, "%", DOM10, "Q1", basis="first quarter, 均升2.5%"),
    m(VOL, -17.1, "%", EXP10, "Q1", basis="seasonally adjusted, qoq"),
    m(VOL, -17.2, "%", IMP10, "Q1", basis="seasonally adjusted, qoq"),
    m(VOL, -17.1, "%", REX10, "Q1", basis="seasonally adjusted, qoq"),
    m(VOL, -19.4, "%", DOM10, "Q1", basis="seasonally adjusted, qoq"),
    m("terms_of_trade_change|index_change", 1.8, "%", TOT10, None, basis="March, yoy"),
    m("terms_of_trade_change|index_change", 1.6, "%", TOT10, "Q1", basis="first quarter, yoy"),
], [])


# zh11: Taiwan company's results: MediaTek (聯發科, 2454) fourth quarter and full year 2021 (ETtoday 東森新聞雲 finance;
# headline and byline kept; the two photo captions were left out as page chrome).
# Key: Q4 revenue 1286.54億元, 季減1.8%, 年增33.5%; Q4 gross margin 49.6%, 季增2.9 / 年增5.1個百分點; FY2021 revenue 4934.15億元
# and +53.2%; FY gross margin 46.9% and +3 pp; FY net profit 1118.73億元 and +170%; FY EPS 70.56元; operating expenses 341.09億元
# (26.5% of revenue) for Q4, 319.29億元 (24.4%) for Q3 and 274.91億元 (28.5%) for Q4 2020; Q4 net profit 301.48億元, +6.3% qoq,
# +101.6% yoy; EPS 18.99元 (Q4), 17.92元 (Q3), 9.35元 (Q4 2020).
# Optional: the headline's "賺逾1118億元" (a bound beside the exact 1118.73億元).
# Judgement calls: the comparison quarters' expense and EPS figures are key rows with their own periods, not priors, since
# two bases (qoq and yoy) are printed (news32 zh05); "佔營業收入 26.5%" etc. are opex-ratio rows; 季減 / 季增 = qoq, 年增 =
# yoy; the headline's 70.56元 is the body's EPS (one row). Not labelled: 2454 (code), 今(27)日, 2021 as a year.
MTK = "聯發科|聯發科技|MediaTek|2454|2454.TW"
Q11 = "2021Q4"
G["zh11"] = ([
    m("revenue", 1.28654e11, "TWD", MTK, Q11),
    m("revenue_growth", -1.8, "%", MTK, Q11, basis="qoq (季減)"),
    m("revenue_growth", 33.5, "%", MTK, Q11, basis="yoy (年增)"),
    m("gross_margin", 49.6, "%", MTK, Q11),
    m("gross_margin_change", 2.9, "pp", MTK, Q11, basis="qoq"),
    m("gross_margin_change", 5.1, "pp", MTK, Q11, basis="yoy"),
    m("revenue", 4.93415e11, "TWD", MTK, "FY2021", basis="record"),
    m("revenue_growth", 53.2, "%", MTK, "FY2021", basis="yoy"),
    m("gross_margin", 46.9, "%", MTK, "FY2021"),
    m("gross_margin_change", 3, "pp", MTK, "FY2021", basis="yoy"),
    m("net_profit", 1.11873e11, "TWD", MTK, "FY2021"),
    m("net_profit", None, "TWD", MTK, "FY2021", rng=(1.118e11, None), opt=True, basis="headline, 賺逾1118億元"),
    m("net_profit_growth", 170, "%", MTK, "FY2021", basis="yoy"),
    m("eps", 70.56, "TWD", MTK, "FY2021", basis="record"),
    m("operating_expenses|opex", 3.4109e10, "TWD", MTK, Q11),
    m("opex_ratio|operating_expense_ratio", 26.5, "%", MTK, Q11, basis="of revenue"),
    m("operating_expenses|opex", 3.1929e10, "TWD", MTK, "2021Q3"),
    m("opex_ratio|operating_expense_ratio", 24.4, "%", MTK, "2021Q3", basis="of revenue"),
    m("operating_expenses|opex", 2.7491e10, "TWD", MTK, "2020Q4"),
    m("opex_ratio|operating_expense_ratio", 28.5, "%", MTK, "2020Q4", basis="of revenue"),
    m("net_profit", 3.0148e10, "TWD", MTK, Q11),
    m("net_profit_growth", 6.3, "%", MTK, Q11, basis="qoq"),
    m("net_profit_growth", 101.6, "%", MTK, Q11, basis="yoy"),
    m("eps", 18.99, "TWD", MTK, Q11),
    m("eps", 17.92, "TWD", MTK, "2021Q3"),
    m("eps", 9.35, "TWD", MTK, "2020Q4"),
], [])


# zh12: 港股 placements: 順風光電 (01165) and 浩沙 (02200) placing new / top-up shares at a discount (東方日報 on.cc finance;
# headline and the two sub-headings kept as printed; no year or date printed -> period None).
# Key: the headline's combined "共抽水逾12億" (a headline bound, the only figure for the total -> key, rng=(1.2e9, None));
# 順風光電: up to 4億股 (rng=(None, 4e8)), net proceeds 約9.84億元至11.02億元, the day's -6.34% (約) and close 2.95元, 20.41% of the
# enlarged capital, placing price 2.5元至2.8元, Monday close 3.15元, discount 11.11%至20.63%; 浩沙: 5,450萬股, proceeds 約1.56億元,
# the day's -2.17% (約), placing price 2.85元至2.95元, previous close 3.15元, discount 6.4%至9.5%.
# Optional: the sub-headings' rounded "最多折讓9.5%" / "折讓多達20%" (upper bounds); the body's repeat "最高集資淨額約11.02億元"
# (the upper end of the range); the use-of-proceeds splits (順風 95% / 5%; 浩沙 四成 = 約40%, 30%, 15%, 15%); the 90日
# lock-up; the proposed 50億股 of new authorised shares and the 1億元 authorised capital.
# Judgement calls: "4億股" printed twice with 最多 -> one upper-bound row; 5,450萬股 printed twice -> one row; "集資料約1.56億元"
# and "最多可籌約1.56億元" -> one key value row; 浩沙's "四成" and "約40%" are the same split -> one optional row; both 3.15元
# closes are labelled (two stocks). Not labelled: stock codes, the placing agents' names.
SF = "順風光電|順風|Shunfeng|Shunfeng Photovoltaic|01165|1165"
HS12 = "浩沙|浩沙國際|Hosa|Hosa International|02200|2200"
G["zh12"] = ([
    m("placing_proceeds|proceeds|funds_raised", None, "HKD", "順風光電|浩沙|順風浩沙|" + SF + "|" + HS12, None,
      rng=(1.2e9, None), basis="headline, two placements combined, 逾12億"),
    m("placing_shares|shares_placed", None, "shares", SF, None, rng=(None, 4e8), basis="最多4億股"),
    m("placing_proceeds|proceeds|funds_raised", None, "HKD", SF, None, rng=(9.84e8, 1.102e9), basis="net, 約"),
    m("placing_proceeds|proceeds|funds_raised", 1.102e9, "HKD", SF, None, opt=True, basis="最高集資淨額 (repeat of the range's top)"),
    m("use_of_proceeds|proceeds_allocation", 95, "%", SF, None, opt=True, basis="solar power stations"),
    m("use_of_proceeds|proceeds_allocation", 5, "%", SF, None, opt=True, basis="general working capital"),
    m("price_change", -6.34, "%", SF, None, basis="約, day of the story"),
    m("price", 2.95, "HKD", SF, None, basis="close"),
    m("placing_share_pct|stake", 20.41, "%", SF, None, basis="of enlarged share capital, 約"),
    m("placing_price|offer_price", None, "HKD", SF, None, rng=(2.5, 2.8)),
    m("price", 3.15, "HKD", SF, None, basis="Monday close (周一收市價)"),
    m("placing_discount|discount", None, "%", SF, None, rng=(11.11, 20.63), basis="vs Monday close"),
    m("placing_discount|discount", None, "%", SF, None, rng=(None, 20), opt=True, basis="sub-heading, 折讓多達20%"),
    m("lockup_days|lockup", 90, "days", SF, None, opt=True, basis="90日禁售"),
    m("authorised_shares|new_shares", 5e9, "shares", SF, None, opt=True, basis="proposed additional authorised shares"),
    m("authorised_capital", 1e8, "HKD", SF, None, opt=True, basis="法定股本增至1億元"),
    m("placing_shares|shares_placed", 5.45e7, "shares", HS12, None, basis="top-up placing (先舊後新)"),
    m("placing_proceeds|proceeds|funds_raised", 1.56e8, "HKD", HS12, None, basis="約, 最多"),
    m("use_of_proceeds|proceeds_allocation", 40, "%", HS12, None, opt=True, basis="R&D, 四成 / 約40%"),
    m("use_of_proceeds|proceeds_allocation", 30, "%", HS12, None, opt=True, basis="promotion"),
    m("use_of_proceeds|proceeds_allocation", 15, "%", HS12, None, opt=True, basis="capacity"),
    m("use_of_proceeds|proceeds_allocation", 15, "%", HS12, None, opt=True, basis="general operating expenses"),
    m("price_change", -2.17, "%", HS12, None, basis="約, day of the story"),
    m("placing_price|offer_price", None, "HKD", HS12, None, rng=(2.85, 2.95)),
    m("price", 3.15, "HKD", HS12, None, basis="previous close (昨日收市價)"),
    m("placing_discount|discount", None, "%", HS12, None, rng=(6.4, 9.5), basis="vs previous close"),
    m("placing_discount|discount", None, "%", HS12, None, rng=(None, 9.5), opt=True, basis="sub-heading, 最多折讓9.5%"),
], [])
