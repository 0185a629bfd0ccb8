# Hand labels for news36/zh, batch a (zh01-zh06; all six mainland, Simplified Chinese). Helpers m() and ra() are
# supplied by build_labels.py. Labels were written from the six texts alone, by hand: no extractor was run, no extractor
# output was seen, and no extractor code, test, docs page, other set's gold or other batch's text was read.
# Conventions followed: those of the development corpus's README and scorer, and the "Conventions decided" sections of
# the earlier sets' zh/README.md (news34 / news35 in particular): values fully scaled (亿元 / 万元 -> CNY; mainland
# 元 = CNY; 美元 = USD); declines negative (下降 / 回落 / 降幅扩大); 个百分点 = pp; 倍 (PE / PB) = "x"; 约X -> X; bounds
# (以上 / 不低于 / 超过) as open ranges, key only when they are the only statement of a headline fact; guidance printed
# "X万元-Y万元" / "A%-B%" as rng; a figure printed twice (lead bullet and body, headline and body) is one key row
# plus an optional twin so that a second emission is absorbed; "from A to B" across non-adjacent years takes A as
# prior and A as an optional row of its own (news28); PE / PB at the current price are optional derived valuations
# (news32 / news34); 强推 = buy (news7); a broker note whose text names no broker gets broker None (news35); per-unit
# prices (元/克, 美元/盎司) take the currency alone as unit with "per gram / per ounce" in basis (news26); 持平 gives an
# optional 0 % row (news34). Periods only where the text states or clearly implies the year: zh01 FY2023 (prior year
# FY2022); zh02 FY2024-FY2027 as printed; zh03 2019-01..07 / 2019-07 / 2019-01..06; zh06 "Q2" (今年二季度, no year);
# zh04 (3月19日 / 3月18日) and zh05 (1至11月) print no year -> None, the date / window in basis. Stock codes and
# announcement numbers are entity aliases or not labelled, never values.

