# Hand labels for news28/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD (zh07-zh10; a price printed without 元,
# "報25.25", is HKD too); explicit 元人民幣 / 人民幣 -> CNY, 美元 -> USD, 港元 -> HKD. Taiwan context: bare 元 / 億元 = TWD
# (zh11 prints 新台幣 once; zh12 none); 張 = board lots ("lots"). 點子 = bp; 一成 / 兩成 / 2成 = 10 % / 20 % (約2成 -> 20);
# 逾X -> an optional open bound; 約X / 近X -> X. Declines negative: 跌, 少, 季減, 下滑, 大跌, 賣超 (net selling), losses
# (虧損) and "改善" of a cost ratio (the ratio fell; zh07). No passage prints a year for its own figures, and no year is
# taken from outside the text (page dates, URL dates and the CNA date code "1130424" are never used): periods are "H1"
# (zh07, the half stated), "Q1" / "Q2" / "Q3" / "Q4" (zh10, zh11, the quarter stated), fiscal periods printed with their
# year ("2027財年" -> "FY2027", "2026財年第三季度" -> "FY2026Q3", zh10), otherwise None (market wraps, the IPO grey market,
# month-end and year-end ratios without a year). A figure printed twice (lead and body, headline-style sub-heading and
# body) is one row; a rounded or hedged restatement is optional. Entities carry Traditional and Simplified names, English
# names and stock codes, padded where the text prints none. Broker targets are also metric rows of the company with the
# broker in basis (news21 / news22), besides the rating actions.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Bank of China (Hong Kong)'s interim results (Sing Tao 星島 realtime finance item, Traditional; the page's "(nc)"
# byline tag and "最新回應" comment label are left out; the stored Traditional text has no headline, none composed). No
# year is printed -> the half-year flows are "H1"; the ratios "截至6月底" and the comparisons "比去年底" print no year ->
# period None for the balance-sheet ratios (loan-to-deposit, tier-1, impairment allowance, classified-loan ratio); the
# cost-to-income ratio is a half-year ratio compared 按年 (year on year) -> "H1" (judgement call). 元 = HKD.
# Key: 股東應佔溢利 172.16億元; continuing-operations profit 146.27億元 and its 同比 +24.5 %; continuing-operations EPS
# 1.3835元; interim dividend 0.545元, special dividend 0.095元 and the total 0.64元; net interest income 168.79億元 and
# +40.99 %; NIM 1.62 % and +34 bp (點子); cost-to-income ratio 26.17 % and its "改善2.11個百分點" (a cost ratio that
# improved fell -> -2.11 pp; judgement call, README); loan-to-deposit ratio 66.78 % and +2.12 pp; tier-1 ratio 17.66 %
# and -0.03 pp; impairment allowances to total customer loans 0.31 % and -2 bp (點子); classified or impaired loan ratio
# 0.19 %. No earlier levels are printed -> changes are rows of their own, no priors. Not labelled: 6月底 (a date),
# 02388 (code). "遠低於市場平均水平" prints no figure.
BOCHK = "中銀香港|中银香港|中銀香港(控股)|BOC Hong Kong|BOCHK|BOC Hong Kong (Holdings)|2388|02388"
H7 = "H1"
G["zh07"] = ([
    m("profit_attributable|net_profit|attributable_profit", 1.7216e10, "HKD", BOCHK, H7, basis="股東應佔溢利, first half"),
    m("continuing_operations_profit|profit_from_continuing_operations|net_profit", 1.4627e10, "HKD", BOCHK, H7,
      basis="持續經營業務溢利"),
    m("continuing_operations_profit_growth|profit_growth|net_profit_growth", 24.5, "%", BOCHK, H7,
      basis="yoy (同比升), continuing operations"),
    m("eps|eps_continuing_operations", 1.3835, "HKD", BOCHK, H7, basis="每股持續經營業務溢利"),
    m("dividend|dps|interim_dividend", 0.545, "HKD", BOCHK, H7, basis="中期股息 per share"),
    m("special_dividend|dividend|dps", 0.095, "HKD", BOCHK, H7, basis="特別股息 per share"),
    m("dividend|dps|total_dividend", 0.64, "HKD", BOCHK, H7, basis="interim + special, 合計派"),
    m("net_interest_income", 1.6879e10, "HKD", BOCHK, H7, basis="淨利息收入"),
    m("net_interest_income_growth", 40.99, "%", BOCHK, H7, basis="yoy (按年上升)"),
    m("net_interest_margin|nim", 1.62, "%", BOCHK, H7, basis="淨息差"),
    m("net_interest_margin_change|nim_change", 34, "bp", BOCHK, H7, basis="yoy, 升34個點子"),
    m("cost_to_income_ratio|cost_income_ratio", 26.17, "%", BOCHK, H7, basis="截至6月底 (first half)"),
    m("cost_to_income_ratio_change|cost_income_ratio_change", -2.11, "pp", BOCHK, H7,
      basis="yoy, 改善2.11個百分點 (ratio fell)"),
    m("loan_to_deposit_ratio|ldr", 66.78, "%", BOCHK, None, basis="end-June (截至6月底)"),
    m("loan_to_deposit_ratio_change|ldr_change", 2.12, "pp", BOCHK, None, basis="vs end of last year, 升"),
    m("tier1_capital_ratio|tier_1_ratio", 17.66, "%", BOCHK, None, basis="end-June"),
    m("tier1_capital_ratio_change|tier_1_ratio_change", -0.03, "pp", BOCHK, None, basis="vs end of last year, 跌"),
    m("impairment_allowance_ratio|loan_loss_allowance_ratio", 0.31, "%", BOCHK, None,
      basis="total loan impairment allowances to total customer loans, end-June"),
    m("impairment_allowance_ratio_change|loan_loss_allowance_ratio_change", -2, "bp", BOCHK, None,
      basis="vs end of last year, 跌2點子"),
    m("impaired_loan_ratio|classified_loan_ratio|npl_ratio", 0.19, "%", BOCHK, None,
      basis="特定分類或減值貸款比率, end-June"),
], [])

