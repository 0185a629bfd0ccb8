# Hand labels for news50/zh, batch b (zh07-zh12; all six Traditional Chinese: two Hong Kong outlets, one Macau government
# release, three Taiwan outlets). Helpers m() and ra() are supplied by build_labels.py. Labels were written by hand from the
# six texts alone: no project code was run (no extractor, no newsflow, no pytest, no .venv; only build_labels.py at the
# end), no extractor output was seen, and no extractor code, plugin, test, docs page, gold file or other batch's file was
# read.
# Conventions followed: the development corpus's README and scorer (shared/corpora/news-text/zh/README.md, score.py), the
# README.md of news48/zh and news49/zh (their "Conventions decided" sections) and the labels files of news48/zh, with the
# precedents named below (news34 zh12 for placements, news45 zh11 / news17 zh16 for labour releases, news47 zh11 for
# company counts in a round-up, news49 zh09 for one figure printed for several companies).
# Currency: Hong Kong market context, bare 元 / 仙 / $ = HKD (zh07, zh08's Hong Kong targets and inline quotes), 美元 = USD
# (zh08's US-listed targets), 元人民幣 = CNY; Macau's 元 is MOP because the text says "(澳門元,下同)" (zh09); Taiwan's bare
# 元 / 億元 / 兆 = TWD (zh11, zh12). Values fully scaled (9仙 -> 0.09 HKD; 1289.13萬股 -> 12891300; 37.97萬人 -> 379700;
# 4328.29 億元 -> 4.3282900e11; 1兆1,850.8億元 -> 1.18508e12). Chinese numerals resolved, including digit-by-digit indices
# with a full-width point (zh10: 一一九．三一 -> 119.31, 一二〇．八四 -> 120.84, 十六．四二％ -> 16.42, 一二四．五二％ -> 124.52,
# 二十一個月 -> 21); 兩成 -> 20 %, 近 2 成 -> 20 %, 逾 5 成 -> rng=(50, None).
# Declines negative (減少, 下跌, 年減, 虧); a placing discount (折讓) is a positive placing_discount figure (news34 zh12);
# 個百分點 -> pp. Index levels take "points"; head counts "persons"; share counts "shares"; company counts "companies".
# 約X / 近X -> X; 逾X / 突破X -> open bounds, optional unless the figure's only printing is the bound and it is the headline
# figure; 介乎 / 介於 / 落在 A 至 B and "A-B" -> closed ranges (value None).
# Brokers' targets and ratings are in rating actions; as in news45 / news46 / news49, each printed target and old target is
# also an optional target_price row, and a target change printed in percent ("目標價11%至49%") is a key target_price_change
# row because ra() has no place for it (news48 zh08). Ratings normalised: 買入 = buy, 中性 = neutral. An AASTOCKS-style
# "相關內容" headline embedded in the item is optional (its rating action too).
# Periods only where the text states or clearly implies the year: zh09 "2023-10..12" for 2023年10月至12月 (the rolling
# quarter), 2023Q4 for 2023年第4季, FY2023 for 2023年全年; zh11 2025-09 for "2025 年 9 月", "2025-01..09" for 前 9 月 and the
# growth paragraph, "2025Q1-Q3" for 前三季; zh12 "2025-01..09" for 2025年前九月 and "2024-01..09" for its 去年同期; zh07 None
# (3月28日, 上周五, no year), zh08 None (the inline quotes' stamp 2025-07-11 is the mirror's quote time; 2021至2024年 is the
# span of a valuation statistic, kept in basis), zh10 None (十一月, 今年前十一月: the page's date line was dropped and no year
# is printed). Dropped date lines, addresses and the writer's knowledge are never used.
# Repeats: a figure printed twice (sub-heading and body, an inline quote at each printing, a rolling-quarter rate reprinted
# in brackets for the calendar quarter) is one key row and an optional twin. "持平" gives prior = level and no zero change
# row (news48); "與上一期相若" gives no row beyond the level. A comparative printed beside a current figure
# ("較去年同期3,067.1億元增加28.5%") is its prior and an optional row of its own with its period; a stake diluted "由A攤薄至B"
# is value B, prior A, with A optional. Entities list names as printed plus Traditional / English forms and stock codes;
# industries, insurance lines and population groups take their own name with the market as alias.

G = G  # noqa: F821 (supplied by build_labels.py)


