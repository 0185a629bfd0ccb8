# Hand labels for news8/zh passages zh01-zh08 (batch a). Loaded by build_labels.py (m, ra, G provided).

# zh01: Soochow Securities note on Three Squirrels Q1 2025 (reportify digest), Simplified; rating maintained, no target
SQ = "三只松鼠|300783|Three Squirrels"
DW = "东吴证券|Soochow Securities"
G["zh01"] = ([
    m("revenue", 3.72e9, "CNY", SQ, "2025Q1"), m("revenue_growth", 2.1, "%", SQ, "2025Q1", basis="yoy"),
    m("net_profit", 2.3e8, "CNY", SQ, "2025Q1", basis="attributable"), m("net_profit_growth", -22.4, "%", SQ, "2025Q1", basis="yoy"),
    m("net_profit", 1.6e8, "CNY", SQ, "2025Q1", basis="attributable, excluding non-recurring items"),
    m("net_profit_growth", -38.3, "%", SQ, "2025Q1", basis="yoy, attributable, excluding non-recurring items"),
    m("growth", 16.2, "%", "线下分销|offline distribution", "2024Q4-2025Q1", opt=True, basis="two quarters combined"),
    m("revenue_share|share", 70, "%", "线上渠道|online channels", "2025Q1"),
    m("revenue_share|share", 30, "%", "线下分销与商超|offline distribution and supermarkets", "2025Q1"),
    m("revenue_growth", None, "%", "分销渠道|distribution channel", "2025Q1", rng=(150, None), opt=True, basis="yoy"),
    m("revenue_share|share", 40, "%", "日销品|daily-consumption products", "2025Q1"),
    m("gross_margin", 26.7, "%", SQ, "2025Q1"), m("gross_margin_change", -0.7, "pp", SQ, "2025Q1", basis="yoy"),
    m("selling_expense_ratio_change|expense_ratio_change", 2.4, "pp", SQ, "2025Q1", basis="yoy"),
    m("admin_expense_ratio_change|expense_ratio_change", 0.4, "pp", SQ, "2025Q1", basis="yoy"),
    m("net_margin", 6.4, "%", SQ, "2025Q1"), m("net_margin_change", -2.1, "pp", SQ, "2025Q1", basis="yoy"),
    m("net_profit_forecast|net_profit", 4.9e8, "CNY", SQ, "FY2025", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 7.1e8, "CNY", SQ, "FY2026", basis="forecast, attributable"),
    m("net_profit_forecast|net_profit", 1.11e9, "CNY", SQ, "FY2027", basis="forecast, attributable"),
    m("net_profit_growth_forecast|net_profit_growth", 21, "%", SQ, "FY2025", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 44, "%", SQ, "FY2026", basis="forecast, yoy"),
    m("net_profit_growth_forecast|net_profit_growth", 56, "%", SQ, "FY2027", basis="forecast, yoy"),
    m("pe_ratio", 22, "x", SQ, "FY2025", basis="forecast"), m("pe_ratio", 15, "x", SQ, "FY2026", basis="forecast"),
    m("pe_ratio", 10, "x", SQ, "FY2027", basis="forecast"),
    m("price|share_price", 27.04, "CNY", SQ, opt=True, basis="close"),
    m("52_week_low|price", 15.51, "CNY", SQ, opt=True), m("52_week_high|price", 42.88, "CNY", SQ, opt=True),
    m("pb_ratio", 3.53, "x", SQ, opt=True),
    m("free_float_market_cap|market_cap", 7.56028e9, "CNY", SQ, opt=True),
    m("market_cap", 1.084304e10, "CNY", SQ),
], [
    ra(DW, SQ, "maintain", "buy", None, None, None, None),
])

