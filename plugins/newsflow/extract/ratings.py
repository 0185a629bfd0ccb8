"""Rating actions in prose: a broker, a company, the rating (and the one before), the target (and the
one before). A sentence gives a fragment ("upgraded from Sell to Hold at Citigroup.", "$33 price target.",
"大摩:康龙化成(03759)目标价上调至24.2港元 重申'增持'评级"); the fragments of one broker on one company
are one action, however many sentences (a headline and its body, a roundup's block) they take."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import Metric, RatingAction, confidence, names, scan
from .entities import Mention, market_hint, pick_ticker
from .lexicon import label_of
from .metrics import BROKERS_OWN, possessive_target
from .sentences import t2s_table
from .tables import rank, rating_name

# What a rating action does: to the rating, or to the target alone.
ACTIONS = ("upgrade", "downgrade", "initiate", "maintain", "reiterate", "raise_target", "cut_target")

if TYPE_CHECKING:
    from .document import Sentence

# A rating word counts only in a rating context: quoted, next to "rating"/评级, or after to/at/维持.
_CONTEXT_BEFORE = scan.compile(r"(?:\bto|\bat|\bas|\ba|\ban|\bits|rated|rating of|,\s?rating|maintain(?:s|ed|ing)?|reiterat(?:es|ed|ing)|keeps?|kept|"
                             r"with|remains?|stays?|rates?|rated|at|维持|给予|上调至|下调至|调升至|调降至|升至|降至|评级为|评级|至|为|由|从|予|续为|继续为|from)[\s-]?[\"“'‘「『]?\s?$",
                             re.IGNORECASE)
# A rating summary's heading after its rating: "买    入——海通证券:…"
_SUMMARY_HEADING = scan.compile(r"\s*[—–]{1,2}\s?[\u4e00-\u9fff]{2,8}[:：]")
_CONTEXT_AFTER = scan.compile(r"^(?:-[A-E])?\s?[\"”'’」』]?\s?(?:rating|评级|call|recommendation|stance)"
                             rf"|^(?={_SUMMARY_HEADING.pattern})", re.IGNORECASE)
_RATED_CLASS = scan.compile(r"[\"”'’]?\s?-?rated\s(?:stocks|shares|names|companies)\b", re.IGNORECASE)
_PRIOR_AFTER = scan.compile(r"^[\s-]?[\"”'’」』]?\s?(?:rating\s)?(?:to|至|到|上调至|下调至|调升至|调降至|上调到|下调到|升至|降至|→|->|➝)", re.IGNORECASE)
_OPEN_QUOTES = "'‘\"“「『"
_CLOSE_QUOTES = "'’\"”」』"
_BRACKETED = scan.compile(r"[\"”'’」』]?\s?[(（][\"“'‘]?")
_RATING_TALK = scan.compile(r"rating|rated|coverage|评级|upgrad|downgrad|initiat", re.IGNORECASE)
_EARLIER_BEFORE = scan.compile(r"(?:此前为|此前|之前为|原为|前次为|previously|prior rating of)\s?[\"“'‘「『]?\s?$", re.IGNORECASE)
_MOVED_FROM = scan.compile(r"\b(?:cut|lowered|reduced|raised|lifted|downgraded|upgraded)\s(?:it\s|them\s)?from\s?[\"“'‘]?\s?$", re.IGNORECASE)
_EARLIER_RATING = r"(?:its|the|an?)\s(?:earlier|previous|prior|former)\s"  # "to neutral from its earlier buy rating"
_FROM_BEFORE = scan.compile(rf"(?:from|由|从)\s?(?:{_EARLIER_RATING})?[\"“'‘「『]?\s?$", re.IGNORECASE)
# Who acted: "at Goldman", "by UBS", "大摩:", "Piper Jaffray, which upgraded", "Baird did the same".
_AT_BROKER = scan.compile(r"\b(?:at|by)\s(?P<b>(?:[A-Z][\w&.'’-]*)(?:\s(?:[A-Z][\w&.'’-]*|&))*)")
# A firm's analyst by name, who acts: "FBR's (FBCM) Paul Miller raised his price target", "Citigroup's (NYSE:C) Keith
# Horowitz, who has a Buy rating on the stock, raised the price target"
_FIRM_ANALYST = scan.compile(r"(?P<b>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})['’]s\s(?:\([^()]{1,16}\)\s)?(?:analyst\s)?"
                             r"[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?=,\s(?:who|which)\b|\s(?:raised|lifted|cut|lowered|upgraded|downgraded|"
                             r"reiterated|maintained|kept|set|initiated|started|boosted|trimmed))")
_ANALYST_OF_FIRM = scan.compile(r"\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+\sof\s(?P<b>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})"
                                 r"(?=,?\s(?:raised|lifted|cut|lowered|upgraded|downgraded|reiterated|maintained|kept|set|initiated|"
                                 r"started|boosted|trimmed)\b)")  # "Meredith Whitney of Meredith Whitney Advisory Group set a $54 target"
_ANALYST_FORMS = (_FIRM_ANALYST, _ANALYST_OF_FIRM)
_ANALYSTS_OF = scan.compile(r"(?P<b>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s(?:analysts?|strategists?|research(?:ers)?)\b")
_LEAD_BROKER = scan.compile(r"^(?:[-–•*]\s)?(?:After |While |As )?(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(?P<b>(?:The )?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})(?=,? (?:which |who |also |did |has |had |now |on |today |analysts? |upgrad|downgrad|initiat|reiterat|rais|lift|cut|lower|boost|maintain|kept|keeps|start|upward|revis)|, (?:repeating|retaining|keeping|maintaining) (?:its|a|the) )")  # ("14 March Lehman Brothers has put"; "SSSB, repeating its 'underperform' stance")
_HEAD_BROKER = scan.compile(r"^(?:《大行》|<Research>)?\s?(?!推荐股票|股票名称|公司名称|证券简称|股票简称|所属行业|研究员|分析师|目标价|事件|简评|点评)"
                            r"(?P<b>[^\s:：,，。(（|]{2,10})\s?[:：]")  # (not a field of a table: "推荐股票:金证股份")
# A rating verb and its object: "keeps|upgraded|rates <company> at|to|as <rating>".
_RATED = scan.compile(r"\b(?:keeps?|kept|maintain(?:s|ed)?|reiterat(?:es|ed)|upgrad(?:es|ed)|downgrad(?:es|ed)|"
                      r"rates?|rated|initiat(?:es|ed)|starts?|started|resum(?:es|ed))\s(?:coverage (?:of|on)\s)?", re.IGNORECASE)
_RATED_AFTER = scan.compile(r"\s(?:(?:at|to|as|with an?)\s)?[\"“'‘]?", re.IGNORECASE)
# A consensus is no broker's action.
_CONSENSUS = scan.compile(r"consensus|average|\b\d+ of (?:the |its )?\d+ analysts|\bmean\b|median|high target|low target|Wall Street price target|一致预期|市场预期|(?<!加权)平均", re.IGNORECASE)
_INITIATE = scan.compile(r"initiat|reinstat|start(?:s|ed)? coverage|\bstart(?:s|ed)?\b(?=[^.;]{1,60}?\b(?:with|at)\s[\"“'‘]?[A-Za-z])|(?:begins?|began|resum(?:e|es|ed)) coverage|assum(?:e|ed|es) coverage|首次覆盖|首予|首次给予|首次评级", re.IGNORECASE)
_REITERATE = scan.compile(r"reiterat|reaffirm|\brepeats? its|重申", re.IGNORECASE)
_UP = scan.compile(r"upgrad|rating (?:has been |had been |was |is being |is )?(?:raised|lifted|increased) from\b|由[“\"「『]?[^\d，。,]{1,6}?[”\"」』]?(?:调高|上调|调升|提高|提升)至|(?:raised|raises|lifted|lifts|boosted|boosts) (?:its |their |the )?rating|\b(?:is|was|are|were) (?:lifted|raised|moved up) to [\"'“‘]|upwardly revised|评级上调|评级升|评级调高|评级提升|调升[^，。,\d]{0,10}评级|上调[^，。,\d]{0,10}评级|调高[^，。,\d]{0,10}评级|升评|升至买入", re.IGNORECASE)
_DOWN = scan.compile(r"downgrad|rating (?:has been |had been |was |is being |is )?(?:cut|lowered|reduced) from\b|由[“\"「『]?[^\d，。,]{1,6}?[”\"」』]?(?:调低|下调|调降|降低)至|(?:cut|cuts|lowered|lowers|trimmed|trims) (?:its |their |the )?rating|\b(?:is|was|are|were) (?:cut|lowered|moved down) to [\"'“‘]|评级下调|评级降|评级调低|调降[^，。,\d]{0,10}评级|下调[^，。,\d]{0,10}评级|调低[^，。,\d]{0,10}评级|降评", re.IGNORECASE)
_GRADED_TARGET = scan.compile(r"\b(?:upgrad|downgrad)\w*(?= (?:the |its )?(?:[A-Z][\w&.'’-]*\s){0,3}(?:share )?price target\b)")
# "raised the stock to Overweight", "cut Halma to hold": a rating that moves, without the word "upgrade".
_OBJECT = r"(?:the stock|the shares|(?:[A-Z][\w&.'’-]*)(?:\s[A-Z][\w&.'’-]*){0,3})"
_RAISED_TO = scan.compile(rf"\b(?:raised|raises|lifted|lifts|moved|moves|bumped|bumps)\s{_OBJECT}\s(?:up\s)?to\s(?:an?\s)?[\"'“‘]?"
                          r"(?:buy|strong buy|overweight|outperform|accumulate|add|positive|sector outperform)\b", re.IGNORECASE)
_CUT_TO = scan.compile(rf"\b(?:cut|cuts|lowered|lowers|moved|moves|took|takes)\s{_OBJECT}\s(?:down\s)?to\s(?:an?\s)?[\"'“‘]?"
                       r"(?:hold|neutral|underweight|underperform|sell|reduce|equal[- ]weight|market perform|sector perform(?:er)?|negative)\b",
                       re.IGNORECASE)
_TARGET_UP = scan.compile(r"rais|lift|boost|increas|elevat|hik|上调|调升|调高|提升|升|上调至|jump", re.IGNORECASE)
_TARGET_DOWN = scan.compile(r"\bcut|lower|trim|reduc|slash|\bdown to\b|下调|调降|调低|削|降", re.IGNORECASE)
# A target moved by a share of itself, no price given: "cut its target price by 10 percent"
_TARGET_MOVED_BY = scan.compile(r"\b(?:(?P<down>cut|lowered|trimmed|reduced|slashed)|(?P<up>raised|lifted|hiked|increased|boosted))\s"
                                r"(?:its|the|their)\s(?:[\w-]+\s)?(?:target price|price target|target)\s(?:on\s[^.;]{1,40}?\s)?by\s\d")


@dataclass
class Fragment:
    """What one sentence says of one broker's view of one company."""

    broker: Mention | None
    company: tuple[str | None, str | None, str | None]  # name, key, ticker
    rating: str | None = None
    prior_rating: str | None = None
    target: Metric | None = None
    words: set[str] = field(default_factory=set)  # initiate, reiterate, upgrade, downgrade
    evidence: str = ""
    carried_company: bool = False  # the company came from an earlier sentence (a roundup's block)


