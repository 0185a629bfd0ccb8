#!/usr/bin/env python3
"""Hand-written gold labels for the third English financial-news evaluation set (news3/en).
Run:  python3 gold_build.py   (writes gold.jsonl next to this file)
Labels were written by reading each texts/enNN.txt by hand. Conventions: those of the development corpus
(shared/corpora/news-text/en/README.md) and of news2/en, with the points listed in README.md here.
"""
import csv, json, os

def m(metric, value, unit, ent=None, period=None, prior=None, rng=None, prng=None, opt=False, basis=None):
    return {"metric": metric, "value": value, "low": rng[0] if rng else None, "high": rng[1] if rng else None,
            "prior_value": prior, "prior_low": prng[0] if prng else None, "prior_high": prng[1] if prng else None,
            "unit": unit, "period": period, "basis": basis, "entity": ent, "optional": opt}
def ra(broker, company, action, rating, prior_rating=None, target=None, prior_target=None, cur=None, opt=False):
    return {"broker": broker, "company": company, "action": action, "rating": rating, "prior_rating": prior_rating,
            "target_price": target, "prior_target_price": prior_target, "currency": cur, "optional": opt}
# one line per passage: {"source": address, "lang": "en", "text_file": "texts/enNN.txt", "metrics": [...], "rating_actions": [...]}

G = {}

# ---------------------------------------------------------------- company results, guidance, consensus
I, MS, AL = "Intel", "Microsoft", "Alphabet|Google"
Q = "2017Q3"
G["en01"] = ([
    m("revenue", 16.1e9, "USD", I, Q),
    m("revenue_growth", 2, "%", I, Q),
    m("revenue_consensus|revenue_estimate", 15.7e9, "USD", I, Q),
    m("net_income_consensus|net_profit_consensus|net_income_estimate", 3.8e9, "USD", I, Q),
    m("eps_consensus|eps_estimate", 0.73, "USD", I, Q),
    m("net_income|net_profit", 4.5e9, "USD", I, Q),
    m("eps", 0.94, "USD", I, Q),
    m("eps", 1.01, "USD", I, Q, basis="adjusted"),
    m("eps_growth", 26, "%", I, Q, basis="adjusted"),
    m("guidance_revenue|revenue_guidance", 62e9, "USD", I, "2017"),
    m("guidance_revenue_change|revenue_guidance_change", 700e6, "USD", I, "2017"),
    m("guidance_eps|eps_guidance", 2.93, "USD", I, "2017"),
    m("guidance_eps_change|eps_guidance_change", 0.27, "USD", I, "2017"),
    m("guidance_eps|eps_guidance", 3.25, "USD", I, "2017", basis="adjusted"),
    m("guidance_eps_change|eps_guidance_change", 0.25, "USD", I, "2017", basis="adjusted"),
    m("price", None, "USD", MS, rng=(80, None), opt=True),             # bouncing above $80 after hours
    m("revenue_growth", 12, "%", MS),
    m("revenue", 24.5e9, "USD", MS),
    m("revenue_surprise|revenue_vs_consensus", 1e9, "USD", MS),        # about $1 billion more than forecast
    m("net_income_growth|net_profit_growth", 16, "%", MS),
    m("net_income|net_profit", 7.7e9, "USD", MS),
    m("eps", 0.85, "USD", MS),
    m("price", None, "USD", AL, rng=(1000, None), opt=True),           # soar over $1,000 after hours
    m("eps_surprise|eps_vs_consensus", None, "USD", AL, rng=(1, None), opt=True),
    m("eps", 9.57, "USD", AL, basis="diluted"),
    m("eps_consensus|eps_estimate", 8.33, "USD", AL),
    m("net_income|net_profit", 6.7e9, "USD", AL),
    m("revenue_growth|sales_growth", 24, "%", AL),
    m("revenue|sales", 27.8e9, "USD", AL),
    m("revenue_consensus|revenue_estimate", 27.2e9, "USD", AL),
    m("paid_clicks_growth", 47, "%", AL),
    m("cost_per_click_change|cost_per_click_growth", -21, "%", AL),
], [])

