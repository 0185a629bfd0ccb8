# Hand labels for news18/zh, batch b (zh07-zh12; all six Traditional / Hong Kong and Macau style). Helpers m() and ra()
# are supplied by build_labels.py. Hong Kong stock context: 元 / $ = HKD unless another currency is printed; a Macau
# paper's bare 元 = MOP (decided here: the conventions are silent on Macau). No year is taken from outside the text;
# labels were written from the texts alone (no extractor output seen, no extractor code read).


def q(ent, chg, pct, short=None, ratio=None):
    """AASTOCKS inline quote '+1.300 (+1.162%) 沽空 $7.33億; 比率 16.795%' -> all optional (development corpus)."""
    out = [m("price_change", chg, "HKD", ent, opt=True, basis="inline quote"),
           m("price_change", pct, "%", ent, opt=True, basis="inline quote")]
    if short is not None:
        out.append(m("short_selling_turnover|short_selling", short, "HKD", ent, opt=True, basis="inline quote"))
    if ratio is not None:
        out.append(m("short_selling_ratio", ratio, "%", ent, opt=True, basis="inline quote"))
    return out


# zh07: AASTOCKS broker note (Traditional): J.P. Morgan lifts four China internet names from 減持 to 增持 with target
# raises. Coherent excerpt: the paragraph ranking the sector preferences (with repeated inline quotes) was left out; the
# source shows no headline in the stored text, so the first line is a figure-free headline written for the passage.
# Each move is an upgrade (underweight -> overweight) with target and prior target, plus a target_price row with its
# prior (news5 convention). Tencent's "目標價由港元265升至470港元" (currency printed before the old figure) is kept as
# printed: target 470, prior 265. The March note's 28 downgraded stocks and the 6-12-month horizon are optional. The
# 2022-07-04 date is the quote boilerplate's short-selling timestamp -> not labelled; targets carry no period.
JPM = "摩通|摩根大通|J.P. Morgan|JPMorgan"
BABA = "阿里巴巴|阿里|Alibaba|09988"
MT7 = "美團|Meituan|03690"
NTES = "網易|NetEase|09999"
TC7 = "騰訊|騰訊控股|Tencent|00700"
G["zh07"] = ([
    m("rating_downgrades|downgraded_stocks", 28, "stocks", "中概股|美國及香港上市中概股|US- and HK-listed Chinese stocks",
      opt=True, basis="J.P. Morgan, 3月15日 note"),
    m("investment_horizon", None, "months", "內地科網股|China internet stocks", rng=(6, 12), opt=True,
      basis="J.P. Morgan, 3月15日 advice to avoid"),
    m("target_price", 130, "HKD", BABA, prior=75, basis="J.P. Morgan"),
    m("target_price", 220, "HKD", MT7, prior=105, basis="J.P. Morgan"),
    m("target_price", 185, "HKD", NTES, prior=93, basis="J.P. Morgan"),
    m("target_price", 470, "HKD", TC7, prior=265, basis="J.P. Morgan"),
]
    + q(BABA, 1.3, 1.162, 7.33e8, 16.795)
    + q(MT7, 7.0, 3.605, 9.61e8, 19.862)
    + q(NTES, 1.2, 0.833, 6.92e7, 9.968)
    + q(TC7, -7.4, -2.088, 8.99e8, 6.680),
    [
    ra(JPM, BABA, "upgrade", "overweight", "underweight", 130, 75, "HKD"),
    ra(JPM, MT7, "upgrade", "overweight", "underweight", 220, 105, "HKD"),
    ra(JPM, NTES, "upgrade", "overweight", "underweight", 185, 93, "HKD"),
    ra(JPM, TC7, "upgrade", "overweight", "underweight", 470, 265, "HKD"),
])

