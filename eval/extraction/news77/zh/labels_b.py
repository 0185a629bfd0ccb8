# Hand labels for news77/zh, batch b (zh07-zh12; all six Traditional Chinese, from Hong Kong and Taiwan outlets, one of
# them on Macau): 巴士的報 (bastillepost.com) on 膳源控股's first day of trading, 自由時報 (ec.ltn.com.tw) on Taiwan's January
# consumer prices, 香港01 (hk01.com 財經快訊) on 中銀香港's 2024 results, Yahoo奇摩新聞 (tw.news.yahoo.com) on the Taiwan
# close of 23 January, 香港商報 (hkcd.com) on Macau's November 2020 gaming revenue with the gaming stocks, and 星島
# (std.stheadline.com 即時 財經) on 富智康's first-quarter profit warning and the share's fall; see batch_b.md.
# The functions m() and ra() are supplied by build_labels.py.
# The passages were labelled by hand from the six texts alone: no project code was run except build_labels.py at the end
# (no extractor, no newsflow, no pytest, no .venv, no eval/extraction/news_text.py), no extractor output was seen, and no
# extractor code, plugin, test, docs page, gold.jsonl or other batch's file was opened; unit and metric words were checked
# against the earlier sets' labels_*.py files (grep: "ipo_price|offer_price", "net_proceeds", "oversubscription",
# "store_target" / "new_stores", "offer_share_pct", "\"Q1\"", "price_change"; news76 zh labels_b.py read whole; news10 zh15
# and news26 zh08 (Hong Kong first-day trading), news59 zh10 and news42 zh10 (Taiwan CPI releases), news32 zh07 and news36
# zh07 (中銀香港's results), news19 zh12 and news40 zh12 (Taiwan closes on Yahoo), news18 zh11, news27 zh09 and news22 zh09
# (Macau gaming revenue), news43 zh07, news71 zh11 and news39 zh09 (profit warnings and alerts, a share's move on a warning),
# news13 zh07 (首季 without a year -> "Q1") and news14 zh11's clawback share (offer_share_pct) read as precedents).
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/README.md, zh/README.md,
# score.py), news76/zh README.md and labels_*.py, with the precedents named above and below.
# Currency: 元 / 億元 for Hong Kong-listed shares and a Hong Kong IPO = HKD (zh07; 中銀香港 in zh09; the six gaming stocks in
# zh11; 富智康's quote and turnover in zh12); 億澳門元 = MOP (zh11); 元 / 億元 in a Taiwan market close = TWD (zh10); 美元 /
# 億美元 = USD and 億港元 = HKD (zh12); zh08 prints only percentages and counts.
# Values fully scaled (2.43億元 -> 2.43e8; 7,180萬元 -> 7.18e7; 712.53億元 -> 7.1253e10; 41,944.08億元 -> 4.194408e12; 7944億元
# -> 7.944e11; 232.08億元 -> 2.3208e10; 67.48億澳門元 -> 6.748e9; 526.23億澳門元 -> 5.2623e10; 30.44億美元 -> 3.044e9;
# 6900萬美元 -> 6.9e7); 個百分點 -> "pp"; 個基點 -> "bp"; 倍 (oversubscription) -> "x".
# Declines negative (跌, 下跌, 急挫, 再跌, 走低, 蝕, 減少, 賣超, 倒貨); net selling is a negative net buy.
# Periods only where the text states or clearly implies the year: zh07 None (今日 / 今年7月, no year printed); zh08 None (1月 /
# 2月, no year printed; the month in basis); zh09 FY2024 (去年, with 2024年末 and 2025年起 printed) and 2024-12-31 for the
# year-end balances and ratios; zh10 None (23日 / 21日, no year printed); zh11 2020-11 and 2020-01..11 (the printed dateline
# 2020-12-01), None for the share quotes; zh12 "Q1" (首季, no year printed), None for the share move and 去年.


