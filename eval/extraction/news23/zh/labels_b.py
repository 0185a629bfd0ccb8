# Hand labels for news23/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed;
# "（人民幣‧下同）" makes the following 元 amounts CNY (zh07); 美元 -> USD, 港元 -> HKD (zh10). Taiwan context: bare 元 /
# 億元 / 兆元 = TWD (zh11, zh12). Chinese numerals are resolved (zh12: 一百六十九點三六點 -> 169.36, 一萬七千四百零三點五六點
# -> 17403.56, 四千五百五十六點四六億元 -> 4.55646e11, 百分之一點零八 -> 1.08, 四點四分 -> 0.044 TWD; zh11: 六成 -> 60,
# 七成 -> 70). "增加X倍" is X x 100 % (news13). No year is taken from outside the text (page dates and the writer's
# knowledge are never used); a year is used only where the passage prints it or clearly implies it (zh09, zh10, zh11).
# A quarter or half printed without a year is "Q3" / "H1" (news3, news13). Entities carry Traditional and Simplified
# names, English names and stock codes as printed and padded. Composed first lines (zh11, zh12) print no figure.
# Labels were written from the texts alone (no extractor run, no extractor code, test or docs read).


# zh07: Tencent third-quarter results (Bastille Post / 巴士的報, Macau section, Traditional). No year is printed ("第三季",
# "去年同期") -> period "Q3" throughout. "(人民幣‧下同)" -> CNY for every 元 amount. The headline's "244億人幣" rounds
# the body's 244.12億元 -> optional row; its "按年升24%" is the body's (one row). The non-GAAP EPS also "按年升24%" -> a
# row of its own (EPS growth). The IFRS profit attributable (203.82億元, 按年跌13%) is net_profit; the non-GAAP figure
# is adjusted_net_profit. "按季升4%" is the qoq growth of the non-GAAP profit (basis qoq). Non-IFRS operating profit:
# only its growth (27%) is printed -> one row. Users: MAU in "users" (the text says 賬戶數, accounts) for Weixin/WeChat
# (11.51億) and QQ smart devices (6.534億), each with its yoy change (下跌 -> negative). Segments own their figures
# (entity = segment | company): 增值服務, 網絡遊戲, 社交網絡, 金融科技及企業服務, 網絡廣告, 社交及其他廣告, 媒體廣告 -- each
# revenue and yoy growth is key (news22 batch a: named segments with exact figures are key). Not labelled: game titles,
# "700" as a figure (stock code).
TC = "騰訊|騰訊控股|腾讯|腾讯控股|Tencent|Tencent Holdings|700|0700|00700"
Q7 = "Q3"
ANP7 = "adjusted_net_profit|non_gaap_net_profit|non_ifrs_net_profit|adjusted_profit_attributable"
ANPG7 = "adjusted_net_profit_growth|non_gaap_net_profit_growth|non_ifrs_net_profit_growth"


def seg7(name, rev, g):
    ent = name + "|" + TC
    return [m("segment_revenue|revenue", rev, "CNY", ent, Q7),
            m("segment_revenue_growth|revenue_growth", g, "%", ent, Q7, basis="yoy")]


