# Hand labels for news39/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, one Taiwan, one Macau). Helpers m()
# and ra() are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor
# code, test, docs page or other batch's text was read. Conventions followed: the development corpus's README and scorer
# (score.py) and the "Conventions decided" sections of news36/zh to news38/zh (with the top comments of their labels files).
# Currency: Hong Kong stock context, bare 元 / 億元 / $ / 億 = HKD (zh07, zh08, zh09 and zh12's share price); 澳門元 -> MOP
# (zh12); the Taiwan item's 元 / 億元 are TWD (Taipei byline, 新台幣 printed) and its 美元營收 USD (zh11). Values fully
# scaled (3.06億元 -> 3.06e8; 成交455億 -> 4.55e10; 3,309 億 8,000 萬元 -> 3.3098e11; 2 兆 7,629 億 6,400 萬元 ->
# 2.7629664e12; 48.99億澳門元 -> 4.899e9; 逾1.18萬部 -> 11800; $13.14億 -> 1.314e9; $8.46千萬 -> 8.46e7; $1.23百萬 ->
# 1.23e6). 約X / 近X -> X; 逾X / 超過X -> an open bound, optional unless it is a headline figure; 百分之一 = 1 %;
# 百分之一至二 -> rng (1, 2); 兩成一 = 21 %; 八成 = 80 %; X厘 as a yield = X %. Declines negative (回調, 跌, 下跌, 下降,
# 微跌, 收縮, 月減, 少, 減少); % vs 個百分點 (pp) as printed.
# Periods only from the text: zh07's dateline "2016-06-10" with "截至3月底止全年" -> FY2016 (the year to 31 March 2016), "3月31日"
# -> 2016-03-31; zh10's "第三季" / "上季" with the release dates "11月1日" and "2021年11月12日" -> 2021Q3 / 2021Q2; zh11's
# dateline "2025-10-09" -> "9 月" 2025-09, "第三季" 2025Q3, "前三季" 2025Q1-Q3; zh12 "去年第四季" (no year printed) -> "Q4";
# zh08 and zh09 print no date for their figures -> None; share prices and day moves take None throughout. URL dates, page
# metadata and the writer's knowledge are never used.
# A figure printed twice (headline and body, lead and detail paragraph, prose and table) is one row; an approximate or
# rounded repeat ("近49億", "跌近18%", a headline's "26%") is optional beside the exact key row. Broker targets are also
# target_price metric rows besides the rating actions; an earlier target printed beside the new one is the prior and an
# optional row of its own. AASTOCKS inline quotes and "相關內容" headlines are optional. Entities list names as printed
# plus Traditional / Simplified / English forms and stock codes.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong REIT's annual results as a market story: Link REIT (領展, 00823), year to end-March 2016 (信報 hkej print
# page; the dateline "2016-06-10 00:00" and the headline "領展加租26% 上市後最勁" kept; the stored text is a paywalled
# excerpt: the passage stops after the second paragraph, before the sub-heading "每單位派1.0719元" and the sentence that
# breaks off).
# Key: final distribution per unit 1.0719元; full-year distribution 2.0618元 (+12.8%); the 31 March close 46元 and the yield
# on it 4.48厘; Wednesday's close 49.65元 (+0.8%) and turnover 3.06億元; the yield at the current price 約4.15厘; Hong Kong
# retail occupancy 96%, retail rent +6.7%, renewal reversion 25.9% (+3.9 pp); net property income +14.9%.
# Optional: the per-lot payout 近536元 (lot economics, corpus); the headline's "加租26%" (a rounded 25.9%).
# Judgement calls: 厘 printed for a dividend yield is read as % (a yield, not a rate move); the 46元 close is a dated key
# price row (2016-03-31) because the text states it as the basis of a yield; the yields take period None (a ratio at a
# price, basis says which); occupancy, rent and reversion belong to the Hong Kong retail portfolio (entity with Link as
# alias); "大增3.9個百分點" is a key pp change of the reversion rate. Not labelled: 00823 (code), 2005 (listing year), 周三.
LINK = "領展|領展房產基金|Link|Link REIT|Link Real Estate Investment Trust|00823|823|0823.HK"
RET7 = "香港零售物業|零售物業|Hong Kong retail portfolio|retail properties|" + LINK
F7 = "FY2016"
G["zh07"] = ([
    m("final_distribution|distribution_per_unit|dps|dividend", 1.0719, "HKD", LINK, F7,
      basis="final distribution per unit, year to end-March"),
    m("distribution_per_lot|dividend_per_lot", 536, "HKD", LINK, F7, opt=True, basis="近536元 per board lot"),
    m("distribution_per_unit|total_distribution|dps|dividend", 2.0618, "HKD", LINK, F7,
      basis="full-year distribution per unit"),
    m("distribution_growth|dps_growth|dividend_growth", 12.8, "%", LINK, F7, basis="yoy, full-year distribution"),
    m("price|share_price|unit_price", 46, "HKD", LINK, "2016-03-31", basis="close on 31 March, basis of the 4.48厘 yield"),
    m("dividend_yield|distribution_yield|yield", 4.48, "%", LINK, None, basis="4.48厘, at the 31 March close"),
    m("price|share_price|unit_price", 49.65, "HKD", LINK, None, basis="close on Wednesday"),
    m("price_change", 0.8, "%", LINK, None, basis="Wednesday"),
    m("turnover", 3.06e8, "HKD", LINK, None, basis="Wednesday"),
    m("dividend_yield|distribution_yield|yield", 4.15, "%", LINK, None, basis="約4.15厘, full-year yield at current price"),
    m("occupancy_rate|occupancy", 96, "%", RET7, F7, basis="Hong Kong retail portfolio"),
    m("rent_growth|retail_rent_growth|rental_growth", 6.7, "%", RET7, F7, basis="yoy retail rent"),
    m("rental_reversion|reversion_rate|rent_increase", 25.9, "%", RET7, F7, basis="續租租金調整率 (renewal reversion)"),
    m("rental_reversion_change|reversion_rate_change", 3.9, "pp", RET7, F7, basis="大增, largest since the 2005 listing"),
    m("rental_reversion|reversion_rate|rent_increase", 26, "%", RET7, None, opt=True, basis="headline 加租26%, rounded"),
    m("net_property_income_growth|npi_growth", 14.9, "%", LINK, F7, basis="物業收入淨額"),
], [])