# zh02: Huatai Securities note on China Life FY2023 (Sohu analyst page, table row + reasons), Simplified
CL = "中国人寿|China Life"
HT2 = "华泰证券|Huatai Securities|华泰"
G["zh02"] = ([
    m("price|share_price", 28.30, "CNY", CL, "2024-03-29", opt=True, basis="price at rating date"),
    m("target_price", 39, "CNY", CL, basis="A shares, DCF"),
    m("target_upside|upside", 34.21, "%", CL, opt=True),
    m("price|share_price", 29.58, "CNY", CL, opt=True, basis="highest price in 20/60-day evaluation"),
    m("price_change", 4.52, "%", CL, opt=True, basis="highest gain in 20/60-day evaluation"),
    m("eps", 1.63, "CNY", CL, "FY2023", basis="new accounting standard"),
    m("eps_growth", -30.7, "%", CL, "FY2023", basis="yoy, comparable"),
    m("eps_forecast|eps", 1.45, "CNY", CL, "FY2023", opt=True, basis="broker's prior expectation"),
    m("investment_yield|total_investment_yield", 2.43, "%", CL, "FY2023", prior=3.9),
    m("net_profit_growth", -36, "%", CL, "2023Q1-Q3", basis="yoy, new accounting standard"),
    m("dps|dividend", 0.43, "CNY", CL, "FY2023"), m("dps|dividend", 0.49, "CNY", CL, "FY2022"),
    m("dps_growth|dividend_growth", -12.2, "%", CL, "FY2023", basis="yoy"),
    m("payout_ratio", 57, "%", CL, "FY2023", basis="old accounting standard"),
    m("payout_ratio", 43, "%", CL, "FY2022", basis="old accounting standard"),
    m("nbv_growth|new_business_value_growth", 12, "%", CL, "FY2023", basis="yoy, comparable"),
    m("nbv_growth|new_business_value_growth", -20, "%", CL, "FY2022", basis="yoy"),
    m("eps_forecast|eps", 1.82, "CNY", CL, "FY2024", prior=2.01, basis="forecast"),
    m("eps_forecast|eps", 1.97, "CNY", CL, "FY2025", prior=2.27, basis="forecast"),
    m("eps_forecast|eps", 2.01, "CNY", CL, "FY2026", basis="forecast"),
    m("target_price", 16, "HKD", CL, basis="H shares, DCF"),
    m("fyp_growth|premium_growth", 14, "%", CL, "FY2023", basis="yoy, broker estimate, first-year premium"),
    m("ape_growth|premium_growth", 16, "%", CL, "FY2023", basis="yoy, broker estimate, annualised premium equivalent"),
    m("nbv_growth|new_business_value_growth", 20, "%", CL, "2023H1", basis="yoy"),
    m("investment_return_assumption_change|assumption_change", -50, "bp", CL),
    m("discount_rate_assumption_change|assumption_change", -200, "bp", CL),
    m("investment_return_assumption", 4.5, "%", CL), m("discount_rate_assumption|discount_rate", 8, "%", CL),
], [
    ra(HT2, CL, "maintain", "buy", None, 39, None, "CNY"),
    ra(HT2, CL, "maintain", "buy", None, 16, None, "HKD"),
])