# zh07: a Hong Kong IPO's first day of trading (巴士的報 bastillepost.com 香港; Traditional with half-width "," and "(" as
# printed, 「」 kept; the stored text prints no headline (the address carries one) and none was composed; the photo caption
# "膳源主席黃志堅。(左)" left out as page furniture; the misprint 手績費 (for 手續費) kept; whole stored item otherwise).
# Key (no year printed -> period None): offer price 2元 (printed twice: 發售定價 and 最終以2元定價 -> one row); first-day close
# 3.51元 and +75.5% vs the offer price; turnover 2.43億元; the price range 1.67至2.15元 (rng); net proceeds 7,180萬元; public-offer
# oversubscription 115.38倍; the plan of 18 new branches within two years.
# Optional (news10 zh15 / news26 zh08: per-lot paper gains, lot sizes, one-lot success rates, intraday figures and the
# lead's bounds; news14 zh11's post-clawback public-offer share): the lead's 收市高出逾75% (bound of the 75.5%); the lot size 2,000股; the paper
# gain per lot 3,020元 and the two comparison IPOs' per-lot gains (中國優質能源 4,680元, HSSP 2,500元); the open 3.06元 with
# +1.06元 / +53%; the intraday low 2.69元 and high 3.64元 with +82%; the one-lot success rate 100%; the post-clawback public
# offer share 50%.
# Judgement calls: the open is the first trade of the day and is treated as intraday (news76 zh07's 高開 optional), the
# close being printed; "兩年內開18間分店" is a company target in stores (store_target, news-set vocabulary) with no year;
# 第二 / 第三 (ranks of the per-lot gains), 兩年 (span) and the stock codes give no rows; "國際配售獲輕微超額認購" carries no
# figure.
SY7 = "膳源控股|膳源|1632|01632"
PX7 = "price|share_price|close"
G["zh07"] = ([
    m("first_day_gain|price_change", None, "%", SY7, None, rng=(75, None), opt=True,
      basis="lead, 股價收市高出逾75% (bound of the close's 75.5%)"),
    m("lot_size", 2000, "shares", SY7, None, opt=True, basis="每手2,000股"),
    m("paper_gain_per_lot", 3020, "HKD", SY7, None, opt=True, basis="每手帳面大賺, before fees and commission"),
    m("paper_gain_per_lot", 4680, "HKD", "中國優質能源|1573|01573", None, opt=True,
      basis="first-day gain per lot of an earlier IPO (今年7月上市), the year's best"),
    m("paper_gain_per_lot", 2500, "HKD", "HSSP|3626|03626", None, opt=True, basis="first-day gain per lot, third"),
    m(PX7 + "|opening_price", 3.06, "HKD", SY7, None, opt=True, basis="open (開市)"),
    m("ipo_price|offer_price", 2, "HKD", SY7, None, basis="發售定價 / 最終定價 (printed twice)"),
    m("price_change", 1.06, "HKD", SY7, None, opt=True, basis="open vs offer price"),
    m("first_day_gain|price_change", 53, "%", SY7, None, opt=True, basis="open vs offer price"),
    m(PX7, 2.69, "HKD", SY7, None, opt=True, basis="intraday low"),
    m("first_day_gain|price_change", 82, "%", SY7, None, opt=True, basis="intraday, 最多升82%"),
    m(PX7, 3.64, "HKD", SY7, None, opt=True, basis="intraday high"),
    m(PX7, 3.51, "HKD", SY7, None, basis="first-day close (全日收報)"),
    m("first_day_gain|price_change", 75.5, "%", SY7, None, basis="first-day close vs offer price"),
    m("turnover", 2.43e8, "HKD", SY7, None, basis="first day"),
    m("store_target|new_stores|stores", 18, "stores", SY7, None, basis="plan: 兩年內開設18間分店"),
    m("ipo_price|offer_price", None, "HKD", SY7, None, rng=(1.67, 2.15), basis="price range (招股價介乎)"),
    m("net_proceeds|ipo_proceeds", 7.18e7, "HKD", SY7, None, basis="集資淨額"),
    m("one_lot_success_rate|allotment_rate", 100, "%", SY7, None, opt=True, basis="一手中籤比率"),
    m("oversubscription|subscription_multiple", 115.38, "x", SY7, None, basis="Hong Kong public offer"),
    m("offer_share_pct", 50, "%", SY7, None, opt=True, basis="public offer after clawback (回撥至50%)"),
], [])