E = "Avon|Avon Products|Avon Products Inc."
G["en02"] = ([
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(2.03, 2.08)),
    m("eps_consensus|eps_estimate", 2.14, "USD", E),
    m("price_change", -13.1, "%", E, opt=True),                          # "as much as", intraday
    m("price", 31.80, "USD", E, opt=True),
    m("net_income|net_profit", 328.6e6, "USD", E, prior=232.3e6),
    m("eps", 0.69, "USD", E, prior=0.49),
    m("tax_benefit|tax_benefit_per_share", 0.20, "USD", E),
    m("tax_benefit_vs_expected", 0.03, "USD", E, opt=True),
    m("eps_consensus|eps_estimate", 0.66, "USD", E),
    m("revenue_growth|sales_growth", 6, "%", E),
    m("revenue|sales", 1.96e9, "USD", E),
], [])

E = "Dick's Sporting Goods|Dick's|Dick's Sporting"
G["en03"] = ([
    m("price_change", -24.5, "%", E, opt=True),                          # "as much as", intraday
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(11.33, 12.13), prng=(12.90, 13.80), basis="GAAP"),
    m("gross_margin", 34.42, "%", E, prior=36.03),
    m("severance_expense|charge", 20e6, "USD", E),
    m("one_time_charge|charge", None, "USD", E, rng=(25e6, 50e6)),
    m("guidance_eps|eps_guidance", None, "USD", E, rng=(11.50, 12.30), basis="adjusted"),
    m("eps_consensus|eps_estimate", 13.50, "USD", E),
    m("price", 111.14, "USD", E, opt=True),
    m("price_change", -5, "%", "Hibbett"),
    m("price_change", -1, "%", "Nike"),
    m("price_change", -3, "%", "Lululemon Athletica|Lululemon"),
    m("price_change", -2, "%", "Under Armour"),
    m("price_change", -2, "%", "Foot Locker"),
], [])

E = "JD Sports|JD Sports Fashion|JD Sports Fashion Plc"
G["en04"] = ([
    m("guidance_pretax_profit|pretax_profit_guidance|profit_forecast", None, "GBP", E, rng=(915e6, 935e6), prior=1.04e9),
    m("guidance_pretax_profit|pretax_profit_guidance|profit_forecast", 1.16e9, "USD", E, opt=True),  # conversion of the low end
    m("price_change", -20, "%", E),
    m("like_for_like_sales_growth|same_store_sales_growth", 1.8, "%", E),
    m("price_change", -3, "%", "Adidas|Adidas AG"),
    m("price_change", None, "%", "Frasers Group|Frasers Group Plc|Sports Direct", rng=(None, -2), opt=True),
], [])

# ---------------------------------------------------------------- analyst rating changes
AKS, CG, JNJ, X, DRI = "AK Steel|AK Steel Holding|AKS", "Celgene|Celgene Corp.|CELG", "Johnson & Johnson|JNJ", \
    "United States Steel|US Steel|United States Steel Corp.", "Darden Restaurants|Darden|DRI"
G["en05"] = ([
    m("price|close_price", 9.10, "USD", AKS, opt=True),
    m("price_change", -3.2, "%", AKS, opt=True),
    m("price_change", -4, "%", AKS, opt=True),
    m("price", 8.74, "USD", AKS, opt=True),
    m("price_range_52w|price_range", None, "USD", AKS, rng=(1.64, 9.50), opt=True),
    m("consensus_target_price|target_price", 7.04, "USD", AKS),
    m("price|close_price", 120.30, "USD", CG, opt=True),
    m("price_range_52w|price_range", None, "USD", CG, rng=(93.05, 127.00), opt=True),
    m("consensus_target_price|target_price", 137.91, "USD", CG),
    m("price|close_price", 113.13, "USD", JNJ, opt=True),
    m("price_range_52w|price_range", None, "USD", JNJ, rng=(94.28, 126.07), opt=True),
    m("consensus_target_price|target_price", 126.32, "USD", JNJ),
    m("price_range_52w|price_range", None, "USD", X, rng=(6.15, 33.78), opt=True),
    m("consensus_target_price|target_price", 22.60, "USD", X),
    m("price|close_price", 73.93, "USD", DRI, opt=True),
], [
    ra("Macquarie", AKS, "downgrade", "neutral", "outperform", target=9, cur="USD"),
    ra("Oppenheimer", CG, "initiate", "outperform", target=141, cur="USD"),
    ra("Barclays", JNJ, "downgrade", "equal-weight", "overweight", target=125, cur="USD"),
    ra("Argus", X, "downgrade", "hold", "buy"),
    ra("Credit Suisse", DRI, "downgrade", "neutral", "outperform", target=72, cur="USD"),
])

