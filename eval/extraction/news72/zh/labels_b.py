# Hand labels for news72/zh, batch b (zh07-zh12; all six Traditional Chinese from Hong Kong and Taiwan): 商業電台 (881903)'s
# Hong Kong stock-market close with the HSCEI and named stocks, Bastille Post (巴士的報) on 中電控股's 2020 annual results,
# 行政院主計總處 (dgbas.gov.tw)'s release after its national-income review meeting (112年 = 2023 and 113年 = 2024 forecasts,
# 111年 household income), 經濟日報 (udn.com) on Taiwan's February customs trade statistics, 經濟通 (etnet) on 國富氫能's
# placing of new shares, and a relay of 信報 (nuoerhy.cn) on four brokers' targets for 安踏 after its interim results;
# see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "placing", "placement", "discount", "kWh", "lots", "months",
# "placements", "warrants", "intraday_high", "gross_margin_change", "cagr", "上修", "forecast_revision", and news10 zh12,
# news21 zh11, news24 zh10, news27 zh12, news41 zh07, news44 zh11, news50 zh07, news53 zh11 read).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news71/zh and news70/zh README.md and labels_*.py, with the precedents named below: news10 zh12 for an 881903
# wrap (open gap optional; exact and 近X moves key; 逾X moves optional open ranges, (None, -X) for 跌逾X; each stock owns its
# price, % move and HKD move); news41 zh07 for 中電's results (segment rows on the segment with CLP as alias; the ordinal of
# the fourth interim dividend is not a value); news27 zh12 / news53 zh11 / news21 zh11 for a DGBAS release (ROC years +1911,
# revised figures with the earlier figure as prior plus an optional row, 下修X個百分點 a key pp row, macro years bare);
# news44 zh11 for customs trade (exports / imports / trade surplus entities, 月減 / 年增 as mom / yoy rows, surplus changes
# in USD, market growth and shares on the market with Taiwan exports as alias; streaks optional); news50 zh07 / news34 zh12
# for placings (placing price, shares, net proceeds, reference close and the discount as a positive placing_discount;
# "最多X股" an upper-bound range; use-of-proceeds splits optional); news24 zh10 / news71 zh12 for brokers' targets (a
# from-to target with no rating change -> raise_target; a raise with no rating word -> rating None; 維持 -> prior rating =
# rating; targets printed in the text as optional target_price rows with the earlier target as prior, news70 zh01).
# Currency: bare 元 / 億 / $ in a Hong Kong stock context = HKD (zh07, zh08, zh11, zh12); Taiwan 元 / 萬元 = TWD (zh09's
# household income); 美元 = USD (zh09's GDP per head, zh10).
# Values fully scaled (1671億 -> 1.671e11; 114.56億元 -> 1.1456e10; 339.63億度 -> 3.3963e10 kWh; 3萬2,105美元 -> 32105;
# 110.9萬元 -> 1.109e6; 498億美元 -> 4.98e10; 490.89萬股 -> 4.9089e6; 8719萬元 -> 8.719e7; 1.49億元 -> 1.49e8); Chinese
# numerals resolved (六成 -> 60 %; 五次 -> 5; 六名 -> 6); 120點子 -> 120 bp; 約X -> X; 近X -> X; 逾X -> optional open range.
# Declines negative (跌, 下跌, 減少, 月減, 下修, 折讓 aside: a discount is a positive magnitude).
# Periods only where the text states or clearly implies the year: zh07 None (no date printed); zh08 FY2020 (截至去年12月底
# 止全年 with 2020年總股息 in the text); zh09 ROC years converted (112年 -> 2023, 113年 -> 2024, 111年 -> 2022, 110年 ->
# 2021; 112年第1季 -> 2023Q1, 112年上半年 -> 2023H1); zh10 None (2月 / 3月 / 1至2月, no year printed; the month in basis);
# zh11 None (11日, no month or year); zh12 "H1" for 上半年 (the half printed, the year not), FY2016 for the target's
# 2016 P/E and FY2015-FY2018 for the growth forecast (both printed), None for the share and broker figures.
# Addresses, dropped page furniture and the writer's knowledge are never used.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong stock-market close (商業電台 881903 news page, Traditional with half-width "," and brackets as printed;
# no headline in the stored text and none composed; whole stored item).
# Key (period None): HSI close 26169點 (-57點); turnover 1671億 (no 元 printed; HKD); HSCEI 10579點 (+38點); 騰訊 577元 and
# +26元; 阿里巴巴 253元, 近2% (-> 2 %) and +4.6元; 美團點評 286.8元 and 近6%; 小米集團 23.25元; 匯豐控股 38.35元, -2% and -0.9元;
# 友邦保險 83.7元; 中國聯通 5.33元 and 跌近4% (-> -4 %); 中國移動 52.65元 and -2%; 吉利汽車 20.5元; 比亞迪 177元 and +12%;
# 長城汽車 12.96元 and +8%.
# Optional: the opening gap (高開182點); the 逾X moves as open ranges (騰訊 逾4%, 小米 逾3%, 友邦 跌逾3%, 吉利 逾6%).
# Judgement calls: no date is printed -> period None (news10 zh12, the same station's format); 成交額1671億 is the market's
# turnover in HKD although 元 is not printed; sector words (新經濟股, 重磅金融股, 中資電訊股, 汽車股) give no rows; the
# stock codes give no rows; no 科指 figure is printed.
HSI7 = "恒生指數|恒指|Hang Seng Index|HSI"
HSCEI7 = "國企指數|恒生中國企業指數|國指|HSCEI|Hang Seng China Enterprises Index"
MKT7 = "大市|港股|香港股市|Hong Kong market|Hong Kong stocks|" + HSI7


