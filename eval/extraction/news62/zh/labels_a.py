# Hand labels for news62/zh, batch a (zh01-zh06; mainland pages, Simplified Chinese). Helpers m() and ra() are supplied
# by build_labels.py. Labels were written by hand from the six texts alone: no extractor or other project code was run
# (only build_labels.py at the end), no extractor output was seen, and no extractor code, plugin, test, docs page,
# gold.jsonl or other batch's file was read; the unit words were checked against the "unit" values of the earlier sets'
# labels_*.py files (by grep: "vehicles", "funds", "tonnes", "months", "x"; all already in use).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py),
# news61/zh/README.md and news60/zh/README.md with news60/zh/labels_*.py, plus news18 zh05 (the central bank's monthly
# financial statistics: metric names, month-end stocks dated by the month-end, flows by the period, sector rows on their
# own entity, 多增 positive / 少增 negative yoy changes of a flow, growth-rate changes against the previous month-end and a
# year earlier as pp rows) and news18 zh06 (CAAM output and sales: no year printed -> period None with "November" /
# "January-November" in basis; the whole market and NEV as two entities).
# Values fully scaled (亿元 -> x1e8, 万亿元 -> x1e12, 亿美元 -> x1e8 USD, 万辆 -> x1e4 vehicles, 万吨 -> x1e4 tonnes, 万美金 ->
# x1e4 USD); mainland 元 = CNY, 美金 = USD; declines negative (下降, 下滑, 减少, a printed "-7.26%"); 同比 = yoy, 环比 / 比上月 =
# mom, 较上年末 = vs the previous year-end in basis; 个百分点 -> pp; 约X / 近X -> X (近两成 -> 20 %); 不到 / 低于 / 高于 / 破 /
# 突破 / "40亿+" are open bounds, optional unless they are the only figure printed for the subject's own quantity (zh03's
# June issuance 不到40亿元, zh04's 重庆农商行 assets 突破1.5万亿元, zh06's nickel contribution 40亿+); "A~B" and "A万亿元至
# B万亿元" are closed ranges. A figure printed twice (a section heading, a table repeating the prose) is one key row plus
# an optional twin. Brokers' targets and ratings only in rating actions. A per-tonne price is labelled in the currency
# alone with "per tonne" in basis (the corpus's 吨价 convention). Dividends per 10 shares are labelled as printed with basis
# "per 10 shares, pre-tax".
# Periods only where the text states or clearly implies the year: zh01 2020-09-30 (9月末 under the printed "2020年前三季度"
# report title), 2020Q1-Q3 (前三季度) and 2020-09 (9月份 / 9月当月); zh02 None (12月11日电, 1月至11月, 11月: no year printed;
# the story is 2023's, not used); zh03 None (今年以来, 6月以来, 上个月: no year printed; the page is of 2023, not used);
# zh04 FY2024 and 2024-12-31 (printed 2024年 / 截至2024年末); zh05 2025Q1 / FY2024 / 2024Q4 (printed), None for the 4月28日
# close; zh06 FY2025 / 2025Q4 / FY2026 / FY2027 (printed 25年 / 25Q4 / 26年 / 25-27年 under the 2026-01-07 dateline) and
# 2025-12 (12月 under that dateline).

G = G  # noqa: F821 (supplied by build_labels.py)


