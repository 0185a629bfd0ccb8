# Hand labels for news45/zh, batch b (zh07-zh12; all six Traditional Chinese: one Hong Kong outlet, two Macau outlets (one
# of them carrying a Hong Kong story), three Taiwan outlets). Helpers m() and ra() are supplied by build_labels.py.
# Labels were written by hand from the six texts alone: no project code was run (no extractor, no newsflow, no pytest, no
# .venv; only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold file or other batch's file was read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# READMEs of news43/zh and news44/zh ("Conventions decided" sections) and the labels files of news43/zh.
# Currency: zh07 Hong Kong bank, bare 元 / 億元 = HKD; zh09 prints "(港元,下同)", so every later 元 / 億 / 萬元 is HKD; zh10
# prints "( 澳門元,下同 )" -> MOP for every later 元 / 億; Taiwan items (zh08 broker targets, zh11 wages, zh12 ETF) bare 元 /
# 億元 = TWD. Values fully scaled (98﹒93億元 -> 9.893e9 with the full-width ﹒ read as a decimal point; 二千〇七十億元 ->
# 2.07e11; 一點五三萬億元 -> 1.53e12; 四點三二萬元 -> 43200; 五百五十四點六億 -> 5.546e10; 280.4億元 -> 2.804e10; 45.1萬人 ->
# 451000; 3萬8480元 -> 38480; 4573億元 -> 4.573e11; 168.7萬 -> 1687000). 百分之X點Y -> X.Y %; 約X -> X; 突破X / 超過X /
# 逾X / X以下 -> open bounds (optional here: each either restates an exact figure printed elsewhere or is a hedged outlook).
# Declines negative (下跌, 減少, 下降, 跌幅); 上升 / 增加 / 增長 / 升 / 升幅 positive; 按月 / 按季 / 按年 / 較上月 / 較去年同月 /
# 較去年同期 changes are rows of their own, not priors (the earlier level is not printed).
# Periods only from the text: zh07 2024H1 (the interim "截至今年6月底止" is tied to 2024 by the text's own "該行於2024年第二季
# 公布的…股份回購計劃", counted in the same half's shareholder returns) and 2023H1 for "去年上半年"; zh08 FY2026 / FY2027 for
# "今（2026）明年" and "2026..2027" for the printed span; zh09 None for 九月 / 年初至今 (no year printed; 二〇〇九 is a
# comparison year) and "Q3" for 第三季; zh10 FY2024, 2024Q4 and 2024-12-31 as printed; zh11 None throughout (11月, 10月,
# 前11月, 1-10月; no current year printed; 2009 / 2011 / 2001 are reference years); zh12 "Q1".."Q4" for 今年第一季…第四季,
# None for 今年 / 去年, FY2024 for "2024年". Page date lines, the kept time stamp of zh07 and the writer's knowledge are never
# used for periods.
# Repeats: a figure printed twice (headline and body, a closing restatement) is one key row and an optional twin.
# Broker targets and ratings (zh08) are in rating actions; as the brief for this batch puts targets "only in rating
# actions", no target is a key metric row, but each printed target (and each old target) is also an optional target_price
# row so that an extractor following the earlier zh sets' practice (targets also as target_price rows) is neither rewarded
# nor penalised. The targets' printed percentage changes ("調幅高達75%") are key metric rows (they have no place in ra()).
# Entities list names as printed plus Traditional / English forms and stock codes; districts, unit types, fund classes and
# causes of unemployment take their own name with the parent (Macau / MPF / Taiwan) as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong bank's interim results with its dividend and shareholder returns (經濟通 etnet, mobile page; the item's time
# stamp "31/07/2024 12:09", its headline and the credit 《經濟通通訊社31日專訊》 kept as printed, the full-width ﹒ decimal
# points kept; the closing "(ac)" kept; the boilerplate "*有關業績的詳情,請參閱該公司之正式通告" and the poll line
# "【你點睇】…► 立即投票" left out as page furniture; whole stored item otherwise).
# Key (2024H1): net profit 98﹒93億元 (+約1%); EPS 5﹒04元; second interim dividend 1﹒2元 per share; first-half dividends
# per share 2﹒4元 (prior 2﹒2元, +9%); shareholder returns 76億元 (+80%) including the 30億元 buyback announced in 2024Q2
# (the buyback amount key with period None); net operating income before ECL 204﹒31億元 (+2%); operating profit 113﹒96億元
# (+5%).
# Optional: the headline's 1% / 98﹒93億元 / 1﹒2元 (twins); 去年上半年's 2﹒2元 as a 2023H1 row of its own.
# Judgement calls: 2024H1 from the text's own 2024年第二季 (see the header); "每股派息合共為2﹒4元" is the half's total DPS
# (first plus second interim) with the year-earlier 2.2元 as prior; "較去年同期增加80%" applies to the shareholder-return
# total; the buyback is a plan amount, period None with the announcing quarter in basis. Not labelled: the code 00011, 31日,
# the time stamp.
HSB = "恒生銀行|恒生|Hang Seng Bank|00011|11"
P7 = "2024H1"
NP7 = "net_profit|profit_attributable|net_income"
NPG7 = "net_profit_growth|profit_growth|net_income_growth"
DPS7 = "dps|dividend_per_share|interim_dividend"
G["zh07"] = ([
    m(NP7, 9.893e9, "HKD", HSB, P7, basis="純利, interim to 6月底"),
    m(NP7, 9.893e9, "HKD", HSB, P7, opt=True, basis="headline twin (多賺…至98﹒93億元)"),
    m(NPG7, 1, "%", HSB, P7, basis="yoy, 約1%"),
    m(NPG7, 1, "%", HSB, P7, opt=True, basis="headline twin (多賺1%)"),
    m("eps|basic_eps", 5.04, "HKD", HSB, P7, basis="每股盈利"),
    m(DPS7, 1.2, "HKD", HSB, P7, basis="second interim dividend per share (第二次中期股息)"),
    m(DPS7, 1.2, "HKD", HSB, P7, opt=True, basis="headline twin (派第二次中期息1﹒2元)"),
    m("dps|dividend_per_share|total_dps", 2.4, "HKD", HSB, P7, prior=2.2,
      basis="first-half dividends per share in total (合共); prior = 去年上半年"),
    m("dps|dividend_per_share|total_dps", 2.2, "HKD", HSB, "2023H1", opt=True, basis="去年上半年"),
    m("dps_growth|dividend_growth", 9, "%", HSB, P7, basis="vs 去年上半年的2﹒2元 (升9%)"),
    m("buyback|share_buyback|buyback_amount", 3e9, "HKD", HSB, None, basis="share buyback programme announced in 2024年第二季"),
    m("shareholder_returns|total_shareholder_returns|capital_returned", 7.6e9, "HKD", HSB, P7,
      basis="回饋股東之總額, including the 30億元 buyback"),
    m("shareholder_returns_growth|total_shareholder_returns_growth", 80, "%", HSB, P7, basis="yoy (較去年同期增加80%)"),
    m("operating_income|net_operating_income|revenue", 2.0431e10, "HKD", HSB, P7,
      basis="營業收入淨額 before changes in expected credit losses and other credit impairment charges"),
    m("operating_income_growth|net_operating_income_growth|revenue_growth", 2, "%", HSB, P7, basis="yoy (增長2%)"),
    m("operating_profit", 1.1396e10, "HKD", HSB, P7, basis="營業溢利"),
    m("operating_profit_growth", 5, "%", HSB, P7, basis="yoy (增加5%)"),
], [])