def st7(ent, price, pct=None, pct_rng=None, chg=None):
    out = [m("price|close|share_price", price, "HKD", ent, None, basis="報 (close)")]
    if pct is not None:
        out.append(m("price_change|share_price_change", pct, "%", ent, None))
    if pct_rng is not None:
        out.append(m("price_change|share_price_change", None, "%", ent, None, rng=pct_rng, opt=True, basis="逾 (bound)"))
    if chg is not None:
        out.append(m("price_change|share_price_change", chg, "HKD", ent, None, basis="move in 元"))
    return out


Z7 = [
    m("index_change|opening_gap", 182, "points", HSI7, None, opt=True, basis="高開182點 (open)"),
    m("index_level|close", 26169, "points", HSI7, None, basis="收市報"),
    m("index_change", -57, "points", HSI7, None, basis="跌57點"),
    m("turnover|market_turnover", 1.671e11, "HKD", MKT7, None, basis="成交額1671億 (元 not printed)"),
    m("index_level|close", 10579, "points", HSCEI7, None, basis="報"),
    m("index_change", 38, "points", HSCEI7, None, basis="升38點"),
]
Z7 += st7("騰訊|騰訊控股|Tencent|Tencent Holdings|00700|00700.HK|700", 577, pct_rng=(4, None), chg=26)
Z7 += st7("阿里巴巴|阿里|Alibaba|09988|09988.HK|9988", 253, pct=2, chg=4.6)
Z7 += st7("美團點評|美團|Meituan|03690|03690.HK|3690", 286.8, pct=6)
Z7 += st7("小米集團|小米|Xiaomi|01810|01810.HK|1810", 23.25, pct_rng=(3, None))
Z7 += st7("匯豐控股|滙豐控股|匯控|滙控|滙豐|HSBC|HSBC Holdings|00005|00005.HK", 38.35, pct=-2, chg=-0.9)
Z7 += st7("友邦保險|友邦|AIA|AIA Group|01299|01299.HK|1299", 83.7, pct_rng=(None, -3))
Z7 += st7("中國聯通|中聯通|China Unicom|00762|00762.HK|762", 5.33, pct=-4)
Z7 += st7("中國移動|中移動|China Mobile|00941|00941.HK|941", 52.65, pct=-2)
Z7 += st7("吉利汽車|吉利|Geely|Geely Automobile|00175|00175.HK|175", 20.5, pct_rng=(6, None))
Z7 += st7("比亞迪|比亞迪股份|BYD|01211|01211.HK|1211", 177, pct=12)
Z7 += st7("長城汽車|長汽|Great Wall Motor|02333|02333.HK|2333", 12.96, pct=8)
G["zh07"] = (Z7, [])