G["zh07"] = ([
    m(ANP7, 2.4412e10, "CNY", TC, Q7, basis="non-GAAP profit attributable to shareholders (股東應佔溢利)"),
    m(ANP7, 2.44e10, "CNY", TC, Q7, opt=True, basis="headline, rounded (244億人幣)"),
    m(ANPG7, 24, "%", TC, Q7, basis="yoy; headline repeats"),
    m(ANPG7, 4, "%", TC, Q7, basis="qoq (按季)"),
    m("eps|adjusted_eps|non_gaap_eps", 2.577, "CNY", TC, Q7, basis="non-GAAP"),
    m("eps_growth|adjusted_eps_growth|non_gaap_eps_growth", 24, "%", TC, Q7, basis="non-GAAP, yoy"),
    m("net_profit|profit_attributable", 2.0382e10, "CNY", TC, Q7, basis="股東應佔溢利 (IFRS)"),
    m("net_profit_growth|profit_attributable_growth|profit_growth", -13, "%", TC, Q7, basis="yoy"),
    m("revenue", 9.7236e10, "CNY", TC, Q7),
    m("revenue_growth", 21, "%", TC, Q7, basis="yoy"),
    m("gross_profit", 4.2479e10, "CNY", TC, Q7),
    m("gross_profit_growth", 20, "%", TC, Q7, basis="yoy"),
    m("operating_profit", 2.5827e10, "CNY", TC, Q7, basis="經營溢利"),
    m("operating_profit_growth", -7, "%", TC, Q7, basis="yoy"),
    m("operating_profit_growth|non_ifrs_operating_profit_growth", 27, "%", TC, Q7, basis="non-IFRS, yoy (同比)"),
    m("mau|monthly_active_users", 1.151e9, "users", "微信及WeChat|微信|WeChat|Weixin|" + TC, Q7,
      basis="combined monthly active accounts (合併月活躍賬戶數)"),
    m("mau_growth|monthly_active_users_growth", 6, "%", "微信及WeChat|微信|WeChat|Weixin|" + TC, Q7, basis="yoy"),
    m("mau|monthly_active_users", 6.534e8, "users", "QQ|" + TC, Q7, basis="smart-device monthly active accounts"),
    m("mau_growth|monthly_active_users_growth", -6, "%", "QQ|" + TC, Q7, basis="yoy (相比去年同期下跌)"),
]
    + seg7("增值服務|增值服务|value-added services|VAS", 5.0629e10, 15)
    + seg7("網絡遊戲|网络游戏|online games", 2.8604e10, 11)
    + seg7("社交網絡|社交网络|social networks", 2.2025e10, 21)
    + seg7("金融科技及企業服務|金融科技及企业服务|fintech and business services|FinTech and Business Services",
           2.6758e10, 36)
    + seg7("網絡廣告|网络广告|online advertising", 1.8366e10, 13)
    + seg7("社交及其他廣告|社交及其他广告|social and others advertising|social and other advertising", 1.4716e10, 32)
    + seg7("媒體廣告|媒体广告|media advertising", 3.65e9, -28),
    [])