# zh08: Taiwan broker target round-up on three stocks at the Lunar New Year close (經濟日報 on udn 聯合新聞網; the page date line
# " date 2026-02-12" and the tag "快訊" left out; the byline "經濟日報／ 記者魏興中／即時報導" kept with its space; the source's
# "金年" (for 金馬年) in the lead kept as printed, the later "金馬年" / "馬年" too; the stored text breaks off inside the 鴻勁
# paragraph ("…營運前景大好，"), so the passage ends with that paragraph's first, whole sentence; no headline in the stored
# text and none composed).
# Key metric rows: CLSA's TSMC EPS forecasts raised 14% (FY2026, "今（2026）年") and 19% (FY2027, "明年"); the expected AI
# compute shortage 約25% over 2026–2027; the percentage changes of the 信驊 targets: HSBC 75% (調幅高達), Morgan Stanley
# 23.46%, Goldman Sachs 64.38%, UBS 37.5%.
# Optional: every target as a target_price row (TSMC 3,030元 twice — lead and CLSA's paragraph —, 2,700元, 2,600元 twice
# (高盛, 花旗), 2,500元; 信驊 13,300元 twice (lead, HSBC), 12,345元, 12,000元, 11,000元, 10,000元; 鴻勁 5,800元) and the old
# targets 7,600元 / 9,999元 / 7,300元 / 8,000元; the bounds "超過2,500元", "超過萬元" (10,000) and "逾三字頭" (3,000).
# Rating actions (TWD): 里昂 raise_target 台積電 to 3,030 ("目標價大升至", old target not printed), rating 「強力看好」 recorded
# as buy; 晨星 2,700, 高盛 2,600, 花旗 2,600, 瑞銀 2,500 on 台積電 and 里昂 10,000 on 信驊: targets listed without a printed
# change or rating -> maintain, rating None; 滙豐 raise_target 信驊 13,300 from 7,600, 大摩 12,345 from 9,999, 高盛 12,000 from
# 7,300, 瑞銀 11,000 from 8,000, ratings not printed (None). Optional: 鴻勁's 5,800 (the lead's "外資圈…最高目標價", no
# broker named -> broker None).
# Judgement calls: 「強力看好」 is the top rating of its scale and is normalised to buy (the scorer's map has no strong-buy
# class); the lead's 3,030元 / 13,300元 are the same targets as CLSA's and HSBC's in the body (one rating action each); the
# listed "其他目標價超過2,500元的" targets are current targets with no printed move (maintain, as broker tables listing
# targets); "調高…EPS各14%、19%" is read as forecast revisions (percent changes of the EPS forecasts) with the years fixed
# by "今（2026）明年"; the shortage takes the printed span 2026..2027. Not labelled: the codes 2330 / 5274 / 7769, 2026 inside
# "今（2026）", "三字頭" as a figure of its own (optional bound only).
TSMC = "台積電|台灣積體電路|台灣積體電路製造|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330|2330.TW"
ASPD = "信驊|信驊科技|ASPEED|ASPEED Technology|Aspeed|5274|5274.TW"
HONP = "鴻勁|鴻勁精密|Hon Precision|7769|7769.TW"
CLSA8 = "里昂證券|里昂|中信里昂|CLSA"
MSTAR = "晨星|Morningstar"
GS8 = "高盛|高盛證券|Goldman Sachs"
CITI8 = "花旗|花旗環球|Citi|Citigroup"
UBS8 = "瑞銀|瑞銀證券|UBS"
HSBC8 = "滙豐證券|滙豐|匯豐|HSBC"
MS8 = "摩根士丹利|大摩|Morgan Stanley"
TP = "target_price"
TPC = "target_price_change|target_change"
G["zh08"] = ([
    m("eps_forecast_change|eps_forecast_revision|eps_growth", 14, "%", TSMC, "FY2026",
      basis="里昂 raises its EPS forecast, 今（2026）年"),
    m("eps_forecast_change|eps_forecast_revision|eps_growth", 19, "%", TSMC, "FY2027", basis="里昂 raises its EPS forecast, 明年"),
    m("shortage|supply_shortage|compute_shortage", 25, "%", "AI算力|AI computing power|AI compute|" + TSMC, "2026..2027",
      basis="里昂 expects 約25% AI compute shortage in 2026–2027"),
    m(TPC, 75, "%", ASPD, None, basis="滙豐證券, 7,600元 -> 13,300元, 調幅高達75%"),
    m(TPC, 23.46, "%", ASPD, None, basis="摩根士丹利 (大摩), 9,999元 -> 12,345元"),
    m(TPC, 64.38, "%", ASPD, None, basis="高盛, 7,300元 -> 12,000元"),
    m(TPC, 37.5, "%", ASPD, None, basis="瑞銀, 8,000元 -> 11,000元"),
    m(TP, 3030, "TWD", TSMC, None, opt=True, basis="lead: highest target (里昂)"),
    m(TP, 3030, "TWD", TSMC, None, opt=True, basis="里昂 (CLSA), 「強力看好」"),
    m(TP, 2700, "TWD", TSMC, None, opt=True, basis="晨星"),
    m(TP, 2600, "TWD", TSMC, None, opt=True, basis="高盛"),
    m(TP, 2600, "TWD", TSMC, None, opt=True, basis="花旗"),
    m(TP, 2500, "TWD", TSMC, None, opt=True, basis="瑞銀"),
    m(TP, None, "TWD", TSMC, None, rng=(2500, None), opt=True, basis="目標價同樣超過2,500元的 (bound)"),
    m(TP, None, "TWD", TSMC, None, rng=(3000, None), opt=True, basis="逾三字頭 (above 3,000, bound)"),
    m(TP, 13300, "TWD", ASPD, None, opt=True, basis="lead: highest target (滙豐)"),
    m(TP, 13300, "TWD", ASPD, None, prior=7600, opt=True, basis="滙豐證券, 由7,600元大升至13,300元"),
    m(TP, 7600, "TWD", ASPD, None, opt=True, basis="滙豐證券 old target"),
    m(TP, None, "TWD", ASPD, None, rng=(10000, None), opt=True, basis="上調至超過萬元的水準 (bound)"),
    m(TP, 12345, "TWD", ASPD, None, prior=9999, opt=True, basis="大摩, 由9,999元上調至12,345元"),
    m(TP, 9999, "TWD", ASPD, None, opt=True, basis="大摩 old target"),
    m(TP, 12000, "TWD", ASPD, None, prior=7300, opt=True, basis="高盛, 由7,300元大升至12,000元"),
    m(TP, 7300, "TWD", ASPD, None, opt=True, basis="高盛 old target"),
    m(TP, 11000, "TWD", ASPD, None, prior=8000, opt=True, basis="瑞銀, 由8,000元上調至11,000元"),
    m(TP, 8000, "TWD", ASPD, None, opt=True, basis="瑞銀 old target"),
    m(TP, 10000, "TWD", ASPD, None, opt=True, basis="里昂, 萬元以上"),
    m(TP, 5800, "TWD", HONP, None, opt=True, basis="lead: highest target from 外資圈 (no broker named)"),
], [
    ra(CLSA8, TSMC, "raise_target", "buy", None, 3030, None, "TWD"),
    ra(MSTAR, TSMC, "maintain", None, None, 2700, None, "TWD"),
    ra(GS8, TSMC, "maintain", None, None, 2600, None, "TWD"),
    ra(CITI8, TSMC, "maintain", None, None, 2600, None, "TWD"),
    ra(UBS8, TSMC, "maintain", None, None, 2500, None, "TWD"),
    ra(HSBC8, ASPD, "raise_target", None, None, 13300, 7600, "TWD"),
    ra(MS8, ASPD, "raise_target", None, None, 12345, 9999, "TWD"),
    ra(GS8, ASPD, "raise_target", None, None, 12000, 7300, "TWD"),
    ra(UBS8, ASPD, "raise_target", None, None, 11000, 8000, "TWD"),
    ra(CLSA8, ASPD, "maintain", None, None, 10000, None, "TWD"),
    ra(None, HONP, "maintain", None, None, 5800, None, "TWD", opt=True),
])