# zh08: Hong Kong midday market report (Ming Pao 明報 instant finance, mpfinance.com, Traditional). No year or date is
# printed -> period None throughout, "midday" in basis. 元 = HKD; 小米's "報25.25" (no 元 printed) is HKD. Key: the HSI
# midday level 26344 and its -161 points / -0.61 %; the half-day turnover 751億元; the HSCEI 10429, -43 points, -0.42 %;
# the HSTECH 8068 (收報) and +1.55 %; HSBC's -3.96 %, 41.2元 and its drag on the HSI (拖低恒指88點 -> -88 points, news25);
# the exact moves and prices of Alibaba, Tencent, Meituan, Xiaomi (the text calls its +0.4 % the best blue chip; kept as
# printed), the four caterers (大快活, 大家樂, 稻香, 太興), the three pandemic-demand retailers (香港電視, CEC國際, 國際家居零售)
# and the three carmakers; Great Wall Motor's November sales 14.52萬台 (-> 145,200 vehicles; no year printed -> period None,
# "11月" in basis) and their +26.12 % yoy; JD Health's first-day midday price 108.1元 and +53.16 %.
# Optional: 稻香's listing low 0.82元 (a reference low it touched) and JD Health's "大升逾5成" (an open bound on the exact
# +53.16 %). Not labelled: stock codes, 759 (part of the shop name 759阿信屋), 第四波 (a wave number), 紅底股 (no figure).
HSI8 = "恒指|恒生指數|恒生指数|Hang Seng Index|HSI"
HSC8 = "國指|國企指數|恒生中國企業指數|国指|Hang Seng China Enterprises Index|HSCEI"
HST8 = "恒生科技指數|科指|恒生科技指数|Hang Seng TECH Index|HSTECH"
MKT8 = "港股|大市|主板|香港股市|Hong Kong stocks|Hong Kong stock market"
D8 = "midday (半日)"
PC8, PX8 = "price_change|share_price_change", "share_price|price|close"


def st8(ent, price, pct):
    return [m(PX8, price, "HKD", ent, None, basis=D8), m(PC8, pct, "%", ent, None, basis=D8)]


