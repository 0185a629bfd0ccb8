"""Value expressions in a sentence: numbers with scale and unit, joined into ranges
("28%-30%", "18亿元至20亿元") and revisions ("from $163 to $179", "由650港元上调至700港元")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import openings, scan
from .lexicon import factored
from .numbers import DIGIT_WORDS, parse_arabic, parse_chinese, scale_factor
from .units import CURRENCIES, PER_UNIT, PREFIX_CODES, prefix_unit, suffix_unit

# A rand, naira or peso price written whole after a move word ("down P10 to P602", "up R5 to R120"): the letter is
# its currency (P only in a Philippine story), not a model name
_WHOLE_AFTER_MOVE = r"(?:(?<=to |at |up |of |by )|(?<=down ))(?-i:[RNP])(?=\d{1,3}(?:,\d{3})*(?![\d,A-Za-z]|\.\d))"
_PRE = r"R\$|US\$|\$US|\$NZ|NZ\$|\$A(?=\s?\d)|AU\$|CA\$|U\.S\.\s?\$|HK\s?\$|NT\$|S\$|A\$|C\$|RMB|CNY|USD|HKD|EUR|GBP|JPY|KRW|CHF|AUD|NZD|CAD|SGD|\$|€|£|¥|￥|新台币|人民币|港币|Y(?=\d)|(?<![A-Za-z])Rs\.?|INR|₹|(?<![A-Za-z])(?-i:RM|Rp|Bt|K?Shs?|KSh|[TU][Ss]hs?|KD|QR|Dhs?)(?=\s?\d)|(?<![A-Za-z])(?-i:K[Ss]hs?\.|Shs?\.)(?=\s?\d)|₦|(?<![A-Za-z&])(?-i:[RNP])(?=\d[\d,]*(?:\.\d|\s?(?:bn|m|billion|million|trillion)\b|(?:\.\d+)?/(?:\$|(?:kg|oz|t)\b)))|(?<![A-Za-z])(?-i:Re)(?=\s?\d)|(?<![A-Za-z])(?-i:Baht|Ringgit|Rupiah)(?=\s\d)|" + _WHOLE_AFTER_MOVE + rf"|(?-i:{PREFIX_CODES})(?=\s?\d)"
_SCALE_EN = r"quadrillion|trillion|billion|million|thousand|lakh crore|crores?|lakhs?|trn|tn|bln|bn|mn|mln|bil|mil|crs|cr|m|b|k"
# 兆 is a trillion where money follows (Taiwan, Japan): not 兆瓦, 兆帕
_SCALE_ZH = r"万亿|兆(?=\s?(?:元|美元|港元|日元|新台币|人民币|韩元|$|[，。,;；、）)]))|千亿|百亿|亿|千万|百万|万|千"
_SUFFIX = (r"percentage points?|per ?cent points?|%\s?points?\b(?!\s(?:by|higher|lower|ahead|behind))|per cent|percent|pcts|pct|ppts?|pps?|basis points?|-basis-points?|bps?|%|个百分点|百分点|个百份点|百份点|个基点|基点"
           rf"|(?:元|美元|港元)/(?:{'|'.join(PER_UNIT)})|元美元|元港元|元人民币|港元|港币|美元|美金|人民币|人币|欧元|英镑|日元|韩元|新台币|台币|澳门元|澳门币|元"
           r"|hong kong dollars?|hk dollars?|us dollars?|u\.s\. dollars?|(?:australian|canadian|new zealand|singapore|(?:new )?taiwan) dollars?|yuan|renminbi|rmb|cny|hkd|usd|chinese yuan|dollars?|euros?|eur|pounds|gbp|yen|jpy|won|krw"
           r"|(?<=\d)cps\b|(?:us |u\.s\. |singapore |australian |canadian |new zealand |nz |hong kong |hk )?cents?|sen|pais[ae]|kobo|centavos?|fils|(?:kenyan |ugandan |tanzanian )?shillings|ringgit|rupiah|baht|reais|swiss francs|francs?|rupees|roubles|rubles|lira|zloty|kronor|(?:danish |norwegian )?kroner|(?:swedish |danish |norwegian |czech )?crowns|rand|dirhams|riyals|naira|mexican pesos|pesos|dong|shekels|美分|美仙|港仙|仙(?=[，。,;；\s)及和、或]|$)|tokens?|个tokens?|units?|vehicles?|cars|evs|aircraft|aeroplanes|airplanes|airliners|users|customers|subscribers|shares|index points|points|pts"
           r"|cubic (?:feet|metres|meters)(?: (?:per|a) day)?|(?<=\d\s)(?:bcfd|bcf|tcf|bcm)\b|(?<=\d)(?:bcfd|bcf|tcf|bcm)\b|(?<=\d)\s?(?-i:Mt)\b"  # gas: "107 billion cubic feet (bcf)"; "12.2Mt" of coal
           r"|barrels of oil equivalent(?: (?:per|a) day)?|boe/d|boepd|boe|bbl/d|mmcf/d|b/d|bpd|barrels (?:per|a) day|(?<=\d\s)oz|(?<=\d)oz|(?<=\d\s)kg\b|(?<=\d)kg\b|(?<=\d\s)t(?=[\s,.;)]|$)"  # "875,000 boe/d", "78 124 oz", "15 000 t"
           r"|(?<=\d)pc|(?:(?<=[mb]n\s)|(?<=[mb]n))t(?:/yr)?"  # "7.5pc", "49.5mn t", "22mn t/yr": a trade paper's percent and tonnes
           r"|倍(?=[，。,;；、\s)及和与]|至(?!\s?(?:约|近|逾)?[\d.一二三四五六七八九十]+\s?倍)|估值|PE|$)|(?<=\d)x\b|(?<=\d)p(?![A-Za-z])|pence|(?-i:(?<=\d)c(?![A-Za-z]))|辆|(?<!\s)台(?![湾灣积積北])|部|套|(?<=\d)栋|名用户|户|人次|(?<=\d)个(?![百月季交工小])|(?<=[亿万])人(?![次民数口员均])|(?<=[\d亿万])份(?![额数])|(?<=[\d亿万])件(?![事])|(?<=[\d亿万])头(?![寸等部号条版])|(?<=[\d亿万])羽(?![毛绒])|(?<=[\d〇零两二三四五六七八九十百千万])口(?![径号岸罩气])|(?<=\d)间(?![隔断接])|(?<=[\d万])架(?![构次])|(?<=[\d万])张(?![数])|(?<=[\d万])宗(?![教族旨师])|(?<=[\d万])伙(?![伴计食])|股|(?<=\d)手(?![机游表术续])|(?<=万)手(?![机游表术续])|万吨/年|吨/年|万吨|公吨|吨|(?<=[\d万亿])桶(?![装])|公斤|千克|盎司|(?<=[亿万])SDR|(?:dry |wet )?metric tonnes|metric tons|tonnes|tons|(?<=\s)(?:dmt|wmt)\b|千瓦时|kWh|(?-i:GWh|MWh|TWh|GW|MW)(?![A-Za-z])|吉瓦时|吉瓦|兆瓦时|兆瓦|千升|平方米|平米|(?<=\d)m2(?![\dA-Za-z])|square met(?:re|er)s|sq\.? ?m\b|sqm|square feet|sq\.? ?ft|点子|(?<=\d)分(?=[\s，。,;；]|$|人民币|港元|港币|美元)|厘(?!米)|点(?![0-9一二三四五六七八九零〇])|成(?![本为功交长立员绩果熟型都品])")
_CN = "零〇一二两三四五六七八九十百千万亿"
_COUNTED_BEFORE = scan.compile(r"(?P<visitors>入境|访澳|访港|访台|游客|旅游|过夜|旅客(?!运输)|团客|住客|(?<=[地际])客|参团|外游|外出|出行|旅行社)|(?P<passengers>旅客运输|客运|民航|航空|铁路|接载|载客)"
                                r"|(?P<trips>乘客量|乘客)")
_CARRIED_BEFORE = scan.compile(r"运输|运送|发送|输送|接载|载客")
_CLAUSE_END = scan.compile(r"[。；;]|$")
_REGISTERED = scan.compile(r"注册|登记")  # 住宅注册录得4,198宗
_DEALS_OF = scan.compile(r"成交|买卖|交易|一手|二手|新盘|录")  # 成交逾百宗, 九龙区共录6079宗
# Counters that count something only in its own setting, named by words up to so many characters before them (the
# unit is the counter's own, units.py): 外资卖超长荣航7万6350张 lots (not 信用卡…张), 引进飞机5架 aircraft (not 框架),
# 共有381间门店 stores (not 时间), 外资净空单24,295口 contracts (not 进口, 人口), 快递业务量完成164.8亿件 parcels (not 案件),
# 住宅单位的买卖数目为1,310个 units (not 3个城市)
_COUNTED_IN = {
    "张": (scan.compile(r"买超|卖超|买进|卖出|成交|外资|投信|自营商|加码|减码|调节"), 90),
    "架": (scan.compile(r"飞机|客机|机队|货机|引进|退出|交付|订购"), 40),
    "间": (scan.compile(r"门店|分店|餐厅|分行"), 30),
    "口": (scan.compile(r"期货|期指|台指期|多单|空单|未平仓|净多|净空|部位|选择权|契约"), 40),
    "件": (scan.compile(r"快递|快件|包裹|邮件|业务量|揽收|寄递|派送"), 30),
    "个": (scan.compile(r"住宅单位|单位|楼宇|车位|不动产|楼花|现货住宅|物业"), 40),  # 住宅单位的买卖数目为1,310个: units
}
FUTURES_WORDS = scan.compile(r"未平仓|期货|期指|合约")  # (a futures market's 张 are contracts)
_SHOPS_AFTER = scan.compile(r"门店|分店|店|餐厅|分行")  # ("按年增1间;…共有381间门店": the shops named right after)
_COPIES_OF = scan.compile(r"(?P<agreements>合约|合同)|(?P<applications>申请)|(?P<units>发行份额|基金份额|认购份额|募集份额|(?:发行|募集)规模)")
_NAME_GOES_ON = scan.compile(r"(?!人民币|左右|以上|以下|之间|至|到|和|及|的|钱|一|二|三|四|五|六|七|八|九|十)[\u4e00-\u9fff]")
_PER_UNIT_BEFORE = scan.compile(rf"每({'|'.join(PER_UNIT)})(?:[\u4e00-\u9fff]{{0,4}}?)(?:约|为|是|达)?$")  # "每吨售价为344人币"
# Units a number written with spaces between its thousands ("205 000 t", "78 124 oz") comes with.
_SPACED_UNITS = r"(?:(?:dry |wet )?(?:metric )?(?:t|tonnes|tons))|oz|ounces|barrels|bbl|units|vehicles|cars|shares|jobs|people|points|/(?:oz|t|wmt|dmt|lb|bbl)"
# A figure that opens with letters opens with its currency ("RMB", "US$", "U.S. $", "Rs. "): one test passes over
# every other word, where the engine would try each way a figure can open.
_GROUPED = r"(?:\d{1,3}(?:,\d{3})+|\d+)"  # digits, thousands maybe grouped
ATOM_AFTER_LETTERS = rf"(?=[^A-Za-z]|[A-Za-z]{{1,4}}+(?:\.S\.)?[.\s]?\s?\$?\s?[\d.{_CN}])"
_ATOM = scan.compile(
    ATOM_AFTER_LETTERS +
    rf"(?P<sign>(?<![A-Za-z0-9%)$€£¥.亿億万萬千元仙])(?:[-−]|(?<=[是为至了达到录由])负)(?=[\d$¥€£]))?"  # "3亿-6亿元": a dash between figures
    rf"(?:(?<!/)(?P<pre>{factored(_PRE)})\s?)?"  # not the second currency of a pair (USD/CNY 7.12)
    rf"(?:(?P<frac>(?<![\d/])[1-9]/[1-9]\d?)(?=\s?(?:厘|个百分点|百分点|point|percentage point))"
    rf"|(?P<eighths>(?<![\d,.])\d{{1,4}}(?:\.\d\d)?\s[1-7]/(?:2|4|8|16)(?![\d/]))"  # a futures quote: "lost 9 1/2 cents", "$3.90 3/4"
    # "2兆7,629亿6,400万元", Taiwan's spaced "3,309 亿 8,000 万元": each place word with its digits
    rf"|(?P<mixed>\d+\s?兆\s?{_GROUPED}(?:\.\d+)?\s?亿(?:\s?{_GROUPED}\s?万)?|{_GROUPED}\s?亿\s?{_GROUPED}\s?万"
    rf"|\d+万\d+千\d*|\d+万\d{{1,3}}(?:,\d{{3}})+|\d+万\d+|\d+千\d+)(?=\s?(?:点|元|港元|美元|人|股|栋|套|辆|张|口|头|$|[，。,;；]))"
    rf"|(?P<num>[1-9]\d{{0,2}}(?:\.\d{{3}})+,\d{{1,2}}(?![\d,]|\.\d)"  # "7.091,52": the continent's decimal comma
    rf"|(?<![\d,.])\d{{1,3}},\d{{1,2}}(?![\d,]|\.\d|\s?[月日年号季])"  # "3,9 billion euros", "20,6%" (not "5,6月份": two months)
    rf"|\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?(?=\s?(?:{_SPACED_UNITS})(?![A-Za-z])|\s(?:and|to)\s\d{{1,3}}(?: \d{{3}})+\s?(?:{_SPACED_UNITS})(?![A-Za-z]))"  # "87 242 t", "A$1 056/oz"
    rf"|[1-9]\d{{0,2}}(?:[’']\d{{3}})+(?:\.\d+)?(?![\d’'])"  # "CHF 1’792.6 million": Swiss thousands
    rf"|(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+|\d+)"  # (India's lakhs: "1,59,691")
    rf"(?:\.\d+|\.\s\d+(?=\s?(?:percent|per cent|%|HK dollars|billion|million|trillion))|\.(?=%))?|(?<![.A-Za-z])\.\d+)"
    rf"(?:[\s-]?(?P<scale>{_SCALE_EN})(?![A-Za-z]|/d\b|(?<=m)2)|\s?(?P<mm>MM)(?=boe|bbl)|\s?(?P<zscale>{_SCALE_ZH}))?"  # (25.9 MMboe: millions)
    rf"|(?P<cnum>[{_CN}]+(?:点[{_CN}]+|\.[零〇一二三四五六七八九]+(?:万亿|[万亿])?)?)(?=\s?(?:元|港元|美元|人民币|欧元|日元|辆|台|个百分点|个基点|%|名用户|户|口|张|头|成(?![本为功交长立员绩果熟型都品])|点(?![{_CN}\d]))))"
    rf"(?:(?:\s?|(?<=[a-z])-(?=(?:franc|euro|dollar|pound|yuan|yen|rupee|won)s?\b)|(?<=\d)-(?=pais[ae]\b))(?P<suffix>{_SUFFIX})(?:(?<=[\u4e00-\u9fff])|(?![A-Za-z])))?"  # ("4亿股A股": a Chinese unit before a letter)
    rf"|百分之(?P<pct>[{_CN}]+(?:点[{_CN}]+)?|\d+(?:\.\d+)?)",
    re.IGNORECASE,
)

_MONTH = "(?:" + factored(r"january|february|march|april|june|july|august|september|october|november|december"
                          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|(?-i:May)") + ")(?![a-z])"
# Never values: dates, times, citation markers, list numbering, model/version names, ids.
# A form that opens with a word runs into its digit ("Jan. 5", "p. 3", "GPT-5", "FY '24", "A$1"): the same one test.
MASK_AFTER_LETTERS = r"(?=[0-9\[【+第]|[A-Za-z]++(?:\.?\s?'?|[-_]|\$)\d)"
_MASK = scan.compile(
    r"(?<![A-Za-z0-9])" + MASK_AFTER_LETTERS + "(?:" + scan.guarded(  # each form behind its own lookahead too
        r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
        r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?-i:am|pm)\b|\d{1,2}点\d{1,2}分|\d{1,2}点(?:钟|半)"
        r"|\d{1,2}\s?[-–~至到]\s?\d{1,2}月|[12]\d[AEF]?\s?[-–~至到]\s?[12]\d[AEF]?\s?年|\d{2,4}年(?:\d{1,2}月(?:\d{1,2}(?:[日号]|(?=以来|以來)))?)?|\d{1,2}月\d{1,2}[日号]|\d{1,2}月(?:份|末|底|初)?"
        rf"|\b{_MONTH}\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s?\d{{4}})?"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\b"
        r"|\d{1,3}-(?:year|month|week|day|nation|member|country|hour|minute|session)s?\b"  # "a 13-year low", "the 15-nation currency"
        r"|\[\d+\]|【\d+】|\d{1,3}(?=\s(?:largest|biggest|smallest|leading|best-performing|worst-performing)\b)"  # "the 30 largest stocks"
        r"|\b(?:group|part|page|pages|p\.|phase|step|section|chapter|item|no\.|number|fortune|top|series|gen|generation|version|v)\s?\d+(?:\.\d+)*\b"
        r"|(?!(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|KRW|INR|SGD|AUD|CAD|CHF|NZD|TWD|" + PREFIX_CODES + r"|US|HK|NT|NZ|AU|[SAC]|(?-i:RM|Rp|Rs|Bt|K?Shs?|KSh|[TU][Ss]hs?|KD|QR|Dhs?))\$?\d|(?-i:[RYNP])\d[\d,]*(?:\.\d|(?:-[\d.,]+)?\s?(?:bn|bln|m|mln|billion|million)\b|(?:\.\d+)?/(?:\$|(?:kg|oz|t)\b))|(?-i:Y)\d{1,3}(?:,\d{3})+(?![\d,])|" + _WHOLE_AFTER_MOVE + ")"
        r"(?!(?:PE|PB|PS|EPS|ROE|ROA|BPS|DPS|TP)\d[\d.]*(?:/|[xX倍元%]|\s|$))"  # (a ratio's figure: "PE37/26/19x", "EPS0.77元")
        r"(?<!/)[A-Za-z]++[-_]?\d+(?:\.\d+)*[A-Za-z]*(?:[-_][A-Za-z0-9]+)*"  # Qwen3, GPT-5, X1.1; not R53 million, Y190-205 bln, 元/m2
        r"|\+?\d{2,3}[- ]\d{3,4}[- ]\d{4}\b|\b\d{3}-\d{3}-\d{4}\b"  # phone numbers
        r"|\d{2}(?:\.\d)?\s?(?:pc|%|per cent)\s?Fe\b"  # an ore's iron grade: "the benchmark 62pc Fe price"
        r"|\d{1,2}\.\d{1,3}\s?%,?\s(?:19|20)\d{2}(?=\s(?:bonds?|notes?|paper|securities|G-?secs?|gilts?)\b)"  # a bond's coupon and maturity: "the 6.45%, 2029 bond"
        r"|(?<=\$)1\s?=\s?[\d.,]+\s?[A-Za-z]+"  # "($1 = 151.7600 yen)": a conversion footnote
        r"|(?<=/\$)1(?![\d.,])"  # "N1,350/$1": the dollar a rate is quoted per
        r"|(?:A|C|NZ|S|HK)\$1\s(?:per|=|buys|to)\s(?=(?:US|U\.S\.\s?)?\$)"  # "A$1 per $0.73": the rate is the second
        r"|\d{1,3}\s?(?:天线|日线|天均线|日均线|[天日](?:移动)?平均线|-day (?:moving average|line|MA)\b)(?:\s?[（(]\s?(?:约|about )?[\d,.]+\s?[)）])?"  # moving averages
        r"|\b(?:FY|Q[1-4]|H[12]|[1-4]Q|[12]H)\s?'?\d{2,4}\b"
        r"|第[一二三四五六七八九十\d]+[季名位大届次条期批]|(?<=每)(?:实现|获得)?百元"
        r"|(?<!认购)(?<!超购)(?<!超额)(?<!超额配售)(?<!认购约)(?<!认购\s)(?<!认购约\s)(?<!认购逾)(?<!认购近)(?<!认购超)(?<!认购达)(?<!超购约)(?<!超购近)(?<!超购逾)(?<!市盈率)(?<!市净率)(?<!subscribed )(?<!booked )(?<!subscription of )(?<!portion )(?<!P/E of )(?<!cover of )(?<!ratio of )(?<![\d,.])\d[\d,]*(?:\.\d+)?\s?(?:x|times|倍)\b",
        ignore_case=True) + ")",
    re.IGNORECASE,
)


_RATIO_GLUED = scan.compile(r"(?<![A-Za-z])(?:PE|PB|PS|EPS|ROE|ROA|BPS|DPS|TP)$", re.IGNORECASE)


@dataclass
class Atom:
    start: int
    end: int
    value: float
    unit: str | None
    scaled: bool  # carried a scale word (bn, 亿)
    scale: float = 1.0
    needs_metric: bool = False  # "five times the level", "held flat": a figure only when a metric is named


@dataclass
class Quantity:
    """One value expression: a number, a range, or a revision from a prior value or range."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    prior_value: float | None = None
    prior_low: float | None = None
    prior_high: float | None = None
    unit: str | None = None
    scaled: bool = False
    revision: bool = False
    needs_metric: bool = False
    prior_loss: bool | None = None  # the earlier value was named a loss (True) or a profit (False)
    prior_fell: bool | None = None  # the earlier move was a fall (True) or a rise (False): "up 0.2% after a 1.0% drop"
    prior_end: int | None = None  # where the earlier value's figure ends in the text


