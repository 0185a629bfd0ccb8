"""Names the gazetteer does not know, read from the signals news gives, and the short forms an article
then uses for them.

A stock code or an inline quote right after a name marks it as a company: 石药集团(01093),
理文造纸(02314.HK), 华晨中国(18.02,-0.18,-0.99%), `Tesla Inc (NASDAQ:TSLA)`, a roundup's name line over
its `(BAC)` line. Once named in full, the article goes on with a short form: 长江基建 → 长建,
石药集团 → 石药, `Tesla Inc` → Tesla or TSLA. Every name gets one key (`entity_key`) so that 腾讯控股,
騰訊, Tencent and 0700.HK are one entity.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations

from . import scan
from .numbers import DIGIT_WORDS

# Inline quotes after a name are no figures of the article: "(14.5, 1.54, 11.88%)", and the
# price/short-selling strings of quote pages ("+0.600 (+0.590%) 沽空 $9.59千萬; 比率 13.641%").
QUOTE_TUPLE = re.compile(r"[(（]\s?[+-]?\d[\d.,]*\s?[,，]\s?[+-]?\d[\d.,]*\s?[,，]\s?[+-]?\d[\d.,]*\s?%\s?[)）]")
QUOTE_STRING = re.compile(
    r"(?<=[)）])\s*[+-]?\d[\d.,]*\s*[(（][+-]?\d[\d.,]*%[)）]"
    r"(?:\s*(?:沽空|Short selling)\s*\$?\s?[\d.,]+\s?(?:[千百万亿]+|[KMB])?\s?;\s*(?:比率|Ratio)\s*[\d.]+\s?%)?",
    re.IGNORECASE)

# What ends a Chinese name when reading backwards from its code: punctuation, digits, and the
# particles and verbs that introduce a name in a sentence ("在报告中把|长江基建(01038)").
_ZH_STOP = set("把将对予给在及与跟同由从向为被让令使指称是于至按以因但而或又也亦则即等了的之获升降跌涨买沽选列如拟丨今昨")  # (勵駿今日上市)  # (丨: "格隆汇7月16日丨福鞍股份")
_PARTICLES = set("的了等之及与或而")
# Verbs and adverbs that introduce a name: "维持华晨中国(...)", "可望带动华晨".
_ZH_LEAD = scan.compile(r"^(?:维持|重申|上调|下调|调升|调降|调高|调低|给予|首予|覆盖|看好|推介|首选|包括|预计|认为|指出|表示|发表|公布|宣布|"
                      r"披露|录得|带动|发行价|发行(?=[\u4e00-\u9fff]{0,2}(?:价|量|规模|市盈率))|可望|有望|料|估计|其中|当中|另外|此外|同时|随后|今日|昨日|今天|昨天|目前|旗下|子公司|母公司|"
                      r"以及|还有|分别|即|如|例如|相关内容|相关新闻|并|抛离|超越|落后于|领先于|据|根据|依据|股王|权王|股后|"
                      r"[\u4e00-\u9fff]{1,6}?(?:龙头|巨头|龙头企业|龙头公司|领军企业)|"
                      r"[\u4e00-\u9fff]{2,6}?旗下(?:全资)?(?:子公司|附属公司))+")  # 结构件龙头科达利, 群创旗下子公司睿生光电: the name after
_ZH_NAME_CHAR = scan.compile(r"[\u4e00-\u9fffA-Za-z0-9&\-·]")
_LEADING_UNIT = scan.compile(r"(?:港元|美元|元|倍|点|%)+")
_MAX_ZH = 12

# English names: capitalised words, joined by a few lower-case words; what a sentence puts before
# a name ("Shares of", "Target prices for") is not part of it.
_EN_WORD = scan.compile(r"(?:[A-Z0-9][\w&.'’-]*|&|of|and|de|the|bio)$")
# "Late Thursday Walgreens Boots Alliance (WBA) announced": when, before the name
_WHEN_WORDS = ("Late", "Early", "Earlier", "Later", "Overnight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_KIND_LEAD = scan.compile(r"(?:Drug ?maker|Developer|Miner|Retailer|Lender|Insurer|Carmaker|Automaker|Chipmaker|Brewer|Grocer|Airline|"
                          r"Homebuilder|Housebuilder|Broadcaster|Publisher|Bookmaker|Explorer)\s(?=[A-Z])")
_EN_LEAD = {"Shares", "Share", "Stock", "Stocks", "The", "A", "An", "In", "On", "For", "At", "By", "And", "But", "While",
            "After", "Before", "Its", "Their", "Analysts", "Analyst", "Investors", "Meanwhile", "Elsewhere", "Also", "Both",
            "With", "Under", "Of", "Today", "Yesterday", *_WHEN_WORDS}
_LEGAL_ONLY = scan.compile(r"(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|Plc|LP|LLC|SA|AG|NV|SE|SpA|AB|ASA|Oyj|Bhd|Berhad|Tbk|PCL|Pty|Group|Holdings?)\.?")  # "…, Inc. rose"
_EN_SUFFIX = scan.compile(r",?\s(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LP|L\.P|SA|AG|NV|Bhd|Berhad|Tbk|Group|Holdings?|Holding Co)\.?$")
# Short all-caps words in brackets that are not tickers.
_NOT_TICKERS = frozenset({"CEO", "CFO", "GAAP", "EV", "EVS", "PMI", "CPI", "PPI", "GDP", "IPO", "ARR", "LCV", "NEV", "AI", "US",
                          "UK", "EU", "HK", "PE", "PB", "EPS", "ROE", "APP", "QE", "MPC", "ECB", "BOE", "RBI", "FED", "FOMC",
                          "LPR", "MLF", "RRR", "NPL", "CMC", "BLS", "NBS", "IMF", "OPEC", "ETF", "REIT", "ADR", "ADS", "SEC",
                          "TP", "NDA", "FDA", "EBIT", "EBITDA", "CAGR", "YOY", "QOQ", "VIX", "DAU", "MAU", "GMV", "PLC", "ISE",
                          "CBOE", "PHLX", "NASDAQ", "NYSE", "OMX", "CICC", "HIBOR", "LIBOR", "SOFR", "CDS", "NIM", "CNH", "RMB",
                          "PA", "AP", "AFP", "DPA", "ANI", "IANS", "PTI", "UPI", "RTT", "BBC", "CNN", "CNBC"})  # "LONDON (PA) -"
# Words too common to stand for a company on their own.
_COMMON_ZH = frozenset({"中国", "中國", "香港", "美国", "美國", "上海", "北京", "深圳", "广州", "江苏", "浙江", "广东", "山东", "四川",
                        "国际", "國際", "集团", "集團", "控股", "银行", "銀行", "证券", "證券", "公司", "中信", "中国银", "新华", "华夏",
                        "国泰", "招商", "平安", "光大", "长江", "东方", "东方证", "华泰", "国信", "中金", "中银", "农业", "工商", "建设"})
_COMMON_EN = frozenset({"China", "Chinese", "Hong", "American", "National", "General", "First", "United", "Bank", "Global", "International",
                        "New", "Great", "Royal", "Standard", "Southern", "Northern", "Western", "Eastern", "Pacific", "Asia", "Asian",
                        "European", "Japan", "Japanese", "Korea", "India", "Indian", "Capital", "Energy", "Financial", "Digital"})
_ZH_SUFFIXES = ("有限公司", "股份有限公司", "集团", "集團", "控股", "股份", "国际", "國際", "中国", "中國", "公司", "科技", "实业", "實業")


def name_before(text: str, pos: int) -> int | None:
    """Start of the name that ends right before `pos` (a code or quote follows it), or None."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end > 0 and text[end - 1] in ")）":  # a quote tuple between name and code
        q = _tuple_ending(text, end)
        if q is not None:
            end = q
            while end > 0 and text[end - 1] in " \t":
                end -= 1
    if end == 0:
        return None
    if text[end - 1].isascii():
        tail = end
        while tail > 0 and (text[tail - 1].isascii() and (text[tail - 1].isalnum() or text[tail - 1] in "-&")):
            tail -= 1
        if not (tail > 0 and "\u4e00" <= text[tail - 1] <= "\u9fff"):  # "派格生物醫藥-B(02565)" is a Chinese name
            return _en_name_before(text, end)
    start = end
    while start > 0 and end - start < _MAX_ZH and _ZH_NAME_CHAR.match(text[start - 1]) and (
            text[start - 1] not in _ZH_STOP or start == end and text[start - 1] not in _PARTICLES):
        start -= 1  # (a name may end in a word that elsewhere leads one: 中国动向(03818))
    if start > 1 and _BARE_FIRM_END.fullmatch(text, start, end) and text[start - 1] in _ZH_STOP and text[start - 1] not in _PARTICLES \
            and _ZH_NAME_CHAR.match(text[start - 2]) and text[start - 2] not in _ZH_STOP:
        start -= 2  # "凯因科技": 因 inside a name, not "because"; a business word alone names no company
    while start < end and text[start].isdigit() or text[start] == "." and start > 0 and text[start - 1].isdigit():
        start += 1  # "+49%HTSC", "39.4元恒生银行": the digits before belong to a figure
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] == "%"):
        lead = _LEADING_UNIT.match(text, start)
        if lead is not None:
            start = lead.end()
    if start > 0 and text[start - 1] in ".":
        return None
    while start < end and text[start] in "-&·":
        start += 1
    if start > 0 and text[start - 1] in ")）" and text[start] == "和":
        start += 1  # "长安汽车(000625)和蓝色光标(300058)": 和 joins two names (it opens others: 和黄, 和辉光电)
    lead = _ZH_LEAD.match(text[start:end])
    if lead is not None and end - start - lead.end() >= 2:
        start += lead.end()
    if (maker := _ZH_MAKER.match(text, start, end)) is not None and end - maker.end() >= 3:
        start = maker.end()  # "折叠单车商大行科工(2543)": what it makes, then its name (not 招商银行)
    if (dateline := scan.last(_ZH_DATELINE, text, start, end)) is not None and end - dateline.end() >= 2:
        start = dateline.end()  # "财中社1月23日电凌云B股(900957)": the agency's dateline, then the name
    return start if end - start >= 2 else None


_ZH_DATELINE = scan.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:电|讯|消息)")
_ZH_MAKER = scan.compile(r"[\u4e00-\u9fff]{3,8}?商(?!业|务|会|行|品|标|场|店|铺|城|厦|圈|户|量|社)")


def _tuple_ending(text: str, end: int) -> int | None:
    m = QUOTE_TUPLE.search(text, max(0, end - 40), end)
    return m.start() if m is not None and m.end() == end else None


def _en_name_before(text: str, end: int) -> int | None:
    line_start = text.rfind("\n", 0, end) + 1
    if not text[line_start:end].strip():  # a roundup: the name is the line above its "(TICK)" line
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] in "\n \t":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        return prev_start if 2 <= len(line) <= 60 and line[:1].isupper() and not line.rstrip().endswith((".", ":")) else None
    words = list(re.finditer(r"\S+", text[line_start:end]))
    start = None
    for w in reversed(words):
        token = w.group()
        if token.endswith(",") and start is not None and _EN_SUFFIX.fullmatch(text[line_start + w.end() - 1:end]):
            token = token[:-1]  # "Pharmasset, Inc."
        elif not _EN_WORD.match(token) or token.endswith((",", ";", ":", ".\"")) or re.fullmatch(r"[\d.,]+\.", token):
            break  # ("… to close at 92.720. Covestro AG (DE: 1COV )": a sentence's last figure ends before the name)
        start = line_start + w.start()
    if start is None:
        return None
    tokens = text[start:end].split()
    while tokens and (tokens[0] in _EN_LEAD or tokens[0] in ("of", "and", "de", "the", "&") or tokens[0].endswith("-based")):
        start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else end
        tokens = tokens[1:]
    if not tokens or not tokens[0][0].isupper() and not tokens[0][0].isdigit():
        return None
    if len(tokens) == 1 and tokens[0] in _EN_NOT_NAMES:
        return None  # "(… News, Analysts, Financials NASDAQ:TSLA)": a site's label, no name
    return start


