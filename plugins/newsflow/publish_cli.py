"""`newsflow publish` and `newsflow dq`: the quality gate and the marts from the command line.

    newsflow publish [--db PATH] [--day YYYY-MM-DD]   exit 0 published, 3 gate failed (nothing published)
    newsflow dq [--db PATH] [--run RUN_ID] [--all]     the latest (or named) run's results
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from rich.console import Console
from rich.table import Table

from .config import Settings

EXIT_OK, EXIT_GATE_FAILED = 0, 3


def add_publish_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=str, help="DuckDB file (default: $NEWSFLOW_HOME/newsflow.duckdb)")
    parser.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="rebuild only this day's rows (default: every day)")
    parser.add_argument("--if-changed", action="store_true",
                        help="do nothing when no article was loaded, corrected or re-read since the last publish")


def add_dq_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=str, help="DuckDB file (default: $NEWSFLOW_HOME/newsflow.duckdb)")
    parser.add_argument("--run", help="a run id (default: the latest run)")
    parser.add_argument("--all", action="store_true", help="every expectation, not only those that failed")
    parser.add_argument("--live", action="store_true", help="read the working database, not the read copy")


def publish_main(args: argparse.Namespace) -> int:
    from .publish import publish

    settings = Settings.from_env(db_path=args.db)
    report = publish(settings, day=getattr(args, "day", None), if_changed=getattr(args, "if_changed", False))
    print_report(report.as_dict(), digest=published_digest(settings, report))
    return EXIT_OK if report.published else EXIT_GATE_FAILED


def published_digest(settings: Settings, report) -> dict | None:
    """The daily brief of a run that published (newsflow.digest), else None."""
    from .digest import publish_digest
    from .publish import PUBLISHED

    return publish_digest(settings) if report.status == PUBLISHED else None


def print_report(report: dict, console: Console | None = None, digest: dict | None = None) -> None:
    out = console or Console()
    table = Table(title="newsflow publish", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    status = report["status"]
    if status == "up_to_date":
        out.print(f"newsflow publish: up to date (nothing loaded since the last published run); run {report['run_id']}")
        return
    shown = f"[green]{status}[/]" if status == "published" else f"[bold red]{status}[/] (marts unchanged)"
    table.add_row("status", shown)
    table.add_row("run", report["run_id"])
    table.add_row("day", report["day"] or "every day")
    for name, rows in report["marts"].items():
        table.add_row(f"marts.{name}", f"{rows} rows" + ("" if status == "published" else " staged, not published"))
    table.add_row("expectations", f"{report['expectations']} checked, {len(report['blocking_failures'])} blocking "
                                  f"failed, {len(report['warnings'])} warnings, {report['flagged_rows']} rows flagged")
    table.add_row("data docs", report["data_docs"] or "-")
    if digest:
        table.add_row("daily brief", digest["path"] + (f" (e-mail: {digest['emailed']})" if digest["emailed"] else ""))
    for alert in report["alerts"]:
        table.add_row(f"alert {alert['kind']}", ", ".join(f"{k}: {v}" for k, v in alert["delivered"].items()))
    out.print(table)
    _print_failures(out, report["blocking_failures"] + report["warnings"])


def _print_failures(out: Console, failures: list[dict]) -> None:
    if not failures:
        return
    table = Table(title="failed expectations (dq.results)", title_justify="left")
    for col in ("severity", "suite", "expectation", "unexpected", "sample"):
        table.add_column(col, overflow="fold")
    for f in failures:
        sample = f.get("sample")
        if isinstance(sample, str):
            sample = json.loads(sample)
        table.add_row(f["severity"], f["suite"], f["expectation"], str(f.get("unexpected_count")),
                      json.dumps((sample or [])[:2], ensure_ascii=False, default=str))
    out.print(table)


def _print_quarantined(settings: Settings, out: Console) -> None:
    """Fetched bodies that could not be parsed: set aside until `newsflow replay`."""
    import duckdb

    from . import store

    try:
        _, rows = store.query(settings, "SELECT p.feed, f.url, p.error, p.parsed_at FROM raw.feed_parses p "
                                        "JOIN raw.fetches f USING (fetch_id) WHERE p.quarantined ORDER BY p.parsed_at")
    except duckdb.BinderException:  # a database no run has brought up to date yet
        return
    if not rows:
        return
    table = Table(title=f"{len(rows)} quarantined fetch(es): `newsflow replay` parses them again after a fix",
                  title_justify="left")
    for col in ("feed", "url", "error", "since"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(str(v) for v in row))
    out.print(table)


def dq_main(args: argparse.Namespace) -> int:
    from .cli import reader
    from .publish import latest_results

    settings = reader(args)
    run, results = latest_results(settings, getattr(args, "run", None))
    out = Console()
    _print_quarantined(settings, out)
    if run is None:
        out.print("no quality runs recorded yet: run `newsflow publish`")
        return EXIT_OK
    out.print(f"run {run['run_id']}  day {run['day'] or 'every day'}  [bold]{run['status']}[/]  "
              f"blocking failed {run['blocking_failed']}  warnings {run['warnings']}  at {run['finished_at']}")
    out.print(f"data docs: {run['data_docs']}")
    shown = results if getattr(args, "all", False) else [r for r in results if not r["success"]]
    table = Table(title=f"{len(shown)} of {len(results)} expectations", title_justify="left")
    for col in ("severity", "suite", "expectation", "success", "unexpected", "rows", "sample"):
        table.add_column(col, overflow="fold")
    for r in shown:
        sample = json.loads(r["unexpected_sample"] or "[]")
        table.add_row(r["severity"], r["suite"], r["expectation"], "yes" if r["success"] else "[red]no[/]",
                      str(r["unexpected_count"]), str(r["element_count"]),
                      json.dumps(sample[:2], ensure_ascii=False, default=str))
    out.print(table)
    return EXIT_OK
