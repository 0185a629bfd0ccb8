"""One text through the pipeline: normalise, split into sentences, find mentions and periods,
then read metrics and rating actions sentence by sentence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from itertools import islice

from . import Extraction, Metric, scan
from .consolidate import consolidate, told_apart
from .context import HOME_ECONOMY, ArticleContext, article_context
from .entities import OWN_RESULTS_ZH, Entry, Gazetteer, Mention, find_mentions, ticker_spans
from .lexicon import Lexicon, key_of, label_of
from .metrics import BACKDROP, HOLDER_CLAUSE, partner, sentence_metrics
from .names import QUOTE_STRING, QUOTE_TUPLE, RATING_CONTEXT, RESULTS_HEADING, THE_COMPANY, entity_key, stands_for_company
from .periods import Period, find_periods
from .quantities import UK
from .ratings import assemble, quoted_as_rated, sentence_ratings
from .tables import Page, read_tables
from .sentences import Normalized, normalize, split_sentences, t2s_table

# Clause boundaries: commas (not thousands separators), semicolons, colons, dashes, 、, "while", "but".
_CLAUSE = scan.compile(r",(?!\d{3}(?!\d))(?!(?<=\d,)(?<!\.\d,)(?<!\.\d\d,)\d{1,2}(?![\d,.]))(?!\s?(?:19|20)\d{2}\b)|[;:、]|\s[-–—]\s|\s(?:while|but|whereas|and (?:has|have|is|was))\s|，")
# (a comma between thousands or a decimal comma, "57,4 billion", ends none)
# A parenthetical inside a clause (", including finance leases,") does not end it.
_ASIDE = scan.compile(r",\s(?:including|excluding|not including|net of|which include[sd]?|known as|also known as|dubbed|called)\b[^,;]{0,80},"
                      r"|，(?:包括|不包括|含|不含)[^，；;]{0,30}，", re.IGNORECASE)  # ("the rate, known as the BI Rate, by 25 bp")
# Hard breaks end the reach of a modality word ("expects ..."): a new subject follows.
_HARD = scan.compile(r";|\s(?:while|but|whereas|meanwhile)\s|;|而|但")
# An index that describes a company ("The FTSE 100 engineering giant", "the S&P 500 company") names no owner.
_COMPANY_NOUNS = r"(?:company|group|firm|giant|bank|carmaker|automaker|insurer|lender|miner|retailer|constituent|member|stock|heavyweight|major)"
# An index a company is ranked on: "Beiersdorf … led the session's gainers on the DAX, adding 0.76%" (the company moved)
_RANKED_ON = scan.compile(r"\b(?:(?:gainers|losers|fallers|risers|decliners|advancers|performers?)\s(?:on|in)|"
                          r"(?:at|to)\sthe\s(?:top|bottom|foot|head|tail)\sof)\s(?:the\s)?$")
_MEMBER_OF = scan.compile(rf"(?:[\s-](?:listed|[a-z][a-z-]+)){{0,3}}\s{_COMPANY_NOUNS}\b")
# A sentence that goes on about the previous one's company: after ";", or opening with a pronoun or a description.
_CONTINUES = scan.compile(r"^(?:On \w+(?: \d{1,2})?,? )?(?:its?\b|the (?:company|group|firm|bank|carmaker|automaker|insurer|lender)\b|"
                        rf"the (?:[\w&.-]+,? ){{1,3}}{_COMPANY_NOUNS}\b|"
                        r"公司|该公司|集团|该集团|其|同期|此外|其中|报告期内)", re.IGNORECASE)
# A short bracket that lists with a semicolon ("(+21,000; +0.3%)") is one aside: no sentence ends inside it.
_BRACKETED_LIST = scan.compile(r"\([^()\n]{0,40}?;[^()\n]{0,40}?\)")
# A date written as one number, a report's stamp ("点评比亚迪1月销量-20260204"), or day/month/year under a headline
# ("30/3/2023 20:21"): no figure, no sign
_DATE_STAMP = scan.compile(r"(?<![\d.,])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.,]|\s?[%亿億万萬元])"
                           r"|(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])/(?:19|20)\d{2}(?![\d/])"
                           r"|(?<![\d.,$])[0-2]\d[0-5]\d(?=\s(?:GMT|ET|EST|EDT|BST|HKT|SGT|JST|CET)\b)")  # "by 1420 GMT": a time
# The unit of money an exchange rate is quoted for ("1美元对人民币6.1430元", "100日元对人民币5.2650元", "人民币1元对0.54599林吉特"):
# no figure of its own
_QUOTE_BASE = scan.compile(r"(?<![\d.])(?<!\d,)(?:1|100)\s?[\u4e00-\u9fff]{1,5}?(?=对)")
_CJK_NUMERAL = scan.compile(r"[零〇一二两三四五六七八九十百千万亿]")
# Characters from a sentence's start within which a name is its subject, in English and in Chinese.
_SUBJECT_REACH, _SUBJECT_REACH_ZH = 12, 4
_IT_OPENS = scan.compile(r"It\s")
# A sentence that goes back to the figure before under a plain noun: "August's figure was revised down to 1.349 million",
# "The prior week's reading was revised up to 231,000".
_FIGURE_AGAIN = scan.compile(r"(?:The |That )?(?:(?:prior|previous|earlier) (?:week|month|quarter)|last (?:week|month|quarter)|"
                             r"(?:January|February|March|April|May|June|July|August|September|October|November|December))['’]s "
                             r"(?:figure|reading|level|number|total|tally|data|count|estimate)s? (?:was|were|has been|had been) revised\b")
_COUNT_AT_RATE = scan.compile(r"\b(?:an?|the) (?:(?:seasonally adjusted )?annual(?:ized|ised)? )?(?:rate|pace) of (?:just |only |about |some )?\d")
_ITS_ECONOMY = scan.compile(r"(?:['’]s|(?<=['’]s))\s(?:economy|economic growth)\b")  # "showed Japan's economy contracted": what the story is about
_EXAMPLES = scan.compile(r"\bfrom\s[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\sto\s[A-Z][\w'’]+\b")
# A company an analyst is quoted from, no company of the figures: 光大银行金融市场部分析师周茂华表示.
_EMPLOYER = scan.compile(r"[^，。,;；]{0,10}?(?:首席)?(?:经济学家|分析师|研究员|策略师)")
_PRODUCT_AFTER = scan.compile(r"\s(?:[A-Z]{1,2}-?)?\d{3}(?:-\d{1,3})?(?:\s(?:MAX|neo|Dreamliners?|jets?|superjumbos?|aircraft|planes?))?\b"
                              r"|\s?(?:iPhone|iPad|MacBook|Galaxy|Pixel|Mate|Model [3SXY])\b")  # ("苹果iPhone 17": the phone's maker)
_ALIAS_OPENS = scan.compile(r"\(\s?[\"“]$")
_NAMED_IN_PASSING = scan.compile(r"(?:\bsuch as|\bincluding|\blike|\b(?:network|platform|networks) of|\bbehind|\btrailing|\bahead of|\bsecond to|"
                               r"\b(?:users|customers|subscribers|members|accounts) of|\b(?:the|its) (?:parent|owner|operator) of|"  # "including 3.9 million paying users of Tantan Limited"
                               # "a gain on selling its Visa Europe investment", "selling Visa shares", "its stake in Philip Morris Mexico"
                               r"\b(?:selling|sale of|sold|stake in)\s(?:its|a|the|part of its)\b|\b(?:selling|stake in)|"
                               r"\b(?:acquisitions?|purchases?|takeovers?|buyouts?) of(?:\s[a-z][\w-]*){0,3}|"  # "Sales from the acquisitions
                               # of Pretzels, Dot's and Lily's added …", "its purchase of pharmacy-benefit manager Catamaran Corp.": what it bought
                               r"\b(?:rivals?|competitors?|competes?|competing) (?:to|of|with|against)|"  # "a strong rival to Nvidia"
                               r"\b(?:largest|biggest|second|third)\b[\w\s-]{0,40}?\bafter|"  # "the second-largest supplier … after Intel"
                               # "a 151 billion won provision tied to General Motors' recall": a cause, not the company
                               r"\b(?:tied|related|linked|attributable) to|\b(?:due|owing) to|\bbecause of)"
                               r"\s(?!(?:19|20)\d{2},)(?:[\w&'’.-]+,?\s(?:and|or)\s|[\w&'’.-]+,\s(?:[\w&'’.-]+,\s)?(?:[\w&'’.-]+\s(?:and|or)\s)?)?$"  # ("behind Visa";
                               # not "its stake in 2017, Novo Banco")
                               # (and peers a figure is compared with: "市盈率为13.3倍,低于三一重工(20.8倍)、恒立液压(36.7倍)等同业")
                               # (and customers: "2026年将为宝马新一代电动车型提供大圆柱电池", "客户包括零跑、小鹏")
                               r"|(?:如|例如|比如|诸如|包括|像是|低于|高于|优于|不及|落后于|领先于|对比|(?:将|已|正|主要|分别|也|还)为|(?<=[,，:：;；\s])为|客户(?:包括|有|为)?)\s?(?:[\w&'’.-]+(?:[（(][^()（）]{1,12}[)）])?\s?[、和及与]\s?)*"
                               r"(?:[\w&'’.-]+\s?[（(])?$")  # "如 Google、Amazon（亚马逊）自行研发"
_IN_PASSING = scan.compile(r"\b(?:by|with|from|to|of|for|against|versus)\s(?:the\s)?$")  # "operated by ExxonMobil Corp."
_OWN_RESULTS = scan.compile(r"\s(?:(?:Group|Holdings|Inc\.?|plc|PLC)\s)?(?:posted|reported|reports|earned|booked|recorded|swung to|"
                            r"said (?:today |on \w+ )?(?:that )?it (?:had )?(?:swung|returned|posted|reported|made|earned|booked)\b|"
                            r"said (?:its |that its |that )?(?:[\w-]+ ){0,2}(?:profit|earnings|revenue|dividend|net income))\b"
                            # "National Bank of Canada's profit for the third quarter": its own result
                            r"|['’]s\s(?:[\w-]+\s){0,2}?(?:profits?|earnings|revenues?|net income|results)\b")
_ITS_SHARES = scan.compile(r"\b[Ss]hares (?:in|of) $")  # "Shares in Societe Generale jumped": the bank's own stock
_HAN = scan.compile(r"[\u4e00-\u9fff]")
# A sentence that cites the source named earlier: "..., the bank said in a note", 该行指出, 研报显示.
_SOURCE_REF = scan.compile(r"\bthe (?:bank|broker|brokerage|firm's analysts|analysts|note|report)\b|\banalysts at\b|"
                         r"该行|该券商|该机构|该研报|研报|报告(?:显示|指出|称|认为)", re.IGNORECASE)
_NUMERAL = scan.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]|持平|(?i:point|times|fold|per ?cent|cents?\b|\bsen\b|paise|pence|flat|unchanged|doubled|tripled|trebled|quadrupled)")  # "a quarter point", "held flat"
# A link to another story inside an article ("Related: BYD quarterly revenue climbs 18%",
# 相关阅读：…): its numbers are that story's, not this text's. It runs to the end of its line.
_LINK_LINE = scan.compile(r"^[ \t]*(?:(?:related(?: coverage| stories| articles| news| reading)?|see also|read more|also read|"
                        r"more on this|recommended|相关(?:阅读|新闻|报道|文章|链接)|推荐阅读|延伸阅读|猜你喜欢)[ \t]*:|Related News(?=[A-Z《]))"
                        r".*$",
                        re.IGNORECASE | re.MULTILINE)
_YEAR_START = re.compile(r"\s?初")
# A unit explained, no figure of the story: "One basis point is equal to 0.01%", "1 crore equals 10 million".
_DEFINITION = scan.compile(r"\s*(?:[^.;]{0,60}?,\s(?:and|while)\s)?(?:One|1|A|Each)\s(?:basis point|percentage point|bp|pip|lakh|crore|tael|troy ounce)s?\s"
                           r"(?:is\s(?:equal|equivalent)\sto|equals|is)\s", re.IGNORECASE)  # ("Yields move inversely to prices, and 1 basis point …")
_TWO_YEAR_AVERAGE = scan.compile(r"两年平均|\btwo-year average\b", re.IGNORECASE)
_YEN = scan.compile(r"\byen\b|日元|円|\bJapan|\bTokyo\b|\bNikkei\b|\bTopix\b", re.IGNORECASE)


@dataclass
class Sentence:
    doc: Normalized
    start: int  # offsets of the sentence in doc.text
    end: int
    text: str
    written: str  # the sentence as written (Traditional Chinese kept), for names quoted from it
    companies: list[Mention]  # offsets relative to the sentence
    sources: list[Mention]
    subjects: list[tuple[int, int, str]]  # (start, end, label) of the subjects that are no company
    economies: list[tuple[int, int, str]]  # (start, end, id) of the economies it names
    reported: Period | None  # the period the article reported on last, before this sentence
    doc_periods: list[Period]  # every period the article names
    clause_breaks: list[int]
    hard_breaks: list[int]
    doc_tickers: dict[str, str]  # entity id -> ticker mentioned anywhere in the text
    carried: Mention | None  # the previous sentence's company, when this one continues it
    last_company: Mention | None  # the company the text named last before this sentence
    last_bank: Mention | None  # the central bank the text named last before this sentence
    last_economy: str | None  # the economy the text named last before this sentence
    economy_before: bool  # whether the sentence before gave its (last) figure to an economy
    last_subject: str | None  # the index or market the text named last before this sentence, as written
    last_commodity: str | None  # the commodity or futures contract the text named last, when no company came after
    first_company: Mention | None  # the first company the text names anywhere
    paragraph_lead: Mention | None  # the company the paragraph opened with ("ARCELOR rose €0.23"), in its later sentences
    carried_source: Mention | None  # the source named earlier, when this sentence cites it
    doc_broker: Mention | None  # the last broker named before this sentence in the text
    names: dict[str, str]  # entity key -> the name the article gives it (its fullest written form)
    article: ArticleContext
    yen: bool
    uk: bool  # the text speaks of London: "43.5p" is pence
    bank_story: bool  # the headline names a central bank and the text hardly a company: unowned figures are the bank's
    market_story: bool  # the text names a stock index: its companies' bare moves are share-price moves
    headline_index: str | None  # the index the headline names, as written: a wrap's market-wide figures are its market's
    sovereign: str | None  # the economy a headline names with no bank nor company ("Italy Sells 3.75 Billion Euros of BTPs")
    gz: Gazetteer
    lex: Lexicon
    list_metric: str | None = None  # after a ";", the metric of the list this sentence goes on with
    list_entity: tuple[str, str | None] | None = None  # after a ";", what the list's sentence before (naming no company) was about
    _owners: list | None = None  # the names its values may belong to (metrics._owners), once computed

    @cached_property
    def periods(self) -> list[Period]:
        return [_shift_period(p, self.start) for p in self.doc_periods if self.start <= p.start and p.end <= self.end]

    def clause(self, pos: int) -> tuple[int, int]:
        start, end = 0, len(self.text)
        for b in self.clause_breaks:
            if b <= pos:
                start = b
            else:
                end = b
                break
        return start, end

    def hard_start(self, pos: int) -> int:
        return max((b for b in self.hard_breaks if b <= pos), default=0)

    def evidence(self) -> str:
        a, b = self.doc.span(self.start, self.end)
        return self.doc.original[a:b]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.doc.span(self.start + start, self.start + end)

    def part(self, a: int, b: int) -> Sentence:
        """Its text from a to b as a sentence of its own: one broker's action in a roundup's sentence."""
        def inside(mentions: list[Mention]) -> list[Mention]:
            return [replace(m, start=m.start - a, end=m.end - a) for m in mentions if a <= m.start and m.end <= b]
        return replace(self, start=self.start + a, end=self.start + b, text=self.text[a:b], written=self.written[a:b],
                       companies=inside(self.companies), sources=inside(self.sources),
                       subjects=[(x - a, y - a, z) for x, y, z in self.subjects if a <= x and y <= b],
                       economies=[(x - a, y - a, z) for x, y, z in self.economies if a <= x and y <= b],
                       clause_breaks=[x - a for x in self.clause_breaks if a < x < b],
                       hard_breaks=[x - a for x in self.hard_breaks if a < x < b], _owners=None)


_NAME_BEFORE = scan.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:The|In|At|For|From|With|By|On|And|Of|To|As|Mainland|Greater|North|South|East|West|Central|"
                            r"Southern|Northern|Eastern|Western|New|Inner|Outer|Rural|Urban|Coastal|Hong|Across|Across|Beyond|Within)\s)[A-Z][a-z]{2,}\s\Z")
_CURRENCY_AFTER = scan.compile(r"[\s-]?(?:dollars?|dollar-|\$)", re.IGNORECASE)
_FIRM_AFTER = scan.compile(r"\s(?:lender|bank|company|group|firm|carrier|airline|retailer|miner|insurer|developer|brewer|"
                          r"carmaker|automaker|chipmaker|operator|supermarket|housebuilder|conglomerate|giant)\b")
_OWNS_ASIDE = scan.compile(r",\s(?:which|that)\s(?:also\s)?(?:owns|operates|runs|controls)\s[^,;]{1,60},")
_INDEX_CODE = scan.compile(r"\s?[(（](?:[A-Z]{3,8}:)?[.^]?[A-Z0-9]{2,8}(?:\.[A-Z]{2})?[)）]")  # an index's code: (INDEXSP:.INX), (^GSPC), (000001.SH)
_WHOLE_BEFORE = scan.compile(r"(?:在|占|居)(?:同期)?$")  # "在同期全国进出口总值中占21.2%": the whole a region's share is of


def _changed_characters(written: str, normalized: str, enough: int = 6) -> int:
    """How many characters normalising changed (Traditional script, full-width forms), up to `enough`."""
    return 0 if written == normalized else len(list(islice(
        (a for a, b in zip(written, normalized) if a != b and a >= "\u3400"), enough)))  # (not "54¢" read as "54c")


_LEAD_REACH = 300  # the characters of a text's lead: an economy it names opens the release ("activity in the euro zone grew")


def extract_document(text: str, gz: Gazetteer, lex: Lexicon, published: date | None = None) -> Extraction:
    doc = normalize(text)
    norm = doc.text
    out = Extraction()
    if not norm.strip():
        return out
    article = article_context(norm, published, _changed_characters(doc.written[:2000], norm[:2000]))
    subjects = [(m.start(), m.end(), label_of(m)) for m in lex.subjects_in(norm).finditer(norm)  # read once: the regex is large
                if not (label_of(m) == "index" and (_MEMBER_OF.match(norm, m.end())
                                                    or _RANKED_ON.search(norm, max(0, m.start() - 40), m.start())))]
    subjects = _with_anchored(subjects, norm, lex)
    offices = list(lex.agencies.finditer(norm))
    agencies = [m.span() for m in offices]  # "Statistics Canada reported": an office, no company
    subjects = [s for s in subjects if not (s[2] == "company" and any(a < s[1] and s[0] < b for a, b in agencies))]
    economies = [(m.start(), m.end(), "taiwan" if article.market == "TW" and m.group() == "我国" else key_of(m))
                 for m in lex.economies.finditer(norm)  # (我国 in a Taiwan paper is Taiwan)
                 if not _CURRENCY_AFTER.match(norm, m.end())  # "exports in US dollars": a currency, no economy
                 and not _NAME_BEFORE.search(norm, max(0, m.start() - 16), m.start())  # "Galaxy Macau": a resort's name
                 and not (m.group() == "全国" and _WHOLE_BEFORE.search(norm, max(0, m.start() - 3), m.start()))
                 and not (norm.endswith("the ", 0, m.start()) and _FIRM_AFTER.match(norm, m.end()))  # "the UK lender": a company
                 and not stands_for_company(norm, m.start(), m.end())]  # "American Airlines … American expects"
    subjects = [s for s in subjects if not any(a <= s[0] and s[1] <= b and (a, b) != (s[0], s[1]) for a, b, _ in economies)]
    # ("the 19 countries that share the euro" is the euro zone, no currency)
    companies, sources = find_mentions(norm, gz, doc.written, [(a, b) for a, b, label in subjects + economies if label != "company"]
                                       + agencies)
    companies = [c for c in companies if not _compiler(norm, c)
                 and not (_PEER_NAMED.match(norm, c.end) and norm[c.start - 1:c.start] in ("与", "和", "及"))]
    index_codes = [m.span() for a, b, label in subjects if label == "index" and (m := _INDEX_CODE.match(norm, b))]
    companies = [c for c in companies if not any(a <= c.start and c.end <= b for a, b in index_codes)]  # "The Dow (.DJI)": no DJI
    if _DISCLAIMER.search(norm):  # an exchange's standard notice atop a filing names no company reported on
        notices = [(a, b) for a, b in split_sentences(norm) if _DISCLAIMER.search(norm, a, b)]
        companies = [c for c in companies if not any(a <= c.start < b for a, b in notices)]
    if article.market == "TW":
        sources = [_taiwan_bank(s, gz) for s in sources]
        companies = [_taiwan_code(c, norm) for c in companies]
    display = _display_names(companies + sources)
    doc_tickers: dict[str, str] = {}
    for c in companies:
        if c.entry is not None and c.ticker:
            doc_tickers.setdefault(c.entry.id, c.ticker)
    listed = [(c.start, c.end) for c in companies if c.ticker]
    # "九龙仓置业(1997)": a Hong Kong code after a name is no year
    doc_periods = [p for p in find_periods(norm) if not any(a <= p.start and p.end <= b for a, b in listed)]
    # The period the article reports on: the first it states for itself (a later sentence may state its own).
    reported = _reported(doc_periods, norm)
    outside_table: tuple | None = None  # inside a table whose header states its period: the period reported outside it
    dated = [p for p in doc_periods if p.year is not None and (article.year is None or p.year <= article.year)]
    # (with no year of its own, only the bracketed year of a results line's earlier values says which year it is:
    # "Revenue of £1,683.9m … (2016: £1,401.4m)", not "the steepest rise since the second quarter of 1995")
    if article.published is None and not article.fiscal and dated and (
            article.year == max(p.year for p in dated) or article.year is None and all(p.start > 0 and norm[p.start - 1] in "(（" for p in dated)) \
            and all(p.comparison and not _YEAR_START.match(norm, p.end) for p in dated):
        # Every year the text writes is an earlier value's (not "由2018年初的0.82%": the start of the year reported
        # on) or a plan's later one ("the 2025-2027 Strategic Plan"): the year reported on is the next, and last year's
        # when the text says so ("截至去年底止…与2017年底相比").
        last_year = reported is not None and reported.unit == "Y" and reported.shift == -1 and reported.deictic
        # ("与2019年同期比较则增长6.4%，两年平均增长3.2%": a year compared with the one two years before, the pandemic's)
        article = replace(article, year=max(p.year for p in dated) + (2 if last_year or _TWO_YEAR_AVERAGE.search(norm) else 1))
        if reported is None and all(p.unit == "Y" for p in dated):
            reported = Period(0, 0, "Y", article.year)  # "Revenue of £1,683.9m … (2016: £1,401.4m)": the year after the one compared
    elif article.published is None and dated and _FULL_YEAR_REPORTED.search(norm) \
            and all(p.unit == "Y" and _OUTLOOK_YEAR.match(norm, p.end) for p in dated):
        # "reported full-year earnings …. For fiscal 2024, GEA expects …": the year reported is the one before the outlook's
        article = replace(article, year=min(p.year for p in dated) - 1)
        if reported is None or reported.year is None:
            reported = Period(0, 0, "Y", article.year)
    elif article.published is None and not article.fiscal and dated and _LAST_YEARS_RESULTS.search(norm) \
            and article.year == max(p.year for p in dated) and not _THIS_YEAR.search(norm) \
            and re.search(rf"{article.year}\s?年(?:全年|共有|[^，,。；;\d]{{0,8}}?(?:营收|收入|盈利|纯利|净利|业绩|溢利|交易|成交))", norm):
        # "港交所去年盈利增9%…2021年共有98家公司新上市": last year's results, the year the text names is last year
        article = replace(article, year=article.year + 1)
    yen = bool(_YEN.search(norm))
    uk = bool(UK.search(norm)) or len(_PENCE_PRICES.findall(norm)) >= 3  # a broker round-up of "1,245p" targets
    headline = norm[:norm.find("\n")] if "\n" in norm else norm[:200]
    bank_story = any(s.start < len(headline) and s.entry is not None and s.entry.name in lex.central_banks for s in sources) \
        and len({c.key for c in companies if c.key}) <= 1  # a decision's story, not a market wrap that mentions the bank
    market_story = any(label == "index" for _, _, label in subjects)
    headline_index = next((doc.written[a:b] for a, b, label in subjects if label == "index" and b <= len(headline)), None)
    sovereign = next((key for a, _, key in economies if a < len(headline)), None) \
        if "\n" in norm and not any(c.start < len(headline) for c in companies + sources) else None
    last_company: Mention | None = None  # the company the text last named
    last_source: Mention | None = None
    last_broker: Mention | None = None
    last_bank: Mention | None = None
    # a release the text quotes is its economy's until it names one
    last_economy: str | None = key_of(offices[0]) if offices else None
    last_subject: str | None = None
    last_commodity: str | None = None
    last_entity: tuple[str, str | None] | None = None  # what the sentence before, naming no company, was about
    last_commodity_row: tuple[str, str | None] | None = None  # the commodity whose figures the sentence before gave
    economy_before = False
    # (a central bank, "the Central Bank's (BC) Monetary Policy Committee", is no company a market's figures belong to)
    firms = [c for c in companies if c.key and not _CENTRAL_BANK.search(c.entry.name if c.entry is not None else c.name or "")]
    first_company = next((c for c in firms if not any((s.start, s.end) == (c.start, c.end) for s in sources)), None)
    if first_company is None and firms and firms[0] is companies[0] and not RATING_CONTEXT.search(norm):
        first_company = firms[0]  # "Bank of America tops estimates …" with no rating in sight: a bank's results, not a broker's call
    if first_company is not None and _named_in_passing(first_company, norm):
        first_company = None  # a roundup that names a deal once, late ("the $165 million … put into Palantir"), is not about it
    story_company = _story_company(companies, sources)
    # (a roundup that quotes several companies with their tickers is about each in turn, none of them the story's)
    roundup_of_listed = len({c.key for c in companies if c.ticker and c.key}) >= 3
    named_times = Counter(c.key for c in companies)
    # a note headed by its company and code ("歌尔股份(002241):AI眼镜蓄势待发"): its bare 公司 is that company
    header_company = next((c for c in companies if c.key and c.ticker and c.end <= len(headline) and _CODE_COLON.match(norm, c.end)), None) \
        if _HAN.search(headline) else None
    named_at = 0  # the sentence that named last_company
    paragraph_lead = None  # the company the current paragraph opens with
    block_company = None  # the company of the block a heading line opened ("National Australia Bank Ltd (ASX: NAB)")
    named_from = 0  # where that sentence starts (a mention's offsets are its sentence's)
    prev_end_char = ""
    last_period = None  # the last period a sentence stated for itself
    prev_periods: list[Period] = []  # the periods the sentence before stated for itself
    of_those: Period | None = None  # that period, for a sentence that opens with 其中 and the clauses it runs on into
    framed = None  # the period a sentence opened with, while the sentences after it run on from it with semicolons
    last_metric: str | None = None  # the metric of the previous sentence's last row
    section: tuple[str, str | None] | None = None  # a heading line ("HICP CORE INFLATION:") and the metric it names
    links = [m.span() for m in _LINK_LINE.finditer(norm)] if ":" in norm else []
    economy = next(((doc.written[a:b], key) for a, b, key in economies), (None, None))
    tables = read_tables(norm, doc.written, Page(doc, article, sources, display, companies, economy), gz, lex)
    fragments = []
    out.metrics.extend(tables.metrics)
    out.rating_actions.extend(tables.rating_actions)
    quotes = [m.span() for rx in (QUOTE_TUPLE, QUOTE_STRING) for m in rx.finditer(norm)] if "(" in norm else []
    asides = [m.span() for m in _BRACKETED_LIST.finditer(norm)] if "(" in norm else []
    tickers = ticker_spans(norm)  # their digits are no figures
    for n_sentence, (s_start, s_end) in enumerate(split_sentences(norm, quotes + asides)):
        if any(a <= s_start < b for a, b in links):
            continue
        sent = norm[s_start:s_end]
        if _DEFINITION.match(sent):
            continue
        # a mention belongs to the sentence it starts in ("Bank of America\n\n(BAC)" spans two lines)
        mine = [_shift(m, s_start, s_end) for m in companies if s_start <= m.start < s_end and not _venue(norm, m)
                and not _TARGET_NOUN.match(norm, m.start, m.end + 12)]
        if mine and _CONTINUES.match(sent) and (held := _OWNS_ASIDE.search(sent)) is not None:
            mine = [m for m in mine if not held.start() < m.start < held.end()]  # "The company, which owns IHOP as well, reported": its own
        if mine and _CONTINUES.match(sent) and all(_NAMED_IN_PASSING.search(sent, max(0, m.start - 40), m.start) for m in mine):
            mine = []  # "It is also a strong rival to Nvidia …, with AI GPU sales reaching $5 billion": its own, not the rival's
        my_sources = [_shift(m, s_start, s_end) for m in sources if s_start <= m.start < s_end]
        my_subjects = [(a - s_start, b - s_start, label) for a, b, label in subjects if s_start <= a and b <= s_end]
        my_economies = [(a - s_start, b - s_start, key) for a, b, key in economies if s_start <= a and b <= s_end]
        # (a bank that is also a broker is the company when an English sentence has it report its own results:
        # "Royal Bank of Canada posted fourth-quarter earnings of $4.13 billion")
        source_spans = {(m.start, m.end) for m in my_sources if not (
            (not _HAN.search(sent) and (_OWN_RESULTS.match(sent, m.end) or _ITS_SHARES.search(sent, max(0, m.start - 12), m.start))
             or OWN_RESULTS_ZH.match(sent, m.end))
            and any(c.start == m.start and c.end == m.end and (c.entry is None or c.entry.kind == "company") for c in mine))}
        own = [m for m in mine if m.key is not None and (m.start, m.end) not in source_spans and not _EMPLOYER.match(sent, m.end)]
        # "The company's revenue rose 5%" speaks of the company named before, however far back.
        carried = last_company if (not own and (prev_end_char == ";" or _CONTINUES.match(sent))) else None
        if carried is not None and story_company is not None and carried.key != story_company.key and THE_COMPANY.match(sent) \
                and (_IN_PASSING.search(norm, max(0, named_from + carried.start - 12), named_from + carried.start)
                     or named_times[carried.key] == 1):
            carried = story_company  # "The company forecast …" after a partner named in passing, or a mine named once: the
            # one the story is about
        listed = last_metric in _LIST_METRICS or last_metric in lex.ratio_metrics  # "NSW 5.0 per cent (…); Victoria …"
        list_metric = last_metric if prev_end_char == ";" and listed or _FIGURE_AGAIN.match(sent) else None
        if list_metric is None and last_metric and _COUNT_AT_RATE.search(sent) \
                and (counted := re.sub(r"_(?:growth|change)$", "", last_metric)) in lex.default_units:
            list_metric = counted  # "new home sales … to an annual rate of 468,000. Economists had looked for … a rate of 549,000"
        # "GDP:" then "2025: 1.2% (exp. 1.1%, prev. 0.9%)": a heading line names the metric of the year rows under it
        if _SECTION_HEADING.fullmatch(sent):
            named = lex.metrics.search(sent)
            section = (sent.strip().rstrip(":：").strip(), label_of(named) if named else None)
        elif not _YEAR_ROW.match(sent):
            section = None
        if section is not None and _YEAR_ROW.match(sent) and section[1] is not None:
            list_metric = lex.label_metrics.get(section[1], section[1])
        list_entity = last_entity if prev_end_char == ";" and not own else \
            last_commodity_row if not own and _IT_OPENS.match(sent) else None  # "Spot silver pulled back …. It later lost 0.4 percent"
        carried_source = last_source if (not my_sources and _SOURCE_REF.search(sent)) else None
        doc_broker = last_broker
        company_before, bank_before = last_company, last_bank
        if header_company is not None and not own and _BARE_COMPANY.search(sent):
            company_before = carried = last_company = header_company  # "借助苹果新品周期…。2025年第三季度,公司营收为…": the note's
            # company, and the one its next clauses go on about
        opens_paragraph = s_start == 0 or norm[s_start - 1] == "\n"
        if opens_paragraph:
            paragraph_lead = own[0] if own and own[0].start == 0 else None
        if story_company is not None and last_company is not None and last_company.key != story_company.key \
                and (paragraph_lead is None or opens_paragraph) and not roundup_of_listed \
                and n_sentence - named_at > 1 and any(m.entry is not None and m.entry.kind == "broker" for m in my_sources) \
                and not any(m.key == last_company.key for m in own) and not _LIST_ITEM.match(sent) \
                and not (block_company is not None and block_company.key == last_company.key):
            company_before = story_company  # a broker's view two sentences after another company's name: of the story's
            # (not in a paragraph a company opens: a movers column's paragraph is its stock's; not where the sentence names
            # that company again, is an item of a list its line opened ("…drew upgrades:" / "- UBS raises …"), or is in
            # the block a heading line gave it)
        # (a company named in passing, "rivals such as Vodafone and mm02", is not what the text goes on about)
        leading = [m for m in own if not _NAMED_IN_PASSING.search(sent, max(0, m.start - 40), m.start)
                   and not _PRODUCT_AFTER.match(sent, m.end)  # (nor a maker of what is bought: "Boeing 787 Dreamliners")
                   and not _ALIAS_OPENS.search(sent, max(0, m.start - 3), m.start)  # (nor the short name it is given: ("Tantan"))
                   and not (" which " in sent and any(h.start() < m.start < h.end() for h in HOLDER_CLAUSE.finditer(sent)))]
        # (nor a holder: "The bank, in which Lone Star holds 75%, …")
        if own and own[0].ticker and _BLOCK_HEADING.fullmatch(sent):
            block_company = own[0]
        if leading:
            # the company the sentence quotes with its ticker is what it is about: "Affimed N.V. (NASDAQ: AFMD) …
            # after the company signed a deal with Roche's Genentech unit" leaves Affimed for "its target price"
            last_company, named_at, named_from = next((m for m in reversed(leading) if m.ticker), leading[-1]), n_sentence, s_start
        if my_sources:
            last_source = my_sources[-1]
            last_broker = next((m for m in reversed(my_sources) if m.entry and m.entry.kind == "broker"
                                and not quoted_as_rated(sent, m, last_broker)), last_broker)
            last_bank = next((m for m in reversed(my_sources) if m.entry and m.entry.name in lex.central_banks), last_bank)
        clause_of_the_last = prev_end_char == ";"  # a sentence the one before ran on into with a semicolon
        prev_end_char = sent[-1]
        if outside_table is not None and "|" not in sent:
            reported, outside_table = outside_table[0], None  # (the table's period ends with it)
        if RESULTS_HEADING.fullmatch(sent) or _LIST_HEADING.fullmatch(sent) and _BULLET.match(norm, s_end):
            # the period of the lines below it ("IRCTC Q2 FY24 (Consolidated, YoY)", "Summary of full-year 2021 results")
            reported = next((p for p in doc_periods if s_start <= p.start < s_end and not p.comparison), reported)
        elif _TABLE_HEADER.fullmatch(sent) and sum(s_start <= p.start < s_end for p in doc_periods) == 1:
            # the period of a table's rows, from its header ("指标 | 2024年末 | 同比变化 |")
            outside_table = outside_table or (reported,)
            reported = next((p for p in doc_periods if s_start <= p.start < s_end and not p.comparison), reported)
        has_numbers = _NUMERAL.search(sent) is not None
        own_periods = [p for p in doc_periods if s_start <= p.start < s_end and not p.comparison]
        # "Ebitda for the period reached KD348 million" after "In the first six months of 2023": that period
        referred = not own_periods and last_period is not None and _THE_PERIOD.search(sent, 0, 60) is not None
        # "把前三季度合起来看,公司营收为2830.72亿元…;归母净利润为490.34亿元": a period a sentence opens with runs on past its semicolons
        framed = framed if clause_of_the_last and not own_periods else \
            next((p for p in own_periods if p.start - s_start <= 12 and p.unit in ("H", "Q", "QQ", "MM") and p.shift is None), None)
        sentence_reported = last_period if referred else framed if clause_of_the_last and framed is not None else reported
        if own_periods or not clause_of_the_last:  # (the clauses a sentence runs on into with ";" keep its period)
            of_those = _period_before(prev_periods, sentence_reported) if not own_periods and _OF_THOSE.match(sent) else None
        if of_those is not None:  # "各自今年3月份的交付情况。其中小鹏交付1.54万辆;理想交付1.1万辆": the month the sentence before named
            sentence_reported = of_those
        prev_periods = [p for p in own_periods if p.unit != "D"]  # (not the day it was published on)
        last_period = next((p for p in reversed(own_periods) if p.unit in ("H", "Q", "QQ", "MM", "Y")), last_period)
        ctx = Sentence(
            doc=doc, start=s_start, end=s_end, text=sent, written=doc.written[s_start:s_end],
            companies=mine,
            sources=my_sources,
            subjects=my_subjects,
            economies=my_economies,
            reported=sentence_reported, doc_periods=doc_periods,
            clause_breaks=_clause_breaks(sent),
            hard_breaks=[m.end() for m in _HARD.finditer(sent)],
            doc_tickers=doc_tickers, carried=carried, carried_source=carried_source, doc_broker=doc_broker,
            last_company=company_before, last_bank=bank_before, last_economy=last_economy, economy_before=economy_before,
            last_subject=last_subject, last_commodity=last_commodity, first_company=first_company,
            paragraph_lead=None if opens_paragraph else paragraph_lead, names=display, article=article,
            yen=yen, uk=uk, bank_story=bank_story, market_story=market_story, headline_index=headline_index, sovereign=sovereign, gz=gz, lex=lex,
            list_metric=list_metric, list_entity=list_entity,
        )
        in_table = [(max(a, s_start) - s_start, min(b, s_end) - s_start) for a, b in tables.spans + tables.related
                    if a < s_end and s_start < b]
        quoted = [(max(a, s_start) - s_start, min(b, s_end) - s_start) for a, b in quotes if a < s_end and s_start < b]
        codes = [(a - s_start, b - s_start) for a, b in tickers if s_start <= a and b <= s_end]
        numeral_names = [(m.start, m.end) for m in mine if m.name and _CJK_NUMERAL.search(m.name)]  # 三元生物, 五粮液: no figures
        stamps = [m.span() for rx in (_DATE_STAMP, _QUOTE_BASE) for m in rx.finditer(sent)] if has_numbers else []
        metrics = sentence_metrics(ctx, codes + in_table + quoted + numeral_names + stamps) if has_numbers else []
        metrics += _shared_moves(sent, s_start, mine, metrics)
        if section is not None and section[1] is not None and _YEAR_ROW.match(sent):
            metrics = [replace(m, basis=m.basis or section[0]) for m in metrics]  # (two tables' rows are two facts)
        last_metric = metrics[-1].metric if metrics else None

        out.metrics.extend(metrics)
        # In an economic release the economy the text goes on about is its market's own, or one named before
        # a figure or opening a sentence: not one after the figures ("exports fell 18.7%, though curbs with the
        # mainland eased"), nor one met in passing in a sentence without any ("markets expected the US to
        # slow its tightening").
        last_figure = max((r.span[0] - s_start for r in metrics if r.span), default=-1)
        named = [e for e in my_economies if not _EXAMPLES.search(sent, max(0, e[0] - 40), min(len(sent), e[1] + 40))
                 and not BACKDROP.match(sent, e[1])
                 and not partner(sent, e[0], destination=True) and (not article.macro or e[0] < last_figure or e[2] == HOME_ECONOMY.get(article.market)
                                                 or e[0] <= (_SUBJECT_REACH if sent.isascii() else _SUBJECT_REACH_ZH)
                                                 or _ITS_ECONOMY.match(sent, e[1]) is not None
                                                 or last_economy is None and s_start < _LEAD_REACH)]  # (the lead's economy)
        if named and not (len(named) >= 2 and _BY_PLACE.search(sent)):
            # ("affects supplier and destination countries from Australia to Zambia": examples, not the subject;
            # "按目的地计,输往印度和台湾…", "日本、内地和美国…分别": the release's partners, one by one)
            last_economy = named[-1][2]
        indices = [(a, b) for a, b, label in my_subjects if label in ("index", "other")]
        if indices:
            last_subject = doc.written[s_start + indices[-1][0]:s_start + indices[-1][1]]
        commodities = [(a, b) for a, b, label in my_subjects if label == "price"]
        if commodities or mine:  # "上海期铜价格小幅回落。主力5月合约收于52470元/吨": the contract is copper's
            last_commodity = doc.written[s_start + commodities[-1][0]:s_start + commodities[-1][1]] if commodities else None
        # ("规模以上工业企业取得营业收入75.93万亿元…; 营业成本为64.79万亿元": a list goes on about the subject it named)
        economy_before = bool(metrics) and (metrics[-1].entity_key or "").startswith("economy:")
        # ("The euro was down …. It had touched …": the currency or commodity the sentence before quoted)
        priced = [doc.written[s_start + a:s_start + b] for a, b, label in my_subjects if label in ("price", "fx_rate")]
        last_commodity_row = (metrics[-1].entity, metrics[-1].entity_key) if metrics and not own and priced \
            and metrics[-1].entity in priced else None
        last_entity = (metrics[-1].entity, metrics[-1].entity_key) if metrics and not own and (
            indices and metrics[-1].entity == last_subject or list_entity and metrics[-1].entity == list_entity[0]) else None
        acted = sentence_ratings(ctx, metrics, in_table)
        fragments.extend(acted)
        acting = next((f.broker for f in reversed(acted) if f.broker is not None), None)
        if acting is not None:  # the broker that acted, named or not ("Lehman Brothers has put a buy on Amersham. Its
            last_broker = acting  # target is 450p"), not one it rated ("… kept its hold on OCBC. The research house …")
    actions = assemble(fragments)
    if _COVERAGE_BEGINS.search(norm, 0, 400):  # "Wall Street starts covering Facebook": the calls it lists are first ones
        actions = [replace(a, action="initiate") if a.action == "maintain" and a.prior_rating is None
                   and a.prior_target_price is None else a for a in actions]
    out.rating_actions.extend(actions)
    out.metrics = _owned_by_the_sole_company(out.metrics, companies, display, article, norm)
    out.metrics = _distinct(out.metrics, _METRIC_KEY, _METRIC_DETAIL)
    out.metrics, out.rating_actions = consolidate(out.metrics, out.rating_actions, norm)
    return out


def _owned_by_the_sole_company(metrics: list, companies: list[Mention], display: dict[str, str], article, text: str) -> list:
    """A company's release that opens on its figures (a key-figures table, then "兰州银行以…为主线") and names no other
    company: the figures before its name are its own."""
    keys = {c.key for c in companies if c.key}
    if len(keys) != 1 or article.macro:
        return metrics
    first = min((c for c in companies if c.key), key=lambda c: c.start)
    if _OPENS_CLAUSE.search(text, max(0, first.start - 16), first.start) is None:
        return metrics  # (a company named in passing at the end, "the $140 million put into Quillon Systems", owns nothing)
    return [replace(m, entity=display.get(first.key, first.name), entity_key=first.key, ticker=m.ticker or first.ticker)
            if m.entity is None and m.entity_key is None and m.span is not None and m.span[1] <= first.start else m for m in metrics]


_LAST_YEARS_RESULTS = scan.compile(r"去年(?:全年)?(?:业绩|盈利|纯利|净利|溢利|收入|营收|多赚|少赚)")
_THIS_YEAR = scan.compile(r"今年|本年|\bthis year\b", re.IGNORECASE)
_CODE_COLON = scan.compile(r"\s?(?:[(（][^()（）]{4,12}[)）])?\s?[:：]")
_BARE_COMPANY = scan.compile(r"(?<![\u4e00-\u9fff])公司|该公司")
_OPENS_CLAUSE = scan.compile(r"(?:^|[。！？!?\n；;:：]|\.\s)\s?(?:(?:19|20)\d{2}\s?年|今年|去年|In (?:19|20)\d{2},?\s)?$")


# "本公告所载内容,香港交易及结算所有限公司与香港联合交易所有限公司均不承担责任…": the notice atop a Hong Kong filing
_DISCLAIMER = scan.compile(r"不承担任何责任|不承担责任|概不负责|不负责任")

_COVERAGE_BEGINS = scan.compile(r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|initiat(?:e|es|ed|ing))\s(?:covering|coverage)\b"
                                r"|首次覆盖|纷纷覆盖", re.IGNORECASE)


# Two companies that move alike: "恆基地產(00012.HK)和恆隆地產(00101.HK)均跌百分之二", "Alpha and Beta both rose 2%".
_JOINED = scan.compile(r"\s?(?:[(（][^()（）]{1,16}[)）])?\s?(?:和|及|与|、|\sand\s)\s?$")
_MOVE_SHARED = scan.compile(r"\s?(?:[(（][^()（）]{1,16}[)）])?\s?(?:均|都|同|皆|齐|\sboth\s|\seach\s)?\s?"
                            r"(?:跌|升|涨|挫|跌逾|升逾|涨逾|回吐|上升|下跌|上涨|rose\b|fell\b|gained\b|lost\b|dropped\b|climbed\b|slipped\b)")
_MOVES = frozenset({"share_price_change", "price_change"})
_EACH_SHARED = scan.compile(r"\s?(?:[(（][^()（）]{1,24}[)）])?\s?(?:亦|也)?(?:各自?|\seach\s)\s?"
                            r"(?:认购|投资|出资|持有|斥资|买入|增持|购入|invested|bought|subscribed(?:\sfor)?)")
_TO_VALUE = scan.compile(r"\s?(?:逾|近|约|超|by\s|about\s)?\s?(?:百分之)?")
_LISTED = scan.compile(r"\s?(?:[(（][^()（）]{1,16}[)）])?\s?(?:,|，|、)\s?")
_NEXT_VALUE = scan.compile(r"\s?(?:和|及|与|、|至|到|,|，|\sand|\sto)\s?(?:百分之|[\d.]+\s?%)")


def _shared_moves(sent: str, at: int, mentions: list[Mention], metrics: list) -> list:
    """The same move once more for the company joined to a move's own (`at`: where the sentence starts): each of
    the two moved that much."""
    shared = []
    for m in metrics:
        if m.entity_key is None or m.span is None or m.low is not None \
                or _NEXT_VALUE.match(sent, m.span[1] - at):  # ("fell 1.1% and 4.6%": one each; "rose 1.5% to 1.7%")
            continue
        moved = m.metric in _MOVES or m.metric == "growth" and m.ticker
        for i, c in enumerate(mentions):
            shares = _MOVE_SHARED if moved else _EACH_SHARED  # ("淡马锡及GIC各认购约3.3亿美元": each put in that much)
            move = shares.match(sent, c.end) if c.key == m.entity_key and c.end <= m.span[0] - at else None
            if move is None or not _TO_VALUE.fullmatch(sent, move.end(), m.span[0] - at):
                continue  # (the move's own value, the first after its verb)
            before = mentions[i - 1] if i else None
            if before is not None and before.key not in (None, c.key) and _JOINED.fullmatch(sent, before.end, c.start) \
                    and not (i > 1 and _LISTED.fullmatch(sent, mentions[i - 2].end, before.start)):  # two of them, no more
                shared.append(replace(m, entity=before.name, entity_key=before.key, ticker=before.ticker))
            break
    return shared


# The metrics an English list goes on with after a ";" ("…target for BHP from 570p to 540; Rio Tinto from 1,600p …").
# A heading over a list of lines: "Summary of fourth-quarter 2021 financial results" (no figure but its period, no full stop).
_SECTION_HEADING = scan.compile(r"\s*[A-Z][A-Za-z &()/,.'’-]{1,60}[:：]\s*")
_YEAR_ROW = scan.compile(r"\s*(?:19|20)\d{2}\s?[:：]")
_LIST_HEADING = scan.compile(r"[A-Z][^.!?;:\n\d]{0,60}(?:19|20)\d{2}[^.!?;:\n\d]{0,40}")
_BULLET = scan.compile(r"\s*\n\s*[-•*]\s")
_LIST_METRICS = frozenset({"target_price", "share_price", "price", "eps", "dividend"})


# A title restates its body: a row whose facts another row of the same text already holds
# (same value, and nothing it says that the other does not) is not reported twice.
_METRIC_KEY = ("value", "low", "high", "unit")
_METRIC_DETAIL = ("metric", "prior_value", "prior_low", "prior_high", "period", "basis", "entity", "attributed_to")


def _distinct(rows: list[Metric], key: tuple[str, ...], detail: tuple[str, ...]) -> list[Metric]:
    def covers(big, small) -> bool:
        return all(getattr(small, k) is None or getattr(small, k) == getattr(big, k) for k in detail) \
            and not told_apart(big, small)  # (two rows their sentences tell apart)

    def richness(r) -> int:
        return sum(getattr(r, k) is not None for k in detail)

    same_key: dict[tuple, list[int]] = {}  # only rows with the same key can cover one another
    for i, r in enumerate(rows):
        same_key.setdefault(tuple(getattr(r, k) for k in key), []).append(i)
    kept = []
    for i, r in enumerate(rows):
        others = same_key[tuple(getattr(r, k) for k in key)]
        if any(j != i and covers(rows[j], r) and (richness(rows[j]) > richness(r) or (richness(rows[j]) == richness(r) and j < i))
               for j in others):
            continue
        kept.append(r)
    return kept


# "Target lowered to $19 from $20." in a broker's roundup: the price target, not the retailer.
_TARGET_NOUN = scan.compile(r"Target\s(?:price\s)?(?:raised|lowered|cut|increased|reduced|lifted|trimmed|boosted)\b")
# An exchange where a company files ("腾讯控股在港交所发出公告"): the place of the news, not whose it is.
_AT_BEFORE = scan.compile(r"(?:在|于|向|登陆|赴)\s?$")
_RELATED_AFTER = scan.compile(r"\s?(?:有关|相关)")
_ASSOCIATE_BEFORE = scan.compile(r"(?:联营公司|合营公司|联营企业|合营企业)\s?$")
_FILES_AFTER = scan.compile(r"\s?(?:发出|刊发|发布|提交)?的?(?:公告|披露|文件)|(?:主板|创业板)?(?:正式)?(?:上市|挂牌|招股)")  # 在港交所上市


# "Micro Focus, based in Newbury, Berkshire": a place, however like a company's name
_PLACE_BEFORE = scan.compile(r"\b(?:based|headquartered|located) in (?:[A-Z][a-z]+(?:,\s|\s))?$"
                            r"|\b(?:filed with|listed on|submitted to|a filing (?:with|to)) (?:the )?$")  # "filed with the Nigerian Stock Exchange"


def _with_anchored(subjects: list[tuple[int, int, str]], text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The subjects with those named as written around a word the text has (lexicon.yaml's anchored_subjects),
    each in place of the shorter subjects it holds."""
    extra = [(m.start(), m.end(), label) for anchor, label, rx in lex.anchored_subjects if anchor in text
             for m in rx.finditer(text) if not (label == "index" and _MEMBER_OF.match(text, m.end()))]
    for x in extra:
        inside = [s for s in subjects if x[0] < s[1] and s[0] < x[1]]
        if all(x[0] <= s[0] and s[1] <= x[1] for s in inside):
            subjects = sorted([s for s in subjects if s not in inside] + [x])
    return subjects