def is_ticker_word(word: str) -> bool:
    return word not in _NOT_TICKERS


def fold(name: str) -> str:
    """A name reduced for comparison: NFKC, lower case, legal suffixes and punctuation dropped."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"\b(?:inc|corp|corporation|co|company|ltd|limited|plc|lp|llc|ag|sa|nv|se|bhd|berhad|tbk|group|holdings?|the)\b\.?", " ", s)
    return re.sub(r"[\s.,'’&()\-]+", "", s)


def entity_key(entry_id: str | None, ticker: str | None, name: str | None, simplified: str | None = None) -> str | None:
    """One key per entity: the gazetteer's id, else the listing, else the folded (Simplified) name."""
    if entry_id:
        return entry_id
    if ticker:
        return f"ticker:{ticker}"
    if simplified or name:
        return f"name:{fold(simplified or name)}"
    return None


def short_forms(name: str, ticker: str | None) -> list[str]:
    """The forms an article may use for `name` after naming it in full, longest first."""
    forms: set[str] = set()
    if name.isascii():
        base = name
        while (stripped := _EN_SUFFIX.sub("", base).strip(" ,")) != base and len(stripped) >= 3:
            base = stripped  # "American Airlines Group Inc." -> "American Airlines"
            forms.add(base)
        first = base.split()[0] if base.split() else ""
        if len(first) >= 4 and first[0].isupper() and first not in _COMMON_EN and first != base:
            forms.add(first)
        if ticker and re.fullmatch(r"[A-Z]{2,5}", ticker):
            forms.add(ticker)
    else:
        for suffix in _ZH_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                forms.add(name[: -len(suffix)])
        if len(name) >= 4:
            forms.add(name[:2])
            forms.add(name[:3])
            # 长江基建 → 长建, 中国人寿 → 国寿? only the first character with one later character
            forms.update(name[0] + name[j] for j in range(2, len(name)))
    forms.discard(name)
    return sorted((f for f in forms if f not in _COMMON_ZH and len(f) >= 2), key=len, reverse=True)


# A common word that leads a company's name is its short form where it stands alone as the company acting: "American
# Airlines … according to American, … American expects", "United said" (not "American consumers", "Latin American").
_PLACES_ALONE = frozenset({"China", "Hong", "Asia", "Japan", "Korea", "India", "Bank"})
_ACTS_AFTER = scan.compile(r"(?:['’]s\s|,\s(?!(?:and|or)\s)|\s(?:said|says|expects?|expected|reported|posted|flagged|forecast|projected|"
                           r"warned|raised|lifted|cut|lowered|announced|plans|will|would|has|had|is|was)\b)")
_CAPITALISED_BEFORE = scan.compile(r"(?<![\w&'’.-])(?!(?:When|As|After|But|And|While|If|Since|Although|Though|Yet|So|Then|Also|Even|Still)\s)"
                            r"[A-Z][\w&'’.-]*\s$")


def common_short_form(name: str) -> str | None:
    """The common first word of a Latin name that may stand for the company alone ("American" of American Airlines)."""
    words = name.split()
    return words[0] if len(words) > 1 and words[0] in _COMMON_EN and words[0] not in _PLACES_ALONE else None


def acts_alone(text: str, a: int, b: int) -> bool:
    return _ACTS_AFTER.match(text, b) is not None and _CAPITALISED_BEFORE.search(text, max(0, a - 30), a) is None


def stands_for_company(text: str, a: int, b: int) -> bool:
    """Whether a common word stands alone for a company the text has named by it in full ("American" of American
    Airlines), not for its country."""
    word = text[a:b]
    return word in _COMMON_EN and word not in _PLACES_ALONE and acts_alone(text, a, b) \
        and re.search(rf"\b{word}\s(?!(?:Bank|Banks|Stocks|Shares|Markets?|Government|Economy)\b)[A-Z]", text[:a]) is not None


def subsequences(name: str, size: int) -> list[str]:
    return ["".join(c) for c in combinations(name, size)]


# ---------------------------------------------------------------- names by the part they play

_MOVE_EN = (r"rose|fell|gained|lost|dropped|slid|slipped|sank|plunged|plummeted|tumbled|surged|soared|jumped|climbed|rallied|"
            r"stood|bounced|(?:was|were) trading|slumped|leapt|leaped|put on|moved (?:up|down|higher|lower|ahead)|firmed|inched (?:up|down|higher|lower)|"
            r"crept (?:up|higher)|skidded|dived|descended|stumbled|faded|tacked on|rocketed|spiked|sagged|weakened|strengthened|picked up|recovered|"
            r"advanced|declined|retreated|eased|added|shed|edged (?:up|down|higher|lower)|dipped|rebounded|closed|ended|finished|"
            r"opened|traded|debuted|made (?:its|their) (?:stock[- ]market |market |trading )?debut|(?:was|is|were) valued|raised|priced|"
            r"posted|reported|announced|increased|decreased|"
            r"(?:was|were|is|are) (?:up|down|flat|unchanged|steady|(?:[\w.$%]+ ){1,2}?(?:higher|lower|weaker|stronger|firmer)\b)|held steady|went (?:up|down)|aims to raise|will raise|plans to|expects|sees|set|cut|lifted|"
            r"lowered|said|says|agreed|confirmed|won|booked|recorded|delivered|sold|shipped|narrowed|widened|swung|returned|gave up|touched|"
            r"declares|declared|saw (?:its|their)|enjoyed|suffered|produced|mined|carried|flew|handled|contributed|generated|earned|"
            r"released|published|unveiled|stuck to|warned|hailed|beat|missed|topped|projects|predicts|"
            r"is (?:a|an|another)(?: [a-z-]+){0,3} (?:group|company|miner|producer|retailer|lender|insurer|carmaker|developer|operator)|"
            r"(?:was|were) (?:one of |among )?(?:the|a|an) (?:[\w'’-]+ ){0,4}?(?:riser|faller|gainer|loser|climber|decliner|performer)s?\b|"
            # a headline's present tense: "Xiaomi reports 81% jump", "Tesla posts record deliveries"
            r"reports|posts|rises|falls|gains|jumps|climbs|surges|soars|drops|slides|slips|sinks|plunges|tumbles|rallies|"
            r"beats|misses|tops|raises|lifts|lowers|warns|books|records|swings|narrows|widens|delivers|sells|ships|ups|hikes|trims|slashes")
_MEMBERS_BEFORE = scan.compile(r"\b(?:which|that) (?:includes?|covers?|comprises?)\b[^.;()]*$|\bcovering\b[^.;()]*$")
# "As for Shenzhen Xunce Technology, a provider of analytics, it made its debut at HK$48.02": the topic the clause turns to
_EN_AS_FOR = scan.compile(r"\b[Aa]s for (?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’./-]*|&|of|and)){0,5}),\s")
_BUSINESS_UNIT = scan.compile(r"\b(?:Banking|Wealth|Markets|Division|Segment|Unit|Solutions|Technology|Technologies|Group|Holdings|"
                              r"Cosmetics|Pharmaceuticals?|Biotech|Motors?|Securities|Electronics|Robotics|Systems?)$")
# What a name may come after as a description of it: "Insurer Admiral", "Spanish oil group Repsol", "Inhaler maker Vectura".
_DESCRIPTOR = (r"(?i:group|[a-z]*maker|firm|insurer|lender|retailer|marketer|miner|giant|"
               r"operator|developer|producer|platform|owner|chain|carrier|rival|provider|manufacturer|specialist|conglomerate|reinsurer|utility|"
               r"supplier|carmaker|automaker|chipmaker|drugmaker|housebuilder|airline|brewer|grocer|broker|bank|engineer|company|business|"
               r"distributor|explorer|landlord|builder|contractor|refiner|publisher|broadcaster|caterer|wholesaler|exporter|bellwether|heavyweight|stalwart)")
# "US retailer", "Canada-based", "Retailer …" (a capital "Group" after a name is the name's: "Nomura Group Holdings")
# A day before the subject: "On January 24 Woolworths warned", "On Wednesday Sibanye-Stillwater said".
_WHEN = (r"(?:On\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|"
         r"August|September|October|November|December)\s\d{1,2}(?:,\s\d{4})?),?\s(?=[A-Z]))?")
_DESCRIBED = (rf"(?:(?:[A-Z][A-Za-z]+\s){{0,2}}(?:[a-z][\w-]*\s){{0,3}}{_DESCRIPTOR.replace('(?i:', '(?:', 1)}\s|{_DESCRIPTOR}\s"
              r"|[A-Z][a-z]+-based\s)?")
# A company's home before its name: "China's Xiaomi posted", "Germany's Siemens said".
_HOME = (r"(?:(?:China|Japan|Germany|Britain|France|India|Korea|South Korea|Taiwan|Hong Kong|Australia|Canada|Switzerland|"
         r"Italy|Spain|Brazil|Russia|America|Sweden|Norway|Denmark|Finland|the Netherlands|Singapore|Indonesia|Malaysia|"
         r"Thailand|Vietnam|Mexico|Israel|Ireland|Belgium|Austria|Europe|Asia|Kuwait|Qatar|Saudi Arabia|Bahrain|Oman|Dubai|Abu Dhabi|"
         r"Egypt|Turkey|Türkiye|Nigeria|Kenya|South Africa|Poland|Chile|Argentina|Colombia|Peru|the Philippines|Pakistan|New Zealand)(?:'s|’s)\s)?")
# A parent's possessive before its unit: "Bayer's Covestro rose 12.5 percent" is Covestro's move.
_PARENT = r"(?:[A-Z][\w&.-]+(?:'s|’s)\s(?=[A-Z][\w&'’.-]*\s(?:" + r"rose|fell|gained|jumped|climbed|slid|dropped|surged|soared|tumbled|debuted|posted|reported" + r")\b))?"
# A name the text introduces by what it is, anywhere in a sentence: "left miner Fresnillo the biggest faller",
# "it fell to India-focused mining company Vedanta Resources to take top place".
_EN_INTRODUCED = scan.compile(r"(?<=[a-z]\s)(?:(?!(?:of|by|with|from|into|over|through|against|to|and|the|an?)\s)[a-z][\w-]*\s|[A-Z][a-z]+-[a-z]+\s){0,3}?" + _DESCRIPTOR.replace("(?i:", "(?:", 1)
                              + r"\s(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&)){0,3})(?=[\s,.;:]|$)")
# (not one met in passing: "the takeover of Rotterdam-based liner operator NileDutch", "estimates gathered by markets
# data firm Refinitiv")
_NAME_ENDS_SENTENCE = scan.compile(r"(?<!\b[A-Z])(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)\.\s")
_MET_IN_PASSING = scan.compile(r"(?:\b(?:of|by|with|from|into|over|through|against)\s(?:[a-z][\w-]*\s|[A-Z][a-z]+-[a-z]+\s|[A-Z][a-z]+(?:ish|ese|ian|an|ch|ss)\s)*"
                               r"|\b(?:data|research)\s)$")
_DESCRIBED_BEFORE = scan.compile(rf"\b(?<![A-Z][a-z]\s){_DESCRIPTOR}\s$")  # "radio firm Capital Radio": what the name is said to be
_EN_SUBJECT = scan.compile(  # (each start follows a space or starts the text: one test dismisses the other positions)
    r"(?:^|(?<=\s))(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s)|(?<=\bthat\s)|(?<=\bas\s)|(?<=\n)|(?<=\s[-–—]\s)|(?<=\s--\s)|(?<=\]\s)|(?<=\bafter\s)|(?<=^After\s))"
    + _WHEN + _DESCRIBED + _HOME + _PARENT + r"(?P<name>(?:[A-Z][\w&'’.-]*|\d+[A-Z][\w&'’.-]*|[a-z]{1,5}[A-Z][\w&'’.-]*)(?:\s(?:[A-Z0-9][\w&'’./-]*|&|of|de|do|da|du|del|van|von|and)){0,5}?)"
    r"(?:\s\([A-Z][a-z]+\))?(?:\s(?:shares|stock|traffic))?(?:,\s(?!and\b)[^,;.]{3,120}?,)?"
    r"(?:\s(?:today|yesterday|also|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s(?:ha[sd]\s)?(?:" + _MOVE_EN + r")\b")