HSBC8 = "匯控|滙控|匯豐|滙豐|匯豐控股|滙豐控股|HSBC|HSBC Holdings|5|0005|00005"
ALI8 = "阿里巴巴|阿里|Alibaba|Alibaba Group|9988|09988"
TCT8 = "騰訊|騰訊控股|腾讯|Tencent|Tencent Holdings|700|0700|00700"
MT8 = "美團|美团|Meituan|3690|03690"
XM8 = "小米|小米集團|小米集团|Xiaomi|1810|01810"
FW8 = "大快活|Fairwood|Fairwood Holdings|52|0052|00052"
CDC8 = "大家樂|大家乐|Café de Coral|Cafe de Coral|341|0341|00341"
TH8 = "稻香|稻香控股|Tao Heung|573|0573|00573"
THG8 = "太興|太興集團|太兴|Tai Hing|Tai Hing Group|6811|06811"
HKTV8 = "香港電視|香港电视|HKTV|Hong Kong Television Network|HKTVmall|1137|01137"
CEC8 = "CEC國際|CEC国际|CEC International|759阿信屋|759|0759|00759"
IHR8 = "國際家居零售|国际家居零售|International Housewares Retail|日本城|1373|01373"
GWM8 = "長城汽車|长城汽车|Great Wall Motor|Great Wall|2333|02333"
BYD8 = "比亞迪股份|比亞迪|比亚迪|BYD|BYD Company|1211|01211"
GAC8 = "廣汽集團|廣汽|广汽集团|GAC|GAC Group|Guangzhou Automobile|2238|02238"
JDH8 = "京東健康|京东健康|JD Health|JD Health International|6618|06618"
G["zh08"] = ([
    m("index_change", -161, "points", HSI8, None, basis=D8),
    m("index_change_pct|index_change", -0.61, "%", HSI8, None, basis=D8),
    m("index_level|index_close", 26344, "points", HSI8, None, basis=D8),
    m("turnover|trading_value|market_turnover", 7.51e10, "HKD", MKT8, None, basis="half-day turnover (成交金額)"),
    m("index_change", -43, "points", HSC8, None, basis=D8),
    m("index_change_pct|index_change", -0.42, "%", HSC8, None, basis=D8),
    m("index_level|index_close", 10429, "points", HSC8, None, basis=D8),
    m("index_level|index_close", 8068, "points", HST8, None, basis=D8 + ", 收報"),
    m("index_change_pct|index_change", 1.55, "%", HST8, None, basis=D8),
    *st8(HSBC8, 41.2, -3.96),
    m("index_points_contribution|index_point_impact", -88, "points", HSBC8, None,
      basis="dragged the HSI down 88 points (拖低恒指); worst blue chip"),
    *st8(ALI8, 257, -0.39),
    *st8(TCT8, 588, 0.77),
    *st8(MT8, 285, 0.92),
    *st8(XM8, 25.25, 0.4),
    *st8(FW8, 18.16, -0.22),
    *st8(CDC8, 17.44, -0.34),
    m("share_price|price|listing_low", 0.82, "HKD", TH8, None, opt=True, basis="touched its listing low (平上市低位)"),
    *st8(TH8, 0.83, 1.22),
    *st8(THG8, 1.38, -1.43),
    *st8(HKTV8, 12.38, 5.45),
    *st8(CEC8, 0.77, 5.48),
    *st8(IHR8, 2.62, 11.49),
    m("vehicle_sales|sales_volume|car_sales", 145200, "vehicles", GWM8, None, basis="11月 sales, 14.52萬台"),
    m("vehicle_sales_growth|sales_volume_growth|car_sales_growth", 26.12, "%", GWM8, None, basis="November, yoy (按年增)"),
    *st8(GWM8, 15.38, 9.7),
    *st8(BYD8, 182.2, 3),
    *st8(GAC8, 7.96, 2.58),
    *st8(JDH8, 108.1, 53.16),
    m(PC8, None, "%", JDH8, None, rng=(50, None), opt=True, basis="大升逾5成, first day, midday"),
], [])