def _taiwan_code(m: Mention, text: str) -> Mention:
    """家登(3680) in a Taiwan story is listed in Taiwan: a bare four-digit code the gazetteer does not know."""
    if m.entry is not None or not m.ticker or not m.ticker.endswith(".HK") or not _BARE_CODE_END.search(text, m.start, m.end):
        return m
    ticker = m.ticker.removesuffix(".HK").zfill(4) + ".TW"
    return replace(m, ticker=ticker, key=entity_key(None, ticker, m.name, text[m.start:m.end]))


_BARE_CODE_END = re.compile(r"[(（]\s?\d{4}\s?[)）]$")


def _taiwan_bank(m: Mention, gz: Gazetteer) -> Mention:
    """央行, 中央银行 in a Taiwan story are Taiwan's central bank, not China's."""
    if m.key != "pboc" or m.name is None or m.name.translate(t2s_table()) not in ("央行", "中央银行"):
        return m
    entry = next((e for e in gz.sources if e.id == "cbc_taiwan"), m.entry)
    return replace(m, entry=entry, key=entry.id)


def _venue(text: str, m: Mention) -> bool:
    """Where something is filed, listed or based, or a party the company's figure concerns, not a company the sentence
    speaks of: 在港交所发布公告, 在港交所上市, "based in Newbury, Berkshire", 与联营公司交通银行有关的减值亏损, 交行相关亏损."""
    return _AT_BEFORE.search(text, max(0, m.start - 2), m.start) is not None and _FILES_AFTER.match(text, m.end) is not None \
        or _PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        or _RELATED_AFTER.match(text, m.end) is not None or _ASSOCIATE_BEFORE.search(text, max(0, m.start - 6), m.start) is not None \
        or m.ticker is None and _GREY_MARKET_AFTER.match(text, m.end) is not None