# zh01: A-share company's 业绩预告 (预计归母净利润 区间, 同比增长 区间, 扣非, 上年同期): 山东鲁抗医药 (600789) 2023年年度
# 业绩预增公告 (上海证券报 paper.cnstock.com copy; headline, code line and announcement number kept; cut after the
# second reason, where the stored text breaks off). Period FY2023; the 上年同期 section FY2022. Key: attributable profit
# guidance 23901万元-25701万元 (rng), its increase 10100万元-11900万元 (rng, "将增加") and growth 73%-86% (rng); 扣非
# profit 17296万元-18596万元, increase 8600万元-9900万元, growth 99%-114% (all rng); the year-ago attributable profit
# 13801.31万元, 扣非 profit 8696.30万元 and EPS 0.16元 (key rows of their own with period FY2022, not priors of the
# ranges: the filing prints them in a separate section). Optional: the 重要内容提示 bullet's repeats of the two profit
# ranges and two growth ranges; the disclosure-rule threshold "上升50%以上" (a category of the rule, not a forecast).
# Not labelled: the forecast window dates, 600789 / 2024-005.
LK = "鲁抗医药|山东鲁抗医药股份有限公司|Shandong Lukang Pharmaceutical|Lukang Pharmaceutical|Lukang|600789|600789.SH"
FY23, FY22 = "FY2023", "FY2022"
NPG = "net_profit_guidance|net_profit|net_profit_attributable|net_profit_forecast"
NPGC = "net_profit_change|net_profit_increase|net_profit_guidance_change"
NPGG = "net_profit_growth|net_profit_guidance_growth|net_profit_attributable_growth"
KF = "deducted_net_profit|net_profit_excl_nonrecurring|net_profit_guidance|net_profit"
KFC = "deducted_net_profit_change|net_profit_excl_nonrecurring_change|net_profit_change"
KFG = "deducted_net_profit_growth|net_profit_excl_nonrecurring_growth|net_profit_growth"
G["zh01"] = ([
    m(NPG, None, "CNY", LK, FY23, rng=(2.3901e8, 2.5701e8),
      basis="company guidance (预计), attributable (归属于上市公司股东), 23901万元-25701万元; 一(二)1"),
    m(NPG, None, "CNY", LK, FY23, rng=(2.3901e8, 2.5701e8), opt=True, basis="repeat in the 重要内容提示 bullet"),
    m(NPGC, None, "CNY", LK, FY23, rng=(1.01e8, 1.19e8), basis="vs 上年同期 (法定披露数据), 将增加10100万元-11900万元"),
    m(NPGG, None, "%", LK, FY23, rng=(73, 86), basis="yoy, guidance, 同比增加73%-86%"),
    m(NPGG, None, "%", LK, FY23, rng=(73, 86), opt=True, basis="repeat in the bullet"),
    m(KF, None, "CNY", LK, FY23, rng=(1.7296e8, 1.8596e8),
      basis="guidance, attributable, excluding non-recurring items (扣除非经常性损益), 17296万元-18596万元"),
    m(KF, None, "CNY", LK, FY23, rng=(1.7296e8, 1.8596e8), opt=True, basis="repeat in the bullet"),
    m(KFC, None, "CNY", LK, FY23, rng=(8.6e7, 9.9e7), basis="vs 上年同期, 将增加8600万元-9900万元, 扣非"),
    m(KFG, None, "%", LK, FY23, rng=(99, 114), basis="yoy, guidance, 扣非, 同比增加99%-114%"),
    m(KFG, None, "%", LK, FY23, rng=(99, 114), opt=True, basis="repeat in the bullet"),
    m("net_profit|net_profit_attributable", 1.380131e8, "CNY", LK, FY22, basis="上年同期, attributable, 13801.31万元"),
    m("deducted_net_profit|net_profit_excl_nonrecurring|net_profit", 8.69630e7, "CNY", LK, FY22,
      basis="上年同期, attributable, excluding non-recurring items, 8696.30万元"),
    m("eps|basic_eps", 0.16, "CNY", LK, FY22, basis="上年同期 每股收益"),
    m(NPGG, None, "%", LK, FY23, rng=(50, None), opt=True,
      basis="disclosure-rule category: 净利润较上年同期上升50%以上"),
], [])

