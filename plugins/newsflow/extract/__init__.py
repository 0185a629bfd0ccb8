"""Key metrics and rating actions from English and Chinese financial news, rules-based.

    >>> extract("Goldman Sachs raised Alibaba's target price from $163 to $179.").metrics[0].value
    179.0
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Protocol, runtime_checkable

EXTRACTOR_VERSION = "rules-2.0.96"


@dataclass
class Metric:
    metric: str | None
    value: float | None
    low: float | None = None
    high: float | None = None
    prior_value: float | None = None
    prior_low: float | None = None
    prior_high: float | None = None
    unit: str | None = None
    period: str | None = None
    basis: str | None = None  # yoy, qoq, hoh
    modality: str = "actual"  # actual, forecast, target, guidance
    entity: str | None = None
    ticker: str | None = None
    attributed_to: str | None = None
    span: tuple[int, int] = (0, 0)  # [start, end) of the value expression in the input text
    evidence: str = ""  # the sentence that holds it
    entity_key: str | None = None  # one key per entity across scripts, languages and codes (see entities.entity_key)
    confidence: float = 1.0  # 0-1: how sure the extractor is of the whole row


@dataclass
class RatingAction:
    broker: str | None
    company: str | None
    ticker: str | None
    action: str  # upgrade, downgrade, maintain, reiterate, initiate
    rating: str | None
    prior_rating: str | None = None
    target_price: float | None = None
    prior_target_price: float | None = None
    currency: str | None = None
    evidence: str = ""
    company_key: str | None = None
    broker_key: str | None = None
    confidence: float = 1.0


@dataclass
class Extraction:
    metrics: list[Metric] = field(default_factory=list)
    rating_actions: list[RatingAction] = field(default_factory=list)

    def to_dict(self) -> dict[str, list[dict]]:
        metrics = []
        for m in self.metrics:
            d = asdict(m)
            d["span"] = list(m.span)
            metrics.append(d)
        return {"metrics": metrics, "rating_actions": [asdict(r) for r in self.rating_actions]}


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns one text into an Extraction (rules now, a model later)."""

    version: str

    def extract(self, text: str, published: date | None = None) -> Extraction: ...


class RulesExtractor:
    """Deterministic extractor driven by data/lexicon.yaml and data/gazetteer.yaml."""

    version = EXTRACTOR_VERSION

    def __init__(self, gazetteer_path: str | None = None) -> None:
        from . import compiled
        from .document import extract_document
        from .entities import load_gazetteer
        from .lexicon import lexicon

        self._extract_document = extract_document
        self.gazetteer = load_gazetteer(gazetteer_path)
        self.lexicon = lexicon()
        compiled.save()  # every table is compiled by now: the next process reads them from the cache

    def extract(self, text: str, published: date | None = None) -> Extraction:
        """`published`: the article's publication date, which gives the year of a period the text
        states without one ("second quarter")."""
        if not isinstance(text, str):
            raise TypeError(f"extract() needs a str, got {type(text).__name__}")
        return self._extract_document(text, self.gazetteer, self.lexicon, published)


def vocabulary() -> dict[str, frozenset[str]]:
    """Every unit, rating and rating action the rules extractor can write (the quality gate's lists).
    Read from the word lists as written: the gate needs no compiled extractor."""
    from .lexicon import lexicon_words
    from .quantities import COUNT_NOUNS
    from .ratings import ACTIONS
    from .tables import rating_name
    from .units import CURRENCIES, SUFFIX_UNITS

    words = lexicon_words()
    units = frozenset(SUFFIX_UNITS.values()) | CURRENCIES | frozenset(COUNT_NOUNS.values()) | \
        frozenset(words["default_units"].values()) | frozenset(words["subject_units"].values())
    return {"units": units, "ratings": frozenset(rating_name(label) for label in words["ratings"]),
            "actions": frozenset(ACTIONS)}


_default: RulesExtractor | None = None


def extract(text: str, published: date | None = None) -> Extraction:
    """Metrics and rating actions of `text` with the default rules extractor."""
    global _default
    if _default is None:
        _default = RulesExtractor()
    return _default.extract(text, published)


__all__ = ["EXTRACTOR_VERSION", "Extraction", "Extractor", "Metric", "RatingAction", "RulesExtractor", "extract", "vocabulary"]