# zh09: Hong Kong MPF monthly and quarterly returns in Chinese numerals (澳門日報 e-paper, appimg.modaily.cn, carrying a
# 香港中通社 item; headline "首九月強積金人均賺4.32萬" and the credit 【香港中通社七日電】 kept as printed; every figure in words
# kept character for character (百分之三點五六, 二千〇七十億元, 四點三二萬元, 一點〇九萬元, 一點五三萬億元, 五百五十四點六億,
# 三十一點九二萬元, 三十七點二八 after 百分之十五點八五及 …); whole stored item).
# Key: the all-fund index's September return 3.56%, Q3 6.41%, year-to-date 15.83%; year-to-date investment gain 2.07e11
# (the exact figure of "創紀錄的二千〇七十億元投資收益") and 43200 per member; September gain 5.25e10 and 約10900 per member;
# Q3 gain 9.18e10 and 19200 per member; total assets 約1.53e12 at end-September, +5.546e10 on the month; average account
# balance 319200 (+11600 on the month, +49900 year to date); Hong Kong and China equity funds: September 8.47%, Q3 15.85%,
# year to date 37.28%.
# Optional: "突破二千〇七十億元" (a bound restating the exact figure); the headline's 4.32萬 (twin); the closing 一點五三萬億元
# (twin); the member count 四百七十九萬名 (a base count restated in every release).
# Judgement calls: "(港元,下同)" makes every later amount HKD, including "按月增長五百五十四點六億" printed without 元;
# "百分之十五點八五及三十七點二八" gives two % rows (the second inherits 百分之) mapped onto 第三季 and 年初至今 in order; 九月 /
# 年初至今 rows take period None with the month in basis, 第三季 rows "Q3"; the equity-fund class takes its own name with the
# MPF as alias; ranks and streaks (第五個月, 第三佳, 首九個月, 二〇〇九) carry no row. Not labelled: 七日, 二〇〇九.
MPF = "強積金|強制性公積金|MPF|Mandatory Provident Fund|積金評級所有基金表現指數|所有基金表現指數|MPF Ratings All Fund Performance Index"
HKCE = "香港及中國股票基金|香港及中國股票|Hong Kong and China equity funds|Hong Kong and China equity|" + MPF
RET = "return|fund_return|investment_return"
GAIN = "investment_gain|investment_income|investment_return_amount|gain"
GPM = "gain_per_member|average_gain_per_member|per_capita_gain"
Q3 = "Q3"
G["zh09"] = ([
    m(RET, 3.56, "%", MPF, None, basis="September (九月), all-fund performance index"),
    m(RET, 6.41, "%", MPF, Q3, basis="第三季"),
    m(RET, 15.83, "%", MPF, None, basis="year to date to September (年初至今累計上漲)"),
    m(GAIN, 2.07e11, "HKD", MPF, None, basis="year-to-date investment gain, record (創紀錄的二千〇七十億元)"),
    m(GAIN, None, "HKD", MPF, None, rng=(2.07e11, None), opt=True, basis="年初至今總收益突破二千〇七十億元 (bound)"),
    m(GPM, 43200, "HKD", MPF, None, basis="year to date, 人均賺四點三二萬元"),
    m(GPM, 43200, "HKD", MPF, None, opt=True, basis="headline twin (人均賺4.32萬)"),
    m(GAIN, 5.25e10, "HKD", MPF, None, basis="September investment gain"),
    m("members|member_count", 4790000, "members", MPF, None, opt=True, basis="四百七十九萬名強積金成員"),
    m(GPM, 10900, "HKD", MPF, None, basis="September, 約一點〇九萬元 per member"),
    m(GAIN, 9.18e10, "HKD", MPF, Q3, basis="第三季收益"),
    m(GPM, 19200, "HKD", MPF, Q3, basis="第三季, 人均賺一點九二萬元"),
    m("total_assets|aum|assets", 1.53e12, "HKD", MPF, None, basis="end-September (九月底), 約, including contributions; record"),
    m("total_assets|aum|assets", 1.53e12, "HKD", MPF, None, opt=True, basis="closing restatement (歷史新高的一點五三萬億元)"),
    m("total_assets_change|aum_change|assets_change", 5.546e10, "HKD", MPF, None, basis="mom (按月增長五百五十四點六億)"),
    m("average_account_balance|account_balance", 319200, "HKD", MPF, None, basis="members' average account balance, end-September"),
    m("average_account_balance_change|account_balance_change", 11600, "HKD", MPF, None, basis="mom (按月增)"),
    m("average_account_balance_change|account_balance_change", 49900, "HKD", MPF, None, basis="year to date (累計增加)"),
    m(RET, 8.47, "%", HKCE, None, basis="September"),
    m(RET, 15.85, "%", HKCE, Q3, basis="第三季"),
    m(RET, 37.28, "%", HKCE, None, basis="year to date (百分之…三十七點二八)"),
], [])


