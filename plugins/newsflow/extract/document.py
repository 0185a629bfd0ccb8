"""One text through the pipeline: normalise, split into sentences, find mentions and periods,
then read metrics and rating actions sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import Extraction
from .entities import Gazetteer, Mention, find_mentions, ticker_spans
from .lexicon import Lexicon
from .metrics import sentence_metrics
from .periods import Period, find_periods, years_in
from .ratings import sentence_ratings
from .sentences import Normalized, normalize, split_sentences

# Clause boundaries: commas (not thousands separators), semicolons, colons, dashes, 、, "while", "but".
_CLAUSE = re.compile(r",(?!\d{3}(?!\d))|[;:、]|\s[-–—]\s|\s(?:while|but|whereas|and (?:has|have|is|was))\s|，")
# Hard breaks end the reach of a modality word ("expects ..."): a new subject follows.
_HARD = re.compile(r";|\s(?:while|but|whereas|meanwhile)\s|;|而|但")
# A sentence that goes on about the previous one's company: after ";", or opening with a pronoun.
_CONTINUES = re.compile(r"^(?:its?\b|the (?:company|group|firm|bank|carmaker|automaker|insurer|lender)\b|"
                        r"公司|该公司|集团|该集团|其|同期|此外|其中|报告期内)", re.IGNORECASE)
_NUMERAL = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]")
_YEN = re.compile(r"\byen\b|日元|円|\bJapan", re.IGNORECASE)


@dataclass
class Sentence:
    doc: Normalized
    start: int  # offsets of the sentence in doc.text
    end: int
    text: str
    companies: list[Mention]  # offsets relative to the sentence
    sources: list[Mention]
    default_year: int | None
    clause_breaks: list[int]
    hard_breaks: list[int]
    doc_tickers: dict[str, str]  # entity id -> ticker mentioned anywhere in the text
    carried: Mention | None  # the previous sentence's company, when this one continues it
    yen: bool
    gz: Gazetteer
    lex: Lexicon

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text, self.default_year)

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


def extract_document(text: str, gz: Gazetteer, lex: Lexicon) -> Extraction:
    doc = normalize(text)
    norm = doc.text
    out = Extraction()
    if not norm.strip():
        return out
    companies, sources = find_mentions(norm, gz)
    doc_tickers: dict[str, str] = {}
    for c in companies:
        if c.entry is not None and c.ticker:
            doc_tickers.setdefault(c.entry.id, c.ticker)
    years = years_in(norm)
    default_year = max(years) if years else None
    yen = bool(_YEN.search(norm))
    last_company: Mention | None = None
    prev_end_char = ""
    for s_start, s_end in split_sentences(norm):
        sent = norm[s_start:s_end]
        mine = [_shift(m, s_start) for m in companies if s_start <= m.start and m.end <= s_end]
        carried = last_company if (not mine and (prev_end_char == ";" or _CONTINUES.match(sent))) else None
        named = [m for m in mine if m.entry is not None]
        if named:
            last_company = named[-1]
        elif carried is None:
            last_company = None
        prev_end_char = sent[-1]
        has_numbers = _NUMERAL.search(sent) is not None
        ctx = Sentence(
            doc=doc, start=s_start, end=s_end, text=sent,
            companies=mine,
            sources=[_shift(m, s_start) for m in sources if s_start <= m.start and m.end <= s_end],
            default_year=default_year,
            clause_breaks=[m.end() for m in _CLAUSE.finditer(sent)],
            hard_breaks=[m.end() for m in _HARD.finditer(sent)],
            doc_tickers=doc_tickers, carried=carried, yen=yen, gz=gz, lex=lex,
        )
        metrics = sentence_metrics(ctx, ticker_spans(sent)) if has_numbers else []
        out.metrics.extend(metrics)
        out.rating_actions.extend(sentence_ratings(ctx, metrics))
    return out


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start - by, m.end - by, m.entry, m.ticker)