# zh08: Taiwan's monthly consumer-price release (自由時報 ec.ltn.com.tw 即時新聞 財經; Traditional, full-width punctuation
# with the mix of half-width "%" and full-width "％" as printed, the stray spaces in "中， 雜項類", "續漲 3.08％" and
# "及 2.53％" kept; the photo caption "主計總處公布1月CPI年增率0.69%、創5年新低，其中蔬菜下跌近1成。（記者鄭琪芳攝）" (its 1,
# 0.69, 5 and 1 twins of the body's figures) and the byline 〔記者鄭琪芳／台北報導〕 left out; no headline in the stored
# text and none composed; the stored text breaks off inside the sentence "至於行政院穩定物價小組關注的17項重要民生物資，1月平均
# 年漲3.12%、為23個月最大漲幅，其", so the passage ends with the paragraph before it (its 17, 1, 3.12 and 23 dropped)).
# Key (1月, no year printed -> period None with the month in basis, news59 zh10): CPI +0.69% yoy; the 17 staples' average
# +3.1%; 雞蛋 +18.31%; the bureau's February estimate of 約2%; core CPI +1.24%; groups and items: 雜項類 +1.99% (個人隨身用品
# +17.22%, 個人照顧服務費 -11.15%), 居住類 +1.82% (房租 +1.99%, 家庭管理費用 +2.05%, 電費 +5.6%, 燃氣 +7.06%), 食物類 +1.16%
# (外食費 +3.08%, 蛋類 +15.09%, 肉類 +4.93%, 穀類及其製品 +2.53%, 蔬菜 -9.69%, 水果 -8.12%).
# Optional: the second printing of 0.69％; the spans and streaks (5年來新低, 連續9個月低於2% with the 2% ceiling, 近2年來最大,
# 33個月以來最大, 近2年半來首度低於2% for 房租 with its 2% ceiling); the 1-2月 average "在1.5%以下" (a ceiling on a forecast);
# the item-group tally (368 groups, 5 out-of-season fruits, 218 / 5 / 140 items with weights 68.4 / 0.4 / 31.1 %, secondary
# detail of the release, news42 zh10) and the 7 groups (count).
# Judgement calls: the February figure is the bureau's estimate (basis forecast, 約X -> X); "依次" / "分別" map in order; 金飾、
# 珠寶 are the examples of 個人隨身用品 and go into its aliases; every item takes the CPI as alias (news59 zh10); 雜項類 and
# 房租 both print 1.99％ and are two rows of their own; 去年1月 is the base, not labelled.
CPI8 = "消費者物價指數|CPI|消費者物價|Taiwan CPI|台灣|Taiwan|主計總處"
CORE8 = "核心CPI|core CPI|核心消費者物價指數|" + CPI8
STA8 = "17項重要民生物資|重要民生物資|民生物資|17 key staples|staples|" + CPI8
YOY8 = "cpi_yoy|inflation|cpi_change|cpi_inflation|cpi_growth"
IT8 = "price_change|cpi_component_change|cpi_change|inflation"
M8 = "1月 (January, no year printed)"


def it8(name, alias, v, what, base=CPI8, opt=False):
    return m(IT8, v, "%", name + "|" + alias + "|" + base, None, opt=opt, basis=M8 + ", " + what)