# zh08: 大行 rating / target table on Chinese auto stocks: JPMorgan (摩根大通) on seven HK-listed carmakers and dealers
# (AASTOCKS, Traditional, NOW.1431558; the prose is reworded, the inline quotes, the "相關內容" headline, the table header
# "券商│投資評級│目標價" (printed 券商 for 股份), the rows with their │ separators and → arrows, and the delayed-quote
# boilerplate kept as printed, one row per line; no period printed -> None).
# Key: the sector's two-week pullback 約5% and the MSCI China auto index's 3.3%; seven target_price rows (1.7 from 2; 15
# from 18; 1.3; 3.9 from 2.5; 12; 2.2 from 1.9; 26 HKD) and seven rating actions.
# Optional: the four previous targets as rows of their own; the inline quotes (price change in HKD and %, short-selling
# turnover and ratio) of the eleven stocks named, once per stock (中升 and 永達 print the same quote twice).
# Rating actions (HKD): 摩根大通 cut_target 北汽 neutral 2 -> 1.7; downgrade 長汽 overweight (增持) -> neutral (中性),
# 18 -> 15; maintain 廣汽 underweight (減持) 1.3; raise_target 東風 underweight 2.5 -> 3.9; maintain 中升 neutral 12 (the
# prose's 維持「中性」); raise_target 永達 neutral 1.9 -> 2.2 (rating kept, target moved); maintain 中國重汽 overweight 26.
# Judgement calls: "回調約5%" of Chinese auto stocks is a key -5 % sector row and the index's "回調3.3%" a key row with the
# index as entity (both period None, "past two weeks" in basis); the 首選股 list (比亞迪, 小鵬, 零跑, then 吉利) prints no
# rating or target, so no rating action; the table's "→" reads like AASTOCKS' "->" (old → new). Not labelled: stock codes,
# 兩周, 2025-04-16 16:25, fc/u.
JPM8 = "摩根大通|摩通|JPMorgan|J.P. Morgan|JP Morgan|JPMorgan Chase"
BAIC8 = "北汽|北京汽車|BAIC|BAIC Motor|01958|1958|01958.HK"
GWM8 = "長汽|長城汽車|Great Wall Motor|Great Wall|02333|2333|02333.HK"
GAC8 = "廣汽|廣汽集團|GAC|GAC Group|Guangzhou Automobile|02238|2238|02238.HK"
DF8 = "東風|東風集團|東風汽車|Dongfeng|Dongfeng Motor|00489|489|00489.HK"
ZS8 = "中升|中升控股|Zhongsheng|Zhongsheng Group|00881|881|00881.HK"
YD8 = "永達|永達汽車|China Yongda|Yongda|03669|3669|03669.HK"
ST8 = "中國重汽|Sinotruk|China National Heavy Duty Truck|03808|3808|03808.HK"
BYD8 = "比亞迪|比亞迪股份|BYD|01211|1211|01211.HK"
XP8 = "小鵬|小鵬汽車|XPeng|Xpeng|09868|9868|09868.HK"
LP8 = "零跑|零跑汽車|Leapmotor|09863|9863|09863.HK"
GL8 = "吉利|吉利汽車|Geely|Geely Auto|00175|175|00175.HK"
AUTO8 = "中國汽車股|汽車股|China auto stocks|Chinese auto stocks|China autos"
MSCI8 = "MSCI中國汽車指數|MSCI China Automobiles Index|MSCI China auto index|MSCI China Autos"


