"""`newsflow search` and `newsflow index`: full-text search over the stored articles, from the shell."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from ..sql_cli import positive_int

FORMATS = ("table", "json", "csv", "markdown")


def add_search_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="words to find, English or Chinese (Traditional or Simplified)")
    parser.add_argument("--lang", choices=("en", "zh", "und"), help="only articles in this language")
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="published on or after (UTC)")
    parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="published on or before (UTC)")
    parser.add_argument("--feed", help="only articles this feed carried")
    parser.add_argument("--limit", type=positive_int, default=10, metavar="N", help="stories to show (default 10)")
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.add_argument("--db", type=Path, help="DuckDB file (default: the read copy of $NEWSFLOW_HOME)")
    parser.add_argument("--live", action="store_true", help="read the working database, not the read copy")


def search_main(args) -> int:
    from ..cli import console, reader
    from .query import search

    result = search(reader(args), args.query, lang=args.lang, since=args.since, until=args.until,
                    feed=args.feed, limit=args.limit)
    if not result.terms:
        console.print("nothing to search for: the query has no searchable words", highlight=False)
    elif not result.hits:
        console.print(f"no article matches {' '.join(result.terms)}", highlight=False)
    elif result.partial:
        console.print(f"no article has every word ({' '.join(result.terms)}); showing those with "
                      f"{result.hits[0].terms_matched} of {len(result.terms)}", highlight=False)
    {"table": _table, "json": _json, "csv": _csv, "markdown": _markdown}[args.format](result.hits)
    return 0


def index_main(args) -> int:
    from .. import store
    from ..cli import console
    from ..config import Settings
    from ..pipeline import index_articles

    settings = Settings.from_env(db_path=args.db)
    with store.stage_lock(settings, "process"):  # one indexer at a time: the process stage indexes too
        indexed = index_articles(settings)
    if indexed:
        store.publish_read_copy(settings)  # what `newsflow search` reads by default
    console.print(f"search index up to date: {indexed} article(s) indexed", highlight=False)
    return 0


def _table(hits) -> None:
    """One line per story: rank, day, outlets, title, the words in context; cut to the terminal."""
    from ..sql_cli import terminal_width

    out, width = Console(highlight=False, soft_wrap=True), terminal_width()
    outlet_cells = min(18, max(cell_len(_outlets(hit)) for hit in hits)) if hits else 0
    for hit in hits:
        head = f"{hit.rank:>2}  {hit.published_at:%Y-%m-%d}  {set_cell_size(_outlets(hit), outlet_cells)}  "
        room = max(24, width - cell_len(head))
        title = _fit(hit.title, max(12, room * 2 // 5)) + "  "
        line = Text(head + title)
        line.append_text(_in_context(hit.snippet, hit.highlights, room - cell_len(title)))
        line.truncate(width, overflow="ellipsis")
        out.print(line)


def _outlets(hit) -> str:
    return hit.feed + (f" +{hit.n_outlets - 1}" if hit.n_outlets > 1 else "")


def _in_context(snippet: str, spans: list[tuple[int, int]], cells: int) -> Text:
    """The snippet, begun shortly before its first match when it would not fit, matches in bold."""
    if spans and cell_len(snippet[:spans[0][1]]) > cells:
        cut = max(0, spans[0][0] - max(4, cells // 6))
        while cut > 0 and snippet[cut - 1].isascii() and not snippet[cut - 1].isspace():
            cut -= 1  # from the start of a word
        snippet, spans = "…" + snippet[cut:], [(s - cut + 1, e - cut + 1) for s, e in spans]
    text = Text(snippet, style="dim")
    for start, end in spans:
        text.stylize("bold yellow not dim", start, end)
    return text


def _fit(text: str, cells: int) -> str:
    return text if cell_len(text) <= cells else set_cell_size(text, cells - 1) + "…"


def _record(hit) -> dict:
    return {"rank": hit.rank, "score": hit.score, "title": hit.title, "url": hit.url, "feed": hit.feed,
            "outlets": hit.outlets, "n_outlets": hit.n_outlets, "language": hit.language,
            "published_at": hit.published_at.isoformat(), "article_id": hit.article_id,
            "cluster_id": hit.cluster_id, "terms_matched": hit.terms_matched, "snippet": hit.snippet,
            "highlights": hit.highlights}


def _starred(hit) -> str:
    """The snippet with its matches in **bold** (Markdown), for the text formats."""
    out, cursor = "", 0
    for start, end in hit.highlights:
        out += hit.snippet[cursor:start] + "**" + hit.snippet[start:end] + "**"
        cursor = end
    return out + hit.snippet[cursor:]


def _json(hits) -> None:
    for hit in hits:
        print(json.dumps(_record(hit), ensure_ascii=False))


def _csv(hits) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["rank", "published_at", "feed", "n_outlets", "title", "url", "snippet"])
    for hit in hits:
        writer.writerow([hit.rank, hit.published_at.isoformat(), hit.feed, hit.n_outlets, hit.title, hit.url,
                         _starred(hit)])


def _markdown(hits) -> None:
    from tabulate import tabulate

    rows = [[hit.rank, f"{hit.published_at:%Y-%m-%d}", ", ".join(hit.outlets),
             f"[{hit.title}]({hit.url})" if hit.url else hit.title, _starred(hit)] for hit in hits]
    print(tabulate(rows, headers=["#", "day", "outlets", "story", "in context"], tablefmt="github"))