# zh01: the central bank's financial statistics report for the first three quarters of 2020, reposted (levisionnaire.net
# newsinfo 2328408; the repost's headline kept, reworded; the report title "2020年前三季度金融统计数据报告" kept as printed;
# the source note "(本文来自人民银行官网)" kept, reworded, and the link line "http://www.pbc.gov.cn/goutongjiaoliu/113456/
# 113469/4109545/index.html" left out as page furniture (its 113456, 113469, 4109545 dropped); the stored text breaks off at
# "财政性存款增加6278" (cut mid-figure), so the passage ends with the sentence before "其中,住户存款增加9.95万亿元,…" (9.95,
# 5.49, 6278 dropped)). Kept as printed: the space in "2.5 个百分点".
# Key (2020-09-30): M2 216.41万亿元 (+10.9%; growth +0.5 pp vs end-August, +2.5 pp vs a year earlier), M1 60.23万亿元 (+8.1%;
# +0.1 / +4.7 pp), M0 8.24万亿元 (+11.1%); loans outstanding (RMB and FX) 175.49万亿元 (+12.8%), RMB loans 169.37万亿元 (+13%,
# +0.5 pp vs a year earlier); FX loans 8994亿美元 (+12.5%); deposits (RMB and FX) 216.86万亿元 (+10.7%), RMB deposits
# 211.08万亿元 (+10.7%; +0.4 / +2.4 pp). Key (2020Q1-Q3): net cash injection 5181亿元; new RMB loans 16.26万亿元 (多增
# 2.63万亿元), households 6.12万亿元 (short-term 1.53万亿元, medium/long-term 4.6万亿元), corporates 10.56万亿元 (short-term
# 2.71万亿元, medium/long-term 7.25万亿元, bill financing 4368亿元), non-bank financial institutions -4720亿元; new FX loans
# 1125亿美元 (多增1076亿美元); new RMB deposits 18.15万亿元 (多增4.93万亿元); new FX deposits 909亿美元 (printed only in the
# section heading, so key). Key (2020-09): new RMB loans 1.9万亿元 (多增2047亿元); FX loans -34亿美元 (同比少减18亿美元 ->
# +18亿美元, a smaller fall than a year earlier).
# Optional: the section headings' twins (M1 8.1%, M2 10.9%, 16.26万亿元, 1125亿美元, 18.15万亿元); RMB loan growth "同上月末
# 持平" (0 pp).
# Judgement calls: the headings' figures repeat the body's -> optional twins, except 909亿美元 (the body is cut before it);
# 少减 is a positive yoy change of a negative flow (the opposite of the earlier sets' 多减 negative).
CN1 = "中国|全国|China|人民银行|PBOC|中国人民银行"
HH1 = "住户部门|住户|households"
CORP1 = "企(事)业单位|企业|corporates|non-financial corporates"
NBFI1 = "非银行业金融机构|non-bank financial institutions"
ME1, Q1, M1 = "2020-09-30", "2020Q1-Q3", "2020-09"
NRL = "new_rmb_loans|new_loans"
G["zh01"] = ([
    m("m1_growth", 8.1, "%", CN1, ME1, opt=True, basis="section heading, yoy (twin)"),
    m("m2_growth", 10.9, "%", CN1, ME1, opt=True, basis="section heading, yoy (twin)"),
    m("m2|money_supply_m2", 2.1641e14, "CNY", CN1, ME1, basis="广义货币(M2)余额"),
    m("m2_growth", 10.9, "%", CN1, ME1, basis="yoy"),
    m("m2_growth_change", 0.5, "pp", CN1, ME1, basis="vs previous month-end (高)"),
    m("m2_growth_change", 2.5, "pp", CN1, ME1, basis="vs a year earlier (高)"),
    m("m1|money_supply_m1", 6.023e13, "CNY", CN1, ME1, basis="狭义货币(M1)余额"),
    m("m1_growth", 8.1, "%", CN1, ME1, basis="yoy"),
    m("m1_growth_change", 0.1, "pp", CN1, ME1, basis="vs previous month-end (高)"),
    m("m1_growth_change", 4.7, "pp", CN1, ME1, basis="vs a year earlier (高)"),
    m("m0|money_supply_m0|currency_in_circulation", 8.24e12, "CNY", CN1, ME1, basis="流通中货币(M0)余额"),
    m("m0_growth", 11.1, "%", CN1, ME1, basis="yoy"),
    m("net_cash_injection|cash_injection", 5.181e11, "CNY", CN1, Q1, basis="现金净投放, 前三季度"),
    m(NRL, 1.626e13, "CNY", CN1, Q1, opt=True, basis="section heading, cumulative (twin)"),
    m("new_fx_loans|new_foreign_currency_loans", 1.125e11, "USD", CN1, Q1, opt=True, basis="section heading (twin)"),
    m("total_loans|loans_outstanding", 1.7549e14, "CNY", CN1, ME1, basis="本外币贷款余额"),
    m("total_loans_growth|loan_growth", 12.8, "%", CN1, ME1, basis="yoy, RMB and foreign-currency loans"),
    m("rmb_loans|loans_outstanding", 1.6937e14, "CNY", CN1, ME1, basis="人民币贷款余额"),
    m("rmb_loan_growth|loan_growth", 13, "%", CN1, ME1, basis="yoy"),
    m("rmb_loan_growth_change|loan_growth_change", 0, "pp", CN1, ME1, opt=True, basis="vs previous month-end, 持平"),
    m("rmb_loan_growth_change|loan_growth_change", 0.5, "pp", CN1, ME1, basis="vs a year earlier (高)"),
    m(NRL, 1.626e13, "CNY", CN1, Q1, basis="cumulative, 前三季度"),
    m("new_rmb_loans_change|new_loans_change", 2.63e12, "CNY", CN1, Q1, basis="yoy, 多增"),
    m("household_loans|new_loans", 6.12e12, "CNY", HH1, Q1),
    m("household_short_term_loans|new_loans", 1.53e12, "CNY", HH1, Q1, basis="短期"),
    m("household_medium_long_term_loans|new_loans", 4.6e12, "CNY", HH1, Q1, basis="中长期"),
    m("corporate_loans|new_loans", 1.056e13, "CNY", CORP1, Q1),
    m("corporate_short_term_loans|new_loans", 2.71e12, "CNY", CORP1, Q1, basis="短期"),
    m("corporate_medium_long_term_loans|new_loans", 7.25e12, "CNY", CORP1, Q1, basis="中长期"),
    m("bill_financing|new_loans", 4.368e11, "CNY", CORP1, Q1, basis="票据融资"),
    m("nbfi_loans|new_loans", -4.72e11, "CNY", NBFI1, Q1, basis="减少"),
    m(NRL, 1.9e12, "CNY", CN1, M1, basis="9月当月"),
    m("new_rmb_loans_change|new_loans_change", 2.047e11, "CNY", CN1, M1, basis="yoy, 多增"),
    m("fx_loans|foreign_currency_loans|loans_outstanding", 8.994e11, "USD", CN1, ME1, basis="外币贷款余额"),
    m("fx_loan_growth|foreign_currency_loan_growth|loan_growth", 12.5, "%", CN1, ME1, basis="yoy"),
    m("new_fx_loans|new_foreign_currency_loans", 1.125e11, "USD", CN1, Q1, basis="cumulative, 前三季度"),
    m("new_fx_loans_change|new_foreign_currency_loans_change", 1.076e11, "USD", CN1, Q1, basis="yoy, 多增"),
    m("new_fx_loans|new_foreign_currency_loans", -3.4e9, "USD", CN1, M1, basis="9月当月, 减少"),
    m("new_fx_loans_change|new_foreign_currency_loans_change", 1.8e9, "USD", CN1, M1,
      basis="yoy, 少减 (a smaller fall than a year earlier)"),
    m("new_fx_deposits|new_foreign_currency_deposits|new_deposits", 9.09e10, "USD", CN1, Q1,
      basis="section heading only (the body is cut before it)"),
    m("new_rmb_deposits|new_deposits", 1.815e13, "CNY", CN1, Q1, opt=True, basis="section heading (twin)"),
    m("total_deposits|deposits_outstanding", 2.1686e14, "CNY", CN1, ME1, basis="本外币存款余额"),
    m("total_deposits_growth|deposit_growth", 10.7, "%", CN1, ME1, basis="yoy, RMB and foreign-currency deposits"),
    m("rmb_deposits|deposits_outstanding", 2.1108e14, "CNY", CN1, ME1, basis="人民币存款余额"),
    m("rmb_deposit_growth|deposit_growth", 10.7, "%", CN1, ME1, basis="yoy"),
    m("rmb_deposit_growth_change|deposit_growth_change", 0.4, "pp", CN1, ME1, basis="vs previous month-end (高)"),
    m("rmb_deposit_growth_change|deposit_growth_change", 2.4, "pp", CN1, ME1, basis="vs a year earlier (高)"),
    m("new_rmb_deposits|new_deposits", 1.815e13, "CNY", CN1, Q1, basis="cumulative, 前三季度"),
    m("new_rmb_deposits_change|new_deposits_change", 4.93e12, "CNY", CN1, Q1, basis="yoy, 多增"),
], [])


