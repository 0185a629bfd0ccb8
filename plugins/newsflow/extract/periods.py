"""Reporting periods, read as written and resolved against the article: 2025Q3, 2025H1, FY2026,
FY2026Q2-Q4, 2016Q1-Q3, 2025, 2025-08, 2018-01..08, 2025-12-31.

A period may name its year (Q3 2025, 2025年上半年, 1H16, fiscal 2022, FY 2019/20) or leave it to the
article ("second quarter", 上半年, 去年, "a year earlier"); `Period.resolve` fills it in from the
article's year, counts fiscal periods as such when the text does, and writes a half or quarter whose
year no one can tell as "H1" or "Q2".
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace

from . import compiled, openings
from .lexicon import factored
from .scan import dispatch, first_class

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1, "次": 2, "上": 1, "下": 2}
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_QUARTER_OF_SPAN = {("january", "march"): 1, ("april", "june"): 2, ("july", "september"): 3, ("october", "december"): 4}

_Y = r"(?:19|20)\d{2}"
_ZH_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_ZH_MON = r"十[一二]?|[一二三四五六七八九]"
_ZH_DAY = r"[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"  # 六月三十日 is a day, not June
_MON = factored(r"january|february|march|april|may|june|july|august|september|october|november|december"
                r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")  # prefix-factored: tried at many word starts
_QW = r"first|second|third|fourth|1st|2nd|3rd|4th"
_ZQ = r"[一二三四1-4]"
# fiscal years: FY2026, FY26, FY 2019/20 and FY2021-22 (India: fiscal 2020, 2022), fiscal 2022, financial year 2021-22, 2026财年, 26财年, 2025财政年度
_FY = (rf"(?:FY\s?'?(?P<fy>{_Y}|\d{{2}})(?:[/–-](?P<fyb>\d{{2}})(?!\d))?|(?:fiscal(?: year)?|financial year)\s(?P<fy2>{_Y})(?:[/–-](?P<fy2b>\d{{2}})(?!\d))?"
       rf"|(?P<fy3>{_Y})/(?P<fy3b>\d{{2}})|(?P<fy4>{_Y}|\d{{2}})\s?(?:财年|财政年度))")

_PATTERNS: list[tuple[str, str]] = [
    # Order matters: longer, more specific forms first.
    ("ended", rf"(?:(?P<ord>first|second|third|fourth|final)[- ])?(?P<n>(?:fiscal )?quarter|three months|3 months|six months|6 months|six-months|nine months|9 months|(?:fiscal )?year|twelve months|12 months|"
              rf"(?:two|four|five|seven|eight|ten|eleven|[2457]|8|10|11) months|(?:three|six|nine|twelve|3|6|9|12)-month period)"
              rf",?\s(?:that\s|which\s)?(?:ended|ending|to)\s(?:on\s)?(?:(?P<m>{_MON})\.?\s\d{{1,2}}\b|\d{{1,2}}\s(?P<m2>{_MON}))\.?(?:,?\s(?P<y>{_Y}))?"
              rf"|截至\s?(?:(?P<y2>{_Y})\s?年\s?|(?P<yz>今年|去年))?(?P<mz>1[0-2]|[1-9])\s?月(?:\s?\d{{1,2}}\s?日|底|末)?\s?止?的?"
              rf"(?P<nz>季度|十二个月|十一个月|(?:[二两三四五六七八九十])个月|年度|全年|财政年度|财年|半年|中期)"),
    # "the year to next March", "the 12 months to March 2013": a fiscal year by the month it ends in
    ("year_to", rf"(?:(?:the\s)?(?:fiscal|financial|full)\s)?(?:year|twelve months|12 months)\s(?:to|ending)\s(?P<rel>next\s|last\s|this\s)?(?P<m>{_MON})"
                rf"(?:\s(?P<y>{_Y}))?(?![a-z]|\.?\s\d{{1,2}}\b)"),
    ("qrange", rf"(?:Q(?P<a>[1-4])|(?:the\s)?(?P<aw>first|second|third)(?: fiscal)?(?: quarter)?)\s?(?:to|-|–|through|and)\s?"
               rf"(?:Q(?P<b>[1-4])|(?:the\s)?(?P<bw>second|third|fourth)(?: fiscal)? quarters?)\s?(?:of\s)?(?:the\s)?(?:{_FY}|(?P<y>{_Y}))?"),
    ("fyq_zh", rf"{_FY}\s?第?(?:(?P<za>{_ZQ})(?:季度|财季)?\s?(?:至|到|-|–)\s?第?(?P<zb>{_ZQ})|(?P<zq>{_ZQ}))(?:季度|财季)"),
    # (Malaysia's "1QFY2025", "2HFY24")
    ("q_fy", rf"(?:Q(?P<q>[1-4])|(?P<qw>{_QW})[- ](?:fiscal )?quarter|(?P<q4>[1-4])Q(?=\s?FY))\s?(?:of\s)?(?:the\s)?{_FY}"),
    ("h_fy", rf"(?:H(?P<h>[12])|(?P<hw>first|second)[- ]half|(?P<h4>[12])H(?=\s?FY))\s?(?:of\s)?(?:the\s)?{_FY}"),
    ("months_fy", rf"(?P<nm>[69])M\s?{_FY}"),  # India's "9MFY24", "6M FY25": the first nine or six months of the fiscal year
    ("fy", _FY),
    ("first_n", rf"(?:(?:first |(?<=[Ff]or the )(?=six|nine)|(?<=[Ii]n the )(?=six|nine))(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven) (?P<nu>quarters|months)(?!\s(?:to|ending|ended)\b)(?: of)?(?:\s(?P<y>{_Y}))?"
                rf"|(?:(?P<y2>{_Y})\s?年\s?)?(?:前|首)(?P<nz>十一|[两二三四五六七八九十]|1[01]|[2-9])(?:个)?(?P<nuz>季度|季|个月|月))"),
    ("q_y", rf"Q(?P<q>[1-4])(?:\s?'?|/)(?P<y>{_Y}|\d{{2}})(?!\d|\.\d)|(?P<q2>[1-4])Q\s?'?(?P<y2>{_Y}|\d{{2}})(?!\d|\.\d)"
            rf"|(?P<y3>{_Y}|\d{{2}})\s?年?\s?Q(?P<q3>[1-4])(?!\d)"),
    ("qw_y", rf"(?:(?P<fis>fiscal)\s)?(?P<qw>{_QW})[- ]quarter(?: of)?(?:\s(?P<fis2>fiscal))?(?: calendar)?(?:\s(?P<y>{_Y}))?"
             rf"|(?P<y2>{_Y})\s(?P<qw2>{_QW})[- ]quarter"
             r"|(?P<qw3>last|final)[- ]quarter of the year"),  # "in the last quarter of the year": the fourth
    ("qqz", rf"(?:(?P<y>{_Y})\s?年\s?)?第?(?P<za>{_ZQ})\s?(?:季度)?\s?(?:至|到|-|–)\s?第?(?P<zb>{_ZQ})\s?季度"),  # 1-3季度, 一至三季度
    ("qz", rf"(?:(?P<y>{_Y})\s?年\s?(?:度)?)?(?:第\s?(?P<qz>{_ZQ})\s?季(?:度)?|(?<![上前])(?P<qz2>{_ZQ})\s?季度|(?P<qz3>[首次])季(?!报))"),
    ("q_alone", r"(?:(?P<fis>fiscal)\s)?Q(?P<q>[1-4])(?!\d|\.\d)"),
    # "the March-May quarter"; Australia's "June quarter" (April to June); "the six months to June" (a calendar half)
    ("span_q", rf"(?:the\s)?(?P<m>{_MON})(?:[-–]|[-–]through[-–])(?P<m2>{_MON})(?:\squarter)?(?:,?\s(?:of\s)?(?P<y>{_Y})(?!\d))?"
               rf"|(?P<qm>March|June|September|December)(?:[- ]quarter(?:\s(?:of\s)?(?P<y2>{_Y})(?!\d))?|\s(?P<y4>{_Y})\squarter)"
               rf"|(?:six|6) months (?:to|ending) (?P<hm>June|December)(?![a-z]|\.?\s\d)(?:\s(?P<y3>{_Y})(?!\d))?"
               rf"|(?P<hm2>June|December)\s(?P<y5>{_Y})\shalf(?:[- ]year)?(?![a-z])"),  # BHP's "December 2020 half year"
    ("h_y", rf"H(?P<h>[12])\s?'?(?P<y>{_Y}|\d{{2}})(?!\d|\.\d)|(?P<h2>[12])H\s?'?(?P<y2>{_Y}|\d{{2}})(?!\d|\.\d)|(?P<y3>{_Y})\s?H(?P<h3>[12])(?!\d)"),
    ("hw_y", rf"(?P<hw>first|second)[- ]half(?: of)?(?: the year)?(?:\s(?P<y>{_Y}))?|(?P<y2>{_Y})\s(?P<hw2>first|second)[- ]half"
             rf"|(?<!and a )(?<!and one )(?P<hy>half[- ]year)(?!ly|s)(?:\s(?:of\s|ended\s|to\s)?(?P<y3>{_Y}))?"),  # "half year 2016", "the half-year": the first half
    ("h_alone", r"H(?P<h>[12])(?!\d|\.\d)"),
    ("hz", rf"(?:(?P<y>{_Y})\s?年\s?)?(?:(?P<hz>上|下)半年|(?P<hy>半年)(?!结|結)度?|(?P<mid>中期))"),
    ("day", rf"(?:(?P<y>{_Y})\s?年\s?)?(?P<m>1[0-2]|0?[1-9])\s?月\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号](?![电讯])"),  # (2018年03月08日)
    ("month_range", rf"(?:(?P<y>{_Y})\s?年\s?)?(?P<a>1[0-2]|[1-9]|{_ZH_MON})\s?月?\s?(?:-|–|—|~|～|至|到)\s?(?P<b>1[0-2]|[1-9]|{_ZH_MON})\s?月(?:份)?(?!\s?\d{{1,2}}\s?[日号])"),
    ("month", rf"(?P<m>{_MON})\.?\s(?P<y>{_Y})(?!\d)|(?:(?P<y2>{_Y})\s?年\s?)?(?P<mz>1[0-2]|0?[1-9]|{_ZH_MON})\s?月(?:份)?(?!\s?(?:\d{{1,2}}|{_ZH_DAY})\s?[日号]|\s?(?:-|–|—|~|～|至|到))"
              rf"|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bfor\s)|(?<=\bon\s))(?P<m3>{_MON})(?![a-z]|\.?\s\d|\.\w)|(?<=\bduring\s)(?P<m4>{_MON})(?![a-z]|\.?\s\d|\.\w)"
              r"|(?-i:(?P<m5>January|February|March|April|June|July|August|September|October|November|December))(?=['’]s\s|\s(?:saw|brought)\b)"),  # "August's change", "October saw"
    ("relative", r"(?P<ago>(?:a|one) year (?:earlier|ago|before)|year[- ]ago|the (?:previous|prior) year|the year before|"
                 r"the same (?:period|quarter|month) (?:a|last) year|去年同期|上年同期|上年度同期)"
                 r"|(?P<prev>last year'?s?|去年|上年|上一年)|(?P<this>this year|the current year|今年|本年|(?<=\bby )year[- ]end|(?<=\bby )the end of (?:the|this) year"
                 r"|(?<=\bend )the year|(?<=\bending )the year|(?<=\bfinishing )the year)|(?P<next>next year|明年)"),
    # A monthly release's month before, as a clause's subject: "上月则按年下跌3.1%", "(上月按年升26.4%)" (not 比上月, a comparison)
    ("prev_month", r"(?:(?<=[，,；;（(])|(?<=而))上一?个?月(?=\s?(?:则|亦|也|按年|同比|为|的|份))"),
    ("current", r"(?P<cur>the current quarter|this quarter|next quarter|the coming quarter|本季度|下季度)"
                r"|(?P<half>the (?:six|6)-month period)"),
    ("full_year", rf"(?:full[- ]year|the full year|全年|年度)(?:\s(?P<y>{_Y}))?"),
    ("year", rf"(?P<y>{_Y})(?:\s?年(?:全年|度)?|\s?全年|\b)(?![.,]\d|\s?(?:亿|万|千|百|元|港元|美元|点|bn|billion|million|s\b))"),
    # "24年归母净利润" in a research digest: 2024; not a span of years ("过去16年", "20年期国债", "25年内")
    ("yy", r"(?<![\d./、~–-])(?<![至到及和与]\s)(?<![至到及和与])(?<![/、~–-]\s)(?<!过去)(?<!连续)(?<!长达)(?<!超过)(?<!近)(?<!逾)(?<!约)(?<!第)(?P<yy>0\d|1\d|2\d)\s?年(?:全年|度)?"
           r"(?![\d年]|来|间|内|期|后|前|以来|之久|多|左右|中期|高位|低位|新高|新低|高点|低点|\s?(?:国债|国开|美债|AAA|存单|定存|LPR))"),
    # (not "19年高位", a 19-year high, nor "10 年国债", a bond's term)
]
# Every period starts a word with one of these characters; the guard lets the engine skip the rest.
_START = r"(?<![A-Za-z0-9])(?<!\d[.,])(?=[0-9QHFTSIJMAONDLYCEqhftsijmaondlyce一二三四五六七八九十上下前今全第截半首次去本明年中])"
# Each form behind a lookahead of the characters it can start with: the engine dismisses most forms
# at a position with one test.
_FORMS = dispatch([(first_class(pat), f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}__')})", True) for name, pat in _PATTERNS])
_REGEX = compiled.compile(_START + openings.letter_guard(_FORMS, re.IGNORECASE) + "(?:" + _FORMS + ")", re.IGNORECASE)
# Each form's own groups in the pattern's order, (group name, name within the form): a match reads
# its form's few groups, not all of the pattern's.
_FORM_GROUPS: dict[str, list[tuple[str, str]]] = {name: [] for name, _ in _PATTERNS}
for _group in _REGEX.groupindex:
    if "__" in _group:
        _FORM_GROUPS[_group.split("__", 1)[0]].append((_group, _group.split("__", 1)[1]))
_AUSTRALIAN = re.compile(r"\$US|\bA\$|\bASX\b|\bAustralia|\bNZ\$|\bNew Zealand|\bRBNZ\b|\bNZX\b")  # (and New Zealand's, which names quarters alike)
_FISCAL_TEXT = re.compile(r"\bFY\s?'?\d|\bfiscal (?:first|second|third|fourth|Q[1-4])\b|\bfiscal[- ]quarter|\bfinancial year\b", re.IGNORECASE)
_BRACKET_LABEL = re.compile(r"\s?[:：]")
_SINCE_AFTER = re.compile(r"\s?(?:以来|以來)")
# A record's own year, no year reported on: "an all-time high operating profit of ¥525.7 billion, set in fiscal 1997",
# "the low recorded in December 2015".
RECORD_SET_IN = r"\b(?:high|record|peak|low)\b(?:[^.;]|\.\d){0,40}?\b(?:set|reached|hit|achieved|recorded|touched) in"
_COUPON_BEFORE = re.compile(r"\d\s?%,?\s$")
_BOND_AFTER = re.compile(r"\s(?:bonds?|notes?|paper|securities|G-?secs?|gilts?)\b", re.IGNORECASE)


def bond_maturity(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is a bond's maturity after its coupon: "the 6.45%, 2029 bond"."""
    return _COUPON_BEFORE.search(text, max(0, start - 6), start) is not None and _BOND_AFTER.match(text, end) is not None