# zh02: a broker's research note on a 消费 company with multi-year 盈利预测 and 目标价 / 评级: 伊利股份 (reportify digest
# of a November 2025 note; the digest's section labels and citation markers "[2]" kept as printed and not labelled; cut
# before the 业务发展战略 section, whose 3000亿元 / 55% targets are not forecasts of the company's results). The stored
# text names no broker -> the rating action's broker is None (news35); 强推 (维持) = buy, maintain, target 36 CNY, no
# earlier target printed. Periods: forecasts FY2025-FY2027 as printed; "由2024年的7.3%...提升至2027年的10.6%" and the
# parallel ROE clause "由15.9%提升至20.6%" -> FY2027 with the FY2024 level as prior (the ROE's 2024 is implied by the
# parallel construction), the FY2024 levels optional rows of their own (news28). Key: target 36元; the current price
# 29.52元; upside 约22%; the dividend commitment for 2025-2027: payout 不低于75% (rng) and DPS 不低于1.22元 (rng);
# revenue forecasts 1,177.11 / 1,213.29 / 1,255.37亿元 with growth 1.7 / 3.1 / 3.5%; attributable-profit forecasts
# 113.94 / 122.92 / 133.02亿元 with growth 34.8 / 7.9 / 8.2%; net margin 10.6% and ROE 20.6% in 2027. Optional: PE
# 16 / 15 / 14倍 and PB 3.2 / 3.0 / 2.8倍 at the current price and the 2025 expected yield 4.6% (derived valuations,
# news32 / news34); the 2024 DPS 1.22元 implied by the commitment; "约5%的股息率" and "10%以上的确定性回报空间"
# (approximate / bound investment case); the payout 75% restated in the yield bullet. Not labelled: "未来5年", "2026年"
# (the liquid-milk turnaround year), the five-year plan's qualitative targets.
YL = "伊利股份|伊利|内蒙古伊利实业集团股份有限公司|Yili|Inner Mongolia Yili|Yili Group|600887|600887.SH"
REVF, REVFG = "revenue|revenue_forecast|operating_revenue|total_revenue", "revenue_growth|revenue_growth_forecast"
NPF, NPFG = "net_profit|net_profit_forecast|net_profit_attributable", "net_profit_growth|net_profit_growth_forecast"
G["zh02"] = ([
    m("target_price", 36, "CNY", YL, None, basis="目标价36元; rating 强推 maintained"),
    m("price|share_price", 29.52, "CNY", YL, None, basis="当前价"),
    m("upside|target_upside|upside_potential", 22, "%", YL, None, basis="约22%的上涨空间 (约X -> X)"),
    m("dividend_payout_ratio|payout_ratio", None, "%", YL, None, rng=(75, None),
      basis="shareholder-return plan 2025-2027: cash dividends 不低于75% of attributable profit"),
    m("dividend_per_share|dps|dividend", None, "CNY", YL, None, rng=(1.22, None),
      basis="plan 2025-2027: DPS 不低于2024年度的1.22元"),
    m("dividend_per_share|dps|dividend", 1.22, "CNY", YL, "FY2024", opt=True, basis="2024 DPS implied by the commitment"),
    m("dividend_yield", 5, "%", YL, None, opt=True, basis="约5%的股息率 (investment case)"),
    m("expected_return|return", None, "%", YL, None, rng=(10, None), opt=True, basis="一年维度 10%以上的确定性回报空间"),
    m(REVF, 1.17711e11, "CNY", YL, "FY2025", basis="forecast 营业总收入, 1,177.11亿元"),
    m(REVF, 1.21329e11, "CNY", YL, "FY2026", basis="forecast, 1,213.29亿元"),
    m(REVF, 1.25537e11, "CNY", YL, "FY2027", basis="forecast, 1,255.37亿元"),
    m(REVFG, 1.7, "%", YL, "FY2025", basis="forecast yoy"),
    m(REVFG, 3.1, "%", YL, "FY2026", basis="forecast yoy"),
    m(REVFG, 3.5, "%", YL, "FY2027", basis="forecast yoy"),
    m(NPF, 1.1394e10, "CNY", YL, "FY2025", basis="forecast, attributable (归母)"),
    m(NPF, 1.2292e10, "CNY", YL, "FY2026", basis="forecast, attributable"),
    m(NPF, 1.3302e10, "CNY", YL, "FY2027", basis="forecast, attributable"),
    m(NPFG, 34.8, "%", YL, "FY2025", basis="forecast yoy"),
    m(NPFG, 7.9, "%", YL, "FY2026", basis="forecast yoy"),
    m(NPFG, 8.2, "%", YL, "FY2027", basis="forecast yoy"),
    m("net_margin|net_profit_margin", 10.6, "%", YL, "FY2027", prior=7.3, basis="forecast, 由2024年的7.3%提升至"),
    m("net_margin|net_profit_margin", 7.3, "%", YL, "FY2024", opt=True, basis="2024 level (the from-level)"),
    m("roe|return_on_equity", 20.6, "%", YL, "FY2027", prior=15.9, basis="forecast, 由15.9%提升至 (2024 implied)"),
    m("roe|return_on_equity", 15.9, "%", YL, "FY2024", opt=True, basis="from-level, year implied by the parallel clause"),
    m("pe_ratio|pe", 16, "x", YL, "FY2025", opt=True, basis="at the current price"),
    m("pe_ratio|pe", 15, "x", YL, "FY2026", opt=True, basis="at the current price"),
    m("pe_ratio|pe", 14, "x", YL, "FY2027", opt=True, basis="at the current price"),
    m("pb_ratio|pb", 3.2, "x", YL, "FY2025", opt=True, basis="at the current price"),
    m("pb_ratio|pb", 3.0, "x", YL, "FY2026", opt=True, basis="at the current price"),
    m("pb_ratio|pb", 2.8, "x", YL, "FY2027", opt=True, basis="at the current price"),
    m("dividend_yield", 4.6, "%", YL, "FY2025", opt=True, basis="expected yield at the current price, 75% payout"),
    m("dividend_payout_ratio|payout_ratio", 75, "%", YL, "FY2025", opt=True, basis="payout assumed in the yield bullet"),
], [
    ra(None, YL, "maintain", "buy", None, 36, None, "CNY"),
])