# A name in a list of movers: "the biggest risers was Melrose, up 12.2p", "followed by China Galaxy Securities Co Ltd, gaining 5.88 percent",
# "risers included Sainsbury's, ahead 8.8p to 358p, Lloyds Banking Group, 0.8p higher at 51.4p, and ITV, up 1.8p",
# "with CSL up 75 cents at $68.35 … and Cochlear 39 cents higher at $59.25".
_EN_MOVER = scan.compile(r"(?:\b(?:was|were|is|by|included|including|with)\s|(?<=[\dp%])(?:[,;]\s(?:and\s)?|\sand\s)|^(?:and\s)?)"
                         r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of(?:\sthe)?)){0,5}),?\s"  # "were Ocado up 25p to 1,054.5p"
                         r"(?:up|down|ahead|off|gaining|losing|rising|falling|adding|shedding"
                         rf"|(?:[\d.,]+\s?|(?:{DIGIT_WORDS})\s)(?:p|%|per cent|points?|cents?)"
                         r"\s(?:higher|lower|weaker|stronger|firmer))\b")
# A second mover that shares the first one's verb: "Woodside gained 1.8 per cent and Santos 0.6 per cent".
_FIGURE_MOVE = r"[\d.,]+\s?(?:%|per cent|percent|p|cents?|points?)"
_EN_SHARED_VERB = scan.compile(rf"(?<=\s)(?:{_MOVE_EN})\s(?:by\s)?{_FIGURE_MOVE}(?:,\s(?:and\s)?|\sand\s)"  # (read from the verb: fewer places open)
                               rf"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&)){{0,3}})\s{_FIGURE_MOVE}(?=[,.;]|\s(?:and|but|while|to|at|after|as)\b|$)")
_FIRST_MOVER = re.compile(r"(?:^|\s)([A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})\s$")  # the first of them, right before the verb
# Common words that lead companies' names: a commodity ("Oil Search", "Gold Fields") or a scope ("Global Ferronickel")
_NAME_LEADS = frozenset({"Oil", "Gold", "Silver", "Copper", "Iron", "Coal", "Steel", "Global", "World", "Energy"})
# An item of a list after a semicolon, led by its name: "…; Rio Tinto from 1,600p to 1,500 with an overweight rating".
_EN_LIST_ITEM = scan.compile(r"(?:(?<=;\s)|(?<=;)|(?m:^))(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,3})\sfrom\s(?:US|HK|[ACS])?[$€£]?\d[\d,.]*"
                           r"\s?(?:p|pence|cents?)?\sto\s")
_AND_IN_NAME = r"and(?=\s[A-Z][\w'’.-]*\s(?:Group|Holdings?|plc|PLC|Plc|Inc|Corp|Co|Ltd)\b)"  # "Marks and Spencer Group"
# A name that the text says what it is in an apposition: "Axis Bank, the private sector lender, is expected to post …".
_EN_APPOSED = scan.compile(rf"(?:^|(?<=[.;\n]\s)|(?<=\n)|(?<=\*\*\s))(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of|{_AND_IN_NAME})){{0,4}}),\s(?:(?:the|a|an)\s"
                           rf"(?:[\w.'’-]+\s){{0,4}})?{_DESCRIPTOR}s?(?:\s(?:in|of)\s[^,;.]{{1,30}})?,\s")
# A company a relative clause has speak: "at home for AMP, which warned that its first-half profit would fall".
_EN_WHICH = scan.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,3}),\swhich\s(?:also\s)?"
                         r"(?:warned|said|reported|posted|announced|booked|flagged|forecast|expects|reports|"
                         r"(?:rose|fell|gained|jumped|climbed|slid|dropped|surged|soared|tumbled|slumped|advanced|declined|slipped|lost|"
                         r"added|eased|rallied|sank|plunged|shed|dipped|edged (?:up|down|higher|lower)|closed at|ended at|finished at)\s(?:by\s)?\d)")
# A mover in a list whose verb the first item carries: "ANZ climbed 1.6 per cent to $29.48, National Australia Bank
# 1 per cent to $28.40 … and the Commonwealth Bank 0.7 per cent to $75.36".
_EN_LISTED_MOVER = scan.compile(r"(?:(?<=\d),\s(?:and\s)?|(?<=\d)\sand\s|(?<=\d\scents)\sand\s)(?:the\s)?(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&)){0,3})"
                                r"\s(?=[\d.,]+\s?(?:per cent|percent|%|cents?|c|p)\s(?:to|at)\s)")
# A stock a move is said of: "after a 5.1 per cent rise in Philips, the electronics giant".
_EN_RISE_IN = scan.compile(r"(?:%|per\scent|percent)\s(?:rise|fall|gain|drop|jump|surge|slide|climb|advance|decline|slump|plunge)\sin\s"
                           r"(?:shares\s(?:of|in)\s)?(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,3})")
# A broker round-up's line (not its headline), led by the company, then each broker's action: "Dee Valley: Investec
# raises its target …".
_EN_LINE_LED = scan.compile(r"\n(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,4}):\s(?=(?:(?:[A-Z][\w&'’.-]*|of)\s){1,6}"
                            r"(?:lifts|raises|increases|cuts|lowers|reduces|trims|upgrades|downgrades|reiterates|maintains|keeps|"
                            r"stays|initiates|resumes|reinstates|moves|rates)\b[^\n]*?\b(?:target|rating|recommendation|buy|sell|hold|"
                            r"neutral|overweight|underweight|outperform|underperform)\b)")
# A broker roundup's line, led by the broker and the company it speaks of: "CLSA on Britannia: The brokerage cut the stock…".
# "Jefferies on Divi's Labs: …", "Morgan Stanley on Zomato | …": a brokerage-calls list's heads, the company after "on"
_EN_BROKER_ON = scan.compile(r"(?m:^)(?:[A-Z][\w&.'’-]*\s){1,4}on\s(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,4})\s?[:|]\s")
_EN_SHARES = scan.compile(r"\b[Ss]hares (?:of|in) (?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of)){0,4})"
                        r"|(?P<name2>[A-Z][\w&'’.-]*(?:\s[A-Z0-9][\w&'’.-]*){0,4})(?:'s|’s) shares\b")
# A results section's heading: a name, the period and nothing else ("IRCTC Q2 FY24 (Consolidated, YoY)"); the
# lines below it are that company's, of that period.
RESULTS_HEADING = scan.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of)){0,4}?)\s(?:[QH][1-4]\s?FY\s?'?\d{2,4}"
                               r"|FY\s?'?\d{2,4}(?:\s?[QH][1-4])?|[QH][1-4]\s(?:19|20)\d{2})(?:\s(?:results|earnings))?"
                               r"(?:\s\([^()\n\d]{1,40}\))?\s*")
# A headline that opens with its company, then what of it moved: "First Quantum copper production up to 116kt",
# "Tesla Q3 deliveries rise 6%", "BHP iron ore output falls".
_EN_HEADLINE = scan.compile(r"^\s*(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of)){0,3}?)\s(?:(?:[QH][1-4]|FY\s?\d{2,4}|first-half|"
                            r"second-half|full-year|(?:first|second|third|fourth)-quarter|quarterly|annual|monthly)\s)?(?:[a-z][\w-]*\s){0,2}?"
                            r"(?:production|output|sales|revenues?|profits?|earnings|deliveries|shipments|results|income|orders|"
                            r"traffic|volumes?)\s(?:up|down|rises?|falls?|jumps?|slumps?|climbs?|drops?|grows?|gains?|surges?|"
                            r"tumbles?|beats?|misses?|tops?|hits?|slips?|doubles?|triples?)\b"
                            # a company's own report titled by its name: "Atlas Copco interim report on Q4 and full-year summary 2017"
                            r"|^\s*(?P<name2>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&)){0,3}?)\s(?:interim|quarterly|annual|half-year|"
                            r"year-end|full-year)\sreport\b")
# A sentence that opens with a name whose result it gives: "QBE Insurance Group's net profit for the first half climbed".
_OPENING_PHRASE = scan.compile(r"(?:^|[.!?]\s|\n)(?:In|For|During|Over)\s[^,.;!?]{0,40}?\b(?:weeks?|months?|quarter|half|year|period|"
                               r"January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2})\b"
                               r"[^,.;!?]{0,30},\s$")  # a time the sentence opens with: "In the six weeks to 31 December, ", "In February 2024, "
_EN_POSSESSIVE = scan.compile(r"(?<![\w&.-])(?P<name>[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|&)){0,4})['’]s\s(?:[a-z-]+\s){0,2}?"
                              r"(?:net profit|net income|net loss|pre-?tax profit|operating profit|profits?|revenues?|sales|earnings|"
                              r"gross written premiums?|deliveries|shipments|order book|dividend|passenger numbers|passenger traffic|bookings|"
                              r"net interest income)\b")
# "So far this year Steris' stock has jumped 17.43%": the company whose stock it is, wherever the sentence names it
_EN_STOCK_OF = scan.compile(r"(?<![\w&.-])(?P<name>[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|&)){0,3})(?:['’]s|(?<=s)['’])\s(?:stock|shares)\s"
                            r"(?:has\s|have\s|had\s)?(?:" + _MOVE_EN + r")\b")
# "Regis Resources' Duketon Gold Project", "Newmont's Boddington mine": the owner of a named mine or plant
_ASSET_NOUNS = r"(?:[Pp]roject|[Mm]ine|[Oo]perations?|[Rr]efinery|[Ss]melter|[Pp]lant|(?:[Oo]il|[Gg]as)?[Ff]ield)\b"
_EN_ASSET_OF = scan.compile(r"(?<![\w&.-])(?P<name>[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|&)){0,3})(?:['’]s|(?<=s)['’])\s(?:[A-Z][\w-]*\s){1,3}"
                            + _ASSET_NOUNS)
_ASSET_NOUN = scan.compile(r"(?<=[A-Za-z]\s)" + _ASSET_NOUNS)
_RATES_AFTER = scan.compile(r"\s(?:the (?:stock|shares)|(?:its |their )?(?:rating|recommendation|(?:price )?target))\b")
_WHAT_OF = scan.compile(r"(?:Holdings|Assets|Inflows|Outflows|Sales|Revenues?|Profits?|Output|Production|Deliveries|Shipments)\sof\s(?=[A-Z])")
_DATELINE_DAY = scan.compile(r"(?:Jan|Feb|Mar|Apr|April|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\s(?=[A-Z])")
_SENTENCE_START = scan.compile(r"(?:^|[.!?]\s|\n|\s(?:[-–—]|--)\s|[A-Z][–—]|\),\s)$")  # (after a dateline "UAE–", an opening "(H1), ")
# Vietnam's wires name a stock by its code, then its company: "TPB of private TPBank climbing 6.9 percent",
# "VHM of real estate giant Vinhomes, which surged".
_DESCRIBED_AS = r"(?:[a-z][\w-]*\s|[A-Z]{2,5}\s(?=[a-z])){0,5}"  # "of real estate giant", "of HCMC brewer"
_TICKER_OF = scan.compile(rf"[A-Z]{{3}}\sof\s{_DESCRIBED_AS}(?=[A-Z])")
_EN_TICKER_OF = scan.compile(rf"\b[A-Z]{{3}}\sof\s{_DESCRIBED_AS}(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){{0,3}})"
                             r"(?=,|\s(?:which|climbing|climbed|rising|falling|gaining|losing|up|down|rose|fell|surged|soared|gained|"
                             r"lost|ended|finished|jumped|slid|slipped|dropped|declined|advanced|tumbled|shed|added)\b)")
_HEADING_LINE = scan.compile(rf"^(?:{RESULTS_HEADING.pattern})$", re.MULTILINE)
_ATTRIBUTION = scan.compile(r".*\b(?:reported|reports)\s?(?:[.;]|$)", re.DOTALL)  # a company "said" at the end of its own news
# Measures named by their initials ("AISC climbed to $1,234oz"): never a company
_METRIC_ACRONYMS = frozenset("EBITDA EBIT EPS NII NIM ROE ROA ROTE GDP CPI PPI PMI ARPU AUM NAV DPS FCF CET1 RevPAR ASK RPK TSR LFL "
                             "AISC CASM RASM PRASM TRASM ASM ASMs RPM RPMs NPA NPAs GNPA NNPA PBT PAT NPAT".split())