# zh10: Macau's annual and fourth-quarter private construction and property transaction statistics (經濟財政司司長辦公室
# website gsef.gov.mo carrying the 統計暨普查局 release; the title "2024年全年及第4季私人建築及不動產交易統計(統計暨普查局)"
# kept as printed as the headline; the stray spaces inside "( 澳門元,下同 )", "( 85,114元 )", "( 3,023個 )" … kept; the two
# sub-headings without figures reworded; the stored text breaks off at "全年獲發使用准照的640個住宅單位中,澳", so the
# passage ends at the sentence before it).
# Key (FY2024): 5,197 units and parking spaces traded (+17.7%), value 280.4億元 (+20.7%); residential average price 85,114元
# per m² of usable area (-9%); 640 residential units granted occupation permits; residential transactions 3,380 (+501),
# value 203.3億元 (+11.1%); existing units 3,023 (184.8億元), off-plan 357 (18.5億元); Macau Peninsula 78,751元 (-12.5%),
# Taipa 93,896元 (-3.6%), Coloane 99,617元 (-7.3%); existing 83,126元 (-10%), off-plan 124,323元 (+1.2%); offices 69,729元
# (-21.7%), industrial 39,268元 (-16.9%). Key (2024Q4): residential transactions 884 (-13), value 50.8億元 (-3.5%); existing
# 782 (-39), 45.1億元 (-7.8%); off-plan 102 (+26), 5.8億 (+51.8%); residential average price 76,071元 (-12.1%); existing
# 75,076元 (-11.4%) with 氹仔中心區 131 units at 81,905元, 黑沙環新填海區 81 at 83,563元, 黑沙環及祐漢區 64 at 57,983元;
# off-plan 118,424元 (-10.7%); offices 65,234元 (-18.8%), industrial 32,566元 (+3.2%). Key (2024-12-31): residential units
# at the design stage 5,192, under construction 1,771, under inspection 298.
# Optional: the second "按年下跌9%" of the residential average price (twin).
# Judgement calls: "( 澳門元,下同 )" -> MOP for every later 元, including "總值5.8億" (no 元); prices per m² are MOP values
# with "per m² usable area" in basis; unit and parking counts are "units"; "按年分別上升17.7%及20.7%" maps in order onto
# count and value; the district and unit-type figures take their own entity with Macau as alias; "增加501個至3,380個" /
# "增加26個至102個" give a change row and a level (no prior: the earlier level is not printed); 第4季 changes are qoq (按季).
# Not labelled: the year 2024 as a figure, 第4季 as a number.
MO = "澳門|Macau|Macao"
ALL10 = "樓宇單位及停車位|units and parking spaces|property units|" + MO
RES = "住宅單位|整體住宅單位|residential units|residential|" + MO
EXI = "現貨住宅|existing residential units|completed residential units|" + RES
OFF = "住宅樓花|樓花|off-plan residential units|pre-sale units|" + RES
PEN = "澳門半島|Macau Peninsula|" + RES
TAI = "氹仔|Taipa|" + RES
COL = "路環|Coloane|" + RES
OFC = "辦公室|辦公室單位|office units|offices|" + MO
IND = "工業|工業單位|industrial units|" + MO
TCC = "氹仔中心區|Taipa Central|" + EXI
ANR = "黑沙環新填海區|Areia Preta new reclamation|NAPE Areia Preta|" + EXI
AYH = "黑沙環及祐漢區|Areia Preta and Iao Hon|" + EXI
Y24, Q424, E24 = "FY2024", "2024Q4", "2024-12-31"
TX = "transactions|units_sold|property_transactions|sales_volume"
TXC = "transactions_change|units_sold_change|sales_volume_change"
TXG = "transactions_growth|units_sold_growth|sales_volume_growth"
TV = "transaction_value|sales_value|value"
TVG = "transaction_value_growth|sales_value_growth|value_growth"
AP = "average_price|average_price_per_sqm|price_per_sqm"
APC = "average_price_change|price_change|price_per_sqm_change"
PSM = "per m² usable area"
G["zh10"] = ([
    m(TX, 5197, "units", ALL10, Y24, basis="stamp-duty-completed transactions of building units and parking spaces"),
    m(TXG, 17.7, "%", ALL10, Y24, basis="yoy, first of 分別"),
    m(TV, 2.804e10, "MOP", ALL10, Y24, basis="成交總值 (澳門元,下同)"),
    m(TVG, 20.7, "%", ALL10, Y24, basis="yoy, second of 分別"),
    m(AP, 85114, "MOP", RES, Y24, basis=PSM),
    m(APC, -9, "%", RES, Y24, basis="yoy (較上年下跌9%)"),
    m(APC, -9, "%", RES, Y24, opt=True, basis="second printing of the yoy fall"),
    m("occupation_permits|completions|units_completed", 640, "units", RES, Y24, basis="residential units granted occupation permits"),
    m(TX, 3380, "units", RES, Y24, basis="residential transactions"),
    m(TXC, 501, "units", RES, Y24, basis="yoy (較上年增加501個)"),
    m(TV, 2.033e10, "MOP", RES, Y24, basis="residential transaction value"),
    m(TVG, 11.1, "%", RES, Y24, basis="yoy"),
    m(TX, 3023, "units", EXI, Y24),
    m(TV, 1.848e10, "MOP", EXI, Y24),
    m(TX, 357, "units", OFF, Y24),
    m(TV, 1.85e9, "MOP", OFF, Y24),
    m(AP, 78751, "MOP", PEN, Y24, basis=PSM),
    m(APC, -12.5, "%", PEN, Y24, basis="yoy"),
    m(AP, 93896, "MOP", TAI, Y24, basis=PSM),
    m(APC, -3.6, "%", TAI, Y24, basis="yoy"),
    m(AP, 99617, "MOP", COL, Y24, basis=PSM),
    m(APC, -7.3, "%", COL, Y24, basis="yoy"),
    m(AP, 83126, "MOP", EXI, Y24, basis=PSM),
    m(APC, -10, "%", EXI, Y24, basis="yoy"),
    m(AP, 124323, "MOP", OFF, Y24, basis=PSM),
    m(APC, 1.2, "%", OFF, Y24, basis="yoy (升幅)"),
    m(AP, 69729, "MOP", OFC, Y24, basis=PSM),
    m(APC, -21.7, "%", OFC, Y24, basis="yoy (跌幅)"),
    m(AP, 39268, "MOP", IND, Y24, basis=PSM),
    m(APC, -16.9, "%", IND, Y24, basis="yoy (跌幅)"),
    m(TX, 884, "units", RES, Q424, basis="residential transactions, fourth quarter"),
    m(TXC, -13, "units", RES, Q424, basis="qoq (較上季減少13個)"),
    m(TV, 5.08e9, "MOP", RES, Q424),
    m(TVG, -3.5, "%", RES, Q424, basis="qoq (下跌)"),
    m(TX, 782, "units", EXI, Q424),
    m(TXC, -39, "units", EXI, Q424, basis="qoq"),
    m(TV, 4.51e9, "MOP", EXI, Q424),
    m(TVG, -7.8, "%", EXI, Q424, basis="qoq"),
    m(TX, 102, "units", OFF, Q424),
    m(TXC, 26, "units", OFF, Q424, basis="qoq (增加26個至102個)"),
    m(TV, 5.8e8, "MOP", OFF, Q424, basis="總值5.8億 (no 元; 澳門元,下同)"),
    m(TVG, 51.8, "%", OFF, Q424, basis="qoq"),
    m(AP, 76071, "MOP", RES, Q424, basis=PSM),
    m(APC, -12.1, "%", RES, Q424, basis="qoq"),
    m(AP, 75076, "MOP", EXI, Q424, basis=PSM),
    m(APC, -11.4, "%", EXI, Q424, basis="qoq"),
    m(TX, 131, "units", TCC, Q424, basis="existing residential transactions"),
    m(AP, 81905, "MOP", TCC, Q424, basis=PSM),
    m(TX, 81, "units", ANR, Q424, basis="existing residential transactions"),
    m(AP, 83563, "MOP", ANR, Q424, basis=PSM),
    m(TX, 64, "units", AYH, Q424, basis="existing residential transactions"),
    m(AP, 57983, "MOP", AYH, Q424, basis=PSM),
    m(AP, 118424, "MOP", OFF, Q424, basis=PSM),
    m(APC, -10.7, "%", OFF, Q424, basis="qoq"),
    m(AP, 65234, "MOP", OFC, Q424, basis=PSM),
    m(APC, -18.8, "%", OFC, Q424, basis="qoq"),
    m(AP, 32566, "MOP", IND, Q424, basis=PSM),
    m(APC, 3.2, "%", IND, Q424, basis="qoq (上升)"),
    m("units_in_design|residential_pipeline|units", 5192, "units", RES, E24, basis="at the design stage (設計階段)"),
    m("units_under_construction|residential_pipeline|units", 1771, "units", RES, E24, basis="under construction (在建)"),
    m("units_under_inspection|residential_pipeline|units", 298, "units", RES, E24, basis="under inspection (正在驗樓)"),
], [])