def sentence_ratings(ctx: Sentence, metrics: list[Metric], masked: list[tuple[int, int]] = ()) -> list[Fragment]:
    """The rating-action fragments of one sentence; a sentence in which several brokers act each on a
    company of its own ("天风证券把北汽蓝谷的评级由增持调高至买入，开源证券将双汇发展由增持调高至买入")
    is read part by part, each part with the words the sentence opens with (首次覆盖方面 …)."""
    if ("analyst" in ctx.text.lower() or "broker" in ctx.text.lower()) and _RATINGS_SHARE.search(ctx.text):
        return []  # "about 19.0% of the analysts now rate TGT stock a "buy"": how the analysts' views split, no one's action
    if _RATING_SCALE.search(ctx.text):
        return []  # "买入:涵盖「买入」及「跑赢大市」", "评级共分5级,依次为买入、跑赢…": what the ratings mean, no call
    if _SENTIMENT.search(ctx.text) and not any(s.entry is not None and s.entry.kind == "broker" for s in ctx.sources):
        return []  # "retail sentiment towards Nike was in the 'neutral' zone, up from 'bearish'": a mood, no broker's call
    if respective := _respective_actions(ctx, masked):
        return respective
    targets = [m.span[0] for m in metrics if m.metric == "target_price" and m.span]

    def has_target(x: int, y: int) -> bool:
        lo, hi = ctx.original_span(x, y)
        return any(lo <= t < hi for t in targets)

    parts, by_company = _action_parts(ctx, has_target), False
    if len(parts) < 2:
        parts, by_company = _company_parts(ctx), True
    if len(parts) < 2:
        return _fragments(ctx, metrics, masked)
    lead = _words(ctx.text[:parts[0][0]])
    if not by_company:  # (a clause before the first company's names it only in passing: "由于平保及新华保险…较高,")
        parts[0] = (0, parts[0][1])
    spans = {(m.start, m.end) for m in ctx.sources if m.entry is not None and m.entry.kind == "broker"}
    acting = {c.key for c in ctx.companies if (c.start, c.end) in spans}  # (a listed bank that acts as a broker is no company rated)
    out = []
    sharing = []  # parts that take the rating of the part after them
    said: set[str] = set()  # the words of the part before: a part whose verb is left out moves as it did
    for a, b in parts:
        lo, hi = ctx.original_span(a, b)
        part = ctx.part(a, b)
        frags = _fragments(part, [m for m in metrics if lo <= m.span[0] < hi], [(x - a, y - a) for x, y in masked if a <= x < b])
        if not frags and _SHARED_LIST.search(ctx.text, a, b):
            sharing.append(part)
            continue
        rated = next((f for f in frags if f.rating), None)
        for other in sharing if rated else ():
            broker = _broker(other)
            company = _company(other, None, broker)
            # the name after 对, also one the gazetteer lacks: "方正证券对三棵树、"
            if (named := _SHARED_OBJECT.search(other.text)) is not None and not _named_here(other, company[1]):
                company = (named.group(1), names.entity_key(None, None, named.group(1), named.group(1)), None)
            out.append(Fragment(broker, company, rating=rated.rating, prior_rating=rated.prior_rating,
                                words=set(rated.words), evidence=rated.evidence))
        sharing = []
        acts = _broker(part)
        gapped = _GAPPED_RATING.match(part.text, acts.end if acts else 0) is not None
        for f in frags:
            f.words |= lead | (said if gapped and not f.words & _MOVES else set())
            said = f.words
            if f.company[1] in acting and f.company[1] != (f.broker.key if f.broker else None):
                f.company = _company(part, None, f.broker)  # "…, while CLSA has kept 'buy' with a target of Rs 2,040": not Citi's
            out.append(f)
    return out