# zh03: PBOC money and credit statistics, end-February / first two months (repost), Simplified; no year in the text -> period None
CNM = "中国|China|全国"
HH = "住户|households"; CORP = "企(事)业单位|企业|corporates"; NBFI = "非银行业金融机构|non-bank financial institutions"
FEB = "end of February"; JF = "January-February"
G["zh03"] = ([
    m("m2", 2.9956e14, "CNY", CNM, basis=FEB), m("m2_growth", 8.7, "%", CNM, basis="yoy, " + FEB),
    m("m1", 6.659e13, "CNY", CNM, basis=FEB), m("m1_growth", 1.2, "%", CNM, basis="yoy, " + FEB),
    m("m0", 1.21e13, "CNY", CNM, basis=FEB), m("m0_growth", 12.5, "%", CNM, basis="yoy, " + FEB),
    m("net_cash_injection", 7.566e11, "CNY", CNM, basis=JF),
    m("loans_outstanding|total_loans", 2.4867e14, "CNY", CNM, basis="RMB and foreign currency, " + FEB),
    m("loan_growth", 9.7, "%", CNM, basis="RMB and foreign currency, yoy, " + FEB),
    m("rmb_loans_outstanding|loans_outstanding", 2.4396e14, "CNY", CNM, basis=FEB),
    m("rmb_loan_growth|loan_growth", 10.1, "%", CNM, basis="yoy, " + FEB),
    m("new_rmb_loans|new_loans", 6.37e12, "CNY", CNM, basis=JF),
    m("household_loans|new_loans", 3.894e11, "CNY", HH, basis=JF),
    m("household_short_term_loans|new_loans", -1.34e11, "CNY", HH, basis=JF),
    m("household_medium_long_term_loans|new_loans", 5.234e11, "CNY", HH, basis=JF),
    m("corporate_loans|new_loans", 5.43e12, "CNY", CORP, basis=JF),
    m("corporate_short_term_loans|new_loans", 1.99e12, "CNY", CORP, basis=JF),
    m("corporate_medium_long_term_loans|new_loans", 4.6e12, "CNY", CORP, basis=JF),
    m("bill_financing|new_loans", -1.25e12, "CNY", CORP, basis=JF),
    m("nbfi_loans|new_loans", 4.294e11, "CNY", NBFI, basis=JF),
    m("fx_loans_outstanding", 6.626e11, "USD", CNM, basis=FEB), m("fx_loan_growth", -10.5, "%", CNM, basis="yoy, " + FEB),
    m("new_fx_loans|fx_loans_change", 6.2e9, "USD", CNM, basis=JF),
    m("deposits_outstanding|total_deposits", 2.9658e14, "CNY", CNM, basis="RMB and foreign currency, " + FEB),
    m("deposit_growth", 8.1, "%", CNM, basis="RMB and foreign currency, yoy, " + FEB),
    m("rmb_deposits_outstanding|deposits_outstanding", 2.907e14, "CNY", CNM, basis=FEB),
    m("rmb_deposit_growth|deposit_growth", 8.4, "%", CNM, basis="yoy, " + FEB),
    m("new_rmb_deposits|new_deposits", 6.44e12, "CNY", CNM, basis=JF),
    m("household_deposits|new_deposits", 5.73e12, "CNY", HH, basis=JF),
    m("corporate_deposits|new_deposits", -1.85e12, "CNY", "非金融企业|non-financial corporates", basis=JF),
    m("fiscal_deposits|new_deposits", 4.806e11, "CNY", "财政性存款|fiscal deposits", basis=JF),
    m("nbfi_deposits|new_deposits", 1.71e12, "CNY", NBFI, basis=JF),
    m("fx_deposits_outstanding", 8.277e11, "USD", CNM, basis=FEB), m("fx_deposit_growth", -6.2, "%", CNM, basis="yoy, " + FEB),
    m("new_fx_deposits|fx_deposits_change", 2.99e10, "USD", CNM, basis=JF),
], [])

# zh04: Lixing (300421) buyback progress (ifeng), Simplified; headline/lead 4099万元 and 294万股 are rounded restatements -> optional
LX = "力星股份|300421"
G["zh04"] = ([
    m("buyback_amount|buyback", 4.099e7, "CNY", LX, opt=True, basis="cumulative, rounded"),
    m("buyback_shares", 2.94e6, "shares", LX, opt=True, basis="cumulative, rounded"),
    m("buyback", None, "CNY", LX, rng=(4e7, 1.2e8), basis="planned"),
    m("buyback_max_price|price", 18, "CNY", LX),
    m("buyback_shares", None, "shares", LX, rng=(2222222, 6666667), basis="planned"),
    m("buyback_share_pct", None, "%", LX, rng=(1.66, 4.99), basis="planned, of total share capital"),
    m("buyback_shares", 2941316, "shares", LX, "2018-12-31", basis="cumulative"),
    m("buyback_share_pct", 2.2, "%", LX, "2018-12-31", basis="cumulative, of total share capital"),
    m("buyback_price", None, "CNY", LX, "2018-12-31", rng=(12.32, 14.56), basis="actual price range"),
    m("buyback_amount|buyback", 40999185.67, "CNY", LX, "2018-12-31", basis="cumulative, including fees"),
    m("buyback_progress", 34, "%", LX, "2018-12-31", basis="of planned maximum"),
], [])