# zh11: Taiwan's monthly unemployment and wage releases (好房網 housefun 新聞; the byline "記者仝澤蓉/台北報導" kept; the photo
# caption "11月失業人數45.1萬人,比上月減少6000人。(好房資料中心)" — a copy of the body's figures credited to the site's
# data centre — left out as page furniture (its 11, 45.1 and 6000 are the only number tokens dropped); no headline in the
# stored text and none composed; whole stored item otherwise).
# Key: November unemployment rate 3.89% (-0.06 pp mom, -0.27 pp yoy); January–November average 3.97% (-0.22 pp yoy);
# unemployed 451000 (-6000 mom): first-time job seekers -4000, end of seasonal / temporary work -2000, business contraction
# or closure -1000, dissatisfaction with the job +2000; October regular earnings 38480元, January–October average 38149元
# (+1.76% yoy); January–October average total earnings 47883元; real earnings 46032元 (+2.69%).
# Optional: the second printings of 3.89% and 3.97% (twins); the outlook "降至4%以下" / "降到4%以下" (hedged upper bounds).
# Judgement calls: no current year is printed -> period None with the month or span in basis; "分別減少2000人與1000人" maps
# in order onto the two causes; the causes take their own name with Taiwan's unemployed as alias; 3萬8480元 etc. are TWD
# (Taiwan wages); "以2011年物價衡量" is the real-wage base (basis), not a figure; ranks and spans (七年來, 15年前, 近四年,
# 2001年迄今) carry no row. Not labelled: 12月, 2009, 2011, 2001.
TW11 = "台灣|Taiwan|我國|行政院主計總處|主計總處|DGBAS"
UNEMP = "失業者|unemployed|unemployed persons|" + TW11
UR = "unemployment_rate"
URC = "unemployment_rate_change"
UC = "unemployed_change|unemployment_change|unemployed_persons_change"
WAGE = "regular_earnings|regular_wage|average_regular_earnings|wage"
G["zh11"] = ([
    m(UR, 3.89, "%", TW11, None, basis="November (11月)"),
    m(UR, 3.89, "%", TW11, None, opt=True, basis="second printing"),
    m(URC, -0.06, "pp", TW11, None, basis="November, mom (較上月下降)"),
    m(URC, -0.27, "pp", TW11, None, basis="November, yoy (較去年同月下降)"),
    m(UR, 3.97, "%", TW11, None, basis="January-November average (前11月)"),
    m(UR, 3.97, "%", TW11, None, opt=True, basis="second printing (前11月失業率3.97%)"),
    m(URC, -0.22, "pp", TW11, None, basis="January-November, yoy (較去年同期下降)"),
    m(UR, None, "%", TW11, None, rng=(None, 4), opt=True, basis="full-year average outlook, 可望降至4%以下"),
    m(UR, None, "%", TW11, None, rng=(None, 4), opt=True, basis="full-year average outlook, 不排除降到4%以下"),
    m("unemployed|unemployed_persons|unemployment", 451000, "persons", TW11, None, basis="November, 45.1萬人"),
    m(UC, -6000, "persons", TW11, None, basis="November, mom (比上月減少)"),
    m(UC, -4000, "persons", "初次尋職者|first-time job seekers|" + UNEMP, None, basis="November, mom"),
    m(UC, -2000, "persons", "季節性或臨時性工作結束|end of seasonal or temporary work|" + UNEMP, None,
      basis="November, mom, first of 分別"),
    m(UC, -1000, "persons", "工作場所業務緊縮或歇業|business contraction or closure|" + UNEMP, None,
      basis="November, mom, second of 分別"),
    m(UC, 2000, "persons", "對原有工作不滿意|dissatisfied with previous job|" + UNEMP, None, basis="November, mom (增加)"),
    m(WAGE, 38480, "TWD", TW11, None, basis="October regular earnings (10月經常性薪資)"),
    m(WAGE, 38149, "TWD", TW11, None, basis="January-October average (前十月), record for the period"),
    m("regular_earnings_growth|regular_wage_growth|wage_growth", 1.76, "%", TW11, None, basis="January-October, yoy"),
    m("average_earnings|total_earnings|average_wage|wage", 47883, "TWD", TW11, None,
      basis="January-October average including non-regular earnings"),
    m("real_earnings|real_wage|average_real_earnings", 46032, "TWD", TW11, None,
      basis="January-October average, at 2011 prices"),
    m("real_earnings_growth|real_wage_growth", 2.69, "%", TW11, None, basis="January-October, yoy"),
], [])