# zh08: 中電控股's 2020 annual results (Bastille Post 巴士的報, Traditional with half-width punctuation as printed; the
# headline kept with its "【2】" label, reworded (中電去年多賺146% 息1.21元 -> 中電去年多賺146% 派息1.21元); the two
# "資料圖片" photo labels and the closing "- 閱讀更多 -", "Tags:" and "往下看更多文章" left out; whole stored item otherwise).
# Key (FY2020): profit attributable 114.56億元 (+146%); basic EPS 4.53元; fourth interim dividend 1.21元 (+1.7%); total
# dividend 3.1元 (+0.6%); revenue 795.9億元 (-7.12%); Hong Kong electricity business operating earnings 78.18億元 (+5%);
# Hong Kong electricity sales 339.63億度 (-0.9%).
# Optional: the headline's 146% and 1.21元 (exact twins of the body).
# Judgement calls: "截至去年12月底止全年" with "2020年總股息" in the text -> 去年 = 2020, FY2020; "第四次中期息" is CLP's
# last dividend of the year (the kind's 末期息), labelled as an interim dividend with dps alternatives (news41 zh07);
# 339.63億度 -> kWh (度 = kWh); "2019年" (the year of the impairment), "首三次" and "第四次" (ordinals), "【2】" (a label)
# and "去年下半年" give no rows.
CLP8 = "中電控股|中電|CLP|CLP Holdings|CLP Group|00002|00002.HK"
HKE8 = "香港電力業務|本港電力業務|香港|本港|Hong Kong electricity business|Hong Kong|" + CLP8
Y8 = "FY2020"
G["zh08"] = ([
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 146, "%", CLP8, Y8, opt=True,
      basis="headline twin (多賺146%)"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1.21, "HKD", CLP8, Y8, opt=True, basis="headline twin (息1.21元)"),
    m("net_profit|profit_attributable|net_income", 1.1456e10, "HKD", CLP8, Y8, basis="股東應佔溢利"),
    m("net_profit_growth|profit_attributable_growth|net_income_growth", 146, "%", CLP8, Y8, basis="yoy (同比增長)"),
    m("eps|earnings_per_share|basic_eps", 4.53, "HKD", CLP8, Y8, basis="每股基本盈利"),
    m("interim_dividend|dividend_per_share|dps|dividend", 1.21, "HKD", CLP8, Y8,
      basis="fourth interim dividend per share (第四次中期息)"),
    m("dividend_growth|dps_growth", 1.7, "%", CLP8, Y8, basis="yoy, fourth interim dividend"),
    m("total_dividend|dividend_per_share|dps|dividend", 3.1, "HKD", CLP8, Y8, basis="2020年總股息 (with the first three)"),
    m("dividend_growth|dps_growth", 0.6, "%", CLP8, Y8, basis="yoy, total dividend"),
    m("revenue|total_revenue", 7.959e10, "HKD", CLP8, Y8, basis="收入"),
    m("revenue_growth|total_revenue_growth", -7.12, "%", CLP8, Y8, basis="yoy (下跌)"),
    m("operating_earnings|operating_profit|segment_profit", 7.818e9, "HKD", HKE8, Y8,
      basis="Hong Kong electricity business operating earnings"),
    m("operating_earnings_growth|operating_profit_growth|segment_profit_growth", 5, "%", HKE8, Y8, basis="yoy (上升)"),
    m("electricity_sales|sales_volume|electricity_sales_volume", 3.3963e10, "kWh", HKE8, Y8, basis="售電量 339.63億度"),
    m("electricity_sales_growth|sales_volume_growth|electricity_sales_volume_growth", -0.9, "%", HKE8, Y8,
      basis="yoy (減少)"),
], [])


