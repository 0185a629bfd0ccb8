# Hand labels for news33/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, one Macau, one Taiwan). Helpers m()
# and ra() are supplied by build_labels.py. Labels were read from the texts alone: no extractor was run, and no extractor
# code, test, docs page or other batch's text was read. Conventions followed: shared/corpora/news-text/zh/README.md,
# score.py and the "Conventions decided" sections of news31/zh and news32/zh (with their labels files' top comments).
# Currency: Hong Kong stock / HK statistics context, bare 元 / 億元 / 港元 = HKD (zh07's share prices and targets, zh08, zh11,
# zh12); 港仙 = HK cents (4港仙 -> 0.04 HKD); 元人民幣 -> CNY (zh07's results); Macau context, bare 元 / 億元 and 澳門元 = MOP
# (zh09); Taiwan context, bare 億 / 兆 after "台幣，下同" = TWD (zh10), 美元 -> USD. Values fully scaled (122.7億 -> 1.227e10;
# 2.6兆 -> 2.6e12; 4330萬台 -> 4.33e7; 6077萬元 -> 6.077e7). 約X / 近X -> X; 升X倍 = X x 100 % (news13 / news32), with the
# X-times reading as an optional row; 至少X / 突破X / 超過X -> an open lower bound rng=(X, None), key only when it is the
# passage's only figure for a core quantity (news30 / news31: zh12's margin amounts), otherwise optional; "X元或以下" ->
# rng=(None, X). Declines negative (跌, 減少, 下調 of a target as a change, 僅跌, 下跌); % vs 個百分點 (pp) as printed.
# Periods only from the text: zh07 prints 截至2025年9月30日止第三季 (-> 2025Q3; the share-price and broker lines carry no
# date -> None); zh08 截至2018年6月30日止6個月 (-> 2018H1, year-ago half 2017H1); zh09's "2017年博彩收入" forecast beside
# "2016年" fixes 今年 = 2017 (-> 2017-04, 2017-01..04, FY2017, FY2016); zh10's "2025年合併營收" and "與2024年同期相較，鴻海去年
# 12月" fix 去年 = 2025 (-> 2025-12, 2025Q4, FY2025); zh11's printed dateline 2015年03月03日 with "1月 … 較去年同月" and
# "今年和去年" (-> 2015-01); zh12 prints no year (四季度, 10月6日, 9月30日) -> None. URL dates, page metadata and the
# writer's knowledge are never used.
# A figure printed twice (headline and body, or a recap paragraph) is one row; an earlier level printed beside a new one
# ("由68元下調至55元", "由同比增長8%上升至12%", "由去年同期的54.9%…至63.1%") is the prior of the new value and also an optional
# row of its own. Broker targets are also target_price metric rows (news21 / news22 / corpus zh26), besides the rating
# actions. Intraday / midday volume in shares, lot sizes, share counts of an offer and lots available are optional (corpus).
# Entities list names as printed plus Traditional / Simplified / English forms and stock codes.