_GREY_MARKET_AFTER = scan.compile(r"暗盘")  # "富途暗盘昨日收6.49元": the platform a new listing traded on before its debut
# (not the listing itself with its code: "中梁控股(02772)暗盘价跌穿招股价")


def _clause_breaks(sent: str) -> list[int]:
    asides = [m.span() for m in _ASIDE.finditer(sent)] if "," in sent or "，" in sent else []
    return [m.end() for m in _CLAUSE.finditer(sent) if not any(a <= m.start() < b for a, b in asides)]


# Economies named one by one, each with its own figure: none is carried to the sentences after.
_BY_PLACE = scan.compile(r"按(?:目的地|来源地|地区|主要市场)|分别|\bby (?:destination|region|market)\b|\brespectively\b")
# A peer a company is named beside owns none of its figures: "快手科技(1024)与抖音并称内地两大巨头".
_PEER_NAMED = scan.compile(r"\s?(?:[(（][^()（）]{1,12}[)）])?\s?(?:并称|齐名|并列)")
# Who compiled a figure is no company the text speaks of: "estimates compiled by LSEG", "according to FactSet data",
# "a report citing LSEG data".
_COMPILER_BEFORE = scan.compile(r"\b(?:compiled|polled|surveyed|tracked) by\s(?:the\s)?$|\b(?:according to|citing)\s(?:the\s|an?\s)?$|(?:根据|据)\s?$")
_COMPILER_NOUN = scan.compile(r"\s(?:I/B/E/S\s)?(?:polls?\s(?:of|showed)|data\s(?:showed|show|shows|compiled)|consensus\s(?:estimates?|forecasts?))\b"
                              r"|\s?的?统计(?:数据)?(?:显示|表明)")  # "同花顺统计显示": a data vendor's count (a company's own 数据 are its)