HKX = "HKEX|Hong Kong Exchange|Hong Kong Exchanges and Clearing"
HKM = "Hong Kong stock market|Hong Kong stocks"
G["en06"] = ([
    m("eps_forecast_change|earnings_forecast_change", None, "%", HKX, rng=(-2, -1), basis="FY2025-FY2027"),
    m("average_daily_turnover|adt", 194e9, "HKD", HKM),
    m("average_daily_turnover_expectation|adt_forecast", 145e9, "HKD", HKM, "2025"),
    m("average_daily_turnover|adt", 132e9, "HKD", HKM, "2024"),
], [
    ra("Citigroup|Citi", HKX, "upgrade", "buy", "sell", target=370, prior_target=275, cur="HKD"),
])

E = "China Citic Bank|Citic Bank"
G["en07"] = ([
    m("net_profit_estimate_change|earnings_forecast_change", 6, "%", E, "FY2009"),
    m("net_profit_estimate_change|earnings_forecast_change", 12, "%", E, "FY2010"),
    m("net_profit_estimate_change|earnings_forecast_change", 11, "%", E, "FY2011"),
    m("credit_growth_assumption|loan_growth_forecast", 40, "%", E, "FY2009", prior=28),
    m("price_change", 2.6, "%", E, opt=True),
    m("price", 4.82, "HKD", E, opt=True),
], [
    ra("Citigroup|Citi", E, "raise_target", "buy", target=5.50, prior_target=4.60, cur="HKD"),
])

E = "Hang Lung Properties|HLPPF"
G["en08"] = ([
    m("analyst_average_return", 7.2, "%", "Karl Choi", opt=True),
    m("analyst_success_rate", 50.00, "%", "Karl Choi", opt=True),
    m("market_cap", 47.73e9, "HKD", E),
    m("pe_ratio", 25.71, "x", E, opt=True),
], [
    ra("Bank of America Securities|BofA Securities|Bank of America", E, "maintain", "buy", target=10.40, cur="HKD"),
    ra("DBS", E, "maintain", "buy", target=11.00, cur="HKD"),
])

# ---------------------------------------------------------------- central banks
BOC = "Bank of Canada|BoC|Canada"
G["en09"] = ([
    m("rate_change", 75, "bp", BOC),
    m("rate_change", 0.75, "pp", BOC, opt=True),                        # same move restated, printed "0.75 percent"
    m("rate_change", 0.75, "%", BOC, opt=True),
    m("policy_rate|rate", 3.25, "%", BOC),
    m("policy_rate|rate", 3.5, "%", BOC, "2008-04", opt=True),           # historic comparison
    m("neutral_rate|neutral_range", None, "%", BOC, rng=(2, 3)),
    m("policy_rate|rate", 3.25, "%", BOC, opt=True),                     # repeated
], [])

RB = "Reserve Bank of New Zealand|Reserve Bank|RBNZ|New Zealand"
G["en10"] = ([
    m("inflation_target", None, "%", RB, rng=(1, 3)),
    m("official_cash_rate|policy_rate|rate", 1.5, "%", RB, prior=1.75),
    m("rate_cut_probability|market_implied_probability", 50, "%", RB),
    m("official_cash_rate|policy_rate|rate", 1.50, "%", RB, opt=True),   # level priced by markets, same as decided
], [])