# zh09: two Hong Kong IPOs in the grey market a day early because of the Mid-Autumn holiday (Apple Daily 蘋果日報 archive on
# collection.news, Traditional; "【本報訊】" kept). No year is printed ("周三(26日)") -> period None. 元 = HKD; the
# prospectus's 196.1元人民幣 is CNY with its bracketed HKD conversion (約223元). As in news3 / news6 / news14: the IPO price,
# the grey-market close and change (耀才), the grey-market turnover and the oversubscription are key; net proceeds (集資淨額)
# and the number of shares offered are key deal terms (news22 zh10, news25 batch a); lot sizes, paper gains per lot and the
# one-lot success rates are optional allotment statistics. 信源's "升幅達兩成" is exactly 1.5 -> 1.8 (20 %, key); "約" figures
# are the value. Optional trivia: Haidilao's average spend per customer outside China (196.1元人民幣, a prospectus statistic)
# and its bracketed conversion 約223元, and "可食7次" (a derived count of meals). Not labelled: 26日 (a date), 6862 / 1748
# (codes). 輝立's grey prices print no figure.
HDL9 = "海底撈|海底捞|Haidilao|Haidilao International|6862|06862"
XY9 = "信源企業|信源企业|信源|Xinyuan Enterprises|Xin Yuan Enterprises|1748|01748"
G["zh09"] = ([
    m("ipo_price|offer_price", 17.8, "HKD", HDL9, None, basis="招股價"),
    m("grey_market_price|price", 19.46, "HKD", HDL9, None, basis="grey-market close, 耀才"),
    m("grey_market_change|price_change", 9.33, "%", HDL9, None, basis="grey market vs IPO price, 耀才"),
    m("grey_market_turnover|turnover", 5.25e6, "HKD", HDL9, None, basis="grey market, 耀才"),
    m("lot_size", 1000, "shares", HDL9, None, opt=True),
    m("paper_gain_per_lot", 1660, "HKD", HDL9, None, opt=True, basis="賬面賺, per lot"),
    m("average_spend_per_customer|spend_per_customer", 196.1, "CNY", HDL9, None, opt=True,
      basis="prospectus, restaurants outside China (人均消費)"),
    m("average_spend_per_customer|spend_per_customer", 223, "HKD", HDL9, None, opt=True, basis="bracketed conversion, 約"),
    m("meals_per_lot_gain|count", 7, "meals", HDL9, None, opt=True, basis="一手所賺可吃7次 (trivia)"),
    m("shares_offered|offer_shares", 4.25e8, "shares", HDL9, None, basis="發售股數"),
    m("net_proceeds|ipo_proceeds|funds_raised", 7.27e9, "HKD", HDL9, None, basis="集資淨額"),
    m("oversubscription|subscription_multiple", 4.56, "x", HDL9, None, basis="超額認購"),
    m("one_lot_success_rate|allotment_rate", 60.01, "%", HDL9, None, opt=True),
    m("ipo_price|offer_price", 1.5, "HKD", XY9, None, basis="招股價"),
    m("grey_market_price|price", 1.8, "HKD", XY9, None, basis="grey-market close"),
    m("grey_market_change|price_change", 20, "%", XY9, None, basis="升幅達兩成"),
    m("grey_market_turnover|turnover", 2.33e5, "HKD", XY9, None, basis="grey market, 約23.3萬元"),
    m("lot_size", 2000, "shares", XY9, None, opt=True),
    m("paper_gain_per_lot", 600, "HKD", XY9, None, opt=True, basis="賬面賺, per lot"),
    m("shares_offered|offer_shares", 1e8, "shares", XY9, None, basis="發售1億股"),
    m("net_proceeds|ipo_proceeds|funds_raised", 1.248e8, "HKD", XY9, None, basis="集資淨額, 約"),
    m("oversubscription|subscription_multiple", 3.76, "x", XY9, None, basis="public offer, 約"),
    m("one_lot_success_rate|allotment_rate", 21.37, "%", XY9, None, opt=True),
], [])

