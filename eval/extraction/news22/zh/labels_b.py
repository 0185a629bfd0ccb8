# Hand labels for news22/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong / Macau, two Taiwan). Helpers m()
# and ra() are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed;
# "（人民幣，下同）" makes the following 元 amounts CNY (news16); "(澳門幣,下同)" makes them MOP; 美元 -> USD; Taiwan context:
# bare 元 / 億元 = TWD (news17, news19, news21). No year is taken from outside the text (page dates are never used); a
# year is used only where the passage prints it or clearly implies it (see zh07, zh08, zh11). Chinese numerals are
# resolved (三成 -> 30, 六成半 -> 65, 七二九．二 -> 729.2, 〇．五 -> 0.5, 七千億 -> 7e11, 兩成 -> 20). Entities carry
# Traditional and Simplified names, English names and stock codes as printed and padded. Composed first lines (zh09,
# zh10) print no figure. Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Sun Hung Kai Properties annual results (hket.com 《藍籌業績》, Traditional). Period: the text says "截至今年6月底止
# 全年業績" and, for contracted sales after the year, "2022年7月以來" -> the year reported is the one ended June 2022
# (judgement call: the new financial year starts in July 2022, so 今年 = 2022) -> "FY2022" for the annual figures. The
# contracted sales since July 2022 (120億元) belong to no reported period -> period None, the start in basis. Headline
# "基礎溢利287億" and "跌近4%" round the body's 287.3億元 and -3.8% -> optional rows; headline "末期息每股3.7元" = body (one
# row). "與去年持平" / "維持不變" / "與前年度差不多" print no earlier figure -> no prior. The market expectation 297億元 is a
# consensus comparison -> optional (news16). Land bank in 萬平方呎 -> unit "square feet" (约 -> value). Not labelled: 8日
# (date), 1A及1B期 (phase names), 未來5年 (a span).
SHKP = "新鴻基地產|新地|新鴻基|新鸿基地产|新鸿基|Sun Hung Kai Properties|SHKP|00016|0016|16"
FY7 = "FY2022"
UP = "underlying_profit|underlying_net_profit|core_profit|basic_profit"
UPG = "underlying_profit_growth|underlying_net_profit_growth|core_profit_growth"
G["zh07"] = ([
    m("net_profit|profit_attributable|reported_profit", 2.556e10, "HKD", SHKP, FY7, basis="純利"),
    m("net_profit_growth|profit_growth", -4.2, "%", SHKP, FY7, basis="yoy"),
    m(UP, 2.873e10, "HKD", SHKP, FY7, basis="基礎溢利"),
    m(UP, 2.87e10, "HKD", SHKP, FY7, opt=True, basis="headline, rounded (287億)"),
    m(UPG, -3.8, "%", SHKP, FY7, basis="yoy"),
    m(UPG, -4, "%", SHKP, FY7, opt=True, basis="headline, 跌近4%"),
    m(UP + "|consensus_estimate|market_expectation", 2.97e10, "HKD", SHKP, FY7, opt=True,
      basis="market expectation (市場所估)"),
    m("revenue", 7.775e10, "HKD", SHKP, FY7),
    m("revenue_growth", -8.8, "%", SHKP, FY7, basis="yoy"),
    m("final_dividend|dividend_per_share|dividend", 3.7, "HKD", SHKP, FY7, basis="per share, unchanged; headline repeats"),
    m("total_dividend|annual_dividend|dividend_per_share", 4.95, "HKD", SHKP, FY7, basis="full-year per share, unchanged"),
    m("price|share_price", 94.05, "HKD", SHKP, None, basis="close, 8日"),
    m("price_change|share_price_change", 0.5, "%", SHKP, None, basis="close, against the market (逆市)"),
    m("turnover|trading_value", 2.3e8, "HKD", SHKP, None, basis="the stock's turnover for the day"),
    m("property_sales_profit|profit_from_property_sales", 1.585e10, "HKD", SHKP, FY7),
    m("property_sales_profit_growth|profit_from_property_sales_growth", -24.5, "%", SHKP, FY7, basis="yoy"),
    m("contracted_sales", 3.35e10, "HKD", SHKP, FY7, basis="attributable (以所佔權益計)"),
    m("contracted_sales", 1.2e10, "HKD", SHKP, None, basis="attributable, since July 2022 (2022年7月以來)"),
    m("gross_rental_income|rental_income", 2.481e10, "HKD", SHKP, FY7, basis="總租金收入"),
    m("net_rental_income", 1.925e10, "HKD", SHKP, FY7),
    m("net_rental_income_growth|rental_income_growth", 1, "%", SHKP, FY7, basis="yoy"),
    m("land_bank|landbank", 5.71e7, "square feet", SHKP, None, basis="Hong Kong, attributable GFA, 約"),
    m("land_bank|properties_under_development", 2.24e7, "square feet", SHKP, None,
      basis="Hong Kong land bank under development"),
], [])