# A period introduced by these words is the comparison base, not the reporting period.
_COMPARISON = openings.compile(r"(?:compared (?:to|with)|(?:%|percent|per cent|points?)\s(?:above|below)|versus|vs\.?|than|from|over|against|since|(?:up|down|flat|higher|lower) on|(?:比|较|相比|与)(?:[\u4e00-\u9fff]{1,4}前)?|(?:若|如)?(?:剔除|扣除)|"  # (与疫情前2019年8月…相比; 如剔除2019年同期…的因素)
                               + RECORD_SET_IN + r"\s|"
                               r"\bturned (?:its |a |an )?[\w.,$€£-]+ (?:loss|profit|deficit|surplus) (?:in|for)\s(?:the\s)?|"  # "turned its 2.8-billion-franc loss in the third quarter of 2012 into a profit"
                               r"\b(?:up|down|higher|lower|more|less)\s[\d.,]+\s?(?:%|per ?cent)\son|"  # "up 28% on the first six months of 2019"
                               r"\b(?:increase|rise|gain|decrease|decline|fall|drop)\sof\s[\d.,]+\s?(?:%|per ?cent|percent)\son|"  # "an increase of 3.5% on August 2016"
                               r"(?:corresponding|same|comparable) (?:period|quarter|month|half) (?:of|in)|"
                               r"\b(?:following|after|from)\san?\s[\d.]+\s?(?:%|percent|per cent)\s(?:gain|rise|increase|advance|growth|drop|decline|fall|"
                               r"contraction|expansion)\s(?:in|for|during))"  # "following a 3.4% gain in the fourth quarter of 2023"
                               r"(?:\s?(?:the\s|an?\s)?(?:(?:net |operating |underwriting )?(?:loss|profit|gain|income|deficit|surplus) of\s)?(?:(?:US|HK|NZ|A|C|S)?[$£€]|(?:CHF|EUR|GBP|USD|RMB|INR|Rs\.?)\s?|₹\s?)?(?=[\d.])[\d.,’]+\s?(?:%|percent|per cent|pc|billion|million|bn|mn|m|b|亿|万)?\s?"
                               r"(?:元|美元|港元|pounds|pence|p|euros|dollars|yuan|(?:Swiss )?francs|yen|won|rupees|crores?|ringgit|baht|rand|reais|pesos|kronor|kroner|t|tonnes|barrels|units|cars|vehicles|shares|jobs|people|ounces|oz|boe|MMboe)?,?)?\s*"
                               r"(?:(?:(?:it|they|the company|the group)\s(?:had\s)?)?(?:reported|recorded|posted|seen|registered|booked|earned|made)\s)?"  # "down on the 14.4% reported at the end of 2020", "than the 344.5 billion yen it booked in 2015/16"
                               r"(?:in\s|during\s|for\s|as of\s|at the end of\s|at end-|of\s)?(?:the\s|a\s)?$",  # ("than the 13,121 million of the first half")
                               re.IGNORECASE)