_EN_NOT_NAMES = frozenset(
    "The A An In On At For By With After Before Having Being Meanwhile Elsewhere Analysts Analyst Investors Shares Stocks Stock Markets Market Customs "
    "Traders Economists Officials Policy It They He She We This That These Those Its Their Our Some Many Most All Both Each "
    "Wall Street Oil Gold Silver Brent Crude Revenue Revenues Sales Profit Profits PAT Earnings Income Orders Prices Price Inflation Homes "
    "Fees Commissions Deposits Loans Provisions Impairments Costs Expenses Margins Bookings "
    "Closings Transactions Purchases Starts Permits Completions Listings Inventory Inventories Rents Mortgages Claims Royalties "
    "Outperform Underperform Overweight Underweight Buy Sell Hold Neutral Accumulate Reduce Equal-weight Equal-Weight "
    "Growth Output Exports Imports Net Quarterly Annual Total Operating Gross Adjusted Basic Diluted Comparable Online Overall "
    "Demand Supply Retail Consumer Producer Bank Banks Central Rates Rate Yields Yield Bonds Treasurys Treasuries Futures "
    "Turnover Volume Payrolls Payroll Employment Unemployment Jobs Job Hiring Wages Spending Investment Capital Cash Debt Shareholders Also Still "
    "But And Or So Yet However Overall Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Chancellor Premier President Minister Governor Chairman CEO "
    "Asian European American Chinese Japanese British Hong Kong China Japan Britain Europe Asia US UK Mainland Beijing "
    "Shanghai Shenzhen Tokyo London Singapore Seoul India Germany France Canada Australia Brazil Russia Global World Index "
    "Indexes Indices Benchmark Equities Sector Sectors Energy Utilities Banking Property Properties Technology Tech Real "
    "Estate Financials Materials Industrials Companies Company Firms Group Holders Buyers Sellers Deal Deals IPO IPOs "
    "Trading Dealers Funds Fund Mutual Hedge Government Authorities Regulators Data Figures Reports Report Results Estimates "
    "Estimate Forecasts Forecast Expectations To From Under Over Since Until During Despite Following Including Excluding "
    "Mr Mrs Ms Dr Sir Analysis Research Note Notes Consensus Guidance Outlook Margins Margin Costs Expenses She He We I You "
    "Chief Executive Chairman Chairwoman Director Finance Head Managing Spokesman Spokeswoman Benchmark Blue-chip Small-company "
    "Sterling Euro Yen Yuan Dollar Pound Brexit Treasury Treasurys Fed Federal Lower Higher Most Among EBIT EBITDA EPS "
    "ROE Margin Cash Dividend Dividends Construction Manufacturing Mining Agriculture Farming Forestry Fishing Services Wholesale "
    "Transport Transportation Housing Household Households Business Consumption Tourism Hospitality "
    "EMEA EMEAR APJC APAC LATAM Americas Reuters Bloomberg AFP Xinhua Kyodo Yonhap Bernama ADR ADRs ADS "
    "Volumes Passengers Cargo Freight Traffic Shipments Deliveries Metals Crops Grains Commodities Currencies Softs B2B B2C Capacity Tonnage".split()) | _METRIC_ACRONYMS
# The words of regions and states, which no company's name is made of alone.
_PLACE_WORDS = frozenset(
    "New South North West East Western Eastern Northern Southern Central Wales Australia Victoria Queensland Tasmania "
    "Territory Territories Capital Zealand Ontario Quebec Alberta British Columbia Saskatchewan Manitoba Nova Scotia "
    "Brunswick Yukon Nevada Arizona Texas California Alaska Utah Colorado Wyoming Montana Idaho Chile Peru Mexico Brazil "
    "Argentina Africa America Americas Europe Asia Pacific Indonesia Philippines Mongolia Zambia Ghana Mali Congo Papua "
    "Guinea Scotland England Ireland and of the".split())
# A person, not a company: "CEO Bruce R. Chizen said", "an analyst at Bank of America, Robert Ohmes".
_TITLES = (r"CEO|CFO|COO|[Cc]hairman|[Cc]hairwoman|[Cc]hief|[Pp]resident|[Gg]overnor|[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Dd]irector|"
           r"[Ff]ounder|[Mm]inister|[Ss]ecretary|[Ss]pokesman|[Ss]pokeswoman|head|officer|executive|treasurer|manager")
_TITLE = scan.compile(rf"\b(?:{_TITLES})\s")
# A title inside a run of capitalised words, with the words that make it a title ("Chief Operating Officer")
_TITLE_IN_NAME = scan.compile(r"(?:^|\s)(?:(?:Chief|Senior|Executive|Operating|Financial|Managing|Deputy|Vice|Group|General)\s)*"
                              r"(?:Officer|Director|President|Chairman|Chairwoman|Manager|Treasurer|Economist|Analyst|Strategist|"
                              r"CEO|CFO|COO)\b")
_TITLED_ASIDE = scan.compile(rf",\s[^,;.]{{0,60}}?\b(?:{_TITLES})\b[^,;.]{{0,64}},")
# (a space, not a line break, after the first name: a headline's last word is no first name)
_PERSON_BEFORE = scan.compile(rf"(?:\b(?:{_TITLES})\s(?:[A-Z][\w.'’-]*\s){{0,3}}|\b[A-Z][a-z]+ (?:[A-Z]\. )?|\b[A-Z]\. )\Z")
_EN_NOT_END = scan.compile(r"(?:Index|index|Composite|Average|Shares|shares|Stocks|stocks|Markets|market|Street|Exchange|Bureau|Board|Administration|Institute|Association|"
                         r"Committee|Reserve|Authority|Commission|Ministry|Department|Office|Council|Agency|Fund|Programme|Program|"
                         r"Revenues?|Sales|ARPU|NIM|EBITDA|EBIT|Margins?|Earnings|Profits?|Deliveries|Shipments|Inventories|Carloads|Orders|Deposits|"
                         r"Advances|Loans|Attrition|Headcount|Bookings|Backlog|Volumes?|Exports|Imports|Payrolls|Claims)$"
                         r"|^(?:Rs|Rp|R|Dh|RM|SR|QR|KD|BD|P|N)\.?\d")  # "Mobile ARPU rose", "Inventories went up 0.2%"; "Rs15 crore": an amount
NOT_NAMES_UPPER = _NOT_TICKERS | _METRIC_ACRONYMS  # initials that are a measure's or a title's, no organisation's

# ("非银行业周报20250824" is a weekly report's title, no quote)
_MOVE_ZH = r"(?:升|跌|涨|挫|扬|软|回吐|上涨|下跌|收报|收涨|收跌|高收|低收|(?<![周日月年季简快晨研画情通电公])报|急升|急跌|大升|大跌|大涨|暴涨|暴跌|飙升|走高|走低|急泻|狂泻|狂跌|狂升|狂涨|泻|插|弹|抽升)"
_ZH_MOVE = scan.compile(r"(?<![提上攀回飙拉爬增下调])(?:则|亦|也|均|都|曾|一度)?" + _MOVE_ZH
                      + r"(?=[逾近约超]?\s?(?:\d|[一二三四五六七八九十两]+(?:成|倍|个|%|百分))|百分之)"  # not "呈四涨四落"
                      r"|(?:于[^，。,;；]{2,10}?)?(?:拟动用|拟以|拟回购|拟斥资|宣布|公布|披露|发布|录得|斥资)(?=[^，。,;；]{0,16}?\d)")
# A legal name: 黑龙江北大荒农业股份有限公司, 中炬高新技术实业(集团)股份有限公司.
_ZH_LEGAL = scan.compile(r"(?:^|(?<=[\s，,。：:；;、》」)]))([\u4e00-\u9fff（）()]{2,24}?(?:股份有限公司|有限责任公司|集团有限公司|有限公司))")
_ZH_LEGAL_VERB = scan.compile(r"(?:持有|合计持有|收购|增持|减持|出售|转让|认购|投资|控股|入股|参股|向|与|和|及|对|由|从|自|据|根据|其|本公司|该公司|公司)+")
_ZH_NOT_END = scan.compile(r"(?:股|指|指数|市|价|值|率|额|量|板块|行业|类|品|金|息|币|汇|债|期|油|(?<!电)气|低位|高位|水平|关口|关卡|"
                          r"导读|摘要|要点|观点|点评|简评|评论|结论|提示|概要|事件|核心|业务|排行榜|榜单|排名|保费|型保险|险种|"
                          r"增长|提升|复苏|回暖|动态|竞争力|预测|调整)$")  # a report's headings
# (报告导读, 新兴产品增长, 行业与公司动态), a business, an insurer's lines (续期保费, 分红型保险)
# An adverb, not a name: "罕有地下跌百分之2.3" (not 置地, 新地, 綠地)
_ZH_ADVERB = scan.compile(r"[有幅显顯步续續烈速然稳穩微略]地$")
# Words no company name holds: a candidate that has one is a phrase, not a name.
_ZH_NOT_IN = scan.compile(r"价格|同比|环比|依次|每股|按年|按季|较|比|累|全年|半日|今日|昨日|股价|收市|收盘|盘中|午后|早段|初段|稍早|暂|连|最大|最高|最低|终场|尾盘|早盘|开盘|午盘|"
                        r"方面|季度|暗盘|周[一二三四五六日末]|星期|本次|此次|用于|部分|部份|"
                        r"上月|本周|本月|期内|期间|年内|当天|当日|两者|毛利|目标价|指数|率|额|量|只|但|则|约|逾|近|超|仍|再|又|并|而|后|前|时(?!代)|日|月|年|最|元|亿|万|若|以|按|\s|"
                        r"代码|简称|编号|"  # a filing's header fields: 证券代码:601068
                        r"中午|午间|早间|晚间|盘后|盘前|今早|今晨|昨晚|午市|早市|尾市|尾盘|早盘|午盘|依然|依旧|一度|随后|其后|最终|继续|"  # times and adverbs before a move
                        r"纯利|净利|盈利|溢利|营收|利润|销售|营业额|"  # and a result's own words (同店销售升11.4%)
                        r"意外|各次|合计|累计|再度|除|在(?!线)|刚刚|算上|"  # and words of an announcement (意外宣布升息, 各次宣布)
                        r"分别|同期|共有|共计|一天|同一")  # and of a list or a day ("…同期分别下跌", "也在同一天公布": no name)
_ZH_NOT_NAMES = frozenset({"财产保险", "人寿保险", "健康保险", "人身保险", "财产险", "酒店", "公寓", "住客", "旅客", "团客", "居民", "客房", "轻微", "略微", "稍微", "首季", "次季", "上季", "集团", "公司", "本公司", "该公司", "本集团", "该集团", "董事会", "管理层", "该行", "港股", "美股", "A股", "大市", "恒指", "国指", "科指", "沪指", "深指", "两市", "股价", "收市", "今日", "全日",
                           "成交", "主板", "蓝筹", "大盘", "个股", "金价", "油价", "汇价", "利率", "股市", "人民币", "美元", "港元",
                           "期货", "现货", "黄金", "白银", "原油", "比特币", "北水", "南水", "外资", "内资", "市场", "行业", "板块",
                           "公司拟", "集团拟", "该公司拟", "ADR", "ADS", "美股ADR", "H股", "港股ADR",
                           "收益", "收入", "营收", "营业额", "利润", "纯利", "盈利", "净利", "溢利", "毛利", "销量", "销售额",  # (a line of the accounts)
                           "计划", "拟", "准备", "打算", "决定", "宣布", "公告", "预计"})  # (and the verbs before one: "海亮股份:计划斥资…")
# 药明获瑞银升目标价, 国泰目标价获大摩升至24元: the company "gets" a broker's view.
_ZH_GETS = scan.compile(r"(?:^|(?<=[，,。；;：:\s》】」）)]))(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:的?(?:目标价|评级))?获(?=[\u4e00-\u9fffA-Za-z]{1,8}?"
                      r"(?:升|降|上调|下调|调升|调降|调高|调低|维持|重申|首予|给予|予|列入|纳入|唱好|看好|评|目标价))")