# zh07: Hong Kong small-cap placements round-up with a rights-issue result (明報 news.mingpao.com 經濟, Traditional; the
# stored page's date line " date 2025-09-07" left out as chrome and not used; no headline in the stored text (the
# address carries one), none composed; the sub-heading "希教供股計劃獲64.9%認購" reworded around 64.9%; whole stored item).
# Key: per placing company the placing price, shares placed, proceeds (gross or net as printed), the reference close and
# the discount to it: 嘉進投資 (0310) 9仙 = 0.09, 5億股, 4500萬元 gross and 4200萬元 net, 3月28日 close 0.1元, 10%, the
# 劉高原 couple's stake 26.44% -> 5.16%; 吉星新能源 (3395) 0.33元, 近1289.13萬股, 約425.41萬元, close 0.35元, 5.71%; 弘海高新
# (0065) 0.4元, 4092萬股, net 1610萬元, close 0.47元, 18.7%; 金石控股 (1943) 0.617元, 1.5億股, net 9102萬元, close 0.77元, 19.87%,
# 曾婧雯's stake 75% -> 65.22%; 希教國際 (1765) rights price 0.2元, net 近1.36億元, take-up 64.9%, the 35.1% taken up by
# 希望教育 and others.
# Optional: the sub-heading's 64.9% (twin); the earlier stakes 26.44% and 75% as rows of their own; 金石控股's use of
# proceeds 6700萬元 for development (use-of-proceeds splits optional, news34 zh12); the rights ratio's 12 and 1 (terms).
# Judgement calls: "淨額" / "淨集資" -> net_proceeds with the generic proceeds names as alternatives; "集資" alone -> gross;
# the two reference dates (3月28日, 上周五) go to basis; "集資最多" is a ranking, no row. Not labelled: stock codes, 3月28日.
JJ7 = "嘉進投資|嘉進|0310|00310|310.HK"
JX7 = "吉星新能源|吉星|3395|03395|3395.HK"
HH7 = "弘海高新|弘海|0065|00065|65.HK"
JS7 = "金石控股|金石|1943|01943|1943.HK"
XJ7 = "希教國際|希教|Hope Education|1765|01765|1765.HK"
PP7 = "placing_price|offer_price|price"
PS7 = "placing_shares|shares_placed|shares"
PR7 = "placing_proceeds|proceeds|funds_raised"
NP7 = "net_proceeds|placing_proceeds|proceeds|funds_raised"
DC7 = "placing_discount|discount"
CL7 = "price|close|closing_price"
ST7 = "shareholding|stake|shareholding_pct"
G["zh07"] = ([
    m(PP7, 0.09, "HKD", JJ7, None, basis="每股9仙"),
    m(PS7, 5e8, "shares", JJ7, None, basis="5億股新股"),
    m(PR7, 4.5e7, "HKD", JJ7, None, basis="gross, 集資4500萬元"),
    m(NP7, 4.2e7, "HKD", JJ7, None, basis="net, 淨額4200萬元"),
    m(CL7, 0.1, "HKD", JJ7, None, basis="reference close, 3月28日收市價"),
    m(DC7, 10, "%", JJ7, None, basis="折讓 vs the 3月28日 close"),
    m(ST7, 5.16, "%", "劉高原夫婦|劉高原|" + JJ7, None, prior=26.44,
      basis="原大股東 couple and their companies, 由26.44%攤薄至5.16%"),
    m(ST7, 26.44, "%", "劉高原夫婦|劉高原|" + JJ7, None, opt=True, basis="stake before the placing"),
    m(PS7, 12891300, "shares", JX7, None, basis="近1289.13萬股, to independent third parties"),
    m(PP7, 0.33, "HKD", JX7, None),
    m(PR7, 4254100, "HKD", JX7, None, basis="約425.41萬元, for working capital"),
    m(CL7, 0.35, "HKD", JX7, None, basis="上周五收市價"),
    m(DC7, 5.71, "%", JX7, None, basis="vs 上周五 close"),
    m(PP7, 0.4, "HKD", HH7, None),
    m(PS7, 4.092e7, "shares", HH7, None, basis="4092萬股"),
    m(CL7, 0.47, "HKD", HH7, None, basis="上周五收市價"),
    m(DC7, 18.7, "%", HH7, None, basis="vs 上周五 close"),
    m(NP7, 1.61e7, "HKD", HH7, None, basis="淨集資1610萬元"),
    m(PP7, 0.617, "HKD", JS7, None),
    m(CL7, 0.77, "HKD", JS7, None, basis="上周五收市價"),
    m(DC7, 19.87, "%", JS7, None, basis="vs 上周五 close"),
    m(PS7, 1.5e8, "shares", JS7, None, basis="1.5億股"),
    m(NP7, 9.102e7, "HKD", JS7, None, basis="淨集資9102萬元 (集資最多)"),
    m("use_of_proceeds|proceeds_allocation", 6.7e7, "HKD", JS7, None, opt=True, basis="6700萬元 for development"),
    m(ST7, 65.22, "%", "曾婧雯|" + JS7, None, prior=75, basis="大股東, 由75%攤薄至65.22%"),
    m(ST7, 75, "%", "曾婧雯|" + JS7, None, opt=True, basis="stake before the placing"),
    m("rights_ratio|rights_issue_ratio|shares", 12, "shares", XJ7, None, opt=True, basis="每12股 held"),
    m("rights_ratio|rights_issue_ratio|shares", 1, "shares", XJ7, None, opt=True, basis="供1股"),
    m("rights_issue_price|subscription_price|offer_price|price", 0.2, "HKD", XJ7, None, basis="每股供股價"),
    m(NP7, 1.36e8, "HKD", XJ7, None, basis="rights issue, 淨集資近1.36億元"),
    m("take_up_rate|subscription_rate|acceptance_rate", 64.9, "%", XJ7, None, opt=True,
      basis="sub-heading twin (認購率僅64.9%)"),
    m("take_up_rate|subscription_rate|acceptance_rate", 64.9, "%", XJ7, None, basis="只獲64.9%認購"),
    m("untaken_share|underwritten_share|share", 35.1, "%", "希望教育|" + XJ7, None,
      basis="其餘35.1%的供股股份 taken up by 希望教育等"),
], [])