# zh08: Meituan after its second-quarter results, five brokers (Ming Pao / 明報專訊, Traditional). Currency: the share
# price and all targets are HKD (港元, and 101.7元 precedes the 人民幣 note); from "2元（人民幣，下同）" on, the bare 元
# amounts (losses, profit forecasts) are CNY. Year: the passage prints "2026年" in JPMorgan's outlook next to "今明兩年"
# and HSBC's "2025年至2027年" -> 今年 = 2025, 明年 = 2026, 今年第三季 = 2025Q3, 次季 (the quarter just reported) =
# 2025Q2 (judgement call, README). Losses are negative values (news14, news16); "經調整虧損" forecasts are rows of
# adjusted_net_profit with a negative value. Morgan Stanley's revised forecasts take its earlier forecasts as prior
# ("原本…預測為203億元及354億元"; value new, prior old, news17) and the earlier ones are also optional rows of their own.
# "削三成" = a 30% target cut (JPMorgan, earlier target not printed) -> key target_price_change -30 %; the sub-heading
# repeats it and the 105元 target (one row each). Headline "挫12%" rounds the close's -12.6% -> optional; "一度挫逾13%"
# is an optional intraday bound; headline "轉虧140億" = Goldman's 約140億元 (one row); sub-heading "可賺237億" = Morgan
# Stanley's 237億元 (one row). HSBC's "2025年至2027年的收入預測下調5%至6%" -> one range of negative changes. Rating
# actions: Goldman, Morgan Stanley and HSBC keep 「買入」 and cut the target -> cut_target (buy); Citi and JPMorgan cut the
# rating to 「中性」 -> downgrade, earlier rating not printed (None); Citi's target is not printed. Not labelled: 紅底股
# (the 100元 mark is not printed), （見表） (the table is not part of the page text), 數季.
MT = "美團|美团|美團-W|美团-W|Meituan|3690|03690"
GS = "高盛|Goldman Sachs|Goldman"
CITI = "花旗|Citi|Citigroup"
JPM = "摩根大通|摩通|小摩|JPMorgan|J.P. Morgan"
MS = "摩根士丹利|大摩|Morgan Stanley"
HSBCR = "匯豐環球研究|滙豐環球研究|汇丰环球研究|匯豐|滙豐|HSBC Global Research|HSBC"
ANP = "adjusted_net_profit_forecast|adjusted_net_profit|adjusted_net_loss_forecast|adjusted_profit_forecast"
G["zh08"] = ([
    m("adjusted_net_profit_growth|adjusted_profit_growth", -89, "%", MT, "2025Q2", basis="yoy, 次季"),
    m("price_change|share_price_change", None, "%", MT, None, rng=(None, -13), opt=True, basis="intraday, 一度挫逾13%"),
    m("price_change|share_price_change", -12.6, "%", MT, None, basis="close"),
    m("price_change|share_price_change", -12, "%", MT, None, opt=True, basis="headline, rounded"),
    m("price|share_price", 101.7, "HKD", MT, None, basis="close"),
    m("loss_per_order|unit_loss|profit_per_order", -2, "CNY", MT, "2025Q3",
      basis="Goldman Sachs forecast, per food-delivery order (虧損2元)"),
    m(ANP, -1.4e10, "CNY", MT, "2025", basis="Goldman Sachs forecast, adjusted loss 約140億元; headline repeats"),
    m("target_price", 144, "HKD", MT, None, prior=159, basis="Goldman Sachs"),
    m("target_price", 105, "HKD", MT, None, basis="JPMorgan; sub-heading repeats"),
    m("target_price_change", -30, "%", MT, None, basis="JPMorgan, 削三成; sub-heading repeats"),
    m(ANP, -6.831e9, "CNY", MT, "2025", basis="JPMorgan forecast, adjusted loss"),
    m(ANP, -5.112e9, "CNY", MT, "2026", basis="JPMorgan forecast, adjusted loss"),
    m("segment_profit|segment_loss|operating_loss", -1.5e10, "CNY", "外賣及閃購|外卖及闪购|food delivery and flash sales|" + MT,
      "2025Q3", basis="Morgan Stanley forecast, loss (蝕)"),
    m("segment_profit|segment_loss|operating_loss", -1e10, "CNY", "核心本地商業|核心本地商业|core local commerce|" + MT,
      "2025Q3", basis="Morgan Stanley forecast, loss"),
    m(ANP, -7.2e9, "CNY", MT, "2025", prior=2.03e10, basis="Morgan Stanley forecast, adjusted loss; prior = earlier forecast"),
    m(ANP, 2.37e10, "CNY", MT, "2026", prior=3.54e10,
      basis="Morgan Stanley forecast, adjusted profit; prior = earlier forecast; sub-heading repeats"),
    m(ANP, 2.03e10, "CNY", MT, "2025", opt=True, basis="Morgan Stanley's earlier forecast"),
    m(ANP, 3.54e10, "CNY", MT, "2026", opt=True, basis="Morgan Stanley's earlier forecast"),
    m("target_price", 135, "HKD", MT, None, prior=150, basis="Morgan Stanley"),
    m("revenue_forecast_change|revenue_forecast_revision", None, "%", MT, "2025..2027", rng=(-6, -5),
      basis="HSBC Global Research, cut (下調5%至6%)"),
    m("target_price", 125, "HKD", MT, None, prior=160, basis="HSBC Global Research"),
], [
    ra(GS, MT, "cut_target", "buy", None, 144, 159, "HKD"),
    ra(CITI, MT, "downgrade", "neutral", None, None, None, None),
    ra(JPM, MT, "downgrade", "neutral", None, 105, None, "HKD"),
    ra(MS, MT, "cut_target", "buy", None, 135, 150, "HKD"),
    ra(HSBCR, MT, "cut_target", "buy", None, 125, 160, "HKD"),
])

