"""Rating actions: upgrade/downgrade/maintain/reiterate/initiate with rating, prior rating and target."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import Metric, RatingAction
from .lexicon import label_of

if TYPE_CHECKING:
    from .document import Sentence

# A rating word counts only in a rating context: quoted, next to "rating"/评级, or after to/at/维持.
_CONTEXT_BEFORE = re.compile(r"(?:\bto|\bat|\bas|\ba|\ban|\bits|rated|rating of|maintain(?:s|ed|ing)?|reiterat(?:es|ed|ing)|keeps?|kept|维持|给予|上调至|下调至|调升至|调降至|评级为|评级|至|为|由|从|from)\s?[\"“'‘「『]?\s?$", re.IGNORECASE)
_CONTEXT_AFTER = re.compile(r"^\s?[\"”'’」』]?\s?(?:rating|评级|call|recommendation)", re.IGNORECASE)
_PRIOR_AFTER = re.compile(r"^\s?[\"”'’」』]?\s?(?:rating\s)?(?:to|至|到|上调至|下调至|调升至|调降至|上调到|下调到)", re.IGNORECASE)
_RATING_TALK = re.compile(r"rating|rated|coverage|评级", re.IGNORECASE)
_EARLIER_BEFORE = re.compile(r"(?:此前为|此前|之前为|原为|前次为|previously|prior rating of)\s?[\"“'‘「『]?\s?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:from|由|从)\s?[\"“'‘「『]?\s?$", re.IGNORECASE)


def sentence_ratings(ctx: Sentence, metrics: list[Metric]) -> list[RatingAction]:
    lex = ctx.lex
    text = ctx.text
    found = []
    for m in lex.ratings.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        after = text[m.end():m.end() + 14]
        if _CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after):
            found.append(m)
    if len(found) == 1 and found[0].group().islower() and found[0].group().isascii() and \
            not _RATING_TALK.search(text) and not lex.actions.search(text):
        found = []  # "aims to sell 3 million vehicles", "plans to buy back", "voted to hold": verbs
    if not found:
        return []
    # "from hold to buy" / "由中性上调至买入": the first is the prior rating.
    prior = None
    rating_m = found[-1]
    for m in found[:-1]:
        if _FROM_BEFORE.search(text[max(0, m.start() - 8):m.start()]) or _PRIOR_AFTER.match(text[m.end():m.end() + 10]):
            prior = m
    tail = text[rating_m.end():rating_m.end() + 24]
    tail_from = re.match(r"^\s?[\"”'’」』]?\s?(?:rating\s)?,?\s?from\s(?:an?\s|the\s)?[\"“'‘]?", tail, re.IGNORECASE)
    if tail_from:
        nxt = [m for m in found if m.start() >= rating_m.end()]
        if nxt:
            prior = nxt[0]
    if len(found) >= 2 and prior is None:
        # "upgraded to buy from hold"
        first, second = found[0], found[1]
        if re.search(r"\bfrom\s?[\"“'‘]?\s?$", text[max(0, second.start() - 10):second.start()], re.IGNORECASE):
            rating_m, prior = first, second
    if len(found) >= 2 and _EARLIER_BEFORE.search(text, max(0, found[-1].start() - 10), found[-1].start()):
        rating_m, prior = found[-2], found[-1]  # "下调…评级至“增持”（此前为“买入”）"
    # The strongest action word in the sentence wins: "首次覆盖...给予买入" is an initiation.
    labels = {label_of(a) for a in lex.actions.finditer(text)}
    action = next((a for a in _ACTION_ORDER if a in labels), None)
    if action is None:
        action = "upgrade" if prior is not None else "maintain"
    if prior is not None and action != "initiate":
        action = _compare(lex_rank(label_of(prior)), lex_rank(label_of(rating_m))) or action
    target = next((x for x in metrics if x.metric == "target_price"), None)
    broker = next((s.entry.name for s in ctx.sources if s.entry is not None and s.entry.kind == "broker"), None)
    if broker is None and ctx.doc_broker is not None and ctx.doc_broker.entry is not None:
        broker = ctx.doc_broker.entry.name  # "该行将阿里巴巴美股目标价…" after "高盛发布研报称…"
    company, ticker = (target.entity, target.ticker) if target else _company(ctx, rating_m.start())
    return [RatingAction(
        broker=broker, company=company, ticker=ticker, action=action,
        rating=_rating(label_of(rating_m)), prior_rating=_rating(label_of(prior)) if prior else None,
        target_price=target.value if target else None,
        prior_target_price=target.prior_value if target else None,
        currency=target.unit if target else None,
        evidence=ctx.evidence(),
    )]


_ACTION_ORDER = ("initiate", "upgrade", "downgrade", "reiterate", "maintain")
_RANK = {"strong_buy": 5, "buy": 4, "overweight": 4, "outperform": 4, "hold": 3, "neutral": 3,
         "underweight": 2, "underperform": 2, "sell": 1}


def lex_rank(rating: str) -> int:
    return _RANK.get(rating, 3)


def _compare(prior: int, now: int) -> str | None:
    return "upgrade" if now > prior else "downgrade" if now < prior else None


def _rating(label: str) -> str:
    return "buy" if label == "strong_buy" else label


def _company(ctx: Sentence, pos: int) -> tuple[str | None, str | None]:
    source_spans = {(s.start, s.end) for s in ctx.sources}
    plain = [c for c in ctx.companies if c.entry is not None and (c.start, c.end) not in source_spans]
    if not plain:
        return None, None
    best = plain[0]
    from .entities import market_hint, pick_ticker
    return best.entry.name, pick_ticker(best.entry, None, best.ticker or ctx.doc_tickers.get(best.entry.id),
                                        market_hint(ctx.text))