# zh08: UBS's China-internet note raising targets, with AASTOCKS inline quotes and a rating / target table (AASTOCKS 新聞
# on quotes.aastocks.com, Traditional, half-width punctuation as printed; no headline in the stored text, none composed; the
# two embedded "相關內容《大行》…" headlines and the delayed-quote boilerplate reworded and kept; the footer "AASTOCKS新聞"
# left out; whole stored item otherwise).
# Key: the sector's PEG range 0.8至1.4倍 (2021至2024年, span in basis), the recent 兩成 (20%) rise, the current PEG 1.1倍; the
# target raises 11%至49% (a closed range, target_price_change).
# Optional: the four inline-quote figures at each printing (快手 -1.300 / -2.017% / $3.94億 / 13.228%; 騰訊 0.000 / 0.000% /
# $7.82億 / 8.118%, printed twice; 美團 +1.400 / +1.180% / $12.51億 / 17.432%); every target and old target of the table as
# target_price rows; the embedded headlines' 交銀 target 165元 on 美團 and 花旗's 京東 loss per order 逾8元人民幣 (an open
# bound, negative).
# Rating actions (broker 瑞銀, all raise_target with the table's rating): 騰訊 buy 580 <- 483 HKD; 阿里巴巴 buy 140 <- 112
# USD; 京東 buy 64 <- 43 USD; 唯品會 neutral 17.5 <- 12.5 USD; BOSS直聘 neutral 18 <- 16 USD; 愛奇藝 neutral 2.72 <- 2.4 USD;
# 摯文集團 buy 8.3 <- 7.48 USD; optional: 交銀 maintain buy 165 HKD on 美團 (embedded headline).
# Judgement calls: the table prints one rating per stock and no earlier rating, so prior_rating None (ratings taken as
# kept); US-listed tickers' targets are USD as printed (美元), 騰訊's HKD (港元); the stock-picking order (首選依次) carries
# no figure; "短期", the codes and tickers are not labelled; the quote stamp 2025-07-11 16:25 and "十五分鐘" / "15分鐘"
# are boilerplate (no rows).
UBS8 = "瑞銀|UBS"
CNI8 = "中國互聯網股|中國互聯網|China internet stocks|China internet|互聯網企業|互聯網股|行業|" + UBS8
TEN8 = "騰訊|騰訊控股|Tencent|00700|0700|700.HK|00700.HK"
BABA8 = "阿里巴巴|阿里|Alibaba|BABA|BABA.US|09988"
JD8 = "京東|京東集團|JD.com|JD|JD.US|09618|09618.HK"
VIPS8 = "唯品會|Vipshop|VIPS|VIPS.US"
BZ8 = "BOSS直聘|看準|Kanzhun|BZ|BZ.US"
IQ8 = "愛奇藝|iQIYI|IQ|IQ.US"
MOMO8 = "摯文集團|摯文|Hello Group|MOMO|MOMO.US"
KS8 = "快手|Kuaishou|01024|01024.HK"
MT8 = "美團|Meituan|03690|03690.HK|3690"
TP8 = "target_price"


def quote8(ent, chg, pct, short, ratio, note):
    return [m("price_change", chg, "HKD", ent, None, opt=True, basis="AASTOCKS inline quote " + note),
            m("price_change|percent_change", pct, "%", ent, None, opt=True, basis="inline quote " + note),
            m("short_selling_turnover|short_selling|short_sales", short, "HKD", ent, None, opt=True,
              basis="沽空 " + note),
            m("short_selling_ratio|short_ratio", ratio, "%", ent, None, opt=True, basis="沽空比率 " + note)]