# zh08: Hong Kong close on a Friday (Oriental Daily / 東方日報 paper, 產經, Traditional). No date or year is printed ("昨",
# "本月首周", "周五"; "3月29日" is a date and is not labelled) -> period None throughout. Key: HSI close and change, the
# week's cumulative fall (累跌114點, basis week), HSCEI close and change, HSTECH close and change in points and %, the
# named stocks' closes and moves (舜宇光學 -8.05% / 170.2元; 百度 -2.21% / 185.5元 and its cumulative -26.38% against its
# offer price), Citi's forecast that Largan's (大立光, a Taiwan stock; no price or currency figure) revenue this quarter
# falls 24% yoy (倒退 -> negative), turnover 約1,537億元, the market's short-selling ratio and the southbound net selling
# (淨賣出 / 沽貨 3.39億元 -> net_buy -3.39e8 HKD; news17: net outflows are negative). Optional (news21 zh09): the open
# (高開83點, HSTECH 高開21點), the intraday gain / high / late fall / low, Baidu's intraday fall and low, the streaks
# (連跌兩周 / 連挫兩周, 七連挫), the 8,000 threshold (headline 8千關 and body 8,000點 -> one row) and the sub-heading's
# rounded 累冧26%. Not labelled: 50天移動平均線 (an average's span), 港股通重啟兩日 (a count of days), 第二上市.
HSI = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSCEI = "國企指數|國指|恒生中國企業指數|国企指数|国指|恒生中国企业指数|HSCEI"
HST = "恒生科技指數|科指|恒生科技指数|HSTECH|Hang Seng TECH Index"
MKT = "港股|大市|主板|Hong Kong stocks|Main Board"
SUNNY = "舜宇光學|舜宇|舜宇光学|Sunny Optical|Sunny Optical Technology|2382|02382"
LARGAN = "大立光|大立光電|大立光电|Largan|Largan Precision|3008"
BIDU = "百度集團|百度|百度集团|Baidu|9888|09888"
SB = "北水|港股通|南下資金|南下资金|southbound|Stock Connect southbound"
NB = "net_buy|net_inflow|fund_flow"
G["zh08"] = ([
    m("index_level", 28610, "points", HSI, None, basis="close"),
    m("index_change", -26, "points", HSI, None, basis="close"),
    m("index_change", -114, "points", HSI, None, basis="week (本月首周), cumulative"),
    m("consecutive_weeks|streak", 2, "weeks", HSI, None, opt=True, basis="連跌兩周; headline 連挫兩周"),
    m("index_change", 83, "points", HSI, None, opt=True, basis="open, 高開"),
    m("index_change", 246, "points", HSI, None, opt=True, basis="intraday, gain widened to"),
    m("index_level", 28884, "points", HSI, None, opt=True, basis="intraday high"),
    m("index_change", -106, "points", HSI, None, opt=True, basis="intraday, late, 最多倒跌"),
    m("index_level", 28530, "points", HSI, None, opt=True, basis="intraday low"),
    m("index_level", 10699, "points", HSCEI, None, basis="close"),
    m("index_change", -57, "points", HSCEI, None, basis="close"),
    m("index_change", 21, "points", HST, None, opt=True, basis="open, 高開"),
    m("index_level", 7954, "points", HST, None, basis="close, near the day's low"),
    m("index_change", -182, "points", HST, None, basis="close"),
    m("index_change", -2.24, "%", HST, None, basis="close"),
    m("index_level", 8000, "points", HST, None, opt=True, basis="threshold lost (headline 8千關, body 8,000點)"),
    m("price", 170.2, "HKD", SUNNY, None, basis="close; worst blue chip"),
    m("price_change", -8.05, "%", SUNNY, None, basis="close"),
    m("revenue_growth|revenue_growth_forecast", -24, "%", LARGAN, None, basis="Citi forecast, this quarter (本季), yoy"),
    m("price_change", -2.68, "%", BIDU, None, opt=True, basis="intraday, 盤中曾挫"),
    m("price", 184.6, "HKD", BIDU, None, opt=True, basis="intraday low, record low since HK listing"),
    m("price_change", -2.21, "%", BIDU, None, basis="close"),
    m("price", 185.5, "HKD", BIDU, None, basis="close"),
    m("losing_streak|streak", 7, "days", BIDU, None, opt=True, basis="七連挫"),
    m("price_change|price_change_vs_ipo", -26.38, "%", BIDU, None, basis="cumulative vs offer price (招股價)"),
    m("price_change|price_change_vs_ipo", -26, "%", BIDU, None, opt=True, basis="sub-heading, rounded (累冧26%)"),
    m("turnover", 1.537e11, "HKD", MKT, None, basis="Friday's total turnover, 約"),
    m("short_selling_ratio", 14.46, "%", MKT, None, basis="market"),
    m(NB, -3.39e8, "HKD", SB, None, basis="淨賣出 (沽貨金額), 昨日"),
], [])

