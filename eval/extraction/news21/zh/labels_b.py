# Hand labels for news21/zh, batch b (zh07-zh12; all six Traditional: four Hong Kong, two Taiwan). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: bare 元 / $ = HKD unless another currency is printed or the
# figure is plainly in the reporting currency (zh07 EPS, see below); 人民幣 / 分人民幣 = CNY; Taiwan context: bare 元 /
# 億元 / 兆元 = TWD (news17, news19). No year is taken from outside the text; a dateline printed inside the passage does
# date it (news19 zh09); a half or quarter printed without a year is "H1" / "Q2" (news10, news20). Entities carry
# Traditional and Simplified names, English names and the stock codes as printed and padded.
# Labels were written from the texts alone (no extractor run, no extractor code read).


# zh07: HSBC Holdings interim results (Sing Tao / 星島, US site, Traditional, page dated 2025-07-29; no year in the text:
# "截至6月底", "今年第三季", "去年上半年") -> 中期 = "H1", 第二季 = "Q2"; the prior-year disposal gain ("去年上半年") has
# period None. Amounts in 億美元 -> USD. Judgement call: "每股基本盈利為0.65元" is read as USD (HSBC reports in US dollars,
# every other results figure in the passage is in 美元, and 0.65 HKD against a 100.4元 share price would be absurd); the
# share price 100.4元 is HKD. The headline's 27% and the body's two -27% -> one row; the sub-heading's 少29% and the body's
# -29% -> one row; "每股派10美仙" (headline) and "每股0.1美元" -> one row (0.1 USD). The 21億美元 BoCom dilution and
# impairment loss is printed in the H1 and the Q2 paragraphs -> one row, period "H1" (first mention). The second interim
# dividend (第二次股息) has period None (which period it is for is not printed). "最多30億美元" buyback -> upper cap.
# The constant-currency -30% sits in the Q2 paragraph -> "Q2". "按年多9億美元" / "按年增加19億美元" are changes (USD).
# Key: reported PBT and growth (H1, Q2), the BoCom loss, EPS, dividend, buyback cap, the midday price and move, profit
# after tax and growth (H1, Q2), the 36億 prior-year gain, constant-currency PBT and revenue excluding notable items with
# their changes, revenue and growth. Not labelled: 6月底 (a date).
HSBC7 = "滙豐控股|滙控|滙豐|汇丰控股|汇控|汇丰|HSBC|HSBC Holdings|005|0005|00005"
PBT = "pretax_profit|profit_before_tax"
PBTG = "pretax_profit_growth|profit_before_tax_growth"
PAT = "profit_after_tax|net_profit"
PATG = "profit_after_tax_growth|net_profit_growth"
G["zh07"] = ([
    m(PBT, 1.581e10, "USD", HSBC7, "H1", basis="reported (列帳基準)"),
    m(PBTG, -27, "%", HSBC7, "H1", basis="yoy, reported"),
    m("impairment_loss|dilution_and_impairment_loss", 2.1e9, "USD", HSBC7, "H1",
      basis="dilution and impairment loss on associate BoCom (交通銀行)"),
    m("eps|basic_eps", 0.65, "USD", HSBC7, "H1", basis="basic; bare 元 read as USD (reporting currency)"),
    m("dividend|dividend_per_share|second_interim_dividend", 0.1, "USD", HSBC7, None,
      basis="第二次股息 per share; headline 10美仙"),
    m("buyback_programme|buyback_amount", None, "USD", HSBC7, None, rng=(None, 3e9), basis="new programme, 最多"),
    m("price", 100.4, "HKD", HSBC7, None, basis="before the midday close"),
    m("price_change", -0.4, "%", HSBC7, None, basis="before the midday close"),
    m(PBT, 6.3e9, "USD", HSBC7, "Q2", basis="reported"),
    m(PBTG, -29, "%", HSBC7, "Q2", basis="yoy; sub-heading 少29%"),
    m(PAT, 4.9e9, "USD", HSBC7, "Q2", basis="除稅後利潤"),
    m(PATG, -29, "%", HSBC7, "Q2", basis="yoy"),
    m(PBTG, -30, "%", HSBC7, "Q2", basis="yoy, constant currency"),
    m("disposal_gain|net_gain", 3.6e9, "USD", HSBC7, None,
      basis="去年上半年 net gain on sale of Canada and Argentina businesses, not recurring"),
    m(PAT, 1.24e10, "USD", HSBC7, "H1", basis="除稅後利潤"),
    m(PATG, -30, "%", HSBC7, "H1", basis="yoy"),
    m(PBT, 1.89e10, "USD", HSBC7, "H1", basis="constant currency, excluding notable items"),
    m("pretax_profit_change|profit_before_tax_change", 9e8, "USD", HSBC7, "H1",
      basis="yoy, constant currency, excluding notable items"),
    m("revenue", 3.41e10, "USD", HSBC7, "H1", basis="reported"),
    m("revenue_growth", -9, "%", HSBC7, "H1", basis="yoy, reported"),
    m("revenue", 3.54e10, "USD", HSBC7, "H1", basis="constant currency, excluding notable items"),
    m("revenue_change", 1.9e9, "USD", HSBC7, "H1", basis="yoy, constant currency, excluding notable items"),
], [])