G["zh08"] = ([
    m("peg_ratio|peg|pe_to_growth", None, "x", CNI8, None, rng=(0.8, 1.4),
      basis="行業市盈增長率 2021至2024年 (介乎)"),
    m("price_change|sector_price_change|share_price_change", 20, "%", CNI8, None, basis="行業股價近期已升兩成"),
    m("peg_ratio|peg|pe_to_growth", 1.1, "x", CNI8, None, basis="目前市盈增長率"),
    m(TP8, 165, "HKD", MT8 + "|交銀|交銀國際", None, opt=True, basis="embedded headline: 交銀 target kept"),
    m("target_price_change", None, "%", CNI8, None, rng=(11, 49), basis="瑞銀上調部分中國互聯網股目標價11%至49%"),
    *quote8(KS8, -1.3, -2.017, 3.94e8, 13.228, "(快手)"),
    *quote8(TEN8, 0.0, 0.0, 7.82e8, 8.118, "(騰訊, first printing)"),
    *quote8(MT8, 1.4, 1.18, 1.251e9, 17.432, "(美團)"),
    *quote8(TEN8, 0.0, 0.0, 7.82e8, 8.118, "(騰訊, table printing)"),
    m(TP8, 580, "HKD", TEN8, None, prior=483, opt=True, basis="瑞銀 table, 483港元→580港元"),
    m(TP8, 483, "HKD", TEN8, None, opt=True, basis="old target"),
    m(TP8, 140, "USD", BABA8, None, prior=112, opt=True, basis="瑞銀 table"),
    m(TP8, 112, "USD", BABA8, None, opt=True, basis="old target"),
    m(TP8, 64, "USD", JD8, None, prior=43, opt=True, basis="瑞銀 table"),
    m(TP8, 43, "USD", JD8, None, opt=True, basis="old target"),
    m(TP8, 17.5, "USD", VIPS8, None, prior=12.5, opt=True, basis="瑞銀 table"),
    m(TP8, 12.5, "USD", VIPS8, None, opt=True, basis="old target"),
    m(TP8, 18, "USD", BZ8, None, prior=16, opt=True, basis="瑞銀 table"),
    m(TP8, 16, "USD", BZ8, None, opt=True, basis="old target"),
    m(TP8, 2.72, "USD", IQ8, None, prior=2.4, opt=True, basis="瑞銀 table"),
    m(TP8, 2.4, "USD", IQ8, None, opt=True, basis="old target"),
    m(TP8, 8.3, "USD", MOMO8, None, prior=7.48, opt=True, basis="瑞銀 table"),
    m(TP8, 7.48, "USD", MOMO8, None, opt=True, basis="old target"),
    m("loss_per_order|loss|profit_per_order", None, "CNY", JD8 + "|花旗|Citi", None, rng=(None, -8), opt=True,
      basis="embedded headline: 花旗估 每張外賣訂單虧逾8元人民幣"),
], [
    ra(UBS8, TEN8, "raise_target", "buy", target=580, prior_target=483, cur="HKD"),
    ra(UBS8, BABA8, "raise_target", "buy", target=140, prior_target=112, cur="USD"),
    ra(UBS8, JD8, "raise_target", "buy", target=64, prior_target=43, cur="USD"),
    ra(UBS8, VIPS8, "raise_target", "neutral", target=17.5, prior_target=12.5, cur="USD"),
    ra(UBS8, BZ8, "raise_target", "neutral", target=18, prior_target=16, cur="USD"),
    ra(UBS8, IQ8, "raise_target", "neutral", target=2.72, prior_target=2.4, cur="USD"),
    ra(UBS8, MOMO8, "raise_target", "buy", target=8.3, prior_target=7.48, cur="USD"),
    ra("交銀|交銀國際|BOCOM International|BOCOM", MT8, "maintain", "buy", target=165, cur="HKD", opt=True),
])