# zh09: Bank of East Asia interim results (Sing Tao / 星島 即時 財經, Traditional). The dateline "2019-08-21 12:50" is
# printed in the passage and the comparison is "2018年同期" / "2018年底" -> 中期 = "2019H1", "截至6月底止" ratios =
# "2019-06-30". 元 = HKD (Hong Kong bank). Headline "少賺75%" rounds the body's -74.95% -> optional row. The interim
# dividend 0.11元 "較2018年同期派0.51元" -> value 0.11, prior 0.51 (same quantity, X against Y), and 0.51 (2018H1) is also an
# optional row of its own; its -78.43% is key. The loan-to-deposit ratio "與2018年底相同" prints no earlier figure -> no
# prior (news22 zh07: "持平 / 維持不變" give no prior). "減值損失…增加16.89倍" -> growth 1689 % (news13). NIM "由1.7%擴闊至
# 1.9%" and the annualised average ROE "由8%降至1.4%" -> value and prior; the earlier levels are also optional rows
# (period None: the text does not say which period they belong to). "平均帶息資產增加6.4%" is a growth row of its own.
# Capital ratios: total / tier 1 / CET1, one row each. Not labelled: 【23】 and (00023) (stock code), the time 12:50,
# "6月底" as a date, (sl).
BEA = "東亞銀行|東亞|东亚银行|东亚|Bank of East Asia|BEA|23|0023|00023"
H9, E9 = "2019H1", "2019-06-30"
G["zh09"] = ([
    m("net_profit|profit_attributable", 1e9, "HKD", BEA, H9, basis="股東應佔溢利"),
    m("net_profit_growth|profit_growth", -74.95, "%", BEA, H9, basis="yoy"),
    m("net_profit_growth|profit_growth", -75, "%", BEA, H9, opt=True, basis="headline, rounded (少賺75%)"),
    m("eps", 0.22, "HKD", BEA, H9),
    m("interim_dividend|dividend_per_share|dividend", 0.11, "HKD", BEA, H9, prior=0.51, basis="prior = 2018年同期"),
    m("interim_dividend|dividend_per_share|dividend", 0.51, "HKD", BEA, "2018H1", opt=True, basis="year earlier"),
    m("dividend_growth|interim_dividend_growth|dividend_per_share_growth", -78.43, "%", BEA, H9, basis="yoy"),
    m("loan_to_deposit_ratio|ldr", 79.1, "%", BEA, E9, basis="same as end-2018 (no figure printed)"),
    m("total_capital_ratio|capital_adequacy_ratio", 20.3, "%", BEA, E9),
    m("tier1_capital_ratio|tier_1_capital_ratio", 17.3, "%", BEA, E9),
    m("cet1_ratio|common_equity_tier1_ratio", 15.3, "%", BEA, E9),
    m("impairment_loss|impairment_losses|impairment_charge", 5.063e9, "HKD", BEA, H9),
    m("impairment_loss_growth|impairment_growth", 1689, "%", BEA, H9, basis="增加16.89倍"),
    m("operating_profit_before_impairment|pre_provision_operating_profit|operating_profit", 5.184e9, "HKD", BEA, H9,
      basis="未扣除減值損失經營溢利"),
    m("operating_profit_before_impairment_growth|pre_provision_operating_profit_growth|operating_profit_growth", 19.5,
      "%", BEA, H9, basis="yoy"),
    m("net_interest_income|nii", 7.406e9, "HKD", BEA, H9),
    m("net_interest_income_growth|nii_growth", 18.5, "%", BEA, H9, basis="yoy"),
    m("non_interest_income", 2.696e9, "HKD", BEA, H9),
    m("non_interest_income_growth", 18.45, "%", BEA, H9),
    m("average_interest_earning_assets_growth|interest_earning_assets_growth", 6.4, "%", BEA, H9),
    m("net_interest_margin|nim", 1.9, "%", BEA, H9, prior=1.7, basis="widened (擴闊)"),
    m("net_interest_margin|nim", 1.7, "%", BEA, None, opt=True, basis="earlier level"),
    m("roe|return_on_equity|average_roe", 1.4, "%", BEA, H9, prior=8, basis="annualised average (年度平均)"),
    m("roe|return_on_equity|average_roe", 8, "%", BEA, None, opt=True, basis="earlier level"),
], [])