# zh10: four brokers on Alibaba after its quarterly results (881903 / 商業電台 finance, Traditional). The quarter is printed
# as "截至9月底止第一季" with no year -> period "Q1" as printed (the text's own name of the quarter; no outside knowledge of
# Alibaba's fiscal calendar is used); fiscal years printed by the brokers are "FY2027" and "FY2026Q3" / "FY2026Q4";
# "未來兩季" and "每季" forecasts without a printed quarter -> period None. Currencies as printed: 億元人民幣 -> CNY,
# 美元 (ADR targets) -> USD, 港元 -> HKD. Key: adjusted net profit 103.52億元人民幣 and 按年少72 %; net profit 206.12億元人民幣
# and -53 %; UBS's 17x FY2027 P/E, cloud revenue growth forecasts for the next two quarters (33 %, 30 %), the cloud
# adjusted EBITA margin 約9 %, the "其他業務" quarterly loss forecast 40至50億元人民幣 (a loss -> rng=(-5e9, -4e9), with the
# previous quarter's 34億 loss as prior; that level is also an optional row, news23), its ADR and H-share targets (216美元,
# 210港元, 維持 -> no prior); Morgan Stanley's cloud revenue growth forecasts (35 % / 36 % / 40 %) and ADR target 200美元;
# JPMorgan's e-commerce segment adjusted EBITA fall "約76%" (-76 %, period Q1) and its cut targets 230美元 / 225港元 (earlier
# targets not printed -> no prior); Citi's ADR target 225美元 with its "上調約3%" (+3 %) and H-share target 223港元 (earlier
# level not printed). Rating actions: the action's target is the Hong Kong-share target where one is printed (this is a
# Hong Kong stock story), otherwise the ADR target in USD: UBS maintain buy 210 HKD; Morgan Stanley maintain overweight
# 200 USD (ADR only); JPMorgan cut_target overweight 225 HKD (no prior printed); Citi raise_target buy 223 HKD. Not
# labelled: 09988 (code), 2022年 (the year of the segment split).
ALI10 = "阿里巴巴|阿里|Alibaba|Alibaba Group|阿里巴巴集團|9988|09988|BABA"
CLOUD10 = "雲業務|阿里雲|雲收入|cloud|Alibaba Cloud|cloud business|" + ALI10
OTHER10 = "其他業務|other businesses|all other|" + ALI10
ECOM10 = "電商分部|電商|e-commerce segment|e-commerce|China e-commerce|" + ALI10
UBS10 = "瑞銀|UBS"
MS10 = "摩根士丹利|大摩|Morgan Stanley"
JPM10 = "摩根大通|摩通|小摩|JPMorgan|J.P. Morgan"
CITI10 = "花旗|Citi|Citigroup"
TP = "target_price"
G["zh10"] = ([
    m("adjusted_net_profit|adjusted_net_income|non_gaap_net_profit", 1.0352e10, "CNY", ALI10, "Q1",
      basis="quarter to end-September (截至9月底止第一季)"),
    m("adjusted_net_profit_growth|adjusted_net_income_growth", -72, "%", ALI10, "Q1", basis="yoy, 按年少"),
    m("net_profit|net_income", 2.0612e10, "CNY", ALI10, "Q1", basis="純利"),
    m("net_profit_growth|net_income_growth", -53, "%", ALI10, "Q1", basis="yoy, 按年少"),
    m("pe_ratio|pe|valuation_multiple", 17, "x", ALI10, "FY2027", basis="UBS, current price vs FY2027 earnings"),
    m("revenue_growth|cloud_revenue_growth|revenue_growth_forecast", 33, "%", CLOUD10, None,
      basis="UBS forecast, yoy, next quarter (未來兩季, first)"),
    m("revenue_growth|cloud_revenue_growth|revenue_growth_forecast", 30, "%", CLOUD10, None,
      basis="UBS forecast, yoy, the quarter after (未來兩季, second)"),
    m("adjusted_ebita_margin|ebita_margin", 9, "%", CLOUD10, None, basis="UBS forecast, 穩定在9%左右"),
    m("segment_loss|segment_profit|operating_loss", None, "CNY", OTHER10, None, rng=(-5e9, -4e9), prior=-3.4e9,
      basis="UBS forecast, quarterly loss widening to 每季40至50億元人民幣; prior = last quarter's 34億 loss"),
    m("segment_loss|segment_profit|operating_loss", -3.4e9, "CNY", OTHER10, None, opt=True,
      basis="last quarter's loss (上季34億元人民幣)"),
    m(TP, 216, "USD", ALI10, None, basis="UBS, ADR target, 維持"),
    m(TP, 210, "HKD", ALI10, None, basis="UBS, H-share target, 維持"),
    m("revenue_growth|cloud_revenue_growth|revenue_growth_forecast", 35, "%", CLOUD10, "FY2026Q3",
      basis="Morgan Stanley forecast, 2026財年第三季度"),
    m("revenue_growth|cloud_revenue_growth|revenue_growth_forecast", 36, "%", CLOUD10, "FY2026Q4",
      basis="Morgan Stanley forecast, 2026財年第四季度"),
    m("revenue_growth|cloud_revenue_growth|revenue_growth_forecast", 40, "%", CLOUD10, "FY2027",
      basis="Morgan Stanley forecast, 2027財年"),
    m(TP, 200, "USD", ALI10, None, basis="Morgan Stanley, ADR target, 維持"),
    m("adjusted_ebita_growth|segment_adjusted_ebita_growth|ebita_growth", -76, "%", ECOM10, "Q1",
      basis="JPMorgan: e-commerce segment adjusted EBITA, yoy, 大跌約76%"),
    m(TP, 230, "USD", ALI10, None, basis="JPMorgan, ADR target, 下調至"),
    m(TP, 225, "HKD", ALI10, None, basis="JPMorgan, H-share target, 下調至"),
    m(TP, 225, "USD", ALI10, None, basis="Citi, ADR target, 上調至"),
    m("target_price_change", 3, "%", ALI10, None, basis="Citi, ADR target raised 約3%"),
    m(TP, 223, "HKD", ALI10, None, basis="Citi, H-share target, 升至"),
], [
    ra(UBS10, ALI10, "maintain", "buy", None, 210, None, "HKD"),
    ra(MS10, ALI10, "maintain", "overweight", None, 200, None, "USD"),
    ra(JPM10, ALI10, "cut_target", "overweight", None, 225, None, "HKD"),
    ra(CITI10, ALI10, "raise_target", "buy", None, 223, None, "HKD"),
])