# zh07: 大行 roundup on one Hong Kong stock after results: Xiaomi (小米, 01810) third-quarter 2025 results and the brokers'
# target cuts that followed (經濟通 etnet 財經新聞; the headline is kept as printed, no dateline in the stored text).
# Key: Q3 net profit 122.7億元人民幣 and 按年升1.3倍 (+130 %); revenue 1131.21億 and +22.3%; adjusted net profit 113.11億 and
# +80.9%; smartphone revenue 460億 and -3.1% (減少); global smartphone shipments 4330萬台 and +0.5%; mainland smartphone
# market share 16.7%; the analyst's two-week target 44元; the midday price 39.02元, -4.3% and the five-session cumulative
# -10.7%; turnover 101.74億元 (涉資); Daiwa (大和) 68 -> 55元 and 減幅19%; Citi (花旗) 65 -> 50元 and 減幅達23%.
# Optional: the 1.3 x reading of 升1.3倍; the technical levels (support 36元, resistance 44至45元, entry at 38.5元或以下);
# volume 2.58億股; the previous targets 68元 and 65元 as rows of their own.
# Rating actions (HKD): 大和 cut_target buy (維持「買入」) 55 <- 68; 花旗 cut_target buy 50 <- 65.
# Judgement calls: "目標價看44元" is a short-term target from a named analyst of a broker (高歌證券金融 聶振邦) with no rating:
# a key target_price metric row, and an optional rating action with rating None so that an extractor emitting it is not
# punished (action recorded as maintain, not scored). "減幅19%" / "減幅達23%" are target_price_change rows, negative.
# Not labelled: 01810 (code), 6個季度 / 5日 (streaks; the 5 sessions are in basis), 排名第二 (a rank), 2026至27年 (forecast
# years without a figure), 兩大因素 / 兩季 / 兩個禮拜 (counts and spans in words).
XM = "小米|小米集團|小米集團-W|小米集团|Xiaomi|Xiaomi Corporation|Xiaomi Group|01810|1810"
SP7 = "智能手機|智能手機業務|smartphones|smartphone|" + XM
Q7 = "2025Q3"
DAIWA = "大和|大和資本市場|大和证券|Daiwa|Daiwa Capital Markets"
CITI = "花旗|花旗環球|Citi|Citigroup"
G["zh07"] = ([
    m("net_profit|profit", 1.227e10, "CNY", XM, Q7, basis="純利, quarter ended 2025-09-30; beat expectations"),
    m("net_profit_growth|profit_growth", 130, "%", XM, Q7, basis="yoy, 按年升1.3倍 (+130%)"),
    m("net_profit_growth|profit_growth", 1.3, "x", XM, Q7, opt=True, basis="升1.3倍 read as a multiple"),
    m("revenue", 1.13121e11, "CNY", XM, Q7),
    m("revenue_growth", 22.3, "%", XM, Q7, basis="yoy"),
    m("adjusted_net_profit|net_profit", 1.1311e10, "CNY", XM, Q7, basis="經調整淨利潤 (adjusted)"),
    m("adjusted_net_profit_growth|net_profit_growth", 80.9, "%", XM, Q7, basis="yoy"),
    m("revenue|segment_revenue|smartphone_revenue", 4.6e10, "CNY", SP7, Q7, basis="smartphone revenue"),
    m("revenue_growth|segment_revenue_growth|smartphone_revenue_growth", -3.1, "%", SP7, Q7, basis="yoy (減少)"),
    m("shipments|smartphone_shipments", 4.33e7, "units", SP7, Q7, basis="global smartphone shipments (台)"),
    m("shipments_growth|smartphone_shipments_growth", 0.5, "%", SP7, Q7, basis="yoy"),
    m("market_share", 16.7, "%", SP7, Q7, basis="mainland smartphone sales, third-party data, ranked second"),
    m("support_level|price", 36, "HKD", XM, None, opt=True, basis="technical support (聶振邦, 高歌證券金融)"),
    m("resistance_level|price", None, "HKD", XM, None, rng=(44, 45), opt=True, basis="technical resistance, 44至45元"),
    m("entry_price|price", None, "HKD", XM, None, rng=(None, 38.5), opt=True, basis="suggested entry, 38.5元或以下"),
    m("target_price", 44, "HKD", XM, None, basis="analyst 聶振邦 (高歌證券金融), two-week target (目標價看44元)"),
    m("price|share_price", 39.02, "HKD", XM, None, basis="midday (半日)"),
    m("price_change|share_price_change", -4.3, "%", XM, None, basis="midday (半日跌)"),
    m("price_change|share_price_change", -10.7, "%", XM, None, basis="cumulative over 5 sessions (連跌5日, 累計跌幅)"),
    m("volume|shares_traded", 2.58e8, "shares", XM, None, opt=True, basis="midday, 約"),
    m("turnover|trading_value", 1.0174e10, "HKD", XM, None, basis="midday turnover (涉資)"),
    m("target_price", 55, "HKD", XM, None, prior=68, basis="Daiwa (大和), 買入 maintained"),
    m("target_price", 68, "HKD", XM, None, opt=True, basis="Daiwa, previous target"),
    m("target_price_change", -19, "%", XM, None, basis="Daiwa, 減幅19%"),
    m("target_price", 50, "HKD", XM, None, prior=65, basis="Citi (花旗), 買入 maintained"),
    m("target_price", 65, "HKD", XM, None, opt=True, basis="Citi, previous target"),
    m("target_price_change", -23, "%", XM, None, basis="Citi, 減幅達23%"),
], [
    ra(DAIWA, XM, "cut_target", "buy", None, 55, 68, "HKD"),
    ra(CITI, XM, "cut_target", "buy", None, 50, 65, "HKD"),
    ra("高歌證券金融|高歌證券|聶振邦", XM, "maintain", None, None, 44, None, "HKD", opt=True),
])