# zh08: HSBC Global Research on CITIC Ltd (AASTOCKS 《大行報告》 via Yahoo Hong Kong, Traditional). "今年首半年" with no
# year printed -> "H1" (news20); the forecast years are printed: 2023至2025年度 -> "FY2023-FY2025" (news11/news12), the
# cut "13%至16%" is a range of negative changes. 億元人民幣 / 18分人民幣 -> CNY (0.18 CNY per share); the target 元 -> HKD.
# The payout ratio rising from 12% (去年同期) to 16% -> value 16, prior 12. The interim dividend "提高至18分" prints no old
# value -> no prior. Target "從10.2元降至8.7元" with 「持有」 maintained -> cut_target (development corpus); the headline
# repeats the 8.7元 target -> one row. Not labelled: (sw/a), the web address.
HSBCR = "滙豐研究|汇丰研究|滙豐環球研究|汇丰环球研究|滙豐|汇丰|HSBC Global Research|HSBC Research|HSBC"
CITIC = "中信股份|中信|中信股份有限公司|CITIC|CITIC Limited|CITIC Ltd|00267|0267|267"
G["zh08"] = ([
    m("net_profit", 3.21e10, "CNY", CITIC, "H1"),
    m("net_profit_growth", -23, "%", CITIC, "H1", basis="yoy"),
    m("adjusted_net_profit_growth|net_profit_growth", 2.3, "%", CITIC, "H1",
      basis="yoy, excluding last year's one-off gain"),
    m("interim_dividend|dividend_per_share|dividend", 0.18, "CNY", CITIC, "H1", basis="18分人民幣, raised (提高至)"),
    m("payout_ratio|dividend_payout_ratio", 16, "%", CITIC, "H1", prior=12, basis="prior = 去年同期"),
    m("earnings_forecast_change|net_profit_forecast_change", None, "%", CITIC, "FY2023-FY2025", rng=(-16, -13),
      basis="HSBC Research, cut"),
    m("target_price", 8.7, "HKD", CITIC, None, prior=10.2, basis="HSBC Research"),
], [
    ra(HSBCR, CITIC, "cut_target", "hold", None, 8.7, 10.2, "HKD"),
])

# zh09: Hong Kong close (Sing Tao / 星島頭條, Traditional, page dated 2025-11-25; no date or year in the text) -> period
# None throughout. Key: HSI close and change (headline and body repeat -> one row each), the two-day cumulative gain in
# points and %, main-board turnover, HSCEI and HSTECH closes and changes, every named stock's close and move stated
# exactly, JPMorgan's target on Baidu (105 -> 185 元, prior) and the 58% upside. Rating action: 摩通 upgrades Baidu
# 「中性」 -> 「增持」 (neutral -> overweight) with the target raised -> upgrade. Optional: the 兩萬六 threshold (26000,
# crossed intraday and lost), the two-day streak, the open (高開232點), the intraday gain / high / narrowed gain / low,
# the headline's and sub-headings' rounded moves (小米 升4%, 阿里 漲2%, 東航 挫6%), Lei Jun's 逾1億元 purchase (bound),
# 京東's 無升跌 (0, unit unclear), the 12 air routes, 優必選's 逾11% placement discount (bound), its 6th placement (count)
# and its intraday 近3%. Not labelled: 12月減息 (a month), 上周三, 去年8月 (dates).
HSI = "恒生指數|恒指|恒生指数|Hang Seng Index|HSI"
HSCEI = "國企指數|國指|恒生中國企業指數|国企指数|国指|恒生中国企业指数|HSCEI"
HST = "恒生科技指數|科指|恒生科技指数|HSTECH|Hang Seng TECH Index"
MKT = "大市|港股|主板|Main Board"
BIDU = "百度|百度集團|百度集团|Baidu|9888|09888"
XM = "小米|小米集團|小米集团|Xiaomi|1810|01810"
BABA = "阿里巴巴|阿里|Alibaba|9988|09988"
JD = "京東|京東集團|京东|京东集团|JD.com|JD|9618|09618"
CEA = "東方航空|東航|中國東方航空|东方航空|东航|中国东方航空|China Eastern Airlines|670|00670"
UBT = "優必選|优必选|UBTech|UBTECH Robotics|9880|09880"
JPM = "摩通|摩根大通|小摩|JPMorgan|J.P. Morgan"