# ---------------------------------------------------------------- market wraps
HSI, HST, HSC = "Hang Seng Index|HSI", "Hang Seng Tech Index|HSTI", "Hang Seng China Enterprises Index|HSCEI"
G["en11"] = ([
    m("index_change", 359, "points", HSI), m("index_change", 1.4, "%", HSI), m("index_level", 25417, "points", HSI),
    m("index_change", 108, "points", HST), m("index_change", 1.9, "%", HST),
    m("index_change", 120, "points", HSC), m("index_change", 1.3, "%", HSC),
    m("turnover", 299.95e9, "HKD", "Hong Kong stock market|market"),
    m("price_change", 2.2, "%", "Tencent|TENCENT"), m("price", 605.5, "HKD", "Tencent|TENCENT"),
    m("price_change", 1.6, "%", "Meituan|MEITUAN"), m("price", 103, "HKD", "Meituan|MEITUAN"),
    m("price_change", 1.5, "%", "Alibaba|BABA"), m("price", 131.8, "HKD", "Alibaba|BABA"),
    m("price_change", 7.5, "%", "Xinyi Solar|XINYI SOLAR"), m("price", 3.71, "HKD", "Xinyi Solar|XINYI SOLAR"),
    m("price_change", 6.2, "%", "Sino Biopharm|SINO BIOPHARM"), m("price", 8.91, "HKD", "Sino Biopharm|SINO BIOPHARM"),
    m("price_change", 6.1, "%", "Hang Lung Properties|HANG LUNG PPT"), m("price", 8.49, "HKD", "Hang Lung Properties|HANG LUNG PPT"),
    m("price_change", None, "%", "CALB", rng=(18, None), opt=True), m("price", 29.26, "HKD", "CALB"),
    m("price_change", None, "%", "3SBio|3SBIO", rng=(18, None), opt=True), m("price", 35.66, "HKD", "3SBio|3SBIO"),
], [])

SX = "Stoxx 600|STOXX 600|pan European Stoxx 600"
G["en12"] = ([
    m("ppi|producer_price_inflation", 12, "%", "Germany|German", prior=10.4),
    m("ppi|producer_price_inflation", 12.4, "%", "Germany|German", "1974-12", opt=True),  # historic comparison
    m("index_change", -0.9, "%", SX),                                     # Friday's loss
    m("index_change", -8, "points", SX), m("index_change", -1.8, "%", SX), m("index_level", 453.42, "points", SX),
    m("index_change", -2.2, "%", "DAX|German DAX"),
    m("index_change", -2.1, "%", "CAC 40|CAC"),
    m("index_change", -1.7, "%", "FTSE 100|FTSE"),
    m("price_change", None, "%", "Antofagasta|Glencore|Anglo American|miners", rng=(-8, -5)),
    m("price_change", None, "%", "BP|BP Plc", rng=(None, -1), opt=True),
    m("price_change", -2, "%", "Royal Dutch Shell|Shell"),
    m("price_change", 2.7, "%", "AstraZeneca"),
    m("risk_reduction", 72, "%", "AstraZeneca|Enhertu", opt=True),
    m("price_change", -7, "%", "Prudential"),
    m("share_offer_size|offer_size", None, "%", "Prudential", rng=(None, 5)),
    m("price_change", 1, "%", "ZOO Digital Group|ZOO Digital"),
    m("price_change", None, "%", "LVMH|Kering|Hermes|Richemont|luxury stocks", rng=(-3, -2)),
    m("price_change", -3.4, "%", "Daimler|Daimler AG"),
], [])

NK, TP = "Nikkei 225|Nikkei", "Topix"
G["en13"] = ([
    m("index_change", 0.65, "%", NK), m("index_change", 139.01, "points", NK), m("index_level", 21646.55, "points", NK),
    m("index_change", 0.81, "%", TP), m("index_change", 13.07, "points", TP), m("index_level", 1628.96, "points", TP),
    m("fx_rate", 113.02, "JPY", "USD/JPY|dollar", prior=113.04),
    m("fx_rate", 113.04, "JPY", "USD/JPY|dollar", opt=True),
    m("fx_rate", 112.82, "JPY", "USD/JPY|dollar", opt=True),
    m("price_change", 1.20, "%", "Olympus"), m("price", 3350, "JPY", "Olympus"),
    m("price_change", 0.49, "%", "Panasonic"), m("price", 1108, "JPY", "Panasonic"),
    m("price_change", -1.43, "%", "Mitsubishi UFJ Financial|MUFG"), m("price", 626.7, "JPY", "Mitsubishi UFJ Financial|MUFG"),
    m("price_change", 0.77, "%", "Nissan"), m("price", 961.5, "JPY", "Nissan"),
    m("price_change", 0.14, "%", "Mitsubishi Motors"), m("price", 674, "JPY", "Mitsubishi Motors"),
], [])