# zh08: Hong Kong-listed company's interim results: SSY Group (石四藥集團, 02005) six months to 2018-06-30 (鉅亨網 cnyes,
# carrying a 財華社 item; headline and the "鉅亨網新聞中心 2018-08-27 12:15" line kept; the closing "更多精彩內容 / 財華智庫網 /
# 現代電視" promotion lines left out). Period 2018H1 (截至2018年6月30日止6個月); 港元 / 港仙 = HKD.
# Key: revenue 20.93億港元 and 同比增長約57.9%; profit attributable to equity holders 4.46億港元 and +54.7% (headline repeats);
# EPS 0.1497港元; interim dividend 4港仙 (headline repeats); gross profit 13.2億港元; gross margin 63.1% with the year-ago
# 54.9% as prior, and its +8.2 pp change. Optional: the year-ago margin 54.9% as its own row (2017H1).
# Not labelled: 02005 (code), 6個月 (the span, in period), 12:15 (time).
SSY = "石四藥集團|石四藥|石四药集团|石四药|SSY Group|SSY|02005-HK|02005|2005"
P8 = "2018H1"
G["zh08"] = ([
    m("revenue", 2.093e9, "HKD", SSY, P8, basis="收益"),
    m("revenue_growth", 57.9, "%", SSY, P8, basis="yoy (同比), 約"),
    m("net_profit|profit_attributable", 4.46e8, "HKD", SSY, P8, basis="attributable to equity holders (股權持有人應佔溢利)"),
    m("net_profit_growth|profit_growth", 54.7, "%", SSY, P8, basis="yoy; headline repeats (多賺54.7%)"),
    m("eps|basic_eps", 0.1497, "HKD", SSY, P8),
    m("dividend|interim_dividend|dps", 0.04, "HKD", SSY, P8, basis="interim, per share (4港仙); headline repeats"),
    m("gross_profit", 1.32e9, "HKD", SSY, P8),
    m("gross_margin", 63.1, "%", SSY, P8, prior=54.9, basis="overall gross margin"),
    m("gross_margin", 54.9, "%", SSY, "2017H1", opt=True, basis="year-ago half (去年同期)"),
    m("gross_margin_change", 8.2, "pp", SSY, P8, basis="yoy (上升8.2個百分點)"),
], [])

