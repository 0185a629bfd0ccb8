# Hand labels for news31/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of shared/corpora/news-text/zh/README.md and of the earlier sets' zh/README.md (news29 /
# news30 "Conventions decided"), in particular: values fully scaled (亿元 / 万亿元 -> CNY; 亿股 -> shares; 美分 -> USD,
# 9.7美分 -> 0.097; 万辆 -> vehicles); mainland 元 = CNY; a per-unit price is labelled in the currency alone with the
# unit (per pound / per tonne / per Wh) in basis; declines negative (下降 / 下跌 / 收跌); 个百分点 = pp, and a "降幅收窄X个
# 百分点" is a +X pp change of the growth rate; 倍 (P/E) = "x"; "持平" as a 0 pp change is optional (news30); 近X -> X;
# 约X -> X; bounds (超 / 逾 / 突破 / 不超过) optional unless they are the only figure printed for a headline quantity;
# secondary macro detail (ownership-type breakdowns, growth gaps in pp) optional; a rounded restatement of a printed
# figure optional; a repeated figure is one row. Periods only where the text states or clearly implies the year:
# zh01 prints 2025, zh02 "06年底 / 07~08年 / 08年", zh03 the dateline 2020-08-14, zh05 "2022年的销量目标" with "今年",
# zh06 2016; zh04 prints only "3月5日" -> period None with the day in basis. Stock codes are aliases only, never values.

# zh01: A-share company's 三季报 in a news story: 宁德时代 (300750.SZ) 2025 third-quarter report (zgcb.net, with the
# 国信证券 view). Periods: 三季度单季 -> 2025Q3, 前三季度 -> 2025Q1-Q3, "2025 年 1-8 月" -> 2025-01..08. Key: Q3 revenue,
# attributable profit (归母) and net margin, each with its yoy and qoq (环比) change; 9M revenue, profit, gross margin
# and net margin with their yoy changes; the period expense ratio 6.60% ("下滑至", level only, no change printed); the
# battery sales volumes "超 435GWh" (9M) and "超 165GWh" (Q3): these bounds are the only volume figures printed, so they
# are key lower bounds (news30 zh11's judgement call for a quantity printed only as a bound), unit GWh; the Q3 unit
# profit excluding non-recurring items (单位扣非净利) 约 0.10 元 / Wh (CNY, per Wh in basis); the global and overseas
# installation shares for Jan-Aug with the overseas share's +2.1 pp, and the 9M domestic share. Optional: the volume
# growth bounds "超 31%" (9M and Q3 yoy) and the Q3 qoq "14%" (read either as exact or as governed by the preceding
# 超: labelled both ways, both optional). Rating action: 国信证券 maintains "优于大市" (outperform), no target printed
# (the "上调盈利预测" carries no figure). Not labelled: 10 月 21 日 (date), 同环比基本持平 (no figure).
CATL = "宁德时代|CATL|300750.SZ|300750|Contemporary Amperex Technology|宁德时代新能源科技"
Q3, M9 = "2025Q3", "2025Q1-Q3"
REV, NP = "revenue|operating_revenue", "net_profit|net_profit_attributable"
BAT = "动储电池|power and energy-storage batteries|" + CATL
G["zh01"] = ([
    m(REV, 1.0418600e11, "CNY", CATL, Q3, basis="单季营收"),
    m("revenue_growth", 13, "%", CATL, Q3, basis="yoy"),
    m("revenue_growth|revenue_growth_qoq", 11, "%", CATL, Q3, basis="qoq (较上一季度)"),
    m(NP, 1.8549e10, "CNY", CATL, Q3, basis="归母 (attributable)"),
    m("net_profit_growth", 41, "%", CATL, Q3, basis="yoy, attributable, 大增"),
    m("net_profit_growth|net_profit_growth_qoq", 12, "%", CATL, Q3, basis="qoq (环比), attributable"),
    m("net_margin", 19.13, "%", CATL, Q3),
    m("net_margin_change", 4.12, "pp", CATL, Q3, basis="yoy, 提高"),
    m("net_margin_change", 0.55, "pp", CATL, Q3, basis="qoq (环比), 提高"),
    m(REV, 2.8307200e11, "CNY", CATL, M9, basis="前三季度营收"),
    m("revenue_growth", 9, "%", CATL, M9, basis="yoy"),
    m(NP, 4.9034e10, "CNY", CATL, M9, basis="归母 (attributable)"),
    m("net_profit_growth", 36, "%", CATL, M9, basis="yoy, attributable"),
    m("gross_margin", 25.31, "%", CATL, M9),
    m("gross_margin_change", 0.34, "pp", CATL, M9, basis="yoy, 提高"),
    m("net_margin", 18.47, "%", CATL, M9),
    m("net_margin_change", 3.52, "pp", CATL, M9, basis="yoy, 提高"),
    m("expense_ratio|period_expense_ratio|opex_ratio", 6.60, "%", CATL, M9, basis="期间费用率, 同比继续下滑至"),
    m("sales_volume|battery_sales_volume", None, "GWh", BAT, M9, rng=(435, None), basis="超 435GWh (only figure printed)"),
    m("sales_volume_growth", None, "%", BAT, M9, rng=(31, None), opt=True, basis="yoy, 超 31%"),
    m("sales_volume|battery_sales_volume", None, "GWh", BAT, Q3, rng=(165, None), basis="超 165GWh (only figure printed)"),
    m("sales_volume_growth", None, "%", BAT, Q3, rng=(31, None), opt=True, basis="yoy, 超 31%"),
    m("sales_volume_growth|sales_volume_growth_qoq", 14, "%", BAT, Q3, opt=True, basis="qoq, '分别增长超 31% 和 14%' read as exact"),
    m("sales_volume_growth|sales_volume_growth_qoq", None, "%", BAT, Q3, rng=(14, None), opt=True,
      basis="qoq, the same 14% read as governed by 超"),
    m("unit_net_profit|net_profit_per_wh|unit_profit", 0.10, "CNY", BAT, Q3,
      basis="单位扣非净利 per Wh (excluding non-recurring items), 约; flat yoy and qoq"),
    m("market_share", 36.8, "%", CATL, "2025-01..08", basis="global EV battery installations (SNE Research)"),
    m("market_share", 29.1, "%", CATL, "2025-01..08", basis="overseas installations (SNE Research)"),
    m("market_share_change", 2.1, "pp", CATL, "2025-01..08", basis="overseas share, yoy, 提高"),
    m("market_share", 42.8, "%", CATL, M9, basis="domestic market"),
], [
    ra("国信证券|Guosen Securities|Guosen", CATL, "maintain", "outperform", None, None, None, None),
])