# A headline that opens with its subject: 香港小轮盈利去年升逾3倍, 国中水务:业绩与预期一致.
# A new listing by its debut or its issue price: "高铁电气登陆上交所科创板", "中望软件以150.5元/股排第一", "其中正元地信为1.97元/股";
# a stock that heads a ranking by its figure: "中微半导以33.04%居首"
_ZH_LISTED = scan.compile(r"(?:^|(?<=[，,。；;：:\s]))(?:其中)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)"
                          r"(?:(?:今日|正式|首日)?登陆|(?:以|为|发行价[为位]?)\s?\d[\d.]*\s?元/股"
                          r"|以\s?-?\d[\d.]*\s?(?:%|亿元|万元|元)\s?(?:居首|位居榜首|位列第一|排名第一|排第一|领涨|领跌|居次|位列末位|垫底))")
# The one a ranking names, then its figure: "第四只发行价超过百元的是奥泰生物,为133.67元/股"
_ZH_RANKED = scan.compile(r"的是(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?=[，,](?:为|以|达|录得)\s?-?\d)")
_ZH_NAME_HEADING = scan.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8})[:：]$", re.MULTILINE)
_ZH_NAME_VERDICT = scan.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8})[:：][^\n\d:：]{2,30}$", re.MULTILINE)  # a heading's name and verdict
_ZH_HEADLINE = scan.compile(r"^\s*(?:【[^】]{1,10}】\s?)?(?P<name>[\u4e00-\u9fff]{2,8}?)(?:[:：]|(?=(?:日前|近日|今日|昨日|今天|昨天)?(?:披露|公布|发布|宣布|料|预料|预计|预期)?"
                          r"(?:盈利|纯利|净利|营收|收入|收益|业绩|中期|全年|末期|首季|季度|股价|"
                          r"去年|今年|上半年|半年|股东应占|纯损|亏损|派息|股份回购|回购|公开发售|招股|(?:科创板|创业板|主板|北交所|港股)?上市|挂牌|获|"
                          r"(?:高|低)?毛利率?|IPO|冲刺|冲击|过会|首发)))")  # "某某标准高毛利率…": an IPO candidate's story; "【盈喜盈警】某某服务料去年转蚀"
# A research report's header: the company, its industry, the date ("国电南瑞 电力设备行业 2018-08-31").
_ZH_REPORT_HEADER = scan.compile(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})\s+[\u4e00-\u9fff]{2,12}行业\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_CODE_NAME_HEADER = scan.compile(r"(?:^|[◇◆【\[\s])(?<!\d)[036]\d{5}\s*(?P<name>[\u4e00-\u9fffA-Z]{2,8})\s+(?=更新日期|最新价|所属行业|[\u4e00-\u9fff]{2,8}行业)")
# A title that names its company by the bare A-share code: "301300 2024年年报财务分析".
_CODE_HEADLINE = scan.compile(r"^\s*(?P<name>[036]\d{5})\s+(?=\S*(?:年报|季报|报告|财务|业绩|公告|点评|分析))")
# A name that ends as Chinese company names do (安图生物, 阳光保险, 南山铝业), opening a clause that reports
# on it ("安图生物在1月30日披露…", "1H25阳光保险总保费收入…", "据悉，安图生物营业收入…").
_ZH_FIRM_END = (r"生物|医药|药业|制药|科技|电子|股份|集团|控股|银行|农商行|证券|保险|人寿|财险|能源|汽车|地产|置业|铝业|钢铁|矿业|"
                r"电力|电气|通信|传媒|酒业|乳业|化工|航空|重工|机械|实业|光电|半导体|精密|装备|水务|燃气|港口|航运|酒店|味业|"
                r"眼科|特钢|玻璃|水泥|煤业|石化|化学|环保|锂业|钴业|(?<![矿产力水游地然])资源|铜业|航天|船舶|电缆|基金|(?<![行金募])理财|速递|快递|物流")
# (not 软件, 食品: a business as often; 招银理财 is a bank's wealth arm, 银行理财 and 现金理财 its products)
_ZH_CLAUSE_FIRM = scan.compile(  # (from the character before the clause: the engine then skips to such characters)
    r"[，,。；;：:\n》】」）) -](?:(?:(?:19|20)?\d{2}\s?年|[1-4][HQ]\d{2}|上半年|下半年|前三季度|今年|去年|其中|此外|另外|例如|比如|"
    r"据悉|同时|而|但)\s?[，,]?\s?)?(?P<name>(?:(?![的与和及在为对是将拟])[\u4e00-\u9fff]){1,4}?(?:" + _ZH_FIRM_END + r"))"
    r"(?=在|于|拟|已|将|打算|计划|准备|决定|今年|去年|上半年|下半年|前三季度|\s?\d|实现|录得|披露|公布|宣布|发布|公告|的|总|营业|营收|净利|归母|收入|"
    r"(?<=行)(?:净息差|不良|拨备|资本充足|存款|贷款)|"
    r"股价|换手率|成交额|振幅|总市值|获|表示|回购|即是|就是|便是|正是|预计|业绩|年报|半年报|季报|(?:上|本)?周[一二三四五]|(?:仅|只)?收[于报盘市]|[(（]|以(?=\s?-?[\d.]|\s?[\"“「『]))")  # (以16.66%位列首位; 以"提质增效"为主线)
_FILES_AFTER = scan.compile(r"(?:\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:晚间|早间|晚|早)?)?(?:发布|披露)?公告")  # a filing's maker
_BARE_FIRM_END = scan.compile(_ZH_FIRM_END)  # such an ending alone (科技, 生物) names no company
# A name with a strong firm ending anywhere in a short headline, after a space or a mark ("…下滑2.6% 重庆银行多项指标走低").
_ZH_HEADLINE_FIRM = scan.compile(r"(?:^|(?<=[\s，,：:%」》】）)]))(?P<name>(?:(?![的是为指与和及在对])[\u4e00-\u9fff]){2,4}?(?:银行|农商行|证券|保险|集团|控股))(?!行业|板块|指数|股|公司)")
_ZH_GENERIC = scan.compile(r"^(?:国有|中小|大型|上市|商业|股份制|农村|城市|外资|中资|内资|头部|龙头|相关|部分|多数|绝大多数|大多数|大部分|半数|主要|国内|海外|全球|"
                           r"各家|多家|两家|[该本其这此母子]|旗下|上述|中国|全国|民营|地方|传统|新兴|券商|险企|行业|板块|概念|"
                           r"消费|新能源|智能|工业|商用|乘用|家用|境外|自制|自主|定制|公募|私募|货币|债券|股票|混合|指数|偏股|主动|被动|产业|投资|"
                           r"工程|土方|起重|混凝土|高空|农业|农用|矿山|矿用|环卫|新兴|非挖|财产保险|寿险|健康险|财险|产险|人身险|资产管理|资管)")  # 消费电子收入, 新能源汽车收入: businesses;
# 土方机械, 高空作业机械: kinds of machinery; 财产保险下跌11.4%: an insurer's line of business
# A stock under special treatment, named with its mark: "ST帕瓦成交额为651.5万元", "*ST金科涨停".
_ZH_SPECIAL_TREATMENT = scan.compile(r"(?<![A-Za-z*])(?P<name>\*?ST(?![类股板])[\u4e00-\u9fff]{2,4}?)(?=[^\u4e00-\u9fff]|成交|换手|振幅|涨|跌|股价|收|的|以|为|在|于|"
                                     r"公告|发布|披露|营收|营业|净利|归母|实现|录得|称|表示|和|及|与|则|亦|也|今年|去年|上半年|前三季度|全年|今日|昨日|今天|盘中|早盘|午后|尾盘|本周|周[一二三四五])")
# A field of a broker's table that names the company: "推荐股票:金证股份 | 所属行业:计算机行业".
_ZH_FIELD = scan.compile(r"(?:推荐股票|股票名称|公司名称|证券简称|股票简称)\s?[:：]\s?(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})(?=\s|[|｜,，;；(（]|$)")
# A subsidiary named after its parent: "中国燃气旗下全资附属公司中燃投资第三季净利…" is the subsidiary's figure.
_ZH_SUBSIDIARY = scan.compile(r"(?:旗下的?(?:全资)?(?:附属|子)?公司|全资(?:附属|子)公司|附属公司|子公司)(?P<name>[\u4e00-\u9fff]{2,8}?)"
                              r"(?=第|[上下]半|今年|去年|全年|首季|\d|的|净利|营收|收入|盈利|纯利|录得|实现)")
# A company bought a stake in: "收购海兰寰宇100%股权", "拟收购华达科技51%的股份".
ACQUIRED = scan.compile(r"收购(?P<name>[\u4e00-\u9fff]{2,8}?)(?:\d{1,3}(?:\.\d+)?%|全部|部分|控股)的?(?:股权|股份|权益)")
_ZH_NOT_FIRM = scan.compile(r"[所购購入售发發佔占持让讓转轉增减減回期续續]|原材料$")  # 所购股份, 同期集团: phrases, not names
# A news agency's list of movers, each named after what it does: "投资商梅尔罗斯工业公司股价涨1.92%",
# "营销与商务服务商DCC股价涨1.40%", "矿企安托法加斯塔股价跌2.83%" (the name is what follows the description).
_ZH_PRICE_MOVER = scan.compile(r"(?:^|(?<=[:：,，、;；。\n]))(?P<said>[^,，。；;:：、\s]{2,24}?)股价(?=(?:上涨|下跌|涨|跌|升|降)[\d逾近约])")
_ZH_DESCRIBED = scan.compile(r"[\u4e00-\u9fff]{2,10}商|[\u4e00-\u9fff]{1,10}?(?:企|企业|机构|巨头)")
# A company named after what it leads: "结构件龙头科达利,近一个月获…", "锂电池巨头宁德时代上半年…".
_ZH_LEADER = scan.compile(r"(?:龙头|巨头)(?:企业|公司)?(?!企业|公司|股|地位|优势|效应|作用|品牌|标的|价值|风范)(?P<name>(?:(?![与和及])[\u4e00-\u9fff]){2,5}?)"
                          r"(?=[,，。；;、(（]|近|获|在|于|的|将|拟|今年|去年|上半年|下半年|前三季度|\d|实现|营收|净利|股价)")
# A person's title before a name: "总裁杨金龙于会后说明" (the title "杨金龙:…" quotes a speaker, no company)
_ZH_PERSON_TITLE = r"(?:总裁|副总裁|行长|主席|董事长|总经理|部长|局长|主委|院长|首席[\u4e00-\u9fff]{0,4}|分析师|经济学家|主任|总监|发言人|研究员)"
_RESULTS_WORDS = scan.compile(r"业绩|盈利|盈喜|盈警|转蚀|转亏|转赚|纯利|净利|营收|收入|收益|溢利|亏损|派息|回购|招股|公开发售|超额认购|上市|挂牌|集资|公告|激励计划|持股计划|草案|摘要")  # (a filing: "海兰信: …决议公告")


# Where a possessive ends a name: "Infosys's American Depository Receipts", but not "Divi's Labs", "Dr Reddy's Laboratories".
_NAMED_WITH_POSSESSIVE = r"(?!(?:Labs?|Laboratories|Inc|Ltd|Limited|Corp|Corporation|Co|Group|Holdings|Stores|Restaurants|Pharma)\b)"
_POSSESSIVE_CUT = re.compile(rf"['’]s\s{_NAMED_WITH_POSSESSIVE}")
_POSSESSIVE_END = re.compile(rf"['’]s(?:\s{_NAMED_WITH_POSSESSIVE}|$)")


THE_COMPANY = scan.compile(r"\bthe company\b|该公司", re.IGNORECASE)  # the company a text spoke of before
_CAPITALS_MOVED = scan.compile(r"\s(?:rose|fell|gained|added|slipped|lost|dropped|climbed|eased|jumped|slid|advanced|declined)\s"
                               r"(?:[€$£¥]|[A-Z]{3}\s?)?\d")


