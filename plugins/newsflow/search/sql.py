"""Search from SQL, in `newsflow sql` sessions: `search('宁德时代 目标价', lang := 'zh', since := DATE
'2025-09-01', until := …, outlet := 'feed')` gives the rows of search.ranked for the query's terms."""

from __future__ import annotations

import duckdb

from .analyze import query_terms

SEARCH_MACRO = """
CREATE TEMP MACRO search(q, lang := NULL, since := NULL, until := NULL, outlet := NULL) AS TABLE
    SELECT * FROM search.ranked(search_terms(q), lang := lang, since := since, until := until, outlet := outlet)
"""


def add_search_function(con: duckdb.DuckDBPyConnection) -> None:
    """`search_terms(text)` (the query analyzer, in Python) and the `search(...)` table macro over it."""
    con.create_function("search_terms", query_terms, ["VARCHAR"], "VARCHAR[]", side_effects=False)
    con.execute(SEARCH_MACRO)