G["zh08"] = ([
    m(YOY8, 0.69, "%", CPI8, None, basis=M8 + ", yoy (年增率)"),
    m("years|low_since", 5, "years", CPI8, None, opt=True, basis="5年來新低"),
    m("months|streak", 9, "months", CPI8, None, opt=True, basis="連續9個月低於2%"),
    m(YOY8, None, "%", CPI8, None, rng=(None, 2), opt=True, basis="below the 2% threshold (9 months)"),
    m(IT8 + "|cpi_yoy", 3.1, "%", STA8, None, basis=M8 + ", 17項重要民生物資 平均年增幅"),
    m("years|period_length", 2, "years", STA8, None, opt=True, basis="近2年來最大漲幅"),
    it8("雞蛋", "eggs", 18.31, "staple, yoy, 上漲 (low base)", STA8),
    m("months|period_length", 33, "months", "雞蛋|eggs|" + STA8, None, opt=True, basis="33個月以來最大漲幅"),
    m(YOY8 + "|cpi_forecast", 2, "%", CPI8, None, basis="2月 (February) estimate by 主計總處, 約2% (農曆春節)"),
    m(YOY8 + "|cpi_forecast", None, "%", CPI8, None, rng=(None, 1.5), opt=True,
      basis="1-2月 average, estimate, 在1.5%以下 (ceiling)"),
    m(YOY8, 0.69, "%", CPI8, None, opt=True, basis="second printing, 比上年同月上漲0.69％"),
    m("core_cpi_yoy|core_cpi|core_inflation|" + YOY8, 1.24, "%", CORE8, None,
      basis=M8 + ", excluding fruit, vegetables and energy, yoy"),
    m("items|count", 368, "items", CPI8, None, opt=True, basis="368個查價項目群"),
    m("items|count", 5, "items", "非產季水果|out-of-season fruit|" + CPI8, None, opt=True, basis="excluded this month"),
    m("items|count", 218, "items", CPI8, None, opt=True, basis="items rising"),
    m("weight|cpi_weight", 68.4, "%", CPI8, None, opt=True, basis="weight of the rising items"),
    m("items|count", 5, "items", CPI8, None, opt=True, basis="items unchanged"),
    m("weight|cpi_weight", 0.4, "%", CPI8, None, opt=True, basis="weight of the unchanged items"),
    m("items|count", 140, "items", CPI8, None, opt=True, basis="items falling"),
    m("weight|cpi_weight", 31.1, "%", CPI8, None, opt=True, basis="weight of the falling items"),
    m("groups|count", 7, "groups", CPI8, None, opt=True, basis="7大類指數"),
    it8("雜項類", "miscellaneous", 1.99, "group, yoy (年漲), largest"),
    it8("個人隨身用品", "金飾|珠寶|金飾及珠寶|personal effects|jewellery", 17.22, "yoy, 漲 (gold price)"),
    it8("個人照顧服務費", "personal care services", -11.15, "yoy, 跌"),
    it8("居住類", "housing", 1.82, "group, yoy"),
    it8("房租", "rent", 1.99, "yoy, 漲"),
    m("years|period_length", 2.5, "years", "房租|rent|" + CPI8, None, opt=True, basis="近2年半來首度低於2%"),
    m(IT8, None, "%", "房租|rent|" + CPI8, None, rng=(None, 2), opt=True, basis="below 2% (first time in 2.5 years)"),
    it8("家庭管理費用", "household management fees", 2.05, "yoy (依次, first)"),
    it8("電費", "electricity", 5.6, "yoy (依次, second)"),
    it8("燃氣", "gas|fuel gas", 7.06, "yoy (依次, third)"),
    it8("食物類", "food", 1.16, "group, yoy"),
    it8("外食費", "food away from home|eating out", 3.08, "yoy, 續漲"),
    it8("蛋類", "eggs", 15.09, "yoy, 上漲 (low base)"),
    it8("肉類", "meat", 4.93, "yoy (依次, first)"),
    it8("穀類及其製品", "cereals and products|cereals", 2.53, "yoy (依次, second)"),
    it8("蔬菜", "vegetables", -9.69, "yoy, 下跌 (分別, first)"),
    it8("水果", "fruit", -8.12, "yoy, 下跌 (分別, second)"),
], [])