# zh09: Macau's quarterly employment survey with the full-year figures (澳門特別行政區政府新聞局 cdn.gcs.gov.mo carrying the
# 統計暨普查局 release, Traditional, half-width punctuation as printed; no headline in the stored text, none composed; whole
# stored item).
# Key (2023年10月至12月 -> "2023-10..12"): unemployment 2.3% and residents' 2.9%, underemployment 1.4% (all 持平 -> prior =
# level); labour force 37.97萬, participation 68.0%, employed 37.11萬 (-900) and employed residents 28.61萬 (-1,700);
# unemployed 8,600 (與上一期相若, no change row); first-time job seekers' share 12.2% (-2.1 pp); underemployed 5,200 (-200);
# cross-boundary workers 約9.99萬 and the total labour force including them 47.96萬 (+500). 2023年第4季 (2023Q4): the rates'
# moves vs 第3季 -0.1 / -0.2 pp; employment +1,800 and residents -700 (按季); 酒店及飲食業 4.90萬 and 教育 2.09萬 (+2,100 each),
# 博彩及博彩中介業 6.74萬 (-3,600); median monthly income 17,600元 (-400元) and residents' 20,000元 (按季持平 -> prior). 2023年全年
# (FY2023): 2.7% / 3.4% (-1.0 / -1.4 pp), median income 17,500元 (+2,500元) and residents' 20,000元 (+1,000元).
# Optional: the bracketed (2.3%) / (2.9%) of the 第4季 sentence (twins of the rolling-quarter rates, period 2023Q4).
# Judgement calls: 元 = MOP by the text's own "(澳門元,下同)"; 均增加2,100人 -> one +2100 row per industry; "分別減少900人及
# 1,700人", "分別下跌0.1及0.2個百分點", "分別下跌1.0及1.4個百分點", "分別增加2,500元及1,000元" map in order; the industries
# named only as where the unemployed / underemployed came from (佔多) carry no figure; the survey scope sentence has none.
MO9 = "澳門|Macau|總體|overall|統計暨普查局|DSEC|居澳"
LR9 = "本地居民|本地就業居民|local residents|Macau residents|" + MO9
P9, Q9, FY9 = "2023-10..12", "2023Q4", "FY2023"
UR9, URC9 = "unemployment_rate", "unemployment_rate_change"
EMP9, EMPC9 = "employed|employment|employed_persons", "employed_change|employment_change|employed_persons_change"
MED9 = "median_monthly_income|median_income|median_monthly_earnings|median_monthly_employment_earnings"
MEDC9 = "median_monthly_income_change|median_income_change|median_monthly_earnings_change"
HR9 = "酒店及飲食業|hotels and restaurants|hotels and catering|" + MO9
ED9 = "教育|education|" + MO9
GM9 = "博彩及博彩中介業|博彩業|gaming|gaming and junket activities|" + MO9
G["zh09"] = ([
    m(UR9, 2.3, "%", MO9, P9, prior=2.3, basis="總體失業率, 與上一期 (2023年9月至11月) 持平"),
    m(UR9, 2.9, "%", LR9, P9, prior=2.9, basis="本地居民失業率, 持平"),
    m("underemployment_rate", 1.4, "%", MO9, P9, prior=1.4, basis="就業不足率, 持平"),
    m("labour_force|labor_force", 379700, "persons", MO9, P9, basis="居澳勞動人口 37.97萬人"),
    m("labour_force_participation_rate|participation_rate|labor_force_participation_rate", 68.0, "%", MO9, P9),
    m(EMP9, 371100, "persons", MO9, P9, basis="就業人口 37.11萬人"),
    m(EMP9 + "|employed_residents", 286100, "persons", LR9, P9, basis="本地就業居民 28.61萬人"),
    m(EMPC9, -900, "persons", MO9, P9, basis="vs 上一期 (分別, first)"),
    m(EMPC9 + "|employed_residents_change", -1700, "persons", LR9, P9, basis="vs 上一期 (分別, second)"),
    m("unemployed|unemployed_persons|unemployment", 8600, "persons", MO9, P9, basis="與上一期相若"),
    m("first_time_jobseekers_share|share", 12.2, "%", "尋找第一份工作的新增勞動力|first-time job seekers|" + MO9, P9,
      basis="share of the unemployed"),
    m("first_time_jobseekers_share_change|share_change", -2.1, "pp",
      "尋找第一份工作的新增勞動力|first-time job seekers|" + MO9, P9, basis="下跌2.1個百分點"),
    m("underemployed|underemployed_persons", 5200, "persons", MO9, P9),
    m("underemployed_change|underemployed_persons_change", -200, "persons", MO9, P9, basis="vs 上一期"),
    m(UR9, 2.3, "%", MO9, Q9, opt=True, basis="第4季 (bracketed twin)"),
    m(UR9, 2.9, "%", LR9, Q9, opt=True, basis="第4季 (bracketed twin)"),
    m(URC9, -0.1, "pp", MO9, Q9, basis="vs 第3季 (分別, first)"),
    m(URC9, -0.2, "pp", LR9, Q9, basis="vs 第3季 (分別, second)"),
    m(EMPC9, 1800, "persons", MO9, Q9, basis="按季增加"),
    m(EMPC9 + "|employed_residents_change", -700, "persons", LR9, Q9, basis="按季 (本地就業居民減少)"),
    m(EMP9, 49000, "persons", HR9, Q9, basis="(4.90萬)"),
    m(EMPC9, 2100, "persons", HR9, Q9, basis="均增加2,100人"),
    m(EMP9, 20900, "persons", ED9, Q9, basis="(2.09萬)"),
    m(EMPC9, 2100, "persons", ED9, Q9, basis="均增加2,100人"),
    m(EMP9, 67400, "persons", GM9, Q9, basis="(6.74萬)"),
    m(EMPC9, -3600, "persons", GM9, Q9, basis="減少3,600人"),
    m(MED9, 17600, "MOP", MO9, Q9, basis="總體就業人口, (澳門元,下同)"),
    m(MEDC9, -400, "MOP", MO9, Q9, basis="按季減少"),
    m(MED9, 20000, "MOP", LR9, Q9, prior=20000, basis="本地就業居民, 按季持平"),
    m("cross_boundary_workers|non_resident_workers|workers", 99900, "persons",
      "在澳工作而居於境外的澳門居民及外地僱員|cross-boundary workers|non-resident workers|" + MO9, P9,
      basis="參考期內平均約9.99萬人 (出入境資料初步估計)"),
    m("total_labour_force|labour_force|labor_force", 479600, "persons", MO9, P9, basis="總勞動力 including them"),
    m("total_labour_force_change|labour_force_change", 500, "persons", MO9, P9, basis="vs 上一期"),
    m(UR9, 2.7, "%", MO9, FY9, basis="2023年全年總體失業率"),
    m(UR9, 3.4, "%", LR9, FY9, basis="本地居民"),
    m(URC9, -1.0, "pp", MO9, FY9, basis="按年 (分別, first)"),
    m(URC9, -1.4, "pp", LR9, FY9, basis="按年 (分別, second)"),
    m(MED9, 17500, "MOP", MO9, FY9, basis="總體就業人口"),
    m(MED9, 20000, "MOP", LR9, FY9, basis="本地就業居民"),
    m(MEDC9, 2500, "MOP", MO9, FY9, basis="按年 (分別, first)"),
    m(MEDC9, 1000, "MOP", LR9, FY9, basis="按年 (分別, second)"),
], [])