# "齐鲁、海通和信达三家券商的分析师把", "国金的王铮、海通的白洋和招商的张良勇则把": the brokers who act, listed (an
# analyst's name after 的), before the company they act on.
_ZH_AGENT = r"[\u4e00-\u9fff]{2,4}(?:的[\u4e00-\u9fff]{2,3})?"
_AGENT_LIST = scan.compile(rf"(?<![\u4e00-\u9fff])(?P<list>{_ZH_AGENT}(?:、{_ZH_AGENT})*(?:和|及|与){_ZH_AGENT})"
                           r"(?:[两二三四五六\d]家(?:券商|机构))?(?:的分析师)?(?:则|也|均)?(?:分别(?:把|将|对|给予)?|把|将|对)")
_AGENT_TAIL = scan.compile(r"(?:的[\u4e00-\u9fff]{2,3}|[两二三四五六\d]家(?:券商|机构))$")
_RESPECTIVE = scan.compile(r"分别|respectively", re.IGNORECASE)
_TO_BETWEEN = scan.compile(r"至|到|\bto\b", re.IGNORECASE)
_UP_VERB = scan.compile(r"上调|调高|调升|提高|提升|upgrad|rais", re.IGNORECASE)
_DOWN_VERB = scan.compile(r"下调|调低|调降|降低|downgrad|cut|lower", re.IGNORECASE)


def _respective_actions(ctx: Sentence, masked) -> list[Fragment]:
    """Brokers listed with as many ratings (and as many before them), one each, in order: "齐鲁、海通和信达…把长安汽车的
    评级分别由“谨慎推荐”、“中性”和“持有”上调至“买入”、“增持”和“买入”"; [] when the sentence is not of that shape."""
    if not _RESPECTIVE.search(ctx.text):
        return []
    found = _rating_words(ctx, masked)
    brokers = next((b for b in (_listed_brokers(ctx), _agent_list(ctx)) if 2 <= len(b) and len(found) in (len(b), len(b) + 1, 2 * len(b))), [])
    n = len(brokers)
    if not n:
        return []
    if len(found) > n and _FROM_BEFORE.search(ctx.text[max(0, found[n].start() - 8):found[n].start()]):
        rated, earlier = found[:n], found[n:]  # "to sell and underweight from neutral, respectively"
    else:
        rated, earlier = found[-n:], found[:-n] or [None] * n
        if earlier[0] is not None and not _TO_BETWEEN.search(ctx.text, earlier[-1].end(), rated[0].start()):
            return []
    if len(earlier) == 1:  # "由“中性”下调至“卖出”和“减持”": one rating before, the same for all
        earlier *= n
    company = _company(ctx, rated[0].start())
    words = _words(ctx.text)
    if earlier[0] is not None:  # "分别由…上调至…": the one verb moves every rating of the list
        between = ctx.text[min(earlier[-1].end(), rated[0].start()):max(earlier[-1].end(), rated[0].start())]
        words |= {"upgrade"} if _UP_VERB.search(between) else {"downgrade"} if _DOWN_VERB.search(between) else set()
    return [Fragment(b, company, rating=_name(r), prior_rating=_name(e) if e and _name(e) != _name(r) else None,
                     words=words, evidence=ctx.evidence(), carried_company=not _named_here(ctx, company[1]))
            for b, r, e in zip(brokers, rated, earlier)]


def _agent_list(ctx: Sentence) -> list[Mention]:
    """The brokers of a Chinese list that acts on a company ("国金的王铮、海通的白洋和招商的张良勇则把"), each
    named as the gazetteer knows it where it does."""
    m = _AGENT_LIST.search(ctx.text)
    if m is None:
        return []
    out, at = [], m.start("list")
    for item in re.split(r"、|和|及|与", m.group("list")):
        name = _AGENT_TAIL.sub("", item)
        known = next((s for s in ctx.sources if s.start == at and s.entry is not None and s.entry.kind == "broker"), None)
        out.append(known or Mention(at, at + len(name), None, None, ctx.written[at:at + len(name)],
                                    names.entity_key(None, None, name, name)))
        at += len(item) + 1
    return out


_MOVED_BY = scan.compile(r"\bby\s?$")
_TARGET_WORD = scan.compile(r"目标价|target", re.IGNORECASE)
_PART_BREAK = scan.compile(r"[,，;；、]\s?(?:(?:and|but|while|whereas|以及|及|而|亦|另外|此外|并且|并|同时)\s?)?$")
# "Stifel upgraded it to Buy and RBC Capital to Outperform": the second broker's verb left out, the first's understood
_MOVES = frozenset({"upgrade", "downgrade", "initiate", "reiterate"})
_GAPPED_AND = scan.compile(r"\sand\s$")
_GAPPED_RATING = scan.compile(r"\s(?:to|at)\s[\"'“‘]?[A-Z]")