_DATA_VENDOR = scan.compile(r"(?:同花顺|万得|东方财富|天天基金|好买基金|Wind|iFinD|FactSet|Refinitiv|LSEG|Morningstar|晨星)(?:\s?[(（][\dA-Z.]+[)）])?")
_VENDORS_DATA = scan.compile(r"(?:\s?[(（][\dA-Z.]+[)）])?\s?(?:iFinD|Choice)?\s?的?(?:数据|统计)")
_COMPILER_DATA = scan.compile(r"\s(?:I/B/E/S\s)?(?:data|SmartEstimates?|estimates?|figures|polls?|surveys?|consensus|calculations|tallies)\b|\s?的?统计")


def _compiler(text: str, m: Mention) -> bool:
    """Who compiled a figure: "compiled by LSEG", "according to FactSet data", "a LSEG poll of 22 analysts",
    "LSEG data showed"."""
    if _DATA_VENDOR.fullmatch(text, m.start, m.end) and (_VENDORS_DATA.match(text, m.end) or _COMPILER_DATA.match(text, m.end)):
        return True  # "同花顺(300033)的数据表明", "the LSEG SmartEstimate of": a data vendor's figures, whatever its own listing
    cited = _COMPILER_BEFORE.search(text, max(0, m.start - 18), m.start)
    if cited is None:
        return _COMPILER_NOUN.match(text, m.end) is not None
    return not cited.group().startswith(("according", "citing", "据", "根据")) or _COMPILER_DATA.match(text, m.end) is not None