def mv(ent, close, pct):
    return [m("price", close, "HKD", ent, None, basis="close"), m("price_change", pct, "%", ent, None, basis="close")]


G["zh09"] = ([
    m("index_level", 25894, "points", HSI, None, basis="close"),
    m("index_change", 178, "points", HSI, None, basis="close; headline repeats"),
    m("index_change", 674, "points", HSI, None, basis="two-day cumulative (累升)"),
    m("index_change", 2.7, "%", HSI, None, basis="two-day cumulative (累升)"),
    m("consecutive_days|streak", 2, "days", HSI, None, opt=True, basis="連升兩日"),
    m("index_level", 26000, "points", HSI, None, opt=True, basis="threshold 兩萬六, regained intraday, lost at close"),
    m("turnover", 2.311e11, "HKD", MKT, None, basis="大市成交額, least since 上周三"),
    m("index_change", 232, "points", HSI, None, opt=True, basis="open, 高開"),
    m("index_change", 353, "points", HSI, None, opt=True, basis="intraday, 早段一度升"),
    m("index_level", 26069, "points", HSI, None, opt=True, basis="intraday high"),
    m("index_change", 24, "points", HSI, None, opt=True, basis="intraday, gain narrowed to"),
    m("index_level", 25740, "points", HSI, None, opt=True, basis="intraday low"),
    m("index_level", 9158, "points", HSCEI, None, basis="close"),
    m("index_change", 78, "points", HSCEI, None),
    m("index_level", 5612, "points", HST, None, basis="close"),
    m("index_change", 66, "points", HST, None),
]
    + mv(BIDU, 116.9, 4.6)
    + [m("target_price", 185, "HKD", BIDU, None, prior=105, basis="JPMorgan"),
       m("upside|potential_upside", 58, "%", BIDU, None, basis="JPMorgan target vs price")]
    + mv(XM, 40.34, 4.3)
    + [m("price_change", 4, "%", XM, None, opt=True, basis="headline, rounded"),
       m("insider_purchase|share_purchase_amount", None, "HKD", XM + "|雷軍|雷军|Lei Jun", None, rng=(1e8, None),
         opt=True, basis="founder Lei Jun's purchase, 逾1億元")]
    + mv(BABA, 157.8, 2.1)
    + [m("price_change", 2, "%", BABA, None, opt=True, basis="sub-heading, rounded")]
    + mv("美團|美团|Meituan|3690|03690", 98.25, 0.1)
    + mv("騰訊|騰訊控股|腾讯|腾讯控股|Tencent|700|0700|00700", 625, 0.1)
    + [m("price", 112.4, "HKD", JD, None, basis="close"),
       m("price_change", 0, "%", JD, None, opt=True, basis="無升跌"),
       m("routes|count", 12, "routes", "中日航線|China-Japan routes", None, opt=True, basis="all flights cancelled")]
    + mv(CEA, 4.31, -5.9)
    + [m("price_change", -6, "%", CEA, None, opt=True, basis="sub-heading, rounded")]
    + mv("國航|中國國航|国航|中国国航|Air China|753|00753", 6.19, -3.3)
    + mv("南航|中國南方航空|南方航空|中国南方航空|China Southern Airlines|1055|01055", 5.06, -1.9)
    + mv("信義玻璃|信义玻璃|Xinyi Glass|868|00868", 8.64, -2.2)
    + mv("滙控|滙豐控股|汇控|汇丰控股|HSBC|005|0005|00005", 106.8, -0.5)
    + [m("placement_discount|discount", None, "%", UBT, None, rng=(11, None), opt=True, basis="placement, 逾11%折讓"),
       m("placement_count|count", 6, "placements", UBT, None, opt=True, basis="6th since last August"),
       m("price_change", 3, "%", UBT, None, opt=True, basis="intraday, 最多曾升近3%")]
    + mv(UBT, 110.6, -0.8),
    [ra(JPM, BIDU, "upgrade", "overweight", "neutral", 185, 105, "HKD")])