# zh03: 国家统计局 固定资产投资 (累计, 同比, 分行业): January-July 2019 fixed-asset investment (a stats-bureau release
# copied on m.matchbark.com; no headline in the stored text, none composed; cut after the secondary-industry paragraph,
# the infrastructure, regional and ownership paragraphs would take the key rows past 30). Periods: 2019-01..07; the
# month-on-month rise 2019-07; the utilities' Jan-Jun figure 2019-01..06. Key: FAI (不含农户) 348892亿元, +5.7% yoy,
# growth -0.1 pp vs Jan-Jun; July mom +0.43%; private FAI 210267亿元, +5.4%, -0.3 pp; each of the three industries'
# investment, growth and growth change (the primary industry's "降幅…扩大0.6个百分点" is a -0.6 pp change of a
# growth rate already negative); industry, mining and manufacturing growth with their pp changes; the utilities'
# Jan-Jun -0.5% (a printed comparison figure, own period). Optional: the utilities' "和上年同期持平" (0 %, news34).
# The growth of the secondary and tertiary industries ("增长3.4%", "增长7.0%") is read as yoy, as the paragraph's
# first figure says 同比.
FAI = "全国固定资产投资|固定资产投资(不含农户)|固定资产投资|fixed-asset investment|fixed asset investment|FAI|China|中国|全国"
PRI = "民间固定资产投资|民间投资|private fixed-asset investment|private investment"
P7, P6, M7 = "2019-01..07", "2019-01..06", "2019-07"
FI = "fixed_asset_investment|fai|investment"
FIG = "fixed_asset_investment_growth|fai_growth|investment_growth"
FIGC = "fixed_asset_investment_growth_change|fai_growth_change|investment_growth_change|growth_change"
def ind(ent, lvl, g, ch, note=""):
    out = [] if lvl is None else [m(FI, lvl, "CNY", ent, P7, basis="cumulative Jan-Jul")]
    return out + [m(FIG, g, "%", ent, P7, basis="yoy" + note),
                  m(FIGC, ch, "pp", ent, P7, basis="growth vs Jan-Jun" + note)]
G["zh03"] = ([
    m(FI, 3.48892e13, "CNY", FAI, P7, basis="cumulative Jan-Jul, excluding rural households (不含农户)"),
    m(FIG, 5.7, "%", FAI, P7, basis="yoy"),
    m(FIGC, -0.1, "pp", FAI, P7, basis="growth vs Jan-Jun (回落0.1个百分点)"),
    m(FIG, 0.43, "%", FAI, M7, basis="mom (环比, 较上月)"),
    m(FI, 2.10267e13, "CNY", PRI, P7, basis="cumulative Jan-Jul"),
    m(FIG, 5.4, "%", PRI, P7, basis="yoy"),
    m(FIGC, -0.3, "pp", PRI, P7, basis="growth vs Jan-Jun (回落)"),
    *ind("第一产业|primary industry", 9.784e11, -1.2, -0.6, ", decline widened (降幅扩大)"),
    *ind("第二产业|secondary industry", 1.17749e13, 3.4, 0.5),
    *ind("第三产业|tertiary industry", 2.21359e13, 7.0, -0.4),
    *ind("工业|industry|industrial investment", None, 3.8, 0.5),
    *ind("采矿业|mining", None, 27.4, 5.1),
    *ind("制造业|manufacturing", None, 3.3, 0.3),
    m(FIG, 0, "%", "电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", P7, opt=True,
      basis="yoy, 和上年同期持平"),
    m(FIG, -0.5, "%", "电力、热力、燃气及水生产和供应业|utilities|electricity, heat, gas and water", P6,
      basis="Jan-Jun, yoy (1—6月份为下降0.5%)"),
], [])