# zh02: 新华社 (Xinhua) on the China Association of Automobile Manufacturers' January-November output and sales, on the
# 淮南日报 page hnrb.huainannet.com (content_148140, 2023-12-12 in the address, not used; no headline in the stored text and
# none composed; whole stored item; the dateline "新华社北京12月11日电(记者 高 亢 张辛欣)" kept as printed, with its spaces).
# Key (period None): January-November output 2711.1万辆 and sales 2693.8万辆 (+10% / +10.8%); November output 309.3万辆 and
# sales 297万辆 (mom +7% / +4.1%, yoy +29.4% / +27.4%); NEV January-November output 842.6万辆 and sales 830.4万辆 (+34.5% /
# +36.7%), market share 30.8%; January-November exports 441.2万辆 (+58.4%), of which NEV 109.1万辆 (+83.5%).
# Optional: "连续3个月" (three consecutive months of record output and sales).
# Judgement calls: no year is printed (12月11日电, 1月至11月, 11月, 今年全年) -> period None; "比上月" is the release's 环比 (mom
# in basis); the market share is a % row on NEV; "今年全年…有望创下历史新高" carries no figure.
AUTO2 = "汽车|我国汽车|中国汽车|China autos|China auto market|中国汽车工业协会|中汽协|CAAM"
NEV2 = "新能源汽车|中国新能源汽车|China NEV|new energy vehicles|NEV"
N2, JN2 = "November (11月)", "January-November (1月至11月)"
PR2, SA2 = "vehicle_production|production_volume|production|output", "vehicle_sales|sales_volume|sales"
PRG2 = "vehicle_production_growth|production_growth|output_growth"
SAG2 = "vehicle_sales_growth|sales_volume_growth|sales_growth"
EX2, EXG2 = "vehicle_exports|exports|export_volume", "vehicle_exports_growth|exports_growth|export_growth"
G["zh02"] = ([
    m(PR2, 2.7111e7, "vehicles", AUTO2, None, basis=JN2),
    m(SA2, 2.6938e7, "vehicles", AUTO2, None, basis=JN2),
    m(PRG2, 10, "%", AUTO2, None, basis="yoy, " + JN2),
    m(SAG2, 10.8, "%", AUTO2, None, basis="yoy, " + JN2),
    m(PR2, 3.093e6, "vehicles", AUTO2, None, basis=N2),
    m(SA2, 2.97e6, "vehicles", AUTO2, None, basis=N2),
    m(PRG2, 7, "%", AUTO2, None, basis="mom (比上月), " + N2),
    m(SAG2, 4.1, "%", AUTO2, None, basis="mom (比上月), " + N2),
    m(PRG2, 29.4, "%", AUTO2, None, basis="yoy, " + N2),
    m(SAG2, 27.4, "%", AUTO2, None, basis="yoy, " + N2),
    m("record_streak|consecutive_months", 3, "months", AUTO2, None, opt=True,
      basis="连续3个月刷新当月的历史同期纪录"),
    m(PR2, 8.426e6, "vehicles", NEV2, None, basis=JN2),
    m(SA2, 8.304e6, "vehicles", NEV2, None, basis=JN2),
    m(PRG2, 34.5, "%", NEV2, None, basis="yoy, " + JN2),
    m(SAG2, 36.7, "%", NEV2, None, basis="yoy, " + JN2),
    m("nev_share|market_share|penetration_rate", 30.8, "%", NEV2, None, basis="市场占有率, " + JN2),
    m(EX2, 4.412e6, "vehicles", AUTO2, None, basis=JN2),
    m(EXG2, 58.4, "%", AUTO2, None, basis="yoy, " + JN2),
    m(EX2, 1.091e6, "vehicles", NEV2, None, basis="NEV exports, " + JN2),
    m(EXG2, 83.5, "%", NEV2, None, basis="yoy, NEV exports, " + JN2),
], [])