# A fund by its share class, after who manages it: "任桀执掌的永赢科技智选A", "旗下的易方达蓝筹精选混合C".
_ZH_FUND = scan.compile(r"(?:执掌的|管理的|掌舵的|旗下的?)(?P<name>[\u4e00-\u9fff]{4,14}[AC])(?![A-Za-z0-9])")
_ZH_SESSION_BEFORE = scan.compile(r"(?:今天|今日|昨天|昨日)?(?:早盘|午盘|盘中|尾盘|早市|午市|开盘|收盘)$")
_ZH_DELIVERED = scan.compile(r"(?:^|(?<=[;；,，。:：\n])|(?<=\d[)）]))\s?(?P<name>[\u4e00-\u9fff]{2,4}?)(?=交付(?:数|量))")


# "Bank of <country>" is a central bank; "Bank of Baroda", "Bank of America" are lenders.
_CENTRAL_BANK_OF = frozenset({"England", "Japan", "Canada", "Korea", "Thailand", "Mexico", "Russia", "Israel", "Italy", "Spain",
                              "France", "Greece", "Portugal", "Ghana", "Uganda", "Tanzania", "Zambia", "Jamaica", "Botswana",
                              "Namibia", "Mauritius", "Finland", "Estonia", "Latvia", "Lithuania", "Slovenia", "Slovakia", "Albania",
                              "Algeria", "Sudan", "Guyana", "Lebanon", "Taiwan", "Malawi"})


def subject_names(text: str) -> list[tuple[int, int]]:
    """Spans of names that a sentence treats as a company by the part they play: the subject of a
    share-price move or of a result ("PG&E dropped 5.6%", "美团升逾2%", "Wuhan YZY Biopharma raised
    HK$172 million"), the holder of shares ("shares of Insilico Medicine"), the one a broker's view is
    given to (药明获瑞银升目标价), a headline's opening subject (香港小轮盈利去年升逾3倍), a stake bought
    (收购海兰寰宇100%股权)."""
    found: list[tuple[int, int]] = []
    if re.search(r"[A-Z]", text):
        titled = _TITLE.search(text) is not None  # (a person is introduced by a title)
        for rx in (_EN_SUBJECT, _EN_SHARES, _EN_MOVER, _HEADING_LINE, _EN_LIST_ITEM, _EN_BROKER_ON, _EN_APPOSED, _EN_WHICH,
                   _EN_LISTED_MOVER, _EN_HEADLINE, _EN_TICKER_OF, _EN_POSSESSIVE, _EN_RISE_IN, _EN_LINE_LED, _EN_AS_FOR, _EN_STOCK_OF,
                   _EN_INTRODUCED, _EN_SHARED_VERB, _EN_ASSET_OF):
            if rx is _EN_ASSET_OF and not _ASSET_NOUN.search(text):
                continue  # (looked for only in a text that names a mine or a plant: the pattern opens at every capital)
            for m in rx.finditer(text) if rx is not _EN_HEADLINE else filter(None, [rx.match(text)]):
                group = "name" if m.group("name") else "name2"
                a, b = m.span(group)
                name = text[a:b].rstrip(".,'’")
                if rx is _EN_INTRODUCED and (stop := _NAME_ENDS_SENTENCE.search(name)) is not None:
                    name = name[:stop.start()]  # "packaging group Corrugo. Its target is 380p": the name ends with its sentence
                if rx is _EN_SHARED_VERB and ((first := _FIRST_MOVER.search(text, max(0, m.start() - 60), m.start())) is None or any(
                        n in _METRIC_ACRONYMS or n.lower() in _MEASURE_WORDS for n in (name, first.group(1)))):
                    continue  # "Revenue rose 5% and EBITDA 7%": measures, no movers
                if rx is _EN_POSSESSIVE and not _SENTENCE_START.search(text, max(0, a - 4), a) \
                        and not _OPENING_PHRASE.search(text, max(0, a - 64), a):
                    continue  # (after a time it opens with too: "In the six weeks to 31 December, Waitrose's sales rose")
                if rx is _EN_SHARES and name.endswith(("'s", "’s")) and text[b:b + 2].startswith(" ") and text[b + 1:b + 2].islower():
                    continue  # "Shares of American's parent AMR Corp.": the shares are the parent's
                if (titled_name := _TITLE_IN_NAME.search(name)) is not None:
                    name = name[:titled_name.start()]  # "TMC Operating Officer Kenta Kon": the company, not its officer
                    if not name:
                        continue
                if (coded := _TICKER_OF.match(name)) is not None:
                    a, name = a + coded.end(), name[coded.end():]  # "PLX of Petrolimex fell": the company, not its code
                if (dated := _DATELINE_DAY.match(name)) is not None:
                    a, name = a + dated.end(), name[dated.end():]  # "SAO PAULO, April 30 Grupo Oi SA, the …": the company
                if (kind := _KIND_LEAD.match(name)) is not None and len(name) > kind.end():
                    a, name = a + kind.end(), name[kind.end():]  # "Drugmaker Shire Pharmaceuticals has been upgraded": what it is
                if (held := _WHAT_OF.match(name)) is not None:
                    a, name = a + held.end(), name[held.end():]  # "Holdings of SPDR Gold Trust … rose 6 tonnes": the fund's
                if (placed := re.match(r"[A-Z][\w ]{1,20}\.-\s?", name)) is not None:
                    a, name = a + placed.end(), name[placed.end():]  # "Macau.- Galaxy Entertainment Group has published": a dateline
                if (own := _POSSESSIVE_CUT.search(name) if rx not in (_EN_SUBJECT, _EN_HEADLINE) else _POSSESSIVE_END.search(name)) is not None:
                    name = name[:own.start()]  # "Infosys's American Depository Receipts fell": Infosys's (not "Divi's Labs")
                b = a + len(name)
                words = name.split()
                initials = len(words) > 2 and len(words[1]) == 1  # "A G Barr": no article
                # "Consumer Banking and Wealth added $1633 million", "Shanghai Forest Cabin Cosmetics Group … rose 9.3 per cent"
                unit = len(words) > 1 and words[0] not in _EN_LEAD and _BUSINESS_UNIT.search(name.removesuffix("'s").removesuffix("’s")) is not None
                traded = rx is _EN_SUBJECT and text.startswith((" shares ", " stock "), b) and len(words) > 1 \
                    and words[1][:1].isupper() and words[1] not in _EN_NOT_NAMES and words[1] not in _PLACE_WORDS
                # ("Premier Foods shares slid": a company, no premier)
                # ("Oil Search fell", "Global Ferronickel, down a centavo": a common word leads the company's name)
                word_led = len(words) > 1 and words[0] in _NAME_LEADS and all(w[0].isupper() and w not in _EN_NOT_NAMES for w in words[1:])
                # ("Bank Mandiri's net profit", "Bank of the Philippine Islands": a bank named "Bank" first, not "Bank
                # Indonesia" or "Bank of Japan", a central bank)
                named = [w for w in words[1:] if w not in ("of", "the")]
                bank_named = words[0] == "Bank" and bool(named) and named[0][0].isupper() \
                    and (words[1] != "of" or len(named) > 1 or named[0] not in _CENTRAL_BANK_OF) \
                    and not any(w in _EN_NOT_NAMES or w in _PLACE_WORDS for w in named) or rx is _EN_HEADLINE and words[0] == "Bank"
                # ("Bank of Sharjah's Q1 net profit slips": a headline's results are a bank's, not a central bank's)
                homed = rx is _EN_SUBJECT and text.endswith(("'s ", "’s "), m.start(), a)  # "France's Total raised": its company
                if not words or (words[0] in _EN_NOT_NAMES and not initials and not (rx is _EN_LINE_LED and len(words) > 1) and not unit and not traded
                                 and not word_led and not bank_named and not homed
                                 and not (rx in (_EN_INTRODUCED, _EN_APPOSED) and _PLACE_FIRST.fullmatch(name))  # "airline British Airways"
                                 and not (rx is _EN_WHICH and not all(w in _EN_NOT_NAMES for w in words))) \
                        or _EN_NOT_END.search(name) \
                        or name.lower() == name or ". " in name or _LEGAL_ONLY.fullmatch(name) \
                        or all(w in _PLACE_WORDS for w in words):
                    continue  # ("Queensland, New South Wales and Western Australia fell": places, no company)
                if re.search(r"\s(?:19|20)\d{2}$", name) or len(words) > 1 and words[-1] in _METRIC_ACRONYMS:
                    continue  # "Financial 2022 results": a year, no company; "FY18e PBT is cut": a measure
                if re.search(rf"\b(?:{_TITLES})\s[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z'’-]+$", name):
                    continue  # "NAR Chief Economist Lawrence Yun warned": a person, by title and name
                if rx is _EN_INTRODUCED and _MET_IN_PASSING.search(text, max(0, m.start() - 60), m.start()):
                    continue
                if rx is _EN_SUBJECT and m.start() == a and _PERSON_BEFORE.search(text, max(0, a - 40), a):
                    continue  # (not after a description: "Insurer Admiral" is no person)
                if rx is _EN_SUBJECT and len(words) <= 3 and titled and re.search(
                        rf"\b(?:{_TITLES})\s(?:[A-Z][\w.'’-]*\s){{0,2}}{re.escape(name)}\b", text):
                    continue  # "Irwin expects …" after "analyst Craig Irwin": the person the text introduced
                if rx is _EN_SUBJECT and _MEMBERS_BEFORE.search(text, max(0, a - 80), a):
                    continue  # "the compact segment, which includes the Swift, Ignis and Dzire, dipped 12%": the segment's move
                if rx is _EN_SUBJECT and _RATES_AFTER.match(text, m.end()):
                    continue  # "Halvorn cut the stock to Neutral": a broker acting, not the company
                if rx is _EN_SUBJECT and (text.startswith(", who ", b) or _TITLED_ASIDE.match(text, b)):
                    continue  # "Scott Cutler, who heads the exchange's listings, said", "Jo Lee, Platts director of news, said": a person
                if rx is _EN_SUBJECT and len(words) == 1 and any(_TITLED_ASIDE.match(text, p.end()) for p in re.finditer(
                        rf"\b[A-Z][a-z]+ {re.escape(name)}\b", text)):
                    continue  # "Chatterjee said" after "Debashis Chatterjee, the CEO and MD, said": the person again
                if rx is _EN_SUBJECT and _ATTRIBUTION.match(text, m.end() - 9, min(len(text), m.end() + 3)):
                    continue  # "…, City AM reported.": who tells the news, not whom it is about
                if len(words) == 1 and (words[0].upper() == words[0] and len(words[0]) > 5 and not (
                        text[a - 1:a] in ("", "\n") and _CAPITALS_MOVED.match(text, b)) or len(words[0]) < 2):
                    continue  # (a movers column's stock opens its line in capitals: "ARCELOR rose €0.23 to €20.43")
                if len(words) == 1 and f"({name})" in text and (re.search(rf"\b[a-z][a-z-]+ \({re.escape(name)}\)", text) or (
                        (term := re.search(rf"((?:[A-Z][a-z-]+\s){{2,5}})\({re.escape(name)}\)", text)) and not_a_company(term.group(1)))):
                    continue  # "average daily revenue (ADT) … ADT has dropped", "Available Seat Kilometers (ASK)": a term, no company
                found.append((a, b))
    if re.search(r"[\u4e00-\u9fff]", text):
        offset = 0
        for line in text.split("\n")[:3]:  # the headline is one of the first lines
            # (a table's row is none: "营业收入 | 78.54亿元 | -2.02% |")
            m = None if "|" in line else _ZH_REPORT_HEADER.match(line) or _CODE_HEADLINE.match(line) or _ZH_HEADLINE.match(line)
            # (a title "珀莱雅:红宝石微珠精华上新…" over a note that names it again: its subject)
            if m is not None and (m.re is not _ZH_HEADLINE or _RESULTS_WORDS.search(line)
                                  or line[m.end("name"):m.end("name") + 1] in ":：" and text.count(m.group("name")) >= 3
                                  and not _ZH_GENERIC.match(m.group("name")) and not re.search(_ZH_PERSON_TITLE + m.group("name"), text)) and (
                    m.re is not _ZH_HEADLINE or zh_name_ok(m.group("name"))):  # a header's name stands on its own
                found.append((offset + m.start("name"), offset + m.end("name")))
                break
            offset += len(line) + 1
        first = text.split("\n", 1)[0]
        if len(first) <= 40:  # (a headline, not a first paragraph)
            for m in _ZH_HEADLINE_FIRM.finditer(first):
                if zh_name_ok(m.group("name")) and not _ZH_GENERIC.match(m.group("name")):
                    found.append(m.span("name"))  # "利息净收入下滑2.6% 重庆银行多项盈利指标…": the headline's bank
        for m in _ZH_NAME_HEADING.finditer(text):
            name = m.group("name")
            below = text[m.end() + 1:].split("\n", 1)[0]
            if name[:2] in below and zh_name_ok(name) and not _ZH_GENERIC.match(name):
                found.append(m.span("name"))  # "特变电工:" over "上半年特变营收…": the company the line below is about
        for m in _ZH_NAME_VERDICT.finditer(text):
            name = m.group("name")
            if text.startswith(name, m.end() + 1) and not _ZH_GENERIC.match(name):
                found.append(m.span("name"))  # "双塔食品:连年亏损…" over "双塔食品在2023年一季度…": a section on the company
        if (coded := _CODE_NAME_HEADER.search(text, 0, 300)) is not None:
            found.append(coded.span("name"))  # "◇601333 广深铁路 更新日期:2014-08-06◇": a data page's header
        for m in _ZH_LEGAL.finditer(text):
            if "注册成立" in m.group(1) or m.group(1)[0] in "(（":
                continue  # "(在百慕达注册成立之有限公司)": where a company was incorporated, no name
            verb = _ZH_LEGAL_VERB.match(text, m.start(1))  # "持有天创时尚股份有限公司": the name after the verb
            passive = text.rfind("被", m.start(1), m.end(1))  # "该宗地最终被乐享置业有限公司拿下": the name after 被
            found.append((passive + 1 if passive >= 0 else verb.end() if verb else m.start(1), m.end(1)))
        for m in _ZH_CLAUSE_FIRM.finditer("\n" + text):  # (a clause at the very start too)
            name = m.group("name")
            filing = name.startswith("中国") and _FILES_AFTER.match("\n" + text, m.end("name"))  # ("中国化学8月15日发布公告称")
            if len(name) >= 4 and (filing or not _ZH_GENERIC.match(name)) and not _ZH_NOT_FIRM.search(name) and zh_name_ok(name):
                lead = _ZH_LEAD.match(name)  # ("据华润医药8月29日…发布的公告": the name after "according to")
                found.append((m.start("name") - 1 + (lead.end() if lead else 0), m.end("name") - 1))
        for m in (*_ZH_FIELD.finditer(text), *(_ZH_SPECIAL_TREATMENT.finditer(text) if "ST" in text else ())):
            found.append(m.span("name"))
        for m in _ZH_LEADER.finditer(text):
            if zh_name_ok(m.group("name")) and not _ZH_GENERIC.match(m.group("name")):
                found.append(m.span("name"))
        for m in (*_ZH_SUBSIDIARY.finditer(text), *ACQUIRED.finditer(text)):
            if zh_name_ok(m.group("name")):
                found.append(m.span("name"))
        for m in (*_ZH_GETS.finditer(text), *_ZH_LISTED.finditer(text), *_ZH_RANKED.finditer(text)):
            if zh_name_ok(m.group("name")):
                found.append(m.span("name"))
        for m in _ZH_MOVE.finditer(text):
            end = m.start()
            if (when := _ZH_SESSION_BEFORE.search(text, max(0, end - 6), end)) is not None:
                end = when.start()  # "永大早盘大涨7.6%": the stock, then the session it moved in
            start = name_before(text, end)
            if start is None or text[start:end].isascii() or text[start - 1:start] in ("(", "（"):
                continue  # (nor an aside in brackets: "比上年同期(法定披露数据)增加")
            parts = text[start:end].split("和")
            if len(parts) == 2 and all(len(x) >= 2 for x in parts):  # "小米和腾讯升逾1%"
                if zh_name_ok(parts[0]):
                    found.append((start, start + len(parts[0])))
                start += len(parts[0]) + 1
            if zh_name_ok(text[start:end]):
                found.append((start, end))
            both = re.search(r"([\u4e00-\u9fff]{2,6})(?:和|及|与|、)$", text[max(0, start - 8):start])
            if both and zh_name_ok(both.group(1)):  # "药明生物和中生制药升近9%和逾6%"
                a = max(0, start - 8) + both.start(1)
                found.append((a, a + len(both.group(1))))
        for m in _ZH_FUND.finditer(text):
            found.append(m.span("name"))  # "任桀执掌的永赢科技智选A全年累计回报为233.29%": the fund's return
        for m in _ZH_DELIVERED.finditer(text):
            if zh_name_ok(m.group("name")) and not _ZH_GENERIC.match(m.group("name")):
                found.append(m.span("name"))  # "1)理想交付数同比+18.8%": a carmaker's month, item by item
        for m in _ZH_PRICE_MOVER.finditer(text):
            a, said = m.start("said"), m.group("said")
            described = _ZH_DESCRIBED.match(said)
            if described is not None and len(said) - described.end() >= 2:
                a, said = a + described.end(), said[described.end():]
            if re.fullmatch(r"[A-Z][A-Za-z&.-]{1,15}", said) or zh_name_ok(said.replace("-", "")):
                found.append((a, a + len(said)))
    # a Latin name's tail that another reading finds whole is no name of its own ("Spencer Group" of "Marks and Spencer Group")
    return [(a, b) for a, b in found if not any(x < a and b == y and text[x:a].endswith(" and ") for x, y in found)]