# zh04: 黄金 market report (元/克, 美元/盎司, 涨跌幅): domestic gold-jewellery prices and the international gold price
# (a 极目新闻 item on wap.maxiaoqiu.cn; headline kept; the "免责声明" line left out). No year is printed (3月19日 / 3月18日)
# -> period None, the day in basis. Per-gram and per-ounce prices take the currency as unit with the measure in basis
# (news26). Key: 老庙黄金 914元/克 (prior 902, "由…升至") and its one-day rise 12元/克; 周生生 916元/克 (prior 910) and
# +6元/克; 周大福 916元/克 (prior 905, a record); COMEX gold futures 3041.7美元/盎司 and +1.18%; spot gold 3034.34美元/盎司
# and +1.13%. Optional: the three previous quotes as rows of their own; the headline's "飙升至916元/克" (a restatement
# of two brands' level); the cumulative rise since early March "超过30元/克" (bound); COMEX's "涨了超过30美元" (bound)
# and "首度突破3040美元大关" (a threshold crossed). Not labelled: "买金如追火箭".
LM = "老庙黄金|老庙|Laomiao Gold|Lao Miao"
CSS = "周生生|Chow Sang Sang"
CTF = "周大福|Chow Tai Fook"
CX = "COMEX黄金期货|COMEX黄金|COMEX gold futures|COMEX gold|gold futures|国际金价|黄金|gold"
SPOT = "现货黄金|spot gold|国际金价|黄金|gold"
PJ = "price|gold_price|jewelry_price|jewellery_price"
D19, D18 = "3月19日 (no year printed)", "3月18日 close (no year printed)"
G["zh04"] = ([
    m(PJ, 914, "CNY", LM, None, prior=902, basis="足金饰品, per gram, " + D19),
    m(PJ, 902, "CNY", LM, None, opt=True, basis="previous quote, per gram"),
    m("price_change", 12, "CNY", LM, None, basis="one-day rise, per gram, " + D19),
    m(PJ, 916, "CNY", CSS, None, prior=910, basis="足金饰品, per gram, " + D19),
    m(PJ, 910, "CNY", CSS, None, opt=True, basis="previous quote, per gram"),
    m("price_change", 6, "CNY", CSS, None, basis="rise, per gram, " + D19),
    m(PJ, 916, "CNY", CTF, None, prior=905, basis="足金饰品, per gram, record, " + D19),
    m(PJ, 905, "CNY", CTF, None, opt=True, basis="previous quote, per gram"),
    m(PJ, 916, "CNY", "国内金饰|足金饰品|gold jewellery|" + CSS + "|" + CTF, None, opt=True,
      basis="headline 飙升至916元/克, per gram"),
    m("price_change", None, "CNY", CSS + "|" + LM, None, rng=(30, None), opt=True,
      basis="cumulative since early March, 超过30元/克, per gram"),
    m("price", 3041.7, "USD", CX, None, basis="per ounce, record close, " + D18),
    m("price_change", 1.18, "%", CX, None, basis=D18),
    m("price_change", None, "USD", CX, None, rng=(30, None), opt=True, basis="涨了超过30美元, per ounce"),
    m("price", None, "USD", CX, None, rng=(3040, None), opt=True, basis="首度突破3040美元大关, per ounce"),
    m("price", 3034.34, "USD", SPOT, None, basis="per ounce, " + D18),
    m("price_change", 1.13, "%", SPOT, None, basis=D18),
], [])