# zh03: a newspaper item on the slump in new mutual-fund launches (记者詹钰叶; on m.bangong.nanfei.cn zixun/2023/0607, the
# page's "(相关资料图)" caption left out; the headline kept, reworded; the stored text breaks off inside the list of funds
# extending their offer periods ("…华泰紫金中证1000指数增强发起式、中融消费精选混合、农银中证1000", cut mid-name), so the passage
# ends with the sentence introducing that list (the list's 9, 六, 6, 601696, 3, 1000 ×2 dropped)). Kept as printed:
# "同花顺(300033)", "1/4", "0-3年" inside a fund's name, the 只 on 8只 / 716.12亿元 / 一只 and "不到40亿元".
# Key (period None): since June 8 new funds and issuance 不到40亿元 (an upper bound, the only issuance figure for June); last
# month's issuance 716.12亿元; 112 funds on offer, 49 of them bond funds; this year 512 new funds (近两成 fewer -> -20 %),
# issuance 4252.15亿元 (-10.31%); active equity funds 154 (-24%), 860.64亿元 (-19.18%), 约20.24% of the total; index funds
# 952.08亿元 (22.39%, -20.4%); bond funds 123 (1/4 fewer -> -25 %), 2262.05亿元 (+23.77%), 53.2% of the total; the three
# largest launches 80亿元 each; 华安景气领航 54.53亿元.
# Judgement calls: no year is printed (今年以来, 6月以来, 上个月; "2019年以来" is a comparison) -> period None; counts of
# funds are "funds" rows on the fund group; "同比减少近两成" / "同比减少1/4" are % changes of a count (-20, -25); the three
# top launches share one row with their names as alternatives (news61 zh05); "排前30名" (a ranking) gives no row.
NEWF3 = "新基金|新发基金|公募基金|new funds|new mutual funds|基金发行"
EQ3 = "主动权益型基金|主动权益类基金|active equity funds|" + NEWF3
IDX3 = "指数型基金|index funds|" + NEWF3
BND3 = "债券型基金|bond funds|" + NEWF3
NF3 = "new_funds|fund_launches|number_of_funds"
ISS3 = "fund_issuance|issuance_size|new_fund_issuance|fund_raising"
ISG3 = "fund_issuance_growth|issuance_growth|new_fund_issuance_growth"
NFC3 = "number_of_funds_change|fund_count_change|new_funds_growth"
SH3 = "issuance_share|share|market_share"
G["zh03"] = ([
    m(NF3, 8, "funds", NEWF3, None, basis="6月以来 宣告成立"),
    m(ISS3, None, "CNY", NEWF3, None, rng=(None, 4e9), basis="6月以来 发行规模不到40亿元 (upper bound, the only figure)"),
    m(ISS3, 7.1612e10, "CNY", NEWF3, None, basis="上个月 合计发行规模 (lowest month since 2019)"),
    m("funds_on_offer|funds_in_issue|number_of_funds", 112, "funds", NEWF3, None, basis="目前处于发行期"),
    m("funds_on_offer|funds_in_issue|number_of_funds", 49, "funds", BND3, None, basis="目前处于发行期, bond funds"),
    m(NF3, 512, "funds", NEWF3, None, basis="今年以来成立 (by establishment date)"),
    m(NFC3, -20, "%", NEWF3, None, basis="yoy, 同比减少近两成"),
    m(ISS3, 4.25215e11, "CNY", NEWF3, None, basis="今年以来 合计发行规模"),
    m(ISG3, -10.31, "%", NEWF3, None, basis="yoy, 减少"),
    m(NF3, 154, "funds", EQ3, None, basis="今年以来成立"),
    m(NFC3, -24, "%", EQ3, None, basis="yoy, 减少"),
    m(ISS3, 8.6064e10, "CNY", EQ3, None, basis="合计发行规模"),
    m(ISG3, -19.18, "%", EQ3, None, basis="yoy, 减少"),
    m(SH3, 20.24, "%", EQ3, None, basis="约, share of total new-fund issuance"),
    m(ISS3, 9.5208e10, "CNY", IDX3, None, basis="合计规模"),
    m(SH3, 22.39, "%", IDX3, None, basis="share of total new-fund issuance"),
    m(ISG3, -20.4, "%", IDX3, None, basis="yoy, 减少"),
    m(NF3, 123, "funds", BND3, None, basis="年内成立"),
    m(NFC3, -25, "%", BND3, None, basis="yoy, 同比减少1/4"),
    m(ISS3, 2.26205e11, "CNY", BND3, None, basis="发行规模"),
    m(ISG3, 23.77, "%", BND3, None, basis="yoy, 大增"),
    m(SH3, 53.2, "%", BND3, None, basis="share of total new-fund issuance"),
    m("fund_size|issuance_size|fund_issuance", 8e9, "CNY", "惠升中债0-3年政策性金融债|泰达宏利添盈两年定开债券|鹏华丰尊债券",
      None, basis="首发规模, each of the three largest launches this year"),
    m("fund_size|issuance_size|fund_issuance", 5.453e9, "CNY", "华安景气领航", None,
      basis="合计发行规模, the only active equity fund in the top 30"),
], [])