_PER_SHARES_ANY = scan.compile(r"每\s?(\d+\s?股)|\b(?:per|for every|every|each)\s(\d+\s?shares)\b"
                               r"|\b(?:per|for every|every|each)\s(\$\s?100)\b(?!\.\d|,\d|\s?(?:million|billion|bn|mn|m)\b)",  # a bond's face value
                               re.IGNORECASE)
_PER_SHARES_AFTER = scan.compile(r"\s?(?:of |in )?(?:cash )?(?:dividends? )?(?:per|for every|every|each)\s(\d+)\sshares\b", re.IGNORECASE)
# A tolerance around a stated value ("plus or minus 2%", "上下浮动2%") is not a metric of its own.
_TOLERANCE = scan.compile(r"(?:plus or minus|\+/-|±)\s?(?:US|HK)?\$?\d+(?:\.\d+)?\s?(?:%|percent|per cent|billion|million|bn|m\b)?|"
                        r"上下浮动\s?\d+(?:\.\d+)?\s?(?:%|亿元|万元|亿美元)", re.IGNORECASE)
# What follows the count of times an offer was covered: "about eight times oversubscribed".
_OVERSUBSCRIBED = r"\s?(?:times|x)\s(?:over-?subscribed|covered)\b"
OVERSUBSCRIBED_AFTER = scan.compile(_OVERSUBSCRIBED)
_SUBSCRIBED_HEDGE = r"(?:(?:more than|over|nearly|almost|about|around|roughly|some) )?"
# "oversubscribed about 20 times", "the issue was booked 74 times", "booking their portion 7.17 times", "a subscription of
# 49.68 times", "drew subscriptions of 49.16 times"
SUBSCRIBED_BEFORE = scan.compile(rf"(?:subscribed|\bbooked|\bbooking (?:their|its|the) (?:portion|quota|category|part)|"
                                 rf"\ba subscription of|\bsubscriptions of) {_SUBSCRIBED_HEDGE}$")
# Worded amounts: "a quarter point" (25 bp), "half a percentage point" (0.5 pp); multiples of a metric.
_WORDED = openings.compile(r"\b(?:(?P<q>a quarter|a half|half a|three[- ]quarters of a|three[- ]quarters?)(?:[- ]of a)?[- ](?:(?P<pp>percentage[- ])|(?P<bps>basis[- ]))?point)\b"
                           # a valuation: "valued at 39 times its estimated earnings", "a multiple of 264"
                           r"|\b(?P<pe>\d+(?:\.\d+)?)(?=\s?(?:times|x)\s(?:its\s|the\s)?(?:(?:estimated|forward|expected|trailing|projected|"
                           r"current|this year's|next year's|last year's)\s)?(?:earnings|profits?)\b)|(?<=\bmultiple of\s)(?P<pe2>\d+(?:\.\d+)?)\b(?![.,]\d|\s?%)"
                           r"|\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)(?:\s(?:times)(?=\s(?:the|that|its|as|what|from|over|on)\b)|-?fold\b)"
                           # "grew 1.7 times", "jumped more than six times": a move by a multiple
                           r"|(?:" + "|".join(f"(?<=\\b{verb} )" for verb in ("grew", "rose", "jumped", "surged", "soared", "increased", "climbed", "expanded")) + r")(?:(?:more than|nearly|almost|about|roughly|some) )?"
                           r"(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\stimes\b(?!\s(?:its|the|forward|trailing|earnings|book|sales))"
                           # "tripled to $1.5 million" (without its new level, "doubled" is mostly a rounding of a figure given)
                           r"|(?P<mult>doubled|tripled|trebled|quadrupled)(?=\s(?:to|at)\s)"
                           # how many times over an offer was covered: "about eight times oversubscribed"
                           rf"|\b(?P<ov>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)(?={_OVERSUBSCRIBED})"
                           # and written the other way round: "oversubscribed 20 times", "subscribed more than 35.5 times"
                           rf"|(?:(?<=subscribed )|(?<=\bbooked )|(?<=\ba subscription of )|(?<=\bbooking their portion )|(?<=\bbooking its portion ))"
                           rf"{_SUBSCRIBED_HEDGE}(?P<ov2>two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*(?:\.\d+)?)(?=\stimes\b)",
                           re.IGNORECASE)
# A level a market crossed or came near is no figure of the day: 跌破3300点, 站上三万五千点, 均在3%以上,
# "(1 U.S. dollar is equal to 7.761 HK dollars)" is a conversion note.
_THRESHOLD = scan.compile(rf"(?:跌破|跌穿|升穿|突破|失守|重上|重返|收复|站上|站稳|守住|企稳|逼近|关口)\s?(?:[\d,.]+\s?(?:点|元|港元)|[{_CN}]+点)(?:水平|关口|以上|以下)?"
                        rf"|(?:跨越|越过|突破|站上|站稳|跌破|失守)\s?(?:[\d,.]+|[{_CN}]+)\s?(?:兆|万亿|亿)?元?(?:大关|关口)"  # "营收首度跨越7兆元大关，来到7.23兆元", 站上百亿元大关
                        r"|(?:均在|都在|在|达)\s?[\d.]+%(?:以上|以下)|(?:保持在|维持在|稳定在|均在|都在|位于|处于)\s?(?:[\d.,]+|[千百万亿])\s?[^\d，。,;；]{0,6}?(?:以上|以下)"
                        r"|(?:规模|市值|营收|收入)(?:超|超过|逾)\s?(?:[\d.,]+\s?(?:万亿|千亿|百亿|亿|万)|[千百]亿)元?的"  # 规模超千亿元的15家基金公司: a class
                        r"|发行价(?:超过|超|高于|低于)\s?(?:[\d.,]+|[千百])\s?元的"  # "第四只发行价超过百元的是奥泰生物": a class of new shares
                        r"|(?<=[(（])[\d.]+%?\s?[≤<]\s?[A-Za-z][A-Za-z0-9]{0,8}\s?[≤<]\s?[\d.]+%?(?=[)）])"  # a grade: "锂辉石(5%≤Li2O<6%)"
                        r"|\b\d{2}(?:\.\d)?\s?%\s(?:Fe\s)?(?:iron ore\s)?(?:fines|lump)\b"  # "the benchmark 62% fines": a grade of iron ore, no figure
                        r"|\b(?:[1-9]|1[0-2])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.)"  # "at 5 p.m.": a time of day
                        r"|跻身\s?[\d.,]+\s?(?:万亿|亿|万)?元?\s?[“\"]?俱乐部|[\d.]+%以上(?:、|的区间)|基日(?:点位|指数)?(?:为|是)\s?[\d,.]+\s?点|"  # an index's base
                        r"(?:\b|(?:US|HK|A|C|NZ|S)?\$)1 (?:U\.S\. |US |Hong Kong |HK )?(?:dollars? )?(?:(?:is|was|were) (?:equal|equivalent) to|equals|=|is worth|was worth)|1(?<![\d.]1)\s?(?:美元|港元|港币|欧元)(?=对|兑|折合)|每(?:实现|获得)?百元"
                        r"|\bexchange rate of (?:US|HK|A|C|NZ|S)?\$?1 (?:U\.S\. |US |Hong Kong |HK )?(?:dollars? )?(?:to|=|for)\b", re.IGNORECASE)
_WORDED_HINT = scan.compile(r"point|times|fold|per ?cent|cents?\b|\bsen\b|paise|pence|kobo|centavo|peso\b|multiple|doubled|tripled|trebled|quadrupled", re.IGNORECASE)
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# "two per cent", "fifteen percent", "five basis points": figures written in words.
_WORD_PERCENT = scan.compile(r"\b(?P<w>" + "|".join(sorted(_WORD_NUM, key=len, reverse=True)) + r")(?:[- ](?P<w2>one|two|three|four|five|six|seven|eight|nine))?"
                           r"\s(?P<u>per ?cent|percentage points?|basis points?)\b", re.IGNORECASE)
# "down five cents to $37.90": small amounts written in words, as wires write numbers below ten.
_WORD_CENTS = scan.compile(rf"\b(?P<w>{DIGIT_WORDS})\s(?:US\s)?(?P<coin>cents?|sen|paise|pence|kobo)\b(?!\s(?:more|less) than)",
                           re.IGNORECASE)
_COIN_CURRENCY = {"sen": "MYR", "paise": "INR", "pence": "GBP", "kobo": "NGN"}  # ("seven sen": Malaysia's; cents: USD until a story's money says)
_POSITION_BEFORE = scan.compile(r"持仓量?\s?(?:增加|减少|增|减|上升|下降)?\s?$")
_HK_CENTS = scan.compile(r"\bHK(?P<v>\d+(?:\.\d+)?)\s?cents?\b")  # "a dividend of HK50 cents": Hong Kong cents, the dollar sign left out
# "down a cent to $3.02", "up a centavo to P3.02", "down a peso to P107.50": one coin, written as a word after a move.
_ONE_COIN = scan.compile(r"\b(?:up|down|fell|rose|lost|gained|added|shed|slipped|climbed|dropped|eased|firmed)\s(?P<a>a)\s"
                         r"(?P<coin>cent|centavo|peso)\b(?!\s(?:more|less) than)", re.IGNORECASE)
_COINS = {"cent": (0.01, "USD"), "centavo": (0.01, "PHP"), "peso": (1.0, "PHP")}  # (a wrap's move by a word: Manila's)
_REAIS = scan.compile(r"\breais\b|R\$")


def _centavo_currency(text: str, peso: bool) -> str:
    """A centavo's currency: the Philippine peso's in a Philippine story, Brazil's real's where reais are written,
    else Mexico's peso's."""
    return "PHP" if peso else "BRL" if _REAIS.search(text) else "MXN"


# "consumer prices held flat", "a flat reading", "unchanged from the previous month": a change of zero
# (not "flat at 5.5%" or "left rates unchanged", a level held).
_FLAT = scan.compile(r"\b(?:(?:was|were|held|came in|remained|stayed|be|been|is|are)\s(?:essentially |virtually |broadly |largely |"
                     r"roughly |unexpectedly )?flat\b(?!\s(?:at|on|with|to)\b|,?\s(?:standing|coming in|at)\b)|an? (?:flat|unchanged) reading"
                     r"|unchanged (?:from|on|versus|compared with) (?:the previous|the prior|a|last) month)"
                     r"|(?:环比|同比|按月|按年)(?:由[升降涨跌]?转为?|转为?|基本|保持|继续)?持平(?![于在])", re.IGNORECASE)  # "CPI环比持平（前值0.4%）"
_MULTIPLIED = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}
_FRACTION = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "three quarter": 0.75}  # ("three-quarters of a point")
_PER_SHARES = scan.compile(r"每\s?(\d+)\s?股[^，。,;\d]{0,12}$")