# zh05: 国家邮政局 快递 data (业务量, 业务收入, 同比, 结构): January-November express-delivery figures (中国发展网 item on
# m.szonline.cn; dateline "中国发展网讯" kept; the "(资料图)" placeholder and the editor line left out). No year is printed
# ("1至11月") -> period None, "Jan-Nov" in basis. Key: volume 1002.1亿件 (unit "count": the scorer's count unit takes any
# count noun, as 件 may be rendered pieces / parcels / items) and +2.2%; revenue 9569.8亿元 and +1.6%; the shares of
# 同城 / 异地 / 国际/港澳台 in volume (11.6 / 86.6 / 1.8%) and in revenue (6.5 / 49.3 / 10.9%) and the three volume-share
# changes vs a year earlier (-1.4 / +1.6 / -0.2 pp); the eastern / central / western regions' volume shares (76.9 /
# 15.7 / 7.4%) and revenue shares (77.6 / 13.4 / 9.0%) with their pp changes (-1.3 / -0.6, +1.2 / +0.5, +0.1 / +0.1).
# Each business type and region is its own entity. Judgement call: the shares are of the national total, so the
# share rows take the segment as entity with no national alias.
EXP = "快递|快递业务|express delivery|express|China express delivery|国家邮政局|China|中国|全国"
JN = "Jan-Nov (1至11月, no year printed)"
VS, VSC = "volume_share|share|parcel_volume_share", "volume_share_change|share_change|parcel_volume_share_change"
RS, RSC = "revenue_share|share", "revenue_share_change|share_change"
TC = "同城快递|同城|intra-city express|intra-city"
YD = "异地快递|异地|inter-city express|inter-city|cross-city"
GJ = "国际/港澳台快递|国际/港澳台|international/Hong Kong, Macao and Taiwan express|international express|international"
EA, CE, WE = "东部地区|东部|eastern region|east", "中部地区|中部|central region|central", "西部地区|西部|western region|west"
def reg(ent, vs, rs, vch, rch):
    return [m(VS, vs, "%", ent, None, basis=JN + ", share of national express volume"),
            m(RS, rs, "%", ent, None, basis=JN + ", share of national express revenue"),
            m(VSC, vch, "pp", ent, None, basis=JN + ", vs a year earlier"),
            m(RSC, rch, "pp", ent, None, basis=JN + ", vs a year earlier")]
G["zh05"] = ([
    m("parcel_volume|express_volume|business_volume|volume", 1.0021e11, "count", EXP, None,
      basis=JN + ", cumulative, 1002.1亿件"),
    m("parcel_volume_growth|express_volume_growth|volume_growth", 2.2, "%", EXP, None, basis=JN + ", yoy"),
    m("express_revenue|revenue|business_revenue", 9.5698e11, "CNY", EXP, None, basis=JN + ", cumulative"),
    m("express_revenue_growth|revenue_growth", 1.6, "%", EXP, None, basis=JN + ", yoy"),
    m(VS, 11.6, "%", TC, None, basis=JN + ", share of express volume"),
    m(VS, 86.6, "%", YD, None, basis=JN + ", share of express volume"),
    m(VS, 1.8, "%", GJ, None, basis=JN + ", share of express volume"),
    m(RS, 6.5, "%", TC, None, basis=JN + ", share of express revenue"),
    m(RS, 49.3, "%", YD, None, basis=JN + ", share of express revenue"),
    m(RS, 10.9, "%", GJ, None, basis=JN + ", share of express revenue"),
    m(VSC, -1.4, "pp", TC, None, basis=JN + ", vs a year earlier"),
    m(VSC, 1.6, "pp", YD, None, basis=JN + ", vs a year earlier"),
    m(VSC, -0.2, "pp", GJ, None, basis=JN + ", vs a year earlier"),
    *reg(EA, 76.9, 77.6, -1.3, -0.6),
    *reg(CE, 15.7, 13.4, 1.2, 0.5),
    *reg(WE, 7.4, 9.0, 0.1, 0.1),
], [])