# zh09: 行政院主計總處's release after its national-income review meeting (dgbas.gov.tw news page, Traditional with
# half-width brackets and punctuation as printed; no headline in the stored text and none composed; the download links
# after the release ("新聞稿本文 (PDF) (WORD) (ODF) 記者會影音", "本文及附表電子檔下載 (PDF)", "參考資料 (PDF)", "【附表】")
# left out; the release otherwise whole, including the statistics-site path with its address).
# Key: 2023Q1 yoy revised to -3.31% (prior -2.87%); 2023Q2 preliminary yoy 1.36% (prior: the July advance estimate 1.45%)
# and saar 5.62%; 2023H1 growth -0.98%; forecasts 2023Q3 2.54% and 2023Q4 5.59%; 2023 forecast 1.61% (prior: the May
# forecast 2.04%) and its 下修0.43個百分點 (-0.43 pp); 2023 GDP per head 3萬2,105美元 and CPI +2.14%; 2024 forecast 3.32%,
# GDP per head 3萬2,897美元, CPI +1.58%; 2022 household disposable income: mean per household 110.9萬元 (+1.7%), median
# 94.0萬元 (+1.2%), mean per person 39.2萬元 (+3.8%), median per person 33.7萬元 (+3.3%); quintile ratios 6.15倍 per
# household and 3.93倍 per person (+0.02倍 vs 2021).
# Optional: the earlier figures as rows of their own (-2.87, 1.45, 2.04).
# Judgement calls: ROC years are a printed notation (+1911, news27 zh12): 112年 = 2023, 113年 = 2024, 111年 = 2022, 110年 =
# 2021; the 2023Q2 yoy takes the July advance estimate as prior (news27 zh12, news21 zh11); 下修 -> a negative pp revision
# (news53 zh11: the revision is a key row); macro years stay bare ("2023"); household income in 萬元 = TWD; "與110年相若"
# gives no row; 倍 ratios in "x" and their change in "x"; 本(18)日, 下午2點, 65歲 (a definition), 113年起 (a start date of the
# elderly CPI) and the ordinals give no rows.
TW9 = "台灣|臺灣|我國|Taiwan"
HH9 = "每戶家庭|家庭|我國家庭|households|Taiwan households|" + TW9
PP9 = "每人|個人|per person|" + TW9
GR9 = "gdp_growth|economic_growth|real_gdp_growth|gdp_growth_yoy"
SAAR9 = "gdp_growth_saar|gdp_growth_qoq_annualized|gdp_growth"
GDPF9 = "gdp_growth_forecast|gdp_growth|economic_growth_forecast"
REV9 = "gdp_growth_forecast_revision|forecast_revision|gdp_growth_revision"
CPIF9 = "cpi_forecast|cpi_inflation_forecast|inflation_forecast|cpi"
GDPPC9 = "gdp_per_capita|per_capita_gdp"
INC9, ING9 = "disposable_income|household_disposable_income|income", "disposable_income_growth|income_growth"
QR9 = "income_quintile_ratio|income_gap|quintile_ratio"
G["zh09"] = ([
    m(GR9, -3.31, "%", TW9, "2023Q1", prior=-2.87, basis="real GDP yoy, revised (修正為); prior = 原為"),
    m(GR9, -2.87, "%", TW9, "2023Q1", opt=True, basis="earlier figure (原為)"),
    m(GR9, 1.36, "%", TW9, "2023Q2", prior=1.45, basis="preliminary (初步統計), yoy; prior = July advance estimate (7月概估數)"),
    m(GR9, 1.45, "%", TW9, "2023Q2", opt=True, basis="July advance estimate (7月概估數)"),
    m(SAAR9, 5.62, "%", TW9, "2023Q2", basis="seasonally adjusted annualised qoq (saar)"),
    m(GR9, -0.98, "%", TW9, "2023H1", basis="上半年經濟成長率"),
    m(GDPF9, 2.54, "%", TW9, "2023Q3", basis="forecast, yoy"),
    m(GDPF9, 5.59, "%", TW9, "2023Q4", basis="forecast, yoy"),
    m(GDPF9, 1.61, "%", TW9, "2023", prior=2.04, basis="full-year forecast; prior = May forecast (112年5月預測數)"),
    m(GDPF9, 2.04, "%", TW9, "2023", opt=True, basis="May forecast (112年5月預測數)"),
    m(REV9, -0.43, "pp", TW9, "2023", basis="下修0.43個百分點 vs the May forecast"),
    m(GDPPC9, 32105, "USD", TW9, "2023", basis="每人GDP 3萬2,105美元, forecast"),
    m(CPIF9, 2.14, "%", TW9, "2023", basis="CPI上漲, forecast"),
    m(GDPF9, 3.32, "%", TW9, "2024", basis="113年 forecast"),
    m(GDPPC9, 32897, "USD", TW9, "2024", basis="每人GDP 3萬2,897美元, forecast"),
    m(CPIF9, 1.58, "%", TW9, "2024", basis="CPI上漲, forecast"),
    m(INC9, 1.109e6, "TWD", HH9, "2022", basis="每戶家庭可支配所得 平均 110.9萬元"),
    m(ING9, 1.7, "%", HH9, "2022", basis="vs 110年 (2021)"),
    m(INC9 + "|median_disposable_income", 9.4e5, "TWD", HH9, "2022", basis="per household, 中位數 94.0萬元"),
    m(ING9, 1.2, "%", HH9, "2022", basis="median per household, vs 2021"),
    m(INC9 + "|per_capita_disposable_income", 3.92e5, "TWD", PP9, "2022", basis="每人 平均 39.2萬元 (household size removed)"),
    m(ING9, 3.8, "%", PP9, "2022", basis="mean per person, vs 2021"),
    m(INC9 + "|median_disposable_income", 3.37e5, "TWD", PP9, "2022", basis="per person, 中位數 33.7萬元"),
    m(ING9, 3.3, "%", PP9, "2022", basis="median per person, vs 2021"),
    m(QR9, 6.15, "x", HH9, "2022", basis="每戶5等分位所得差距 6.15倍"),
    m(QR9, 3.93, "x", PP9, "2022", basis="每人5等分位所得差距 3.93倍"),
    m("income_quintile_ratio_change|quintile_ratio_change|income_gap_change", 0.02, "x", PP9, "2022", basis="比110年增加0.02倍"),
], [])


