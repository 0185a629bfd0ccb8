"""`newsflow` command line: run the stages in-process, query the database."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import LOG_LEVELS, pipeline, sql_cli, store
from .config import SAMPLE_HOST, SAMPLES_DIR, ConfigError, Feed, Settings, default_feeds_path, load_feeds

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

console = Console(stderr=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with _stage_logs(args.verbose):
            return args.handler(args)
    except (ConfigError, store.StoreError, duckdb.Error, OSError) as exc:
        message = str(exc)
        if isinstance(exc, OSError):  # a local file or folder that cannot be used (read-only, no space, ...)
            message = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else message
        console.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True, highlight=False)
        return EXIT_USAGE if isinstance(exc, (ConfigError, OSError, store.RefusedStatement)) else EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsflow", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def stage(name: str, handler, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--feeds", type=Path, help="feeds file (default: $NEWSFLOW_FEEDS or config/feeds.yaml)")
        p.add_argument("--db", type=Path, help="DuckDB file (default: $NEWSFLOW_HOME/newsflow.duckdb)")
        p.add_argument("--sample", action="store_true",
                       help="serve the bundled sample feeds on loopback and use them (offline)")
        p.set_defaults(handler=handler)
        return p

    stage("run", _run, "every stage once: ingest, process, publish")
    ingest = stage("ingest", _ingest, "fetch and archive the feeds")
    ingest.add_argument("--shard", type=_shard, metavar="I/N",
                        help="only shard I of N of the feeds (1-based; shards run at once on a lake)")
    process = stage("process", _process, "parse, clean and load what ingest fetched")
    parts = process.add_mutually_exclusive_group()
    parts.add_argument("--shard", type=_shard, metavar="I/N",
                       help="only the bodies of shard I of N of the feeds, without stories and search index "
                            "(run `process --finish` after all shards)")
    parts.add_argument("--finish", action="store_true",
                       help="only what follows the shards: stories, articles left to read, the search index")
    replay = stage("replay", _replay, "parse the quarantined fetches again (after a fix), then process")
    replay.add_argument("--feed", help="only this feed's quarantined fetches")

    sql = sub.add_parser("sql", help="run read-only SQL on the database (statements separated by ;)",
                         description="Run read-only SQL and print each statement's result in order. Without a "
                                     "query: a prompt when stdin is a terminal (history in $NEWSFLOW_HOME/"
                                     f"{sql_cli.HISTORY_FILE}), else the script read from stdin.")
    sql.add_argument("query", nargs="?", help="statements separated by ; (default: the prompt, or stdin)")
    sql.add_argument("--db", type=Path)
    sql_cli.add_output_arguments(sql)
    sql.add_argument("--live", action="store_true", help="read the working database (under its lock), not the read copy")
    sql.set_defaults(handler=_sql)

    from . import publish_cli
    from .extract import cli as extract_cli

    extract = sub.add_parser("extract", help="key metrics and rating actions of a text, as JSON")
    extract_cli.build_parser(extract)
    extract.set_defaults(handler=extract_cli.run)

    publish = sub.add_parser("publish", help="quality gate, then the daily marts (exit 3: gate failed)")
    publish_cli.add_publish_arguments(publish)
    publish.set_defaults(handler=publish_cli.publish_main)
    dq = sub.add_parser("dq", help="the latest data-quality results")
    publish_cli.add_dq_arguments(dq)
    dq.set_defaults(handler=publish_cli.dq_main)

    stories = sub.add_parser("stories", help="the day's stories with their outlets")
    stories.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="UTC day (default: today)")
    stories.add_argument("--db", type=Path)
    sql_cli.add_output_arguments(stories)
    stories.add_argument("--live", action="store_true", help="read the working database, not the read copy")
    stories.set_defaults(handler=_stories)

    digest = sub.add_parser("digest", help="the daily brief: one self-contained HTML page for a day")
    digest.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="UTC day (default: the newest day with articles)")
    digest.add_argument("--out", type=Path, help="where to write it (default: $NEWSFLOW_HOME/digest/DAY.html)")
    digest.add_argument("--db", type=Path)
    digest.add_argument("--live", action="store_true", help="read the working database, not the read copy")
    digest.set_defaults(handler=_digest)

    from .search import cli as search_cli

    search = sub.add_parser("search", help="full-text search: the stories that best match, one line each")
    search_cli.add_search_arguments(search)
    search.set_defaults(handler=search_cli.search_main)
    index = sub.add_parser("index", help="bring the search index up to date (the process stage does it too)")
    index.add_argument("--db", type=Path, help="DuckDB file (default: $NEWSFLOW_HOME/newsflow.duckdb)")
    index.set_defaults(handler=search_cli.index_main)

    from . import feeds_cli

    feeds = sub.add_parser("feeds", help="the feeds and how the trigger polls each: interval, next poll, why")
    feeds_cli.add_feeds_arguments(feeds)
    feeds.set_defaults(handler=feeds_cli.feeds_main)

    store_parser = sub.add_parser("store", help="the store itself: copy it into another")
    store_commands = store_parser.add_subparsers(dest="store_command", required=True)
    migrate = store_commands.add_parser(
        "migrate", help="copy every table into another, empty store (a DuckDB file into a lake, or back)")
    migrate.add_argument("--to", required=True, metavar="STORE",
                         help="duckdb:PATH or ducklake:postgres:'dbname=… host=…' (see docs/scale-out.md)")
    migrate.add_argument("--lake-data", help="the target lake's data path (default: $NEWSFLOW_LAKE_DATA)")
    migrate.add_argument("--db", type=Path, help="the source DuckDB file (default: $NEWSFLOW_STORE)")
    migrate.set_defaults(handler=_store_migrate)

    setup = sub.add_parser("airflow-setup", help="create the Airflow pool the DuckDB writers share")
    setup.set_defaults(handler=_airflow_setup)
    verbose_help = "also print what each stage did, as its Airflow task log shows it (or: NEWSFLOW_LOG_LEVEL=INFO)"
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose_help)
    for command in sub.choices.values():  # after the command too: `newsflow run -v`
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=verbose_help)
    return parser


class _ConsoleLogHandler(logging.Handler):
    """Log records printed through the console, so that they show above a progress bar, not through it."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            console.print(self.format(record), markup=False, highlight=False, soft_wrap=True)
        except Exception:
            self.handleError(record)