# zh09: Macau's monthly gaming revenue: April, with the government's full-year forecast and a broker's forecasts (力報
# exmoo.com; no headline in the stored text, none composed; the closing photo caption, a verbatim repeat of the lead with
# "(互聯網圖片)", left out). Year: the government's "2017年博彩收入" forecast beside "2016年" makes 今年 2017 (-> 2017-04,
# 2017-01..04, FY2017; FY2016). Macau context: bare 元 / 億元 = MOP, like 澳門元.
# Key: April GGR 201.6億元 and +16.3% yoy; first-four-months GGR 836.4億元 and +13.8%; the government's 2017 forecast
# 約2,000億澳門元; 2016 revenue 2,232.1億元 and -3.3% (僅跌); BofA Merrill Lynch's (美銀美林) 2017 GGR growth forecast 12% (prior
# 8%), the equivalent daily GGR 6.87億澳門元, its VIP-room growth forecast 12% (prior 3%), and its April forecast +15.3% to
# 200億澳門元. Optional: the implied monthly average 約167億澳門元 (a derivation of the forecast); the earlier forecasts 8% and
# 3% as rows of their own.
# Judgement calls: the broker's forecasts are metric rows (basis "BofAML forecast"), not rating actions (no rating or target
# price). "每月賭收約167億" is the government forecast divided by twelve -> optional. Not labelled: 九個月 / 第九個月 (streak),
# 4月 / 首四個月 (spans, in period).
MAC = "澳門|本澳|澳門博彩業|澳门|Macau|Macao|Macau gaming"
VIP9 = "貴賓廳|貴賓廳賭收|VIP|VIP rooms|VIP gaming|" + MAC
GGR = "ggr|gaming_revenue|gross_gaming_revenue"
GGRG = "ggr_growth|gaming_revenue_growth|gross_gaming_revenue_growth"
G["zh09"] = ([
    m(GGR, 2.016e10, "MOP", MAC, "2017-04", basis="博彩毛收入, April"),
    m(GGRG, 16.3, "%", MAC, "2017-04", basis="yoy; ninth consecutive month of yoy growth"),
    m(GGR + "|cumulative_ggr", 8.364e10, "MOP", MAC, "2017-01..04", basis="first four months, cumulative (累計)"),
    m(GGRG, 13.8, "%", MAC, "2017-01..04", basis="yoy"),
    m("ggr_forecast|" + GGR, 2e11, "MOP", MAC, "FY2017", basis="government forecast (特區政府早前預測), 約"),
    m("ggr_forecast|monthly_ggr|" + GGR, 1.67e10, "MOP", MAC, "FY2017", opt=True,
      basis="monthly average implied by the government forecast, 約"),
    m(GGR, 2.2321e11, "MOP", MAC, "FY2016"),
    m(GGRG, -3.3, "%", MAC, "FY2016", basis="yoy (僅跌)"),
    m("ggr_growth_forecast|" + GGRG, 12, "%", MAC, "FY2017", prior=8, basis="BofA Merrill Lynch forecast, raised from 8%"),
    m("ggr_growth_forecast|" + GGRG, 8, "%", MAC, "FY2017", opt=True, basis="BofA Merrill Lynch, previous forecast"),
    m("daily_ggr|daily_ggr_forecast|" + GGR, 6.87e8, "MOP", MAC, "FY2017",
      basis="BofA Merrill Lynch, daily average implied by its 12% forecast (日均)"),
    m("vip_ggr_growth_forecast|vip_ggr_growth|ggr_growth", 12, "%", VIP9, "FY2017", prior=3,
      basis="BofA Merrill Lynch forecast for VIP-room gaming revenue, raised from 3%"),
    m("vip_ggr_growth_forecast|vip_ggr_growth|ggr_growth", 3, "%", VIP9, "FY2017", opt=True,
      basis="BofA Merrill Lynch, previous VIP forecast"),
    m("ggr_growth_forecast|" + GGRG, 15.3, "%", MAC, "2017-04", basis="BofA Merrill Lynch forecast for April, yoy"),
    m("ggr_forecast|" + GGR, 2e10, "MOP", MAC, "2017-04", basis="BofA Merrill Lynch forecast for April"),
], [])