# The company a broker acts on, named between the verb and what is done to it: "raises JD Sports Fashion
# price target", "upgraded Bank of America to Buy", "starts Watches of Switzerland with 'hold'".
_EN_RATED = scan.compile(
    r"\b(?:(?:rais(?:es|ed)|cut|cuts|lift(?:s|ed)|lower(?:s|ed)|trim(?:s|med)|boost(?:s|ed)|upgrad(?:es|ed)|downgrad(?:es|ed)|"
    r"start(?:s|ed)|began|begins|initiat(?:es|ed)|resum(?:es|ed)|reinstat(?:es|ed)|reiterat(?:es|ed)|keeps|kept|maintain(?:s|ed)|rates|rated|"
    r"reduc(?:es|ed)|increas(?:es|ed)|hik(?:es|ed)|upped|takes|took|nudges|nudged)\s"
    # "lifted its recommendation on M&S to 'buy'", "raised its price target on Veolia to 34 euros"; "lowers its Kier
    # price target", "takes its GoCompare price target down": the company between its and the target
    r"(?:(?:its|their)\s(?=[A-Z][\w&'’.-]*(?:\s[A-Z0-9][\w&'’.-]*){0,4}\s(?:price\s)?target\b)|coverage (?:of|on)\s|(?:its |the )?"
    r"(?:rating|recommendation|stance|fair value|(?:12-month |one-year )?(?:share |stock )?(?:price )?target(?: price)?) (?:on|for)\s)?"
    r"|(?<=\s)and\s(?:for|on)\s)"  # "…for radio firm Capital Radio to 470p, and for rival GWR Group to 284p"
    + _DESCRIBED +  # "downgraded British bank Bradford & Bingley", "its rating on pubs group Mitchells & Butlers"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of|and|de)){0,5}?)"
    r"(?=(?:'s|’s)?\s(?:price target|target|rating\sto|to\s[\"“'‘A-Z$€£\d]|at\s[\"“'‘A-Z]|as\s[\"“'‘A-Z]"
    r"|with\s[\"“'‘]?[a-zA-Z]|from\s[\"“'‘A-Za-z$€£\d]|by\s[$€£\d]|shares?\s(?:from|to)\b)|\s?(?:,|\s[—–])\s(?:which|who)\b)")
RATING_CONTEXT = scan.compile(r"target|rating|coverage|\b(?:buy|sell|hold|neutral|overweight|underweight|outperform|underperform)\b",
                               re.IGNORECASE)
_ZH_RATING_WORD = scan.compile(r"(?:强烈|谨慎|审慎)?(?:买入|增持|持有|中性|减持|卖出|推荐|强推|沽售|沽出)|(?:跑赢|跑输|优于|弱于|同步)(?:行业|大市)?")
_ZH_RATING_TAIL = scan.compile(rf"(?:{_ZH_RATING_WORD.pattern})$")
_ZH_RATING_CONTEXT = scan.compile(r"评级|目标价|买入|增持|持有|中性|减持|卖出|推荐|跑赢")
_CJK = scan.compile(r"[\u4e00-\u9fff]")
_LEGAL_REST = scan.compile(r"(?:,?\s(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|Plc|LP|LLC|SA|AG|NV|SE|SpA|AB|ASA|Oyj|Bhd|Berhad|Tbk|PCL|Pty|Group|Holdings?)\.?)*")


# 给予北汽蓝谷“买入”评级, 将双汇发展由“增持”调高至“买入”, 把德邦股份的评级: the company between a broker's verb and its rating.
_ZH_RATED = scan.compile(r"(?:给予|首予|把|将|(?<![绝相针面反])对|(?<![因成作认以称])为|维持|重申|上调|下调)(?P<name>(?:(?!给予|给出|继续|维持|重申|首予|予以|的|评级|目标|至)[\u4e00-\u9fffA-Za-z]){2,8}?)"
                         r"(?=的?(?:评级|投资评级)|(?:给予|首予|予以)(?=[^，。,；;]{0,8}评级)|[“\"「『]|由[“\"「『]|(?:给出|给予)?(?:\d[\d.]*\s?(?:元|港元|美元)(?:/股)?)?的?(?:最高|最新)?目标价)")
# (对九丰能源给出的目标价, 对富创精密给出74.23元/股的目标价, 为税友股份给出67元的目标价)


# A name with its legal form: "American Airlines Group Inc.", "RSA Insurance Group plc", "Kellogg Company".
_EN_LEGAL = scan.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of|and|do|da|de|du|del|van|von)){0,6}?"
                         r"(?:,?\s(?:Inc|Corp|Corporation|Company|Co|plc|PLC|Plc|Ltd|Limited|LLC|AG|SE|NV|SA|N\.V|S\.A|SpA|S\.p\.A|AB|ASA|Oyj|Bhd|Berhad|Tbk|PCL|Pty|KGaA|GmbH)\b\.?))")
_HELD_THINGS = frozenset("Receipt Share Depositary Depository Unit Note Bond Stock Stake Subsidiary Parent Owner Chief CEO Board Director "
                         "Shareholder Chairman".split())  # ("the Board of Fenwick Tools plc recommends")
_FUNCTION_WORDS = frozenset("The A An In On At For By With And But While After Before Its Their This That As Of From To".split() + list(_WHEN_WORDS))


_SENTENCE_END_WORD = scan.compile(r"(?!(?:Corp|Inc|Bros|Intl|Hldgs|Mfg)\.)[A-Z]?[a-z]{3,}\.")  # a word that ends a sentence, not "Corp."


def legal_names(text: str) -> list[tuple[int, int]]:
    """Spans of names written with their legal form, a leading "The" left out."""
    found = []
    for m in _EN_LEGAL.finditer(text):
        a, b = m.span("name")
        if "--" in text[a:b]:
            a += text[a:b].rindex("--") + 2  # "MELBOURNE, Australia--Oil Search Ltd.": a wire's dateline before the name
        b -= m.group("name").endswith(".")  # "Inc." at a sentence's end: the name as other rules report it
        if (dated := _DATELINE_DAY.match(text, a, b)) is not None:
            a = dated.end()  # "SAO PAULO, April 30 Grupo Oi SA": a dateline's day before the name
        words = text[a:b].split()
        ended = [i for i, w in enumerate(words[:-1]) if _SENTENCE_END_WORD.fullmatch(w)]
        if ended:  # "… in February. Dangote Cement Plc posted": the name starts after the sentence that ends there
            a = text.index(words[ended[-1] + 1], a + len(" ".join(words[:ended[-1] + 1])))
            words = words[ended[-1] + 1:]
        while len(words) > 1 and (words[0] in _FUNCTION_WORDS or words[0].endswith("-based")):  # "U.K.-based Oxford …"
            a += len(words[0]) + 1
            words = words[1:]
        of = next((i for i, w in enumerate(words) if w == "of"), None)
        if of is not None and any(w.rstrip("s") in _HELD_THINGS for w in words[:of]):
            a = text.index(words[of + 1], a)  # "American Depository Receipts of Infosys Ltd": Infosys Ltd
            words = words[of + 1:]
        if len(words) > 1 and not _LEGAL_ONLY.fullmatch(words[0].rstrip(",")):
            found.append((a, b))
    return found