# zh12: Taiwan high-dividend ETF's quarterly distribution announcement (ETtoday 新聞雲; the page date line " date 2025-10-31"
# and the photo caption "▲台股研究示意照。（圖／記者陳瑩欣攝）" left out; the byline "記者巫彩蓮／台北報導" kept; no headline in
# the stored text and none composed; whole stored item otherwise).
# Key: 國泰永續高股息 (00878) AUM 4573億元 and 168.7萬 beneficiaries; this distribution 0.4元 per unit (Q4), close 21.72元,
# single-distribution yield 1.84%, annualised 7.37%; earlier distributions 0.55元 (last year's Q3 and Q4), 0.5元 (Q1), 0.47元
# (Q2), 0.4元 (Q3); this year's total 1.77元; the TAIEX total-return index's dividend contribution 39.76% (10 years) and
# 58.80% (20 years); the fund's 2024 total expense ratio 0.42%.
# Judgement calls: "本次…每股0.4元" is the fourth-quarter distribution ("第四季則與前一季相同") -> "Q4", the third quarter's
# 0.4元 a separate key row ("Q3"); quarters of 今年 carry no printed year -> "Q1".."Q4"; "去年第三、四季配息…0.55元" is one
# printing -> one key row, period None with the quarters in basis; "與上一次持平" gives no zero row; beneficiaries are a
# count ("investors"); the index shares take the index as entity; dates (11月17日, 12月12日), 今（31）日, 1年 and the years
# 2021 / 2024 of the fee trend carry no row.
ETF = "國泰永續高股息|國泰永續高股息ETF|00878|00878.TW|Cathay Sustainable High Dividend ETF|Cathay MSCI Taiwan ESG Sustainability High Dividend Yield ETF"
DIST = "distribution_per_unit|dividend_per_share|dps|distribution"
G["zh12"] = ([
    m("aum|fund_size|assets", 4.573e11, "TWD", ETF, None, basis="資產規模"),
    m("beneficiaries|investors|holders", 1687000, "investors", ETF, None, basis="受益人 168.7萬"),
    m(DIST, 0.4, "TWD", ETF, "Q4", basis="this distribution (本次, 預估), per unit; 第四季 = 前一季"),
    m("price|close|closing_price", 21.72, "TWD", ETF, None, basis="今日收盤價, basis of the yields"),
    m("distribution_yield|dividend_yield", 1.84, "%", ETF, "Q4", basis="single distribution (單次配息率)"),
    m("annualised_distribution_yield|dividend_yield|distribution_yield", 7.37, "%", ETF, "Q4", basis="annualised (年化配息率)"),
    m(DIST, 0.55, "TWD", ETF, None, basis="去年第三、四季 (last year's Q3 and Q4, 一度高達)"),
    m(DIST, 0.5, "TWD", ETF, "Q1", basis="今年第一季 (降為)"),
    m(DIST, 0.47, "TWD", ETF, "Q2", basis="第二季 (縮水至)"),
    m(DIST, 0.4, "TWD", ETF, "Q3", basis="第三季"),
    m("total_distribution|annual_distribution|" + DIST, 1.77, "TWD", ETF, None, basis="今年合計"),
    m("dividend_contribution|share_of_return", 39.76, "%", "台灣加權報酬指數|TAIEX Total Return Index", None,
      basis="dividends' contribution over the past 10 years (Bloomberg)"),
    m("dividend_contribution|share_of_return", 58.80, "%", "台灣加權報酬指數|TAIEX Total Return Index", None,
      basis="dividends' contribution over the past 20 years (Bloomberg)"),
    m("expense_ratio|total_expense_ratio", 0.42, "%", ETF, "FY2024", basis="實際總費用率, 2024"),
], [])