# zh10: Taiwan company's monthly revenue: Hon Hai (鴻海) December, fourth-quarter and 2025 revenue, with a bond issue
# (世界日報 worldjournal.com, a 綜合報導 on the Taiwan company; byline "記者蕭君暉／綜合報導" kept; the photo caption "鴻海去年營收，飛越8兆台幣大關。
# （路透）" left out as page chrome; the passage ends with the yoy product-line paragraph's 消費智能產品 sentence, before the
# sentence in which the stored text breaks off). Years: "2025年合併營收" and "與2024年同期相較，鴻海去年12月" -> 去年 = 2025
# (2025-12, 2025Q4, FY2025). "（台幣，下同，…）" -> TWD for every bare 億 / 兆.
# Key: December revenue 8628.61億 with 月增2.2% and 年增31.77% (the recap paragraph repeats all three: one row each); Q4
# revenue 2.6兆 with 季增26.51% and 年增22.07%; 2025 revenue 8.099兆 and 年增18.07% (repeated); the 2026 first-tranche
# unsecured bond's total 125億 and its fixed coupons 1.65％ (3-year), 1.68% (5-year), 1.72% (7-year), 1.75% (10-year).
# Optional: the bracketed conversion 約274億美元; "首度突破8兆大關" (bound); "年增金額…首次超過1兆" (a lower bound on the
# annual increase, not printed as a value).
# Judgement calls: the coupons are rate rows ("%") with the tenor in basis and the bond as an entity alias; the bond total is
# TWD by the "下同" clause. Not labelled: 5日 (day), 2026年度 / 第一期 (bond series name), 三年期 / 五年期 / 七年期 / 十年期
# (tenors, in basis), product-line moves without figures.
HH = "鴻海|鴻海精密|鴻海精密工業|鸿海|Hon Hai|Hon Hai Precision|Hon Hai Precision Industry|Foxconn|2317"
BOND = "鴻海公司債|無擔保普通公司債|2026年度第一期無擔保普通公司債|Hon Hai bonds|" + HH
CPN = "coupon_rate|interest_rate|coupon|rate"
G["zh10"] = ([
    m("revenue|monthly_revenue", 8.62861e11, "TWD", HH, "2025-12",
      basis="consolidated (合併營收), December; second-highest month on record; recap repeats"),
    m("revenue|monthly_revenue", 2.74e10, "USD", HH, "2025-12", opt=True, basis="bracketed conversion, 約274億美元"),
    m("revenue_growth|revenue_change", 2.2, "%", HH, "2025-12", basis="mom (月增); recap repeats"),
    m("revenue_growth", 31.77, "%", HH, "2025-12", basis="yoy (年增); recap repeats"),
    m("revenue|quarterly_revenue", 2.6e12, "TWD", HH, "2025Q4", basis="record quarter; recap repeats"),
    m("revenue_growth|revenue_change", 26.51, "%", HH, "2025Q4", basis="qoq (季增)"),
    m("revenue_growth", 22.07, "%", HH, "2025Q4", basis="yoy (年增)"),
    m("revenue|annual_revenue", 8.099e12, "TWD", HH, "FY2025", basis="record; recap repeats"),
    m("revenue|annual_revenue", None, "TWD", HH, "FY2025", rng=(8e12, None), opt=True, basis="首度突破8兆大關"),
    m("revenue_growth", 18.07, "%", HH, "FY2025", basis="yoy (年增); recap repeats"),
    m("revenue_change|revenue_increase", None, "TWD", HH, "FY2025", rng=(1e12, None), opt=True,
      basis="annual increase above 1兆 for the first time"),
    m("bond_issue|debt_issuance|issue_size", 1.25e10, "TWD", BOND, None,
      basis="2026年度第一期無擔保普通公司債, total (發行總額); to repay short-term debt"),
    m(CPN, 1.65, "%", BOND, None, basis="3-year tranche, fixed rate"),
    m(CPN, 1.68, "%", BOND, None, basis="5-year tranche, fixed rate"),
    m(CPN, 1.72, "%", BOND, None, basis="7-year tranche, fixed rate"),
    m(CPN, 1.75, "%", BOND, None, basis="10-year tranche, fixed rate"),
], [])