def _shift(m: Mention, by: int, limit: int) -> Mention:
    return Mention(m.start - by, min(m.end, limit) - by, m.entry, m.ticker, m.name, m.key)


_PENCE_PRICES = scan.compile(r"\b\d[\d,]*(?:\.\d+)?p\s(?:target|a share|per share|to|from|and)\b|\bfrom\s\d[\d,]*(?:\.\d+)?p\b")
_OF_THOSE = scan.compile(r"(?:其中|当中|这当中|具体(?:而言|来看|来说))(?![^，,。；;]{0,12}?(?:年|月|季|周))")
_THE_PERIOD = scan.compile(r"\b(?:for|in|over|during) (?:the|that) (?:same )?period\b(?! (?:last year|a year (?:earlier|ago|before)))")
_LEAD = 400  # characters in which a text names the company it is about, if any
_CENTRAL_BANK = scan.compile(r"\bCentral Bank\b|\bReserve Bank\b|\bFederal Reserve\b|\bMonetary Authority\b|"
                             r"\bBank of (?:England|Japan|Canada|Korea|Thailand|Mexico|Russia|Israel)\b|\bNorges Bank\b|中央银行|人民银行|金管局")
# "Shares in Gresham House": a sentence's subject; "…, 2020 /PRNewswire/ -- Schneider Electric today released": a
# release's, after its dateline
_SENTENCE_OPENING = scan.compile(r"(?:^|[.!?\n]\s*|\s(?:--|—|–)\s)(?:\S+\s){0,2}$")


