"""The search index, kept up to date one batch of articles at a time: only articles not yet indexed, or
whose text or analyzer changed since, are cut into terms (`pending`, `texts`, `postings`, `store`); `compact`
keeps the postings in term order so a search reads only its terms' row groups."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

import duckdb

from ..store import SQL_DIR, claim, literal
from .analyze import index_terms

TITLE_WEIGHT = 3  # a term in the title counts as three in the body
# The unsorted tail a search scans in full: compacted once it passes this many rows or this share
COMPACT_MIN_ROWS, COMPACT_SHARE = 200_000, 0.25


def pending(con: duckdb.DuckDBPyConnection, analyzer: str) -> list[tuple[str, bool]]:
    """The articles the index lacks or holds in an old form: (article id, whether it holds one)."""
    return con.execute(f"""
        SELECT a.article_id, d.article_id IS NOT NULL FROM core.articles a
        LEFT JOIN search.documents d USING (article_id)
        WHERE d.article_id IS NULL OR d.content_hash <> a.content_hash OR d.analyzer <> {literal(analyzer)}
        ORDER BY a.article_id
        """).fetchall()


ARTICLE_COLUMNS = ("article_id", "title", "body_text", "content_hash", "language", "published_at", "feed")


def articles_by_id(con: duckdb.DuckDBPyConnection, ids: list[str], columns: tuple[str, ...]) -> list[tuple]:
    """These articles' columns, in the order of their ids. The rows are found by their ids first and only
    theirs read: a filter on article_id alone would decompress every article's body (core.articles has no
    key index)."""
    return con.execute(f"SELECT {', '.join(columns)} FROM core.articles WHERE rowid IN (SELECT rowid FROM core.articles "
                       "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))) ORDER BY article_id", [ids]).fetchall()


def texts(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict]:
    """What the index takes of these articles (ARTICLE_COLUMNS), in the order of their ids, so the doc numbers
    they get do not depend on how the store returns them."""
    return [dict(zip(ARTICLE_COLUMNS, row)) for row in articles_by_id(con, ids, ARTICLE_COLUMNS)]


def postings(article: dict, analyzer: str) -> tuple[dict, dict[str, int]]:
    """An article's document row (without its doc number) and its terms' frequencies, title weighted."""
    counts = Counter(term for term, _, _ in index_terms(article["body_text"]))
    for term, _, _ in index_terms(article["title"]):
        counts[term] += TITLE_WEIGHT
    document = {key: article[key] for key in ("article_id", "language", "published_at", "feed", "content_hash")}
    document.update(length=sum(counts.values()), analyzer=analyzer, indexed_at=datetime.now(timezone.utc))
    return document, counts


def store(con: duckdb.DuckDBPyConnection, indexed: list[tuple[dict, dict[str, int]]], replaced: list[str]) -> None:
    """Add these articles to the index under new doc numbers, in place of what it held of `replaced` (in
    the caller's transaction; new articles need no delete, which would scan every posting)."""
    if not indexed:
        return
    import pandas as pd

    claim(con, "search.documents")  # doc numbers follow the highest stored: one indexer at a time on a lake
    if replaced:
        con.execute("DELETE FROM search.postings WHERE doc IN (SELECT doc FROM search.documents "
                    "WHERE article_id IN (SELECT unnest(?::VARCHAR[])))", [replaced])
        con.execute("DELETE FROM search.documents WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced])
    first = con.execute("SELECT coalesce(max(doc), 0) + 1 FROM search.documents").fetchone()[0]
    documents = pd.DataFrame([{"doc": first + n, **document} for n, (document, _) in enumerate(indexed)])
    rows = pd.DataFrame([(term, first + n, tf) for n, (_, counts) in enumerate(indexed) for term, tf in counts.items()],
                        columns=["term", "doc", "tf"])
    con.execute("INSERT INTO search.documents BY NAME SELECT * FROM documents")
    con.execute("INSERT INTO search.postings BY NAME SELECT * FROM rows ORDER BY term")


def compact(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Rewrite the postings in term order once the unsorted tail is long enough to slow searches.
    Returns whether it did. Runs in the caller's transaction."""
    total = con.execute("SELECT count(*) FROM search.postings").fetchone()[0]
    sorted_rows = con.execute("SELECT coalesce(max(sorted_rows), 0) FROM search.index_state").fetchone()[0]
    tail = total - min(sorted_rows, total)
    if not force and tail < max(COMPACT_MIN_ROWS, COMPACT_SHARE * sorted_rows):
        return False
    claim(con, "search.documents")
    con.execute("ALTER TABLE search.postings RENAME TO postings_unsorted")
    con.execute((SQL_DIR / "search" / "postings.sql").read_text(encoding="utf-8"))  # the table as defined
    con.execute("INSERT INTO search.postings SELECT * FROM search.postings_unsorted ORDER BY term, doc")
    con.execute("DROP TABLE search.postings_unsorted")
    con.execute("DELETE FROM search.index_state")
    con.execute("INSERT INTO search.index_state VALUES (?, now())", [total])
    return True