def _action_parts(ctx: Sentence, has_target) -> list[tuple[int, int]]:
    """Where a sentence splits into one part per acting broker: at the clause break before each broker
    after the first, when every part has a rating or a target of its own ("其中滙豐證券最新升至2,400元、法巴證券升至
    1,990元"). [] when it does not split."""
    brokers = sorted((m for m in ctx.sources + ctx.companies if m.entry is not None and m.entry.kind == "broker"
                      and not _NOT_ACTING.search(ctx.text, max(0, m.start - 14), m.start)), key=lambda m: m.start)
    if len(brokers) < 2:
        return []
    cuts = [brokers[0].start]
    for prev, b in zip(brokers, brokers[1:]):
        head = ctx.text[prev.end:b.start]
        gap = _PART_BREAK.search(head) or (_GAPPED_AND.search(head) if _GAPPED_RATING.match(ctx.text, b.end) else None)
        if gap is None and _BROKER_AND.fullmatch(head) and _RESPECTIVELY.search(ctx.text, b.end):
            continue  # "KBW and Credit Suisse raised … to $79 and $90, respectively, and Citigroup …": one part acts for both
        if gap is None:
            return []
        cuts.append(prev.end + gap.end())
    parts = [(x, y) for x, y in zip(cuts, cuts[1:] + [len(ctx.text)])]
    # "方正证券对三棵树、华创证券对九号公司的评级…由“推荐”上调至“强烈推荐”": a part listed before another shares its rating
    if not all(ctx.lex.ratings.search(ctx.text, x, y) or _TARGET_WORD.search(ctx.text, x, y) or _TARGET_IT.search(ctx.text, x, y)
               or has_target(x, y) or
               (n < len(parts) - 1 and _SHARED_LIST.search(ctx.text, x, y)) for n, (x, y) in enumerate(parts)):
        return []
    return parts if len(parts) > 1 else []


_CLAUSE_BREAK = scan.compile(r"[,，;；]\s?(?:并且|并|同时|而|以及|另外|此外|and\s|while\s)?")


def _company_parts(ctx: Sentence) -> list[tuple[int, int]]:
    """Where a sentence in which one broker acts on several companies splits into one clause each, every clause with a
    rating of its own ("该行把平保评级调高至「买入」,并维持新华保险「买入」评级"). [] when it does not split."""
    acting = {(m.start, m.end) for m in ctx.sources}  # (a listed bank that acts as a broker is no company rated)
    last = {c.key: c for c in sorted(ctx.companies, key=lambda c: c.start)
            if c.key and (c.entry is not None or c.ticker) and (c.start, c.end) not in acting
            and not (c.entry is not None and c.entry.kind == "broker")}
    named = sorted(last.values(), key=lambda c: c.start)  # (each where the sentence names it last: its action's clause)
    if len(named) < 2:
        return []
    cuts = [max((m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, 0, named[0].start)), default=0)]
    for prev, c in zip(named, named[1:]):
        breaks = list(_CLAUSE_BREAK.finditer(ctx.text, prev.end, c.start))
        if not breaks:
            return []
        cuts.append(breaks[-1].end())
    parts = list(zip(cuts, cuts[1:] + [len(ctx.text)]))
    return parts if all(ctx.lex.ratings.search(ctx.text, x, y) for x, y in parts) else []


_RATINGS_SHARE = scan.compile(r"\d%\s(?:of\s)?(?:the\s)?analysts\b"  # and "Three research analysts rate the stock a sell, thirteen have a hold"
                            r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s(?:[a-z]+\s)?analysts?\s"
                            r"(?:rate|have\s(?:rated|given)|have\sa|gave|give)\b"
                            # "of 29 brokerages, 11 rate the stock "buy" or higher, 8 "hold" and 10 "sell""
                            r"|\bof\s\d+\s(?:brokerages|brokers|analysts)\b[^.;]{0,12}?\b\d+\s(?:rate|have|say)\b", re.IGNORECASE)
_RATING_SCALE = scan.compile(r"涵盖[「“\"]|评级(?:共|则)?分为?\s?(?:\d|[一二三四五六七八九十])\s?级|(?:简化|归并)为")
_SENTIMENT = scan.compile(r"\bsentiment\b|市场情绪|投资者情绪|散户情绪", re.IGNORECASE)
_TARGET_IT = scan.compile(r"\b(?:raised|increased|lifted|boosted|cut|lowered|reduced|trimmed)\sit\sto\s(?:US)?\$")  # "while UBS increased it to $73"
_NOT_ACTING = scan.compile(r"\b(?:Besides|Apart from|Aside from|Like|Unlike|As with|Along with)\s$", re.IGNORECASE)  # "Besides Susquehanna, BMO …"
_SHARED_LIST = scan.compile(r"、\s?$")
_SHARED_OBJECT = scan.compile(r"对([\u4e00-\u9fff]{2,8})、\s?$")


def _fragments(ctx: Sentence, metrics: list[Metric], masked) -> list[Fragment]:
    text = ctx.text
    found = _rating_words(ctx, masked)
    targets = [m for m in metrics if m.metric == "target_price" and m.value is not None and not _CONSENSUS.search(text)
               and not _MOVED_BY.search(ctx.doc.original, max(0, m.span[0] - 6), m.span[0])]  # "by $25 to $265": the move
    if len({t.unit for t in targets}) > 1 and ctx.article.market == "HK" and any(t.unit == "HKD" for t in targets):
        targets = [t for t in targets if t.unit == "HKD"]  # "美股ADR的目標價…至225美元，港股目標價升至223港元": the Hong Kong one
    if not found and not targets and not _TARGET_MOVED_BY.search(text):
        return []
    if _CONSENSUS.search(text) and not _RATING_TALK.search(text.replace("rating of", "")) and not _words(text):
        return []  # "a consensus analyst rating of hold"
    words = _words(text)
    broker = _broker(ctx)
    broker = _in_full(ctx, broker)
    if not found:
        # A target alone is an action when a broker or an action word goes with it.
        if broker is None and not words and not _TARGET_UP.search(text) and not _TARGET_DOWN.search(text):
            return []
    rating_m, prior = _rating_and_prior(text, found)
    frags = []
    if targets:
        rated = _rated_company(ctx) if len(targets) == 1 else None
        listed = _listed_brokers(ctx)  # "UBS and JPMorgan … targets of $7 and $10 respectively": one each
        owners = _brokers_of_targets(ctx, targets)  # "還有晨星的2,700元、高盛與花旗的2,600元": each its own brokers
        for n, t in enumerate(targets):
            if len(listed) == len(targets):
                broker = listed[n]
            for acting in owners[n] if owners else [broker]:
                company = _respective(t, n, len(targets), text) or (t.entity, t.entity_key, t.ticker)
                if rated is not None and rated[1] != company[1]:
                    company = rated  # "keeps Intel at Underweight after Nvidia deal, target $24": Intel's target
                if company[1] is None or _is_broker(company[1], company[0], acting) or company[0] in _firms(ctx.doc.text):
                    company = _company(ctx, None, acting)  # (not a firm named before by its analyst: "FBR's Paul Miller")
                frags.append(Fragment(acting, company, words=words, evidence=ctx.evidence(),
                                      rating=_name(rating_m), prior_rating=_name(prior), target=t,
                                      carried_company=t.entity_key is not None and not _named_here(ctx, t.entity_key)))
    elif rating_m is not None and ctx.first_company is not None and _SUMMARY_HEADING.match(text, rating_m.end()):
        company = _named_company(ctx, ctx.first_company)  # a summary page's heading: its title names no company rated
        frags.append(Fragment(broker, company, rating=_name(rating_m), words=words, evidence=ctx.evidence(),
                              carried_company=True))
    else:
        company = _company(ctx, rating_m.start() if rating_m else None, broker)
        if broker is None and not words and not _named_here(ctx, company[1]) and not _RATING_TALK.search(text):
            return []  # "calls cover stocks to buy, and others stocks to sell": nobody's view of anyone named
        listed = _listed_brokers(ctx)  # "花旗與摩根大通把美團評級降至「中性」": each of them acts
        rated = _listed_companies(ctx, rating_m.start() if rating_m else len(text), broker) or [company]
        for acting in listed if broker is not None and any(x.key == broker.key for x in listed) else [broker]:
            for one in rated:  # "把周大福(01929)、六福集團(00590)及周生生(00116)的評級由…降至…": each of them is rated
                frags.append(Fragment(acting, one, rating=_name(rating_m), prior_rating=_name(prior), words=words,
                                      evidence=ctx.evidence(), carried_company=not _named_here(ctx, one[1])))
    return frags