# zh08: AASTOCKS rating/target table (Traditional): BofA Securities on mainland developers and one property manager,
# rows run together as the page prints them. Coherent excerpt: two embedded "related content" headlines were left out
# (length). Headline written for the passage, figure-free. Rows "21.1-> 21.4元" / "37-> 39元" with an unchanged 買入 ->
# raise_target with prior target (and a target_price row with prior). Rows with a rating and one target -> maintain.
# 新城發展 and 越秀地產 print a rating but no target -> maintain, target None. 碧桂園服務 prints a target but no rating
# -> maintain, rating None. 跑輸大市 = underperform. Inline quotes optional (建發國際's "0.000 (0.000%)" too).
BOFA = "美銀證券|美銀|BofA Securities|Bank of America"
CDI = "建發國際集團|建發國際|C&D International|01908"
CRL = "華潤置地|華潤置業|China Resources Land|01109"
VNK = "萬科企業|萬科|China Vanke|02202"
LF = "龍湖集團|龍湖|Longfor|00960"
SZ = "新城發展|Seazen|01030"
YX = "越秀地產|Yuexiu Property|00123"
CGS = "碧桂園服務|Country Garden Services|06098"
G["zh08"] = ([
    m("target_price", 21.4, "HKD", CDI, prior=21.1, basis="BofA Securities"),
    m("target_price", 39, "HKD", CRL, prior=37, basis="BofA Securities"),
    m("target_price", 5.7, "HKD", VNK, basis="BofA Securities"),
    m("target_price", 12, "HKD", LF, basis="BofA Securities"),
    m("target_price", 6.1, "HKD", CGS, basis="BofA Securities"),
]
    + q(CDI, 0.0, 0.0, 2.03e7, 35.299)
    + q(CRL, -0.08, -0.26, 7.40e7, 18.394)
    + q(VNK, -0.08, -1.536, 3.53e7, 24.580)
    + q(LF, -0.1, -0.968, 5.89e7, 32.902)
    + q(SZ, -0.04, -1.674, 5.55e6, 10.662)
    + q(YX, -0.07, -1.471, 4.45e6, 10.483)
    + q(CGS, -0.05, -0.779, 5.80e6, 5.142),
    [
    ra(BOFA, CDI, "raise_target", "buy", None, 21.4, 21.1, "HKD"),
    ra(BOFA, CRL, "raise_target", "buy", None, 39, 37, "HKD"),
    ra(BOFA, VNK, "maintain", "underperform", None, 5.7, None, "HKD"),
    ra(BOFA, LF, "maintain", "buy", None, 12, None, "HKD"),
    ra(BOFA, SZ, "maintain", "buy", None, None, None, None),
    ra(BOFA, YX, "maintain", "buy", None, None, None, None),
    ra(BOFA, CGS, "maintain", None, None, 6.1, None, "HKD"),
])

# zh09: Hong Kong close (Now News, Traditional). No date or year printed -> period None throughout. The stored text
# shows no headline; the first line is a figure-free headline written for the passage. Key: HSI close and change,
# HSCEI close and change, turnover, named moves stated exactly or as 近X (上證 升近2% -> 2). Optional: the lead's
# 升逾200點 (bound repeating the body's 274) and 28500 threshold, open (高開37點), intraday maximum gain / high, intraday
# moves and highs of single stocks (騰訊 356.6元, 創科 曾跌3%, 港鐵 47元), 逾X bounds (騰訊 逾2%, 創業板 逾4%, 逾1100隻
# advancers), 上證's 3000-point threshold regained, and the 十供五 rights ratio (5 new shares per 10 held -> 0.5 x).
HSI = "恒生指數|恒指|Hang Seng Index"
HSCEI = "國企指數|恒生中國企業指數|國指|HSCEI"
MB = "大市|港股|主板|Main Board"
SHC = "上證綜合指數|上證綜指|上證指數|Shanghai Composite"
CHN = "創業板指數|創業板指|ChiNext Index"
TC9 = "騰訊控股|騰訊|Tencent|00700"
TTI = "創科實業|創科|Techtronic Industries|TTI|00669"
MTR = "港鐵公司|港鐵|MTR Corporation|MTR|00066"
G["zh09"] = ([
    m("index_change", None, "points", HSI, rng=(200, None), opt=True, basis="lead, 逾"),
    m("index_level", 28500, "points", HSI, opt=True, basis="threshold crossed, 升穿"),
    m("index_change", 37, "points", HSI, opt=True, basis="open"),
    m("index_change", 283, "points", HSI, opt=True, basis="intraday, maximum gain"),
    m("index_level", 28512, "points", HSI, opt=True, basis="intraday high"),
    m("index_level", 28503, "points", HSI, basis="close"),
    m("index_change", 274, "points", HSI),
    m("index_level", 11276, "points", HSCEI, basis="close"),
    m("index_change", 120, "points", HSCEI),
    m("turnover", 1.027e11, "HKD", MB),
    m("advancing_stocks|advancers", None, "stocks", MB, rng=(1100, None), opt=True, basis="逾"),
    m("price", 356.6, "HKD", TC9, opt=True, basis="intraday high"),
    m("price_change", None, "%", TC9, rng=(2, None), opt=True, basis="close, 逾"),
    m("price_change", 2, "%", "友邦保險|友邦|AIA|01299"),
    m("price_change", 2, "%", "港交所|香港交易所|HKEX|00388"),
    m("price_change", -3, "%", TTI, opt=True, basis="intraday"),
    m("price_change", -1, "%", TTI, basis="close"),
    m("price", 47, "HKD", MTR, opt=True, basis="intraday high, record"),
    m("price_change", 2, "%", MTR, basis="close"),
    m("price_change", 6, "%", "中國生物製藥|中生製藥|Sino Biopharmaceutical|01177"),
    m("price_change", 13, "%", "香港國際建投|Hong Kong International Construction Investment Management|HKICIM"),
    m("price_change", -13, "%", "首創置業|Beijing Capital Land"),
    m("rights_issue_ratio", 0.5, "x", "首創置業|Beijing Capital Land", opt=True, basis="十供五, 5 rights shares per 10 held"),
    m("index_change", 2, "%", SHC, basis="近"),
    m("index_level", 3000, "points", SHC, opt=True, basis="threshold regained, 重上"),
    m("index_change", None, "%", CHN, rng=(4, None), opt=True, basis="逾"),
], [])