# zh09: Macau September gaming revenue with Citi's note and an academic's outlook (exmoo 力報, Macau, Traditional;
# "(澳門幣,下同)" -> MOP). No year is printed (2019 appears only as the comparison base) -> period None, months and spans in
# basis (news16 zh09). The first line is a figure-free headline written for the passage (the stored page shows none; its
# photo caption repeating the body's first sentence was left out). September's 182.89億元 is printed twice (bureau and
# Citi) -> one row, with last year's 172.53億元 as prior; its +6% (printed twice) -> one row. Daily averages are their
# own metric (daily_gaming_revenue); the last nine days' 約5.38億元 takes the first 21 days' 6.4 億元 as prior (also an
# optional row) and the 約16% fall is key. Citi's October forecasts (total, daily average, growth, Golden Week, 9-12
# October, rest of the month) are key forecast rows. Comparisons with forecasts are optional (news16): Citi's own 185億元,
# the market's 188億元 and the 3% shortfall. "超過200億元" is a bound -> optional. The government's revised full-year
# estimate (2,280億元) and the 2,400億元 full-year target (printed twice) are key; the monthly run-rates needed to reach
# them (155.53億元, 195.53億元) are derived -> optional. Not labelled: 33小時 and 為期8日 (durations), 10月9日至12日 and
# 十、十一、十二月 (dates), 五一 (a holiday).
MO = "澳門|澳門博彩業|本澳|澳门|Macau|Macao"
GR = "gaming_revenue|ggr|gross_gaming_revenue"
GRG = "gaming_revenue_growth|ggr_growth"
DGR = "daily_gaming_revenue|ggr_per_day|daily_average_gaming_revenue"
G["zh09"] = ([
    m(GR, 1.8289e10, "MOP", MO, None, prior=1.7253e10, basis="September (9月份); prior = 去年同期; Citi repeats"),
    m(GRG, 6, "%", MO, None, basis="September, yoy; printed twice"),
    m(GRG, -17.5, "%", MO, None, basis="September, mom"),
    m(GR, 1.81341e11, "MOP", MO, None, basis="first nine months (首九個月), cumulative"),
    m(GRG, 7.1, "%", MO, None, basis="first nine months, yoy"),
    m(GRG + "|gaming_revenue_vs_pre_pandemic", -17.7, "%", MO, None, basis="first nine months vs pre-pandemic (較疫前低)"),
    m(DGR, 6.1e8, "MOP", MO, None, basis="September daily average, 約 (Citi)"),
    m("recovery_rate|gaming_revenue_vs_2019", 83, "%", MO, None, basis="September as % of 2019 same period (Citi)"),
    m(GR, 1.85e10, "MOP", MO, None, opt=True, basis="September, Citi's earlier forecast"),
    m(GR, 1.88e10, "MOP", MO, None, opt=True, basis="September, market expectation"),
    m("gaming_revenue_vs_consensus|ggr_surprise", -3, "%", MO, None, opt=True, basis="September vs market expectation (低3%)"),
    m(DGR, 5.38e8, "MOP", MO, None, prior=6.4e8,
      basis="daily average, last 9 days of September (typhoon), 約; prior = first 21 days"),
    m(DGR, 6.4e8, "MOP", MO, None, opt=True, basis="daily average, first 21 days of September"),
    m("daily_gaming_revenue_change|ggr_per_day_change", -16, "%", MO, None, basis="last 9 days vs first 21 days, 約"),
    m(GR, 2.3e10, "MOP", MO, None, basis="October, Citi forecast"),
    m(DGR, 7.42e8, "MOP", MO, None, basis="October daily average, Citi forecast, 約"),
    m(GRG, 11, "%", MO, None, basis="October, yoy, Citi forecast"),
    m(DGR, 1.05e9, "MOP", MO, None, basis="National Day Golden Week daily average, Citi forecast"),
    m(DGR, 8e8, "MOP", MO, None, basis="9-12 October, per day, Citi forecast"),
    m(DGR, 6.33e8, "MOP", MO, None, basis="rest of October daily average, Citi forecast"),
    m(GR, None, "MOP", MO, None, rng=(2e10, None), opt=True, basis="October, 馮家超 forecast, 超過200億元"),
    m(GR, 2.28e11, "MOP", MO, None, basis="full year (今年), government estimate, revised"),
    m(GR, 1.5553e10, "MOP", MO, None, opt=True, basis="monthly run-rate needed Oct-Dec to meet 2,280億元 estimate"),
    m(GR, 2.4e11, "MOP", MO, None, basis="full-year target (全年2,400億元), 馮家超; printed twice"),
    m(GR, 1.9553e10, "MOP", MO, None, opt=True, basis="monthly run-rate needed Oct-Dec to reach 2,400億元"),
], [])