# zh09: a Hong Kong bank's annual results (香港01 hk01.com 財經快訊; Traditional with half-width "," and "(" as printed, the
# stray spaces in "1.01 個百分點" and "為 24.55%" kept; the byline lines "撰文:顧慧宇" and "出版:更新:" left out; the headline kept,
# reworded (中銀香港去年盈利增16.8% 末期息1.419元 擬今年起派發季度息 -> 中銀香港去年多賺16.8% 派末期息1.419元 擬由今年起改派
# 季度息); the sub-heading kept, reworded (淨利息收入增8% -> 淨利息收入升8%); the misprint "指山" (for 指出, no figure) not kept;
# whole stored item otherwise).
# Key (FY2024; year-end figures 2024-12-31): net operating income before impairment allowances 712.53億元 (+8.8%), profit for
# the year 391.18億元 (+12.2%) (依次, in order); profit attributable to shareholders 382.33億元 (+16.8%); ROE 11.61% (+1.01 pp);
# final dividend 1.419元; full-year dividend 1.989元 (+19%); payout ratio 55% (+1 pp); total assets 41,944.08億元 (+8.4% vs
# end-2023); customer deposits 27,242.21億元 (+8.8%); customer loans 16,768.86億元; loan-to-deposit ratio 61.55% (-6.44 pp);
# NIM 1.64% after the FX-swap adjustment (+1 bp); NII 588.56億元 (+8%); net fee and commission income 98.93億元 (+7.9%); total
# capital ratio 22%; tier-1 and CET1 ratios both 20.02%; cost-to-income ratio 24.55%; impaired-loan ratio 1.05%.
# Optional: the headline's 16.8% and 1.419元 and the sub-heading's 8% (twins of the body's figures).
# Judgement calls: 元 = HKD (news32 / news36 zh07); "去年" is 2024 (2024年末 and 2025年起 are printed) -> FY2024; the capital
# and balance-sheet ratios are year-end levels (2024-12-31); "同為20.02%" gives one row per ratio; no prior levels are
# derived from a level and its change (news32 zh07); the quarterly dividend from 2025 carries no figure; 2388 gives no row.
BOC9 = "中銀香港|中銀香港(控股)|中銀|BOC Hong Kong|BOCHK|BOC Hong Kong (Holdings)|2388|02388"
F9, YE9 = "FY2024", "2024-12-31"
G["zh09"] = ([
    m("net_profit_growth|attributable_profit_growth|profit_growth", 16.8, "%", BOC9, F9, opt=True, basis="headline twin"),
    m("final_dividend|dividend|dividend_per_share|dps", 1.419, "HKD", BOC9, F9, opt=True, basis="headline twin"),
    m("operating_income|net_operating_income|revenue", 7.1253e10, "HKD", BOC9, F9,
      basis="提取減值準備前之淨經營收入"),
    m("operating_income_growth|net_operating_income_growth|revenue_growth", 8.8, "%", BOC9, F9, basis="yoy (依次, first)"),
    m("net_profit|profit_for_the_year|profit", 3.9118e10, "HKD", BOC9, F9, basis="年度溢利"),
    m("net_profit_growth|profit_growth", 12.2, "%", BOC9, F9, basis="yoy (依次, second), 年度溢利"),
    m("net_profit|attributable_profit|profit_attributable", 3.8233e10, "HKD", BOC9, F9, basis="股東應佔溢利"),
    m("net_profit_growth|attributable_profit_growth|profit_growth", 16.8, "%", BOC9, F9, basis="yoy, 股東應佔溢利"),
    m("roe|return_on_equity|average_roe", 11.61, "%", BOC9, F9, basis="平均股東權益回報率"),
    m("roe_change|return_on_equity_change", 1.01, "pp", BOC9, F9, basis="yoy"),
    m("final_dividend|dividend|dividend_per_share|dps", 1.419, "HKD", BOC9, F9, basis="末期股息, per share, proposed"),
    m("dividend|total_dividend|dividend_per_share|dps", 1.989, "HKD", BOC9, F9, basis="full year, interim + final"),
    m("dividend_growth|dps_growth", 19, "%", BOC9, F9, basis="yoy"),
    m("payout_ratio|dividend_payout_ratio", 55, "%", BOC9, F9),
    m("payout_ratio_change|dividend_payout_ratio_change", 1, "pp", BOC9, F9, basis="提高1個百分點"),
    m("total_assets|assets", 4.194408e12, "HKD", BOC9, YE9, basis="資產總額, 2024年末"),
    m("total_assets_growth|asset_growth", 8.4, "%", BOC9, YE9, basis="vs end-2023"),
    m("customer_deposits|deposits", 2.724221e12, "HKD", BOC9, YE9, basis="客戶存款總額"),
    m("customer_deposits_growth|deposit_growth", 8.8, "%", BOC9, YE9, basis="vs end-2023"),
    m("customer_loans|loans|gross_loans", 1.676886e12, "HKD", BOC9, YE9, basis="客戶貸款總額"),
    m("loan_to_deposit_ratio|ldr", 61.55, "%", BOC9, YE9),
    m("loan_to_deposit_ratio_change|ldr_change", -6.44, "pp", BOC9, YE9, basis="yoy, 下跌"),
    m("net_interest_income_growth|nii_growth", 8, "%", BOC9, F9, opt=True, basis="sub-heading twin"),
    m("net_interest_margin|nim|adjusted_nim", 1.64, "%", BOC9, F9, basis="after adjusting for FX swaps"),
    m("net_interest_margin_change|nim_change|adjusted_nim_change", 1, "bp", BOC9, F9, basis="yoy, 擴闊"),
    m("net_interest_income|nii", 5.8856e10, "HKD", BOC9, F9),
    m("net_interest_income_growth|nii_growth", 8, "%", BOC9, F9, basis="yoy"),
    m("net_fee_and_commission_income|fee_income|net_fee_income", 9.893e9, "HKD", BOC9, F9),
    m("net_fee_and_commission_income_growth|fee_income_growth|net_fee_income_growth", 7.9, "%", BOC9, F9, basis="yoy"),
    m("total_capital_ratio|capital_adequacy_ratio", 22, "%", BOC9, YE9),
    m("tier1_ratio|tier_1_capital_ratio", 20.02, "%", BOC9, YE9),
    m("cet1_ratio|common_equity_tier1_ratio", 20.02, "%", BOC9, YE9),
    m("cost_income_ratio|cost_to_income_ratio", 24.55, "%", BOC9, F9),
    m("impaired_loan_ratio|npl_ratio|impaired_loans_ratio", 1.05, "%", BOC9, YE9),
], [])


