"""What a stage did, as a few readable lines for its log: counts, timings and each problem with its reason.

The stages log these lines at INFO through their module loggers (`newsflow.pipeline`, `newsflow.publish`),
so Airflow's task logs show them; the command line shows them only when asked (`newsflow -v`, or
NEWSFLOW_LOG_LEVEL). Every problem listed here is also recorded in the database; past MAX_PROBLEM_LINES
the rest are counted, so a feed gone bad cannot flood a log.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import IngestReport, ProcessReport
    from .publish import PublishReport

MAX_PROBLEM_LINES = 20


def ingest_lines(report: IngestReport, seconds: float) -> list[str]:
    pushed = [f for f in report.fetches if f.get("via") == "push"]
    fetches = [f for f in report.fetches if f.get("via") != "push"]
    counts = Counter(f["outcome"] for f in fetches)
    received = sum(f["bytes"] or 0 for f in fetches)
    failures = [f"feed {f['feed']} failed: {f['error']} ({f['url']})" for f in report.fetches
                if f["outcome"] == "failed"]
    lines = []
    if pushed:
        by_feed = Counter(f["feed"] for f in pushed)
        lines.append(f"ingest {report.run_id}: {len(pushed)} pushed bodies recorded (WebSub): "
                     + ", ".join(f"{feed} {n}" for feed, n in sorted(by_feed.items()))
                     + f"; {sum(f['bytes'] or 0 for f in pushed):,} bytes")
    if fetches or not pushed:
        lines.append(f"ingest {report.run_id}: {len(fetches)} feeds fetched: {counts['ok']} ok, "
                     f"{counts['not_modified']} not modified, {counts['failed']} failed; {received:,} bytes in "
                     f"{seconds:.1f} s")
    return [*lines, *_capped(failures, "raw.fetches")]


def batch_line(number: int, bodies: int, batch: ProcessReport, seconds: float) -> str:
    """One batch of the process stage; `batch` holds what that batch added to the run's report."""
    b = batch
    return (f"batch {number}: {bodies} feed bodies, {b.entries} entries ({b.new_entries} new), "
            f"{b.new_articles} new articles, {b.duplicates} duplicates, {b.revised} revised, "
            f"{len(b.rejected)} rejected, {len(b.quarantined)} quarantined, "
            f"pages {b.pages_fetched} fetched / {len(b.pages_failed)} failed, {b.metrics} metrics, "
            f"{b.rating_actions} rating actions, stories {b.new_stories} new / {b.joined_stories} joined, "
            f"{seconds:.1f} s")


def reread_line(reread: ProcessReport, seconds: float) -> str:
    return (f"read again: {reread.articles_extracted} stored articles (new extractor version, corrected, or left "
            f"unread by an interrupted run): {reread.metrics} metrics, {reread.rating_actions} rating actions, "
            f"{seconds:.1f} s")


def process_lines(report: ProcessReport, batches: int, seconds: float) -> list[str]:
    r = report
    if not (batches or r.articles_extracted or r.indexed or r.new_stories or r.joined_stories):
        return [f"process: no fetched feed body waiting, nothing to do ({seconds:.1f} s)"]
    lines = [
        f"process: {r.feeds_parsed} feed bodies parsed in {_count(batches, 'batch', 'batches')}, {seconds:.1f} s: "
        f"{r.entries} entries ({r.new_entries} new, {r.repeats} seen before), {r.new_articles} new articles, "
        f"{r.duplicates} duplicates, {r.revised} revised, {len(r.rejected)} entries rejected, "
        f"{len(r.quarantined)} bodies quarantined",
        f"process: {r.articles_extracted} articles read: {r.metrics} metrics, {r.rating_actions} rating actions; "
        f"stories {r.new_stories} new / {r.joined_stories} joined; pages {r.pages_fetched} fetched / "
        f"{len(r.pages_failed)} failed; {r.indexed} articles indexed for search",
    ]
    if r.entries_dropped or r.truncated:
        lines.append(f"limits: {r.entries_dropped} older entries over the per-fetch limit dropped, "
                     f"{r.truncated} texts cut at the length limit")
    problems = [f"quarantined a body of {q['feed']} (`newsflow replay` after a fix): {q['error']}"
                for q in r.quarantined]
    problems += [f"feed {p['feed']}: {p['error']}" for p in r.not_feeds]
    problems += [f"feed {p['feed']} is malformed, entries kept: {p['reason']}" for p in r.bozo]
    rejected = Counter((p["feed"], p["reason"]) for p in r.rejected)  # one line per feed and reason
    problems += [f"rejected {_count(n, 'entry', 'entries')} of {feed}: {reason}"
                 for (feed, reason), n in rejected.items()]
    problems += [f"page of {p['feed']} failed: {p['url']}: {p['error']}" for p in r.pages_failed]
    return lines + _capped(problems, "raw.feed_parses, core.rejected_entries, raw.fetches")


def publish_lines(report: PublishReport, seconds: float) -> list[str]:
    r = report
    if r.status == "up_to_date":
        return [f"publish: up to date, nothing to publish: no article loaded, corrected or read again since the "
                f"last published run ({seconds:.1f} s)"]
    passed = r.status == "published"
    outcome = "gate passed, published" if passed else "gate FAILED, nothing published, marts unchanged"
    lines = [f"publish {r.run_id} ({r.day or 'every day'}): {outcome}, {seconds:.1f} s; {r.expectations} "
             f"expectations run, {len(r.blocking_failures)} blocking failed, "
             f"{_count(len(r.warnings), 'warning', 'warnings')}, {r.flagged_rows} rows flagged"]
    for f in r.blocking_failures + r.warnings:
        found = f"{f['unexpected_count']} of {f['element_count']} rows" if f["unexpected_count"] is not None \
            else f"observed {str(f['observed_value'])[:200]}"
        lines.append(f"{f['severity']} expectation failed: {f['suite']}.{f['expectation']} ({found})")
    for name, rows in r.marts.items():
        days = r.rebuilt.get(name)
        parquet = f", {_count(len(r.parquet[name]), 'Parquet partition', 'Parquet partitions')} written" \
            if r.parquet.get(name) else ""
        lines.append(f"marts.{name}: {rows} rows{'' if passed else ' staged, not published'}; "
                     f"rebuilt {_days(days)}{parquet}")
    written = [part for parts in r.parquet.values() for part in parts]  # <root>/<mart>/day=YYYY-MM-DD
    where = [f"Parquet under {Path(written[0]).parents[1]}"] if written else []
    if r.read_copy:
        where.append(f"read copy {r.read_copy}")
    where.append(f"Data Docs {r.data_docs or '-'}")
    return [*lines, "; ".join(where)]


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _days(days: list[str] | None) -> str:
    if days is None:
        return "every day"
    if len(days) > 5:
        return f"{len(days)} days, {days[0]} to {days[-1]}"
    return ", ".join(days) or "no day"


def _capped(problems: list[str], recorded_in: str) -> list[str]:
    if len(problems) <= MAX_PROBLEM_LINES:
        return problems
    more = len(problems) - MAX_PROBLEM_LINES
    return [*problems[:MAX_PROBLEM_LINES], f"... and {more} more (recorded in {recorded_in})"]