# zh02: broker note in a news story: 中信证券 (analyst 杨治山) on 国电电力 (全景网 item on gupiaoweb.cn, 2007; the
# stored excerpt starts with the offering plan, no headline printed, none composed). Years: "06年底" -> 2006-12-31,
# "07~08年" -> FY2007 / FY2008 EPS forecasts, "08年25倍" -> FY2008 target multiple. Key: the offering cap "不超过4亿股"
# (rng=(None, 4e8) shares, the plan's only size figure, like the corpus's "最多X" caps); the six stakes to be acquired
# (entity = the target company, with 国电电力 as an alias since the acquirer may be named instead); diluted EPS 0.50 /
# 0.63 CNY; the 10~20% growth range of weighted equity capacity over the 5 years after the deal (rng, forecast); the
# 25x dynamic P/E for FY2008; the 15.50元 target. Rating action: 中信证券 "继续维持…“买入”" -> maintain, buy, 15.50 CNY.
# Optional: the group-vs-company multiples "三倍 / 二倍" (controllable capacity / total profit, comparative Chinese-numeral
# multiples), "近10家" listed power companies that might list their parents (a count). Not labelled: 第三次煤电联动 (an
# ordinal), the analysts' names, 5年内 (a horizon, carried in the growth row's basis).
GD = "国电电力|GD Power|GD Power Development|600795"
GDG = "国电集团|Guodian Group|China Guodian"
STK = "stake_acquired|stake|acquisition_stake"
G["zh02"] = ([
    m("share_offering|new_shares|placement_shares", None, "shares", GD, None, rng=(None, 4e8),
      basis="公开增发 A股, 不超过4亿股"),
    m(STK, 70, "%", "北仑第一发电公司|Beilun No.1 Power|" + GD, None, basis="to be bought with offering proceeds / new shares"),
    m(STK, 60, "%", "石嘴山第一发电公司|Shizuishan No.1 Power|" + GD, None, basis="to be bought with offering proceeds / new shares"),
    m(STK, 18, "%", "大渡河公司|Dadu River|" + GD, None, basis="to be bought with offering proceeds / new shares"),
    m(STK, 50, "%", "东胜热电|Dongsheng Thermal Power|" + GD, None, basis="paid from own funds or bank loans"),
    m(STK, 50, "%", "国电能源|Guodian Energy|" + GD, None, basis="paid from own funds or bank loans"),
    m(STK, 2, "%", "北仑发电公司|Beilun Power|" + GD, None, basis="paid from own funds or bank loans"),
    m("capacity_multiple|multiple|ratio", 3, "x", GDG, "2006-12-31", opt=True,
      basis="group controllable capacity = 三倍 the company's (06年底)"),
    m("profit_multiple|multiple|ratio", 2, "x", GDG, "FY2006", opt=True,
      basis="group total profit = 二倍 the company's (06年底)"),
    m("eps_forecast|eps", 0.50, "CNY", GD, "FY2007", basis="摊薄 (diluted), 中信证券 forecast, no third coal-power linkage"),
    m("eps_forecast|eps", 0.63, "CNY", GD, "FY2008", basis="摊薄 (diluted), 中信证券 forecast"),
    m("capacity_growth|equity_capacity_growth", None, "%", GD, None, rng=(10, 20),
      basis="weighted equity installed capacity, per year within 5 years after the acquisition, forecast"),
    m("target_pe|pe_ratio|valuation_multiple", 25, "x", GD, "FY2008", basis="dynamic P/E behind the target"),
    m("target_price", 15.50, "CNY", GD, None, basis="中信证券"),
    m("company_count|count", 10, "companies", "电力类上市公司|listed power companies", None, opt=True,
      basis="近10家 possibly involved in group listings"),
], [
    ra("中信证券|CITIC Securities", GD, "maintain", "buy", None, 15.50, None, "CNY"),
])