# zh10: Morgan Stanley on Sands China after its second-quarter results (uSMART HK news, Traditional with a few
# simplified forms kept as printed: 息税前, 報吿). Years 2024-2026 are printed -> forecast periods "FY2024".."FY2026"
# (Hong Kong company, news11/news12 FY labels); "第三季 / 第四季 / 次季" carry no year of their own -> "Q3" / "Q4" / "Q2".
# Target "由21港元降至18港元" with the rating maintained -> cut_target; 「與大市同步」 = equal-weight (news3); the headline
# repeats the 18港元 target (one row). "下調…EBITDA預測9%、4%及5%，至22億美元、28億美元及30億美元" -> three forecast
# revisions (negative %) and three forecast levels in USD, per year in order; EPS forecast cuts 14% / 6% / 7% likewise.
# "移除2024年的派息" prints no figure -> no row; "減2025年及2026年的派息至0.5港元及1港元" -> DPS forecasts (no prior).
# Property EBITDA: Q3 and Q4 forecasts and the reported Q2 in 港元 as printed (5.35億港元 / 6.33億港元 / 5.61億港元; labelled
# HKD, the currency the text prints).
SANDS = "金沙中國|金沙|金沙中国|Sands China|1928|01928"
MS = "摩根士丹利|大摩|Morgan Stanley"
G["zh10"] = ([
    m("target_price", 18, "HKD", SANDS, None, prior=21, basis="Morgan Stanley; headline repeats"),
    m("ebitda_forecast_change|ebitda_forecast_revision", -9, "%", SANDS, "FY2024", basis="Morgan Stanley, cut"),
    m("ebitda_forecast_change|ebitda_forecast_revision", -4, "%", SANDS, "FY2025", basis="Morgan Stanley, cut"),
    m("ebitda_forecast_change|ebitda_forecast_revision", -5, "%", SANDS, "FY2026", basis="Morgan Stanley, cut"),
    m("ebitda_forecast|ebitda", 2.2e9, "USD", SANDS, "FY2024", basis="Morgan Stanley forecast, after cut"),
    m("ebitda_forecast|ebitda", 2.8e9, "USD", SANDS, "FY2025", basis="Morgan Stanley forecast, after cut"),
    m("ebitda_forecast|ebitda", 3.0e9, "USD", SANDS, "FY2026", basis="Morgan Stanley forecast, after cut"),
    m("eps_forecast_change|earnings_forecast_change", -14, "%", SANDS, "FY2024", basis="Morgan Stanley, cut"),
    m("eps_forecast_change|earnings_forecast_change", -6, "%", SANDS, "FY2025", basis="Morgan Stanley, cut"),
    m("eps_forecast_change|earnings_forecast_change", -7, "%", SANDS, "FY2026", basis="Morgan Stanley, cut"),
    m("dps_forecast|dividend_forecast|dividend_per_share", 0.5, "HKD", SANDS, "FY2025", basis="Morgan Stanley, cut to"),
    m("dps_forecast|dividend_forecast|dividend_per_share", 1, "HKD", SANDS, "FY2026", basis="Morgan Stanley, cut to"),
    m("property_ebitda|ebitda_forecast|adjusted_property_ebitda", 5.35e8, "HKD", SANDS, "Q3",
      basis="Morgan Stanley forecast; currency as printed (港元)"),
    m("property_ebitda|ebitda_forecast|adjusted_property_ebitda", 6.33e8, "HKD", SANDS, "Q4",
      basis="Morgan Stanley forecast; currency as printed (港元)"),
    m("property_ebitda|adjusted_property_ebitda", 5.61e8, "HKD", SANDS, "Q2", basis="reported (次季錄得)"),
], [
    ra(MS, SANDS, "cut_target", "equal-weight", None, 18, 21, "HKD"),
])