# zh06: 基金 industry release (规模, 亿元, 环比): 中基协's top-20 public-fund managers by assets, second quarter (信息时报
# story on fund.yjcf360.com; headline, sub-heading and the "(信息时报)" credit kept; the page's 摘要 block, which repeats
# the lead twice, and the "(点此查看基金规模榜)" link left out; cut before the paragraph on 博时 / 富国, whose second
# sentence breaks off in the stored text). No year is printed ("今年二季度") -> period "Q2" (news34's "Q1" for 首季).
# Key: the industry's public-fund AUM 56134亿元 and its qoq increase 750亿元; 天弘 8420亿元 / 华夏 5724亿元 / 工银瑞信
# 4588亿元 / 易方达 3993亿元; the qoq changes 天弘 +369亿元, 华夏 -370亿元, 易方达 -653亿元. Optional: the headline's
# "56134亿" (no 元; a repeat); ranks and rank moves (博时 上升3个名次 to 10th, 富国 下降2个名次 to 16th, first to
# fourth, 易方达's "退到第四" restated) and the count of 2 companies with large rank changes, in the lenient "count" unit.
# Judgement calls: "管理规模" is AUM (basis says 公募基金管理规模); the top-20 list size is not labelled.
PF = "公募基金|公募基金管理规模|公募基金行业|public funds|public fund industry|mutual funds|中基协|中国证券投资基金业协会|China"
TH = "天弘基金|天弘|Tianhong Asset Management|Tianhong"
HX = "华夏基金|华夏|China Asset Management|ChinaAMC"
GY = "工银瑞信|工银瑞信基金|ICBC Credit Suisse Asset Management|ICBC Credit Suisse"
EF = "易方达基金|易方达|E Fund Management|E Fund"
BS = "博时基金|博时|Bosera Asset Management|Bosera"
FG = "富国|富国基金|Fullgoal Fund Management|Fullgoal"
AUM = "aum|assets_under_management|fund_size|management_scale"
AUMC = "aum_change|assets_under_management_change|fund_size_change"
Q2 = "Q2"
G["zh06"] = ([
    m(AUM, 5.6134e12, "CNY", PF, Q2, basis="公募基金管理规模, 今年二季度 (no year printed)"),
    m(AUM, 5.6134e12, "CNY", PF, Q2, opt=True, basis="headline 管理规模达56134亿 (no 元), repeat"),
    m(AUMC, 7.5e10, "CNY", PF, Q2, basis="qoq, 较上一季度增加750亿元"),
    m(AUM, 8.42e11, "CNY", TH, Q2, basis="基金管理规模, ranked first"),
    m(AUM, 5.724e11, "CNY", HX, Q2, basis="ranked second"),
    m(AUM, 4.588e11, "CNY", GY, Q2, basis="ranked third"),
    m(AUM, 3.993e11, "CNY", EF, Q2, basis="ranked fourth"),
    m(AUMC, 3.69e10, "CNY", TH, Q2, basis="qoq, 较上季度增加了369亿元"),
    m(AUMC, -3.7e10, "CNY", HX, Q2, basis="qoq, 较上季度下降了370亿元"),
    m(AUMC, -6.53e10, "CNY", EF, Q2, basis="qoq, 较上季度下降了653亿元"),
    m("rank", 10, "count", BS, Q2, opt=True, basis="排在第10"),
    m("rank_change", 3, "count", BS, Q2, opt=True, basis="上升3个名次"),
    m("rank", 16, "count", FG, Q2, opt=True, basis="排在第16"),
    m("rank_change", -2, "count", FG, Q2, opt=True, basis="下降2个名次"),
    m("rank", 1, "count", TH, Q2, opt=True, basis="第一"),
    m("rank", 2, "count", HX, Q2, opt=True, basis="第二"),
    m("rank", 3, "count", GY, Q2, opt=True, basis="第三"),
    m("rank", 4, "count", EF, Q2, opt=True, basis="第四"),
    m("rank", 4, "count", EF, Q2, opt=True, basis="退到第四, restated"),
    m("count|companies", 2, "count", PF, Q2, opt=True, basis="有2家公司名次变动明显"),
], [])