# zh10: Hon Hai (Foxconn) November revenue (Commercial Times / 工商時報 reader page, Traditional, Taiwan usage). The
# dateline "20221206鄭淑芳/台北報導" is printed in the passage -> 11月 = "2022-11", 9月 / 10月 = "2022-09" / "2022-10",
# 前11月 = "2022-01..11", 去年同期 = "2021-01..11" (a dateline inside the passage dates it, news19 zh09). 億元 / 兆元 = TWD;
# 5兆9,926億元 -> 5.9926e12. 月減 / 年減 -> negative. November's revenue is printed twice -> one row; October's
# 7,765.77億元 is the earlier value of the month compared with -> November's prior (and an optional October row); September
# is its own key row. The cumulative figure's prior is the same period last year (5兆2,769億元, also an optional row of
# its own). Optional: the 7千餘億元 gap (bound). Not labelled: 雙位數成長 (no figure), 第四季 outlook (no figure), the
# dateline itself.
HH = "鴻海|鴻海精密|鸿海|鸿海精密|Hon Hai|Hon Hai Precision|Foxconn|2317"
G["zh10"] = ([
    m("revenue", 5.51092e11, "TWD", HH, "2022-11", prior=7.76577e11, basis="monthly; prior = 10月"),
    m("revenue_growth", -29.04, "%", HH, "2022-11", basis="mom (月減)"),
    m("revenue_growth", -11.36, "%", HH, "2022-11", basis="yoy (年減)"),
    m("revenue", 8.22323e11, "TWD", HH, "2022-09", basis="monthly"),
    m("revenue", 7.76577e11, "TWD", HH, "2022-10", opt=True, basis="monthly; also November's prior"),
    m("revenue", 5.9926e12, "TWD", HH, "2022-01..11", prior=5.2769e12, basis="cumulative; prior = 去年同期"),
    m("revenue_growth", 13.56, "%", HH, "2022-01..11", basis="yoy, cumulative"),
    m("revenue", 5.2769e12, "TWD", HH, "2021-01..11", opt=True, basis="cumulative, year earlier (歷年同期次高)"),
    m("revenue_change|revenue_gap", None, "TWD", HH, "2022-01..11", rng=(7e11, None), opt=True,
      basis="gap over last year's same period, 7千餘億元"),
], [])

# zh11: Taiwan DGBAS (主計總處) GDP forecast update (Liberty Times / 自由財經 breaking news, Traditional). "2025年第1、2季"
# is printed -> 今年 = 2025, 明年 = 2026, 第3季 = 2025Q3, 第4季 = 2025Q4. Forecast revisions "由4.45%上修至7.37%" -> value
# 7.37, prior 4.45 (headline and body repeat -> one row); the revisions in 個百分點 are their own rows (pp), repeats in the
# summary sentence -> one row each. Revised historical rates "1.08%（原本統計為1.12%）" -> value 1.08, prior 1.12 (the
# bracketed "(4.84%)" and "(8.01%)" are the old values too). The Q3 preliminary 8.21% has no printed earlier value (its
# +0.57pp change is a row). Export forecasts in 億美元 -> USD with their upward revisions (USD). The cash handout's
# 1個百分點 effect on Q4 GDP is key. 3萬8748美元 -> 38748 USD. Optional: "首度突破4萬美元" (bound, 2026 per-capita
# income). Not labelled: 15年來新高 (a span), 8月中, 10月 (dates).
TW = "台灣|臺灣|我國|Taiwan"
GDPF = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
REV = "gdp_growth_forecast_revision|forecast_revision|gdp_growth_revision"
GR = "gdp_growth|economic_growth|real_gdp_growth"
EXF = "export_forecast|exports_forecast|exports"
EXR = "export_forecast_revision|exports_forecast_revision|export_revision"
G["zh11"] = ([
    m(GDPF, 7.37, "%", TW, "2025", prior=4.45, basis="DGBAS forecast, raised (上修)"),
    m(REV, 2.92, "pp", TW, "2025", basis="vs mid-August forecast"),
    m(GDPF, 3.54, "%", TW, "2026", prior=2.81, basis="DGBAS forecast, raised"),
    m(REV, 0.73, "pp", TW, "2026"),
    m(EXF, 6.249e11, "USD", TW, "2025", basis="DGBAS forecast, export value"),
    m(EXR, 3.57e10, "USD", TW, "2025", basis="raised"),
    m(EXF, 6.644e11, "USD", TW, "2026", basis="DGBAS forecast, export value"),
    m(EXR, 6.23e10, "USD", TW, "2026", basis="raised"),
    m("gdp_growth_contribution|gdp_impact", 1, "pp", "普發現金|cash handout", "2025Q4", basis="effect on Q4 GDP growth"),
    m(GR, 1.08, "%", TW, "2023", prior=1.12, basis="revised"),
    m(GR, 5.27, "%", TW, "2024", prior=4.84, basis="revised"),
    m(GR, 5.54, "%", TW, "2025Q1", prior=5.45, basis="revised"),
    m(GR, 7.71, "%", TW, "2025Q2", prior=8.01, basis="revised"),
    m(GR, 8.21, "%", TW, "2025Q3", basis="preliminary"),
    m(REV, 0.57, "pp", TW, "2025Q3", basis="vs October advance estimate"),
    m(GDPF, 7.91, "%", TW, "2025Q4", basis="DGBAS forecast"),
    m(REV, 6.19, "pp", TW, "2025Q4", basis="raised"),
    m("gdp_per_capita", 38748, "USD", TW, "2025", basis="forecast"),
    m("gni_per_capita", 39845, "USD", TW, "2025", basis="forecast"),
    m("cpi_forecast|cpi_inflation_forecast|cpi", 1.67, "%", TW, "2025", basis="forecast, CPI rise"),
    m("gdp_per_capita", 40951, "USD", TW, "2026", basis="forecast"),
    m("gni_per_capita", 42070, "USD", TW, "2026", basis="forecast"),
    m("gni_per_capita|gdp_per_capita", None, "USD", TW, "2026", rng=(4e4, None), opt=True, basis="首度突破4萬美元"),
    m("cpi_forecast|cpi_inflation_forecast|cpi", 1.61, "%", TW, "2026", basis="forecast, CPI rise"),
], [])