# zh11: Taiwan ODMs' September revenue (udn / 經濟日報, Traditional, Taiwan usage; coherent excerpt: the stored page
# breaks off in the Wiwynn paragraph, so the passage ends with Wistron's; the table caption "四大代工廠最新營收概況" is page
# chrome, left out; the first line is a composed headline with no figure). Year: the passage prints "2025全年筆電出貨" as
# the current year's outlook (本季 = the quarter after the third, "今年單季高峰") -> 9月 = "2025-09", 第3季 = "2025Q3",
# 前三季 = "2025Q1-Q3" (judgement call, as news22 zh08: a year printed in the company's own outlook for the current year
# dates the passage). 億元 / 兆元 = TWD (1.485兆元 -> 1.485e12). Each company's September revenue printed twice (lead and
# its paragraph) -> one row; Wiwynn's and Inventec's, printed only in the lead, are key. 月增 / 年增 / 季增 / 季減 / 年減 ->
# signed growth with basis mom / yoy / qoq. Quanta's notebook shipments (萬台 -> units) with their changes are key. The
# AI-server share of revenue "高達50%" is key; the bounds "六成之上" (server-related share) and "七成以上" (Wistron's
# AI-related share) are optional (rng). Not labelled: 昨（8）日 (a date), "單季次高 / 同期新高" (rank words), "個位數 / 雙位數
# 百分比" (no figure), (2382) (stock code).
QT = "廣達|廣達電腦|广达|广达电脑|Quanta|Quanta Computer|2382"
WT = "緯創|緯創資通|纬创|Wistron|3231"
M11, Q11, YTD11 = "2025-09", "2025Q3", "2025Q1-Q3"


def rev11(ent, sep, mom, yoy, q3, qoq, q3yoy, ytd, ytdyoy):
    return [m("revenue", sep, "TWD", ent, M11, basis="consolidated, monthly"),
            m("revenue_growth", mom, "%", ent, M11, basis="mom (月增)"),
            m("revenue_growth", yoy, "%", ent, M11, basis="yoy (年增)"),
            m("revenue", q3, "TWD", ent, Q11, basis="consolidated, quarterly"),
            m("revenue_growth", qoq, "%", ent, Q11, basis="qoq (季增/季減)"),
            m("revenue_growth", q3yoy, "%", ent, Q11, basis="yoy"),
            m("revenue", ytd, "TWD", ent, YTD11, basis="consolidated, first three quarters, cumulative"),
            m("revenue_growth", ytdyoy, "%", ent, YTD11, basis="yoy, cumulative")]


G["zh11"] = (
    rev11(QT, 1.84109e11, 20.48, 18.7, 4.95259e11, -1.75, 16.65, 1.485e12, 49.49)
    + [m("revenue", 8.6316e10, "TWD", "緯穎|纬颖|Wiwynn|6669", M11, basis="monthly, lead only"),
       m("revenue", 6.0561e10, "TWD", "英業達|英业达|Inventec|2356", M11, basis="monthly, lead only"),
       m("notebook_shipments|shipments", 4.6e6, "units", QT, M11, basis="notebooks (筆電), 萬台"),
       m("notebook_shipments_growth|shipments_growth", 12.19, "%", QT, M11, basis="mom"),
       m("notebook_shipments_growth|shipments_growth", -6.12, "%", QT, M11, basis="yoy (年減)"),
       m("notebook_shipments|shipments", 1.27e7, "units", QT, Q11, basis="notebooks"),
       m("notebook_shipments_growth|shipments_growth", 4.95, "%", QT, Q11, basis="qoq"),
       m("notebook_shipments_growth|shipments_growth", 0.79, "%", QT, Q11, basis="yoy"),
       m("revenue_share|server_revenue_share", None, "%", QT, None, rng=(60, None), opt=True,
         basis="server-related products' share of revenue, 六成之上"),
       m("revenue_share|ai_server_revenue_share", 50, "%", QT, None, basis="AI servers' share of revenue (高達50%)")]
    + rev11(WT, 2.03436e11, 17.84, 109.94, 5.67803e11, 2.9, 108.3, 1.465e12, 94.87)
    + [m("revenue_share|ai_revenue_share", None, "%", WT, None, rng=(70, None), opt=True,
         basis="AI-related products' share of revenue, 七成以上")],
    [])

