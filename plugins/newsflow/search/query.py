"""A query's stories: the best-matching articles (search.ranked, one per story) with a snippet of each,
the query's words highlighted where the article writes them (Traditional or Simplified, any inflection)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from .. import store
from ..config import Settings
from .analyze import query_terms, term_spans
from .index import articles_by_id

SNIPPET_CHARS = 200
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    terms_matched: int
    query_terms: int
    article_id: str
    cluster_id: str
    title: str
    url: str | None
    feed: str
    language: str
    published_at: datetime
    n_outlets: int
    outlets: list[str]
    n_articles: int
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans of `snippet`


@dataclass(frozen=True)
class SearchResult:
    query: str
    terms: list[str]  # the query as searched: its analysed terms
    hits: list[Hit]

    @property
    def partial(self) -> bool:
        """No article has every term: the hits are those with the most of them."""
        return bool(self.hits) and self.hits[0].terms_matched < self.hits[0].query_terms


class NoIndex(store.StoreError):
    """The database has no search index yet."""


def search(settings: Settings, query: str, *, lang: str | None = None, since: date | None = None,
           until: date | None = None, feed: str | None = None, limit: int = 10) -> SearchResult:
    """The `limit` best stories for `query`, most relevant first."""
    terms = query_terms(query)
    if not terms:
        return SearchResult(query, [], [])
    with store.connect(settings, read_only=True) as con:
        try:
            cur = con.execute(
                "SELECT * FROM search.ranked($terms, lang := $lang, since := $since, until := $until, "
                "outlet := $feed, max_results := $limit)",
                {"terms": terms, "lang": lang, "since": since, "until": until, "feed": feed, "limit": limit})
        except duckdb.CatalogException as exc:
            raise NoIndex(f"{settings.store_name} has no search index yet: `newsflow index` builds it and "
                          "refreshes the read copy (the process stage keeps it up to date)") from exc
        columns = [d[0] for d in cur.description]
        rows = [dict(zip(columns, row)) for row in cur.fetchall()]
        bodies = dict(articles_by_id(con, [r["article_id"] for r in rows], ("article_id", "body_text"))) if rows else {}
    wanted = set(terms)
    hits = []
    for row in rows:
        text, spans = snippet(bodies[row["article_id"]], wanted)
        hits.append(Hit(**row, snippet=text, highlights=spans))
    return SearchResult(query, terms, hits)


def snippet(text: str, terms: set[str], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """The stretch of `text` (about `width` characters) with the most distinct query terms, whitespace
    collapsed, and where the terms are in it."""
    found = term_spans(text, terms)[:500]
    start = _best_window(found, width)
    if found:  # begin at a word, a little before the first match
        start = max(0, start - width // 5)
        while 0 < start < len(text) and not text[start - 1].isspace() and text[start - 1].isascii():
            start += 1
    end = min(len(text), start + width)
    while 0 < end < len(text) and not text[end].isspace() and text[end].isascii():
        end -= 1
    end = end if end > start else min(len(text), start + width)
    pieces, cursor = [], start
    for s, e in _merged([(s, e) for _, s, e in found if s >= start and e <= end]):
        pieces += [(text[cursor:s], False), (text[s:e], True)]
        cursor = e
    pieces.append((text[cursor:end], False))
    out, spans = "…" if start > 0 else "", []
    for piece, marked in pieces:
        piece = _SPACE.sub(" ", piece)
        if marked:
            spans.append((len(out), len(out) + len(piece)))
        out += piece
    if end < len(text):
        out += "…"
    stripped = out.lstrip()
    shift = len(out) - len(stripped)
    return stripped.rstrip(), [(s - shift, e - shift) for s, e in spans]


def _best_window(found: list[tuple[str, int, int]], width: int) -> int:
    """Start of the `width`-character window holding the most distinct terms (the earliest such)."""
    best, best_start = 0, 0
    for i, (_, start, _) in enumerate(found):
        distinct = {term for term, s, e in found[i:] if e <= start + width}
        if len(distinct) > best:
            best, best_start = len(distinct), start
    return best_start


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (目标 and 目标价 and 标价 give one highlight)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