# zh11: 統計處 release on Hong Kong retail sales, January (政府新聞網 news.gov.hk item reporting the 政府統計處 release; headline
# and the dateline "2015年03月03日" kept; the site's menu line and the closing "公共財政推算遊戲" link left out). Period
# 2015-01: the printed dateline year with "1月 … 較去年同月" and "今年和去年". 元 = HKD.
# Key: retail sales value 466億元 (provisional estimate) and -14.6% yoy (headline repeats); volume -13.9%; the nine outlet
# types' yoy value changes (six falls: 雜項耐用消費品 -44.1%, 珠寶首飾、鐘錶及名貴禮物 -21.4%, 燃料 -21.4%, 鞋類、有關製品及其他衣物
# 配件 -19%, 超級市場貨品 -13.1%, 服裝 -12.8%; three rises: 汽車及汽車零件 +6.1%, 傢具及固定裝置 +5.9%, 電器及攝影器材 +1.3%).
# Judgement call: outlet types are key with the outlet type as entity (news30 / news31 retail releases). Not labelled:
# 03 / 03 (dateline day and month, in period), 農曆新年 timing (no figure).
HKR = "香港零售業|零售業|香港|Hong Kong retail sales|Hong Kong retail|Hong Kong"
RSG = "retail_sales_growth|retail_sales_value_growth"
P11 = "2015-01"


def cat11(ent, v):
    return m(RSG + "|sales_value_growth", v, "%", ent + "|" + HKR.split("|")[0], P11,
             basis="outlet type, value of sales, yoy")


G["zh11"] = ([
    m("retail_sales|retail_sales_value", 4.66e10, "HKD", HKR, P11, basis="provisional estimate (臨時估計), total value"),
    m(RSG, -14.6, "%", HKR, P11, basis="yoy; headline repeats"),
    m("retail_sales_volume_growth|retail_volume_growth", -13.9, "%", HKR, P11, basis="volume, yoy, net of price changes"),
    cat11("雜項耐用消費品|other consumer durable goods|consumer durable goods", -44.1),
    cat11("珠寶首飾、鐘錶及名貴禮物|珠寶首飾|jewellery, watches and clocks, and valuable gifts|jewellery", -21.4),
    cat11("燃料|fuels", -21.4),
    cat11("鞋類、有關製品及其他衣物配件|鞋類|footwear, allied products and other clothing accessories|footwear", -19),
    cat11("超級市場貨品|supermarket goods", -13.1),
    cat11("服裝|clothing", -12.8),
    cat11("汽車及汽車零件|motor vehicles and parts|motor vehicles", 6.1),
    cat11("傢具及固定裝置|furniture and fixtures", 5.9),
    cat11("電器及攝影器材|electrical goods and photographic equipment|electrical goods", 1.3),
], [])