# zh10: Taiwan's monthly industrial-production release written in Chinese numerals with full-width points (自由時報
# ec.ltn.com.tw 財經 paper edition, Traditional; the byline "〔記者廖家寧／台北報導〕" kept; the page's date line and the photo
# caption "經濟部指出，今年全年製造業生產指數可望再創新高，年增率上看17％。（路透資料照）" (an Arabic-numeral copy of the body's
# outlook sentence) left out as chrome, as is the "請繼續往下閱讀..." prompt; the stored text breaks off inside the traditional-
# industries sentence ("傳統產業方面，…基期較高", no full stop), so the passage ends with the sentence before it; no headline in
# the stored text, none composed).
# Key: 十一月 industrial production index 119.31 (+16.42% yoy) and manufacturing index 120.84 (+17.35%); the full-year
# manufacturing growth outlook 十七％ (上看, value 17); January–November manufacturing index average 111.28 (+17.38%); the
# December forecast index 123.22至127.22 and growth 13.1％至16.8％ (closed ranges); 電子零組件業 +17.55% (January–November
# +25.32%); 電腦電子產品及光學製品業 +124.52% (January–November +48.14%).
# Optional: the 連二十一個月 streak (21 months, both indices, one row); the outlook's other reading as an upper bound
# rng=(None, 17) ("上看" = as high as), so neither reading is penalised.
# Judgement calls: no year is printed once the date line is dropped ("今年", "十一月") -> period None with the month or span
# in basis; the record ("歷年同月新高") and "二指數" carry no figure of their own; "十二吋" is a product name; growth that the
# text calls 年增 / 增加 is positive.
TW10 = "台灣|Taiwan|經濟部|經濟部統計處|統計處|MOEA|Ministry of Economic Affairs"
IP10 = "工業生產指數|工業生產|industrial production index|industrial production|" + TW10
MF10 = "製造業生產指數|製造業|manufacturing production index|manufacturing|" + TW10
EC10 = "電子零組件業|electronic parts and components|" + TW10
CE10 = "電腦電子產品及光學製品業|computers, electronic and optical products|" + TW10
LV10 = "index_level|production_index|industrial_production_index"
GR10 = "industrial_production_growth|production_index_growth|manufacturing_production_growth|output_growth"
G["zh10"] = ([
    m(LV10, 119.31, "points", IP10, None, basis="十一月, 一一九．三一"),
    m(GR10, 16.42, "%", IP10, None, basis="十一月, 年增"),
    m(LV10 + "|manufacturing_production_index", 120.84, "points", MF10, None, basis="十一月, 一二〇．八四"),
    m(GR10, 17.35, "%", MF10, None, basis="十一月, 年增"),
    m("growth_streak|consecutive_months", 21, "months", IP10 + "|" + MF10, None, opt=True,
      basis="二指數連續二十一個月正成長"),
    m(GR10, 17, "%", MF10, None, basis="full-year outlook (今年全年), 年增率上看十七％"),
    m(GR10, None, "%", MF10, None, rng=(None, 17), opt=True, basis="the outlook read as an upper bound (上看)"),
    m(LV10 + "|manufacturing_production_index", 111.28, "points", MF10, None, basis="今年前十一月 average"),
    m(GR10, 17.38, "%", MF10, None, basis="今年前十一月, 年增"),
    m(LV10 + "|manufacturing_production_index", None, "points", MF10, None, rng=(123.22, 127.22),
      basis="十二月 forecast (預估…將落在…至…)"),
    m(GR10, None, "%", MF10, None, rng=(13.1, 16.8), basis="十二月 forecast, 年增十三．一％至十六．八％"),
    m(GR10, 17.55, "%", EC10, None, basis="十一月, 年增"),
    m(GR10, 25.32, "%", EC10, None, basis="今年前十一月 vs 上年同期"),
    m(GR10, 124.52, "%", CE10, None, basis="十一月, 年增"),
    m(GR10, 48.14, "%", CE10, None, basis="今年前十一月 vs 上年同期"),
], [])