def _named_in_passing(company: Mention, norm: str) -> bool:
    """Whether the text names an English company only once, late, and not as a sentence's subject: it is no
    company the text is about, whose figures unnamed ones would be."""
    if not company.name or not company.name.isascii() or company.ticker:
        return False
    word = company.name.split()[0]
    at = norm.find(word)
    return at > max(_LEAD, len(norm) // 3) and norm.count(word) < 2 and not _SENTENCE_OPENING.search(norm, max(0, at - 40), at)


def _story_company(companies: list[Mention], sources: list[Mention]) -> Mention | None:
    """The company a text is about, when one stands out: named at least three times, half again as often as any other."""
    spans = {(s.start, s.end) for s in sources}
    counts = Counter(c.key for c in companies if c.key and (c.start, c.end) not in spans)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1]):
        return None
    return next(c for c in companies if c.key == ranked[0][0])


def _period_before(periods: list[Period], reported: Period | None) -> Period | None:
    """The last period the sentence before stated, for a sentence about part of what it reported (其中…); none where
    that is the period reported anyway (its year is then the article's)."""
    if not periods or reported is not None and (periods[-1].unit, periods[-1].parts) == (reported.unit, reported.parts):
        return None
    return periods[-1]


_STARTING_AFTER = scan.compile(r"\s?(?:起|开始)")