# zh12: Taiwan stock-market close (中華日報 / cdns.com.tw, Traditional, Taiwan usage; figures written in Chinese numerals
# with 點 as the decimal point). No date or year is printed -> period None throughout. The stored page has no headline; the
# first line is composed and prints no figure; the byline is kept. Key: TAIEX change (-169.36 points) and close
# (17403.56, the day's low), turnover (4556.46億元 TWD), the four institutional net flows (賣超 -> negative net_buy, news17),
# the six listed sector moves and the two OTC sector moves (named sectors with exact moves; "盤中上市各類股" is the usual
# wording of the session's sector ranking and read as the day's moves, judgement call), the NT dollar's close (28.072,
# TWD per USD) and its move "貶四點四分" (0.044 TWD; 貶 = the currency weakened -> -0.044, judgement call), and the FX
# markets' turnover (14.495億美元). Optional: the Dow's 35,000 threshold (三萬五千點), the OTC index's intraday 224.66
# (盤中攻至; its close is not printed), the two-session depreciation streak. Not labelled: 十四年 (a span).
TW12 = "加權指數|台股|台灣加權股價指數|集中市場|TAIEX"
TWD12 = "新台幣|新台币|新台幣匯率|TWD|New Taiwan dollar"


def sec12(name, pct, otc=False):
    return m("sector_index_change|price_change|index_change", pct, "%", name, None,
             basis=("OTC (上櫃) sector" if otc else "listed (上市) sector"))


G["zh12"] = ([
    m("index_change", -169.36, "points", TW12, None, basis="close (下跌一百六十九點三六點)"),
    m("index_level", 17403.56, "points", TW12, None, basis="close, day low"),
    m("turnover|trading_value", 4.55646e11, "TWD", TW12, None, basis="成交值"),
    m("index_level", 35000, "points", "道瓊工業指數|道瓊|道琼工业指数|Dow Jones Industrial Average|Dow", None, opt=True,
      basis="threshold (站上三萬五千點)"),
    m("net_buy|net_inflow|fund_flow", -1.988e9, "TWD", "自營商|dealers", None, basis="賣超"),
    m("net_buy|net_inflow|fund_flow", -5.73e8, "TWD", "投信|investment trusts", None, basis="賣超"),
    m("net_buy|net_inflow|fund_flow", -1.8355e10, "TWD", "外資及陸資|外資|foreign investors", None, basis="賣超"),
    m("net_buy|net_inflow|fund_flow", -2.0916e10, "TWD", "三大法人|institutional investors", None, basis="賣超, combined"),
    m("index_level", 224.66, "points", "櫃買指數|柜买指数|OTC index|TPEx index|TPEX", None, opt=True,
      basis="intraday (盤中攻至)"),
    sec12("光電類股|光電|光电|optoelectronics", 1.08),
    sec12("電子通路類股|電子通路|电子通路|electronic distribution", 0.54),
    sec12("電子零組件類股|電子零組件|电子零组件|electronic components", 0.48),
    sec12("航運類股|航運股|航運|航运|shipping", -6.85),
    sec12("玻璃類股|玻璃|glass", -3.41),
    sec12("造紙類股|造紙|造纸|paper", -3.04),
    sec12("上櫃電子通路類股|電子通路類股|電子通路|OTC electronic distribution", 2.63, otc=True),
    sec12("上櫃鋼鐵類股|鋼鐵類股|鋼鐵|钢铁|OTC steel|steel", -1.76, otc=True),
    m("exchange_rate|usd_twd", 28.072, "TWD", TWD12, None, basis="close, TWD per USD"),
    m("exchange_rate_change|fx_change", -0.044, "TWD", TWD12, None, basis="貶四點四分 (TWD weaker by 0.044元)"),
    m("depreciation_streak|streak", 2, "sessions", TWD12, None, opt=True, basis="連續兩個交易日貶值"),
    m("fx_turnover|turnover", 1.4495e9, "USD", "台北及元太外匯市場|台北與元太外匯市場|Taipei and Yuanta FX markets", None,
      basis="total FX trading"),
], [])