# zh11: Taiwan's listed financial holding companies' monthly and year-to-date profits round-up (鉅亨網 news.cnyes.com,
# Traditional; the byline and time line "鉅亨網記者陳于晴 台北 2025-10-13 23:10" kept as printed with cnyes's spaces around
# numbers; the page's date line dropped; the image caption repeating the title "13家金控9月合賺690億元 富邦金蟬聯三冠王、玉山
# 金前9月唯一賺贏去年。(圖:shutterstock)" left out as chrome (its 13, 9, 690, 9 are the only number tokens dropped besides the
# cut tail); the stored text breaks off inside the EPS paragraph ("每股純益 (EPS) 方面，富邦金以 6.38 元居首，…其餘包括兆豐金、
# …華南金等", no full stop), so the passage ends with the growth paragraph; no headline printed as such, none composed).
# Key (2025-09): the 13 companies' combined profit 約 690 億元 and its 近 2 成 (20%) month-on-month rise; per company 富邦金
# 174.4, 中信金 111.79, 國泰金 97.4, 台新新光金 75, 元大金 34.17 億元. Year to date: combined 4328.29 億元 (前 9 月,
# "2025-01..09"); 前三季 (2025Q1-Q3) 富邦金 909.2, 國泰金 747.8, 中信金 607.6, 兆豐金 282.9 億元, and 260-270 億元 (one closed
# range for 元大金 / 玉山金 / 台新新光金控); 7 companies with higher cumulative profit; 玉山金 +25.51%, 第一金 約 +4%.
# Optional: the two printings of the company count 13; "增加逾百億元" (a bound on the change); the count of two companies
# 突破百億 in the month; 台新新光金's 月增逾 5 成 (bound).
# Judgement calls: "2025 年 9 月" fixes the year, so 前 9 月 / 前三季 / 去年同期 are 2025 spans; the growth paragraph is about
# cumulative profits -> "2025-01..09"; 永豐金 / 華南金 "雙位數增長" and 中信金 / 合庫金 / 國票金 "轉為正成長" carry no figure;
# ranks (第二 … 第五, 冠軍, 三冠王, 成長王) carry no rows; 7/24 (新光人壽's cut-off date) is not labelled.
FH11 = "13家金控|13 家金控|上市金控|金控|13 家上市金控|Taiwan financial holding companies|financial holding companies"
FB11 = "富邦金|富邦金控|Fubon Financial|Fubon|2881"
CT11 = "中信金|中信金控|CTBC Financial|CTBC|2891"
CA11 = "國泰金|國泰金控|Cathay Financial|Cathay|2882"
TS11 = "台新新光金|台新新光金控|Taishin Shin Kong Financial|Taishin|2887"
YU11 = "元大金|元大金控|Yuanta Financial|Yuanta|2885"
MG11 = "兆豐金|兆豐金控|Mega Financial|Mega|2886"
ES11 = "玉山金|玉山金控|E.Sun Financial|E.Sun|2884"
FF11 = "第一金|第一金控|First Financial|2892"
NP11, NPG11 = "net_profit|net_income|after_tax_profit|profit", "net_profit_growth|profit_growth"
M11, YTD11, Q11 = "2025-09", "2025-01..09", "2025Q1-Q3"
G["zh11"] = ([
    m("companies|count", 13, "companies", FH11, M11, opt=True, basis="13 家上市金控 (first printing)"),
    m("companies|count", 13, "companies", FH11, M11, opt=True, basis="13 家金控 (second printing)"),
    m(NP11, 6.9e10, "TWD", FH11, M11, basis="9 月稅後純益合計約 690 億元"),
    m("net_profit_change|profit_change", None, "TWD", FH11, M11, rng=(1e10, None), opt=True,
      basis="較 8 月增加逾百億元"),
    m(NPG11, 20, "%", FH11, M11, basis="mom, 增幅近 2 成"),
    m(NP11, 4.328290e11, "TWD", FH11, YTD11, basis="前 9 月累計稅後純益, excluding 新光人壽's losses before 7/24"),
    m("companies|count", 2, "companies", FH11, M11, opt=True, basis="兩家 with monthly profit 突破百億"),
    m(NP11, 1.744e10, "TWD", FB11, M11, basis="9 月, first"),
    m(NP11, 1.1179e10, "TWD", CT11, M11, basis="9 月, second"),
    m(NP11, 9.74e9, "TWD", CA11, M11, basis="單月, third"),
    m(NP11, 7.5e9, "TWD", TS11, M11, basis="9 月, fourth"),
    m(NPG11, None, "%", TS11, M11, rng=(50, None), opt=True, basis="月增逾 5 成"),
    m(NP11, 3.417e9, "TWD", YU11, M11, basis="9 月, fifth"),
    m(NP11, 9.092e10, "TWD", FB11, Q11, basis="前三季累計"),
    m(NP11, 7.478e10, "TWD", CA11, Q11, basis="前三季累計"),
    m(NP11, 6.076e10, "TWD", CT11, Q11, basis="前三季累計"),
    m(NP11, 2.829e10, "TWD", MG11, Q11, basis="前三季累計"),
    m(NP11, None, "TWD", YU11 + "|" + ES11 + "|" + TS11, Q11, rng=(2.6e10, 2.7e10),
      basis="元大金、玉山金、台新新光金控 累計獲利介於 260-270 億元 (one range for three)"),
    m("companies|count", 7, "companies", FH11, YTD11, basis="共有 7 家金控累計稅後純益較去年同期成長"),
    m(NPG11, 25.51, "%", ES11, YTD11, basis="cumulative, 年增 (成長王)"),
    m(NPG11, 4, "%", FF11, YTD11, basis="cumulative, 年增約 4%"),
], [])