@contextmanager
def _stage_logs(verbose: bool) -> Iterator[None]:
    """For the command's duration, newsflow's log records go to stderr through the console: warnings, or
    more when asked, with -v (INFO) or NEWSFLOW_LOG_LEVEL (the lower of the two wins); the commands print
    their own summaries. They do not go on to the root logger, whose handlers a library may have set up on
    import (importing Airflow installs one that prints INFO on stdout)."""
    wanted = os.environ.get("NEWSFLOW_LOG_LEVEL", "").strip().upper() or "WARNING"
    if wanted not in LOG_LEVELS:
        raise ConfigError(f"NEWSFLOW_LOG_LEVEL: expected one of {', '.join(LOG_LEVELS)}, got {wanted!r}")
    logger = logging.getLogger("newsflow")
    before = logger.level, logger.propagate
    handler = _ConsoleLogHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    logger.addHandler(handler)
    logger.setLevel(min(logging.getLevelName(wanted), logging.INFO if verbose else logging.CRITICAL))
    logger.propagate = False
    try:
        yield
    finally:  # main() can run more than once in a process (tests)
        logger.removeHandler(handler)
        logger.setLevel(before[0])
        logger.propagate = before[1]


@contextmanager
def _context(args) -> Iterator[tuple[Settings, list[Feed]]]:
    settings = Settings.from_env(db_path=args.db)
    if not args.sample:
        yield settings, load_feeds(args.feeds or default_feeds_path())
        return
    from .sample_server import serve_directory

    with serve_directory(SAMPLES_DIR) as base:
        address = base.split("://", 1)[1]
        settings = replace(settings, connect_to=((SAMPLE_HOST, address),))
        console.print(f"serving the bundled sample feeds as http://{SAMPLE_HOST} on {base}")
        yield settings, load_feeds(args.feeds or SAMPLES_DIR / "feeds.yaml")