# zh11: Taiwan foundry UMC's first-quarter results and second-quarter guidance at its investor conference (Central News
# Agency 中央社 story on news.cts.com.tw 華視, Traditional, Taiwan usage; the trailing "新聞來源:中央社" and "讀者迴響" lines
# are page chrome, left out; the CNA date code "1130424" is kept in the text and neither labelled nor used to date the
# passage, news26). No year is printed -> "Q1", "Q2", "Q3", "Q4" (去年第4季: the year before an unprinted year -> "Q4").
# 億元 = TWD (新台幣 printed once). Key: attributable net profit 104.56億元 (lead and body -> one row) and 季減20.8 %; EPS
# 0.84元 (printed twice -> one row); revenue 546.32億元 and -0.6 % qoq; gross margin 30.9 % and its -1.5 pp against the
# fourth quarter (earlier level not printed -> no prior); capacity utilisation 約65 %; wafer shipments +4.5 % qoq; guidance
# for the second quarter: wafer shipments 季增1%至3% (lead "增加約1%至3%" and body -> one key range row), utilisation 約65 %
# and gross margin 約30 %. Optional: the lead's rounded "季減約2成" (-20 %), the first quarter's earlier shipment guidance
# "預期的2%至3%" (a comparison range), and the 70 % utilisation threshold for the third quarter (a level the company cannot
# confirm, not a forecast). Not labelled: 22奈米 / 28奈米 / 65奈米, 12吋 / 8吋 (process and wafer sizes), 24日 (date).
UMC = "聯電|联电|聯華電子|UMC|United Microelectronics|2303"
G["zh11"] = ([
    m("net_profit_attributable|net_profit|net_income", 1.0456e10, "TWD", UMC, "Q1",
      basis="歸屬母公司淨利, printed in lead and body"),
    m("net_profit_growth|net_income_growth", -20.8, "%", UMC, "Q1", basis="qoq, 季減"),
    m("net_profit_growth|net_income_growth", -20, "%", UMC, "Q1", opt=True, basis="lead, 季減約2成 (rounded)"),
    m("eps", 0.84, "TWD", UMC, "Q1", basis="每股純益; printed twice"),
    m("wafer_shipments_growth|shipment_growth|wafer_shipment_growth_guidance", None, "%", UMC, "Q2", rng=(1, 3),
      basis="guidance, qoq (季增/增加約1%至3%); lead and body"),
    m("capacity_utilization|utilization_rate", 65, "%", UMC, "Q1", basis="產能利用率, 約"),
    m("wafer_shipments_growth|shipment_growth", 4.5, "%", UMC, "Q1", basis="qoq, 季增"),
    m("wafer_shipments_growth|shipment_growth|wafer_shipment_growth_guidance", None, "%", UMC, "Q1", rng=(2, 3), opt=True,
      basis="earlier guidance for the quarter (預期的2%至3%)"),
    m("revenue", 5.4632e10, "TWD", UMC, "Q1", basis="營收"),
    m("revenue_growth", -0.6, "%", UMC, "Q1", basis="qoq, 季減"),
    m("gross_margin", 30.9, "%", UMC, "Q1", basis="毛利率"),
    m("gross_margin_change", -1.5, "pp", UMC, "Q1", basis="vs the fourth quarter (去年第4季), 下滑"),
    m("capacity_utilization|utilization_rate", 65, "%", UMC, "Q2", basis="guidance, 約"),
    m("gross_margin|gross_margin_guidance", 30, "%", UMC, "Q2", basis="guidance, 約"),
    m("capacity_utilization|utilization_rate", 70, "%", UMC, "Q3", opt=True,
      basis="threshold: uncertain whether utilisation can return to 70%"),
], [])