# zh05: Shenwan Hongyuan note on CSC Financial Q1 2025 (reportify digest), Simplified; "2024 - 2027E" read as FY2024 actual, FY2025-27 forecast
ZX = "中信建投|中信建投证券|601066|CSC Financial"
SW = "申万宏源证券|申万宏源|Shenwan Hongyuan"
ZXB = "中信建投 经纪业务|经纪业务|brokerage business"
def _zx(period, rev, revg, np_, npg, eps, roe, pe, pb):
    fc = period != "FY2024"
    b = "forecast" if fc else None
    return [m("revenue_forecast|revenue" if fc else "revenue", rev, "CNY", ZX, period, basis=b),
            m("revenue_growth_forecast|revenue_growth" if fc else "revenue_growth", revg, "%", ZX, period, basis=("forecast, yoy" if fc else "yoy")),
            m("net_profit_forecast|net_profit" if fc else "net_profit", np_, "CNY", ZX, period, basis=("forecast, attributable" if fc else "attributable")),
            m("net_profit_growth_forecast|net_profit_growth" if fc else "net_profit_growth", npg, "%", ZX, period, basis=("forecast, yoy" if fc else "yoy")),
            m("eps", eps, "CNY", ZX, period, basis=b), m("roe", roe, "%", ZX, period, basis=b),
            m("pe_ratio", pe, "x", ZX, period, basis=b), m("pb_ratio", pb, "x", ZX, period, basis=b)]
G["zh05"] = (
    _zx("FY2024", 2.1129e10, -9.10, 7.223e9, 2.68, 0.80, 8.36, 28.78, 2.34)
  + _zx("FY2025", 2.4213e10, 14.59, 8.268e9, 14.46, 0.94, 9.13, 24.65, 2.17)
  + _zx("FY2026", 2.6320e10, 8.71, 8.913e9, 7.81, 1.02, 9.20, 22.65, 2.01)
  + _zx("FY2027", 2.9022e10, 10.26, 9.927e9, 11.38, 1.15, 9.59, 20.08, 1.85)
  + [
    m("segment_revenue|revenue", 1.74e9, "CNY", ZXB, "2025Q1"),
    m("segment_revenue_growth|revenue_growth", 38.4, "%", ZXB, "2025Q1", basis="yoy"),
    m("segment_revenue_growth|revenue_growth", -16.3, "%", ZXB, "2025Q1", basis="qoq"),
    m("revenue_share|share", 37.4, "%", ZXB, "2025Q1", basis="of total revenue"),
    m("client_funds|customer_funds", 1.4317e11, "CNY", ZX, "2025-03-31"),
    m("client_funds_growth|customer_funds_growth", 9.6, "%", ZX, "2025-03-31", basis="vs start of 2025"),
], [
    ra(SW, ZX, "maintain", "buy", None, None, None, None),
])