def _brokers_of_targets(ctx: Sentence, targets: list[Metric]) -> list[list[Mention]]:
    """For two targets or more each written right after its brokers' names ("晨星的2,700元、高盛與花旗的2,600元"), the
    brokers of each; else nothing."""
    if len(targets) < 2:
        return []
    brokers = sorted((s for s in ctx.sources if s.entry is not None and s.entry.kind == "broker"), key=lambda m: m.start)
    spans = [ctx.original_span(b.start, b.end) for b in brokers]
    out, after = [], -1
    for t in targets:
        mine = [(b, span) for b, span in zip(brokers, spans) if after < span[0] < t.span[0]]
        if not mine or not BROKERS_OWN.fullmatch(ctx.doc.original, mine[-1][1][1], t.span[0]):
            return []
        out.append([_in_full(ctx, b) for b, _ in mine])
        after = t.span[0]
    return out


def _named_here(ctx: Sentence, key: str | None) -> bool:
    return key is not None and any(c.key == key for c in ctx.companies)


def _name(m: re.Match[str] | None) -> str | None:
    return rating_name(label_of(m)) if m else None


def _rating_words(ctx: Sentence, masked) -> list[re.Match[str]]:
    text = ctx.text
    found = []
    quoted_one = False  # a rating in quotes is no verb: "- 'buy'"
    for m in ctx.lex.ratings.finditer(text):
        if any(a <= m.start() < b for a, b in masked) or any(c.start < m.start() < c.end for c in ctx.companies):
            continue  # (nor a word of a name: "Best Buy's CFO")
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 14]
        if m.group().islower() and re.match(r"\s(?:against|the|its|their|peers|expectations|rivals|by|when|if)\b", text[m.end():m.end() + 14]):
            continue  # "sees potential to outperform against a weak backdrop", "hard to outperform when margins stall": a verb
        if _RATED_CLASS.match(text, m.end()):
            continue  # "narrower than for its 'outperform' rated stocks": a class of stocks, no action
        if _WHAT_WOULD_SUPPORT.search(text, max(0, m.start() - 24), m.start()) or _RATING_DEFINED.match(text, m.end()):
            continue  # "… upside to support a buy rating", "a buy rating signals …": a rating argued about or defined, not given
        titled = m.group()[:1].isupper() and m.start() > 0 and not text[:m.start()].rstrip().endswith((".", ":"))
        graded = after[2:] if re.match(r"-[A-E]", after) else after  # "买入-A": a broker's grade after the rating
        quoted = before[-1:] in _OPEN_QUOTES and graded[:1] in _CLOSE_QUOTES  # "- 'buy'"
        # "9/17 UBS (Buy) target to $135 from $153": a roundup line's rating in brackets after its broker
        quoted = quoted or (before[-1:] in "(（" and graded[:1] in ")）" and m.group()[:1].isupper()
                            and ctx.lex.actions.search(text) is None and "target" in text.lower())
        after_rating = bool(found) and (_BRACKETED.fullmatch(text, found[-1].end(), m.start()) is not None  # "'buy' (hold)"
                                        or _BROKER_AND.fullmatch(text, found[-1].end(), m.start()) is not None)  # "to buy and overweight"
        if _CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after) or (titled and _RATING_TALK.search(text)) \
                or quoted or after_rating:
            found.append(m)
            quoted_one = quoted_one or quoted
    if len(found) == 1 and found[0].group().islower() and found[0].group().isascii() and \
            not _RATING_TALK.search(text) and not ctx.lex.actions.search(text) and not quoted_one:
        return []  # "aims to sell 3 million vehicles", "plans to buy back", "voted to hold": verbs
    return found


def _rating_and_prior(text: str, found: list[re.Match[str]]):
    """The rating and the one before it: "from hold to buy", "to buy from hold", "由中性上调至买入",
    "（此前为“买入”）"."""
    if not found:
        return None, None
    if len(found) >= 2 and _BRACKETED.fullmatch(text, found[-2].end(), found[-1].start()):
        return found[-2], found[-1]  # "raises Next to 'buy' (hold)": the earlier rating in brackets
    prior = None
    rating_m = found[-1]
    for m in found[:-1]:
        if _FROM_BEFORE.search(text[max(0, m.start() - 24):m.start()]) or _PRIOR_AFTER.match(text[m.end():m.end() + 10]):
            prior = m
    tail = text[rating_m.end():rating_m.end() + 24]
    if re.match(r"^\s?[\"”'’」』]?\s?(?:rating\s)?,?\s?from\s(?:an?\s|the\s)?[\"“'‘]?", tail, re.IGNORECASE):
        nxt = [m for m in found if m.start() >= rating_m.end()]
        if nxt:
            prior = nxt[0]
    if len(found) >= 2 and prior is None:
        first, second = found[0], found[1]
        if re.search(rf"\bfrom\s?[\"“'‘]?\s?(?:a\s|an\s|{_EARLIER_RATING})?[\"“'‘]?\s?$",
                     text[max(0, second.start() - 28):second.start()], re.IGNORECASE):
            rating_m, prior = first, second  # "upgraded to buy from hold"
    if len(found) >= 2 and _EARLIER_BEFORE.search(text, max(0, found[-1].start() - 10), found[-1].start()):
        rating_m, prior = found[-2], found[-1]
    if prior is not None and prior.group().lower() == rating_m.group().lower():
        prior = None
    if len(found) == 1 and _MOVED_FROM.search(text, max(0, rating_m.start() - 30), rating_m.start()):
        return None, rating_m  # "has had its rating cut from 'outperform'": only the rating it had
    return rating_m, prior


# "Despite the downgrade, … keep a buy rating": the rating stays; the word speaks of something else (a target).
_KEPT_RATING = scan.compile(r"\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|retain|retains|retained)\s"
                            r"(?:(?:a|an|its|the|their)\s)?[\"'“‘]?[A-Za-z-]+(?:\s[A-Za-z-]+)?[\"'”’]?\s(?:rating|recommendation|call)\b",
                            re.IGNORECASE)