# Between one earlier period and the next of a list of earlier values: " and 3.47% in the ", " 30 and 3.30% as of Dec. 31, "
_ANOTHER_BASE = re.compile(r"(?:\s\d{1,2})?,?\s(?:and|,)\s(?:from\s|against\s)?(?:US|HK)?[$£€]?[\d.,]+\s?(?:%|percent|per cent|billion|million)?\s?"
                           r"(?:in|as of|at the end of|at)\s(?:the\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s)?", re.IGNORECASE)
# The second earlier period of a list: "versus 3.29% as of June 30 and 3.30% as of Dec. 31, 2017"
_CHAINED_BASE = re.compile(r"\b(?:versus|vs\.?|against|from|compared (?:with|to))\s(?:US|HK)?[$£€]?[\d.,]+\s?(?:%|percent|per cent|billion|million)?\s?"
                           r"(?:in|as of|at the end of|at)\s[^.;%]{0,30}?" + _ANOTHER_BASE.pattern + "$", re.IGNORECASE)
# "against 62.5%, 61.0%, and 66.6%, respectively, in the second quarter of fiscal 2019": a list of earlier values' period
_LISTED_BASE = openings.compile(r"\b(?:versus|vs\.?|against|compared (?:with|to))\s(?:(?:US|HK)?[$£€]?[\d.,]+\s?(?:%|percent|per cent|billion|million)?"
                                r"(?:,\s|\sand\s|,\sand\s)){1,5}(?:US|HK)?[$£€]?[\d.,]+\s?(?:%|percent|per cent|billion|million)?,?"
                                r"(?:\srespectively,?)?\s(?:in|for|during)\s(?:the\s)?$", re.IGNORECASE)