# zh03: 国家统计局 July 2020 release in a 上海证券报·中国证券网 story (headline and dateline "2020-08-14 10:01:01" kept, the
# empty "作者:" label left out; excerpt cut after the services-index sentences, before the sentence the stored text
# breaks off in). Periods: 7月份 -> 2020-07, 1-7月份 -> 2020-01..07, 1-6月份 -> 2020-01..06, 6月份 -> 2020-06. Key:
# industrial value added 4.8% yoy and 0.98% mom; Jan-Jul -0.4% with the +0.9 pp narrowing of the fall (降幅收窄 ->
# positive change); the three 门类 (采矿业 下降 -> -2.6); equipment and high-tech manufacturing; the five named products'
# output growth (corpus zh17 made named products key; 7月份 from context); industrial profits Jan-Jun (25115亿元,
# -12.8%, +6.5 pp narrowing vs Jan-May) and June's 11.5% with its +5.5 pp acceleration; services production index July
# 3.5% (+1.2 pp vs June) and Jan-Jul -4.7% (+1.4 pp narrowing). Optional: "增速和6月份持平" (0 pp), the four ownership
# types (corpus secondary detail), the 8.2 / 5.0 pp gaps over all industry (corpus growth_gap optional). Not labelled:
# 8月14日 (release date).
CN = "全国|中国|China"
IP = "industrial_production_growth|industrial_value_added_growth"
IPC = "industrial_production_growth_change|industrial_value_added_growth_change"
SVC = "服务业生产指数|index of services production|services production|服务业|" + CN
IND = "规模以上工业企业|industrial enterprises above designated size|industrial enterprises|" + CN
J, J7, J6 = "2020-07", "2020-01..07", "2020-01..06"
OG = "output_growth|production_growth"
G["zh03"] = ([
    m(IP, 4.8, "%", CN, J, basis="yoy, 规模以上工业增加值"),
    m(IPC, 0, "pp", CN, J, opt=True, basis="增速和6月份持平"),
    m("industrial_production_mom|" + IP, 0.98, "%", CN, J, basis="mom (环比)"),
    m(IP, -0.4, "%", CN, J7, basis="yoy, 下降"),
    m(IPC, 0.9, "pp", CN, J7, basis="降幅较1-6月份收窄 (vs Jan-Jun)"),
    m(IP, 4.1, "%", "国有控股企业|SOEs|state-controlled enterprises", J, opt=True, basis="yoy, ownership type"),
    m(IP, 4.2, "%", "股份制企业|joint-stock enterprises", J, opt=True, basis="yoy, ownership type"),
    m(IP, 7.6, "%", "外商及港澳台商投资企业|foreign-invested enterprises", J, opt=True, basis="yoy, ownership type"),
    m(IP, 4.2, "%", "私营企业|private enterprises", J, opt=True, basis="yoy, ownership type"),
    m(IP, -2.6, "%", "采矿业|mining", J, basis="yoy, 下降"),
    m(IP, 6.0, "%", "制造业|manufacturing", J, basis="yoy"),
    m(IP, 1.7, "%", "电力、热力、燃气及水生产和供应业|utilities", J, basis="yoy"),
    m(IP, 13.0, "%", "装备制造业|equipment manufacturing", J, basis="yoy"),
    m(IP, 9.8, "%", "高技术制造业|high-tech manufacturing", J, basis="yoy"),
    m("growth_gap", 8.2, "pp", "装备制造业|equipment manufacturing", J, opt=True, basis="faster than all industry"),
    m("growth_gap", 5.0, "pp", "高技术制造业|high-tech manufacturing", J, opt=True, basis="faster than all industry"),
    m(OG, 46.1, "%", "挖掘、铲土运输机械|excavators and earth-moving machinery|excavators", J, basis="output, yoy"),
    m(OG, 26.8, "%", "汽车|automobiles|cars", J, basis="output, yoy"),
    m(OG, 19.4, "%", "工业机器人|industrial robots", J, basis="output, yoy"),
    m(OG, 19.2, "%", "智能手机|smartphones", J, basis="output, yoy"),
    m(OG, 17.8, "%", "微型计算机设备|microcomputers|PCs", J, basis="output, yoy"),
    m("industrial_profit|profit|total_profit", 2.5115e12, "CNY", IND, J6, basis="利润总额"),
    m("industrial_profit_growth|profit_growth", -12.8, "%", IND, J6, basis="yoy, 下降"),
    m("industrial_profit_growth_change|profit_growth_change", 6.5, "pp", IND, J6, basis="降幅较1-5月份收窄 (vs Jan-May)"),
    m("industrial_profit_growth|profit_growth", 11.5, "%", IND, "2020-06", basis="yoy"),
    m("industrial_profit_growth_change|profit_growth_change", 5.5, "pp", IND, "2020-06", basis="增速较5月份加快"),
    m("services_production_growth|services_output_growth|index_change", 3.5, "%", SVC, J, basis="yoy"),
    m("services_production_growth_change|services_output_growth_change", 1.2, "pp", SVC, J, basis="比6月份上升"),
    m("services_production_growth|services_output_growth|index_change", -4.7, "%", SVC, J7, basis="yoy, 下降"),
    m("services_production_growth_change|services_output_growth_change", 1.4, "pp", SVC, J7,
      basis="降幅较1-6月份收窄 (vs Jan-Jun)"),
], [])