def _run(args) -> int:
    from .publish import PUBLISHED, publish
    from .publish_cli import EXIT_GATE_FAILED, print_report, published_digest

    with _context(args) as (settings, feeds), _progress() as progress:
        ingest = _ingest_stage(settings, feeds, progress)
        report = pipeline.process(settings, feeds, run_id=ingest.run_id, on_step=_stepper(progress))
    _print_summary(settings, ingest, report)
    published = publish(settings, run_id=ingest.run_id, if_changed=True)
    # a publish refreshes the read copy itself; else the run's new raw and core rows go to it, unless it brought none
    if published.status != PUBLISHED and (ingest.count("ok") or report.changed):
        store.publish_read_copy(settings)
    print_report(published.as_dict(), digest=published_digest(settings, published))
    where = (f"queries read {settings.store_name} (its latest snapshot)" if settings.lake
             else f"read copy for queries: {settings.read_copy}")
    console.print(where, soft_wrap=True, highlight=False)
    return EXIT_OK if published.published else EXIT_GATE_FAILED


def _shard(text: str) -> pipeline.Shard:
    """I/N on the command line (1-based) as a pipeline.Shard (0-based)."""
    index, _, count = text.partition("/")
    try:
        shard = pipeline.Shard(int(index) - 1, int(count))
    except ValueError:
        shard = None
    if shard is None or not 0 <= shard.index < shard.count:
        raise argparse.ArgumentTypeError(f"expected I/N with 1 <= I <= N, got {text!r}")
    return shard


def _ingest(args) -> int:
    with _context(args) as (settings, feeds), _progress() as progress:
        ingest = _ingest_stage(settings, feeds, progress, args.shard)
    _print_summary(settings, ingest, None)
    return EXIT_OK


def _process(args) -> int:
    with _context(args) as (settings, feeds), _progress() as progress:
        if args.finish:
            report = pipeline.finish_process(settings, on_step=_stepper(progress))
        else:
            report = pipeline.process(settings, feeds, on_step=_stepper(progress), shard=args.shard)
    _print_summary(settings, None, report)
    return EXIT_OK


def _replay(args) -> int:
    with _context(args) as (settings, feeds), _progress() as progress:
        released = pipeline.release_quarantined(settings, args.feed)
        console.print(f"{released} quarantined fetch(es) to parse again")
        report = pipeline.process(settings, feeds, on_step=_stepper(progress))
    _print_summary(settings, None, report)
    return EXIT_OK


def _ingest_stage(settings: Settings, feeds: list[Feed], progress: Progress,
                  shard: pipeline.Shard | None = None) -> pipeline.IngestReport:
    task = progress.add_task("fetch feeds", total=sum(f.enabled and (shard is None or shard.has(f.name)) for f in feeds))
    return pipeline.ingest(settings, feeds, on_result=lambda _: progress.advance(task), shard=shard)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=False, disable=not console.is_terminal)


def _stepper(progress: Progress):
    tasks: dict[str, int] = {}

    def step(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done, total=total)

    return step


