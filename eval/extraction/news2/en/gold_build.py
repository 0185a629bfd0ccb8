#!/usr/bin/env python3
"""Hand-written gold labels for the second English financial-news evaluation set (news2/en).

Run:  python3 gold_build.py   (writes gold.jsonl next to this file)
Labels were written by reading each texts/enNN.txt by hand. Conventions: those of the development corpus
(../../../../../shared/corpora/news-text/en/README.md), with the clarifications listed in README.md here.
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
E = "Apple"
G["en01"] = ([
    m("net_income|net_profit", 24.78e9, "USD", E, prior=23.636e9),
    m("eps", 1.65, "USD", E, prior=1.53),
    m("revenue", 95.359e9, "USD", E, prior=90.753e9),
    m("eps_consensus|eps_estimate", 1.62, "USD", E),
    m("revenue_consensus|revenue_estimate", 94.5e9, "USD", E),
    m("iphone_revenue|segment_revenue|revenue", 46.841e9, "USD", "Apple|Apple iPhone", prior=45.963e9),
    m("iphone_revenue_consensus|iphone_revenue_estimate|revenue_estimate", 46e9, "USD", "Apple|Apple iPhone"),
    m("china_revenue|regional_revenue|revenue", 16.002e9, "USD", "Apple|Apple China", prior=16.372e9),
    m("americas_revenue|regional_revenue|revenue", 40.315e9, "USD", "Apple|Apple Americas", prior=37.273e9),
    m("europe_revenue|regional_revenue|revenue", 24.454e9, "USD", "Apple|Apple Europe", prior=24.123e9),
    m("japan_revenue|regional_revenue|revenue", 7.298e9, "USD", "Apple|Apple Japan", prior=6.262e9),
    m("buyback|share_buyback", 100e9, "USD", E),
    m("dividend|quarterly_dividend", 0.26, "USD", E),
    m("buyback|share_buyback", 110e9, "USD", E),          # a year earlier, own sentence
    m("dividend|quarterly_dividend", 0.25, "USD", E),     # a year earlier, own sentence
], [])

E = "FactSet|FactSet Research Systems"
FY, Q = "FY2023", "FY2023Q2"
G["en02"] = ([
    m("guidance_eps|eps_guidance", None, "USD", E, FY, rng=(12.45, 12.85), basis="GAAP"),
    m("guidance_eps|eps_guidance", None, "USD", E, FY, rng=(14.50, 14.90), basis="adjusted"),
    m("guidance_revenue|revenue_guidance", None, "USD", E, FY, rng=(2.08e9, 2.10e9)),
    # earlier outlook, stated in its own sentence -> separate rows
    m("guidance_eps|eps_guidance|previous_guidance_eps", None, "USD", E, FY, rng=(12.70, 13.10), basis="GAAP"),
    m("guidance_eps|eps_guidance|previous_guidance_eps", None, "USD", E, FY, rng=(14.50, 14.90), basis="adjusted"),
    m("guidance_revenue|revenue_guidance|previous_guidance_revenue", None, "USD", E, FY, rng=(2.100e9, 2.115e9)),
    m("eps_consensus|eps_estimate", 14.89, "USD", E, FY),
    m("revenue_consensus|revenue_estimate", 2.09e9, "USD", E, FY),
    m("net_income|net_profit", 131.59e6, "USD", E, Q, prior=109.94e6, basis="GAAP"),
    m("eps", 3.38, "USD", E, Q, prior=2.84, basis="GAAP"),
    m("eps", 3.80, "USD", E, Q, prior=3.27, basis="adjusted"),
    m("revenue", 515.09e6, "USD", E, Q, prior=431.12e6),
    m("revenue_growth", 19.5, "%", E, Q),
    m("organic_revenue|revenue", 469.55e6, "USD", E, Q),
    m("organic_revenue_growth|revenue_growth", 8.9, "%", E, Q),
    m("eps_consensus|eps_estimate", 3.69, "USD", E, Q),
    m("revenue_consensus|revenue_estimate", 515.47e6, "USD", E, Q),
], [])

E = "Lenovo|Lenovo Group"
G["en03"] = ([
    m("net_profit_growth|net_income_growth", 36, "%", E, opt=True),      # headline repeat
    m("net_profit_growth|net_income_growth", 36, "%", E),
    m("market_share|pc_market_share", 17.3, "%", E),
    m("net_profit|net_income", 219.7e6, "USD", E, prior=162e6),
    m("net_profit_consensus|net_profit_estimate", 199.12e6, "USD", E),
    m("market_growth|pc_market_growth", -7.6, "%", "PC market|global PC market"),
], [])

E = "WH Smith"
TR = "WH Smith Travel|Travel division|Travel"
HS = "WH Smith High Street|High Street division|High Street"
G["en04"] = ([
    m("revenue_growth|sales_growth", -2, "%", E),
    m("like_for_like_sales_growth|same_store_sales_growth", -4, "%", E),
    m("revenue_growth|sales_growth", 1, "%", TR),
    m("like_for_like_sales_growth|same_store_sales_growth", -2, "%", TR),
    m("revenue_growth|sales_growth", -4, "%", HS),
    m("like_for_like_sales_growth|same_store_sales_growth", -4, "%", HS, opt=True),  # "and so did" (figure not restated)
    m("pretax_profit|profit_before_tax", 89e6, "GBP", E),
    m("pretax_profit_growth|profit_growth", 9, "%", E),
    m("operating_profit", 53e6, "GBP", TR),
    m("operating_profit_growth", 10, "%", TR),
    m("operating_profit", 51e6, "GBP", HS),
    m("operating_profit_growth", 4, "%", HS),
    m("net_funds|net_cash", 56e6, "GBP", E, prior=45e6),
    m("cost_savings|savings", 13e6, "GBP", HS),
    m("final_dividend_growth|dividend_growth", 18, "%", E),
    m("final_dividend|dividend", 13.3, "%", E, opt=True),                  # source error, printed "13.3 per cent"
    m("dividend_growth|full_year_dividend_growth", 16, "%", E),
    m("dividend|full_year_dividend", 0.194, "GBP", E),                      # 19.4 pence per share
    m("buyback|share_buyback|cash_return", 50e6, "GBP", E),
    # chief executive's remarks restate the figures
    m("pretax_profit_growth|profit_growth", 9, "%", E, opt=True),
    m("pretax_profit|profit_before_tax", 89e6, "GBP", E, opt=True),
    m("buyback|share_buyback|cash_return", 50e6, "GBP", E, opt=True),
    m("final_dividend_growth|dividend_growth", 18, "%", E, opt=True),
], [])

E = "Microsoft"
Q = "FY2011Q1"
G["en05"] = ([
    m("revenue", 16.2e9, "USD", E, Q),
    m("revenue_consensus|revenue_estimate", 15.81e9, "USD", E, Q),
    m("revenue_growth", 25, "%", E, Q),
    m("eps_consensus|eps_estimate", 0.55, "USD", E, Q),
    m("eps", 0.62, "USD", E, Q),
    m("eps_growth", 55, "%", E, Q),
    m("operating_income|operating_profit", 7.12e9, "USD", E, Q),
    m("net_income|net_profit", 5.41e9, "USD", E, Q),
    m("operating_income_growth|operating_profit_growth", 59, "%", E, Q),
    m("net_income_growth|net_profit_growth", 51, "%", E, Q),
    m("revenue_deferral|deferred_revenue", 1.47e9, "USD", E, "FY2010Q1"),
    m("eps_impact|eps_dilution", -0.12, "USD", E, opt=True),
    m("net_income_growth|net_profit_growth", 16, "%", E, Q, basis="adjusted for the deferral"),
    m("eps_growth", 19, "%", E, Q, basis="adjusted for the deferral"),
], [])

E = "Toyota|Toyota Motor"
ISU = "Isuzu|Isuzu Motors|Toyota"
G["en06"] = ([
    m("operating_profit_growth", 44, "%", E),
    m("guidance_operating_profit|operating_profit_forecast", 2.2e12, "JPY", E),
    m("guidance_net_profit|net_profit_forecast", 1.55e12, "JPY", E),
    # forecast of three months earlier, stated in its own sentence -> separate rows
    m("guidance_operating_profit|operating_profit_forecast|previous_forecast", 1.9e12, "JPY", E),
    m("guidance_net_profit|net_profit_forecast|previous_forecast", 1.31e12, "JPY", E),
    m("vehicle_demand_forecast|vehicle_sales_forecast", 8.47e6, "units", E),
    m("vehicle_demand_forecast_change|vehicle_sales_forecast_change", 20000, "units", E),
    m("stake_shares|shares_bought", 100e6, "shares", ISU),
    m("stake|stake_pct", 5.9, "%", ISU),
    m("market_value|market_cap", 215e9, "USD", E),
], [])

# ---------------------------------------------------------------- analyst rating changes
G["en07"] = ([
    m("price", 150.61, "USD", "Brinker International|Brinker", opt=True),
    m("price", 234.22, "USD", "Applied Materials", opt=True),
    m("price", 36.81, "USD", "Imax|Imax Corp", opt=True),
    m("price", 183.03, "USD", "AvalonBay Communities|AvalonBay", opt=True),
    m("price", 16.05, "USD", "Mesoblast", opt=True),
], [
    ra("Citigroup|Citi", "Brinker International|Brinker", "upgrade", "buy", "neutral", target=176, prior_target=144, cur="USD"),
    ra("UBS", "Applied Materials", "upgrade", "buy", "neutral", target=285, prior_target=250, cur="USD"),
    ra("Goldman Sachs|Goldman", "Imax|Imax Corp", "upgrade", "neutral", "sell", target=34, prior_target=22, cur="USD"),
    ra("Barclays", "AvalonBay Communities|AvalonBay", "upgrade", "overweight", "equal-weight", target=216, prior_target=229, cur="USD"),
    ra("Jefferies", "Mesoblast", "upgrade", "buy", "hold"),
])

FH = "First Horizon National|First Horizon"
RBC = "RBC Capital Markets|RBC"
G["en08"] = ([
    m("price_change", -21, "%", "Nokia", opt=True),
    m("price", 4, "USD", "Nokia", opt=True),
    m("price_change", -25, "%", "Polycom", opt=True),
    m("price", 13.62, "USD", "Polycom", opt=True),
    m("price_change", -1, "%", "Amphenol", opt=True),
    m("implied_downside|downside", 8, "%", FH, opt=True),
    m("price_change", -4, "%", FH, opt=True),
], [
    ra("Barclays", "Nokia", "downgrade", "equal-weight", "overweight", target=4, cur="USD"),
    ra("Barclays", "Polycom", "downgrade", "equal-weight", "overweight", target=15, cur="USD"),
    ra(RBC, "Polycom", "cut_target", None, target=19, cur="USD"),
    ra("Keybanc Capital Markets|KeyBanc", "Amphenol", "downgrade", "hold", "buy"),
    ra(RBC, FH, "downgrade", "underperform", "market perform", target=9, cur="USD"),
    ra(RBC, "Intermune|InterMune", "downgrade", "sector perform", "outperform", target=17, cur="USD"),
])

A, NG, NT = "Apple", "Neogen|Neogen Corp", "NetApp"
G["en09"] = ([
    m("forward_pe|pe_ratio", 9.99, "x", A, opt=True),
    m("pe_ratio|forward_pe", 11.64, "x", A, opt=True),
    m("revenue|ttm_revenue", 233.72e9, "USD", A),
    m("roe|return_on_equity", 46.25, "%", A),
    m("market_cap", 598.25e9, "USD", A),
    m("price_change", -2.35, "%", A, opt=True),
    m("price_change", -1.11, "%", A, opt=True),
    m("consensus_target_price|median_target_price|target_price", 150.00, "USD", A),
    m("high_target_price|target_price", 200.00, "USD", A),
    m("price_change", -0.03, "USD", A, opt=True),
    m("price", 107.30, "USD", A, opt=True),
    m("intraday_range|price_range", None, "USD", NG, rng=(55.53, 58.99), opt=True),
    m("price_range_52w|price_range", None, "USD", NG, rng=(41.51, 62.70), opt=True),
    m("price_change", -2.97, "USD", NG, opt=True),
    m("price", 57.27, "USD", NG, opt=True),
    m("market_cap", 2.14e9, "USD", NG),
    m("price|record_high", 62.70, "USD", NG, opt=True),
    m("price", 26.33, "USD", NT, opt=True),
    m("price_change", -1.27, "USD", NT, opt=True),
    m("market_cap", 7.70e9, "USD", NT),
    m("dividend|annual_dividend", 0.72, "USD", NT),
    m("dividend_yield", 2.61, "%", NT),
], [
    ra("Cowen", A, "cut_target", "market perform", target=130, prior_target=135, cur="USD"),
    ra("Craig Hallum", NG, "downgrade", "hold", "buy"),
    ra(RBC, NT, "downgrade", "sector perform", "outperform", target=28, prior_target=38, cur="USD"),
    ra("MKM Partners", "F5 Networks", "cut_target", "neutral", target=107, prior_target=119, cur="USD"),
])

GS = "Goldman Sachs|Goldman"
GAL = "Galaxy Entertainment|GALAXY ENT"
KS = "Kuaishou|Kuaishou-W"
G["en10"] = ([
    m("ebitda", 3.6e9, "HKD", GAL, "2025Q2"),
    m("ebitda_growth_qoq|ebitda_growth", 8, "%", GAL, "2025Q2"),
    m("southbound_net_inflow|net_inflow", 2.35e9, "HKD", "Tencent"),
    m("southbound_net_inflow|net_inflow", 1.388e9, "HKD", "Alibaba|BABA-W"),
    m("southbound_net_inflow|net_inflow", 965e6, "HKD", KS),
    m("southbound_net_inflow|net_inflow", 801e6, "HKD", "China Shenhua"),
    m("southbound_net_inflow|net_inflow", 733e6, "HKD", "SMIC"),
    m("southbound_net_inflow|net_inflow", 705e6, "HKD", "Li Auto|Li Auto-W"),
    m("operating_profit_growth_forecast|operating_profit_growth", 17, "%", KS, "2025Q2", basis="non-GAAP"),
    m("sales_growth_forecast|revenue_growth", 12, "%", "WH Group", "2025Q2"),
    m("operating_profit_growth_forecast|operating_profit_growth", 4, "%", "WH Group", "2025Q2"),
    m("net_profit_growth|net_profit_growth_forecast", -8, "%", "WH Group", "2025Q2"),
], [
    ra(GS, "China Life", "downgrade", "neutral", "buy", target=21, prior_target=17.5, cur="HKD"),
    ra(GS, "Ping An", "raise_target", "buy", target=58, prior_target=51, cur="HKD"),
    ra(GS, "China Pacific Insurance|CPIC", "raise_target", "neutral", target=29, prior_target=23.5, cur="HKD"),
    ra(GS, "New China Life|NCI", "raise_target", "sell", target=26.5, prior_target=20.5, cur="HKD"),
    ra(GS, "China Taiping", "raise_target", "sell", target=11.8, prior_target=9.7, cur="HKD"),
    ra(GS, "PICC Group", "raise_target", "neutral", target=5.8, prior_target=5.3, cur="HKD"),
    ra(GS, "PICC Property & Casualty|PICC P&C", "maintain", "buy"),
    ra(GS, GAL, "raise_target", None, target=50.1, cur="HKD"),
    ra("UOB Kay Hian", GAL, "raise_target", "buy", target=45, cur="HKD"),
    ra("Nomura", KS, "raise_target", None, target=86, cur="HKD"),
    ra("UBS", "WH Group", "raise_target", "buy", target=8.5, cur="HKD"),
])

SC = "Standard Chartered Bank|Standard Chartered|StanChart"
HY, LK, FT = "Hysan Development|HYSAN DEV|Hysan", "Link REIT|LINK REIT", "Fortune REIT|FORTUNE REIT"
q = [(HY, -0.150, -0.409, 12.87e6, 38.922), (LK, 0.450, 0.979, 2.76e6, 1.951), (FT, -0.060, -0.844, 612.61e3, 5.687)]
G["en11"] = ([
    m("target_price_change", -15, "%", HY),
    m("target_price_change", 7, "%", LK),
] + [x for c, pc, pp, ss, sr in q for x in (
    m("price_change", pc, "HKD", c, opt=True), m("price_change", pp, "%", c, opt=True),
    m("short_selling_turnover", ss, "HKD", c, opt=True), m("short_selling_ratio", sr, "%", c, opt=True))], [
    ra(SC, HY, "downgrade", "in-line", target=36.3, cur="HKD"),          # printed "Lin-Line"
    ra(SC, LK, "raise_target", None, target=49.1, cur="HKD"),
    ra(SC, FT, "maintain", "outperform", target=7.62, cur="HKD"),
])

# ---------------------------------------------------------------- broker target table (HKD)
HKX = "HKEX|Hong Kong Exchanges and Clearing"
closes = [(HKX, 423.60), ("HSBC", 107.42), ("Xiaomi", 43.32), ("Tingyi", 11.86),
          ("Haitian Flavoring and Food|Haitian", 32.56), ("Vanke", 4.31), ("ConocoPhillips", 63.00), ("AIA", 79.60)]
G["en12"] = ([m("price|close_price", p, "HKD", c, opt=True) for c, p in closes], [
    ra(GS, HKX, "raise_target", "buy", target=562.00, prior_target=544.00, cur="HKD"),
    ra("Haitong Securities|Haitong", HKX, "raise_target", "buy", target=530.00, prior_target=521.00, cur="HKD"),
    ra("Citigroup|Citi", HKX, "raise_target", "buy", target=515.00, prior_target=510.00, cur="HKD"),
    ra("Morgan Stanley", HKX, "maintain", "market perform", target=508.00, cur="HKD"),
    ra("Societe Generale|SocGen", "HSBC", "cut_target", "outperform", target=119.52, prior_target=121.27, cur="HKD"),
    ra("CITIC Securities|CITIC", "Xiaomi", "cut_target", "buy", target=67.00, prior_target=72.00, cur="HKD"),
    ra("Macquarie", "Tingyi", "upgrade", "outperform", "neutral", target=14.70, prior_target=10.30, cur="HKD"),
    ra("Haitong Securities|Haitong", "Haitian Flavoring and Food|Haitian", "raise_target", "hold", target=37.80, prior_target=36.50, cur="HKD"),
    ra(GS, "Vanke", "cut_target", "sell", target=4.20, prior_target=4.70, cur="HKD"),
    ra("Huatai", "ConocoPhillips", "raise_target", "buy", target=91.08, prior_target=90.89, cur="HKD"),
    ra("JPMorgan|J.P. Morgan", "AIA", "raise_target", "overweight", target=107.00, prior_target=105.00, cur="HKD"),
    ra("Credit Suisse", "AIA", "raise_target", "buy", target=91.00, prior_target=81.00, cur="HKD"),
])

# ---------------------------------------------------------------- central banks
BOE = "Bank of England|BoE|UK"
ECB = "European Central Bank|ECB|euro zone"
G["en13"] = ([
    m("rate_change", -1.5, "pp", BOE),
    m("rate|bank_rate", 3, "%", BOE),
    m("rate_change_expected|rate_change_priced_in", -75, "bp", BOE),
    m("rate_change_consensus|rate_change_forecast", -0.5, "pp", BOE),
    m("rate_change", -2, "pp", BOE, "1981", opt=True),                  # historic comparison
    m("rate_change", -0.5, "pp", BOE, opt=True),                         # "more than half a percentage point" threshold
    m("rate_change", -0.5, "pp", ECB),
    m("rate|key_lending_rate", 3.25, "%", ECB),
], [])

FED = "Federal Reserve|Fed|US"
G["en14"] = ([
    m("rate_change", -25, "bp", FED, opt=True),                          # headline repeat
    m("rate_change", -25, "bp", FED),
    m("rate|fed_funds_rate", None, "%", FED, rng=(2, 2.25)),
    m("ioer|interest_on_excess_reserves|rate", 2.10, "%", FED, prior=2.35),
    m("rate|fed_funds_rate", None, "%", FED, rng=(2, 2.25), opt=True),   # statement restates "2 to 2-1/4 percent"
    m("inflation_target|inflation_objective", 2, "%", FED, opt=True),
], [])

RBA = "Reserve Bank of Australia|RBA|Australia"
G["en15"] = ([
    m("rate|cash_rate", 3.85, "%", RBA, opt=True),                       # headline repeat
    m("rate|cash_rate", 3.85, "%", RBA, prior=4.1),
    m("rate_change", -25, "bp", RBA),
    m("inflation_forecast|trimmed_mean_inflation_forecast", 2.6, "%", RBA),
    m("inflation_forecast_revision|forecast_revision", -10, "bp", RBA),
    m("cash_rate_assumption", 4, "%", RBA, opt=True),
    m("unemployment_rate_forecast|unemployment_forecast", 4.3, "%", RBA),
    m("unemployment_forecast_revision|forecast_revision", 10, "bp", RBA),
    m("gdp_growth_forecast", 1.8, "%", RBA),
    m("gdp_growth_forecast", 2.1, "%", RBA),
    m("gdp_growth_forecast_revision|forecast_revision", -20, "bp", RBA),
    m("gdp_growth_forecast_revision|forecast_revision", -30, "bp", RBA),
], [])

# ---------------------------------------------------------------- market wraps
SP, DJ, NQ, RU = "S&P 500|Standard & Poor's 500", "Dow Jones industrial average|Dow", "Nasdaq composite|Nasdaq", "Russell 2000"
WTI, BR = "US crude|WTI|crude oil|benchmark US crude", "Brent|Brent crude"
G["en16"] = ([
    m("index_change", -4.78, "points", SP), m("index_change", -0.2, "%", SP), m("index_level", 2373.47, "points", SP),
    m("index_change", -8.76, "points", DJ), m("index_level", 20905.86, "points", DJ),
    m("index_change", 0.53, "points", NQ), m("index_level", 5901.53, "points", NQ),
    m("index_change", -7.43, "points", RU), m("index_change", -0.5, "%", RU), m("index_level", 1384.10, "points", RU),
    m("yield|bond_yield", 2.46, "%", "10-year Treasury|US 10-year Treasury note", prior=2.50),
    m("price_change", -1.04, "USD", "Wells Fargo"), m("price_change", -1.8, "%", "Wells Fargo"),
    m("price|close_price", 57.63, "USD", "Wells Fargo"),
    m("price_change", -0.92, "USD", "Synchrony Financial|Synchrony"), m("price_change", -2.6, "%", "Synchrony Financial|Synchrony"),
    m("price|close_price", 34.20, "USD", "Synchrony Financial|Synchrony"),
    m("fx_rate|price", 1.2350, "USD", "GBP/USD|British pound|pound", prior=1.2396),
    m("fx_change|price_change", -20, "%", "GBP/USD|British pound|pound"),
    m("fx_rate", 112.58, "JPY", "USD/JPY|dollar", prior=112.70),
    m("fx_rate", 1.0733, "USD", "EUR/USD|euro", prior=1.0743),
    m("price_change", -0.56, "USD", WTI), m("price_change", -1.1, "%", WTI), m("price|oil_price", 48.22, "USD", WTI),
    m("price_change", -0.14, "USD", BR), m("price|oil_price", 51.62, "USD", BR),
    m("price_change", 0.01, "USD", "wholesale gasoline|gasoline"), m("price", 1.61, "USD", "wholesale gasoline|gasoline"),
    m("price_change", 0.01, "USD", "heating oil"), m("price", 1.51, "USD", "heating oil"),
], [])

US = "US|United States"
T10, T2 = "10-year Treasury|US 10-year Treasury", "2-year Treasury|two-year Treasury|US 2-year Treasury"
GOLD, WTI2 = "gold|gold futures", "WTI|West Texas Intermediate|crude oil"
G["en17"] = ([
    m("index_change", -0.5, "%", "Nasdaq Composite|Nasdaq"), m("index_level", 22461.91, "points", "Nasdaq Composite|Nasdaq"),
    m("index_change", -0.4, "%", "S&P 500"), m("index_level", 6633.91, "points", "S&P 500"),
    m("index_change", -0.4, "%", "Dow Jones Industrial Average|Dow"), m("index_level", 46117.4, "points", "Dow Jones Industrial Average|Dow"),
    m("yield_change", 3.1, "bp", T10), m("yield|bond_yield", 4.14, "%", T10),
    m("yield_change", 3.2, "bp", T2), m("yield|bond_yield", 3.6, "%", T2),
    m("price_change", -1.69, "%", GOLD), m("price|gold_price", 3751.3, "USD", GOLD),
    m("price_change", 2.2, "%", WTI2), m("price|oil_price", 64.84, "USD", WTI2),
    m("new_home_sales", 800000, "homes", US, "2025-08", prior=664000),
    m("new_home_sales_growth", 20.5, "%", US, "2025-08"),
    m("new_home_sales_consensus|new_home_sales_estimate", 650000, "homes", US, "2025-08"),
    m("mortgage_applications_change", 0.6, "%", US),
    m("crude_inventories_change|crude_inventory_change", -600000, "barrels", US),
    m("crude_inventories_change_consensus|crude_inventory_change_estimate", 800000, "barrels", US),
    m("price_change", -16, "%", "Freeport-McMoRan|Freeport"),
], [])

HSI = "Hang Seng Index|Hang Seng|HSI"
HSCE = "Hang Seng China Enterprises Index|China Enterprises Index|HSCE|HSCEI"
FIN = "Hang Seng financial sub-index|HSI financial sub-index|financial sector"
PROP = "Hang Seng property sub-index|HSI property sub-index|property sector"
G["en18"] = ([
    m("index_change", 0.3, "%", HSI, opt=True),                          # summary bullets (rounded repeats)
    m("index_change", 0.6, "%", HSCE, opt=True),
    m("index_change", 0.6, "%", FIN, opt=True),
    m("index_change", -1, "%", PROP, opt=True),
    m("price_change", 2, "%", "HKEx|Hong Kong Exchanges and Clearing|HKEX"),
    m("index_change", 78.66, "points", HSI), m("index_change", 0.25, "%", HSI), m("index_level", 31983.41, "points", HSI),
    m("index_change", 0.64, "%", HSCE), m("index_level", 12868.78, "points", HSCE),
    m("index_change", -1.3, "%", "Hang Seng energy sub-index|energy sector"),
    m("index_change", 0.71, "%", "Hang Seng IT sub-index|IT sector"),
    m("index_change", 0.6, "%", FIN),
    m("index_change", -1.01, "%", PROP),
    m("price_change", 5.3, "%", "China Mengniu Dairy|Mengniu"),
    m("price_change", -5.51, "%", "Country Garden|Country Garden Holdings"),
    m("index_change", 0.26, "%", "Shanghai Composite Index|Shanghai Composite"),
    m("index_level", 3445.3578, "points", "Shanghai Composite Index|Shanghai Composite"),
    m("index_change", -0.23, "%", "CSI300|CSI 300"),
    m("index_change", -0.07, "%", "MSCI Asia ex-Japan|MSCI's Asia ex-Japan stock index"),
    m("index_change", -0.35, "%", "Nikkei|Nikkei 225"),
    m("fx_rate", 6.4327, "CNY", "USD/CNY|yuan", prior=6.4369),
    m("fx_change", 0.07, "%", "USD/CNY|yuan"),
    m("index_change_ytd|index_change", 6.64, "%", HSI),
    m("index_change_ytd|index_change", 9.2, "%", "H-share index|" + HSCE),
    m("index_change_mtd|index_change", 6.64, "%", HSI),
    m("price_change", 7.32, "%", "CITIC Securities"),
    m("price_change", 5.88, "%", "China Galaxy Securities|Galaxy Securities"),
    m("price_change", 4.28, "%", "Haitong Securities|Haitong"),
], [])

# pence are scaled to pounds (513.5p -> 5.135 GBP), as cents are scaled to dollars
SH = "Royal Dutch Shell|Shell"
G["en19"] = ([
    m("price_change", -2.8, "%", BR), m("price|oil_price", 67.06, "USD", BR),
    m("price_change", -0.146, "GBP", "BP"), m("price|close_price", 5.135, "GBP", "BP"),
    m("price_change", -0.54, "GBP", SH), m("price|close_price", 23.775, "GBP", SH),
    m("index_change", 0.68, "points", "FTSE 100"), m("index_change", 0.01, "%", "FTSE 100"),
    m("index_level", 7053.76, "points", "FTSE 100"),
    m("fx_change|price_change", 0.77, "%", "GBP/EUR|sterling|pound"), m("fx_rate", 1.154, "EUR", "GBP/EUR|sterling|pound"),
    m("fx_change|price_change", 1.4, "%", "GBP/USD|sterling|pound"), m("fx_rate", 1.303, "USD", "GBP/USD|sterling|pound"),
    m("price_change", 7.8, "%", "Vodafone"), m("price|close_price", 1.556, "GBP", "Vodafone"),
    m("cost_cut_target|cost_savings_target", 1e9, "GBP", "Vodafone", "2021"),
    m("price_change", -2.1, "%", "Interserve"), m("price|close_price", 0.385, "GBP", "Interserve"),
    m("price_change", 0.122, "GBP", "Melrose"), m("price|close_price", 1.771, "GBP", "Melrose"),
    m("price_change", -0.174, "GBP", "Wood Group"), m("price|close_price", 6.502, "GBP", "Wood Group"),
], [])

# ---------------------------------------------------------------- M&A and IPO
E = "Acacia|Acacia Communications|Cisco"
G["en20"] = ([
    m("deal_value|offer_value", 4.5e9, "USD", E, opt=True),             # headline
    m("offer_price", 115, "USD", E, opt=True),                          # summary bullets
    m("premium|offer_premium", 33, "%", E, opt=True),
    m("previous_deal_value|deal_value", 2.84e9, "USD", E, opt=True),
    m("deal_value|offer_value", 4.5e9, "USD", E),
    m("offer_price", 115, "USD", E),
    m("premium|offer_premium", 33, "%", E),
    m("previous_deal_value|deal_value", 2.84e9, "USD", E),             # earlier offer, own sentence
    m("price_change", 31.5, "%", "Acacia|Acacia Communications"),
    m("price_change", -0.5, "%", "Cisco|Cisco Systems"),
], [])

W = "Worldpay|Worldpay Group"
G["en21"] = ([
    m("ipo_price|offer_price", 2.40, "GBP", W, opt=True),               # headline (240p)
    m("valuation|market_cap", 4.8e9, "GBP", W, opt=True),
    m("ipo_price|offer_price", 2.40, "GBP", W),
    m("valuation|market_cap", 4.8e9, "GBP", W),
    m("valuation|market_cap", 2.3e9, "GBP", "Auto Trader"),
    m("ipo_price_range|ipo_price", None, "GBP", W, rng=(2.35, 2.50), prng=(2.25, 2.60)),
    m("funds_raised|ipo_proceeds", 2.16e9, "GBP", W),
    m("funds_raised|ipo_proceeds", 2.48e9, "GBP", W),
    m("company_proceeds|funds_raised", 947.8e6, "GBP", W),
    m("owner_stake|stake", 49, "%", W, opt=True),
    m("sale_price|deal_value", 2e9, "GBP", W, opt=True),              # RBS sale five years earlier
], [])

F = "Ferro"
G["en22"] = ([
    m("price_change", 22, "%", F),
    m("offer_price", 22, "USD", F),
    m("deal_value|enterprise_value", 2.1e9, "USD", F),
    m("ev_ebitda|deal_multiple|ebitda_multiple", 12.4, "x", F),
    m("premium|offer_premium", 25.1, "%", F),
    m("premium_to_vwap|offer_premium", 33.8, "%", F),
    m("revenue|net_sales", 288.4e6, "USD", F),
    m("revenue_growth|net_sales_growth", 14.3, "%", F),
    m("revenue_surprise|revenue_beat", 28e6, "USD", F),
    m("eps", 0.22, "USD", F),
    m("eps_growth", 15.8, "%", F),
    m("eps_surprise|eps_beat", 0.01, "USD", F),
    m("price", 21.50, "USD", F, opt=True),
], [])

# ---------------------------------------------------------------- macro data
G["en23"] = ([
    m("payrolls|nonfarm_payrolls", 130000, "jobs", US),
    m("payrolls|nonfarm_payrolls", 159000, "jobs", US, prior=164000),    # previous month, revised from 164,000
    m("government_payrolls|federal_employment_change", 28000, "jobs", US),
    m("census_temporary_hires", 25000, "workers", US, opt=True),
    m("private_payrolls", 96000, "jobs", US),
    m("healthcare_payrolls|sector_payrolls", 24000, "jobs", "US health care|US"),
    m("financial_payrolls|sector_payrolls", 15000, "jobs", "US financial activities|US"),
    m("mining_payrolls|sector_payrolls", -6000, "jobs", "US mining|US"),
    m("unemployment_rate", 3.7, "%", US),
    m("payrolls_consensus|payrolls_estimate", 158000, "jobs", US),
    m("unemployment_rate_consensus|unemployment_rate_estimate", 3.7, "%", US),
    m("participation_rate|labor_force_participation_rate", 63.2, "%", US, prior=63),
    m("average_hourly_earnings_growth_mom|wage_growth_mom", 0.4, "%", US),
    m("average_hourly_earnings_change", 0.11, "USD", US),
    m("average_hourly_earnings", 28.11, "USD", US),
    m("average_hourly_earnings_growth_mom|wage_growth_mom", 0.3, "%", US),            # July, own clause
    m("average_hourly_earnings_growth_mom_consensus|wage_growth_mom_estimate", 0.3, "%", US),
    m("average_hourly_earnings_growth|wage_growth", 3.2, "%", US),
    m("average_hourly_earnings_growth|wage_growth", 3.3, "%", US, prior=3.2),        # July, revised from 3.2
    m("average_workweek_change", 0.1, "hours", US),
    m("average_workweek", 34.4, "hours", US),
], [])

CN = "China"
G["en24"] = ([
    m("cpi|cpi_yoy", 0.4, "%", CN),
    m("cpi|cpi_yoy", -0.2, "%", CN),                                    # February, own sentence
    m("food_price_inflation|food_prices", -0.7, "%", CN),
    m("cpi_contribution", -0.12, "pp", "China food prices|China"),
    m("carryover_effect|cpi_contribution", -0.6, "pp", CN),
    m("new_price_effect|cpi_contribution", 1, "pp", CN),
    m("cpi_mom", -0.5, "%", CN),
    m("food_price_mom|food_prices", -3.6, "%", CN),
    m("ppi|ppi_yoy", 4.4, "%", CN, prior=1.7),
    m("ppi_mom", 1.6, "%", CN),
    m("sectors_surveyed", 40, "sectors", CN, opt=True),
    m("sectors_with_price_increase", 30, "sectors", CN, opt=True),
    m("sectors_with_price_drop", 6, "sectors", CN, opt=True),
    m("sectors_unchanged", 4, "sectors", CN, opt=True),
    m("ppi_mom|sector_ppi_mom", 9.8, "%", "China oil and natural gas extraction|China"),
    m("ppi_average|ppi_yoy", 2.1, "%", CN),
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
            out.write(json.dumps({"source": src[k], "lang": "en", "text_file": f"texts/{k}.txt",
                                  "metrics": mets, "rating_actions": ras}, ensure_ascii=False) + "\n")
    print("wrote", len(G), "passages")

if __name__ == "__main__":
    main()