# zh04: 期货 report: COMEX copper close with the Shanghai (SHFE) and INE copper contracts (chinaccm.com, item dated
# "3月5日" with no year printed -> period None, day in basis; the trailing "(关键字:COMEX 铜)" line left out). Prices
# in the currency alone with per pound / per tonne in basis; 美分 -> USD (9.7美分 -> 0.097). Key: the most active May
# COMEX contract's gain 9.7美分 / 2.44% and close 4.0755; its week's fall (1.7美分 / 0.42%) and the previous week's
# rise (1.5美分 / 0.37%); SHFE April copper's fall 1180元, close 65,920元 and week-on-week +2.99%; INE May bonded copper's
# fall 1290元, level 58,530元 and -3.61% vs a week earlier; copper-futures volume 144,129手 and open interest (空盘量)
# 243,430手, each with the previous trading day's figure as prior (unit "lots", 手). Optional: "回到了4美元/磅…以上"
# (a round level, bound), the all-contract gain range 9.6-9.7美分, the day's trading range 4.0765-4.2555 (intraday; the
# source prints a range whose low is above the close, kept as printed), and the previous day's volume and open
# interest as rows of their own. Not labelled: 5月 / 4月 contract months.
D = "3月5日 (周五)"
CX = "COMEX 5月期铜|5月期铜|COMEX铜期货|COMEX copper|芝加哥商品交易所铜期货"
CXA = "COMEX铜期货|铜期货|COMEX copper|copper futures"
SHF = "上海期货交易所4月期铜|上海期货交易所期铜|上期所铜|SHFE copper|4月期铜"
INE = "上海国际能源交易中心5月保税铜期货|INE保税铜|INE bonded copper|保税铜期货"
PC, PX = "price_change|futures_price_change", "price|close|futures_price"
G["zh04"] = ([
    m(PX, None, "USD", CXA, None, rng=(4, None), opt=True, basis="per pound, back above the 4美元/磅 key level"),
    m(PC, None, "USD", CXA, None, rng=(0.096, 0.097), opt=True, basis=D + ", all contracts, 9.6-9.7美分"),
    m(PC, 0.097, "USD", CX, None, basis=D + ", 9.7美分, per pound, most active May contract"),
    m(PC, 2.44, "%", CX, None, basis=D),
    m(PX, 4.0755, "USD", CX, None, basis=D + ", close, per pound"),
    m("trading_range|" + PX, None, "USD", CX, None, rng=(4.0765, 4.2555), opt=True, basis=D + ", intraday range"),
    m(PC, -0.017, "USD", CX, None, basis="weekly (周线), 1.7美分, 下跌"),
    m(PC, -0.42, "%", CX, None, basis="weekly (周线), 下跌"),
    m(PC, 0.015, "USD", CX, None, basis="previous week, 1.5美分"),
    m(PC, 0.37, "%", CX, None, basis="previous week"),
    m(PC, -1180, "CNY", SHF, None, basis=D + ", per tonne, 收跌"),
    m(PX, 65920, "CNY", SHF, None, basis=D + ", close, per tonne"),
    m(PC, 2.99, "%", SHF, None, basis="vs a week earlier"),
    m(PC, -1290, "CNY", INE, None, basis=D + ", per tonne, 下跌"),
    m(PX, 58530, "CNY", INE, None, basis=D + ", per tonne"),
    m(PC, -3.61, "%", INE, None, basis="vs a week earlier, 下跌"),
    m("trading_volume|volume", 144129, "lots", CXA, None, prior=186445, basis=D + ", 手"),
    m("trading_volume|volume", 186445, "lots", CXA, None, opt=True, basis="previous trading day"),
    m("open_interest", 243430, "lots", CXA, None, prior=251431, basis=D + ", 空盘量, 手"),
    m("open_interest", 251431, "lots", CXA, None, opt=True, basis="previous trading day"),
], [])