# "Tesco, the U.K.'s largest retailer, was cut to "underweight" by HSBC": the company a passive verb rates.
_EN_RATED_PASSIVE = scan.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of|and)){0,4})(?:\s\((?:[A-Z]+:\s?)?[A-Z]{1,5}\))?(?:,\s[^,;]{3,60},)?"
    r"\s(?:was|were|has been|have been|got|is being|is|are)\s(?:cut|downgraded|upgraded|raised|lifted|lowered|initiated|reiterated|"
    r"started|moved|trimmed)\b")

# A headline's passive without its verb ("Neoen stock price target lifted", "Goldwind stock rating downgraded by
# JPMorgan"), and a broker's view led by the company: "On Tencent, Jefferies maintains its buy call".
_EN_RATED_SHORT = scan.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of|and)){0,4}?)(?:'s|’s)?\s(?:stock\s|shares?\s)?"
    r"(?:(?:price\s)?target(?:\sprice)?|rating|recommendation)\s(?:cut|downgraded|upgraded|raised|lifted|lowered|trimmed|"
    r"increased|reduced|boosted|maintained|reiterated)\b"
    r"|(?:^|(?<=[.;]\s)|(?<=\n))On\s(?P<name2>[A-Z][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|&|of)){0,4}),\s"
    r"(?=(?:[A-Z][\w&.'’-]*\s){1,4}(?:maintains|maintained|keeps|kept|reiterates|reiterated|raises|raised|cuts|"
    r"lifts|lifted|lowers|lowered|upgrades|upgraded|downgrades|downgraded|rates|rated|has|had|sees|saw)\b)")


def rated_names(text: str) -> list[tuple[int, int, bool]]:
    """Spans of the companies a broker's verb acts on (see _EN_RATED, _ZH_RATED), in a sentence about ratings, and
    whether each heads a round-up's item ("Bunzl: Berenberg takes …")."""
    found = []
    if _CJK.search(text) and _ZH_RATING_CONTEXT.search(text):
        for m in _ZH_RATED.finditer(text):
            a, b = m.span("name")
            if (rating := _ZH_RATING_TAIL.search(text, a + 2, b)) is not None:
                b = rating.start()  # "给予腾讯买入评级": the name ends where the rating starts
            name = text[a:b]
            if zh_name_ok(name) and not _ZH_NOT_COMPANY.search(name) \
                    and not _ZH_RATING_WORD.fullmatch(name):  # "微盟集团给予买入评级": 买入 is the rating
                found.append((a, b, False))
    if not RATING_CONTEXT.search(text):
        return found
    for m in (*_EN_RATED.finditer(text), *_EN_RATED_PASSIVE.finditer(text), *_EN_RATED_SHORT.finditer(text),
              *_EN_ITEM_HEAD.finditer(text)):
        group = "name" if m.group("name") else "name2"
        a, b = m.span(group)
        if (cut := re.search(r"['’]s\b", text[a:b])) is not None:
            b = a + cut.start()  # "raised Alibaba's target price", "target price on Alibaba's Hong Kong shares"
        if (kind := _KIND_LEAD.match(text, a, b)) is not None and b > kind.end():
            a = kind.end()  # "Developer Canary Wharf has been downgraded": what it is, then its name
        words = text[a:b].split()
        if words[-1] in _METRIC_ACRONYMS:
            continue  # "FY18e PBT is cut by 10%": an estimate cut, no company rated
        if words[0] not in _EN_NOT_NAMES or _PLACE_FIRST.fullmatch(m.group(group)) \
                or _DESCRIBED_BEFORE.search(text, max(0, a - 16), a) or m.re is _EN_ITEM_HEAD and len(words) > 1:
            found.append((a, b, m.re is _EN_ITEM_HEAD))
    return found


# A broker round-up's item led by the company it rates: "Bunzl: Berenberg takes its target price from 910p to 1050p".
_EN_ITEM_HEAD = scan.compile(r"(?:^|(?<=\n))(?:[-–•*]\s)?(?!(?i:update|brief|exclusive|correct(?:ed|ion)|refile|wrapup|factbox|analysis|rpt|buzz)\d*:)"
                             r"(?P<name>[A-Z][\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&|of|and)){0,4}):\s"
                             r"(?=(?:[A-Z][\w&'’.-]*\s){1,3}(?:takes|cuts|raises|ups|lifts|lowers|reduces|increases|moves|shifts|revises|trims|"
                             r"boosts|initiates|starts|resumes|reinstates|upgrades|downgrades|reiterates|keeps|retains|maintains|holds)\b)(?P<name2>)")


# A company named after its country: "British Land", "American Airlines", "China Mobile" (not "British Bank").
_PLACE_FIRST = scan.compile(r"(?:British|American|European|Asian|Chinese|Japanese|China|Japan|Canada|Australia|India)\s"
                            r"(?!(?:Bank|Banks|Stocks|Shares|Markets?|Government|Economy)\b)[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*)*")


def same_company(rest: str) -> bool:
    """Whether what follows a known name ("Inc", " Group plc") leaves it the same company."""
    return _LEGAL_REST.fullmatch(rest) is not None


def after_action(name: str) -> int:
    """Where a candidate name starts after a broker's verb inside it (首次覆盖, 给予, 维持 …), else 0."""
    found = [m.end() for m in _ZH_ACTION_VERB.finditer(name)]
    return found[-1] if found and found[-1] < len(name) - 1 else 0


_ZH_ACTION_VERB = scan.compile(r"首次覆盖|覆盖|首予|给予|维持|重申|上调|下调|调升|调降|唱好|看好")


def not_a_company(name: str) -> bool:
    """A Chinese name that ends as a rate, a price, an index or a market does (最优惠利率, 恒生指数); an English one
    spelled only in the words of a measure ("Average Revenue Per User (ARPU)", "Net Interest Margin (NIM)")."""
    if not name:
        return False
    if not re.search(r"[\u4e00-\u9fff]", name):  # (an English name may hold a letter with an accent: "Türkiye's")
        words = re.findall(r"[A-Za-z'-]+", name.lower())
        # (a country's statistics office or regulator: "Statistics Norway said", "the Director General of Civil Aviation")
        return len(words) >= 2 and all(w in _MEASURE_WORDS for w in words) or _AGENCY_END.search(name) is not None \
            or name.startswith(("Statistics ", "Director General of", "Directorate General of", "Director-General of"))
    return _ZH_NOT_COMPANY.search(name) is not None


# A stock exchange a filing is made at ("presented to investors at the Nigerian Exchange Limited (NGX)", "filed with the
# Johannesburg Stock Exchange (JSE)"): the venue, not the company whose figures follow.
_EXCHANGE_NAME = scan.compile(r"\b(?:Stock\s)?Exchange(?:\s(?:Limited|Ltd\.?|Inc\.?|plc|PLC))?$")
_AT_VENUE = scan.compile(r"\b(?:at|on|with|to|by|in|from)\s(?:the\s)?$", re.IGNORECASE)


def is_venue(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an exchange the text says something is done at."""
    return _EXCHANGE_NAME.search(text, start, end) is not None and _AT_VENUE.search(text, max(0, start - 12), start) is not None


# An office or a plan, not a company, whatever code it is given: "the U.S. Energy Information Administration (EIA)",
# "the previously announced Growth Acceleration Strategy (GAS)".
_AGENCY_END = scan.compile(r"\b(?:Administration|Bureau|Agency|Commission|Ministry|Department|Office|Authority|Disclosure Platform|Registry|"
                           r"Strategy|Programme|Program|Plan|Initiative|Scheme|Act|Framework|Agreement)$")
_ZH_NOT_COMPANY = scan.compile(r"(?:率|指数|价|价格|市|板块|行业|收益率)$|^(?:对|向|为|给|把|将)?(?:其|该|此|这|它)")  # 对其: "it"
_MEASURE_WORDS = frozenset("""average revenue revenues per user users unit units customer subscriber subscribers member account
    available seat seats kilometers kilometres kilometre kilometer passenger passengers miles tonne tonnes
    net gross interest margin income earnings before after tax taxes depreciation amortization amortisation domestic product
    consumer producer price prices index purchasing managers managers' annual annualised annualized recurring assets asset under
    management all-in sustaining cost costs value return on equity core tier capital ratio non-performing loan loans operating
    profit free cash flow total shareholder monthly daily weekly active merchandise volume like-for-like same-store sales
    comparable effective funds rate adjusted diluted share dividend yield book combined new business solvency load factor
    available seat seats kilometres kilometers miles passenger passengers the of and to""".split())


def lead_words(name: str) -> re.Match[str] | None:
    """The verbs and adverbs that open a Chinese candidate name (维持, 可望带动, ...)."""
    return _ZH_LEAD.match(name)


_ZH_ACTION_IN = scan.compile(r"回购|公布|发布|宣布|宣派|利润|收入|营收|股息|派息|业绩|录得|斥资|动用|增持|减持|首度|再度|启动")


_ZH_CONDITIONS = ("若", "如以", "如果", "假如", "倘若")


# Phrases that stand where a name would: a count or a span ("一项录得", "一周微升"), an average, an ordinal's
# head ("中场百家乐第三季度的收入…回落").
_ZH_NOT_NAME_PHRASE = scan.compile(r"^(?:[一二两三四五六七八九十几每各多单]\s?[项周只家个天日年月季]|平均|整体|全年|全日|期内)|第[一二三四]$")


def zh_name_ok(name: str) -> bool:
    if name.startswith(_ZH_CONDITIONS) or _ZH_NOT_NAME_PHRASE.search(name):
        return False  # "如果换成归母净利润的口径": a condition (and no "如" a lead word leaves "果换成归母")
    lead = _ZH_LEAD.match(name)
    if lead is not None:
        name = name[lead.end():]
    if re.search(r"[A-Za-z]", name) and re.search(r"[\u4e00-\u9fff]", name) and not re.search(r"-[A-Z]$|[\u4e00-\u9fff]{2}[AB]$", name):
        return False  # "数VIX": a cut through another name (峨眉山A, an A share's name, is one)
    if _ZH_ACTION_IN.search(name) or name.startswith(("公司", "集团", "本公司", "该", "其", "这", "出口", "进口", "输往", "运往", "照公司", "照该公司")
                                                       + _ZH_CONDITIONS) \
            or name[-1:] in _ZH_STOP or name.endswith(("净", "利息")):  # (出口美国挫近两成: exports to a place, no name;
        # 利息净收入下滑2.6%: a line of the accounts)
        return False  # "首度回购", "集团公布": a phrase about a company, not its name; 公司客运量: "the company's"; 按照公司披露的;
        # "若以非国际财务报告准则计算": a condition
    if re.fullmatch(r"[年季月周][微略稍]", name) or name[-1:] in ("微", "略", "稍") or name.startswith("非"):
        return False  # "按季微升1.7%": the basis and an adverb of the move; "非随团外游微跌0.5%": a class ("non-…"), no name
    fund_house = len(name) >= 4 and name.endswith("基金") and not _ZH_GENERIC.match(name)  # 天弘基金 (not 公募基金, 货币基金)
    return 2 <= len(name) <= 8 and name not in _ZH_NOT_NAMES and (fund_house or not _ZH_NOT_END.search(name)) \
        and not _ZH_NOT_IN.search(name) and not any(c.isdigit() for c in name) and not _ZH_ADVERB.search(name)