# zh10: a Taiwan stock-market close with the institutions' flows (Yahoo奇摩新聞 tw.news.yahoo.com; Traditional, full-width
# punctuation with half-width "%" as printed; the page's date line " date 2026-01-23" left out as page furniture; the
# headline kept, reworded (散戶大勝利？台股衝破3萬2「外資認錯再買232億」 股民笑：又在追高殺低 -> 散戶大獲全勝？台股突破3萬2
# 「外資認錯再買232億」 股民揶揄：又在追高殺低), its corner-bracketed tag and the netizens' direct quotations kept word for word;
# whole stored item).
# Key (23日, no year in the kept text -> period None with the day in basis, news40 zh12): the TAIEX at 31961.51 (+215.43
# points, +0.68%); turnover 7944億元 (record close); 台積電 1770元 (+10元, +0.57%; each printed twice -> one row); net buying by
# foreign investors 232.08億元, dealers 46.86億元 (自行買賣 16.88億元, 避險 29.98億元), investment trusts -7.46億元, the three
# institutional groups 271.49億元; the foreign investors' -445億 on 21日 and their two-day net buying 424億元.
# Optional: the headline's 3萬2 (round level, also "一度突破3萬2千點" intraday) and 232億 (rounded twin); the lead's rounded
# twins 31961點 / 215點 and 7億 / 232億元 / 46億元 / 271億元; the intraday high 32042.44; the foreign investors' 連二買 streak.
# Judgement calls: 賣超 / 小賣 / 倒貨 are negative net buying, 買超 / 回補 positive (news19 / news40 zh12); "21日狂倒445億" is the
# foreign investors' figure for another day (basis 21日), key; "連續兩日…合計424億元" is a cumulative two-day net buy (key,
# basis two days); the lead's rounded amounts are twins of the exact figures below them; 聯發科's limit-up carries no printed
# figure; 9點半 (a time), 周四 and 2454 / 2330 give no rows.
TAIEX10 = "加權指數|台股|集中市場|台灣加權股價指數|發行量加權股價指數|TAIEX|Taiwan Weighted Index|TWSE"
III10 = "三大法人|institutional investors|three major institutional investors"
FI10 = "外資及陸資|外資|foreign investors|foreign institutional investors"
IT10 = "投信|investment trusts|domestic investment trusts"
DL10 = "自營商|自營商(合計)|dealers|proprietary traders"
TSMC10 = "台積電|台灣積體電路|TSMC|Taiwan Semiconductor|Taiwan Semiconductor Manufacturing|2330"
NB10 = "net_buy|net_buying|net_sell|fund_flow"
D10 = "close, 23日 (今日)"
G["zh10"] = ([
    m("index_level|round_level", 32000, "points", TAIEX10, None, opt=True,
      basis="headline 突破3萬2 / lead 一度突破3萬2千點 (intraday round level)"),
    m(NB10, 2.32e10, "TWD", FI10, None, opt=True, basis="headline 再買232億 / lead 再回補232億元 (rounded twins of 232.08億元)"),
    m("index_level|index_close", 31961, "points", TAIEX10, None, opt=True, basis="lead, rounded twin"),
    m("index_change", 215, "points", TAIEX10, None, opt=True, basis="lead, rounded twin, 大漲"),
    m("price|share_price|close", 1770, "TWD", TSMC10, None, basis=D10 + " (printed twice)"),
    m("price_change", 10, "TWD", TSMC10, None, basis=D10 + ", 小漲 / 上漲 (printed twice)"),
    m(NB10, -7e8, "TWD", IT10, None, opt=True, basis="lead, 小幅賣出7億 (rounded twin of 7.46億元)"),
    m(NB10, 4.6e9, "TWD", DL10, None, opt=True, basis="lead, rounded twin of 46.86億元"),
    m(NB10, 2.71e10, "TWD", III10, None, opt=True, basis="lead, rounded twin of 271.49億元"),
    m("streak|days", 2, "days", FI10, None, opt=True, basis="連二買 / 連續兩日買超"),
    m("index_level|intraday_high", 32042.44, "points", TAIEX10, None, opt=True, basis="intraday high, 新高"),
    m("index_level|index_close", 31961.51, "points", TAIEX10, None, basis=D10 + ", record close"),
    m("index_change", 215.43, "points", TAIEX10, None, basis=D10),
    m("index_change_pct|index_change", 0.68, "%", TAIEX10, None, basis=D10),
    m("turnover|trading_value", 7.944e11, "TWD", TAIEX10, None, basis="成交量 (value, 億元), record, " + D10),
    m("price_change_pct|price_change", 0.57, "%", TSMC10, None, basis=D10),
    m(NB10, 2.3208e10, "TWD", FI10, None, basis="買超, excluding foreign dealers, " + D10),
    m(NB10, 4.686e9, "TWD", DL10, None, basis="買超, dealers combined, " + D10),
    m(NB10, 1.688e9, "TWD", "自營商自行買賣|dealers (own account)|" + DL10, None, basis="買超, " + D10),
    m(NB10, 2.998e9, "TWD", "自營商避險|避險|dealers (hedging)|" + DL10, None, basis="買超, " + D10),
    m(NB10, -7.46e8, "TWD", IT10, None, basis="賣超, " + D10),
    m(NB10, 2.7149e10, "TWD", III10, None, basis="合計買超, " + D10),
    m(NB10, -4.45e10, "TWD", FI10, None, basis="21日, 大舉倒貨445億 (net selling)"),
    m(NB10, 4.24e10, "TWD", FI10, None, basis="cumulative, two days (連續兩日買超, 合計)"),
], [])