# Count nouns a figure may count, as the reports name their units.
COUNT_NOUNS = {
    "vehicles": "vehicles", "cars": "vehicles", "automobiles": "vehicles", "evs": "vehicles", "trucks": "vehicles",
    "units": "units", "ipods": "units", "iphones": "units", "phones": "units", "smartphones": "units", "handsets": "units",
    "computers": "units", "pcs": "units", "devices": "units", "macs": "units", "chips": "units", "consoles": "units",
    "jobs": "jobs", "positions": "jobs", "people": "people", "persons": "people", "workers": "people", "employees": "people",
    "hours": "hours", "hour": "hours",
    "stores": "stores", "outlets": "stores", "branches": "branches", "customers": "customers", "users": "users",
    "subscribers": "subscribers", "barrels": "barrels", "ounces": "ounces", "ipos": "IPOs", "listings": "IPOs",
    "deals": "deals", "contracts": "contracts", "calls": "contracts", "puts": "contracts", "applications": "applications",
    "pips": "pips",  # an exchange rate's moves in its fourth decimal
    "passengers": "passengers", "visitors": "visitors", "homes": "homes", "flats": "homes", "apartments": "homes",
    "shares": "shares", "adss": "shares",  # "316.8 million American depositary shares"
    "aircraft": "aircraft", "planes": "aircraft", "jets": "aircraft", "aeroplanes": "aeroplanes", "airplanes": "airplanes", "airliners": "aircraft", "teu": "teu", "teus": "teu",
    "members": "members", "accounts": "accounts", "trades": "trades", "transactions": "transactions",
    "lots": "lots", "mills": "mills",  # futures lots traded; sugar mills crushing
    "flights": "flights", "flight cancellations": "flights",
    "wafers": "wafers",  # "1.75 million 8-inch equivalent wafers"
}
_HYPHENED_NOUN = scan.compile(r"-(barrel|ounce|vehicle|unit|store|job)\b", re.IGNORECASE)
_COUNT_NOUN = scan.compile(r"\s(?:(?:[a-z-]+|[A-Z][a-z]+|[A-Z]+|\d+-[a-z]+)\s){0,3}?(?P<noun>" + "|".join(COUNT_NOUNS) + r")\b", re.IGNORECASE)


_COUNTED = frozenset(COUNT_NOUNS.values())
_MONTH_AFTER = scan.compile(r"\s(?:in|for)\s(?:January|February|March|April|May|June|July|August|September|October|November|December"
                            r"|the previous month|the prior month|last month)\b")


def counted_noun(text: str, end: int) -> str | None:
    """The count noun a figure ending at `end` counts ("10.5 million iPods": "ipods", "a 100,000-barrel increase":
    "barrels"), lower-cased, or None."""
    if (m := _COUNT_NOUN.match(text, end)) is not None:
        return m.group("noun").lower()
    return (m.group(1).lower() + "s") if (m := _HYPHENED_NOUN.match(text, end)) is not None else None


# A story about London's market: "513.5p" is pence.
UK = scan.compile(r"FTSE|£|pence|\bLondon\b|sterling|\bLSE\b|\bU\.?K\.?(?![A-Za-z])|\bBritish\b|\bBritain\b", re.IGNORECASE)


def _mixed(s: str) -> float:
    """A numeral written with Chinese place words between digits: 1万9千793 -> 19793, 2千253 -> 2253,
    48兆3,641亿 -> 4.83641e12."""
    total = 0.0
    for digits, place in re.findall(r"([\d,.]*)\s?([兆亿万千]?)", s):
        if digits or place:
            total += float(digits.replace(",", "") or 1) * {"兆": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "": 1}[place]
    return float(f"{total:.15g}")


_IN_CENTS = scan.compile(r"(?:\scents?|(?<=\d)c)$", re.IGNORECASE)
_GAS_SCALE = {"bcf": 1e9, "bcfd": 1e9, "tcf": 1e12, "bcm": 1e9}
_TENTH_DIGIT = scan.compile(r"[一二三四五六七八九半]|\d(?![\d.])")  # the unit digit after 成: 一成九, 五成四, 五成半 (55%)
_TENTHS = {**{c: n for n, c in enumerate("零一二三四五六七八九")}, "半": 5}


def _per_shares(text: str, start: int) -> int | None:
    m = _PER_SHARES.search(text, max(0, start - 20), start)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


def _worded(text: str) -> list[Atom]:
    atoms = []
    for m in _WORDED.finditer(text):
        if m.group("pe") or m.group("pe2"):
            atoms.append(Atom(m.start(), m.end(), float(m.group("pe") or m.group("pe2")), "x", False))
        elif m.group("ov") or m.group("ov2"):
            group = "ov" if m.group("ov") else "ov2"
            n = m.group(group).lower().replace(",", "")
            atoms.append(Atom(m.start(group), m.end(), float(_WORD_NUM.get(n) or n), "x", False))
        elif m.group("q"):
            frac = _FRACTION[m.group("q").lower().replace("-", " ").removesuffix(" of a").removesuffix("s")]
            value, unit = (frac, "pp") if m.group("pp") else (frac, "bp") if m.group("bps") else (frac * 100, "bp")
            atoms.append(Atom(m.start(), m.end(), value, unit, False))
        else:
            # "five times the level of a year earlier", "a 2.4-fold rise", "tripled": a multiple, kept as written
            n = (m.group("n") or m.group("n2") or "").lower()
            times = _MULTIPLIED.get((m.group("mult") or "").lower()) or _WORD_NUM.get(n) or float(n)
            atoms.append(Atom(m.start(), m.end(), float(times), "x", False, needs_metric=True))
    for m in _WORD_CENTS.finditer(text):
        atoms.append(Atom(m.start(), m.end(), _WORD_NUM[m.group("w").lower()] / 100,
                          _COIN_CURRENCY.get(m.group("coin").lower(), "USD"), False))
    for m in _HK_CENTS.finditer(text):
        atoms.append(Atom(m.start(), m.end(), float(m.group("v")) / 100, "HKD", False))
    for m in _ONE_COIN.finditer(text):
        atoms.append(Atom(m.start("a"), m.end(), *_COINS[m.group("coin").lower()], False))
    for m in _WORD_PERCENT.finditer(text):
        value = _WORD_NUM[m.group("w").lower()] + (_WORD_NUM[m.group("w2").lower()] if m.group("w2") else 0)
        unit = "bp" if m.group("u").lower().startswith("basis") else "pp" if "point" in m.group("u").lower() else "%"
        atoms.append(Atom(m.start(), m.end(), float(value), unit, False))
    return atoms


# Taiwan counts rate moves in quarter points: 升息半码(0.125%) is 12.5 bp, 合计调升3.5码(0.875%) 87.5 bp (the
# bracket restates it in percentage points).
_QUARTER_POINTS = scan.compile(r"(?:升息|降息|减息|加息|调升|调降|调高|调低|升|降|(?:升|降|减|加)幅(?:已|共)?(?:达|为)?)\s?(?P<n>\d+(?:\.\d+)?|半|一|两|二|三|四)\s?码"
                               r"(?:\s?[(（]\s?\d+(?:\.\d+)?\s?(?:%|个百分点)\s?[)）])?")  # ("累计升幅已达3码", "半码(0.125个百分点)")