# zh10: Taiwan's February customs trade statistics (經濟日報 on udn.com, Traditional with full-width punctuation as printed;
# the store's date line left out; no headline in the stored text and none composed; whole stored item).
# Key (period None): February exports 498億美元 (-24.3% mom, +20.6% yoy); January-February exports 1155.7億美元 (+44.5%);
# the March forecast 639億至677億美元 (range) and yoy 29%至35% (range); February imports 370.3億美元 (-21% mom, +6.8%
# yoy); January-February imports 839.1億美元 (+32.5%); February surplus 127.7億美元 (+61.4億美元 yoy); January-February
# surplus 316.6億美元 (+149.7億美元 yoy); January-February export growth to the US 83%, Europe 67.3%, ASEAN 47.5%, Japan
# 28.9%, China and Hong Kong 25.4%; export shares US 32%, China and Hong Kong 24.3%, ASEAN 20.4%.
# Optional: the 28-month growth streak; "單月出口600億美元以上" (an open lower bound for future months).
# Judgement calls: no year is printed (2月, 3月, 1至2月, 228連假, 二月最後一天) -> period None with the month in basis (news68
# zh10); "年增61.4億美元" / "年增149.7億美元" are yoy changes of the surplus in USD, not priors (news44 zh11); "年增依次為…"
# maps in order; "對陸港則小幅增加25.4%" is growth on 陸港; 5大 / 前3大 / 前三高 (ranks) and 228 (the holiday's name) give
# no rows.
TWX10 = "台灣出口|出口|台灣|我國|Taiwan|Taiwan exports|exports"
TWM10 = "台灣進口|進口|台灣|我國|Taiwan|Taiwan imports|imports"
TWS10 = "出超|貿易出超|台灣|我國|Taiwan|Taiwan trade surplus|trade surplus"
EXP10, EXG10 = "exports", "export_growth|exports_growth"
MOM10 = "export_growth_mom|exports_growth_mom|mom_growth"
IMP10, IMG10 = "imports", "import_growth|imports_growth"
SUR10, SURC10 = "trade_surplus|trade_balance", "trade_surplus_change|surplus_change"
SH10 = "export_share|share_of_exports"