# zh12: Centaline's CCL home-price indices (Ming Pao / 明報 Canada site, Hong Kong section, Traditional, page dated
# 2016-04-30; no year in the text: "昨日", "本周") -> period None. Each index owns its level and week-on-week change
# (news17: sub-indices own their figures); the district indices are the CCL Mass of each district. Key: CCL, CCL Mass,
# CCL (small and medium units), CCL (large units), and the four district CCL Mass levels and weekly changes. Optional:
# the headline's rounded 1.5% (CCL's 1.49%), the count of indices rebounding (7 of 8), the 127-point level the three
# main indices had hovered at for six weeks, and the 132-133-point band of the large-unit index. Not labelled: the spans
# 39周 / 10個月 / 35周 / 8個月 / 43周 / 11個月 / 6周 / 3周 / 兩周 / 6個月 (durations), the valuation office's index (no
# figure).
CCL = "中原城市領先指數|中原城市领先指数|CCL|Centa-City Leading Index"
CCLM = "CCL Mass|中原城市大型屋苑領先指數|中原城市大型屋苑领先指数|Centa-City Leading Index (Mass)"
CCLS = "CCL(中小型單位)|CCL(中小型单位)|中原城市(中小型單位)領先指數|CCL small and medium units"
CCLL = "CCL(大型單位)|CCL(大型单位)|中原城市(大型單位)領先指數|CCL large units"
LV = "index_level|price_index"
CH = "index_change|price_index_change|home_price_change"


def idx(ent, level, wow):
    return [m(LV, level, "points", ent, None), m(CH, wow, "%", ent, None, basis="wow (按周)")]


G["zh12"] = ([
    m(CH, 1.5, "%", CCL, None, opt=True, basis="headline, rounded, wow"),
    m("count|indices_rebounding", 7, "indices", CCL, None, opt=True, basis="7 of 8 indices rebounded"),
    m(LV, 127, "points", CCL + "|" + CCLM + "|" + CCLS, None, opt=True, basis="level hovered at for 6 weeks"),
    m(LV, None, "points", CCLL, None, rng=(132, 133), opt=True, basis="band hovered in for 6 weeks"),
]
    + idx(CCL, 129.87, 1.49)
    + idx(CCLM, 130.06, 1.2)
    + idx(CCLS, 128.56, 1.29)
    + idx(CCLL, 136.69, 2.45)
    + idx("港島CCL Mass|港岛CCL Mass|港島|港岛|Hong Kong Island", 137.73, -0.7)
    + idx("新界西CCL Mass|新界西|New Territories West", 116.98, 2.69)
    + idx("新界東CCL Mass|新界东CCL Mass|新界東|新界东|New Territories East", 135.58, 1.04)
    + idx("九龍CCL Mass|九龙CCL Mass|九龍|九龙|Kowloon", 125.28, 1.88),
    [])