# zh04: a commentary on the 2024 annual results of China's four trillion-yuan rural commercial banks (yaliqi.com new
# 685243942028979200; the sub-heading kept, reworded and reordered; no headline in the stored text and none composed; the
# stored text breaks off at "…个人按揭贷款总额886.98亿元,较上年末减少27.92亿元" (no full stop; the sentence runs on), so the
# passage ends with the sentence before it (886.98 and 27.92 dropped)).
# Key: the four banks' total assets 1.26万亿元至1.51万亿元 (a range, 2024-12-31); 广州农商行 revenue -12.79% and attributable
# net profit -21.02% (FY2024), NPL ratio 1.66% and provision coverage 184.34% (2024-12-31); 重庆农商行 total assets 突破1.5万亿元
# (a bound, the only figure for its assets) and asset growth 5.13%, customer loans 7142.73亿元 (+375.62亿元, +5.55%), their
# share of total assets 47.15% (+0.19 pp), financial investments 6280.03亿元 (+292.20亿元, +4.88%), corporate loans
# 3581.33亿元 (+9.26%), retail loans 2925.06亿元 (+0.55%).
# Optional: the NPL-ratio bounds (上海农商行 and 北京农商行 低于1%, 广州农商行 and 重庆农商行 高于1%); the sub-heading's
# 重庆农商行 破1.5万亿 (twin of the body's bound); the four banks' "万亿资产" (above 1万亿, a bound).
# Judgement calls: balances "截至2024年末" take 2024-12-31, the year's growth rates FY2024; changes "较上年末" are CNY rows
# with the balance's date; the range of total assets is one row on the four banks as alternatives; 重庆农商行's "增速为5.13%"
# is its asset growth; the segment loans are rows on the segment with the bank as alias.
CQ4 = "重庆农商行|重庆农村商业银行|渝农商行|Chongqing Rural Commercial Bank|CQRCB"
SH4 = "上海农商行|上海农村商业银行|沪农商行|Shanghai Rural Commercial Bank"
GZ4 = "广州农商行|广州农村商业银行|Guangzhou Rural Commercial Bank"
BJ4 = "北京农商行|北京农村商业银行|Beijing Rural Commercial Bank"
ALL4 = "|".join([CQ4, SH4, GZ4, BJ4, "万亿级农商行|trillion-yuan rural commercial banks"])
E4, Y4 = "2024-12-31", "FY2024"
LN4 = "customer_loans|loans|loans_and_advances"
G["zh04"] = ([
    m("total_assets", None, "CNY", ALL4, E4, rng=(1.26e12, 1.51e12), basis="四家 总资产普遍已达到…至…"),
    m("revenue_growth|operating_revenue_growth", -12.79, "%", GZ4, Y4, basis="yoy, 营业收入下降"),
    m("net_profit_growth|net_profit_attributable_growth", -21.02, "%", GZ4, Y4, basis="yoy, 归母净利润下降"),
    m("npl_ratio|non_performing_loan_ratio", None, "%", SH4, E4, rng=(None, 1), opt=True, basis="低于1%"),
    m("npl_ratio|non_performing_loan_ratio", None, "%", BJ4, E4, rng=(None, 1), opt=True, basis="低于1%"),
    m("npl_ratio|non_performing_loan_ratio", None, "%", GZ4, E4, rng=(1, None), opt=True, basis="高于1%"),
    m("npl_ratio|non_performing_loan_ratio", None, "%", CQ4, E4, rng=(1, None), opt=True, basis="高于1%"),
    m("npl_ratio|non_performing_loan_ratio", 1.66, "%", GZ4, E4, basis="不良率, highest of the four"),
    m("provision_coverage_ratio|provision_coverage", 184.34, "%", GZ4, E4, basis="拨备覆盖率, lowest of the four"),
    m("total_assets", None, "CNY", CQ4, E4, rng=(1.5e12, None), opt=True, basis="sub-heading: 资产破1.5万亿 (twin)"),
    m("total_assets", None, "CNY", CQ4 + "|" + SH4 + "|" + GZ4 + "|" + BJ4, E4, rng=(1e12, None), opt=True,
      basis="进入万亿资产行列 (bound)"),
    m("total_assets", None, "CNY", CQ4, E4, rng=(1.5e12, None), basis="已突破1.5万亿元大关 (bound, the only figure)"),
    m("total_assets_growth|asset_growth", 5.13, "%", CQ4, Y4, basis="增速"),
    m(LN4, 7.14273e11, "CNY", CQ4, E4, basis="客户贷款和垫款账面余额"),
    m("customer_loans_change|loans_change", 3.7562e10, "CNY", CQ4, E4, basis="vs previous year-end, 增加"),
    m("customer_loans_growth|loan_growth", 5.55, "%", CQ4, E4, basis="vs previous year-end, 增幅"),
    m("loans_to_assets|loan_share_of_assets|share", 47.15, "%", CQ4, E4, basis="客户贷款和垫款占总资产比重"),
    m("loans_to_assets_change|loan_share_change|share_change", 0.19, "pp", CQ4, E4, basis="vs previous year-end, 提升"),
    m("financial_investments|investments", 6.28003e11, "CNY", CQ4, E4, basis="金融投资"),
    m("financial_investments_change|investments_change", 2.922e10, "CNY", CQ4, E4, basis="vs previous year-end, 增加"),
    m("financial_investments_growth|investments_growth", 4.88, "%", CQ4, E4, basis="vs previous year-end, 增幅"),
    m("corporate_loans|loans", 3.58133e11, "CNY", "公司贷款和垫款|公司贷款|corporate loans|" + CQ4, E4,
      basis="公司贷款和垫款总额"),
    m("corporate_loans_growth|loan_growth", 9.26, "%", "公司贷款和垫款|公司贷款|corporate loans|" + CQ4, E4,
      basis="vs previous year-end"),
    m("retail_loans|loans", 2.92506e11, "CNY", "零售贷款和垫款|零售贷款|retail loans|" + CQ4, E4,
      basis="零售贷款和垫款总额"),
    m("retail_loans_growth|loan_growth", 0.55, "%", "零售贷款和垫款|零售贷款|retail loans|" + CQ4, E4,
      basis="增幅仅有, vs previous year-end"),
], [])