# zh11: Macau's monthly gaming revenue with the gaming stocks' quotes (香港商報 hkcd.com 新聞專題 財經; Traditional body with
# half-width "," and "(" as printed, the one-space paragraph indents kept; the headline kept, reworded (澳門11月博彩收入下挫70.5%
# 連挫14個月 -> 澳門11月賭收挫70.5% 連跌14個月), printed once (the page's title line repeating it with "-香港商报" left out);
# the printed date 2020-12-01 kept on its own line; the breadcrumb "首页 > 新闻专题 > 财经 > 香港", "来源:香港商報網", the byline
# "(記者 周健鑫)" and "[责任编辑:刁瑾玲]" left out; whole stored item otherwise).
# Key: November gaming revenue 67.48億澳門元, yoy -70.5% (printed twice in the body -> one row), mom -7.2%; the first eleven
# months 526.23億澳門元, yoy -80.5%; the six gaming stocks' quotes and moves: 新濠國際發展 14.88元 (+1.36%), 美高梅中國 11.22元
# (-0.88%), 澳博控股 9.09元 (+0.22%), 永利澳門 13.42元 (+1.51%), 銀河娛樂 60.5元 (+2.54%), 金沙中國 32.6元 (+2.52%).
# Optional: the headline's 70.5% (twin); the 14-month losing streak (headline and body, one row).
# Judgement calls: the printed date 2020-12-01 dates the item (news18 zh11 / news27 zh09) -> 11月 = 2020-11, 今年首11個月 =
# 2020-01..11; 澳門元 = MOP; the six quotes are Hong Kong share prices (元 = HKD) with no time printed (basis 報, period None);
# named-stock moves stated exactly are key (corpus); the stock codes give no rows.
MO11 = "澳門|澳門博彩業|澳门|Macau|Macao|Macau gaming"
GR11 = "gross_gaming_revenue|ggr|gaming_revenue"
GRG11 = "gross_gaming_revenue_growth|ggr_growth|gaming_revenue_growth"
PX11, PC11 = "price|share_price", "price_change_pct|price_change|share_price_change"
MELCO11 = "新濠國際發展|新濠國際|Melco International|Melco International Development|0200|00200|200"
MGM11 = "美高梅中國|MGM China|2282|02282"
SJM11 = "澳博控股|澳博|SJM Holdings|SJM|0880|00880|880"
WYNN11 = "永利澳門|Wynn Macau|1128|01128"
GEG11 = "銀河娛樂|銀娛|Galaxy Entertainment|Galaxy Entertainment Group|0027|00027|27"
SANDS11 = "金沙中國|Sands China|1928|01928"
N11, Y11 = "2020-11", "2020-01..11"
Q11 = "quote (報), no time printed"
G["zh11"] = ([
    m(GRG11, -70.5, "%", MO11, N11, opt=True, basis="headline twin (挫70.5%)"),
    m("streak|months", 14, "months", MO11, N11, opt=True, basis="連跌14個月 (headline and body)"),
    m(GRG11, -70.5, "%", MO11, N11, basis="yoy, 下跌 / 急挫 (printed twice in the body)"),
    m(GR11, 6.748e9, "MOP", MO11, N11, basis="11月博彩收入"),
    m(GRG11, -7.2, "%", MO11, N11, basis="mom, 再跌"),
    m(GR11, 5.2623e10, "MOP", MO11, Y11, basis="cumulative, 今年首11個月"),
    m(GRG11, -80.5, "%", MO11, Y11, basis="yoy, cumulative, 下跌"),
    m(PC11, 1.36, "%", MELCO11, None, basis=Q11 + ", 升"),
    m(PX11, 14.88, "HKD", MELCO11, None, basis=Q11),
    m(PC11, -0.88, "%", MGM11, None, basis=Q11 + ", 跌"),
    m(PX11, 11.22, "HKD", MGM11, None, basis=Q11),
    m(PC11, 0.22, "%", SJM11, None, basis=Q11 + ", 升"),
    m(PX11, 9.09, "HKD", SJM11, None, basis=Q11),
    m(PC11, 1.51, "%", WYNN11, None, basis=Q11 + ", 升"),
    m(PX11, 13.42, "HKD", WYNN11, None, basis=Q11),
    m(PC11, 2.54, "%", GEG11, None, basis=Q11 + ", 升"),
    m(PX11, 60.5, "HKD", GEG11, None, basis=Q11),
    m(PC11, 2.52, "%", SANDS11, None, basis=Q11 + ", 升"),
    m(PX11, 32.6, "HKD", SANDS11, None, basis=Q11),
], [])