_QUARTERS = {"半": 0.5, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _quarter_points(text: str) -> list[Atom]:
    return [Atom(m.start("n"), m.end(), float(m.group("n")) * 25 if m.group("n")[0].isdigit() else _QUARTERS[m.group("n")] * 25,
                 "bp", False) for m in _QUARTER_POINTS.finditer(text)]


# A multiple is a figure only as a valuation: "对应PE分别为14/13/11倍", "trades at 12 times earnings" is masked.
_MULTIPLE = scan.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:x|times|倍)", re.IGNORECASE)
_COVER_BEFORE = scan.compile(r"\b(?:bid-to-cover|cover) ratio\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)
_VALUATION_BEFORE = scan.compile(r"(?:市盈率|市净率|P/?E|P/?B|PEG|EV/EBITDA|[Ll]everage|debt(?:\s?/\s?|[- ]to[- ])(?:adjusted |underlying )?EBITDA)"
                                r"[^，。,;；]{0,30}?$", re.IGNORECASE)


# A plane's model is no count: "higher 787 deliveries", "the 737 programme", "A350 production".
_AIRCRAFT_MODEL = scan.compile(r"(?<![\d.,$])(?:7[0-8]7|A3[0-8]0)(?=[- ](?:MAX|deliveries|programme|program|production|jets?|aircraft|"
                               r"aeroplanes|airplanes|Dreamliners?|family|fleet|models?|rate)\b)")


def _valuation_multiple(text: str, m: re.Match[str]) -> bool:
    """A multiple that is a figure: a valuation's (市盈率14倍), a bond auction's cover ("bid-to-cover ratio … 2.80 times"),
    a rise by a multiple (增长1.9倍)."""
    return _MULTIPLE.fullmatch(m.group()) is not None and (
        _VALUATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        or _COVER_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
        or m.group().endswith("倍") and _MULTIPLE_MOVE.search(text, max(0, m.start() - 6), m.start()) is not None)


def _per_shares_after(text: str, end: int) -> int | None:
    m = _PER_SHARES_AFTER.match(text, end)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


def find_atoms(text: str, masked: list[tuple[int, int]], *, yen: bool = False, uk: bool | None = None,
               fils: str = "AED", peso: bool = False, rupee: str = "INR") -> list[Atom]:
    """The figures of a sentence; `yen`: the text speaks of Japan (Y5.3 billion), `uk`: of London (513.5p;
    None: as the sentence itself says), `fils`: whose fils it counts in, `rupee`: whose rupees ("Rs24.83 billion")."""
    uk = bool(UK.search(text)) if uk is None else uk
    spans = masked + [m.span() for m in _MASK.finditer(text) if not _valuation_multiple(text, m)]
    spans += [m.span() for m in _TOLERANCE.finditer(text)]
    spans += [m.span() for m in _AIRCRAFT_MODEL.finditer(text)]
    spans += [m.span() for m in _THRESHOLD.finditer(text)]
    spans += [m.span(m.lastindex or 1) for m in _PER_SHARES_ANY.finditer(text)]
    atoms: list[Atom] = _worded(text) if _WORDED_HINT.search(text) else []
    if "码" in text:
        atoms += _quarter_points(text)
    if "flat" in text or "unchanged" in text or "持平" in text:
        atoms += [Atom(m.start(), m.end(), 0.0, "%", False, needs_metric=True) for m in _FLAT.finditer(text)]
    spans += [(a.start, a.end) for a in atoms]
    for m in _ATOM.finditer(text):
        a, b = m.span()
        if any(s < b and a < e for s, e in spans):
            continue
        if a > 0 and (text[a - 1].isalpha() and text[a - 1].isascii()) and not m.group("pre") \
                and not _RATIO_GLUED.search(text, max(0, a - 4), a):
            continue  # glued to a word: a code or a name (not "PE37/26/19x", "EPS0.77元")
        unit = None
        scale = 1.0
        if m.group("pct") is not None:
            p = m.group("pct")
            value = parse_arabic(p) if p[0].isdigit() else parse_chinese(p)
            unit = "%"
        else:
            if m.group("frac"):
                num, den = m.group("frac").split("/")
                value = int(num) / int(den)
            elif m.group("eighths"):
                whole, part = m.group("eighths").rsplit(" ", 1)
                num, den = part.split("/")  # (after dollars and cents the fraction is of a cent: "$3.90 3/4" is 3.9075)
                value = float(f"{parse_arabic(whole) + int(num) / int(den) / (100 if '.' in whole else 1):.15g}")
            elif m.group("mixed"):
                value = _mixed(m.group("mixed"))
            elif m.group("cnum"):
                try:
                    value = parse_chinese(m.group("cnum"))
                except ValueError:
                    continue
                if not value:
                    continue  # "突破万亿元": a scale word alone is no amount
                if len(m.group("cnum")) == 1 and m.group("suffix") == "元" and _NAME_GOES_ON.match(text, b):
                    continue  # "三元生物", "一元复始": a name or a phrase, not 3 yuan
            if not m.group("mixed") and not m.group("cnum") and not m.group("frac") and not m.group("eighths"):
                value = parse_arabic(m.group("num"))
                scale_word = m.group("scale") or m.group("mm") or m.group("zscale")
                if scale_word:
                    if scale_word.lower() in ("b", "m", "k") and not m.group("pre") and not m.group("suffix"):
                        if scale_word.lower() != "m" or text[b - 1:b] == " ":
                            continue  # "5m" alone may be metres; "3b" a name
                    scale = scale_factor(scale_word)
            if m.group("suffix"):
                unit = suffix_unit(m.group("suffix"))
                if m.group("suffix").lower() == "pct" and _CJK.search(text):
                    unit = "pp"  # "毛利率同比下降0.8pct": Chinese broker notes write percentage points so
                elif m.group("suffix") == "成":  # 三成 = 30%, 一成九 = 19%
                    value, unit = value * 10, "%"
                    if (tenth := _TENTH_DIGIT.match(text, b)) is not None:
                        value, b = value + _TENTHS.get(tenth.group(), 0) if not tenth.group().isdigit() \
                            else value + int(tenth.group()), tenth.end()
                elif m.group("suffix") == "倍" and _MULTIPLE_MOVE.search(text, max(0, a - 16), a):
                    value, unit = value * 100, "%"  # 增长1.9倍, 升约1.9倍: a rise by 1.9 times is +190%
                elif m.group("suffix") == "厘":  # 減息0.25厘: a rate moved by 25 basis points; 年利率2.73厘: a rate of 2.73%
                    moved = _RATE_MOVE_BEFORE.search(text, max(0, a - 6), a) or _RATE_NAMED_MOVE.search(text, max(0, a - 16), a)
                    value, unit = (value * 100, "bp") if moved else (value, "%")
                elif m.group("suffix") == "人":  # 运输旅客7.53亿人: passengers; 入境游客1200万人: visitors
                    counted = scan.last(_COUNTED_BEFORE, text, max(0, a - 16), a)
                    unit = None if counted is None else "passengers" if _CARRIED_BEFORE.search(text, max(0, a - 16), a) \
                        else counted.lastgroup  # (no unit where nothing says what: "DAU将增长13%至3.62亿人" is read by its cue)
                elif m.group("suffix") == "人次":  # what is counted: 入境旅客1,509,403人次 visitors, 旅客运输量5.2亿人次
                    # passengers, 乘客量20亿人次 trips, 门诊量1510.64万人次 visits
                    counted = scan.last(_COUNTED_BEFORE, text, max(0, a - 24), a) or \
                        _COUNTED_BEFORE.search(text, b, _CLAUSE_END.search(text, b, b + 40).start())  # the nearest (after it:
                    # "经关闸口岸(823,029人次)…入境者")
                    unit = counted.lastgroup if counted else "visits"  # (each group is named for its unit)
                    if unit == "visitors" and _CARRIED_BEFORE.search(text, max(0, a - 16), a):
                        unit = "passengers"  # 累计运输旅客2,150万人次: carried, so passengers
                elif m.group("suffix") == "宗":  # 住宅物业注册录得4,198宗: registrations; 成交12宗: transactions
                    window = (max(0, a - 30), min(len(text), b + 6))
                    if _REGISTERED.search(text, *window):
                        unit = "registrations"  # (一手私人住宅…共有1,245宗註冊: registered, whatever market)
                    elif _DEALS_OF.search(text, *window):
                        unit = "transactions"
                    else:
                        continue
                elif m.group("suffix") == "张" and FUTURES_WORDS.search(text, max(0, a - 40), a):
                    unit = "contracts"  # 恒指期货…未平仓合约共135971张: a futures market's contracts (not a Taiwan stock's lots)
                elif (setting := _COUNTED_IN.get(m.group("suffix"))) is not None:
                    words, reach = setting
                    if (words.search(text, max(0, a - reach), a) is None and not (m.group("suffix") == "间" and _SHOPS_AFTER.match(text, b))) \
                            or (m.group("suffix") == "个" and value < 10):
                        continue  # (not "1个住宅单位" in a list of projects: a handful is no count a release reports)
                elif m.group("suffix") == "份":  # 买卖合约…合共7,561份: agreements; 21,686份有效申请: applications; 发行份额…5261亿份: units
                    if (counted := _COPIES_OF.search(text, max(0, a - 30), min(len(text), b + 6))) is None:
                        continue
                    unit = counted.lastgroup
                elif m.group("suffix").lower() == "pesos":  # Mexico's, or the Philippines' in a Philippine story
                    unit = "PHP" if peso else "MXN"
                elif m.group("suffix").lower().startswith("centavo"):  # a hundredth of the peso, or of Brazil's real
                    unit = _centavo_currency(text, peso)
                elif m.group("suffix").lower() in _GAS_SCALE:  # "110 bcf", "92.9 bcfd": billions of cubic feet
                    value = value * _GAS_SCALE[m.group("suffix").lower()]
                elif m.group("suffix").strip() == "Mt":  # "railed 12.2Mt of coal": million tonnes
                    value *= 1e6
                elif m.group("suffix") in ("万吨", "万吨/年"):
                    value, unit = value * 1e4, "tonnes" if m.group("suffix") == "万吨" else "tonnes/year"
                elif m.group("suffix") == "分":
                    after = _FEN_CURRENCY.match(text, b)
                    if not m.group("pre") and after is None and ("分数" in text or "得分" in text):
                        unit = "points"  # "综合判断分数为20分,比上月多4分": a score and its move
                    elif not m.group("pre") and after is None:
                        continue  # "分" alone is a score or a minute; 港币64.62分 and 18分人民币 are cents
                    else:
                        value, unit = value / 100, prefix_unit(m.group("pre")) if m.group("pre") else suffix_unit(after.group())
            if m.group("suffix") and m.group("suffix").lower() in ("p", "pence") and not uk:
                continue  # "5p" outside a London story is no price
            if m.group("suffix") and _CENTS_PLACE.sub("", m.group("suffix").lower()) in (
                    "cent", "cents", "c", "cps", "美分", "美仙", "港仙", "仙", "p", "pence", "sen", "paisa", "paise", "kobo", "centavo", "centavos") \
                    and not (m.group("pre") and m.group("suffix").lower() == "kobo"):  # ("N0.25 kobo": naira written twice)
                value /= 100  # "26 cents a share", "31 US cents per share", "8.8 Singapore cents", "513.5p", "5.46c", "a 21-paisa range"
            if m.group("suffix") and m.group("suffix").lower() == "fils":
                unit = fils
                value /= 100 if unit == "AED" else 1000  # "EPS of 26 fils": a thousandth of Kuwait's dinar, a hundredth of a dirham
            if m.group("pre") == "Y" and not yen or m.group("pre") == "P" and not peso:
                continue  # "Y2" is a name; Y5.3 billion is yen only in a story about Japan, P804.3 million pesos in one of the Philippines
            if m.group("pre") and (unit is None or m.group("suffix") == "元" or unit not in ("CNY", "USD", "HKD")):
                unit = prefix_unit(m.group("pre"), yen_context=yen)  # "新台币3309.8亿元" is TWD
            if m.group("sign"):
                value = -value
            if unit == "lots" and value * scale < 1000 and not _POSITION_BEFORE.search(text, max(0, a - 8), a):
                continue  # "认购150手": an IPO's board lots, no futures volume (but "持仓量增 330 手": contracts held)
            if unit in CURRENCIES and (per := _PER_UNIT_BEFORE.search(text, max(0, a - 10), a)):
                unit = f"{unit}/{PER_UNIT[per.group(1)]}"  # "每吨9220元"
        if unit is None and scale == 1.0 and value == int(value) and "," not in text[a:b] and (1900 <= value <= 2100 or (
                1800 <= value < 1900 and _SINCE.search(text, max(0, a - 12), a))) and not _PRICED_RANGE_AFTER.match(text, b):
            continue  # a year ("created in 1896"); "2,003" is a level
        if unit == "points" and m.group("suffix") in ("点", "點") and abs(value) < 100 and not _MOVE_BEFORE.search(text, max(0, a - 12), a) \
                and not _POINTS_MOVE_BEFORE.search(text, max(0, a - 4), a):
            continue  # "下午3点" is a time, index levels are large; "跌41点" is a move
        if unit is None and (fewer := _FEWER_UNIT.match(text, b)) is not None:
            unit = suffix_unit(fewer.group(1))  # "pumped 88,000 fewer barrels per day than in July"
        if unit is None and (counted := counted_noun(text, b)) and (value >= 100 or scale > 1):
            unit = COUNT_NOUNS[counted]  # "10.5 million iPods", "49,000 new energy-powered vehicles"
        b = m.end("suffix") if m.group("suffix") else b
        # "每10股派发现金红利2.13元": the value as printed; its basis says it is per 10 shares
        # 15 significant digits: 2.3 * 1e8 is 230000000, not 229999999.99999997.
        if unit == "INR" and rupee != "INR":
            unit = rupee  # Pakistan's and Sri Lanka's rupees are written as India's
        atoms.append(Atom(a, b, float(f"{value * scale:.15g}"), unit, scale != 1.0, scale))
    atoms.sort(key=lambda x: x.start)
    _bracketed_pairs(text, atoms, uk)
    if "every $1" in text or "each $1" in text:  # "drew $2.49 in bids for every $1 on offer": a cover ratio, 2.49 times
        for x in atoms:
            if x.unit == "USD" and (cover := _BIDS_PER_DOLLAR.match(text, x.end)):
                x.unit = "x"
                atoms = [a for a in atoms if not cover.start(1) <= a.start < cover.end(1)]
                for y in atoms:  # "…, a sharp drop from the $3.16 average": the sentence's other small dollar figures too
                    if y.unit == "USD" and not y.scaled and y.value < 20 and not re.search(r"[.;]\s", text[min(x.end, y.end):max(x.start, y.start)]):
                        y.unit = "x"
    for x, y in zip(atoms, atoms[1:]):  # "A$101.5 ($114) million": the scale after the conversion is both figures'
        if not x.scaled and not y.scaled and x.unit in CURRENCIES and y.unit in CURRENCIES and _CONVERSION_GAP.fullmatch(text, x.end, y.start) \
                and (word := _SCALE_AFTER_BRACKET.match(text, y.end)):
            for a in (x, y):
                a.scale = scale_factor(word.group(1))
                a.value, a.scaled = float(f"{a.value * a.scale:.15g}"), True
    for x in atoms:
        if x.value and text[x.start - 1:x.start] == "(" and text[x.end:x.end + 1] == ")" and text[x.start:x.start + 1] in "$€£" \
                and _ACCOUNTS_BEFORE.search(text, max(0, x.start - 30), x.start - 1):
            x.value = -abs(x.value)  # "a Q1 EPS of ($0.07)", "($0.03) to ($0.07)": the accounts' way to write a loss
            x.start, x.end = x.start - 1, x.end + 1  # (the brackets are the figure's: "($0.03) to ($0.07)" is a range)
        elif x.value and x.unit is None and text[x.start - 1:x.start] == "(" and (pct := _BRACKETED_PERCENT.match(text, x.end)):
            x.value, x.unit = -abs(x.value), "%"  # "saw a (6)% decline", "an operating margin of (8.5) percent"
            x.start, x.end = x.start - 1, pct.end()
    if "百分之" in text:  # "升百分之一至二": the far end of the range is a percentage too
        far_ends = [Atom(end.start(1), end.end(), parse_arabic(far) if far[0].isdigit() else parse_chinese(far), "%", False)
                    for x in atoms if x.unit == "%" and text.startswith("百分之", x.start)
                    and (end := _PERCENT_RANGE_END.match(text, x.end)) and (far := end.group(1))]
        if far_ends:
            atoms = sorted(atoms + far_ends, key=lambda a: a.start)
    return atoms


_PERCENT_RANGE_END = scan.compile(rf"\s?(?:至|到)\s?([{_CN}]+(?:点[{_CN}]+)?|\d+(?:\.\d+)?)(?![{_CN}\d.%点元]|\s?(?:个|成|倍))")


_BRACKETED_PERCENT = scan.compile(r"\)\s?(?:%|per\s?cent\b|percent\b)")


_BIDS_PER_DOLLAR = scan.compile(r"\s(?:in\s)?(?:bids?|demand|orders)\s(?:for|per)\s(?:every|each)\s(\$1)\b")
_FEWER_UNIT = scan.compile(r"\s(?:fewer|more)\s(barrels (?:per|a) day|barrels of oil equivalent(?: (?:per|a) day)?|b/d|bpd)\b")
_CONVERSION_GAP = scan.compile(r"\s?\(")
_SCALE_AFTER_BRACKET = scan.compile(r"\s?\)\s?(billion|million|bn|mn|m)\b", re.IGNORECASE)


# Before a figure in brackets that the accounts write for a loss: a word, not another amount it would convert.
_ACCOUNTS_BEFORE = scan.compile(r"(?:\b(?:of|to|at|was|were|is|be|EPS|estimate|consensus|loss|between|and)\s?|\$[\d.]+\)\s(?:to|and)\s)\Z",
                                re.IGNORECASE)


# "price target to 225 (210) pence", "8,239 (7,034) pence": a figure and its earlier value in brackets,
# the unit written once after both (London's broker lists, results tables).
# (after the date it stands at, or what it counts: "net debt of £256.5m at the end of the year (FY 2023: £327.2m)",
# "3.4p per share (FY 2023: 3.4 pence per share)")
_PERIOD_BRACKET = scan.compile(r"(?:\s(?:per|a)\sshare|\s(?:as\s)?at\s(?:the\s)?(?:end\sof\sthe\s(?:year|period|half|quarter)|(?:year|period|half[- ]year)[- ]end"
                               r"|\d{1,2}\s[A-Z][a-z]+(?:\s\d{4})?))?\s?[(（]\s?(?:(?:H[12]|[12]H|Q[1-4]|FY|first half|half[- ]year|full[- ]year|prior year)\s?)?"
                               r"(?:\d{4}|\d{2})?\s?年?(?:同期)?\s?[:：]\s?"
                               r"|[(（]\s?(?:(?:19|20)\d{2}\s?年\s?(?:(?:1[0-2]|[1-9])\s?月(?:份)?|同期)?|去年同期|上年同期)\s?为\s?", re.IGNORECASE)
# (a Chinese one names its period, then 为: "(2020年11月为人民币315.2亿元)")
_BRACKET_OPEN = scan.compile(r"\s?[(（]\s?(?:原本?(?:统计|估计|预估|公布)?为|原先为|修正前为?|previously\s)?\s?")  # "1.08%（原本統計為1.12%）"
_BRACKET_UNIT = scan.compile(r"\s?\)\s?(?P<suffix>pence|p(?![A-Za-z])|(?:US |U\.S\. )?cents?|%|per cent|percent)", re.IGNORECASE)


def _bracketed_pairs(text: str, atoms: list[Atom], uk: bool) -> None:
    for x, y in zip(atoms, atoms[1:]):
        if x.unit is not None or y.unit is not None or not _BRACKET_OPEN.fullmatch(text, x.end, y.start):
            continue
        m = _BRACKET_UNIT.match(text, y.end)
        if m is None:
            continue
        word = m.group("suffix")
        if word.lower() == "p" and not uk:
            continue
        unit = suffix_unit(word)
        if unit != "%":
            x.value, y.value = float(f"{x.value / 100:.15g}"), float(f"{y.value / 100:.15g}")  # pence, cents
        x.unit = y.unit = unit
        y.end = m.end()


_CJK = scan.compile(r"[\u4e00-\u9fff]")
_FEN_CURRENCY = scan.compile(r"人民币|港元|港币|美元")  # "中期息18分人民币": cents of the currency after them
# A label's unit in brackets before its figure: "营业总收入(百万)依次为4900/3993/4148", "发行价格(元/股) 80.80",
# "总发行数量(股) 33,900,000", "实际募集资金总额(亿元) 27.39".
_LABEL_SCALE = scan.compile(r"[(（](?:(?P<s>百万|亿|万|千)(?P<m>元)?|(?P<y>元)(?:/股)?|(?P<sh>万股|股))[)）](?:依次|分别)?为?\s?$")
_CENTS_PLACE = scan.compile(r"^(?:us|u\.s\.|singapore|australian|canadian|new zealand|nz|hong kong|hk) (?=cents?$)")
_HUNDREDTHS = scan.compile(r"(?i:(?<!per )(?<!per)cents?|pence|(?<=\d)p|(?<=\d\s)sen|(?<=\d)sen)$|仙$|美分$")
_PER_UNIT_GAP = scan.compile(r"/[a-z]{1,6}\b", re.IGNORECASE)
_ABRIDGED_QUOTE = scan.compile(r"\D{0,3}?(?P<i>\d+)\.(?P<f>\d+)-(?P<t>\d+)(?![\d.])")  # the offer written by its last digits
_LOW_BEFORE = scan.compile(r"\bfrom\sa\slow\s(?:of\s)?$", re.IGNORECASE)
_FORECAST_WORD = scan.compile(r"\b(?:forecasts?|estimates?|expectations?|projections?|predictions?|analysts|economists)\b", re.IGNORECASE)
_HIGH_GAP = scan.compile(r"\s(?:[a-z]+\s)?(?:to|and)\sa\shigh\s(?:of\s)?", re.IGNORECASE)
_RANGE_GAP = scan.compile(r"\s?(?:-to-|-|–|—|~|～|to|至|到|and)\s?", re.IGNORECASE)  # ("its $31-to-$35 price range")
_ARROW = scan.compile(r"\s?(?:->|→|➝|=>)\s?")
_REV_GAP = scan.compile(  # (after a price per unit too: "由902元/克升至914元/克")
    r"(?:/[\u4e00-\u9fff]{1,2})?\s?(?:(?:a|per) share\s)?(?:(?:last year|a year (?:ago|earlier)|previously|in \d{4}|the previous year)\s)?(?:(?:was |were |is |been )?(?:raised|cut|lowered|increased|reduced|revised|lifted|trimmed|hiked|boosted)?\s?"
    r"(?:to|至|到)|[,，]?\s?[\u4e00-\u9fff]{0,6}?(?:至了?|到了?|(?:调整|调|改|变|降|升|修|转|增|减)为)(?:年息|年利率|约|约为|上涨|下降|增长|下跌|[\u4e00-\u9fff]{1,4}的|(?:(?:19|20)\d{2}\s?年(?:\d{1,2}\s?月)?(?:末|底)?|\d{1,2}\s?月(?:末|底)|FY\s?\d{2,4})的?)?(?:收盘价|收市价)?)\s?",  # 由5.25厘调整为5.125厘, 从4.45%上修为7.37%, 由年初的2608元跌至上周五的收盘价1678元
    re.IGNORECASE)
_MOVE_VERB = scan.compile(r"\s?(?:上调|下调|调升|调降|调高|调低|提高|降低|上升|下降|增加|减少|raised|cut|lowered|lifted|by)\s?(?:by\s)?(?:约|近)?", re.IGNORECASE)
_FROM = scan.compile(r"(?:\bfrom|由|从|自)\s?(?:(?:last|the previous|the prior) (?:year|quarter|half)(?:'s|’s) )?(?:an? |the )?(?:[A-Za-z]+ (?:of )?|年息|年利率|原(?:来|先|本|有)的?|(?:去年|上年|前年|一年前)(?:同期|年底|年末)?的|年初的|此前的|"
                     r"(?:(?:19|20)?\d{2}\s?年\s?|上年|去年|FY\s?\d{2,4}\s?)?(?:第?[一二三四1-4]季度|[一二三四1-4]季|[上下]半年|年底|年末|年初|全年|同期|上一?季度?|上一?个?(?:\(\d{1,2}\))?月|\d{1,2}\s?月份?)?(?:末|底|初)?"
                     r"(?:的|(?=同比|环比))?(?:同比|环比)?(?P<moved>下降|下跌|上涨|上升|增长)?)?"
                     r"(?:(?:下修|上修|修正|初|终)值)?\s?$",
                     re.IGNORECASE)  # 由去年同期的47.3%升至55.4%, 由2024年四季度的34%升至37%, 由上(11)月的下修值4.88%增为4.9%
_TO_FROM = scan.compile(r"(?:\s(?:a|per|an) (?:share|ADS|ADR|barrel|ounce))?(?:\s(?:in|for|at|on)\s[A-Za-z0-9' ]{1,24}?)?\s?,?\s?(?:from|compared with|compared to|versus|vs\.?|against)\s"
                      r"(?:an? |the |its |(?:last|the previous|the prior) (?:year|quarter|half)(?:'s|’s) |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester)day(?:'s|’s) )?"
                      r"(?:(?:slightly |sharply )?(?:(?:upwardly|downwardly) )?revised )?(?:(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December) )?"  # ("from the revised August rate of 529,000", "from a slightly downwardly revised 5.30 million")
                      r"(?:previous |prior |earlier |original )?(?:estimate |forecast |target |range |guidance |close |closing price |level |(?:annual )?(?:rate|pace) )?(?:of )?",  # ("from Wednesday's 34.25")
                      re.IGNORECASE)
_STREET_AFTER = scan.compile(r"\s(?:Street|consensus|analysts['’]?)\s(?:figure|estimate|forecast|view|expectation|number)s?\b", re.IGNORECASE)
_TO_BEFORE = scan.compile(r"(?:\bto(?: between)?|至|到)\s?(?:an?\s(?:(?:seasonally adjusted\s)?annual(?:ized|ised)?\s)?(?:rate|pace)\sof\s)?$")  # ("to an annual rate of 468,000")
_UP_FROM = scan.compile(r"(?:\sin [\w-]+(?: [\w-]+)? terms|\son an? [\w-]+ basis)?\s?,?\s?(?:up|down|raised|lowered|increased|cut|revised) from\s(?:an? |the |its )?(?:previous |prior |earlier |original )?"
                      r"(?:estimate |forecast |target |range |guidance |outlook )?(?:of )?"
                      r"(?:an? (?:increase|rise|gain|growth|decline|drop|fall) (?:of )?)?(?:between )?", re.IGNORECASE)  # "… of an increase between 12% and 14%"
# "widened 40 bp to 380 bp", "走阔30个基点至410个基点": a move, then the level it reached.
_MOVE_BEFORE = openings.compile(r"(?:widened|narrowed|tightened|rose|fell|gained|lost|dropped|climbed|jumped|slid|eased|added|shed|sagged|\bup|\bdown|\bahead|\boff|"
                                r"increased|decreased|grew|"
                                r"rising|falling|gaining|losing|dropping|climbing|jumping|sliding|lifting|lifted|adding|"
                                r"shedding|leapt|leaped|put on|moved up|moved down|surged|soared|tumbled|plunged|sank|slipped|advanced|declined|"
                                r"retreated|dipped|firmed|descended|stumbled|faded|dived|tacked on|"
                                r"减息|加息|降息|减少|减|加|"
                                r"走阔|收窄|上升|下降|上涨|下跌|上行|下行|涨|跌)\s?(?:by\s)?$", re.IGNORECASE)
_POINTS_MOVE_BEFORE = scan.compile(r"(?:升|挫|扬|回升|反弹|回落|高开|低开|累升|累跌|滑|滑落|失|走高|走低)\s?$")  # "國指收市報9158點，升78點"
# The move again in money: "gained 8% or 27.6p to 385.1p", "were 24% lower or 14.8p to 45.6p" (the move, then the level).
_MOVE_AGAIN = scan.compile(r"\d\s?(?:%|per\s?cent|pc)(?:\s(?:lower|higher|down|up))?,?\sor\s$", re.IGNORECASE)
_BY_BEFORE = scan.compile(r"\bby\s(?:about |around |nearly |some |roughly |approximately |an? )?$", re.IGNORECASE)
_RATE_MOVE_BEFORE = scan.compile(r"(?:调|减|加|降|升|削)(?:低|高|P|息)?\s?(?:最多|最少|约|了)?\s?$")
# The rate named between the move and its size: "下调港元最优惠利率0.125厘", "齐降最优惠利率0.125厘" (by 0.125 points).
_RATE_NAMED_MOVE = scan.compile(r"(?:上调|下调|调高|调低|调升|调降|减|加|降|升)[^\d，,。；;]{0,10}?利率\s?$")
_SINCE = scan.compile(r"\b(?:in|since|from|until|by)\s$", re.IGNORECASE)
_PRICED_RANGE_AFTER = scan.compile(r"\s?[-－~～至到]\s?\d{4}(?:\.\d+)?\s?(?:元|港元|美元|點|点|yuan\b|points\b)")  # "1900-1950元/瓶": a price range, no year
# "不低于50亿元且不超过100亿元", "not less than $1 billion and not more than $2 billion": one range.
_FLOOR_BEFORE = scan.compile(r"(?:不低于|不少于|\bnot less than|\bno less than|\bat least)\s?(?:人民币\s?)?$", re.IGNORECASE)
_CAP_GAP = scan.compile(r"\s?(?:[(（]含(?:本数)?[)）])?\s?(?:[，,、]\s?)?(?:且|并且|同时|and|but)?\s?(?:不超过|不高于|不多于|最高不超过|not more than|no more than|up to)\s?(?:人民币\s?)?", re.IGNORECASE)
_EARLIER_GAP = scan.compile(r"\s?[，,]\s?(?:此前|之前|原)(?:预期|预计|指引|目标)?为?\s?|\s?,?\s?(?:up |down )?from (?:a |an |its )?(?:previous |prior |earlier )?(?:forecast |estimate |range |guidance |outlook )?(?:of )?", re.IGNORECASE)
_BETWEEN_EN = r"\b(?:between|in the range of)\s(?:about |around |roughly |approximately )?\+?$"  # "in the range of 5.15 dollars and 5.26 dollars"
_BETWEEN = scan.compile(_BETWEEN_EN, re.IGNORECASE)
_SPREAD_AFTER = scan.compile(r"\s?(?:不等|之间|之間)")
_OPEN_BRACKET = scan.compile(r"\s?[（(]\s?(?:about |around |approximately |约)?")
_OPEN_REVISION = scan.compile(r"\s?[（(]\s?(?:from\s|由)?")
_CLOSE_AND = scan.compile(r"\s?[)）]\s?(?:and|to|至|到|-|–)\s?", re.IGNORECASE)
_CLOSE_TO = scan.compile(r"\s?[)）]\s?(?:to|至|到|-|–)\s?", re.IGNORECASE)
_BETWEEN_ANY = scan.compile(rf"{_BETWEEN_EN}|\b(?:range|ranged)\s(?:was|of|from)\s$|介乎\s?$|介于\s?$|每股介乎\s?$", re.IGNORECASE)  # ("The range was $935.60 to $918.30")


_TO_RISE = scan.compile(r"\s?(?:至|到|to)\s?(?:成长|增长|上升|增加|a rise of|growth of|up)\s?", re.IGNORECASE)
_FALL_BEFORE = scan.compile(r"(?:下降|减少|衰退|下滑|[年季月]减|decline of|a fall of|\bdown)\s?$", re.IGNORECASE)
# "持平至增长6%", "flat to up 2%": from 0 to the figure; "flat to down 2%": from minus the figure to 0
_DOWN_BEFORE = scan.compile(r"\b(?:between\s|from\s)?down\s$", re.IGNORECASE)
_TO_DOWN = scan.compile(r"\s(?:and|to)\sdown\s", re.IGNORECASE)
_FALL_BEFORE_ZH = scan.compile(r"(?:下降|减少|降幅为|降幅|跌幅为|减幅为)$")
_PERIOD_MOVE_BEFORE = scan.compile(r"[年季月][增减]$")  # "季减1%至8%、年增10%到18%": a guidance's ranges, Taiwan's way


def _moves_range(text: str, a: Atom, b: Atom, items: list) -> bool:
    """Whether two moves are the ends of one range of moves: "between down 6% and down 8%"; the falls that go with a
    range of levels, written in the levels' order ("净利润预计在1200万元到1600万元,…下降2828万元到2428万元,降幅为70%到60%");
    a guidance's "季减1%至8%". `items`: the quantities read so far."""
    if not _compatible(a, b):
        return False
    if _DOWN_BEFORE.search(text, max(0, a.start - 14), a.start) is not None and _TO_DOWN.fullmatch(text, a.end, b.start):
        return True
    if text[a.end:b.start].strip() not in ("到", "至"):
        return False
    if _FALL_BEFORE_ZH.search(text, max(0, a.start - 6), a.start) and b.value < a.value \
            and any(x.low is not None and a.start - x.end < 60 for x, _, _ in items[-2:]):
        return True
    return a.unit == b.unit == "%" and _PERIOD_MOVE_BEFORE.search(text, max(0, a.start - 3), a.start) is not None
_FLAT_TO = scan.compile(r"(?:持平(?:至|到)(?:成长|增长|上升|增加|(?P<fall>下降|减少|下滑))|\bflat to (?:up|(?P<down>down)))\s?$")


def _compatible(a: Quantity, b: Quantity) -> bool:  # ("to 72,318 units from 82,201 cars": one count)
    return a.unit is None or b.unit is None or a.unit == b.unit or {a.unit, b.unit} == {"units", "vehicles"}


_LIST_GAP = scan.compile(r"\s?(?:[、,，和及与/]|and)\s?")
_NOTE = r"\s?[(（][^()（）]{1,16}[)）]"  # "(+0.13)", "(-0.79,转增股本)", "(新增)"
_NOTE_RX = scan.compile(_NOTE)
_NOTED_LIST = scan.compile(rf"(?<![\d.])(?:\d+(?:\.\d+)?(?:{_NOTE})?\s?[/、]\s?){{1,5}}\d+(?:\.\d+)?{_NOTE}\s?"
                           rf"(?P<s>亿|万)?(?P<u>元(?:/股)?|%)(?=[\s，。,;；、)）]|$)")
TO_LEVEL_GAP = scan.compile(r"\s(?:to|at)\s(?:an?\s)?(?:seasonally adjusted\s)?")  # "fell 42 cents to $3.10": a move, then the level it
# reached ("fell 10,000 to a seasonally adjusted 278,000")
_AND_GAP = scan.compile(r",?\s(?:and\s)?|\sand\s")


def _between_converted(text: str, a: Atom, x: Atom, c: Atom, y: Atom | None) -> bool:
    """Whether x is a conversion in brackets after a, the near end of a "between a and c" range, or of an
    "a to c" range whose far end has its conversion y too ("$9.45 billion (€6.87 billion) to $9.55 billion
    (€6.94 billion)")."""
    return (a.unit is not None and a.unit == c.unit and x.unit not in (None, a.unit) and a.value < c.value
            and _OPEN_BRACKET.fullmatch(text[a.end:x.start]) is not None
            and ((_BETWEEN_ANY.search(text, max(0, a.start - 12), a.start) is not None
                  and _CLOSE_AND.fullmatch(text[x.end:c.start]) is not None)
                 or (y is not None and y.unit == x.unit and _CLOSE_TO.fullmatch(text[x.end:c.start]) is not None
                     and _OPEN_BRACKET.fullmatch(text[c.end:y.start]) is not None)))


_MONEY_SIGN = scan.compile(r"[A-Z]{0,3}[$£€¥]")  # ("a bid-to-cover ratio of 2.74, $45bn of …": a sign is its own figure's)


def join(text: str, atoms: list[Atom]) -> list[Quantity]:
    # 0. Lists: "319亿、327亿、340亿元" - the unit written once at the end belongs to all, also past a note in brackets
    # after each ("EPS预测上调为1.64(+0.13)/2.25(+0.19)元", "BVPS为9.49(-0.79)、10.71(-0.86)、12.19(新增)元/股": the
    # estimates; what each moved by is a note on it, no figure of its own)
    if "(" in text or "（" in text:
        for listed in _NOTED_LIST.finditer(text):
            notes = [m.span() for m in _NOTE_RX.finditer(text, listed.start(), listed.end())]
            atoms = [x for x in atoms if not any(a <= x.start < b for a, b in notes)]
            scale = scale_factor(listed.group("s")) if listed.group("s") else 1.0
            for x in atoms:
                if listed.start() <= x.start < listed.end() and x.unit is None and not x.scaled:
                    x.unit, x.scaled, x.scale = "%" if listed.group("u") == "%" else "CNY", scale != 1, scale
                    x.value = float(f"{x.value * scale:.15g}")
    for a, b in zip(reversed(atoms[:-1]), reversed(atoms[1:])):
        if a.unit is None and b.unit is not None and a.scaled and _LIST_GAP.fullmatch(text[a.end:b.start]):
            a.unit = b.unit
        elif a.unit is None and not a.scaled and (b.unit is not None or b.scaled) and not _MONEY_SIGN.match(text, b.start) \
                and (gap := text[a.end:b.start].strip().rstrip("+")) and (
                gap in ("/", "、") or gap in (",", "，", "和", "及") and "." in text[a.start:a.end]):  # "0.208,0.228和0.238元"
            a.unit, a.scaled, a.scale = b.unit, b.scaled, b.scale  # "2.8/3.1/3.5亿元", "0.80、0.94、1.02元": one unit for all
            a.value = float(f"{a.value * b.scale:.15g}")
        elif a.unit is None and not a.scaled and b.unit in ("points", "bp", "pp") and not 1900 <= a.value <= 2100 \
                and _AND_GAP.fullmatch(text, a.end, b.start):
            a.unit = b.unit  # "fell 42 and 36 points respectively"
        elif a.unit is None and not a.scaled and b.unit == "%" and b.value > 5 * a.value > 0 and "." in text[a.start:a.end] \
                and TO_LEVEL_GAP.fullmatch(text, a.end, b.start) and _MOVE_BEFORE.search(text, max(0, a.start - 14), a.start):
            a.unit = "pp"  # "(up 0.4 to 7.6 percent)": a bare move to a rate far above it is in points
    # "adding 259.70 points, ahead of PPL (+214.64), BAHL (+138.35)": a signed bare figure in brackets after a name counts
    # in the points of the list's first figure
    points = None
    for a in atoms:
        if a.unit == "points":
            points = a
        elif points is not None and a.unit is None and not a.scaled and text[a.end:a.end + 1] == ")" and (
                text[max(0, a.start - 2):a.start] == "(+" or text[a.start - 1:a.start] == "(" and text[a.start] in "-−"):
            a.unit = "points"
    # "营业总收入(百万)依次为4900/3993/4148": the scale the label states in brackets, for the list after it
    for n, a in enumerate(atoms):
        if a.unit is None and not a.scaled and (label := _LABEL_SCALE.search(text, max(0, a.start - 16), a.start)):
            shares = label.group("sh")
            scale = 1e4 if shares == "万股" else scale_factor(label.group("s"))
            unit = "shares" if shares else "CNY"
            for x in [a] + [y for y, z in zip(atoms[n + 1:], atoms[n:]) if text[z.end:y.start].strip().rstrip("+") == "/"]:
                if x.unit is None and not x.scaled:
                    x.value, x.unit, x.scaled, x.scale = float(f"{x.value * scale:.15g}"), unit, scale != 1, scale
    # 1. Ranges: adjacent atoms joined by a dash/to/至 (not after "from"/由/从, which make a revision).
    items: list[tuple[Quantity, Atom, Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        q = Quantity(a.start, a.end, a.value, unit=a.unit, scaled=a.scaled, needs_metric=a.needs_metric)
        last = a
        # "较去年同期下降3%到成长9%", "较上季持平至成长6%": a range from a fall (or no change) to a rise
        if i + 1 < len(atoms) and _TO_RISE.fullmatch(text, a.end, atoms[i + 1].start) and _compatible(a, atoms[i + 1]) \
                and _FALL_BEFORE.search(text, max(0, a.start - 6), a.start):
            b = atoms[i + 1]
            items.append((Quantity(a.start, b.end, None, low=-a.value, high=b.value, unit=a.unit or b.unit), a, b))
            i += 2
            continue
        if i + 1 < len(atoms) and _moves_range(text, a, atoms[i + 1], items):
            b = atoms[i + 1]  # (the moves' sign comes after, from their direction)
            items.append((Quantity(a.start, b.end, None, low=min(a.value, b.value), high=max(a.value, b.value),
                                   unit=a.unit or b.unit, scaled=a.scaled or b.scaled), a, b))
            i += 2
            continue
        if a.unit == "%" and (flat := _FLAT_TO.search(text, max(0, a.start - 13), a.start)) is not None:
            low, high = (-a.value, 0.0) if flat.group("fall") or flat.group("down") else (0.0, a.value)
            items.append((Quantity(a.start, a.end, None, low=low, high=high, unit="%"), a, a))
            i += 1
            continue
        if i + 2 < len(atoms) and _between_converted(text, a, atoms[i + 1], atoms[i + 2],
                                                     atoms[i + 3] if i + 3 < len(atoms) else None):
            # "between £915 million ($1.16 billion) and £935 million": a range around its conversion
            x, c = atoms[i + 1], atoms[i + 2]
            items.append((Quantity(x.start, x.end, x.value, unit=x.unit, scaled=x.scaled, needs_metric=x.needs_metric), x, x))
            # the range last, as its far end is: what follows ("down from £1.04 billion") speaks of it
            items.append((Quantity(a.start, c.end, None, low=a.value, high=c.value, unit=a.unit, scaled=a.scaled or c.scaled), a, c))
            i += 3
            continue
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            per_share = _PER_SHARE_AFTER.match(gap)
            if per_share and _PER_SHARE_AFTER.match(text, b.end):
                gap = gap[per_share.end():]  # "$11.50 per share to $12.30 per share"
            elif (per := _PER_UNIT_GAP.match(gap)) is not None and text.startswith(per.group(), b.end):
                gap = gap[per.end():]  # "A$820/oz to A$870/oz"
            if gap.endswith("+") and "+" in text[max(0, a.start - 1):a.start + 1] \
                    and not _FROM.search(text[max(0, a.start - 13):a.start].rstrip("+")):
                gap = gap[:-1]  # "between +1% and +3%", "+16.0% to +16.3%": both ends signed alike (not "revised up
                # from +151,000 to +167,000", a revision)
            before = text[max(0, a.start - 12):a.start]
            lead = text[max(0, a.start - 20):a.start]
            dash = gap.strip() in ("-", "–", "—", "~", "～", "-to-")
            if dash and gap != gap.strip() and a.scaled != b.scaled:
                dash = False  # "earnings of $4.8 billion — $1.12 per share": a spaced dash between unlike figures opens an aside
            word_gap = _RANGE_GAP.fullmatch(gap) is not None and not dash
            is_and = gap.strip().lower() == "and"
            # "rose 1.2% to 25,431.77": a bare number after "to" is a level, not the far end of a % range.
            # "(+$1.56 to $33.47)": a signed move to an unsigned level is no range either
            signed_move = word_gap and "+" in text[max(0, a.start - 1):a.start + 1] and "+" not in text[b.start - 1:b.start + 1] \
                and not (a.unit == b.unit == "%" and gap.strip() in ("至", "到"))  # ("同比+100%至120%": one range of growth)
            moved = _MOVE_BEFORE.search(text, max(0, a.start - 14), a.start) is not None \
                or _MOVE_AGAIN.search(text, max(0, a.start - 14), a.start) is not None
            # "sagged 65 cents to $243.55": a move in cents to a level in dollars (not "80 cents to $1.10 a share", a range)
            # ("Westpac found 20¢ to $24.05": cents to a dollar level move the price whatever the verb, but a range of
            # cents to dollars per share is a range)
            signed_move = signed_move or word_gap and (moved or not _PER_SHARE_AFTER.match(text, b.end)) \
                and _IN_CENTS.search(text, a.start, a.end) is not None and text[b.start:b.start + 1] == "$"
            # "rose 24,500 to 8,156,200": a count moved to its level, far beyond it
            # ("expects fee income to grow by 5% to 10%": an outlook's range, not a move and a level)
            outlook = a.unit == b.unit == "%" and (_OUTLOOK_BY.search(text, max(0, a.start - 110), a.start) is not None
                                                   or _ESTIMATES_BY.search(text, max(0, a.start - 90), a.start) is not None)
            level_after = signed_move or word_gap and (
                a.unit is not None and (b.unit is None or b.value > 3 * a.value > 0 and moved
                                        or _BY_BEFORE.search(text, max(0, a.start - 12), a.start) is not None and not outlook)
                or a.unit is None and b.unit is None and b.value > 3 * a.value > 0 and moved)
            if (_FLOOR_BEFORE.search(before) and _CAP_GAP.fullmatch(gap) or _LOW_BEFORE.search(lead) and _HIGH_GAP.fullmatch(gap)
                 and _FORECAST_WORD.search(text, max(0, a.start - 90), a.start)) \
                    and _compatible(a, b) and a.value <= b.value:  # ("estimates ranged from a low of 8.5% to a high of 10.4%")
                items.append((Quantity(a.start, b.end, None, low=a.value, high=b.value, unit=a.unit or b.unit,
                                       scaled=a.scaled or b.scaled), a, b))
                i += 2
                continue
            if not gap.strip() and text[b.start:b.start + 1] in ("-", "−") and a.unit == b.unit is not None and text[a.end - 1:a.end].isalpha() \
                    and 0 < a.value < -b.value and text[a.start - 1:a.start] not in ("-", "−"):
                items.append((Quantity(a.start, b.end, None, low=a.value, high=-b.value, unit=a.unit,
                                       scaled=a.scaled or b.scaled), a, b))  # "22 percent -30 percent": its dash read as a sign
                i += 2
                continue
            prior_range = bool(items) and items[-1][0].low is not None and _FROM.search(before) is not None
            spread = _SPREAD_AFTER.match(text, b.end) is not None  # "由411.2港元至407.4港元不等": a range, either way
            if (_RANGE_GAP.fullmatch(gap) and (a.unit is None or b.unit is None or a.unit == b.unit
                                               or a.unit.startswith(f"{b.unit}/")) and not level_after  # ("每吨100美元至105美元")
                    and (dash or prior_range or spread or (not _FROM.search(before) and (not is_and or _BETWEEN.search(lead))))
                    and (not word_gap or b.value >= a.value or not b.scaled or a.scaled or spread)):
                low, high = a.value, b.value
                if dash and (quote := _ABRIDGED_QUOTE.match(text, a.start, b.end)) is not None \
                        and len(quote.group("t")) <= len(quote.group("f")) and (b.value < a.value or quote.group("t")[0] == "0"
                                                                         or len(quote.group("t")) >= 2 and _abridged(quote) >= a.value):
                    high = _abridged(quote)  # "136.08-09 yen", "$1.0374-0375", "4.1850-80": a bid and an offer
                if b.scaled and not a.scaled and abs(a.value) * b.scale <= abs(b.value):  # (not "944,000 boepd and 1.03 million boepd";
                    # "-1.7~-2.8亿元": a range of losses)
                    low = float(f"{a.value * b.scale:.15g}")  # "$4.2 to $4.4 billion"
                elif a.unit is None and _HUNDREDTHS.search(text, b.start, b.end):
                    low = float(f"{a.value / 100:.15g}")  # "88 to 95 cents a share"
                if low <= high or dash or spread or _BETWEEN_ANY.search(lead) or high < 0 and low < 0:  # "($0.03) to ($0.07)"
                    q = Quantity(a.start, b.end, None, low=min(low, high), high=max(low, high),
                                 unit=a.unit or b.unit, scaled=a.scaled or b.scaled)
                    last = b
                    i += 1
        items.append((q, a, last))
        i += 1
    items = [item for n, item in enumerate(items) if not (n and _conversion(text, items[n - 1][0], item[0]))]
    # 2. Revisions: "from X to Y", "由X上调至Y" (X prior), "to Y from X" (X prior).
    out: list[Quantity] = []
    i = 0
    while i < len(items):
        q, first, last = items[i]
        if i + 1 < len(items):
            r, rfirst, rlast = items[i + 1]
            _same_dollar(text, q, r)
            gap = text[q.end:r.start]
            before = text[max(0, q.start - 30):q.start]
            if r.unit is None and r.value is not None and q.unit is not None and _REV_GAP.fullmatch(gap) \
                    and _FROM.search(before) and _HUNDREDTHS.search(text[q.start:q.end]):
                r.value, r.unit = float(f"{r.value / 100:.15g}"), q.unit  # "from 570p to 540": pence both
            if _compatible(q, r) and _comparable(q, r) and _ARROW.fullmatch(gap):
                out.append(_revision(r, q, rfirst, first))  # "目標價:27.8元->28.8元"
                i += 2
                continue
            if (n := _respective_revisions(text, items, i)) and _FROM.search(before):
                # "分别由1.875%、2.25%及4.125%调整为2%、2.375%及4.25%": each earlier value of the first list is the one
                # of the second in its place
                out += [_revision(items[i + n + k][0], items[i + k][0], items[i + n + k][1], items[i + k][1]) for k in range(n)]
                i += 2 * n
                continue
            if _compatible(q, r) and _REV_GAP.fullmatch(gap) and (came := _FROM.search(before)) and _comparable(q, r):
                out.append(_revision(r, q, rfirst, first))
                if came.group("moved"):  # "由上月下降0.2%转为上涨0.4%": each move keeps its own direction
                    out[-1].prior_fell = came.group("moved") in _FALL_WORDS
                    out[-1].start = r.start
                i += 2
                continue
            if i + 2 < len(items) and r.unit is not None and _FROM.search(before):
                # "由27.8港元上调33.4%至37.1港元", "由1.5厘下调1厘至0.5厘": the move between the two levels
                t, tfirst, _ = items[i + 2]
                if _compatible(q, t) and _comparable(q, t) and _MOVE_VERB.fullmatch(gap) and \
                        _REV_GAP.fullmatch(text[r.end:t.start]):
                    out += [_revision(t, q, tfirst, first), r]
                    i += 3
                    continue
            if _compatible(q, r) and _comparable(q, r) and (_UP_FROM.fullmatch(gap) or _bracketed_prior(text, q, r) or (
                    _TO_FROM.fullmatch(gap) and _TO_BEFORE.search(before)) or
                    (q.low is not None and _EARLIER_GAP.fullmatch(gap))):
                out.append(_revision(q, r, first, rfirst))
                i += 2
                continue
        out.append(q)
        i += 1
    # "from 170,000 won to 200,000 won (from $118 to $138)": a revision converted in brackets is the one before it
    out = [r for n, r in enumerate(out)
           if not (n and out[n - 1].revision and r.revision and _conversion(text, out[n - 1], r, _OPEN_REVISION))]
    bounded = None  # the previous figure when a lower bound opened it: "升逾2%及5%" bounds both
    listed = False  # and whether it opened a respective list: "分别不低于1.88亿元，4.94亿元和5.6亿元" bounds all three
    for q in out:
        gap = _BOUND_LIST_COMMA if listed else _BOUND_LIST
        _bound(text, q, bounded is not None and gap.fullmatch(text, bounded.end, q.start) is not None)
        if q.low is not None and q.value is None:
            listed = listed if bounded is not None else "分别" in text[max(0, q.start - 12):q.start]
            bounded = q
        else:
            bounded, listed = None, False
    return _held(text, _link_priors(text, _spread_high_low(text, out)))


_REVISED_LIST = scan.compile(r"\s?(?:、|,|，|及|和|与|以及|,?\sand)\s?")


def _respective_revisions(text: str, items: list, i: int) -> int:
    """The length of a list of earlier values at items[i] that a list of as many later ones follows, "from" one to the
    other; 0 when there is none."""
    n = 1
    while i + n < len(items) and _REVISED_LIST.fullmatch(text, items[i + n - 1][0].end, items[i + n][0].start):
        n += 1
    if n < 2 or i + 2 * n > len(items) or not _REV_GAP.fullmatch(text, items[i + n - 1][0].end, items[i + n][0].start):
        return 0
    later = items[i + n:i + 2 * n]
    if any(not _REVISED_LIST.fullmatch(text, a[0].end, b[0].start) for a, b in zip(later, later[1:])):
        return 0
    pairs = [(items[i + k][0], later[k][0]) for k in range(n)]
    return n if all(_compatible(old, new) and _comparable(old, new) for old, new in pairs) else 0


def _abridged(quote: re.Match[str]) -> float:
    f, t = quote.group("f"), quote.group("t")
    return float(f"{quote.group('i')}.{f[:len(f) - len(t)]}{t}")


def _conversion(text: str, q: Quantity, r: Quantity, opening: re.Pattern[str] = _OPEN_BRACKET) -> bool:
    """"C$2.22 billion ($1.65 billion)": r, in brackets right after q in another currency, is q converted."""
    return (q.unit in CURRENCIES and r.unit in CURRENCIES and (q.unit != r.unit or _written_apart(text, q, r))
            and opening.fullmatch(text, q.end, r.start) is not None and text[r.end:r.end + 2].lstrip()[:1] in ")）")


_WRITTEN_BEFORE = scan.compile(r"[^\d.]*")


def _written_apart(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether two amounts write their money differently ("$US400" and "$611")."""
    return _WRITTEN_BEFORE.match(text, q.start).group() != _WRITTEN_BEFORE.match(text, r.start).group()


def _bracketed_prior(text: str, q: Quantity, r: Quantity) -> bool:
    """"to 225 (210) pence", "£5.2bn (£4.9bn)", "£186.7 million (H1 2019: £176.8 million)": an unsigned figure in
    brackets right after another, or after an earlier period's name, is its earlier value ("2,315.89 (-39.59)" is a
    move)."""
    if q.unit in CURRENCIES and _written_apart(text, q, r):
        return False  # "$US400 million ($611 million)": money written another way is a conversion
    return (q.unit is not None and (_BRACKET_OPEN.fullmatch(text, q.end, r.start) is not None
                                    or _PERIOD_BRACKET.fullmatch(text, q.end, r.start) is not None)
            and text[r.start] not in "+-−" and (")" in text[r.start:r.end] or text[r.end:r.end + 2].lstrip()[:1] == ")"
                                                or _MONTH_CLOSE.match(text, r.end) is not None
                                                or _PER_SHARE_CLOSE.match(text, r.end) is not None))


_PER_SHARE_CLOSE = scan.compile(r"\s(?:per|a)\sshare\s?\)")  # "3.4p per share (FY 2023: 3.4 pence per share)"


# "(5.5 per cent in July)": the earlier value with its month
_MONTH_CLOSE = scan.compile(r"\s(?:in|for)\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s?\)")


_DOLLARS = ("HKD", "SGD", "AUD", "CAD", "TWD", "NZD")


_YUAN_WRITTEN = frozenset({"TWD", "HKD", "MOP"})  # the dollars a Chinese text writes with 元


def _same_dollar(text: str, a: Quantity, b: Quantity) -> None:
    """A bare "$" next to another dollar is that dollar: "from HK$1.85 to $1.5" (not in brackets right after it:
    "C$2.22 billion ($1.65 billion)" is its conversion); a bare 元 after a Taiwan, Hong Kong or Macau dollar amount
    written with its currency first is that dollar: "从新台币60元提高到65元"."""
    if _OPEN_BRACKET.fullmatch(text, a.end, b.start):
        return
    if a.unit in _YUAN_WRITTEN and b.unit == "CNY" and text[a.end - 1:a.end] == text[b.end - 1:b.end] == "元" \
            and not text[a.start:a.start + 1].isdigit() and text[b.start:b.start + 1].isdigit():
        b.unit = a.unit
    for x, y in ((a, b), (b, a)):
        if x.unit in _DOLLARS and y.unit == "USD" and text[y.start:y.start + 1] == "$":
            y.unit = x.unit


# A figure's earlier value stated apart from it: "rose to $162 million, or $0.95 a share, from $110 million,
# or $0.65 a share", "against $410 million a year earlier", "up from 29.8%", "the earlier record low of 0.5%",
# 上年同期则分别派7.8仙及23.5仙.
_PRIOR_CUE = scan.compile(
    r"(?:\bfrom|\bagainst|\b(?:up|down)(?:\s(?:a little|slightly|sharply|marginally))?\son(?=\s(?:end\s)?(?:Q[1-4]|H[12]|FY))|"
    r"\b(?:up|down)\s[\d.]+\s?(?:%|per ?cent|percent)\son(?=\sthe\s)|"  # "up 16% on the 89,998 boe/d of Q3 2021"
    r"\b(?:rise|increase|gain|fall|drop|decline|decrease)\sof\s[\d.]+\s?(?:%|per ?cent|percent)\son(?=\sthe\s)|"  # "a rise of 98.59
    r"\b[\d.]+\s?(?:%|per ?cent|percent)\s(?:(?:more|less|fewer)\sthan(?=\sthe\s)|(?:below|above)(?=\s(?:the|last|its)\s))|"  # percent on the
    # 105,475 units", "98.31 percent more than the", "20 percent below last year's $4.88 billion"
    r"\bcompared (?:with|to)|\bversus|\bvs\.?|\brather than|\binstead of|\b(?:lower|higher) than|"
    r"\b(?:earlier|previous|prior|original|originally|year-ago|year-earlier|old)\b(?:\s[a-z-]+){0,3}?\s(?:of|at|was|were|for(?=\san?\s))|"
    r"\b(?:more|less) than (?=(?:the |its )(?:earlier|previous|prior|year-ago|year-earlier)\b))"  # "three cents more than the previous $1.35"
    r"\s?(?:an? |the |its |their |(?:last|the previous|the prior) (?:year|quarter|half|month)(?:'s|’s) |"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester)day|(?:end )?(?:Q[1-4]|H[12]|FY)\s?(?:\d{2}|\d{4}))(?:'s|’s) )?"  # "from March's 50.3", "down on Q4 19's $85.2M"
    r"(?:nearly |about |around |almost |roughly |approximately )?(?:negative |minus )?"
    r"(?:(?:downwardly |upwardly )?(?:earlier|previous|prior|originally|year-ago|same|restated|revised|adjusted)\s)?"
    r"(?:(?:net |pre-tax |pretax |operating |adjusted |underlying )?(?:loss(?:es)?|profits?|income|earnings) of |(?:forecast|estimate|guidance|outlook|range|backlog|assumption) of |"
    r"(?:close|closing price|settlement|finish) of |(?:seasonally adjusted )?annual(?:ized|ised)? (?:rate|pace) of |"
    r"(?:[\w-]+\s)?(?:low|high|peak|trough) of )?[+]?$"  # "down from an eight-month low of 92.9 bcfd in April", "from +275,000"
    # "against losses of £128.4 million", "compared with its previous forecast of $4.40 to $4.55"
    r"|[(（]\s?(?:originally|initially|first reported as|previously reported as|first estimated at|initially reported as)\s(?:an?\s)?[+]?$"  # "(originally a 1.8 percent climb)"
    r"|\bprev\.\s?$"  # a projection table's "2026: 1.7% (exp. 1.9%, prev. 1.6%)"
    # "revised to a 0.2 percent rise, after first being reported to have slipped 0.1 percent"
    r"|\b(?:first|initially|originally|previously)\s(?:being\s)?(?:reported|estimated)\s(?:to\shave\s|as\s(?:having\s)?)?"
    r"(?P<en_moved>risen|rose|gained|increased|grown|slipped|fallen|fell|dropped|declined|decreased|shrunk|contracted)\s(?:by\s)?(?:an?\s)?$"
    r"|\bpreviously (?:(?:reported|estimated|stated|announced|showed|shown)\s?:?\s?(?:an? (?:rise|gain|fall|drop|increase|decrease|decline) of\s)?)?[+]?$|\ban? (?:improvement|slowdown|pick-up|acceleration) (?:on|from) (?:the |a )?$"
    r"|(?:较|(?<![环同占])比|相比|对比)(?:上年同期|去年同期|上年|去年|上日|前一日|昨日|上一?交易日|前一交易日|上周|上月)?的?(?:净?(?:亏损|盈利))?$"
    r"|(?:上年同期|去年同期|上年度|(?:19|20)\d{2}\s?年同期)(?:的净?(?:亏损|盈利|溢利))?(?:则|为|分别|录得|只有|仅有|仅为|是)*(?:派|为)?(?:净?(?:亏损|盈利))?$"  # 而去年同期则录得亏损832.95亿元
    r"|[，,]\s?(?:(?:19|20)\d{2}\s?年|去年|上年)(?:时|同期)?(?:则(?:赚|蚀|录得(?:盈利|亏损)?|为)|赚|蚀)$"  # "錄得淨虧損11.6億元，2021年時則賺13.8億元"
    r"|(?:上年|去年|上月|上季|上季度)(?:末|底)(?:则)?为$"  # "占比升至8.18%(上年末为0)", "…为5.16亿美元，上月末为1.72亿美元"
    r"|(?:与|和|跟)(?:(?:19|20)\d{2}\s?年\s?)?(?:\d{1,2}\s?月份?|上月|上个月|上季|上一季度?|上年|去年|(?:上年|去年)?同期)的$"  # "与9月份的1050辆相比"
    r"|(?:与|和|跟)\s?(?:19|20)\d{2}\s?年(?:全年|底|末)?的\s?$"  # "占49.3%,与2024年的49.8%相比稍有下滑"
    r"|(?P<bare_time>(?:较|比)(?:(?:19|20)\d{2}\s?年\s?|去年|上年)?\d{1,2}\s?月份?)$"  # "比2025年9月份1.1%的相应升幅略高"
    r"|(?:原|此前|先前|之前|前次|上次)的?(?:目标价|预测值?|预估值?|预期值?|估计|值)?(?:为|是|(?<=[测期计值])的)?$|前值(?:依次|分别)?(?:为)?(?P<zh_was>增长|上涨|上升|下降|下跌)?[+＋\-−]?$"  # "11.41亿元(前值9.79亿元)",
    # "上调到14.8亿元、94亿元、109亿元,此前的预期是4.3亿元、20亿元、32亿元"
    # 较6月至8月的3.7%, 比8月预测的2.31%, 比2011年同期的663.6亿元: the same figure at a time named, with 的
    r"|(?:较|比|相比|对比)(?:去年|上年)\d{1,2}\s?月份?所?(?:预测|预估)的$"  # 较去年12月预测的3.03% (not 较去年1月的9984元, a row)
    r"|(?:较|比|相比|对比)(?:(?:19|20)\d{2}\s?年\s?)?(?:\d{1,2}\s?月份?(?:\s?[至到\-－]\s?\d{1,2}\s?月份?)?|同期|年底|年末|年初)(?:所?(?:预测|预估))?的$"
    # "同比增长1.9%，而1-4月份为下降3.0%": the months before, with their own move
    r"|(?:而\s?(?:\d{1,2}\s?[\-－至]\s?)?\d{1,2}\s?月份?则?|[，,]\s?(?:\d{1,2}\s?[\-－至]\s?)?\d{1,2}\s?月份?则)(?:为|录得)(?P<zh_moved>下降|下跌|增长|上涨|上升)?$"
    r"|(?:较|比|相比)[^，,。；;\d]{0,4}(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月\s?)?(?:\d{1,2}\s?日\s?)?的?(?:预估值|预测值|预期值|预估|预测)(?:为)?$"  # 比2023年12月14日的预估值3.12%
    r"|[(（]\s?(?:19|20)\d{2}\s?年(?:底|末|度)?\s?[:：]\s?$|[(（]\s?(?:FY\s?)?(?:19|20)\d{2}\s?[:：]\s?$"  # "增长21.8%(2018年:143.27亿元)",
    # "(2016: £1,401.4m)": the amount's, a year before
    r"|(?:此前|之前)\s?\d{1,2}\s?月份?已?(?:录得|为)$"  # "此前3月份已录得1.5%的按年跌幅"
    r"|(?<![较比])(?:首季|上季|上一季|前一季|上月|上一个月)度?的?(?:升幅|增幅|跌幅|降幅)?则?(?:为|是|升|上升|增长|跌|下跌)?(?<=为)(?:下跌|下降)?$"
    r"|(?<![较比])(?:首季|上季|上一季|前一季|上月|上一个月)度?的?(?:升幅|增幅|跌幅|降幅)?则?(?:为|是|升|上升|增长|跌|下跌)?$"
    r"|(?<=[较比])(?:首季|上季|上一季|前一季|上月|上一个月)度?的$"  # "比首季的20%为慢" (not "较上一季度增长11%", a move)  # "次季上升3.1%，首季的升幅则为3.0%"
    r"|(?:上一|前一|上个)交易日(?:的)?(?:中间价|收盘价|收市价|收盘|收市)?(?:为|报)?$"  # "6.9149元,上一交易日中间价为6.8680元"
    r"|(?P<zh_turn>由(?:上月|上季度?|去年同期|上年同期)?的?(?:同比|环比)?(?P<zh_from>下降|下跌|上涨|上升|增长)?)$",  # "由上月同比下降0.2%转为…"
    re.IGNORECASE)
_PER_SHARE_AFTER = scan.compile(r"\s?(?:a|per|an)\s(?:share|diluted share|ADS)|\s?/股|\s?每股", re.IGNORECASE)
_OR_CHAIN = scan.compile(r"\s?,\s?or\s$|\s?[（(]\s?$", re.IGNORECASE)
_RESPECTIVE = scan.compile(r"分别", re.IGNORECASE)


# An estimate is no figure an earlier value belongs to: "rose 14.1 percent, missing forecasts for 17.2 percent,
# and down from 35.1 percent" - 35.1 is the 14.1's.
# A poll's figure marked in a table: "2026: 1.7% (exp. 1.9%, prev. 1.6%)".
POLLED_MARK = scan.compile(r"\b(?:exp|est|cons)\.\s?$", re.IGNORECASE)
_ESTIMATE_BEFORE = scan.compile(r"\b(?:forecasts?|expectations?|estimates?|consensus|expected|predicted|projected)\s(?:for|of)\s"
                                rf"(?:an? |the )?(?:[a-z]+\s(?:of\s)?)?$|{POLLED_MARK.pattern}", re.IGNORECASE)


# A figure that is itself a base of comparison has no earlier value of its own: "对比第1季的9291.33亿元…，对比去年同期的
# 1兆1597.84亿元" compares the quarter's figure with both.
_COMPARED_BASE = scan.compile(r"(?:较|比|相比|对比)[^，,。；;]{0,10}的\s?$")


_EXPECTED_AFTER = scan.compile(r"(?:\s(?:and|or)\s\S{1,12}?,?(?:\srespectively,?)?)?"  # ("the $1.12 and $2.1B, respectively, that analysts had expected")
                               r"(?:\s(?:(?:that\s)?(?:analysts|economists|the market|investors|Wall Street)\s(?:had\s)?)?"
                               r"(?:expected|forecast|estimated|predicted|anticipated)\b"
                               r"|\s(?:analyst\s)?(?:consensus|estimates?)\b)", re.IGNORECASE)  # "vs. $1.68B consensus"


_REVISED_FORECAST = scan.compile(r"\b(?:previous|prior|earlier|original)\s(?:forecast|estimate|guidance|outlook|assumption)\b", re.IGNORECASE)


def _link_priors(text: str, qs: list[Quantity]) -> list[Quantity]:
    consumed: set[int] = set()
    for j, y in enumerate(qs):
        if y.revision or j in consumed:
            continue
        cue = _PRIOR_CUE.search(text, max(0, y.start - 48), y.start)
        first_estimate = _FIRST_ESTIMATE.match(text, y.end)
        if cue is None and first_estimate is not None:
            cue = _BEYOND.search(text, max(0, y.start - 40), y.start)  # "slightly below the 2.5 pct estimated last month"
        earlier_move = None
        if cue is None and (cue := _AFTER_MOVE.search(text, max(0, y.start - 30), y.start)) is not None:
            earlier_move = _EARLIER_MONTH.match(text, y.end)
            if earlier_move is None or _SERIES_AFTER.match(text, earlier_move.end()) or _FORECAST_WORDS.search(text, 0, y.start):
                continue  # "after a 10% cut in rates": no earlier value of the same figure; "after a 244,000 increase in
                # May and a 175,000 gain in April": each month's own figure; "had expected exports would decline 3%, after …"
        if cue is not None and cue.groupdict().get("zh_turn") and not _TURNED_AFTER.match(text, y.end):
            continue  # "由上月同比下降0.2%转为同比上涨0.7%" (not "由2家增至5家", a revision)
        if cue is not None and cue.group()[:1] in "与和跟" and not _COMPARED_AFTER.match(text, y.end):
            continue  # "与9月份的1050辆相比" (not "与9月份的数据" alone)
        if cue is not None and cue.groupdict().get("bare_time") and not _ITS_RISE_AFTER.match(text, y.end):
            continue  # "比9月份1.1%的相应升幅" (not "比9月份增加" nor "较5月份的…")
        if cue is None or _EXPECTED_AFTER.match(text, y.end) and first_estimate is None or _OFFER_PRICE_AFTER.match(text, y.end):
            continue  # "higher than the $4.9 billion analysts expected" is an estimate, not an earlier value; "较115元的上市价"
            # the listing price, a figure of its own
        if BENCHMARK_AFTER.match(text, y.end):
            continue  # "gained 30%, against a 16% gain in the broader Straits Times Index": the benchmark's own move
        if _STREET_AFTER.match(text, y.end):
            continue  # "expects EPS of $1.32 vs. a $1.39 Street figure": the consensus, a figure of its own
        if ON_OFFER.match(text, y.end):
            continue  # "bid for 16.11 crore shares against 2.24 crore shares earmarked for them": what was offered, no earlier bid
        olds = [j]
        # the figures chained to it (", or $0.65 a share", "及23.5仙") are earlier values too
        for k in range(j + 1, len(qs)):
            gap = text[qs[k - 1].end:qs[k].start]
            if re.fullmatch(r"\s?(?:,?\s?or|及|和|、|/|,?\s?and|,)\s?", gap):  # (", 61.0%, and 66.6%, respectively")
                olds.append(k)
            else:
                break
        revised_forecast = _REVISED_FORECAST.search(cue.group()) is not None  # "expects 95 yen, down from its previous assumption of 85"
        news = [i for i in range(j) if i not in consumed and qs[i].prior_value is None and qs[i].prior_low is None
                and not qs[i].revision and not _PRIOR_CUE.search(text, max(0, qs[i].start - 40), qs[i].start)
                and (revised_forecast or not _ESTIMATE_BEFORE.search(text, max(0, qs[i].start - 40), qs[i].start))
                and not _COMPARED_BASE.search(text, max(0, qs[i].start - 16), qs[i].start)
                and not _POLL_AFTER.match(text, qs[i].end)
                and not re.search(r"[;；。]", text[qs[i].end:y.start])]
        swing = _SWING.search(cue.group())  # "loss of 8.8 pence, compared to a profit of 159.3 pence", 对比去年同期的亏损
        # (sizes free too where a year-ago figure is named as such: "去年同期的虧損則為8﹒69億元", "去年同期只有0﹒8%")
        free = swing is not None or "同期" in cue.group() and (y.unit == "%" or re.search(r"亏损|盈利|溢利", cue.group()) is not None)
        pairs = []
        if len(olds) > 1 and len(news) >= len(olds):
            pairs = list(zip(news[-len(olds):], olds))  # respective lists, in order
            run = _list_run(text, qs, news)
            if len(run) > len(olds) and _BRACKET_OPENS_BEFORE.fullmatch(text, qs[run[-1]].end, cue.start()):
                # "48.9/55.8/63.9亿元(2025/2026年的前值依次为50.6/59.5亿元)": a newer year added at the end has none
                pairs = list(zip(run[:len(olds)], olds))
        elif news and (x := _match(text, qs, news, j, free, bare=revised_forecast)) is not None:
            pairs = [(x, j)]
        elif len(olds) == 1 and (later := _later(text, qs, j)) is not None:
            pairs = [(later, j)]  # "its previous close of 6.4369, quoted at 6.4327": the figure follows its earlier value
        for i, k in pairs:
            if _same_kind(text, qs[i], _unit_unsaid(qs[i], qs[k]) if revised_forecast else qs[k], free):
                _set_prior(qs[i], qs[k])
                qs[i].prior_loss = None if swing is None else swing.group().lower() in _LOSS_WORDS
                if _LOSS_AFTER.match(text, qs[k].end):
                    qs[i].prior_loss = True  # "compared with a 2.1-billion-franc loss a year earlier"
                if earlier_move is not None:
                    qs[i].prior_fell = bool(_FELL.search(cue.group() + earlier_move.group()))
                elif (moved := _PRIOR_MOVE_NOUN.match(text, qs[k].end)) is not None:
                    qs[i].prior_fell = moved.group(1).lower() in _FALL_NOUNS  # "rather than the 0.2% contraction first estimated"
                elif en_moved := cue.groupdict().get("en_moved"):
                    qs[i].prior_fell = en_moved in ("slipped", "fallen", "fell", "dropped", "declined", "decreased", "shrunk", "contracted")
                elif moved_word := cue.groupdict().get("zh_moved") or cue.groupdict().get("zh_from") or cue.groupdict().get("zh_was"):
                    qs[i].prior_fell = moved_word in _FALL_WORDS  # ("前值为增长8.3%": as the word says)  # "增长1.9%，而1-4月份为下降3.0%"
                elif cue.group().endswith(("为下跌", "为下降")):
                    qs[i].prior_fell = True  # "按年上升2.7%，上季为下跌4.1%"
                elif cue.group().rstrip("+＋-−").endswith(("前值", "前值为")):
                    qs[i].prior_fell = cue.group().endswith(("-", "−"))  # "下降0.2%（前值0.4%）", "（前值-3.6%）": as written
                consumed.add(k)
        if not pairs and j and (j - 1 in consumed or qs[j - 1].prior_value is not None) \
                and _ANOTHER_EARLIER.match(text, qs[j - 1].end, y.start):
            consumed.add(j)  # "up from 46.5mn t in January-March and from 49.3mn t a year earlier": its other earlier value
    return [q for n, q in enumerate(qs) if n not in consumed]


# A figure said to be unchanged is its own earlier value: 政策利率维持在2%, 目标仍为1300亿元, "中标利率2.5%，和上次持平",
# "1年期LPR为3.45%，5年期以上LPR为3.95%，两者均与上一期持平", "held steady at 5.25%".
_HELD_BEFORE = scan.compile(r"(?:维持|保持|仍然?)(?:在|于|为|是)?(?:[^，,。；;\d]{0,12}的)?\s?$"
                            r"|\b(?:unchanged|held steady|steady|kept (?:\w+ ){0,3}unchanged|left (?:\w+ ){0,3}unchanged) at\s(?:an? )?$", re.IGNORECASE)
_HELD_AFTER = scan.compile(r"\s?[，,]\s?(?P<both>两者|二者|均|都)?\s?(?:均|都|亦|也)?(?:和|与|同|跟)(?:上次|上一期|上期|上月|上个月|此前|之前|上年|去年|上年度|上一年)(?:(?:相同|一致|一样)?持平|相同|一致|一样)"
                          r"|(?:/[\u4e00-\u9fff]{1,2})?\s?[(（]\s?持平\s?[)）]")  # a quote's note: "报价 800 美元/吨(持平)"
_FROM_FLAT = scan.compile(r"由(?:上月|上季度?|去年同期|上年同期)?的?(?:同比|环比)?持平转为(?:同比|环比)?(?:上涨|上升|增长|下降|下跌)?$")
_HELD_LIST = scan.compile(r"\s?(?:及|和|与|、|,|，|and)\s?")


def _held(text: str, qs: list[Quantity]) -> list[Quantity]:
    held: list[Quantity] = []
    for n, q in enumerate(qs):
        if q.revision or q.prior_value is not None or q.prior_low is not None or (q.value is None and q.low is None):
            continue
        if _HELD_BEFORE.search(text, max(0, q.start - 24), q.start) or \
                (held and held[-1] is qs[n - 1] and _HELD_LIST.fullmatch(text, qs[n - 1].end, q.start)):
            held.append(q)  # "分别维持在2.5%及2.9%": both
        elif (after := _HELD_AFTER.match(text, q.end)) is not None:
            held.append(q)
            if after.group("both") and n and not qs[n - 1].revision and qs[n - 1].unit == q.unit:
                held.append(qs[n - 1])
    for q in held:
        _set_prior(q, q)
    for q in qs:
        if q.prior_value is None and q.value is not None and _FROM_FLAT.search(text, max(0, q.start - 20), q.start):
            q.prior_value = 0.0  # "核心CPI由上月持平转为上涨0.3%": flat before
    return qs


# The month before, as a release states it: "0.2 percent after a 1.7 percent rise in September", "after edging up 0.1
# percent in September", "after a 1.0 percent drop in the previous month", "after 11.8 percent in September".
_AFTER_MOVE = scan.compile(r"\bafter\s(?:an?\s|(?:edging|rising|falling|gaining|climbing|"
                           r"dropping|declining|increasing|decreasing|slipping|jumping|easing|advancing|dipping)\s(?:up\s|down\s|higher\s|lower\s)?(?:by\s)?)?$",
                           re.IGNORECASE)
_EARLIER_MONTH = scan.compile(r"(?:\s(?:m-o-m|y-o-y|m/m|y/y|month-on-month|year-on-year))?"
                              r"(?:\s(?:rise|gain|increase|decline|drop|fall|advance|jump|dip|climb|decrease|surge))?\s(?:(?:in|for)\s(?:the\s(?:previous|prior)\s(?:month|quarter)|"
                              r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
                              r"|the\s(?:month|quarter)\sbefore\b|the\s(?:previous|prior)\s(?:month|quarter)\b|a\s(?:month|quarter)\s(?:earlier|before)\b)")
# A statistic's earlier estimate of the same figure, which a revision replaces: "the 2.3 pct estimated a month ago",
# "the 3.1 pct gain first estimated", "the 1.7 pct estimated earlier" (not what analysts estimated).
_FIRST_ESTIMATE = scan.compile(r"\s(?:(?:rise|gain|increase|decline|drop|fall|rate)\s)?(?:(?:first|initially|originally|previously)\s"
                               r"(?:estimated|reported)|(?:estimated|reported)\s(?:a month ago|earlier|last month|previously|initially|"
                               r"before|at first))\b", re.IGNORECASE)
ON_OFFER = scan.compile(r"\s(?:on offer|reserved|set aside|earmarked|offered)\b")
_BEYOND = scan.compile(r"\b(?:below|above|under|over|(?:quicker|faster|slower|stronger|weaker) than|against)\s(?:the\s)?$", re.IGNORECASE)
_FALL_WORDS = frozenset({"下降", "下跌"})
_COMPARED_AFTER = scan.compile(r"\s?(?:相比|相较|比较)")
_ITS_RISE_AFTER = scan.compile(r"的(?:相应)?(?:升幅|增幅|跌幅|降幅|增速|水平)")
_OUTLOOK_BY = scan.compile(r"\b(?:expects?|expected|forecasts?|sees|guides?|guided|projects?|targets?|aims?)\b[^.;]{0,80}?"
                           r"\b(?:grow|rise|increase|climb|decline|fall|drop)\s(?:by\s)?(?:between\s)?$", re.IGNORECASE)
# An amount's forecast moved by a range of percents: "lowered its revenue forecast for fiscal year 22-23 by 7% to 9%",
# "raised its 2025-2027 earnings estimates for Goldwind by 3% to 7%" (not a growth forecast cut by 0.5% to 2.5%).
_ESTIMATES_BY = scan.compile(r"\b(?:revenue|sales|earnings|profits?|EPS|income)\s(?:forecasts?|estimates?|projections?)\b[^.;%]{0,50}?\bby\s$",
                             re.IGNORECASE)
BENCHMARK_AFTER = scan.compile(r"\s(?:gain|rise|increase|advance|climb|fall|drop|decline|loss|slide)\s(?:in|for|by)\s(?:the\s)?"
                                r"(?:broader\s|benchmark\s|wider\s|overall\s)?(?!(?:January|February|March|April|May|June|July|"
                                r"August|September|October|November|December|Q[1-4]|H[12]|FY|Fiscal|First|Second|Third|Fourth|"
                                r"Last|Previous|Same|The)\b)[A-Z]")
_OFFER_PRICE_AFTER = scan.compile(r"的?(?:上市价|招股价|发行价|发售价|配售价|当前价|当前股价|现价|最新价|收盘价)")
# (and the next of a list the verb moves: "分别增加5.4倍及4.2倍")
_MULTIPLE_MOVE = scan.compile(r"(?:增长|增加|上升|上涨|飙升|暴增|大增|急升|劲升|升|涨|增|扬|多赚|大赚)(?:了|达|逾|近|约|超)?\s?"
                              r"(?:\d+(?:\.\d+)?倍(?:及|和|、|与)\s?(?:近|约|逾|超)?\s?)?$")
_PRIOR_MOVE_NOUN = scan.compile(r"\s(contraction|decline|drop|fall|decrease|slide|slump|plunge|dip|rise|gain|increase|expansion|jump|surge|"
                                r"advance|climb)\b", re.IGNORECASE)
_FALL_NOUNS = frozenset({"contraction", "decline", "drop", "fall", "decrease", "slide", "slump", "plunge", "dip"})
_SERIES_AFTER = scan.compile(r"\s(?:and|,)\s(?:an?\s)?[\d.,]+")
_FORECAST_WORDS = scan.compile(r"\b(?:expected|forecast|estimated|polled|consensus|projected)\b", re.IGNORECASE)
_FELL = scan.compile(r"\b(?:falling|dropping|declining|decreasing|slipping|easing|dipping|down|lower|decline|drop|fall|dip|decrease)\b")
_ANOTHER_EARLIER = scan.compile(r"[^,;，。；\d]{0,30}?\band\s(?:up\s|down\s)?from\s(?:an?\s|the\s)?$")


# An estimate named after its figure ("the 8.7 percent increase forecast") is no figure an earlier value is given to.
_POLL_AFTER = scan.compile(r"\s(?:(?:increase|rise|gain|decline|drop|fall|growth|surplus|deficit)\s)?(?:forecast|expected|estimated|predicted)\b")
_BRACKET_OPENS_BEFORE = scan.compile(r"[^()（）。；;]{0,6}[(（][^()（）]{0,16}")


def _list_run(text: str, qs: list[Quantity], news: list[int]) -> list[int]:
    """The figures that end `news` as one list ("48.9/55.8/63.9亿元"), in order."""
    run = [news[-1]]
    for i in reversed(news[:-1]):
        if i != run[0] - 1 or not re.fullmatch(r"\s?(?:/|、|,|，)\s?", text[qs[i].end:qs[run[0]].start]):
            break
        run.insert(0, i)
    return run


def _later(text: str, qs: list[Quantity], j: int) -> int | None:
    """The next figure of the sentence, when it is a figure of its own (no earlier value, no cue of one)."""
    k = j + 1
    if k < len(qs) and _THEN.fullmatch(text, qs[j].end, qs[k].start) and not qs[k].revision \
            and qs[k].prior_value is None and not _PRIOR_CUE.search(text, max(0, qs[k].start - 40), qs[k].start):
        return k
    return None


# Between an earlier value and the figure right after it: ", quoted at", ", now at", "，现报", "gain to a".
_TURNED_AFTER = scan.compile(r"\s?转为")
_THEN = scan.compile(r"[^;；。]{0,12}?(?:\b(?:at|to|now|is|was)|报|为|至)\s?(?:an? )?(?:about |around )?(?:US|HK)?\$?\s?[+]?"
                     r"(?:(?<=转为)(?:同比|环比)?(?:上涨|上升|增长|下降|下跌)?)?", re.IGNORECASE)


def _unit_unsaid(x: Quantity, y: Quantity) -> Quantity:
    """y, an earlier value that leaves its unit unsaid ("its previous assumption of 85"), in x's unit."""
    return replace(y, unit=x.unit) if y.unit is None and not y.scaled else y


def _match(text: str, qs: list[Quantity], news: list[int], j: int, swing: bool, bare: bool = False) -> int | None:
    y = qs[j]
    for i in reversed(news):
        if _same_kind(text, qs[i], _unit_unsaid(qs[i], y) if bare else y, swing):
            return i
    return None


_SWING = scan.compile(r"\b(?:loss(?:es)?|profits?|income|earnings)(?= of\s?$)|(?:亏损|盈利|赚|蚀)$", re.IGNORECASE)
_LOSS_WORDS = frozenset({"loss", "losses", "亏损", "蚀"})
_LOSS_AFTER = scan.compile(r"\s(?:net\s)?loss\b", re.IGNORECASE)


_BARE_CENTS_AT_END = scan.compile(r"\d\s?cents?$")


_MULTIPLE_RISE_AFTER = scan.compile(r"\s?(?:升|增|增长|上升|上涨|急升|大增|增加)了?\s?(\d+(?:\.\d+)?)\s?倍")


def _same_kind(text: str, x: Quantity, y: Quantity, swing: bool = False) -> bool:
    """Whether y can be x's earlier value: the same unit, and a size within ten times (a hundred across a swing
    between loss and profit, whose sizes are free)."""
    cents = y.unit == "USD" and x.unit in CURRENCIES and _BARE_CENTS_AT_END.search(text, y.start, y.end) is not None
    counted = y.unit is None and x.unit in _COUNTED and not _MONTH_AFTER.match(text, y.end)
    # ("4,300 employees, up from 3,900": the count's noun is said once; "down 36% from 41,926 in December but up 39% from
    # 19,346 a year earlier": the month before's count is a figure of its own)
    counted = counted or x.unit is None and y.unit in _COUNTED and x.value is not None and x.value >= 100  # ("sales reached 209,467
    # …, a rise of 98.59 percent on the 105,475 units": the count's noun said with the earlier value)
    alike = x.unit == y.unit or {x.unit, y.unit} == {"units", "vehicles"}  # ("210,295 vehicles …, more than the 106,042 units")
    # ("113.77 yen, lower than 114.00 in New York": a price's earlier quote, its currency unsaid and its size close)
    quoted = y.unit is None and not y.scaled and x.unit in CURRENCIES and bool(x.value) and bool(y.value) \
        and 0.8 <= x.value / y.value <= 1.25
    if (not alike and not cents and not counted and not quoted) or (x.value is None) != (y.value is None):  # "to 8.8 Singapore cents from 12.5 cents"
        return False
    per_x = bool(_PER_SHARE_AFTER.match(text, x.end))
    per_y = bool(_PER_SHARE_AFTER.match(text, y.end))
    if x.unit not in ("%", "pp", "bp", "points") and per_y and not per_x:
        return False  # (an earlier value may leave "per share" unsaid: "$4.48 to $4.56 per share, ... of $4.40 to $4.55")
    a = x.value if x.value is not None else (x.high or x.low)
    b = y.value if y.value is not None else (y.high or y.low)
    spread = 100 if swing else 10
    if (multiple := _MULTIPLE_RISE_AFTER.match(text, y.end)) is not None:
        spread = max(spread, 1.2 * (float(multiple.group(1)) + 1))  # "比去年同期的3100萬元升26﹒87倍": 28 times the size
    if a == 0 and x.needs_metric:
        return bool(b) and x.unit == "%"  # "flat, rather than the 0.2% contraction first estimated"
    return bool(a) and bool(b) and 1 / spread <= abs(a / b) <= spread


def _set_prior(x: Quantity, y: Quantity) -> None:
    if y.value is not None:
        x.prior_value = y.value
    else:
        x.prior_low, x.prior_high = y.low, y.high
    x.prior_end = y.end


# Chinese marks a bound in front of a figure: 逾50% is more than 50%, 不足150点 less than 150 points,
# 最多50亿元 at most five billion, 不低于1.88亿元 at least. (English "more than 12 percent" is read as the figure itself.)
_LOWER = scan.compile(r"(?<!不)(?:逾|超过|超出|(?<![买卖])(?<![年月季度期计易,，、;；。:：(（\s美台陆港中日韩欧总对][出入])(?<!^出)(?<!^入)超|多于|高于|突破|首破|再破|不低于|不少于|至少)\s?$")  # (买超, 卖超: net buying, selling; 出超, 入超: a trade surplus, deficit)
_CAP_PRICE = scan.compile(r"价格?(?:上限)?(?:为|则)?(?:不超过|不高于)(?:人民币|港币|港元)?\s?$")
_UPPER = scan.compile(r"(?:不足|不到|少于|最多|至多|不超过|不多于|不高于)(?:动用|使用|斥资|投入|回购|达)?\s?$")
_CAP_WORD = scan.compile(r"(?:最高)?(?:楼面)?限价(?:为|是)?约?\s?$")  # a land auction's "限价5亿元": at most


def _bound(text: str, q: Quantity, listed_lower: bool = False) -> None:
    if q.value is None or q.revision:
        return
    if listed_lower:
        q.low, q.value = q.value, None
        return
    before = text[max(0, q.start - 3):q.start]
    if _UPPER.search(text, max(0, q.start - 5), q.start) or _CAP_WORD.search(text, max(0, q.start - 10), q.start):
        if _CAP_PRICE.search(text, max(0, q.start - 12), q.start) and _PER_SHARE_AFTER.match(text, q.end):
            return  # "回购价格不超过71.805元/股": the cap price is the figure itself
        q.high, q.value = q.value, None
        return
    if _LOWER.search(text, max(0, q.start - 3), q.start):  # (its look-behinds see the words before: "卖出超" but "出超")
        q.low, q.value = q.value, None
    elif _UPPER.search(before):
        q.high, q.value = q.value, None


_BOUND_LIST = scan.compile(r"\s?(?:及|和|、)\s?")
_BOUND_LIST_COMMA = scan.compile(r"\s?(?:及|和|、|，|,)\s?")
# "最高成交价为7.89元/股，最低为7.41元/股": one range, its high end first.
_HIGHEST_BEFORE = scan.compile(r"最高(?:成交|回购)?(?:价格?)?为?\s?$")  # (最高回购价103.300港元,最低102.200港元)
_LOWEST_GAP = scan.compile(r"(?:\s?/股)?\s?[，,、]\s?最低(?:成交|回购)?(?:价格?)?为?\s?")


def _spread_high_low(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for lo in qs:
        hi = out[-1] if out else None
        if hi is not None and hi.value is not None and lo.value is not None and hi.unit == lo.unit and lo.value <= hi.value \
                and _HIGHEST_BEFORE.search(text, max(0, hi.start - 8), hi.start) and _LOWEST_GAP.fullmatch(text, hi.end, lo.start):
            hi.low, hi.high, hi.value, hi.end = lo.value, hi.value, None, lo.end  # the lowest folds into the range
            continue
        out.append(lo)
    return out


def _comparable(a: Quantity, b: Quantity) -> bool:
    """A revision moves a figure, it does not change its kind: "$0.22 per share, against the $3.4 million"
    pairs a per-share figure with a total."""
    x = a.value if a.value is not None else (a.high or a.low)
    y = b.value if b.value is not None else (b.high or b.low)
    return not x or not y or a.unit in ("%", "pp", "bp") or 0.05 <= abs(x / y) <= 20


def _revision(new: Quantity, old: Quantity, new_atom: Atom, old_atom: Atom) -> Quantity:
    unit = new.unit or old.unit
    old_scale = 1.0
    if new_atom.scaled and not old_atom.scaled and old.value is not None:
        old_scale = new_atom.scale  # "narrowed to 1.2 billion yuan from 3.5 billion" needs nothing; "from 3.5 to 1.2 billion" does
    q = Quantity(min(new.start, old.start), max(new.end, old.end), new.value, new.low, new.high,
                 unit=unit, scaled=new.scaled or old.scaled, revision=True)
    if old.value is not None:
        q.prior_value = float(f"{old.value * old_scale:.15g}")
    else:
        q.prior_low, q.prior_high = old.low, old.high
    return q