# ---------------------------------------------------------------- M&A / IPO
E = "Walgreens Boots Alliance|Walgreens|WBA|Sycamore Partners"
G["en14"] = ([
    m("deal_value", None, "USD", E, rng=(None, 23.7e9)),
    m("offer_price|cash_consideration", 11.45, "USD", E),
    m("contingent_value_right|divested_asset_proceed_right", None, "USD", E, rng=(None, 3)),
    m("premium|offer_premium", 29, "%", E),
    m("premium|offer_premium", None, "%", E, rng=(None, 63), basis="total consideration"),
    m("price|close_price", 8.85, "USD", "Walgreens Boots Alliance|Walgreens|WBA"),
], [])

E = "Lyft|Lyft Inc."
G["en15"] = ([
    m("funds_raised|ipo_proceeds", 2.34e9, "USD", E),
    m("open_price|debut_price|price", 87.24, "USD", E),
    m("debut_change|price_change", 21, "%", E, basis="open vs IPO price"),
    m("ipo_price|offer_price", 72, "USD", E),
    m("price_change", 15, "%", E),
    m("price", 82.83, "USD", E),
    m("market_cap|valuation", 23.7e9, "USD", E),
    m("shares_sold|ipo_shares", 32.5e6, "shares", E),
    m("ipo_price|offer_price", 72, "USD", E, opt=True),                  # repeated
    m("shares_marketed|ipo_shares", 30.8e6, "shares", E, opt=True),
    m("ipo_price_range|ipo_price", None, "USD", E, rng=(70, 72), prng=(62, 68)),
    m("ipo_price_range|ipo_price", None, "USD", E, rng=(62, 68), opt=True),  # initial range, also the prior above
], [])

# ---------------------------------------------------------------- macro
HK = "Hong Kong|Hong Kong economy|HK"
G["en16"] = ([
    m("gdp_growth_forecast|gdp_forecast", 1.2, "%", HK, "2012", opt=True),   # headline
    m("gdp_growth_forecast|gdp_forecast", 1.2, "%", HK, "2012"),
    m("gdp_growth", 1.3, "%", HK, "2012Q3"),
    m("gdp_growth", 1.2, "%", HK, "2012Q2"),
    m("gdp_growth", 0.7, "%", HK, "2012Q1"),
    m("exports_growth|goods_exports_growth", 4, "%", HK, "2012Q3"),
    m("exports_growth|goods_exports_growth", -0.2, "%", HK, "2012Q2"),
    m("private_consumption_growth", 2.8, "%", HK, "2012Q3"),
    m("unemployment_rate", 3.3, "%", HK, "2012Q3"),
    m("gdp_growth_forecast|gdp_forecast", 1.2, "%", HK, "2012", opt=True),   # repeated projection
    m("gdp_growth_forecast|gdp_forecast|previous_gdp_growth_forecast", None, "%", HK, "2012", rng=(1, 2)),
    m("gdp_growth", 5, "%", HK, "2011"),
], [])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = {}
    with open(os.path.join(here, "sources.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row:
                src[row[0]] = row[2]
    assert sorted(G) == sorted(src), (sorted(set(G) ^ set(src)))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as out:
        for k in sorted(G):
            assert os.path.exists(os.path.join(here, "texts", k + ".txt")), k
            mets, ras = G[k]
            for x in mets:
                for f_ in ("value", "low", "high", "prior_value", "prior_low", "prior_high"):
                    assert x[f_] is None or isinstance(x[f_], (int, float)), (k, x)
            out.write(json.dumps({"source": src[k], "lang": "en", "text_file": f"texts/{k}.txt",
                                  "metrics": mets, "rating_actions": ras}, ensure_ascii=False) + "\n")
    n = len(G); nm = sum(len(v[0]) for v in G.values()); no = sum(1 for v in G.values() for x in v[0] if x["optional"])
    nr = sum(len(v[1]) for v in G.values())
    print(f"wrote {n} passages: metrics={nm} (key={nm-no}, optional={no}) rating_actions={nr}")

if __name__ == "__main__":
    main()