# zh05: new-energy carmaker's monthly deliveries: 小鹏汽车 (XPeng) June 2022 (mydrivers.com item). Year: "今年…2022年的
# 销量目标" fixes 今年 = 2022, so 6月份 -> 2022-06, 上半年 -> 2022H1, 去年 -> FY2021. Unit "vehicles" (台 / 辆). Key: June
# deliveries 15,295 and the P7 / P5 / G3 split (entity = the model); H1 deliveries 68,983 and +124%; 2021 deliveries of
# 小鹏 98155, 蔚来 91429 and 理想 90491 (分别 pairs in order); the 2022 sales target 25万辆 (确保, floor) and 30万辆 (冲击,
# stretch) as two target rows. Optional: "累计交付量已突破20万台" (a milestone bound, repeated as 破20万台) and "近6.9万辆"
# (rounded restatement of the H1 68,983). Not labelled: 7月1日 / 6月21日 (dates), 第二家 (an ordinal).
XP = "小鹏汽车|小鹏|XPeng|Xpeng Motors|XPEV"
DLV = "deliveries|vehicle_deliveries|sales_volume"
G["zh05"] = ([
    m(DLV, 15295, "vehicles", XP, "2022-06"),
    m(DLV, 8045, "vehicles", "小鹏P7|P7", "2022-06"),
    m(DLV, 5598, "vehicles", "小鹏P5|P5", "2022-06"),
    m(DLV, 1652, "vehicles", "小鹏G3|G3", "2022-06"),
    m(DLV, 68983, "vehicles", XP, "2022H1"),
    m("deliveries_growth|sales_volume_growth", 124, "%", XP, "2022H1", basis="yoy, 大增"),
    m(DLV, 69000, "vehicles", XP, "2022H1", opt=True, basis="近6.9万辆, rounded restatement of 68,983"),
    m("cumulative_deliveries|" + DLV, None, "vehicles", XP, None, rng=(2e5, None), opt=True,
      basis="累计交付量突破20万台 (6月21日); repeated as 破20万台"),
    m(DLV, 98155, "vehicles", XP, "FY2021", basis="新势力销冠 2021"),
    m(DLV, 91429, "vehicles", "蔚来汽车|蔚来|NIO", "FY2021"),
    m(DLV, 90491, "vehicles", "理想汽车|理想|Li Auto", "FY2021"),
    m("sales_target|delivery_target", 250000, "vehicles", XP, "FY2022", basis="确保全年销量25万辆 (floor)"),
    m("sales_target|delivery_target", 300000, "vehicles", XP, "FY2022", basis="冲击30万辆 (stretch)"),
], [])