def _words(text: str) -> set[str]:
    words = set()
    text = _GRADED_TARGET.sub("", text)  # "upgraded the CSR share price target from $4.10 to $5.30": the target moved, no rating
    if _INITIATE.search(text):
        words.add("initiate")
    if _REITERATE.search(text):
        words.add("reiterate")
    if _UP.search(text) or _RAISED_TO.search(text):
        words.add("upgrade")
    if _DOWN.search(text) or _CUT_TO.search(text):
        words.add("downgrade")
    if _KEPT_RATING.search(text) and not (_RAISED_TO.search(text) or _CUT_TO.search(text)):
        words -= {"upgrade", "downgrade"}
    return words


def _broker(ctx: Sentence) -> Mention | None:
    """The broker that acts in the sentence: one it names, else one it points back to ("the bank",
    该行), else the one the article named before."""
    company_keys = {c.key for c in ctx.companies if c.entry is None or c.entry.kind == "company"}
    brokers = [s for s in ctx.sources if s.entry is not None and s.entry.kind == "broker"]
    own = [b for b in brokers if not _acts_as_company(ctx, b)]
    acting = [b for b in own if not _NOT_ACTING.search(ctx.text, max(0, b.start - 14), b.start)]
    text = ctx.text
    # a firm whose analyst the sentence names acting comes first ("Zacks reported that Barclays's (NYSE:BCS) Tom Lane …
    # raised the price target": Barclays, not the service that reported it)
    if own and not (_firms(ctx.doc.text) and any(rx.search(text) for rx in _ANALYST_FORMS)):
        return (acting or own)[0]
    for rx in _ANALYST_FORMS if own else _ANALYST_FORMS + (_HEAD_BROKER, _AT_BROKER, _ANALYSTS_OF, _LEAD_BROKER):
        for m in rx.finditer(text):
            name = m.group("b").strip().rstrip(".,")
            while name.split(" ", 1)[0].lower() in _NOT_BROKERS and " " in name:
                name = name.split(" ", 1)[1]  # "Tuesday MKM Partners"
            if len(name) < 2 or name.lower() in _NOT_BROKERS or rx is _HEAD_BROKER and not _broker_like(ctx, m) \
                    or rx is _HEAD_BROKER and _NO_BROKER_HEADING.search(name):
                continue  # (a heading such as "目标价概况:" names no broker)
            if ctx.lex.ratings.fullmatch(name):
                continue  # "keeps Intel at Underweight": the rating, not a broker "at" which it was set
            if _PERSON_TITLE.match(name):
                continue  # "Analyst Jim Duffy lowered his rating": a broker's analyst, the broker named before
            a = m.start("b") + m.group("b").index(name)
            b = a + len(name)
            if rx not in _ANALYST_FORMS and any(c.start <= a < c.end and c.key in company_keys and not (
                    rx is _LEAD_BROKER and c.entry is None and any(o.start >= b for o in ctx.companies)
                    or rx is _AT_BROKER and _RATED_BY.search(text, max(0, a - 60), a))
                   for c in ctx.companies):
                continue  # a company, not a broker; but an unknown name that acts on a company named after it
                # is one: "Stephens raised CF Industries to Overweight", and so is one a company was downgraded by
            known = next((s for s in ctx.sources if s.start <= a < s.end and s.entry is not None), None)
            if known is not None:
                return known  # a broker the gazetteer knows, by its own entry
            written = ctx.written[a:b].strip()
            return Mention(a, b, None, None, written, names.entity_key(None, None, written, name))
    return ctx.doc_broker


_RATING_DEFINED = scan.compile(r"\s(?:rating\s)?(?:signals|means|indicates|implies|denotes|is defined)\b")  # "a buy rating signals …"
_WHAT_WOULD_SUPPORT = scan.compile(r"\b(?:support|supports|justify|justifies|warrant|warrants|merit|merits|deserve|deserves)\s(?:a|an)\s$")
_PERSON_TITLE = scan.compile(r"(?:[Aa]nalysts?|[Ss]trategists?|[Ee]conomists?|[Ss]ell-side analyst)\s[A-Z]")
_BROKER_AND = scan.compile(r"\s?(?:,\s?(?:and\s)?|and\s|&\s?|、|和|及|与)\s?")


def _listed_brokers(ctx: Sentence) -> list[Mention]:
    """The brokers a sentence lists side by side ("UBS and JPMorgan", 中金、中信), when it lists any."""
    brokers = sorted((s for s in ctx.sources if s.entry is not None and s.entry.kind == "broker" and not _acts_as_company(ctx, s)),
                     key=lambda m: m.start)
    if len(brokers) < 2 or not all(_BROKER_AND.fullmatch(ctx.text, a.end, b.start) for a, b in zip(brokers, brokers[1:])):
        return []
    return [_in_full(ctx, b) for b in brokers]


def _in_full(ctx: Sentence, broker: Mention | None) -> Mention | None:
    """A broker named as the article names it in full when this is a short form of that ("Goldman" of
    "Goldman Sachs"), not another house the gazetteer files under the same one (Numis under Deutsche Bank)."""
    full = ctx.names.get(broker.key) if broker is not None else None
    if full is None or broker.name and broker.name.lower() not in full.lower():
        return broker
    return Mention(broker.start, broker.end, broker.entry, broker.ticker, full, broker.key)


_NO_BROKER_HEADING = scan.compile(r"目标价|评级|概况|情况|方面|统计|汇总|一览|数据|要点|摘要|导读|观点")
_NOT_BROKERS = {"the", "its", "a", "an", "analysts", "the company", "shares", "the stock", "this", "that", "it", "they",
                "he", "she", "we", "investors", "the bank", "market", "markets", "wall street", "the street", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "street", "other", "some", "many",
                "rating", "the rating", "target", "the target", "price target", "coverage"}


def _broker_like(ctx: Sentence, m: re.Match[str]) -> bool:
    """A headline's "X:" is a broker when the line goes on about a target or a rating."""
    rest = ctx.text[m.end():]
    return bool(re.search(r"目标价|评级|买入|增持|中性|跑赢|跑输|减持|持有|target|rating|upgrade|downgrade", rest, re.IGNORECASE))


_TRADED_AFTER = scan.compile(r"(?:\s?\([^()]{1,24}\))?(?:['’]s)?\s(?:shares|stock)\s"
                             r"(?:rose|fell|edged|jumped|climbed|slid|dropped|gained|lost|were|was|are|is|traded)\b")