# zh12: 港股 IPO: three new issues during subscription (香港商報, byline "【香港商報訊】記者林德芬報道:" kept; the two in-text
# sub-headings reworded with their figures kept: "長風藥業截飛 孖展錄超購5587倍", "金葉國際、摯達科技同獲大幅超購"; the passage
# ends after the 摯達科技 oversubscription sentence, before the sentence in which the stored text breaks off). No year is
# printed (四季度, 8月, 9月30日, 10月2日, 10月6日, 10月8日, 10月10日) -> periods None. 元 = HKD.
# Key: 長風藥業 (2652): margin lent 至少3396億元 (lower bound, the only figure for it), initial public-offer amount 6077萬元,
# oversubscription 5587倍 (sub-heading repeats), price 14.75元, funds raised 近6.1億元, entry fee 7449.4元; the comparison
# multiples of 大行科工 (2543) 7557倍 and 銀諾醫藥 (2591) 5341倍; 金葉國際 (8549): margin 27.5億元, public-offer amount 650萬元,
# 422倍 so far, price range 0.45元至0.65元, funds range 4500萬至6500萬元, entry fee 3282.77元; 摯達科技 (2650): margin 至少53億元
# (bound), initial public-offer amount 5000萬元, 105倍. Optional (corpus: share counts, lot sizes, offer shares): 4119.8萬股
# H shares, lot 500股, 一成 (10%) public tranche, 412萬股 Hong Kong offer shares, 8240手 for retail, 金葉's 1億股, its 10%
# public tranche and 5000股 lot.
# Judgement calls: "以公開發售(起初)集資額X元計，超購Y倍" gives two key rows (the public-offer amount, labelled
# public_offer_size|funds_raised with the tranche in basis, and the margin-implied oversubscription); the other stocks'
# multiples quoted for comparison are key rows with their own entities; "一成" -> 10 %. Not labelled: stock codes, dates,
# 機制B (a mechanism name), 第二高 (a rank), 5時 (time), 兩隻 (count in words).
CF = "長風藥業|长风药业|長風藥業股份|Changfeng Pharmaceutical|2652|02652"
DX = "大行科工|大行科工(深圳)|Dahon Technology|Dahon|2543|02543"
YN = "銀諾醫藥|银诺医药|Innogen|2591|02591"
JY = "金葉國際|金葉國際集團|金叶国际|Golden Leaf International|8549|08549"
ZD = "摯達科技|挚达科技|Zhida Technology|2650|02650"
MF = "margin_financing|margin_subscription|margin_loans"
POS = "public_offer_size|funds_raised|public_offer_amount"
G["zh12"] = ([
    m(MF, None, "HKD", CF, None, rng=(3.396e11, None), basis="孖展 lent by brokers, 至少; the only figure for it"),
    m(POS, 6.077e7, "HKD", CF, None, basis="initial Hong Kong public offer amount (公開發售起初集資額)"),
    m("oversubscription", 5587, "x", CF, None, basis="Hong Kong public offer, margin-implied; sub-heading repeats"),
    m("oversubscription", 7557, "x", DX, None, basis="margin-implied, highest under the revised pricing mechanism"),
    m("oversubscription", 5341, "x", YN, None, basis="margin-implied"),
    m("offer_shares", 4.1198e7, "shares", CF, None, opt=True, basis="H shares offered"),
    m("ipo_price|offer_price", 14.75, "HKD", CF, None, basis="發售價 per share"),
    m("funds_raised|ipo_proceeds", 6.1e8, "HKD", CF, None, basis="集資近6.1億元"),
    m("lot_size", 500, "shares", CF, None, opt=True),
    m("entry_fee", 7449.4, "HKD", CF, None, basis="one lot (一手入場費)"),
    m("offer_share_pct", 10, "%", CF, None, opt=True, basis="一成 offered in Hong Kong, mechanism B, no clawback"),
    m("offer_shares", 4.12e6, "shares", CF, None, opt=True, basis="Hong Kong offer shares"),
    m("lots|lots_available", 8240, "lots", CF, None, opt=True, basis="lots available to retail investors"),
    m(MF, 2.75e9, "HKD", JY, None, basis="孖展 lent by brokers, to 10月2日 5pm"),
    m(POS, 6.5e6, "HKD", JY, None, basis="Hong Kong public offer amount"),
    m("oversubscription", 422, "x", JY, None, basis="margin-implied, so far"),
    m("offer_shares", 1e8, "shares", JY, None, opt=True),
    m("offer_share_pct", 10, "%", JY, None, opt=True, basis="public offer share"),
    m("ipo_price|offer_price", None, "HKD", JY, None, rng=(0.45, 0.65), basis="招股價介乎0.45元至0.65元"),
    m("funds_raised|ipo_proceeds", None, "HKD", JY, None, rng=(4.5e7, 6.5e7), basis="集資4500萬至6500萬元"),
    m("lot_size", 5000, "shares", JY, None, opt=True),
    m("entry_fee", 3282.77, "HKD", JY, None, basis="one lot of 5000 shares"),
    m(MF, None, "HKD", ZD, None, rng=(5.3e9, None), basis="孖展 lent by brokers, 至少; the only figure for it"),
    m(POS, 5e7, "HKD", ZD, None, basis="initial Hong Kong public offer amount"),
    m("oversubscription", 105, "x", ZD, None, basis="margin-implied"),
], [])