# zh10: AIA interim results (etnet / 經濟通, Traditional, full-width ﹒ decimal points and hard line wraps kept). Period
# 2024H1 from "截至2024年6月底止中期"; point-in-time figures (EV equity, capital ratio) are given the same 2024H1. The
# stored text shows no headline; the first line is a figure-free headline written for the passage. 44﹒5港仙 -> 0.445 HKD.
# Per-share growth rates (EV operating profit +29%, EV equity +5%, OPAT +10%, free surplus +10%) are key rows with
# basis "per share". The returns compared with 2023's full year carry that year's figure as prior. The 2023-2026 OPAT
# per-share CAGR target is a range (9, 11) with period "2023..2026". The dateline "22日" is not labelled.
AIA = "友邦保險|友邦|AIA|01299"
P10 = "2024H1"
G["zh10"] = ([
    m("new_business_value|vonb", 2.455e9, "USD", AIA, P10),
    m("new_business_value_growth|vonb_growth", 25, "%", AIA, P10, basis="yoy"),
    m("annualised_new_premium|anp", 4.546e9, "USD", AIA, P10),
    m("annualised_new_premium_growth|anp_growth", 17, "%", AIA, P10, basis="yoy"),
    m("vonb_margin|new_business_value_margin", 53.9, "%", AIA, P10),
    m("vonb_margin_change|new_business_value_margin_change", 3.3, "pp", AIA, P10),
    m("dividend_per_share|dividend", 0.445, "HKD", AIA, P10, basis="interim"),
    m("dividend_growth|dividend_per_share_growth", 5.2, "%", AIA, P10, basis="yoy, interim"),
    m("ev_operating_profit|embedded_value_operating_profit", 5.35e9, "USD", AIA, P10),
    m("ev_operating_profit_growth|embedded_value_operating_profit_growth", 29, "%", AIA, P10, basis="per share"),
    m("ev_operating_return|operating_return_on_ev", 16.5, "%", AIA, P10, prior=12.9, basis="prior: FY2023"),
    m("ev_equity|embedded_value_equity", 7.09e10, "USD", AIA, P10, basis="after capital returned to shareholders"),
    m("ev_equity_growth|embedded_value_equity_growth", 5, "%", AIA, P10, basis="per share, first half"),
    m("opat|operating_profit_after_tax", 3.386e9, "USD", AIA, P10, basis="IFRS"),
    m("opat_growth|operating_profit_after_tax_growth", 10, "%", AIA, P10, basis="per share"),
    m("operating_roe|operating_return_on_shareholders_allocated_equity", 15.3, "%", AIA, P10, prior=13.5,
      basis="prior: FY2023"),
    m("opat_per_share_cagr_target|opat_growth_target", None, "%", AIA, "2023..2026", rng=(9, 11), basis="target, CAGR"),
    m("underlying_free_surplus_generation|free_surplus_generation", 3.391e9, "USD", AIA, P10),
    m("underlying_free_surplus_generation_growth|free_surplus_generation_growth", 10, "%", AIA, P10, basis="per share"),
    m("net_free_surplus_generation|net_free_surplus", 2.243e9, "USD", AIA, P10,
      basis="after reinvestment in new business"),
    m("shareholder_capital_ratio|capital_ratio", 242, "%", AIA, P10, basis="pro forma"),
], [])