# zh06: 央行 monetary data: PBOC's January 2016 social-financing stock report (中国日报网 story, headline and the
# "2016-02-23 17:04:59" time line kept; the story's lead and the report's first paragraph; the report's structure
# paragraph and its notes left out, cut at the paragraph boundary). Period: "2016年1月末" -> 2016-01 (month-end stock,
# basis end-January; news3 zh15: month-end stocks take the month). Key: the stock 141.57万亿元 and +13.1% (printed in headline,
# lead and report: one row each); each of the seven components' balance and yoy growth (下降 -> negative for foreign-
# currency loans and undiscounted bankers' acceptances), entity = the component; the RMB-loan share 67.3% of the stock
# and its +1.0 pp (同比高) from the lead. Not labelled: 2月23日 (date), 《…报告》's title year (same period).
P = "2016-01"
TSF = "社会融资规模存量|社会融资规模|aggregate financing to the real economy|total social financing|TSF|中国|China"
RMBL = "对实体经济发放的人民币贷款|人民币贷款|RMB loans"
BAL, BG = "outstanding_balance|balance|tsf_component", "outstanding_balance_growth|balance_growth|tsf_component_growth"
E = "end-January (1月末)"
G["zh06"] = ([
    m("social_financing_stock|tsf_stock|aggregate_financing", 1.4157e14, "CNY", TSF, P, basis=E + "; headline, lead and report"),
    m("social_financing_stock_growth|tsf_growth|aggregate_financing_growth", 13.1, "%", TSF, P, basis="yoy; headline, lead and report"),
    m("rmb_loans|" + BAL, 9.529e13, "CNY", RMBL, P, basis=E + ", to the real economy"),
    m("rmb_loans_growth|" + BG, 14.9, "%", RMBL, P, basis="yoy"),
    m("share|tsf_share", 67.3, "%", RMBL, P, basis="share of the social-financing stock"),
    m("share_change|tsf_share_change", 1.0, "pp", RMBL, P, basis="yoy, 同比高"),
    m("fx_loans|" + BAL, 2.87e12, "CNY", "外币贷款|对实体经济发放的外币贷款|foreign-currency loans", P, basis=E + ", RMB equivalent"),
    m("fx_loans_growth|" + BG, -17.8, "%", "外币贷款|对实体经济发放的外币贷款|foreign-currency loans", P, basis="yoy, 下降"),
    m("entrusted_loans|" + BAL, 1.123e13, "CNY", "委托贷款|entrusted loans", P, basis=E),
    m("entrusted_loans_growth|" + BG, 19.1, "%", "委托贷款|entrusted loans", P, basis="yoy"),
    m("trust_loans|" + BAL, 5.51e12, "CNY", "信托贷款|trust loans", P, basis=E),
    m("trust_loans_growth|" + BG, 2.9, "%", "信托贷款|trust loans", P, basis="yoy"),
    m("bankers_acceptances|" + BAL, 5.99e12, "CNY", "未贴现的银行承兑汇票|undiscounted bankers' acceptances", P, basis=E),
    m("bankers_acceptances_growth|" + BG, -15.8, "%", "未贴现的银行承兑汇票|undiscounted bankers' acceptances", P, basis="yoy, 下降"),
    m("corporate_bonds|" + BAL, 1.498e13, "CNY", "企业债券|corporate bonds", P, basis=E),
    m("corporate_bonds_growth|" + BG, 25.3, "%", "企业债券|corporate bonds", P, basis="yoy"),
    m("equity_financing|" + BAL, 4.67e12, "CNY", "非金融企业境内股票|domestic equities of non-financial enterprises", P, basis=E),
    m("equity_financing_growth|" + BG, 22.3, "%", "非金融企业境内股票|domestic equities of non-financial enterprises", P, basis="yoy"),
], [])