def _acts_as_company(ctx: Sentence, m: Mention, broker: Mention | None = None) -> bool:
    """Goldman Sachs as the company rated, not as the broker: it follows a rating verb's object slot, or it
    is quoted with its code and its own target while another broker speaks ("中金(03908.HK)目标价由19.2港元降到16.5港元";
    the broker that acts, else the one the text named last)."""
    if quoted_as_rated(ctx.text, m, broker or ctx.doc_broker):
        return True
    if _TRADED_AFTER.match(ctx.text, m.end) or any(c.start < m.start and m.end <= c.end for c in ctx.companies):
        return True  # "JPMorgan Chase (JPM -0.37%) shares edged up … after FBR Capital upgraded the banking giant": the
        # stock, and "JPM", its ticker in the brackets
    if _RATED_PASSIVE.match(ctx.text, m.end) or _TOPIC_BEFORE.search(ctx.text, max(0, m.start - 12), m.start) \
            and ctx.text.startswith(",", m.end) or possessive_target(ctx.text, m.start, m.end):
        return True  # "DBS was downgraded to 'sell' by UOB Kay Hian", "For OCBC, the brokerage …", "lowered OCBC's from S$17.60"
    return any(c.start == m.start and c.end == m.end for c in ctx.companies) and _in_object_slot(ctx.text, m)


_RATED_BY_WORDS = r"(?:downgraded|upgraded|initiated|reiterated|rated|cut|raised|lifted|lowered|moved)\b[^.;]{0,40}?\sby\s"
_RATED_PASSIVE = scan.compile(r"(?:\s?\([^()]{1,16}\))?\s(?:was|were|has been|have been|is|got|had been)\s(?:also\s)?" + _RATED_BY_WORDS)
_RATED_BY = scan.compile(r"\b" + _RATED_BY_WORDS + "$")  # the broker a company was rated by comes next
_TOPIC_BEFORE = scan.compile(r"(?:^|[.;,]\s)(?:For|On|As for|As to)\s$")


def quoted_as_rated(text: str, m: Mention, broker: Mention | None) -> bool:
    """A broker named with its code and a target or rating of its own while another broker speaks, or in a
    rating verb's object slot: a listed broker as the company rated."""
    return broker is not None and broker.key != m.key and (_QUOTED_TARGET.match(text, m.end) is not None or _in_object_slot(text, m))


def _in_object_slot(text: str, m: Mention) -> bool:
    return _OBJECT_SLOT.search(text, max(0, m.start - 48), m.start) is not None


# "target price on DBS", "downgraded British bank Barclays" (what it is said to be between), "把中金"
_OBJECT_SLOT = scan.compile(r"(?:rating on|target (?:price )?(?:on|for)|upgraded|downgraded)\s"
                            r"(?:(?:[A-Z][a-z]+\s)?(?:[a-z][\w-]*\s){0,2}(?:bank|lender|broker|brokerage|group|insurer|firm)\s)?$|(?:把|将|对)\s?$")


_QUOTED_TARGET = scan.compile(r"\s?[(（]\s?\d{4,6}(?:\.[A-Za-z]{2})?\s?[)）]\s?的?(?:目标价|评级)|(?<=[)）])\s?的?(?:目标价|评级)")


def _rated_company(ctx: Sentence) -> tuple[str | None, str | None, str | None] | None:
    """The company a rating verb takes as its object ("keeps Intel at Underweight", "upgraded Bank of America
    to Buy"), or None when the sentence has no such shape."""
    text = ctx.text
    for m in _RATED.finditer(text):
        company = next((c for c in ctx.companies if c.start == m.end() and c.key is not None), None)
        link = _RATED_AFTER.match(text, company.end) if company is not None else None
        if link is not None and ctx.lex.ratings.match(text, link.end()):
            return _named_company(ctx, company)
    return None


def _company(ctx: Sentence, pos: int | None, broker: Mention | None = None) -> tuple[str | None, str | None, str | None]:
    """The company a rating is about: the nearest one named in the sentence that is not the broker, else the one
    its paragraph opened with (a movers column's stock), else the one the text named before (a roundup's block
    heading), else the one it named first."""
    source_spans = {(s.start, s.end) for s in ctx.sources if s.entry is not None and s.entry.kind == "broker"}
    plain = [c for c in ctx.companies if c.key is not None and ((c.start, c.end) not in source_spans or _acts_as_company(ctx, c, broker))
             and not _is_broker(c.key, c.name, broker) and not _REPORTS.match(ctx.text, c.end)]  # (not "Benzinga reported that …")
    plain += [s for s in ctx.sources if s.key is not None and (s.start, s.end) in source_spans and _acts_as_company(ctx, s, broker)
              and not any(c.start == s.start for c in plain) and not _is_broker(s.key, s.name, broker)]
    if plain:
        return _named_company(ctx, min(plain, key=lambda c: abs(c.start - pos)) if pos is not None else plain[0])
    earlier = [c for c in (ctx.paragraph_lead, ctx.last_company, ctx.first_company) if c is not None and not _is_broker(c.key, c.name, broker)
               and c.name not in _firms(ctx.doc.text)]
    return _named_company(ctx, earlier[0]) if earlier else (None, None, None)


def _listed_companies(ctx: Sentence, before: int, broker: Mention | None) -> list[tuple[str | None, str | None, str | None]]:
    """The companies a sentence lists side by side before its rating, each with its code ("周大福(01929)、六福集團(00590)
    及周生生(00116)"), when it lists more than one and says not that each has a rating of its own."""
    if _RESPECTIVE.search(ctx.text):
        return []
    coded = [c for c in ctx.companies if c.key is not None and c.ticker and c.end <= before and not _is_broker(c.key, c.name, broker)]
    run: list[Mention] = []
    for c in coded:
        if run and not _COMPANY_AND.fullmatch(ctx.text, run[-1].end, c.start):
            run = []
        run.append(c)
    return [_named_company(ctx, c) for c in run] if len(run) > 1 else []


@lru_cache(maxsize=4)
def _firms(text: str) -> frozenset[str]:
    """The firms the text names by an analyst of theirs who acts ("FBR's (FBCM) Paul Miller raised …"): brokers, whatever
    else their names are."""
    return frozenset(m.group("b") for rx in _ANALYST_FORMS for m in rx.finditer(text))


_REPORTS = scan.compile(r"\s(?:reported|reports|wrote)\b")  # a news service that carried the call
_COMPANY_AND = scan.compile(r"\s?(?:、|,|，|及|和|与|以及|and|, and)\s?")


def _is_broker(key: str | None, name: str | None, broker: Mention | None) -> bool:
    """Whether a company (its key, its name) is the broker that acts ("中金大削其目标价": 中金 is no company rated here;
    "RBC has a price target of $86" after "RBC Capital": the broker by its short name)."""
    return broker is not None and (key is not None and key == broker.key or
                                   bool(name and name.strip()) and ((broker.name or "").strip() + " ").startswith(name.strip() + " "))


def _named_company(ctx: Sentence, best: Mention) -> tuple[str | None, str | None, str | None]:
    name = ctx.names.get(best.key, best.name) or (best.entry.name if best.entry else None)
    ticker = best.ticker or (ctx.doc_tickers.get(best.entry.id) if best.entry else None) or \
        pick_ticker(best.entry, None, None, market_hint(ctx.text))  # the market the sentence names, else the primary listing
    return name, best.key, ticker