# zh06: Guosheng Securities buy-rated note on Gujing Gongjiu Q1-Q3 2020 (Sohu analyst page, table row + reasons), Simplified
GJ = "古井贡酒|Gujing Gongjiu"
GS = "国盛证券|Guosheng Securities"
G["zh06"] = ([
    m("price|share_price", 227.00, "CNY", GJ, "2020-10-30", opt=True, basis="price at rating date"),
    m("price|share_price", 247.10, "CNY", GJ, opt=True, basis="highest price in 20-day evaluation"),
    m("price_change", 8.85, "%", GJ, opt=True, basis="highest gain in 20-day evaluation"),
    m("price|share_price", 295.00, "CNY", GJ, opt=True, basis="highest price in 60-day evaluation"),
    m("price_change", 29.96, "%", GJ, opt=True, basis="highest gain in 60-day evaluation"),
    m("revenue", 8.069e9, "CNY", GJ, "2020Q1-Q3"), m("revenue_growth", -1.6, "%", GJ, "2020Q1-Q3", basis="yoy"),
    m("net_profit", 1.538e9, "CNY", GJ, "2020Q1-Q3", basis="attributable"), m("net_profit_growth", -11.7, "%", GJ, "2020Q1-Q3", basis="yoy"),
    m("net_profit", 1.501e9, "CNY", GJ, "2020Q1-Q3", basis="excluding non-recurring items"),
    m("net_profit_growth", -6.8, "%", GJ, "2020Q1-Q3", basis="yoy, excluding non-recurring items"),
    m("revenue", 2.550e9, "CNY", GJ, "2020Q3"), m("revenue_growth", 15.1, "%", GJ, "2020Q3", basis="yoy"),
    m("net_profit", 5.13e8, "CNY", GJ, "2020Q3", basis="attributable"), m("net_profit_growth", 3.9, "%", GJ, "2020Q3", basis="yoy"),
    m("net_profit", 4.93e8, "CNY", GJ, "2020Q3", basis="excluding non-recurring items"),
    m("net_profit_growth", 10.9, "%", GJ, "2020Q3", basis="yoy, excluding non-recurring items"),
    m("contract_liabilities", 8.47e8, "CNY", GJ, "2020-09-30"),
    m("contract_liabilities_change", 1.20e8, "CNY", GJ, "2020-09-30", basis="qoq"),
    m("collection_progress|payment_collection_ratio", 85, "%", GJ, "FY2020", opt=True, basis="channel estimate, of full-year target"),
    m("gross_margin", 76.0, "%", GJ, "2020Q1-Q3"), m("gross_margin_change", -0.3, "pp", GJ, "2020Q1-Q3", basis="yoy"),
    m("gross_margin", 75.5, "%", GJ, "2020Q3"), m("gross_margin_change", 0.3, "pp", GJ, "2020Q3", basis="yoy"),
    m("selling_expense_ratio|expense_ratio", 29.3, "%", GJ, "2020Q1-Q3"),
    m("selling_expense_ratio_change|expense_ratio_change", -0.1, "pp", GJ, "2020Q1-Q3", basis="yoy"),
    m("selling_expense_ratio|expense_ratio", 29.4, "%", GJ, "2020Q3"),
    m("selling_expense_ratio_change|expense_ratio_change", 3.5, "pp", GJ, "2020Q3", basis="yoy"),
], [
    ra(GS, GJ, "maintain", "buy", None, None, None, None),
])

# zh07: NBS statistician's reading of August 2017 CPI/PPI (datasn repost of the stats-bureau page), Simplified;
# item price moves key, contributions to CPI (影响CPI…个百分点) optional, as in news2
P7 = "2017-08"
CN7 = "中国|China|全国"
def _it(ent, v, basis, contrib=None):
    rows = [m("price_change", v, "%", ent, P7, basis=basis)]
    if contrib is not None:
        rows.append(m("cpi_contribution", contrib, "pp", ent, P7, opt=True, basis=basis))
    return rows