# zh05: a results analysis of 格力电器's 2025 first quarter on shidaotec.com (fina-analysis/2025-03-31/000651; the title and
# section labels kept, reworded; the prose-and-figures table kept as a table, its row and column heads reworded, every cell
# as printed; the stored text breaks off in the third risk item "在多元化业务布局上落后于主" (cut mid-word), so the passage
# ends with the second risk item (the item number 3 dropped)). Kept as printed: the spaces around " 14.14% ;" etc., the
# table's "-" cells, "2024全年" without 年, the sub-section "从横向对比看:" followed by nothing (a chart not stored).
# Key: 2025Q1 revenue 415.07亿元 (+14.14%), attributable net profit 59.04亿元 (+26.29%), recurring net profit 57.17亿元
# (+26.34%); FY2024 revenue growth -7.26% (prose), FY2024 revenue 1891.64亿元, net profit 321.85亿元 (+10.91%), recurring
# net profit 301.00亿元 (+9.19%), weighted ROE 25.42% and its "-1.11%" (table); air-conditioner online / offline retail
# share +1.11 / +0.55 pp (2025Q1); 2024Q4 air-conditioner sales +17.14%; FY2024 dividend 20元 per 10 shares, payout ratio
# 52.06% (+6.77 pp); the 4月28日 close 46.55元 and dividend yield 6.44%; home-appliance retail sales 9071亿元 (+6.4%, FY2024).
# Optional: the table's 2025Q1 cells and its (-7.26%) (twins of the prose); the subsidy rates 15% and 5% (policy terms).
# Judgement calls: the table repeats the prose's 2025Q1 figures -> optional twins, while its 2024全年 column is key (printed
# only there, apart from -7.26%); the ROE change printed "-1.11%" is labelled as printed in % (probably a pp change; the text
# says %), as news60 zh03; the 2024Q4 air-conditioner sales growth is from an industry source in a 格力 paragraph -> the
# entity carries both the air-conditioner market and 格力; the close "4月28日" prints no year -> None.
GR5 = "格力电器|格力|Gree|Gree Electric|Gree Electric Appliances|000651"
AC5 = "格力空调|空调|air conditioners|" + GR5
Q5, Y5 = "2025Q1", "FY2024"
REV5, REVG5 = "revenue|operating_revenue", "revenue_growth|operating_revenue_growth"
NP5, NPG5 = "net_profit_attributable|net_profit", "net_profit_attributable_growth|net_profit_growth"
RNP5 = "net_profit_excl_nonrecurring|deducted_net_profit|recurring_net_profit|adjusted_net_profit"
RNPG5 = "net_profit_excl_nonrecurring_growth|deducted_net_profit_growth|recurring_net_profit_growth"
G["zh05"] = ([
    m(REV5, 4.1507e10, "CNY", GR5, Q5, basis="营收"),
    m(REVG5, 14.14, "%", GR5, Q5, basis="yoy"),
    m(NP5, 5.904e9, "CNY", GR5, Q5, basis="归母净利润"),
    m(NPG5, 26.29, "%", GR5, Q5, basis="yoy"),
    m(RNP5, 5.717e9, "CNY", GR5, Q5, basis="扣非净利润"),
    m(RNPG5, 26.34, "%", GR5, Q5, basis="yoy"),
    m(REVG5, -7.26, "%", GR5, Y5, basis="2024年全年营收下滑"),
    m(REV5, 4.1507e10, "CNY", GR5, Q5, opt=True, basis="table (twin)"),
    m(REVG5, 14.14, "%", GR5, Q5, opt=True, basis="table (twin)"),
    m(REV5, 1.89164e11, "CNY", GR5, Y5, basis="table, 2024全年"),
    m(REVG5, -7.26, "%", GR5, Y5, opt=True, basis="table (twin)"),
    m(NP5, 5.904e9, "CNY", GR5, Q5, opt=True, basis="table (twin)"),
    m(NPG5, 26.29, "%", GR5, Q5, opt=True, basis="table (twin)"),
    m(NP5, 3.2185e10, "CNY", GR5, Y5, basis="table, 2024全年"),
    m(NPG5, 10.91, "%", GR5, Y5, basis="table, yoy"),
    m(RNP5, 5.717e9, "CNY", GR5, Q5, opt=True, basis="table (twin)"),
    m(RNPG5, 26.34, "%", GR5, Q5, opt=True, basis="table (twin)"),
    m(RNP5, 3.01e10, "CNY", GR5, Y5, basis="table, 2024全年"),
    m(RNPG5, 9.19, "%", GR5, Y5, basis="table, yoy"),
    m("roe|weighted_roe|return_on_equity", 25.42, "%", GR5, Y5, basis="加权ROE, table"),
    m("roe_change|weighted_roe_change|roe", -1.11, "%", GR5, Y5, basis="table, printed in % (probably a pp change)"),
    m("subsidy_rate|subsidy", 15, "%", "财政补贴政策|以旧换新|trade-in subsidy|二级及以上能效家电", None, opt=True,
      basis="二级及以上能效家电补贴 (policy term)"),
    m("subsidy_rate|subsidy", 5, "%", "财政补贴政策|以旧换新|trade-in subsidy|一级能效", None, opt=True,
      basis="一级能效额外补贴 (policy term)"),
    m("market_share_change|retail_share_change|share_change", 1.11, "pp", AC5, Q5, basis="线上零售额份额, yoy, 提升"),
    m("market_share_change|retail_share_change|share_change", 0.55, "pp", AC5, Q5, basis="线下零售额份额, yoy, 提升"),
    m("sales_volume_growth|sales_growth|shipment_growth", 17.14, "%", AC5, "2024Q4",
      basis="空调内外销合计销量, yoy (产业在线)"),
    m("dividend|dividend_per_share|dps", 20, "CNY", GR5, Y5, basis="per 10 shares, pre-tax, proposed"),
    m("payout_ratio|dividend_payout_ratio", 52.06, "%", GR5, Y5, basis="全年分红率 incl. the interim dividend"),
    m("payout_ratio_change|dividend_payout_ratio_change", 6.77, "pp", GR5, Y5, basis="vs previous year, 提升"),
    m("price|share_price|close", 46.55, "CNY", GR5, None, basis="4月28日 close"),
    m("dividend_yield", 6.44, "%", GR5, None, basis="at the 4月28日 close"),
    m("retail_sales|sales", 9.071e11, "CNY", "中国家电全品类|中国家电|家电|China home appliances|home appliances", Y5,
      basis="零售额, 不含3C"),
    m("retail_sales_growth|sales_growth", 6.4, "%", "中国家电全品类|中国家电|家电|China home appliances|home appliances",
      Y5, basis="yoy"),
], [])