# zh11: Macau gross gaming revenue (rightbeek.com repost of a Macau daily, Traditional, figures in Chinese numerals).
# The dateline 2026-03-02 is printed -> 二月 = 2026-02, 今年一至二月 = 2026-01..02. Macau paper, bare 元 -> MOP (decided
# here). Chinese numerals resolved: 二百零六億二千七百萬 = 2.0627e10; 一百九十七點四四億 = 1.9744e10 (the prior);
# 四百三十二億六千一百萬 = 4.3261e10; 百分之四點五 = 4.5 %. The headline's 二百零六億 (rounded repeat) and the caption's
# 逾二百零六億元 (bound) are optional. The daily average (約七點四億元) is key. The month-on-month fall (約百分之八點八)
# is a signed -8.8 % change with basis mom.
MAC = "澳門|澳門博彩業|Macau"
G["zh11"] = ([
    m("gross_gaming_revenue|ggr", 2.06e10, "MOP", MAC, "2026-02", opt=True, basis="headline, rounded"),
    m("gross_gaming_revenue|ggr", None, "MOP", MAC, "2026-02", rng=(2.06e10, None), opt=True, basis="caption, 逾"),
    m("gross_gaming_revenue|ggr", 2.0627e10, "MOP", MAC, "2026-02", prior=1.9744e10),
    m("gross_gaming_revenue_daily_average|ggr_daily_average", 7.4e8, "MOP", MAC, "2026-02", basis="daily average, 約"),
    m("gross_gaming_revenue_growth|ggr_growth", 4.5, "%", MAC, "2026-02", basis="yoy"),
    m("gross_gaming_revenue_growth|ggr_growth", -8.8, "%", MAC, "2026-02", basis="mom, 約"),
    m("gross_gaming_revenue|ggr", 4.3261e10, "MOP", MAC, "2026-01..02", basis="cumulative, January-February"),
    m("gross_gaming_revenue_growth|ggr_growth", 13.9, "%", MAC, "2026-01..02", basis="yoy, cumulative"),
], [])

# zh12: Hong Kong retail sales (Oriental Daily, Traditional). No year is printed ("今年8月") -> period None with the month
# in basis (news16/news17 convention). Coherent excerpt: the photo captions and the closing seasonally adjusted
# three-month comparison were left out. The headline's 324億 and 13.7% are the body's figures -> one row each. Value,
# online sales and volume each own their rows (August provisional, July revised, first eight months). Retailer
# categories own their value growth (news16: segments own their figures), key rows as the body's main breakdown.
HK = "香港|香港零售業|Hong Kong"
G["zh12"] = ([
    m("retail_sales|retail_sales_value", 3.24e10, "HKD", HK, basis="August, provisional estimate"),
    m("retail_sales_growth|retail_sales_value_growth", 13.7, "%", HK, basis="August, yoy, provisional"),
    m("retail_sales_growth|retail_sales_value_growth", 16.7, "%", HK, basis="July, yoy, revised"),
    m("retail_sales_growth|retail_sales_value_growth", 19.3, "%", HK, basis="first 8 months, yoy, provisional"),
    m("online_sales_share", 7.3, "%", HK, basis="August, share of total retail sales value"),
    m("online_retail_sales|online_sales", 2.4e9, "HKD", HK, basis="August, provisional"),
    m("online_retail_sales_growth|online_sales_growth", -9, "%", HK, basis="August, yoy"),
    m("online_retail_sales_growth|online_sales_growth", 1.6, "%", HK, basis="July, yoy, revised"),
    m("online_retail_sales_growth|online_sales_growth", -5.6, "%", HK, basis="first 8 months, yoy"),
    m("retail_sales_volume_growth|retail_volume_growth", 11, "%", HK, basis="August, yoy, provisional"),
    m("retail_sales_volume_growth|retail_volume_growth", 14.2, "%", HK, basis="July, yoy, revised"),
    m("retail_sales_volume_growth|retail_volume_growth", 17.3, "%", HK, basis="first 8 months, yoy"),
    m("retail_sales_growth", 57.2, "%", "珠寶首飾、鐘錶及名貴禮物|珠寶鐘錶|jewellery, watches and clocks, and valuable gifts",
      basis="August, yoy"),
    m("retail_sales_growth", 23.4, "%", "其他未分類消費品|other consumer goods not elsewhere classified", basis="August, yoy"),
    m("retail_sales_growth", 40, "%", "服裝|clothing", basis="August, yoy"),
    m("retail_sales_growth", 14.9, "%", "百貨公司貨品|department store goods", basis="August, yoy"),
    m("retail_sales_growth", 42.9, "%", "藥物及化妝品|medicines and cosmetics", basis="August, yoy"),
    m("retail_sales_growth", -3, "%", "超級市場貨品|supermarket goods", basis="August, yoy"),
    m("retail_sales_growth", -1.4, "%", "食品、酒類飲品及煙草|food, alcoholic drinks and tobacco", basis="August, yoy"),
    m("retail_sales_growth", -15.9, "%",
      "電器及其他未分類耐用消費品|electrical goods and other consumer durable goods not elsewhere classified",
      basis="August, yoy"),
], [])