# zh10: CATL (寧德時代) Hong Kong IPO on the eve of the close of subscription (Orange News / 橙訊, Traditional). IPO
# figures carry no period (development corpus); the Kuaishou comparison prints 2021. The first line is a figure-free
# headline written for the passage (the stored page opened with an unrelated article's title and a photo caption, left
# out). 元 = HKD in this Hong Kong IPO context; "258.77元人民幣" -> CNY; 26.28億美元 -> USD. Key: the expected final price
# 263元 (at the top), the offering size 1.18億股 (printed twice, 約 the second time -> one row), net proceeds (307.18億元)
# and the maximum with the offer-size adjustment and over-allotment options (可高達406.37億元, a stated amount, not a cap),
# the A-share close, the H-share discount 6.1%, total margin financing 1,622億元, the public-offer size 23.25億元, the
# margin-implied oversubscription 約68倍, the entry fee 約26,565元 (development corpus zh15 keeps entry fees key), the
# cornerstone investment 26.28億美元 and its share of the offer 六成半 (-> 65 %). Optional (development corpus and news15:
# broker-level margin, lot size, minor share counts, offer split, use-of-proceeds split, comparisons): "招股價不高於263元"
# (the cap, same figure as the key price), Kuaishou's 483億元 (2021), the 280.15港元 conversion, Futu's 731億元 and
# Phillip's 448億元, the 7.5% / 884.21萬股 public tranche, the 100-share lot, the 23 cornerstone investors, their 7,746萬股,
# and the 90% / 10% use of proceeds. Not labelled: 15日, 13日, 14日, 20日, 下午1時, 周四, 下周二 (dates / times), 第一、二期.
CATL = "寧德時代|宁德时代|寧德時代新能源|宁德时代新能源|CATL|Contemporary Amperex Technology|03750|3750"
CATLA = "寧德時代A股|宁德时代A股|A股|" + CATL + "|300750"
G["zh10"] = ([
    m("ipo_price|offer_price", 263, "HKD", CATL, None, basis="expected final price at the top (按最高的263元定價), Reuters sources"),
    m("ipo_price|offer_price", None, "HKD", CATL, None, rng=(None, 263), opt=True, basis="招股價不高於263元 (cap)"),
    m("offer_shares", 1.18e8, "shares", CATL, None, basis="global offering of H shares; printed twice (約)"),
    m("net_proceeds|ipo_proceeds", 3.0718e10, "HKD", CATL, None, basis="at 263元 and 1.18億股"),
    m("net_proceeds|ipo_proceeds", 4.0637e10, "HKD", CATL, None,
      basis="if offer-size adjustment and over-allotment options are fully exercised (可高達)"),
    m("ipo_proceeds|funds_raised", 4.83e10, "HKD", "快手|Kuaishou|01024|1024", "2021", opt=True, basis="comparison"),
    m("share_price|price", 258.77, "CNY", CATLA, None, basis="A-share close, 13日"),
    m("share_price|price", 280.15, "HKD", CATLA, None, opt=True, basis="A-share close converted, 約相當於"),
    m("h_share_discount|discount", 6.1, "%", CATL, None, basis="H-share price at 263元 vs A share"),
    m("margin_financing", 1.622e11, "HKD", CATL, None, basis="brokers' margin loans to 14日 1pm"),
    m("public_offer_size|public_offer_proceeds", 2.325e9, "HKD", CATL, None, basis="Hong Kong public offer fundraising"),
    m("oversubscription|subscription_multiple", 68, "x", CATL, None, basis="Hong Kong public offer, margin-implied, 約"),
    m("margin_financing", 7.31e10, "HKD", "富途|Futu", None, opt=True, basis="CATL IPO margin loans"),
    m("margin_financing", 4.48e10, "HKD", "輝立|辉立|Phillip", None, opt=True, basis="CATL IPO margin loans"),
    m("offer_share_pct", 7.5, "%", CATL, None, opt=True, basis="Hong Kong public offer"),
    m("offer_shares", 8.8421e6, "shares", CATL, None, opt=True, basis="Hong Kong public offer"),
    m("lot_size", 100, "shares", CATL, None, opt=True),
    m("entry_fee", 26565, "HKD", CATL, None, basis="per lot of 100 shares, 約"),
    m("cornerstone_investors|investor_count", 23, "investors", CATL, None, opt=True),
    m("cornerstone_investment", 2.628e9, "USD", CATL, None, basis="23 cornerstone investors combined"),
    m("cornerstone_shares", 7.746e7, "shares", CATL, None, opt=True, basis="H shares, 約"),
    m("cornerstone_share_pct|cornerstone_share", 65, "%", CATL, None, basis="of offer shares, 約六成半"),
    m("use_of_proceeds_pct", 90, "%", CATL, None, opt=True, basis="Hungary project phases 1 and 2, 約"),
    m("use_of_proceeds_pct", 10, "%", CATL, None, opt=True, basis="working capital and general purposes, 約"),
], [])