def q8(ent, chg, pct, short, ratio):
    """AASTOCKS inline quote '-0.030 (-1.622%) 沽空 $7.35百萬; 比率 22.419%' -> all optional (corpus)."""
    return [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
            m("price_change", pct, "%", ent, opt=True, basis="inline quote"),
            m("short_selling_turnover", short, "HKD", ent, opt=True, basis="inline quote"),
            m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote")]


G["zh08"] = ([
    m("price_change|sector_price_change", -5, "%", AUTO8, None, basis="約5% pullback over the past two weeks"),
    m("index_change|price_change", -3.3, "%", MSCI8, None, basis="pullback over the same two weeks"),
    m("target_price", 1.7, "HKD", BAIC8, None, prior=2, basis="摩根大通; 中性"),
    m("target_price", 2, "HKD", BAIC8, None, opt=True, basis="摩根大通 previous target"),
    m("target_price", 15, "HKD", GWM8, None, prior=18, basis="摩根大通; 增持→中性"),
    m("target_price", 18, "HKD", GWM8, None, opt=True, basis="摩根大通 previous target"),
    m("target_price", 1.3, "HKD", GAC8, None, basis="摩根大通; 減持"),
    m("target_price", 3.9, "HKD", DF8, None, prior=2.5, basis="摩根大通; 減持"),
    m("target_price", 2.5, "HKD", DF8, None, opt=True, basis="摩根大通 previous target"),
    m("target_price", 12, "HKD", ZS8, None, basis="摩根大通; 中性"),
    m("target_price", 2.2, "HKD", YD8, None, prior=1.9, basis="摩根大通; 中性"),
    m("target_price", 1.9, "HKD", YD8, None, opt=True, basis="摩根大通 previous target"),
    m("target_price", 26, "HKD", ST8, None, basis="摩根大通; 增持"),
    *q8(BYD8, -11.600, -3.090, 1.314e9, 39.017),
    *q8(XP8, -5.450, -6.916, 5.07e8, 26.936),
    *q8(LP8, -3.300, -6.925, 8.46e7, 10.016),
    *q8(GL8, -0.900, -5.501, 3.51e8, 28.837),
    *q8(ZS8, -0.440, -3.741, 2.33e7, 30.204),
    *q8(YD8, -0.170, -6.800, 1.23e6, 13.261),
    *q8(BAIC8, -0.030, -1.622, 7.35e6, 22.419),
    *q8(GWM8, -0.480, -3.902, 1.64e8, 42.520),
    *q8(GAC8, -0.080, -2.778, 2.08e7, 32.033),
    *q8(DF8, -0.080, -1.905, 1.30e7, 16.186),
    *q8(ST8, -0.500, -2.706, 5.25e6, 9.880),
], [
    ra(JPM8, BAIC8, "cut_target", "neutral", target=1.7, prior_target=2, cur="HKD"),
    ra(JPM8, GWM8, "downgrade", "neutral", prior_rating="overweight", target=15, prior_target=18, cur="HKD"),
    ra(JPM8, GAC8, "maintain", "underweight", target=1.3, cur="HKD"),
    ra(JPM8, DF8, "raise_target", "underweight", target=3.9, prior_target=2.5, cur="HKD"),
    ra(JPM8, ZS8, "maintain", "neutral", target=12, cur="HKD"),
    ra(JPM8, YD8, "raise_target", "neutral", target=2.2, prior_target=1.9, cur="HKD"),
    ra(JPM8, ST8, "maintain", "overweight", target=26, cur="HKD"),
])


# zh09: 港股 close with named blue chips and mainland banks / builders (新城 881903 news item; no headline in the stored text;
# whole item; no date or year printed -> period None throughout).
# Key: 恒指 21430 (+45); turnover 455億 (少兩成一 -> -21 %); 國指 10443 (+11); 騰訊 +1 % to 271.4元 (+4.4元); 中信泰富 and
# 旺旺 +1-2 % (one rng row each) with 旺旺 at 11.02元; 匯控 74.25元 (-0.15元); 中移動 85.65元 (-0.5元); 華潤置地 18.32元;
# 工商銀行's 80 % stake in 阿根廷標準銀行 and the share at 5.05元 (-0.01元); 建設銀行 5.76元 (+0.02元); 遠洋地產 5.1元
# (+0.01元); 中國建築 9.42元 (+0.22元); 長江製衣 -5 % (近) to 2.71元.
# Optional: the day's range 約120點; the two-day losing streak; the "超過百分之X" bounds (華潤置地 and 民生銀行 (1, None),
# 中國建築 (2, None)); 中國海外's 無起跌 (0 %).
# Judgement calls: "成交455億" without 元 is the market's HKD turnover; "比上日少兩成一" is a key -21 % turnover change;
# "升百分之一至二" shared by two stocks gives one rng (1, 2) row per stock (news37's "均插2%" rule for shared moves); the
# ICBC deal's "八成股權" is a key 80 % stake row with the bank as entity and the target as alias; 近X moves are key (corpus).
# Not labelled: stock codes, 後日, 全年目標 (no figure).
HSI9 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI9 = "國企指數|國指|Hang Seng China Enterprises Index|HSCEI|H-share index"
MKT9 = "港股|大市|香港股市|Hong Kong stocks|Hong Kong stock market|HKEX|Main Board"
TC9 = "騰訊|騰訊控股|Tencent|Tencent Holdings|00700|700|0700.HK"
CP9 = "中信泰富|CITIC Pacific|00267|267|0267.HK"
WW9 = "旺旺|中國旺旺|Want Want|Want Want China|00151|151|0151.HK"
HSBC9 = "匯控|滙控|滙豐控股|匯豐控股|HSBC|HSBC Holdings|00005|5|0005.HK"
CM9 = "中移動|中國移動|China Mobile|00941|941|0941.HK"
CRL9 = "華潤置地|China Resources Land|CR Land|01109|1109|1109.HK"
COLI9 = "中國海外|中國海外發展|China Overseas Land|COLI|China Overseas|00688|688|0688.HK"
ICBC9 = "工商銀行|工行|中國工商銀行|ICBC|Industrial and Commercial Bank of China|01398|1398|1398.HK"
CCB9 = "建設銀行|建行|中國建設銀行|CCB|China Construction Bank|00939|939|0939.HK"
MS9 = "民生銀行|中國民生銀行|China Minsheng Bank|Minsheng|01988|1988|1988.HK"
SO9 = "遠洋地產|Sino-Ocean|Sino-Ocean Land|03377|3377|3377.HK"
CSCEC9 = "中國建築|China State Construction|China State Construction International|03311|3311|3311.HK"
YK9 = "長江製衣|Yangtzekiang Garment|00294|294|0294.HK"
G["zh09"] = ([
    m("losing_streak|streak", 2, "days", HSI9 + "|" + MKT9, None, opt=True, basis="after two days of losses (連跌兩日)"),
    m("index_range|intraday_range", 120, "points", HSI9, None, opt=True, basis="約120點, full-day range"),
    m("index_level", 21430, "points", HSI9, None, basis="close"),
    m("index_change", 45, "points", HSI9, None, basis="close"),
    m("turnover|market_turnover", 4.55e10, "HKD", MKT9, None, basis="成交455億 (no 元 printed)"),
    m("turnover_change|market_turnover_change", -21, "%", MKT9, None, basis="比上日少兩成一"),
    m("index_level", 10443, "points", HSCEI9, None, basis="close"),
    m("index_change", 11, "points", HSCEI9, None, basis="close"),
    m("price_change", 1, "%", TC9, None, basis="百分之一; results due in two days"),
    m("price|share_price", 271.4, "HKD", TC9, None, basis="close"),
    m("price_change", 4.4, "HKD", TC9, None),
    m("price_change", None, "%", CP9, None, rng=(1, 2), basis="升百分之一至二, strongest blue chips"),
    m("price_change", None, "%", WW9, None, rng=(1, 2), basis="升百分之一至二, strongest blue chips"),
    m("price|share_price", 11.02, "HKD", WW9, None, basis="close"),
    m("price|share_price", 74.25, "HKD", HSBC9, None),
    m("price_change", -0.15, "HKD", HSBC9, None),
    m("price|share_price", 85.65, "HKD", CM9, None),
    m("price_change", -0.5, "HKD", CM9, None),
    m("price_change", None, "%", CRL9, None, rng=(1, None), opt=True, basis="升超過百分之一"),
    m("price|share_price", 18.32, "HKD", CRL9, None, basis="close"),
    m("price_change", 0, "%", COLI9, None, opt=True, basis="無起跌 (unchanged)"),
    m("stake_acquired|stake|ownership_stake", 80, "%", ICBC9 + "|阿根廷標準銀行|Standard Bank Argentina", None,
      basis="八成股權 in 阿根廷標準銀行, approved by Argentina's central bank"),
    m("price_change", -0.01, "HKD", ICBC9, None),
    m("price|share_price", 5.05, "HKD", ICBC9, None),
    m("price_change", 0.02, "HKD", CCB9, None, basis="most actively traded"),
    m("price|share_price", 5.76, "HKD", CCB9, None),
    m("price_change", None, "%", MS9, None, rng=(1, None), opt=True, basis="升超過百分之一"),
    m("price_change", 0.01, "HKD", SO9, None),
    m("price|share_price", 5.1, "HKD", SO9, None),
    m("price_change", None, "%", CSCEC9, None, rng=(2, None), opt=True, basis="上升超過百分之二"),
    m("price|share_price", 9.42, "HKD", CSCEC9, None),
    m("price_change", 0.22, "HKD", CSCEC9, None),
    m("price_change", -5, "%", YK9, None, basis="跌近百分之五, profit warning"),
    m("price|share_price", 2.71, "HKD", YK9, None),
], [])


# zh10: Hong Kong GDP advance estimate with its expenditure components (大紀元 Epoch Times HK; no headline in the stored text;
# whole item, the end mark "◇" and the footer links left out; the spokesman's direct quotation, which holds no figure, is
# rendered as reported speech).
# Key: GDP +5.4% yoy in the third quarter (second quarter +7.6%); seasonally adjusted +0.1% qoq (second quarter -0.9%,
# 收縮); private consumption +7.0% (7.2%), government consumption +4.1% (3.0%), gross fixed capital formation +11.0% (23.9%),
# goods exports +14.3% (20.5%), goods imports +16.5% (21.4%), services exports +4.0% (3.0%), services imports +6.4% (10.6%).
# Judgement calls: the second-quarter rates printed in parentheses "(上季按年升7.2%)" / "(升3.0%)" are key rows of their
# own with period 2021Q2, not priors (a comparison figure for an earlier period, news36 zh03); the year comes from the text:
# the advance estimate is released on "11月1日" with revised figures due "2021年11月12日", so "第三季" is 2021Q3 and
# "上季" 2021Q2 (basis notes the inference); each component takes its own name as entity with Hong Kong as alias; the
# qoq rows carry "seasonally adjusted" in basis. Not labelled: 11月1日, 2021年11月12日 (dates), 去年.
HK10 = "香港|本港|Hong Kong|香港經濟|Hong Kong economy"
Q3 = "2021Q3"
Q2 = "2021Q2"


def c10(name, ent, v3, v2, what):
    e = ent + "|" + HK10
    return [m(name, v3, "%", e, Q3, basis=f"{what}, yoy real; year from the 2021年11月12日 revision date"),
            m(name, v2, "%", e, Q2, basis=f"{what}, yoy real, previous quarter (in parentheses)")]


G["zh10"] = ([
    m("gdp_growth|real_gdp_growth", 5.4, "%", "本地生產總值|GDP|" + HK10, Q3,
      basis="yoy real, advance estimate; year from the 2021年11月12日 revision date"),
    m("gdp_growth|real_gdp_growth", 7.6, "%", "本地生產總值|GDP|" + HK10, Q2, basis="yoy, previous quarter"),
    m("gdp_growth_qoq|gdp_growth|real_gdp_growth", 0.1, "%", "本地生產總值|GDP|" + HK10, Q3,
      basis="qoq, seasonally adjusted"),
    m("gdp_growth_qoq|gdp_growth|real_gdp_growth", -0.9, "%", "本地生產總值|GDP|" + HK10, Q2,
      basis="qoq, seasonally adjusted, previous quarter (收縮)"),
    *c10("private_consumption_growth|consumption_growth", "私人消費開支|private consumption expenditure|private consumption",
         7.0, 7.2, "private consumption"),
    *c10("government_consumption_growth|consumption_growth",
         "政府消費開支|government consumption expenditure|government consumption", 4.1, 3.0, "government consumption"),
    *c10("gross_fixed_capital_formation_growth|investment_growth|gfcf_growth",
         "本地固定資本形成總額|gross domestic fixed capital formation|fixed capital formation|investment",
         11.0, 23.9, "gross domestic fixed capital formation"),
    *c10("exports_growth|export_growth|goods_exports_growth", "貨品出口|貨品出口總額|total exports of goods|goods exports",
         14.3, 20.5, "goods exports"),
    *c10("imports_growth|import_growth|goods_imports_growth", "貨品進口|貨品進口總額|imports of goods|goods imports",
         16.5, 21.4, "goods imports"),
    *c10("services_exports_growth|exports_growth|export_growth", "服務輸出|exports of services|services exports",
         4.0, 3.0, "services exports"),
    *c10("services_imports_growth|imports_growth|import_growth", "服務輸入|imports of services|services imports",
         6.4, 10.6, "services imports"),
], [])


# zh11: Taiwan company's monthly and quarterly revenue: TSMC (台積電, 2330) September and third quarter (鉅亨網 cnyes; the byline
# and dateline "鉅亨網記者魏志豪 台北 2025-10-09 14:10", the spaced notation "3,309 億 8,000 萬元" / "2 兆 7,629 億 6,400 萬元",
# "今 (9) 日" and the full-width punctuation kept; the photo caption left out; the passage is the stored text).
# Key: September revenue 3,309 億 8,000 萬元 (-1.4% mom, +31.4% yoy); third-quarter consolidated revenue 9,899 億 1,800 萬元
# (+6.01% qoq, +30.31% yoy); first-three-quarter revenue 2 兆 7,629 億 6,400 萬元 (+36.4% yoy); the original guidance of US$
# 318-330億 (rng) with its midpoint's 7.7% qoq growth, and its NT$ equivalent 約9222-9570億元 (rng); the close 1440元.
# Optional: the FX assumption 1 美元兌新台幣 29 元; the intraday "大漲近 3%" and the record 1455元 reached during the day.
# Judgement calls: the dateline year fixes "9 月" (2025-09), "第三季" (2025Q3) and "前三季" (2025Q1-Q3); "美元營收達 318 至
# 330 億元" is a USD range (the 元 after 億 belongs to 美元), a key guidance row with period 2025Q3; the NT$ conversion is
# the reporter's but printed as a range for the same quarter -> key rng with "converted at 29" in basis; "月減 / 季增 /
# 年增" rows carry mom / qoq / yoy in basis; the intraday move and high are optional (corpus), the close key (period None,
# the date in basis). Not labelled: 2330, 9 (day), 14:10, "創下單季新高" (no figure).
TSMC = ("台積電|台灣積體電路|台灣積體電路製造|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330|2330-TW|"
        "2330.TW|TSM|TSM-US")
G["zh11"] = ([
    m("revenue|monthly_revenue", 3.3098e11, "TWD", TSMC, "2025-09", basis="3,309 億 8,000 萬元"),
    m("revenue_growth", -1.4, "%", TSMC, "2025-09", basis="mom (月減)"),
    m("revenue_growth", 31.4, "%", TSMC, "2025-09", basis="yoy"),
    m("revenue|consolidated_revenue|quarterly_revenue", 9.899118e11, "TWD", TSMC, "2025Q3",
      basis="consolidated, 9,899 億 1,800 萬元; record quarter"),
    m("revenue_growth", 6.01, "%", TSMC, "2025Q3", basis="qoq"),
    m("revenue_growth", 30.31, "%", TSMC, "2025Q3", basis="yoy"),
    m("revenue|cumulative_revenue", 2.7629664e12, "TWD", TSMC, "2025Q1-Q3", basis="first three quarters, 2 兆 7,629 億 6,400 萬元"),
    m("revenue_growth|cumulative_revenue_growth", 36.4, "%", TSMC, "2025Q1-Q3", basis="yoy, first three quarters"),
    m("revenue_guidance|revenue", None, "USD", TSMC, "2025Q3", rng=(3.18e10, 3.3e10),
      basis="original guidance, USD revenue 318 至 330 億"),
    m("revenue_growth|revenue_guidance_growth", 7.7, "%", TSMC, "2025Q3", basis="guidance midpoint, qoq"),
    m("exchange_rate|fx_assumption", 29, "TWD", "新台幣|TWD|美元兌新台幣|USD/TWD|" + TSMC, "2025Q3", opt=True,
      basis="guidance conversion rate, 1 美元兌新台幣 29 元"),
    m("revenue_guidance|revenue", None, "TWD", TSMC, "2025Q3", rng=(9.222e11, 9.57e11),
      basis="guidance converted at 29 TWD per USD, 約9222 至 9570 億元"),
    m("price_change", 3, "%", TSMC, None, opt=True, basis="intraday, 大漲近 3%"),
    m("price|intraday_high", 1455, "TWD", TSMC, None, opt=True, basis="intraday record high"),
    m("price|share_price", 1440, "TWD", TSMC, None, basis="close 2025-10-09, record close"),
], [])


# zh12: Macau quarterly gaming statistics with a broker view and the gaming stocks' moves (星島 via singtao.ca; the headline
# "澳門貴賓博彩收入去年第四季跌36% 只得49億澳門元 為2020年第三季最低" kept as printed; whole article, the closing app /
# WhatsApp / subscription promotion left out; the typo "睹企" kept).
# Key: gross gaming revenue 190.8億澳門元 (-13% yoy, +1.7% qoq); VIP 48.99億澳門元 (-36% yoy, headline and lead repeat;
# -17.8% qoq); mass baccarat 141.8億澳門元 (-0.2% yoy, repeated; +10.8% qoq); gaming tables 6198 (+118 yoy, -104 qoq);
# slot machines +2904 yoy; 42 casinos; 金沙 +14.6% and close 21元; 永利 and 美高梅中國 +12% (近, one row each); 銀娛 +7%;
# 新濠國際 +5%.
# Optional: the lead's and headline's approximations (VIP 近49億 / 49億, VIP qoq 跌近18%, mass 近142億, mass qoq 升逾10%);
# the slot-machine count 逾1.18萬 (an open bound); the 4 suspended casinos.
# Rating actions: 摩根士丹利 maintain 金沙中國 overweight (增持) and maintain 銀娛 overweight, no targets printed (a rating
# printed without 維持 is recorded as maintain, news37).
# Judgement calls: "去年第四季" without a year -> period "Q4" (the text's "2020年第三季" and "2021年9月" bound the year but do
# not state it); the VIP and mass rows take the segment as entity with Macau as alias; the approximate lead figures are
# optional twins of the DICJ paragraph's exact ones; the stocks' moves and the close are "昨日" -> period None; "升近12%"
# shared by two stocks gives one key 12 % row each. Not labelled: stock codes, 2020年第三季, 2021年9月.
MAC12 = "澳門|Macau|Macao|澳門博彩業|Macau gaming|澳門博彩監察協調局|博監局|DICJ"
VIP12 = "貴賓博彩|貴賓廳|貴賓|VIP|VIP gaming|VIP baccarat|" + MAC12
MASS12 = "中場百家樂|中場|mass|mass-market baccarat|mass gaming|" + MAC12
MS12 = "摩根士丹利|大摩|Morgan Stanley"
SC12 = "金沙中國|金沙|Sands China|1928|01928|01928.HK"
GAL12 = "銀娛|銀河娛樂|Galaxy Entertainment|GEG|027|27|00027|00027.HK"
WY12 = "永利|永利澳門|Wynn Macau|1128|01128|01128.HK"
MGM12 = "美高梅中國|美高梅|MGM China|2282|02282|02282.HK"
ML12 = "新濠國際|新濠國際發展|Melco International|Melco International Development|200|00200|00200.HK"
P12 = "Q4"
G["zh12"] = ([
    m("gaming_revenue|gross_gaming_revenue|ggr", 1.908e10, "MOP", MAC12, P12, basis="幸運博彩毛收入, 去年第四季"),
    m("gaming_revenue_growth|gross_gaming_revenue_growth|ggr_growth", -13, "%", MAC12, P12, basis="yoy"),
    m("gaming_revenue_growth|gross_gaming_revenue_growth|ggr_growth", 1.7, "%", MAC12, P12, basis="qoq (微升)"),
    m("gaming_revenue|vip_gaming_revenue|revenue", 4.899e9, "MOP", VIP12, P12, basis="VIP gaming revenue, DICJ figure"),
    m("gaming_revenue|vip_gaming_revenue|revenue", 4.9e9, "MOP", VIP12, P12, opt=True,
      basis="headline 49億 / lead 近49億, approximate repeat"),
    m("gaming_revenue_growth|vip_gaming_revenue_growth|revenue_growth", -36, "%", VIP12, P12,
      basis="yoy; headline, lead and body"),
    m("gaming_revenue_growth|vip_gaming_revenue_growth|revenue_growth", -17.8, "%", VIP12, P12, basis="qoq"),
    m("gaming_revenue_growth|vip_gaming_revenue_growth|revenue_growth", -18, "%", VIP12, P12, opt=True,
      basis="qoq, lead 跌近18%"),
    m("gaming_revenue|mass_gaming_revenue|revenue", 1.418e10, "MOP", MASS12, P12, basis="mass baccarat revenue"),
    m("gaming_revenue|mass_gaming_revenue|revenue", 1.42e10, "MOP", MASS12, P12, opt=True, basis="lead 近142億"),
    m("gaming_revenue_growth|mass_gaming_revenue_growth|revenue_growth", -0.2, "%", MASS12, P12,
      basis="yoy (微跌); lead and body"),
    m("gaming_revenue_growth|mass_gaming_revenue_growth|revenue_growth", 10.8, "%", MASS12, P12, basis="qoq"),
    m("gaming_revenue_growth|mass_gaming_revenue_growth|revenue_growth", None, "%", MASS12, P12, rng=(10, None),
      opt=True, basis="qoq, lead 升逾10%"),
    m("gaming_tables|tables", 6198, "tables", MAC12, P12),
    m("gaming_tables_change|tables_change", 118, "tables", MAC12, P12, basis="yoy"),
    m("gaming_tables_change|tables_change", -104, "tables", MAC12, P12, basis="qoq"),
    m("slot_machines|gaming_machines", None, "machines", MAC12, P12, rng=(11800, None), opt=True, basis="逾1.18萬部"),
    m("slot_machines_change|gaming_machines_change", 2904, "machines", MAC12, P12, basis="yoy"),
    m("casinos|casino_count", 42, "casinos", MAC12, P12, basis="operating casinos"),
    m("casinos_suspended|casino_count", 4, "casinos", MAC12, P12, opt=True, basis="temporarily closed"),
    m("price_change", 14.6, "%", SC12, None, basis="昨日, best-performing gaming stock"),
    m("price|share_price", 21, "HKD", SC12, None, basis="close"),
    m("price_change", 12, "%", WY12, None, basis="升近12%"),
    m("price_change", 12, "%", MGM12, None, basis="升近12%"),
    m("price_change", 7, "%", GAL12, None),
    m("price_change", 5, "%", ML12, None),
], [
    ra(MS12, SC12, "maintain", "overweight"),
    ra(MS12, GAL12, "maintain", "overweight"),
])