def _reported(periods: list[Period], text: str) -> Period | None:
    """The period the article reports on: the first it states for itself, a quarter or a half rather than
    the year it belongs to when both open the article ("FY23 outlook; Q2 EPS beats"); not one a forecast is
    for ("For the fiscal second quarter, the company projects …", "analysts are looking for second-quarter
    earnings"), unless the text states no other."""
    own = [p for p in periods if not p.comparison and p.unit in ("Q", "H", "QQ", "Y", "M", "MM") and not p.next_quarter
           and not p.half_to_date and (p.shift is None or p.shift == 0) and not (p.unit == "H" and _DIVIDEND_AFTER.match(text, p.end))]
    own = [p for p in own if not (_FOR_THE.search(text, max(0, p.start - 12), p.start) and _FORECAST_FOLLOWS.match(text, p.end))
           and not _EXPECTED_BEFORE.search(text, max(0, p.start - 24), p.start)] or own
    own = [p for p in own if not _SINCE_AFTER.match(text, p.end)] or own  # ("2026年开年以来,多家房企相继公布了…12月销售业绩")
    own = [p for p in own if not _STARTING_AFTER.match(text, p.end)] or own  # ("拟由今年起改派季度息": when a plan starts)
    own = [p for p in own if not (p.unit == "Y" and not p.deictic and _DEADLINE_BEFORE.search(text, max(0, p.start - 20), p.start))]
    # ("synergies of $150 million by 2027": a year the story looks ahead to, not one it reports on)
    own = [p for p in own if not (_OUTLOOK_AFTER.match(text, p.end) and _ITS_BEFORE.search(text, max(0, p.start - 8), p.start))
           and not (p.unit in ("Q", "H") and _OUTLOOK_BEFORE.search(text, max(0, p.start - 40), p.start))] \
        or own  # ("lifted its full-year forecasts", "raising its outlook for the fourth quarter": the outlook's periods)
    # ("set against $1.9 billion … in second quarter of 2017": the period compared with)
    own = [p for p in own if p.year is None or not _COMPARED_BEFORE.search(text, max(0, p.start - 100), p.start)] or own
    if own and _DATE_LINE.fullmatch(_line_of(text, own[0].start)) and len(own) > 1 and own[1].unit in ("Q", "H"):
        own = own[1:]  # "31 October 2012" on a line of its own, then "Third-quarter earnings": the date it was written
    if not own:
        return None
    first = own[0]
    last_year = next((p for p in periods if p.unit == "Y" and p.shift == -1 and p.deictic and not p.comparison
                      and not _COMPARED_LAST_YEAR.search(text, max(0, p.start - 40), p.start)
                      and not _LAST_YEARS_FIGURE.match(text, p.end)), None)
    if last_year is not None and first.unit == "Y" and first.year is None and not first.deictic and (
            last_year.start < first.start or "。" not in text[first.end:last_year.start]):
        return last_year  # "港鐵去年盈利…公布全年業績", "公布全年業績，截至去年底止的盈利": the full year is last year
    if first.unit == "Y" and (_ANNUAL_RESULTS.match(text, first.end) or _YEAR_ENDED.match(text, first.start, first.end)):
        return first  # "公布全年业绩", "For the year ended 31 August 2024": a half named later is part of the year's story
    finer = next((p for p in own[1:4] if p.unit in ("Q", "H", "QQ") and p.start - first.start < 300), None)
    if first.unit == "Y" and finer is None and "\n" not in text[:first.start] and (
            "全年" in text[first.start:first.end + 2] or _RELEASE_HEADLINE.search(text, first.end, text.find("\n", first.end))):
        # a headline's year beside the body's month of it ("通胀率为2%，2022全年1.9%" over "2022年12月的消费物价指数"): the
        # monthly release's month
        finer = next((p for p in own[1:3] if p.unit == "M" and p.year == first.year and p.start - first.start < 300), None)
    return finer if first.unit == "Y" and finer is not None else first