def mk10(name):
    return name + "|對" + name + "出口|" + TWX10


G["zh10"] = ([
    m(EXP10, 4.98e10, "USD", TWX10, None, basis="2月 (no year printed), 歷年同月新高"),
    m(MOM10, -24.3, "%", TWX10, None, basis="2月, mom (月減), Lunar New Year and 228 holidays"),
    m(EXG10, 20.6, "%", TWX10, None, basis="2月, yoy (年增)"),
    m("growth_streak|streak", 28, "months", TWX10, None, opt=True, basis="連續28個月成長"),
    m(EXP10, 1.1557e11, "USD", TWX10, None, basis="1至2月 cumulative, 歷年同期最高"),
    m(EXG10, 44.5, "%", TWX10, None, basis="1至2月 cumulative, yoy"),
    m(EXP10 + "|export_forecast", None, "USD", TWX10, None, rng=(6.39e10, 6.77e10), basis="3月 forecast (MOF)"),
    m(EXG10 + "|export_growth_forecast", None, "%", TWX10, None, rng=(29, 35), basis="3月 forecast, yoy"),
    m(EXP10, None, "USD", TWX10, None, rng=(6e10, None), opt=True, basis="單月出口600億美元以上, the new normal"),
    m(IMP10, 3.703e10, "USD", TWM10, None, basis="2月"),
    m("import_growth_mom|imports_growth_mom|mom_growth", -21, "%", TWM10, None, basis="2月, mom (月減)"),
    m(IMG10, 6.8, "%", TWM10, None, basis="2月, yoy"),
    m(IMP10, 8.391e10, "USD", TWM10, None, basis="1至2月 cumulative, 歷年同期新高"),
    m(IMG10, 32.5, "%", TWM10, None, basis="1至2月 cumulative, yoy"),
    m(SUR10, 1.277e10, "USD", TWS10, None, basis="2月 (單月出超)"),
    m(SURC10, 6.14e9, "USD", TWS10, None, basis="2月, yoy change (年增61.4億美元)"),
    m(SUR10, 3.166e10, "USD", TWS10, None, basis="1至2月 cumulative"),
    m(SURC10, 1.497e10, "USD", TWS10, None, basis="1至2月, yoy change (年增149.7億美元)"),
    m(EXG10, 83, "%", mk10("美國") + "|United States|US", None, basis="1至2月 cumulative, yoy, 歷年同期新高"),
    m(EXG10, 67.3, "%", mk10("歐洲") + "|Europe", None, basis="1至2月 cumulative, yoy"),
    m(EXG10, 47.5, "%", mk10("東協") + "|ASEAN", None, basis="1至2月 cumulative, yoy"),
    m(EXG10, 28.9, "%", mk10("日本") + "|Japan", None, basis="1至2月 cumulative, yoy"),
    m(EXG10, 25.4, "%", mk10("陸港") + "|中國大陸與香港|China and Hong Kong", None, basis="1至2月 cumulative, yoy (小幅增加)"),
    m(SH10, 32, "%", mk10("美國") + "|United States|US", None, basis="share of exports (1至2月), largest market"),
    m(SH10, 24.3, "%", mk10("陸港") + "|中國大陸與香港|China and Hong Kong", None, basis="share of exports (1至2月)"),
    m(SH10, 20.4, "%", mk10("東協") + "|ASEAN", None, basis="share of exports (1至2月)"),
], [])