# zh12: Taiwan stock-market close after a 691-point fall (Yahoo奇摩新聞 story, Taiwan usage; the page's photo caption
# (攝影 credit, with "一張一天賺38萬元" for 信驊) is left out; the two sub-headings are kept; the stored excerpt breaks off after
# "收在6500元，" -> the passage ends with that complete clause). No year is printed ("18日", "今年6月9日") -> period None.
# 元 / 億元 = TWD; 張 = lots. Key: the TAIEX's -691.19 points, -2.52 % and close 26756.12; turnover 6404億元 (printed as
# 成交量, a value in 億元); the institutional flows (三大法人 -710.3億元, 外資 約-485.37億元, 自營商(合計) 約-191.41億元 with its
# 自行買賣 約-37.64億元 and 避險 約-153.77億元, 投信 約-33.5億元; 賣超 -> negative); the named stocks' closes and moves: TSMC
# -40元 (lead) and -2.77 %, with the last-auction trade price 1405元 as its close (收盤); Hon Hai -2.54 % and 230元; MediaTek
# -4.88 %, -60元 (lead and body -> one row) and 1170元; Delta -18元 and 898元; Alchip (世芯KY) -360元 and the limit-down close
# 3250元; Wiwynn (緯穎) -220元 and 4130元; ASPEED (信驊) +6.21 %, +380元 and 6500元. Optional: the sub-heading's rounded
# "重挫近700點" (-700), the 27000 level lost (a round level), the monthly and quarterly moving averages (27825, 26330.29) and
# the 426-point gap, the foreign selling of TSMC and Hon Hai written "1萬3千多張" / "8千多張" (open bounds) and the last-auction
# lot counts (6千張 sell pressure, 7千張 traded), the round price levels broken (1200元, 900元) and the per-lot paper losses
# (36萬元, 22萬; printed in sub-heading and body -> one row each). Not labelled: 18日 / 6月9日 (dates), F4 (a nickname).
TAIEX = "台灣加權股價指數|加權指數|台股|集中市場|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III12 = "三大法人|institutional investors|three major institutional investors"
FI12 = "外資|外資及陸資|外资|foreign investors|foreign institutional investors"
DL12 = "自營商|自营商|dealers|proprietary traders"
IT12 = "投信|investment trusts|domestic investment trusts"
TSMC12 = "台積電|台积电|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
HH12 = "鴻海|鸿海|Hon Hai|Foxconn|2317"
MTK12 = "聯發科|联发科|MediaTek|2454"
DEL12 = "台達|台達電|台达电|Delta|Delta Electronics|2308"
ALC12 = "世芯KY|世芯-KY|世芯|Alchip|Alchip Technologies|3661"
WIW12 = "緯穎|纬颖|Wiwynn|6669"
ASP12 = "信驊|信骅|ASPEED|Aspeed Technology|5274"
NB12 = "net_buy|net_buying|net_sell|fund_flow"
PX12, PC12 = "share_price|price|close", "price_change|share_price_change"
D12 = "close, 18日"
G["zh12"] = ([
    m("index_change", -691.19, "points", TAIEX, None, basis=D12 + ", 大跌"),
    m("index_change_pct|index_change", -2.52, "%", TAIEX, None, basis=D12),
    m("index_level|index_close", 26756.12, "points", TAIEX, None, basis=D12),
    m("index_change", -700, "points", TAIEX, None, opt=True, basis="sub-heading, 重挫近700點 (rounded)"),
    m("index_level|round_level", 27000, "points", TAIEX, None, opt=True, basis="2萬7千點 level lost (失守)"),
    m("turnover|trading_value", 6.404e11, "TWD", TAIEX, None, basis="成交量6404億元"),
    m(NB12, -7.103e10, "TWD", III12, None, basis="合計賣超"),
    m(NB12, -4.8537e10, "TWD", FI12, None, basis="賣超, 約"),
    m(NB12, -3.35e9, "TWD", IT12, None, basis="賣超, 約"),
    m(NB12, -1.9141e10, "TWD", DL12, None, basis="自營商（合計）賣超, 約"),
    m(NB12, -3.764e9, "TWD", DL12, None, basis="proprietary (自行買賣) 賣超, 約"),
    m(NB12, -1.5377e10, "TWD", DL12, None, basis="hedging (避險) 賣超, 約"),
    m("moving_average|index_level", 27825, "points", TAIEX, None, opt=True, basis="monthly moving average (月線)"),
    m("moving_average|index_level", 26330.29, "points", TAIEX, None, opt=True, basis="quarterly moving average (季線)"),
    m("index_gap|points_gap", 426, "points", TAIEX, None, opt=True, basis="gap to the quarterly moving average (相差)"),
    m(PC12, -40, "TWD", TSMC12, None, basis=D12 + ", 大跌40元"),
    m(PC12, -2.77, "%", TSMC12, None, basis=D12),
    m(PX12, 1405, "TWD", TSMC12, None, basis="last auction price = close (最後一盤以1405元成交, 收盤)"),
    m("sell_orders|order_volume", 6000, "lots", TSMC12, None, opt=True, basis="last-auction sell pressure 6千張"),
    m("trading_volume|volume", 7000, "lots", TSMC12, None, opt=True, basis="last auction, 7千張 traded"),
    m(NB12, None, "lots", TSMC12, None, rng=(None, -13000), opt=True, basis="foreign net selling 1萬3千多張"),
    m(NB12, None, "lots", HH12, None, rng=(None, -8000), opt=True, basis="foreign net selling 8千多張"),
    m(PC12, -2.54, "%", HH12, None, basis=D12),
    m(PX12, 230, "TWD", HH12, None, basis=D12),
    m(PC12, -4.88, "%", MTK12, None, basis=D12),
    m(PC12, -60, "TWD", MTK12, None, basis=D12 + ", 跌60元; lead repeats"),
    m(PX12, 1170, "TWD", MTK12, None, basis=D12),
    m("price_level|round_level", 1200, "TWD", MTK12, None, opt=True, basis="round level broken (失守1200元)"),
    m(PC12, -18, "TWD", DEL12, None, basis=D12),
    m(PX12, 898, "TWD", DEL12, None, basis=D12),
    m("price_level|round_level", 900, "TWD", DEL12, None, opt=True, basis="round level broken (跌破900元)"),
    m(PC12, -360, "TWD", ALC12, None, basis=D12),
    m(PX12, 3250, "TWD", ALC12, None, basis=D12 + ", limit-down price (跌停價)"),
    m("paper_gain_per_lot|paper_loss_per_lot", -360000, "TWD", ALC12, None, opt=True,
      basis="loss per lot in a day, 36萬元; sub-heading repeats"),
    m(PC12, -220, "TWD", WIW12, None, basis=D12),
    m(PX12, 4130, "TWD", WIW12, None, basis=D12),
    m("paper_gain_per_lot|paper_loss_per_lot", -220000, "TWD", WIW12, None, opt=True,
      basis="loss per lot in a day, 22萬元; sub-heading 22萬 repeats"),
    m(PC12, 6.21, "%", ASP12, None, basis=D12),
    m(PC12, 380, "TWD", ASP12, None, basis=D12),
    m(PX12, 6500, "TWD", ASP12, None, basis=D12),
], [])