# zh06: a 格隆汇 "研报掘金" item on 东吴证券's note on 华友钴业, on a reportify.cn company page (companies/SH:603799, page 7;
# the page furniture "Workflow", "icon", "搜索文档" and the trailing "..." left out; the page's heading "华友钴业(603799)" and
# the item's source/time line "格隆汇APP· 2026-01-07 13:39" kept; the item headline kept, reworded; the page's next item (an
# ETF market note) is not part of the passage). Kept as printed: the stray spaces of the digest's hard wraps ("归母净 利",
# "25Q4镍 均价", "1.45万 美金", "124亿 元"), "~" ranges, "40亿+", "22x/13x/11x", "20xPE", the slash series.
# Key: the company's preliminary 2025 attributable net profit 58.5~64.5亿元 (+40.8%~55.2%) and 2025Q4 16.3~22.3亿元 (yoy
# +44%~97%, qoq +9%~48%) (ranges); nickel's 2025Q4 average price 1.5万美金 per tonne; December nickel 1.68万美金 from a bottom
# of 1.45万美金 (prior); 2026 nickel profit per tonne +0.1万美金 to 0.4万美金 (a change and a level, if prices hold); nickel's
# profit contribution 40亿+ (a bound, the only figure); 2025 ternary cathode 近10万吨 and precursor 近11万吨; raised net-profit
# forecasts FY2025-FY2027 62 / 107 / 124亿元 (from 60 / 90 / 109亿元, as priors), growth 50% / 72% / 15%, P/E 22x / 13x / 11x;
# the 20x P/E on 2026 behind the target.
# Optional: nickel's 2025Q4 price "环比持平" (0 %); the December bottom 1.45万美金 as a row; the cathode's 同比翻番 (+100 %);
# the old forecasts 60 / 90 / 109亿元 as rows.
# Rating action: 东吴证券 maintain on 华友钴业, buy (买入) kept, target 113 CNY (no earlier target printed -> prior None).
# Judgement calls: "预计25年归母净利…" is the company's own preliminary estimate (basis "preliminary estimate") and key;
# "增厚0.1万美金至0.4万美金" is read as 增加…至 (a +1000 USD change to a 4000 USD level, per tonne); "由…至…" forecast
# revisions give value plus prior (no change rows derived); 美金 = USD; "25年" / "26年" two-digit years under the 2026
# dateline -> FY2025 / FY2026.
HY6 = "华友钴业|华友|Huayou Cobalt|Zhejiang Huayou Cobalt|603799"
NI6 = "镍|镍价|nickel|" + HY6
DW6 = "东吴证券|东吴|Soochow Securities"
NPF6 = "net_profit_forecast|net_profit_attributable|net_profit|earnings_forecast"
NPG6 = "net_profit_growth|net_profit_attributable_growth|net_profit_growth_forecast"
FC6 = "forecast (东吴证券), "
G["zh06"] = ([
    m("net_profit_attributable|net_profit|net_profit_guidance", None, "CNY", HY6, "FY2025", rng=(5.85e9, 6.45e9),
      basis="preliminary estimate (公司预计25年归母净利)"),
    m(NPG6, None, "%", HY6, "FY2025", rng=(40.8, 55.2), basis="preliminary estimate, yoy"),
    m("net_profit_attributable|net_profit|net_profit_guidance", None, "CNY", HY6, "2025Q4", rng=(1.63e9, 2.23e9),
      basis="preliminary estimate, 25Q4 单季"),
    m(NPG6, None, "%", HY6, "2025Q4", rng=(44, 97), basis="preliminary estimate, yoy"),
    m("net_profit_qoq|net_profit_growth_qoq|" + NPG6, None, "%", HY6, "2025Q4", rng=(9, 48),
      basis="preliminary estimate, qoq (环比)"),
    m("average_price|price|nickel_price", 15000, "USD", NI6, "2025Q4", basis="镍均价 per tonne (1.5万美金)"),
    m("price_change|average_price_change", 0, "%", NI6, "2025Q4", opt=True, basis="qoq, 环比持平"),
    m("price|nickel_price", 16800, "USD", NI6, "2025-12", prior=14500,
      basis="12月镍价 per tonne, 由底部…提升至; prior = the bottom"),
    m("price|nickel_price", 14500, "USD", NI6, None, opt=True, basis="the bottom before December (底部), per tonne"),
    m("profit_per_tonne|unit_profit", 4000, "USD", NI6, "FY2026",
      basis=FC6 + "镍单吨利润 增厚…至 0.4万美金 per tonne, if prices hold"),
    m("profit_per_tonne_change|unit_profit_change", 1000, "USD", NI6, "FY2026",
      basis=FC6 + "增厚0.1万美金 per tonne, if prices hold"),
    m("profit_contribution|nickel_profit|profit", None, "CNY", NI6, "FY2026", rng=(4e9, None),
      basis=FC6 + "镍可贡献40亿+利润 (bound, the only figure)"),
    m("production|output|shipments|sales_volume", 100000, "tonnes",
      "三元正极|ternary cathode|cathode materials|" + HY6, "FY2025", basis="forecast, 预计近10万吨"),
    m("production_growth|output_growth|growth", 100, "%", "三元正极|ternary cathode|cathode materials|" + HY6, "FY2025",
      opt=True, basis="同比翻番 (doubled; no figure printed)"),
    m("production|output|shipments|sales_volume", 110000, "tonnes",
      "三元前驱体|ternary precursor|precursors|" + HY6, "FY2025", basis="forecast, 近11万吨"),
    m(NPF6, 6.2e9, "CNY", HY6, "FY2025", prior=6e9, basis=FC6 + "上修 由60亿元至62亿元"),
    m(NPF6, 1.07e10, "CNY", HY6, "FY2026", prior=9e9, basis=FC6 + "上修 由90亿元至107亿元"),
    m(NPF6, 1.24e10, "CNY", HY6, "FY2027", prior=1.09e10, basis=FC6 + "上修 由109亿元至124亿元"),
    m(NPF6, 6e9, "CNY", HY6, "FY2025", opt=True, basis=FC6 + "previous forecast"),
    m(NPF6, 9e9, "CNY", HY6, "FY2026", opt=True, basis=FC6 + "previous forecast"),
    m(NPF6, 1.09e10, "CNY", HY6, "FY2027", opt=True, basis=FC6 + "previous forecast"),
    m(NPG6, 50, "%", HY6, "FY2025", basis=FC6 + "yoy"),
    m(NPG6, 72, "%", HY6, "FY2026", basis=FC6 + "yoy"),
    m(NPG6, 15, "%", HY6, "FY2027", basis=FC6 + "yoy"),
    m("pe_ratio|p_e|valuation", 22, "x", HY6, "FY2025", basis=FC6 + "对应PE"),
    m("pe_ratio|p_e|valuation", 13, "x", HY6, "FY2026", basis=FC6 + "对应PE"),
    m("pe_ratio|p_e|valuation", 11, "x", HY6, "FY2027", basis=FC6 + "对应PE"),
    m("target_pe|pe_ratio|valuation", 20, "x", HY6, "FY2026", basis="给予26年20xPE (behind the target)"),
], [
    ra(DW6, HY6, "maintain", "buy", "buy", 113, None, "CNY"),
])