# zh11: 國富氫能's placing of new shares with the day's share move (經濟通 etnet quote-news page on 202.62.215.18,
# Traditional with half-width "," "(" ";" as printed; no headline in the stored text and none composed; the wire tag
# 《經濟通通訊社11日專訊》 kept; the advertisement line after it (獨家優惠【etnet x 環球海產】…► 立即瀏覽) left out).
# Key (period None): price 32.28元 and -8.9%; the two-day fall 13.5% (-13.5 %); turnover 8719萬元; placing of at most
# 490.89萬股 new shares (upper-bound range); about 3.88% of the enlarged issued shares; placing price 31.07元; the previous
# close 35.42元; the discount about 12.28%; net proceeds about 1.49億元.
# Optional: the 2-day losing streak; the volume 約265萬股; the use-of-proceeds split (70% and 30%); at least six placees;
# the five placings in 12 months (a count); the 600萬份 warrants issued to 麥格理銀行.
# Judgement calls: no date but 11日 -> period None; 元 = HKD; "最多490.89萬股" -> rng (None, 4.9089e6) shares (news34 zh12);
# a discount is a positive placing_discount (news34 / news50); "所得款項淨額" -> net_proceeds; "過去12個月" is a span;
# 02582 gives no row; the placing agent and warrant holder (麥格理資本 / 麥格理銀行) are names, not brokers' actions.
GF11 = "國富氫能|02582|2582|2582.HK"
G["zh11"] = ([
    m("price|share_price", 32.28, "HKD", GF11, None, basis="現價"),
    m("price_change|share_price_change", -8.9, "%", GF11, None, basis="跌 (intraday, 現價)"),
    m("streak|losing_streak|days", 2, "days", GF11, None, opt=True, basis="暫連跌2日"),
    m("price_change|share_price_change|cumulative_price_change", -13.5, "%", GF11, None, basis="累計跌幅, two days"),
    m("volume|trading_volume", 2.65e6, "shares", GF11, None, opt=True, basis="成交約265萬股"),
    m("turnover", 8.719e7, "HKD", GF11, None, basis="涉及資金8719萬元"),
    m("placing_shares|shares_placed|new_shares", None, "shares", GF11, None, rng=(None, 4.9089e6),
      basis="最多490.89萬股新股"),
    m("placees|number_of_placees", None, "placees", GF11, None, rng=(6, None), opt=True, basis="不少於六名承配人"),
    m("placing_share_pct|share_of_enlarged_capital|stake", 3.88, "%", GF11, None,
      basis="約, of the enlarged issued shares"),
    m("placing_price|offer_price|price", 31.07, "HKD", GF11, None, basis="每股作價"),
    m("price|close|closing_price", 35.42, "HKD", GF11, None, basis="上日收市價 (reference close)"),
    m("placing_discount|discount", 12.28, "%", GF11, None, basis="約, vs the previous close"),
    m("net_proceeds|placing_proceeds|proceeds|funds_raised", 1.49e8, "HKD", GF11, None, basis="所得款項淨額, 約"),
    m("use_of_proceeds|proceeds_allocation", 70, "%", GF11, None, opt=True, basis="約70%, working capital and general use"),
    m("use_of_proceeds|proceeds_allocation", 30, "%", GF11, None, opt=True, basis="約30%, repaying credit facilities"),
    m("placement_count|placings", 5, "placements", GF11, None, opt=True, basis="五次配股 in 12 months, incl. this one"),
    m("warrants_issued|warrants", 6e6, "warrants", GF11, None, opt=True, basis="issued to 麥格理銀行"),
], [])