# Last year named as what a figure is compared with: "topping … last year's A$9.84 billion", "against the A$2.50 it
# paid last year", "climbed 9 basis points from last year".
_LAST_YEARS_FIGURE = scan.compile(r"(?:['’]s)?\s(?:[A-Z]{0,3}[$€£¥]|\d)")
_COMPARED_LAST_YEAR = scan.compile(r"(?:\b(?:from|than|against|over|versus|topping|beating|compared (?:with|to))\s(?:the\s)?"
                                   r"|\d(?:[^.;]|\.\d){0,30}?\b(?:paid|reported|posted|earned|made|recorded)\s)$")
_FULL_YEAR_REPORTED = scan.compile(r"\b(?:reported|posted|announced|said)\s(?:its\s)?(?:full[- ]year|annual)\b", re.IGNORECASE)
_OUTLOOK_YEAR = scan.compile(r",?\s(?:[A-Z][\w&.-]*\s){0,3}(?:expects|sees|forecasts|projects|targets|anticipates|guides|aims)\b")
_TABLE_HEADER = scan.compile(r"[^|\n\d]{1,12}(?:\|[^|\n]{1,16}){2,6}\|?\s*")  # a table's header row: its label, then its columns
_BLOCK_HEADING = scan.compile(r"\s*[^.!?;\n]{2,80}\s[(（][^()（）]{1,20}[)）]\s*")  # a line that is a name and its code alone
_LIST_ITEM = scan.compile(r"\s*[-•*·]\s")
_COMPARED_BEFORE = scan.compile(r"\b(?:(?<!more )(?<!less )(?<!fewer )than|compared (?:with|to)|versus|vs\.?|against)\s(?:the\s|an?\s)?(?:[A-Z]{0,3}[$€£]|\d)(?:[^.;]|\.(?=\d)){0,90}?$",
                                re.IGNORECASE)  # (a figure compared with: "set against $1.9 billion … in second quarter of 2017")
_SINCE_AFTER = scan.compile(r"\s?(?:开年|年初|初)?以来")
_OUTLOOK_AFTER = scan.compile(r"\s(?:sales\s|earnings\s|revenue\s|profit\s)?(?:forecasts?|guidance|outlook|targets?|projections?)\b", re.IGNORECASE)
_ITS_BEFORE = scan.compile(r"\b(?:its|their|the company's)\s$")  # ("lifted its full-year forecasts", not "topped second-quarter
# profit forecasts": the analysts' forecasts of the quarter reported)
_OUTLOOK_BEFORE = scan.compile(r"\b(?:forecasts?|guidance|outlook|targets?|projections?)\s(?:for|of)\s(?:the\s)?(?:fiscal\s)?$", re.IGNORECASE)
_DEADLINE_BEFORE = scan.compile(r"\b(?:by|until|till|through)\s(?:the (?:end|middle|start) of\s|(?:end|mid)-)?(?:fiscal\s)?$", re.IGNORECASE)
# A monthly release's headline by its indicator ("2024年CPI数据出炉"): the body's month of that year is what it reports on
_RELEASE_HEADLINE = scan.compile(r"CPI|PPI|PMI|通胀|物价|社融|M2|新增贷款|进出口|外贸|社会消费品零售|工业增加值")
_YEAR_ENDED = re.compile(r"(?:financial |fiscal )?(?:year|twelve months|12 months) (?:ended|to|ending)\b", re.IGNORECASE)
_DATE_LINE = re.compile(r"\s*(?:\d{1,2}\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s\d{1,2},?)?\s\d{4}\s*"
                        r"|\s*\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s*")


def _line_of(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(end if (end := text.find("\n", pos)) >= 0 else len(text))]


_ANNUAL_RESULTS = scan.compile(r"\s?(?:业绩|年度业绩|results)")
_DIVIDEND_AFTER = scan.compile(r"股?息|派息")  # a year's results name its interim dividend (中期股息): no half-year report
_FOR_THE = scan.compile(r"\bfor\s(?:the\s)?(?:fiscal\s)?$", re.IGNORECASE)
_EXPECTED_BEFORE = scan.compile(r"\b(?:look(?:s|ing)? for|expect(?:s|ed|ing)?|forecast(?:s|ing)?|project(?:s|ed|ing)|guided for)\s"
                                r"(?:the\s|its\s|a\s)?(?:fiscal\s)?$", re.IGNORECASE)
_FORECAST_FOLLOWS = scan.compile(r",(?:[^.;]|\.(?!\s)){0,60}?\b(?:project(?:s|ed)?|forecasts?|expect(?:s|ed)?|sees|guided|guides)\b", re.IGNORECASE)


def _shift_period(p: Period, by: int) -> Period:
    return replace(p, start=p.start - by, end=p.end - by)


def _display_names(mentions: list[Mention]) -> dict[str, str]:
    """Each entity's name in this article: for a company the longest form the text writes of its own
    name (长江基建 over its short form 长建, "Alibaba Group" over "Alibaba Cloud", a unit the gazetteer
    files under it), for a bank, a regulator or a broker the full form it writes most (美联储 over a
    single 联邦公开市场委员会, the Fed's committee; "Goldman Sachs" over "Goldman")."""
    forms: dict[str, Counter[str]] = {}
    entries: dict[str, Entry | None] = {}
    for m in mentions:
        if m.key and m.name:
            forms.setdefault(m.key, Counter())[m.name] += 1
            if m.key not in entries or (m.entry is not None and m.entry.kind == "company"):
                entries[m.key] = m.entry

    def best(key: str, names: Counter[str]) -> str:
        entry = entries[key]
        if entry is None or entry.kind == "company":
            own = [n for n in names if entry is not None and _names_the_company(n, entry)]
            return max(own or names, key=len)
        full = [n for n in names if not any(n != o and n in o for o in names)]  # "Keystone" is short for "Keystone Equity Research"
        return max(full, key=lambda n: (names[n], len(n)))

    return {key: best(key, names) for key, names in forms.items()}


def _names_the_company(written: str, entry: Entry) -> bool:
    """Whether a written form is the company's own name or a short form of it, not one of its units."""
    form = written.translate(t2s_table()).casefold()
    own = [n.casefold() for n in (entry.name, entry.name_zh) if n]
    return any(n.startswith(form) or form.startswith(n) for n in own)