# zh11: Evergreen Marine second-quarter and first-half results (udn 經濟日報 stock news, Traditional, Taiwan). "114年第2季"
# is a Republic-of-China year (114 = 2025) and the passage also prints "2025年上半年" -> 第2季 = "2025Q2", 上半年 =
# "2025H1" (judgement call, README: the ROC year is read as printed, confirmed by the Gregorian year in the text).
# 億 / 億元 = TWD (a bare "198.45億" / "185.01億" follows 億元 amounts -> TWD). Changes against last year in 億 are their
# own rows (減少 / 少了 -> negative, 增加 -> positive), besides the growth rates in brackets. EPS 5.06 (printed twice) and
# 17.7 (three times, incl. headline) -> one row each. Headline "賺383億元" rounds 383.16億元 -> optional; headline 年減18.2%
# = body (one row). 營業毛利率 -> gross_margin. Not labelled: 13日 (date), 90天 (a span).
EG = "長榮海運|長榮|长荣海运|长荣|Evergreen Marine|Evergreen|2603"
Q11, H11 = "2025Q2", "2025H1"
NP = "net_profit|profit_after_tax|net_income"
G["zh11"] = ([
    m("eps", 5.06, "TWD", EG, Q11, basis="printed twice"),
    m("eps", 17.7, "TWD", EG, H11, basis="printed three times incl. headline"),
    m("revenue", 8.6484e10, "TWD", EG, Q11, basis="consolidated"),
    m("revenue_change", -1.9845e10, "TWD", EG, Q11, basis="yoy, 減少198.45億"),
    m("revenue_growth", -18.66, "%", EG, Q11, basis="yoy"),
    m(NP, 1.0958e10, "TWD", EG, Q11, basis="稅後純益"),
    m("net_profit_change|profit_change", -1.8501e10, "TWD", EG, Q11, basis="yoy, 減少185.01億"),
    m("net_profit_growth|profit_growth", -62.8, "%", EG, Q11, basis="yoy"),
    m("gross_margin|operating_gross_margin", 21.61, "%", EG, Q11),
    m("revenue", 1.96455e11, "TWD", EG, H11, basis="consolidated"),
    m("revenue_change", 1.487e9, "TWD", EG, H11, basis="yoy, 增加14.87億元"),
    m("revenue_growth", 0.76, "%", EG, H11, basis="yoy"),
    m(NP, 3.8316e10, "TWD", EG, H11, basis="稅後純益"),
    m(NP, 3.83e10, "TWD", EG, H11, opt=True, basis="headline, rounded (賺383億元)"),
    m("net_profit_change|profit_change", -8.525e9, "TWD", EG, H11, basis="yoy, 少了85.25億元"),
    m("net_profit_growth|profit_growth", -18.2, "%", EG, H11, basis="yoy; headline repeats"),
    m("gross_margin|operating_gross_margin", 26.46, "%", EG, H11),
], [])