# zh12: four brokers' targets for 安踏 after its interim results (a content-site relay on nuoerhy.cn of a 信報 report,
# Traditional with a few Simplified forms (后, 于, 并, 杰富瑞) and curly “” around the ratings as printed; the site's
# injected words inside two sentences ("英國公司常見問答", "香港文書公證程序") and the pronunciation marks after characters
# such as 據(jù) left out as page noise; no headline in the stored text and none composed; whole stored item otherwise).
# Rating actions (HKD): the unnamed opening broker (read as 高盛, see below) raises its target from 21.5元 to 22.9元 with
# “買入” (raise_target, buy; no earlier rating printed); 里昂 raises 19.25 -> 22.6元, keeps “買入” (raise_target, buy, prior
# buy); 麥格理 raises its target to 22元 with no rating word (raise_target, rating None, no earlier target printed); 杰富瑞
# (Jefferies) keeps “持有” and raises 17.8元 -> 18.5元 (raise_target, hold, prior hold).
# Key: 安踏's H1 net profit +24%; FILA revenue growth 六成 (60 %) and its share of sales 14% (the broker's estimate for
# the half); the gross margin up 120點子 (+120 bp); 高盛's EPS forecasts for the next two years raised 5%至7% (range); the
# share price up 42% this year; the target equal to 20倍 2016 P/E (FY2016) and a 25% discount to Nike and Adidas;
# 麥格理's 18% earnings growth for 2015年至18年 (FY2015-FY2018).
# Optional: the intraday 升逾9% (open range) and high 21.15元; the four targets as target_price rows (priors where printed).
# Judgement calls: the first broker is not named in its own sentence; the same paragraph ends with 高盛's EPS revision,
# so the target raise is read as 高盛's (an analyst reading the paragraph as one broker's view); the company is printed
# only as "(02020)" in the lead and as 安踏 afterwards; 上半年 with no year -> "H1"; "相當于2016年預期市盈率20倍" is the
# target's implied P/E, FY2016; "未來兩年" -> period None with the span in basis; "年初至今" -> period None; 120點子 = 120 bp;
# no 評級 change word for 高盛 -> prior rating None.
AT12 = "安踏體育|安踏|Anta|Anta Sports|02020|2020"
FILA12 = "FILA|FILA品牌|" + AT12
GS12 = "高盛|Goldman Sachs"
CLSA12 = "里昂|裏昂|CLSA"
MQ12 = "麥格理|Macquarie"
JF12 = "杰富瑞|傑富瑞|Jefferies"
TP12 = "target_price|price_target"
G["zh12"] = ([
    m("net_profit_growth|profit_growth|net_income_growth", 24, "%", AT12, "H1", basis="上半年純利, yoy"),
    m("price_change|share_price_change", None, "%", AT12, None, rng=(9, None), opt=True, basis="今早一度升逾9% (intraday)"),
    m("price|intraday_high|high", 21.15, "HKD", AT12, None, opt=True, basis="intraday high"),
    m(TP12, 22.9, "HKD", AT12, None, prior=21.5, opt=True, basis="opening broker (高盛), 由21.5元調高至22.9元"),
    m("revenue_growth|segment_revenue_growth", 60, "%", FILA12, "H1", basis="FILA revenue, 估計增長六成 (broker's estimate)"),
    m("revenue_share|share_of_sales|share", 14, "%", FILA12, "H1", basis="FILA share of total sales, 提升至14%"),
    m("gross_margin_change", 120, "bp", AT12, "H1", basis="整體毛利率上升120點子"),
    m("eps_forecast_change|earnings_forecast_change", None, "%", AT12, None, rng=(5, 7),
      basis="高盛, next two years' EPS forecasts raised (上調5%至7%)"),
    m(TP12, 22.6, "HKD", AT12, None, prior=19.25, opt=True, basis="里昂, 由19.25上調至22.6元"),
    m("price_change|share_price_change|ytd_change", 42, "%", AT12, None, basis="year to date (年初至今上升)"),
    m("pe_ratio|target_pe", 20, "x", AT12, "FY2016", basis="里昂 target = 20倍 2016 forward P/E"),
    m("valuation_discount|discount", 25, "%", AT12, None, basis="里昂, target P/E vs Nike and Adidas (折讓)"),
    m(TP12, 22, "HKD", AT12, None, opt=True, basis="麥格理, 上調至22元"),
    m("earnings_growth|earnings_cagr|profit_growth", 18, "%", AT12, "FY2015-FY2018",
      basis="麥格理 forecast, 2015年至18年 annual earnings growth"),
    m(TP12, 18.5, "HKD", AT12, None, prior=17.8, opt=True, basis="杰富瑞, 由17.8元上調至18.5元"),
], [
    ra(GS12, AT12, "raise_target", "buy", None, 22.9, 21.5, "HKD"),
    ra(CLSA12, AT12, "raise_target", "buy", "buy", 22.6, 19.25, "HKD"),
    ra(MQ12, AT12, "raise_target", None, None, 22.0, None, "HKD"),
    ra(JF12, AT12, "raise_target", "hold", "hold", 18.5, 17.8, "HKD"),
])