# "由2024年四季度的34%升至37%": the period of the earlier level (not "由2025年9月19日起", from a date on).
_EARLIER_LEVEL = re.compile(r"(?:末|底|初)?的?\s?[-+]?\d")  # (由2018年10.4%下降至2019年5%)
_FROM_BEFORE = re.compile(r"由\s?$")
# "57 percent short of the July 2006 peak", "below the 2021 high": a reference point in the past
_PEAK_AFTER = re.compile(r"(?:'s|’s)?\s(?:all-time\s|record\s)?(?:peak|high|low|trough)\b", re.IGNORECASE)
_RESULTS_AFTER = re.compile(r"\s(?:results|earnings)\b")
_NOT_REPORTING = openings.compile(r"(?:\bdue|\bmatur\w*(?: in)?|\bexpir\w*(?: in)?|\bsince|\buntil(?: the)?|\bthrough to(?: the)?|\b(?:since|until) [a-z]{3,9}\.? \d{1,2},?|\bin early|\bin late|\bbefore|\bafter|自|从|以来|"
                                  r"\b(?:began|begun|started|founded|established|incorporated|completed|closed) in|"  # "since the series began in 1992",
                                  # "a deal completed in July 2015"
                                  r"编号[:：]?)\s*$", re.IGNORECASE)  # (公告编号:2020—007 is a filing's number; "since July 21 2020": a day)


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    unit: str  # Q, H, Y, M, D, QQ (quarters), MM (months), REF (the article's own quarter), PM (the month before the one reported)
    year: int | None = None
    parts: tuple[int, ...] = ()
    fiscal: bool = False
    shift: int | None = None  # a year counted from the article's: -1 last year, 0 this year, +1 next year
    comparison: bool = False
    next_quarter: bool = False  # "the current quarter" after results: the one after the quarter reported
    deictic: bool = False  # "last year", 去年: counted from the article's own year, not from the period it reports
    half_to_date: bool = False  # "the six-month period" after a quarter's results: the half that quarter ends
    calendar: bool = False  # named by its months ("April-June"): a calendar quarter whatever the text's fiscal year
    prev_month: bool = False  # 上月 in a monthly release: the month before the one reported

    @property
    def value(self) -> str | None:
        """The period with the year it states, or None when it states none."""
        return self.resolve(None, False)

    def resolve(self, year: int | None, fiscal: bool, reported: Period | None = None) -> str | None:
        """The period as a string; `year` is the article's, `fiscal` whether it counts fiscal periods,
        `reported` the period the article reports on (for "the current quarter" and "a year earlier")."""
        if self.prev_month:
            if reported is None or reported.unit != "M" or not reported.parts:
                return None
            y, m = (reported.year or year), reported.parts[0] - 1
            return _fmt("M", y - 1 if y and m == 0 else y, (m or 12,), False)
        if self.half_to_date:
            if reported is None or reported.unit != "Q" or not reported.parts or reported.parts[0] not in (2, 4):
                return None
            return _fmt("H", reported.year or year, (reported.parts[0] // 2,), reported.fiscal or fiscal)
        if self.next_quarter:
            if reported is None or reported.unit != "Q" or not reported.parts:
                return None
            q = reported.parts[0] % 4 + 1
            y = (reported.year or year)
            y = y + 1 if y is not None and q == 1 else y
            return _fmt("Q", y, (q,), reported.fiscal or fiscal)
        y = self.year
        if y is None and self.shift is not None:
            # (the reported period's year, also when it is counted from the article's: "去年盈利…全年業績")
            reported_year = None if reported is None else reported.year or (
                year + reported.shift if reported.deictic and reported.shift is not None and year else None)
            base = reported_year if reported_year and not (self.deictic and year) else year
            y = base + self.shift if base is not None else None
            if self.unit == "Y" and reported is not None and self.shift == -1 and reported.unit in ("Q", "H", "QQ") \
                    and not self.deictic:
                # "a year earlier" after Q3 results: Q3 a year before (the article's year less one when Q3 names none)
                return reported.shifted(-1).resolve(year if reported.year or year is None else year - 1, fiscal)
        if y is None:
            y = year
        # In a text that counts fiscal periods, a period is fiscal unless it states a calendar year itself
        # ("first half of 2025" stays 2025H1 beside "FY2026").
        return _fmt(self.unit, y, self.parts, self.fiscal or (
            fiscal and not self.calendar and self.unit in ("Q", "H", "QQ", "Y") and self.shift is None and self.year is None))

    def shifted(self, years: int) -> Period:
        return Period(self.start, self.end, self.unit, (self.year + years) if self.year else None, self.parts, self.fiscal)


def _fmt(unit: str, y: int | None, parts: tuple[int, ...], fiscal: bool) -> str | None:
    fy = "FY" if fiscal else ""
    if unit == "Q":
        return f"{fy}{y}Q{parts[0]}" if y else f"Q{parts[0]}"
    if unit == "H":
        return f"{fy}{y}H{parts[0]}" if y else f"H{parts[0]}"
    if unit == "QQ" and parts in ((1, 2), (3, 4)):
        return _fmt("H", y, ((parts[0] + 1) // 2,), fiscal)  # "the first and second quarters of 2019" is its first half
    if unit == "QQ":
        return f"{fy}{y}Q{parts[0]}-Q{parts[1]}" if y else f"Q{parts[0]}-Q{parts[1]}"
    if unit == "Y":
        return f"{fy}{y}" if y else None
    if unit == "M":
        return f"{y}-{parts[0]:02d}" if y else None
    if unit == "MM" and parts == (1, 12):
        return f"{fy}{y}" if y else None  # "2023年1-12月": the whole year
    if unit == "MM":
        return f"{y}-{parts[0]:02d}..{parts[1]:02d}" if y else None
    if unit == "D":
        return f"{y}-{parts[0]:02d}-{parts[1]:02d}" if y else None
    return None


_DAY_MONTH_BEFORE = re.compile(r"(?<![\d/])[0-3]?\d/[01]?\d/$")


def find_periods(text: str) -> list[Period]:
    found: list[Period] = []
    kinds: list[str] = []  # the form each was written in
    april = None
    for m in _REGEX.finditer(text):
        kind = m.lastgroup
        g = {short: v for name, short in _FORM_GROUPS[kind] if (v := m.group(name)) is not None}
        p = _build(kind, g, m.start(), m.end())
        if kind in ("hw_y", "h_alone") and p is not None and p.year is None and not g.get("hy") and (half := _DATED_HALF.search(text)) is not None \
                and p.parts == ((1,) if half.group("m") == "December" else (2,)):
            p = replace(p, year=int(half.group("y")), parts=(3 - p.parts[0],), calendar=True)  # a fiscal "first half" ("H1") in a
            # text that names it "the December 2020 half year": the calendar's second
        if kind == "ended" and p is not None:
            if april is None:  # (looked for once, in a text that has such a span)
                april = _INDIA.search(text) is not None
            if april:
                p = _ended(g, m.start(), m.end(), april=True)
        if p is None:
            continue
        if kind == "span_q" and "m" in g and p.unit == "Q":
            if april is None:
                april = _INDIA.search(text) is not None
            if april:  # an Indian "April-June quarter" is the first of a fiscal year that ends next March
                a = _month(g["m"])
                year = None if p.year is None else p.year + (a >= 4)
                p = replace(p, year=year, parts=((a - 4) % 12 // 3 + 1,), fiscal=True, calendar=False)
        elif kind in ("qw_y", "q_alone") and p.year is None and not p.fiscal and "calendar" not in m.group():
            if april is None:
                april = _INDIA.search(text) is not None
            if april:  # an Indian company's "first quarter" is its fiscal year's
                p = replace(p, fiscal=True)
        if kind == "span_q" and ("qm" in g or "hm" in g):
            if april is None:
                april = _INDIA.search(text) is not None
            if p.year is None and (april or _FISCAL_TEXT.search(text) or not _AUSTRALIAN.search(text)) \
                    and not ("qm" in g and _dated_alike(text, g["qm"])):
                continue  # an Indian "March quarter" is the fourth of a fiscal year that ends then, Apple's "December quarter"
                # its first: a quarter named by its last month is the calendar's where its year is written ("the
                # September 2021 quarter", "the June quarter of 2023") or in an Australian text
        before = text[max(0, m.start() - 20):m.start()]
        if (_NOT_REPORTING.search(before) and not (before.lower().endswith("after ") and _RESULTS_AFTER.match(text, m.end()))) \
                or _SINCE_AFTER.match(text, m.end()):  # ("after third-quarter results": the results' own quarter)
            continue  # "notes due 2032", "since 2019", "2024年12月以来": a date, not the period of a figure
        if kind == "year" and re.match(r"\s?(?:to|-|–|至|到)\s?(?:19|20)?\d{2}", text[m.end():m.end() + 8]):
            continue  # a span of years ("2024至2026年") is read for its items, not as one period
        if kind == "year" and _DAY_MONTH_BEFORE.search(before):
            continue  # "30/3/2023 16:56": a dateline's date, not the period of a figure
        if kind == "year" and bond_maturity(text, m.start(), m.end()):
            continue  # "the 6.45%, 2029 bond": the year a bond matures, no period reported
        comparison = bool(_COMPARISON.search(text, max(0, m.start() - 48), m.start())) or \
            _CHAINED_BASE.search(text, max(0, m.start() - 90), m.start()) is not None or \
            _LISTED_BASE.search(text, max(0, m.start() - 120), m.start()) is not None or (kind == "relative" and "ago" in g) or (
            before.endswith("the ") and _PEAK_AFTER.match(text, m.end()) is not None) or (_FROM_BEFORE.search(before) is not None and _EARLIER_LEVEL.match(text, m.end()) is not None) or (
            _BRACKET_LABEL.match(text, m.end()) is not None and "(" in text[max(0, m.start() - 4):m.start()])  # "(H1 2019: …)"
        p = replace(p, comparison=comparison)
        if kind == "year" and text.startswith(("年末", "年底"), m.end() - 1):
            p = replace(p, unit="D", parts=(12, 31), end=m.end() + 1)  # "截至2024年末": the balance on the year's last day
        elif p.unit in ("Q", "H") and len(p.parts) == 1 and p.shift is None and p.year is not None and text.startswith(("末", "底"), p.end):
            month = p.parts[0] * {"Q": 3, "H": 6}[p.unit]  # "截至2024年一季度末", "上半年末": the period's last day (a month's
            # end, "6月末", stays the month: a monthly release's balances are the month's)
            p = replace(p, unit="D", parts=(month, monthrange(p.year, month)[1]), end=p.end + 1)
        prev = found[-1] if found else None
        if prev is not None and prev.comparison and (re.fullmatch(r"(?:'s|’s)?\s?", text[prev.end:p.start])
                                                     or _ANOTHER_BASE.fullmatch(text, prev.end, p.start)):
            p = replace(p, comparison=True)  # "fiscal 2010's first quarter", "against 3.39% in Q2 and 3.47% in Q3 of 2017"
        if prev is not None and prev.unit == p.unit == "Y" and prev.shift is not None and p.shift == 0 and p.year is None \
                and not text[prev.end:p.start].strip():
            found[-1] = replace(prev, end=p.end)  # 去年全年, "last year's full year": the year before
            continue
        if prev is not None and _joins(text, prev, p):
            found[-1] = _joined(prev, p)  # "the fiscal third-quarter a year earlier", 去年上半年, "last year's Q1"
            continue
        found.append(p)
        kinds.append(kind)
    return _named_by_start(found, kinds)


_DATED_HALF = re.compile(rf"\b(?P<m>June|December)\s(?P<y>{_Y})\shalf\b")


def _dated_alike(text: str, month: str) -> bool:
    """Whether the text dates a quarter named by the same month ("the September 2021 quarter" beside "the September
    quarter"): the undated one is then the calendar's too, its year found from the dated one."""
    return re.search(rf"\b{month}(?:\s{_Y}\squarter|[- ]quarter\s(?:of\s)?{_Y})", text, re.IGNORECASE) is not None


def _named_by_start(found: list[Period], kinds: list[str]) -> list[Period]:
    """A text that calls the year to March 2018 "fiscal 2017" (Japanese companies do) names every year that
    ends early in the next by the year it starts in."""
    named = {p.year for p, kind in zip(found, kinds) if kind == "fy" and p.year}
    if not named:
        return found
    return [replace(p, year=p.year - 1) if kind == "year_to" and p.year and p.year - 1 in named and p.year not in named
            else p for p, kind in zip(found, kinds)]


def _joins(text: str, a: Period, b: Period) -> bool:
    gap = text[a.end:b.start]
    if len(gap) > 3 or gap.strip(" ,'s的"):
        return False
    rel, fixed = (a, b) if a.shift is not None and a.unit == "Y" else (b, a) if b.shift is not None and b.unit == "Y" else (None, None)
    if rel is a and "," in gap:
        return False  # "Compared with a year earlier, second-quarter revenue rose": the base, then the quarter reported on
    return rel is not None and fixed.year is None and fixed.unit in ("Q", "H", "QQ", "M") and not fixed.next_quarter \
        and not fixed.half_to_date


def _joined(a: Period, b: Period) -> Period:
    rel, fixed = (a, b) if a.shift is not None and a.unit == "Y" else (b, a)
    return Period(min(a.start, b.start), max(a.end, b.end), fixed.unit, None, fixed.parts, fixed.fiscal, rel.shift,
                  fixed.comparison, deictic=rel.deictic)


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_ALONE.findall(text)]


# A year, not an amount that looks like one ("集资总额已达1985亿港元", "$2,025 million").
_YEAR_ALONE = re.compile(rf"(?<![\d.,$])({_Y})(?![\d.,%]|\s?(?:亿|万|千|百|元|港元|美元|点|bn|billion|million|percent))", re.IGNORECASE)


def _year(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'")
    return int(s) if len(s) == 4 else 2000 + int(s)


def _fy(g: dict[str, str]) -> int | None:
    """The fiscal year: FY2026 -> 2026, "FY 2019/20" -> 2020 (a split year ends in its second)."""
    for key in ("fy", "fy2", "fy3", "fy4"):
        if key in g:
            y = _year(g[key])
            return y + 1 if g.get(key + "b") and y is not None else y
    return None


def _month_number(written: str) -> int:
    """"3", "03", "三", "十二" (Hong Kong and Macau papers write months in Chinese numerals)."""
    return int(written) if written.isdigit() else _ZH_MONTHS.index(written) + 1


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return 9 if w.startswith("sep") else _MONTHS[w[:3]]


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
           "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11}


def _build(kind: str, g: dict[str, str], start: int, end: int) -> Period | None:
    P = lambda unit, year=None, parts=(), fiscal=False, shift=None, calendar=False: Period(  # noqa: E731
        start, end, unit, year, parts, fiscal, shift, calendar=calendar)
    if kind == "ended":
        return _ended(g, start, end)
    if kind == "qrange":
        a = int(g.get("a") or _ORD[g["aw"].lower()])
        b = int(g.get("b") or _ORD[g["bw"].lower()])
        fy = _fy(g)
        return P("QQ", fy or _year(g.get("y")), (a, b), fiscal=fy is not None)
    if kind == "fyq_zh":
        fy = _fy(g)
        if "zq" in g:
            return P("Q", fy, (_ORD[g["zq"]],), fiscal=True)
        return P("QQ", fy, (_ORD[g["za"]], _ORD[g["zb"]]), fiscal=True)
    if kind == "q_fy":
        return P("Q", _fy(g), (int(g.get("q") or g.get("q4") or _ORD[g["qw"].lower()]),), fiscal=True)
    if kind == "h_fy":
        return P("H", _fy(g), (int(g.get("h") or g.get("h4") or _ORD[g["hw"].lower()]),), fiscal=True)
    if kind == "months_fy":
        return P("H", _fy(g), (1,), fiscal=True) if g["nm"] == "6" else P("QQ", _fy(g), (1, 3), fiscal=True)
    if kind == "fy":
        return P("Y", _fy(g), fiscal=True)
    if kind == "first_n":
        word = (g.get("n") or g["nz"]).lower()
        n = int(word) if word.isdigit() else _COUNTS[word]
        year = _year(g.get("y") or g.get("y2"))
        if (g.get("nu") or g.get("nuz") or "").lower() in ("months", "个月", "月"):
            if n == 6:
                return P("H", year, (1,))  # the first six months
            if n % 3:
                return P("MM", year, (1, n))  # the first seven months: January to July
            n //= 3
        return P("Q", year, (1,)) if n == 1 else P("QQ", year, (1, n))
    if kind == "q_y":
        q = g.get("q") or g.get("q2") or g.get("q3")
        return P("Q", _year(g.get("y") or g.get("y2") or g.get("y3")), (int(q),))
    if kind == "qw_y":
        qw = (g.get("qw") or g.get("qw2") or g.get("qw3")).lower()
        return P("Q", _year(g.get("y") or g.get("y2")), (_ORD.get(qw, 4),), fiscal=bool(g.get("fis") or g.get("fis2")))
    if kind == "qqz":
        return P("QQ", _year(g.get("y")), (_ORD[g["za"]], _ORD[g["zb"]]))
    if kind == "qz":
        q = g.get("qz") or g.get("qz2") or g.get("qz3")
        return P("Q", _year(g.get("y")), (_ORD[q],))
    if kind == "q_alone":
        return P("Q", None, (int(g["q"]),), fiscal=bool(g.get("fis")))
    if kind == "span_q":  # named by its months, a calendar quarter or half, also in a text of fiscal years
        if g.get("qm"):
            return P("Q", _year(g.get("y2") or g.get("y4")), (_month(g["qm"]) // 3,), calendar=True)
        if g.get("hm") or g.get("hm2"):
            return P("H", _year(g.get("y3") or g.get("y5")), (_month(g.get("hm") or g["hm2"]) // 6,), calendar=True)
        a, b = _month(g["m"]), _month(g["m2"])
        if b - a == 2 and a % 3 == 1:
            return P("Q", _year(g.get("y")), ((a + 2) // 3,), calendar=True)
        if (a, b) in ((1, 6), (7, 12)):
            return P("H", _year(g.get("y")), (1 if a == 1 else 2,), calendar=True)
        return None
    if kind == "h_y":
        h = g.get("h") or g.get("h2") or g.get("h3")
        return P("H", _year(g.get("y") or g.get("y2") or g.get("y3")), (int(h),))
    if kind == "hw_y":
        return P("H", _year(g.get("y") or g.get("y2") or g.get("y3")), (1 if g.get("hy") else _ORD[(g.get("hw") or g.get("hw2")).lower()],))
    if kind == "h_alone":
        return P("H", None, (int(g["h"]),))
    if kind == "hz":
        return P("H", _year(g.get("y")), (2 if g.get("hz") == "下" else 1,))
    if kind == "day":
        return P("D", _year(g.get("y")), (int(g["m"]), int(g["d"])))
    if kind == "month_range":
        return P("MM", _year(g.get("y")), (_month_number(g["a"]), _month_number(g["b"])))
    if kind == "month":
        m = _month(g["m"]) if g.get("m") else _month_number(g["mz"]) if g.get("mz") else _month(g.get("m3") or g.get("m4") or g["m5"])
        return P("M", _year(g.get("y") or g.get("y2")), (m,))
    if kind == "year_to":
        shift = {"next": 1, "last": -1}.get((g.get("rel") or "").strip(), 0) if not g.get("y") else None
        return replace(P("Y", _year(g.get("y")), (), _month(g["m"]) != 12, shift), deictic=shift is not None)
    if kind == "relative":
        return replace(P("Y", None, shift=-1 if ("prev" in g or "ago" in g) else 0 if "this" in g else 1), deictic="ago" not in g)
    if kind == "prev_month":
        return Period(start, end, "PM", None, (), False, -1, prev_month=True)
    if kind == "current":
        if g.get("half"):
            return Period(start, end, "H", None, (), False, None, False, half_to_date=True)
        cur = g["cur"].lower()
        if cur in ("next quarter", "下季度", "the coming quarter", "the current quarter", "this quarter", "本季度"):
            return Period(start, end, "Q", None, (), False, None, False, True)
        return None
    if kind == "full_year":
        return P("Y", _year(g.get("y")), shift=None if g.get("y") else 0)
    if kind == "year":
        return P("Y", int(g["y"]))
    if kind == "yy":
        return P("Y", 2000 + int(g["yy"]))
    return None


_SPAN_MONTHS = {"quarter": 3, "three months": 3, "3 months": 3, "季度": 3, "三个月": 3, "six months": 6, "6 months": 6,
                "six-months": 6, "六个月": 6, "半年": 6, "中期": 6, "nine months": 9, "9 months": 9, "九个月": 9,
                # other runs of months end a year to date ("截至2021年11月30日止十一個月": January to November)
                **{f"{word} months": n for n, word in enumerate("two three four five six seven eight nine ten eleven".split(), 2)
                   if n not in (3, 6, 9)},
                **{f"{n} months": n for n in (2, 4, 5, 7, 8, 10, 11)},
                **{f"{word}-month period": n for word, n in (("three", 3), ("six", 6), ("nine", 9), ("3", 3), ("6", 6), ("9", 9))},
                **{f"{word}个月": n for n, word in enumerate("二三四五六七八九十", 2) if n not in (3, 6, 9)}, "两个月": 2, "十一个月": 11}


# An Indian story: its companies count years from April, named by the year they end in ("Q3 FY18": the
# quarter ended December 31, 2017)
_INDIA = openings.compile(r"\bRs\.?\s?\d|\bcrores?\b|\blakhs?\b|₹|\bSensex\b|\bNifty\b")


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _ended(g: dict[str, str], start: int, end: int, april: bool = False) -> Period:
    """The span that ends in a month: a quarter, a half, nine months (from January, or from April in a year
    that starts then: `april`) or a year."""
    y = _year(g.get("y") or g.get("y2"))
    mo = _month_number(g["mz"]) if "mz" in g else _month(g.get("m") or g["m2"])
    span = (g.get("n") or g["nz"]).lower()
    fiscal = span.startswith("fiscal")
    months = _SPAN_MONTHS.get(span.removeprefix("fiscal "))
    if april and months in (3, 6, 9) and mo in (3, 6, 9, 12):
        fy = None if y is None else y + (mo >= 6)
        last = (mo - 4) % 12 // 3 + 1  # the fiscal quarter it ends with
        if months == 3:
            return Period(start, end, "Q", fy, (last,), True)
        if months == 6:
            return Period(start, end, "H", fy, (last // 2,), True)
        return Period(start, end, "QQ", fy, (1, 3), True) if last == 3 else Period(start, end, "Q", fy, (last,), True)
    shift = {"今年": 0, "去年": -1}.get(g.get("yz", ""))  # "截至今年3月底止的全年": the article's year
    if months is None:  # a year ended on that date
        return Period(start, end, "Y", y, (), fiscal or mo != 12, shift, deictic=shift is not None)
    if months == 3:
        named = _ORDINALS.get(g.get("ord", ""))
        if named is not None and named != (mo - 1) // 3 + 1:
            # "the first quarter ended April 30, 2022": a fiscal quarter, of the year named by the month it ends in
            return Period(start, end, "Q", None if y is None else y + (mo + 3 * (4 - named) - 1) // 12, (named,), True)
        return Period(start, end, "Q", y, ((mo - 1) // 3 + 1,), fiscal)
    if months == 6:
        if mo != 6:  # "截至9月底止的中期", "截至9月底止的半年業績", "the six months ended September 30": a fiscal year's first half,
            # of the year named by its end six months later (the half to September 2024 opens FY2025)
            return Period(start, end, "H", None if y is None else y + (mo > 6), (1,), True)
        return Period(start, end, "H", y, (1 if mo <= 6 else 2,), fiscal)
    if months != 9:
        return Period(start, end, "MM", y, (mo - months + 1, mo), fiscal) if months <= mo else Period(start, end, "M", y, (mo,), fiscal)
    return Period(start, end, "QQ", y, (1, 3), fiscal) if mo == 9 else Period(start, end, "Q", y, ((mo - 1) // 3 + 1,), fiscal)