G["zh07"] = ([
    m("cpi", 0.4, "%", CN7, P7, basis="mom"), m("cpi", 1.8, "%", CN7, P7, basis="yoy"),
    m("ppi", 0.9, "%", CN7, P7, basis="mom"), m("ppi", 6.3, "%", CN7, P7, basis="yoy"),
    m("cpi_change", 0.3, "pp", CN7, P7, basis="mom rate vs previous month"),
] + _it("食品|food", 1.2, "mom", 0.24)
  + _it("鸡蛋|eggs", 16.2, "mom") + _it("鲜菜|fresh vegetables", 8.5, "mom")
  + _it("鸡肉|chicken", 3.0, "mom") + _it("猪肉|pork", 1.3, "mom")
  + [m("cpi_contribution", 0.32, "pp", "鸡蛋、鲜菜、鸡肉和猪肉|eggs, vegetables, chicken and pork", P7, opt=True, basis="mom, four items combined")]
  + _it("鲜果|fresh fruit", -4.2, "mom") + _it("水产品|aquatic products", -1.1, "mom")
  + [m("cpi_contribution", -0.09, "pp", "鲜果和水产品|fresh fruit and aquatic products", P7, opt=True, basis="mom, two items combined")]
  + _it("非食品|non-food", 0.2, "mom", 0.18)
  + _it("汽油|gasoline", 2.7, "mom") + _it("柴油|diesel", 2.9, "mom")
  + _it("医疗服务|medical services", 0.9, "mom") + _it("居住|housing", 0.4, "mom")
  + [m("cpi_contribution", 0.18, "pp", "汽油、柴油、医疗服务和居住|fuel, medical services and housing", P7, opt=True, basis="mom, four items combined"),
     m("cpi_change", 0.4, "pp", CN7, P7, basis="yoy rate vs previous month")]
  + _it("食品|food", -0.2, "yoy", -0.04)
  + [m("price_change_change", 0.9, "pp", "食品|food", P7, basis="yoy, decline narrowed")]
  + _it("猪肉|pork", -13.4, "yoy", -0.39) + _it("鲜菜|fresh vegetables", 9.7, "yoy", 0.22)
  + _it("非食品|non-food", 2.3, "yoy", 1.81)
  + [m("price_change_change", 0.3, "pp", "非食品|non-food", P7, basis="yoy, rise widened")]
  + _it("医疗保健|healthcare", 5.9, "yoy") + _it("居住|housing", 2.7, "yoy")
  + _it("教育文化和娱乐|education, culture and recreation", 2.5, "yoy"),
[])

# zh08: Pacific Securities buy-rated note on Xingyu (Sohu analyst page, table row with target + reasons), Simplified;
# the year of Q3 is the 2019 rating date printed in the row
XY = "星宇股份|Xingyu"
TPY = "太平洋证券|太平洋证|Pacific Securities"
G["zh08"] = ([
    m("price|share_price", 81.50, "CNY", XY, "2019-10-29", opt=True, basis="price at rating date"),
    m("target_price", 95.81, "CNY", XY),
    m("price|share_price", 91.48, "CNY", XY, opt=True, basis="highest price in 20-day evaluation"),
    m("price_change", 12.25, "%", XY, opt=True, basis="highest gain in 20-day evaluation"),
    m("price|share_price", 102.74, "CNY", XY, opt=True, basis="highest price in 60-day evaluation"),
    m("price_change", 26.06, "%", XY, opt=True, basis="highest gain in 60-day evaluation"),
    m("revenue", 1.4e9, "CNY", XY, "2019Q3"), m("revenue_growth", 10, "%", XY, "2019Q3", basis="yoy"),
    m("net_profit", 1.9e8, "CNY", XY, "2019Q3", basis="attributable"), m("net_profit_growth", 38, "%", XY, "2019Q3", basis="yoy"),
    m("gross_margin", 24.3, "%", XY, "2019Q3"), m("net_margin", 13.7, "%", XY, "2019Q3"),
    m("gross_margin_change", 3.4, "pp", XY, "2019Q3", basis="yoy"), m("net_margin_change", 2.8, "pp", XY, "2019Q3", basis="yoy"),
    m("revenue", 4.1e9, "CNY", XY, "2019Q1-Q3"), m("revenue_growth", 10, "%", XY, "2019Q1-Q3", basis="yoy"),
    m("net_profit", 5.3e8, "CNY", XY, "2019Q1-Q3", basis="attributable"), m("net_profit_growth", 21, "%", XY, "2019Q1-Q3", basis="yoy"),
    m("vehicle_sales|sales_volume", 5.5e5, "vehicles", "一汽大众|FAW-Volkswagen", "2019Q3"),
    m("vehicle_sales_growth|sales_volume_growth", 26, "%", "一汽大众|FAW-Volkswagen", "2019Q3", basis="qoq"),
    m("vehicle_sales_growth|sales_volume_growth", 3, "%", "一汽大众|FAW-Volkswagen", "2019Q3", basis="yoy"),
], [
    ra(TPY, XY, "maintain", "buy", None, 95.81, None, "CNY"),
])