# zh12: Taiwan export orders for November (Liberty Times / 自由時報 paper, Taiwan, Traditional), figures written in
# Chinese-numeral digits with a full-width point (七二九．二億美元 -> 7.292e10 USD; 〇．五％ -> 0.5; 二十九．九億 -> 2.99e9).
# No year is printed ("今年", "十一月") -> period None, months in basis. The headline's Arabic 729.2億美元 and 6666.5億美元
# are the body's figures (one row each); the sub-heading "逾284億美元" restates the US 二八四．五億美元 as a bound ->
# optional. Product categories and source regions own their figures (entity = category / region; news22 batch a: named
# segments with exact figures are key); 年減 -> negative. The outlook "首度站上七千億美元大關、年增逾兩成" gives two open
# bounds for the full year -> optional (bounds are key only as headline figures); "連續十個月正成長" is an optional run.
# Not labelled: 昨日, 一至十一月 as a span (it is the cumulative row's basis).
TW = "台灣|臺灣|我國|Taiwan"
EO = "export_orders|export_orders_value|export_order_value"
EOG = "export_orders_growth|export_order_growth"
NV, YTD12 = "November (十一月)", "Jan-Nov (一至十一月), cumulative"


def cat(name, g):
    return m(EOG, g, "%", name, None, basis=NV + ", yoy, product category")


def reg(name, v, g):
    return [m(EO, v, "USD", name, None, basis=NV + ", orders from region"),
            m(EOG, g, "%", name, None, basis=NV + ", yoy, orders from region")]


US12 = "美國|美国|United States|US"
G["zh12"] = ([
    m(EO, 7.292e10, "USD", TW, None, basis=NV + ", single-month record; headline repeats"),
    m(EOG, 39.5, "%", TW, None, basis=NV + ", yoy"),
    m("growth_streak|consecutive_months", 10, "months", TW, None, opt=True, basis="連續十個月正成長"),
    m(EO, None, "USD", TW, None, rng=(7e11, None), opt=True, basis="full-year outlook (今年), 站上七千億美元大關"),
    m(EOG, None, "%", TW, None, rng=(20, None), opt=True, basis="full-year outlook, 年增逾兩成"),
    cat("資訊通信|資訊通信產品|资讯通信|information and communication products|ICT", 69.4),
    cat("電子產品|电子产品|electronic products|electronics", 47.9),
    cat("光學器材|光学器材|optical equipment|optical instruments", -2.4),
    cat("塑橡膠製品|塑橡胶制品|plastic and rubber products", -15.8),
    cat("化學品|化学品|chemicals", -12.5),
    cat("基本金屬|基本金属|basic metals", -0.5),
    cat("機械產品|机械产品|machinery", 6.9),
    m(EO, None, "USD", US12, None, rng=(2.84e10, None), opt=True, basis="sub-heading, 逾284億美元"),
]
    + reg(US12, 2.845e10, 56.1)
    + reg("東協|东协|ASEAN", 1.358e10, 60.2)
    + reg("中國及香港|中国及香港|中港|China and Hong Kong|Mainland China and Hong Kong", 1.245e10, 17.6)
    + reg("日本|Japan", 2.99e9, 15.4)
    + [m(EO, 6.6665e11, "USD", TW, None, basis=YTD12 + ", record for the period; headline repeats"),
       m(EOG, 24.2, "%", TW, None, basis=YTD12 + ", yoy")],
    [])