def _print_summary(settings: Settings, ingest: pipeline.IngestReport | None,
                   report: pipeline.ProcessReport | None) -> None:
    out = Console()
    table = Table(title="newsflow run", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    if ingest:
        table.add_row("run", ingest.run_id)
        table.add_row("feeds ok", str(ingest.count("ok")))
        table.add_row("feeds not modified", str(ingest.count("not_modified")))
        table.add_row("feeds failed", str(ingest.count("failed")))
    if report:
        table.add_row("feeds parsed", str(report.feeds_parsed))
        table.add_row("entries", f"{report.entries} ({report.new_entries} new, {report.repeats} seen before)")
        table.add_row("new articles", str(report.new_articles))
        table.add_row("duplicates", f"{report.duplicates} (entries carrying an article already stored)")
        table.add_row("revised articles", f"{report.revised} (corrected by their own outlet)")
        table.add_row("stories", f"{report.new_stories} new; {report.joined_stories} new articles joined a story "
                                 "seen in an earlier run")
        table.add_row("rejected entries", str(len(report.rejected)))
        table.add_row("quarantined fetches", f"{len(report.quarantined)} (set aside; `newsflow replay` after a fix)")
        table.add_row("limits", f"{report.entries_dropped} older entries over the per-fetch limit; "
                                f"{report.truncated} texts cut at the length limit")
        table.add_row("pages", f"{report.pages_fetched} fetched, {len(report.pages_failed)} failed")
        table.add_row("metrics", f"{report.metrics} from {report.articles_extracted} articles read")
        table.add_row("rating actions", str(report.rating_actions))
        table.add_row("search index", f"{report.indexed} articles indexed")
    out.print(table)
    problems = []
    if ingest:
        problems += [(f["feed"], "fetch failed", f["error"]) for f in ingest.fetches if f["outcome"] == "failed"]
    if report:
        problems += [(p["feed"], "not a feed", p["error"]) for p in report.not_feeds]
        problems += [(p["feed"], "quarantined", p["error"]) for p in report.quarantined]
        problems += [(p["feed"], "flagged bozo, entries kept", p["reason"]) for p in report.bozo]
        problems += [(p["feed"], "entry rejected", p["reason"]) for p in report.rejected]
        problems += [(p["feed"], f"page failed {p['url']}", p["error"]) for p in report.pages_failed]
    if problems:
        issues = Table(title="problems (recorded in raw.fetches / raw.feed_parses / core.rejected_entries)",
                       title_justify="left")
        for col in ("feed", "what", "reason"):
            issues.add_column(col, overflow="fold")
        for row in problems:
            issues.add_row(*row)
        out.print(issues)
    out.print(f"database: {settings.store_name}", soft_wrap=True)


def reader(args) -> Settings:
    """What a read command reads: the read copy, unless --live, --db or none published yet; said on stderr."""
    settings, what = store.reading(Settings.from_env(db_path=args.db),
                                   live=getattr(args, "live", False) or args.db is not None)
    console.print(f"reading {what}", soft_wrap=True, highlight=False)
    return settings


def _store_migrate(args) -> int:
    source = Settings.from_env(db_path=args.db)
    target = source.with_store(args.to, args.lake_data or os.environ.get("NEWSFLOW_LAKE_DATA"))
    copied = store.copy_store(source, target)
    out = Console()
    for table, rows in copied.items():
        out.print(f"{table:<32} {rows:>10,} rows", highlight=False)
    out.print(f"copied {sum(copied.values()):,} rows in {len(copied)} tables from {source.store_name} to "
              f"{target.store_name}; set NEWSFLOW_STORE={args.to} to use it", soft_wrap=True, highlight=False)
    return EXIT_OK


def _stories(args) -> int:
    day = args.day or datetime.now(timezone.utc).date()
    sql_cli.run_and_print(reader(args), "SELECT title, n_outlets, outlets, languages, n_articles, first_published, "
                          f"cluster_id FROM core.stories_on(DATE '{day.isoformat()}')",  # a date: a safe literal
                          args.format, args.max_rows)
    return EXIT_OK


def _sql(args) -> int:
    settings = reader(args)
    if args.query is None and sys.stdin.isatty():
        return sql_cli.prompt(settings, args.format, args.max_rows)
    sql = sys.stdin.read() if args.query is None else args.query  # a script: newsflow sql < queries.sql
    sql_cli.run_and_print(settings, sql, args.format, args.max_rows)
    return EXIT_OK


def _digest(args) -> int:
    from .digest import write_digest

    print(write_digest(reader(args), args.day, args.out))
    return EXIT_OK


def _airflow_setup(args) -> int:
    from .airflow_setup import main as setup_main

    return setup_main([])


if __name__ == "__main__":
    sys.exit(main())