# zh12: a Hong Kong-listed company's profit warning and the share's fall (星島 std.stheadline.com 即時 財經; Traditional with
# half-width "," "(" ";" as printed; the stored text prints no headline (the address carries one) and none was composed; the
# editor's tag "(nc)" and the "最新回應" line left out; whole stored item otherwise).
# Key: the share's latest quote 1.2元 (-11.76%) and turnover 1.18億元; the first-quarter forecasts: revenue 約30.44億美元 (yoy
# -4.6%) and consolidated net loss 約6900萬美元, with last year's first-quarter loss 1.2億美元 as prior (-1.2e8); the ended
# logistics and distribution business's revenue last year 6177萬美元.
# Optional: the intraday low 1.16元 and -14.7%; the HKD conversion 約5.4億港元 of the loss; last year's first-quarter loss as a
# row of its own (news43 zh07: prior-year figures of a profit alert optional); the cut in selling expenses "減少超過93.5%"
# (a bound, rng (None, -93.5)).
# Judgement calls: 首季 without a year -> "Q1" (news13 zh07: as "H1" for a half without a year); the share figures carry no
# period (今日, no date printed); 元 / 億元 for the quote and turnover = HKD; the forecast loss is negative with the narrower
# loss read against last year's (蝕 = loss); 去年 (the logistics revenue, a full year) -> period None with basis; 上周五, 今日
# and 1月1日 give no rows; 02038 gives no row.
FIH12 = "富智康|富智康集團|FIH Mobile|FIH|02038|2038"
LOG12 = "物流及分銷業務|logistics and distribution business|" + FIH12
G["zh12"] = ([
    m("price|share_price", 1.16, "HKD", FIH12, None, opt=True, basis="intraday low (曾低見), profit warning"),
    m("price_change_pct|price_change", -14.7, "%", FIH12, None, opt=True, basis="at the intraday low"),
    m("price|share_price", 1.2, "HKD", FIH12, None, basis="latest quote (最新報), after the profit warning"),
    m("price_change_pct|price_change", -11.76, "%", FIH12, None, basis="latest, 跌"),
    m("turnover", 1.18e8, "HKD", FIH12, None, basis="成交額, 今日"),
    m("revenue|revenue_forecast", 3.044e9, "USD", FIH12, "Q1", basis="首季營業額, profit warning estimate, 約"),
    m("revenue_growth", -4.6, "%", FIH12, "Q1", basis="yoy, 下跌, estimate"),
    m("net_loss|net_profit|net_income", -6.9e7, "USD", FIH12, "Q1", prior=-1.2e8,
      basis="綜合淨虧損約6900萬美元, estimate; prior = 去年同期蝕1.2億美元 (收窄)"),
    m("net_loss|net_profit|net_income", -5.4e8, "HKD", FIH12, "Q1", opt=True, basis="HKD conversion, 約5.4億港元"),
    m("net_loss|net_profit|net_income", -1.2e8, "USD", FIH12, None, opt=True, basis="去年同期 (first quarter of last year)"),
    m("segment_revenue|revenue", 6.177e7, "USD", LOG12, None, basis="去年 (last year), business ended from 1月1日"),
    m("selling_expenses_change|expense_change", None, "%", FIH12, "Q1", rng=(None, -93.5), opt=True,
      basis="首季銷售開支減少超過93.5% (bound)"),
], [])