# zh12: Taiwan life-insurance industry's year-to-date premium income by type and line (經濟日報 on udn.com, Traditional; the
# byline "經濟日報／ 記者戴玉翔／台北報導" kept with its space; the page's date line and its "快訊" label dropped, as are the
# closing tag words "壽險公司 保費 契約"; no headline in the stored text, none composed; whole stored item otherwise).
# Key (2025年前九月 -> "2025-01..09"): new-business premiums (加計負債) 7,393.6億元 (+26.8%), renewal premiums 1兆1,850.8億元
# (+2.5%), total premiums 1兆9,244.4億元 (+10.7%); by line of new business: life 5,087.3億元 (68.8%, +30%), accident 120.9億元
# (1.6%), health 329.9億元 (4.5%, -6.3%), annuity 1,855.3億元 (25.1%, +27.5%); traditional life new premiums 3,940億元 (prior
# 3,067.1億元, +28.5%) and traditional annuity 44.6億元 (prior 35.1億元, +27.3%).
# Optional: the 去年同期 comparatives 3,067.1億元 and 35.1億元 as rows of their own (period 2024-01..09).
# Judgement calls: 億元 / 兆 = TWD; "占新契約保費的X%" -> a share row on that line; "年減6.3%" negative; the four growth
# drivers (四大因素, 第一 … 第四) carry no figure; 昨（16）日 is a date.
LI12 = ("壽險業|壽險公會|life insurance industry|life insurers|Taiwan life insurers|"
        "中華民國人壽保險商業同業公會|Life Insurance Association")
LF12 = "壽險|life insurance|" + LI12
AC12 = "傷害險|accident insurance|" + LI12
HE12 = "健康險|health insurance|" + LI12
AN12 = "年金險|annuities|annuity insurance|" + LI12
TL12 = "傳統型壽險|traditional life insurance|" + LI12
TA12 = "傳統型年金險|traditional annuities|traditional annuity insurance|" + LI12
NB12 = "new_business_premium|first_year_premium|premium_income|premiums"
NBG12 = "new_business_premium_growth|first_year_premium_growth|premium_growth|premium_income_growth"
SH12 = "share_of_new_business_premium|share"
P12, PY12 = "2025-01..09", "2024-01..09"
G["zh12"] = ([
    m(NB12, 7.3936e11, "TWD", LI12, P12, basis="新契約保費收入（加計負債）"),
    m(NBG12, 26.8, "%", LI12, P12, basis="年增"),
    m("renewal_premium|renewal_premium_income|premium_income|premiums", 1.18508e12, "TWD", LI12, P12,
      basis="續年度保費 1兆1,850.8億元"),
    m("renewal_premium_growth|premium_growth|premium_income_growth", 2.5, "%", LI12, P12, basis="年增"),
    m("total_premium|total_premium_income|premium_income|premiums", 1.92444e12, "TWD", LI12, P12,
      basis="總保費收入 1兆9,244.4億元"),
    m("total_premium_growth|premium_growth|premium_income_growth", 10.7, "%", LI12, P12, basis="年增"),
    m(NB12, 5.0873e11, "TWD", LF12, P12, basis="new business, life"),
    m(SH12, 68.8, "%", LF12, P12, basis="占新契約保費"),
    m(NBG12, 30, "%", LF12, P12, basis="年增"),
    m(NB12, 1.209e10, "TWD", AC12, P12, basis="new business, accident"),
    m(SH12, 1.6, "%", AC12, P12),
    m(NB12, 3.299e10, "TWD", HE12, P12, basis="new business, health"),
    m(SH12, 4.5, "%", HE12, P12),
    m(NBG12, -6.3, "%", HE12, P12, basis="年減"),
    m(NB12, 1.8553e11, "TWD", AN12, P12, basis="new business, annuities"),
    m(SH12, 25.1, "%", AN12, P12),
    m(NBG12, 27.5, "%", AN12, P12, basis="年增"),
    m(NB12, 3.94e11, "TWD", TL12, P12, prior=3.0671e11, basis="傳統型壽險新契約保費收入"),
    m(NB12, 3.0671e11, "TWD", TL12, PY12, opt=True, basis="去年同期"),
    m(NBG12, 28.5, "%", TL12, P12, basis="增加"),
    m(NB12, 4.46e9, "TWD", TA12, P12, prior=3.51e9, basis="傳統型年金險新契約保費收入"),
    m(NB12, 3.51e9, "TWD", TA12, PY12, opt=True, basis="去年同期"),
    m(NBG12, 27.3, "%", TA12, P12, basis="增加"),
], [])