def assemble(fragments: list[Fragment]) -> list[RatingAction]:
    """One action per broker and company: a headline and its body, a block's lines, are merged."""
    actions: list[tuple[Fragment, dict]] = []
    last: dict | None = None
    for f in fragments:
        key = ((f.broker.key if f.broker else None), f.company[1])
        target = f.target
        # A fragment with a target only, on a carried company ("Price target set at $63."), completes the action before.
        if last is not None and f.rating is None and (f.company[1] is None or f.carried_company) and \
                (f.broker is None or last["broker_key"] == f.broker.key) and last["target_price"] is None and target is not None:
            _fill(last, f)
            continue
        match = next((a for _, a in actions if (a["broker_key"], a["company_key"]) == key and key != (None, None)), None)
        if match is None and f.broker is None:
            match = next((a for _, a in reversed(actions) if a["company_key"] == f.company[1] and f.company[1]), None)
        elif match is None:  # "最新买入评级 … 研究员:金戈(中信建投) … 目标价:20.01": the broker of an action that named none
            match = next((a for _, a in actions if a["company_key"] == f.company[1] and f.company[1] and a["broker_key"] is None), None)
            if match is not None and target is not None and match["target_price"] not in (None, target.value):
                # "遭多家大行调低目标价，最悲观的只有10.5港元 … 中金目标价下调至13.5元": the broker's own target
                match["target_price"] = match["prior_target_price"] = match["currency"] = None
        if match is not None and _compatible(match, f):
            _fill(match, f)
            last = match
            continue
        if f.rating is None and target is None and not (f.prior_rating and f.words & {"upgrade", "downgrade"}):
            continue  # (but "its rating was cut from 'outperform'" is a downgrade all the same)
        a = {"broker": _broker_name(f), "broker_key": f.broker.key if f.broker else None, "company": f.company[0],
             "company_key": f.company[1], "ticker": f.company[2], "rating": None, "prior_rating": None,
             "target_price": None, "prior_target_price": None, "currency": None, "words": set(), "evidence": f.evidence,
             "target_move": None}
        _fill(a, f)
        actions.append((f, a))
        last = a
    found = [a for _, a in actions]
    for a in [a for a in found if a["broker_key"] and not (a["company"] or a["company_key"])]:
        # "Maybank increased its target price to $13.10 from $12.10 … Maybank kept its 'sell' rating on DBS stock": the
        # broker's one action on a company the text names elsewhere
        same = [b for b in found if b["broker_key"] == a["broker_key"] and (b["company"] or b["company_key"])]
        if len(same) == 1 and _mergeable(same[0], a):
            for k in ("rating", "prior_rating", "target_price", "prior_target_price", "currency", "target_move"):
                same[0][k] = a[k] if same[0][k] is None else same[0][k]
            same[0]["words"] |= a["words"]
    return [_action(a) for a in found if a["company"] or a["company_key"]]


def _mergeable(a: dict, b: dict) -> bool:
    """Whether two actions of one broker can be one: no two different ratings or targets."""
    return all(a[k] is None or b[k] is None or a[k] == b[k] for k in ("rating", "prior_rating", "target_price", "prior_target_price"))


def _respective(t: Metric, n: int, count: int, text: str) -> tuple[str, str, None] | None:
    """The n-th of the companies one name lists when the sentence gives each its own target: "upgraded Ashok Leyland and
    Bajaj Auto …, raising its target prices to Rs 178 per share and Rs 4,493 apiece respectively"."""
    if count < 2 or not t.entity or not _RESPECTIVELY.search(text):
        return None
    parts = re.split(r",\s(?:and\s)?|\sand\s", t.entity)
    if len(parts) != count or not all(p[:1].isupper() for p in parts):
        return None
    return parts[n], names.entity_key(None, None, parts[n]), None


_RESPECTIVELY = scan.compile(r"\brespectively\b|分别")


def _broker_name(f: Fragment) -> str | None:
    if f.broker is None:
        return None
    return f.broker.name or (f.broker.entry.name if f.broker.entry else None)


def _compatible(a: dict, f: Fragment) -> bool:
    if f.rating and a["rating"] and rank(f.rating) != rank(a["rating"]) and f.prior_rating is None:
        return False
    if "initiate" in f.words and a["words"] & {"upgrade", "downgrade"} or "initiate" in a["words"] and f.words & {"upgrade", "downgrade"}:
        return False  # a first rating and a change of rating are two actions (a roundup's two sections)
    if f.target is not None and a["target_price"] is not None and abs(f.target.value - a["target_price"]) > 0.5 * a["target_price"]:
        return False
    return True


def _fill(a: dict, f: Fragment) -> None:
    if a["broker"] is None and f.broker is not None:
        a["broker"], a["broker_key"] = _broker_name(f), f.broker.key
    for k, v in (("rating", f.rating), ("prior_rating", f.prior_rating)):
        if v is not None and a[k] is None:
            a[k] = v
    if f.target is not None:
        t = f.target
        if a["target_price"] is None or (t.prior_value is not None and a["prior_target_price"] is None):
            a["target_price"], a["currency"] = t.value, t.unit
            a["prior_target_price"] = t.prior_value if t.prior_value is not None else a["prior_target_price"]
        if a["target_move"] is None:
            a["target_move"] = _target_move(f)
    elif a["target_move"] is None and (moved := _TARGET_MOVED_BY.search(f.evidence)) is not None:
        a["target_move"] = "cut_target" if moved.group("down") else "raise_target"
    a["words"] |= f.words
    if a["company"] is None and f.company[0]:
        a["company"], a["company_key"], a["ticker"] = f.company


def _target_move(f: Fragment) -> str | None:
    t = f.target
    if t.prior_value is not None and t.value is not None and t.value != t.prior_value:
        return "raise_target" if t.value > t.prior_value else "cut_target"
    text = f.evidence.translate(t2s_table())  # the sentence as written: 下調 reads as 下调
    if _TARGET_UP.search(text) and not _TARGET_DOWN.search(text):
        return "raise_target"
    if _TARGET_DOWN.search(text) and not _TARGET_UP.search(text):
        return "cut_target"
    return None


def _action(a: dict) -> RatingAction:
    words = a["words"]
    rating, prior = a["rating"], a["prior_rating"]
    if "initiate" in words:
        action = "initiate"
    elif prior is not None and rating is not None and rank(prior) != rank(rating):
        action = "upgrade" if rank(rating) > rank(prior) else "downgrade"
    elif "upgrade" in words or "downgrade" in words:
        action = "upgrade" if "upgrade" in words else "downgrade"
    elif a["target_move"]:
        action = a["target_move"]
    elif "reiterate" in words:
        action = "reiterate"
    else:
        action = "maintain"
    return RatingAction(
        broker=a["broker"], company=a["company"], ticker=a["ticker"], action=action, rating=rating, prior_rating=prior,
        target_price=a["target_price"], prior_target_price=a["prior_target_price"], currency=a["currency"],
        evidence=a["evidence"], company_key=a["company_key"], broker_key=a["broker_key"], confidence=confidence.of("rating"))
