"""The publish stage: write, audit, publish.

1. build the marts into a staging schema and write the frames the suites check to Parquet (database held
   briefly);
2. validate them with Great Expectations, a part at a time, and build the Data Docs (no database held);
3. record dq.results and flagged rows; when no blocking expectation failed, swap the staged marts into
   `marts.*` in one transaction and export them as Parquet; else drop the staging and leave marts as they were;
4. alert on a failed gate, on warnings and on failing feeds.
"""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from . import alerts, marts, quality, stage_log, store
from .config import Settings
from .pipeline import new_run_id

PUBLISHED, GATE_FAILED, UP_TO_DATE = "published", "gate_failed", "up_to_date"

log = logging.getLogger(__name__)


class QualityGateFailed(RuntimeError):
    """A blocking expectation failed: nothing was published."""

    def __init__(self, report: PublishReport) -> None:
        failed = ", ".join(f"{r['suite']}.{r['expectation']}" for r in report.blocking_failures)
        super().__init__(f"quality gate failed ({failed}); marts unchanged; Data Docs: {report.data_docs}")
        self.report = report


@dataclass
class PublishReport:
    run_id: str
    day: date | None
    status: str = GATE_FAILED
    marts: dict[str, int] = field(default_factory=dict)  # staged rows per mart
    rebuilt: dict[str, list[str] | None] = field(default_factory=dict)  # mart -> days rebuilt (None: every day)
    blocking_failures: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    expectations: int = 0
    flagged_rows: int = 0
    parquet: dict[str, list[str]] = field(default_factory=dict)  # mart -> partition folders written
    data_docs: str | None = None
    read_copy: str | None = None  # refreshed by this run
    alerts: list[dict] = field(default_factory=list)  # kind, summary, delivered per channel

    @property
    def published(self) -> bool:
        """The marts hold the data: published now, or already up to date."""
        return self.status in (PUBLISHED, UP_TO_DATE)

    def raise_for_gate(self) -> PublishReport:
        if self.status == GATE_FAILED:
            raise QualityGateFailed(self)
        return self

    def as_dict(self) -> dict:
        return {
            "run_id": self.run_id, "day": self.day.isoformat() if self.day else None, "status": self.status,
            "marts": self.marts, "rebuilt": self.rebuilt, "expectations": self.expectations,
            "blocking_failures": self.blocking_failures,
            "warnings": self.warnings, "flagged_rows": self.flagged_rows, "parquet": self.parquet,
            "data_docs": self.data_docs, "read_copy": self.read_copy, "alerts": self.alerts,
        }


def publish(settings: Settings, day: date | None = None, run_id: str | None = None,
            as_of: datetime | None = None, if_changed: bool = False) -> PublishReport:
    """Rebuild the marts for `day` (every day when None), gate them, publish them if the gate passes.

    Returns the report; `report.status` is "gate_failed" when a blocking expectation failed (nothing was
    published). With `if_changed`, nothing is done ("up_to_date") when no article was loaded, corrected
    or read again since the last published run, or no database exists yet; without, a missing database is
    an error. Raises on errors (database, SQL, files). Logs what it did (`newsflow.stage_log`).
    """
    clock = time.monotonic()
    report = _publish(settings, day, run_id, as_of, if_changed)
    for line in stage_log.publish_lines(report, time.monotonic() - clock):
        log.info(line)
    return report


def _publish(settings: Settings, day: date | None, run_id: str | None, as_of: datetime | None,
             if_changed: bool) -> PublishReport:
    started = datetime.now(timezone.utc)
    as_of = as_of or started
    run_id = run_id or new_run_id(started)
    report = PublishReport(run_id=run_id, day=day)
    if not store.exists(settings):
        if if_changed:  # a first start: nothing has been loaded yet, so there is nothing to publish
            report.status = UP_TO_DATE
            return report
        # a mistyped path must not publish (and export) empty marts
        raise store.StoreError(f"no database at {settings.store_name}: run `newsflow run` first")
    since, days = None, [day] if day else None
    if if_changed and day is None:
        since, days = _changes_since_last_publish(settings)
        if days == []:
            report.status = UP_TO_DATE
            return report
    stage = marts.staging_schema(run_id)
    try:
        with tempfile.TemporaryDirectory(prefix="newsflow-gate-") as scratch:  # the checked frames, as Parquet
            with store.connect(settings) as con:
                rebuilt = marts.build_staging(con, stage, days)
                report.rebuilt = {name: None if built is None else [d.isoformat() for d in built]
                                  for name, built in rebuilt.items()}
                report.marts = marts.rows(con, stage)
                quality.export_frames(con, stage, day or as_of.date(), as_of, Path(scratch), since,
                                      rebuilt if since else None)
            outcome = quality.validate(Path(scratch), run_id, settings.home / "data_docs",
                                       chunk_rows=settings.dq_chunk_rows)
        with store.connect(settings) as con:
            quality.record(con, outcome)
            if outcome.passed:
                with store.memory_held(con, marts.SWAP_MEMORY, settings):
                    marts.swap(con, stage)
                report.status = PUBLISHED
            marts.drop_staging(con, stage)
            if outcome.passed:
                written = marts.export_parquet(con, settings.home / "marts", rebuilt)
                report.parquet = {name: [str(p) for p in parts] for name, parts in written.items()}
            _record_run(con, report, outcome, started)
        if report.status == PUBLISHED and store.publish_read_copy(settings):
            report.read_copy = str(settings.read_copy)
    except BaseException:
        _drop_quietly(settings, stage)
        raise
    report.expectations = len(outcome.results)
    report.blocking_failures = [r.as_dict() for r in outcome.blocking_failures]
    report.warnings = [r.as_dict() for r in outcome.warnings]
    report.flagged_rows = len(outcome.flags)
    report.data_docs = str(outcome.data_docs) if outcome.data_docs else None
    report.alerts = _alert(settings, report)
    return report


def _changes_since_last_publish(settings: Settings) -> tuple[datetime | None, list[date] | None]:
    """(when the last run published, the days whose marts changed since); (None, None) when nothing was ever
    published: every day. The days are those of every story an article loaded, carried again or read again
    since then belongs to, and the days of the fetches since (feed health); none when no article changed."""
    with store.connect(settings, read_only=True) as con:
        since = con.execute("SELECT max(started_at) FROM dq.runs WHERE status = 'published'").fetchone()[0]
        published = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'").fetchone()[0]
        if since is None or not published:
            return None, None
        # no bound parameters: DuckDB imports pandas (about half a second) at the first one, and an
        # up-to-date publish should cost next to nothing
        days = con.execute("""
            WITH last AS (SELECT max(started_at) AS since FROM dq.runs WHERE status = 'published'),
            touched AS (
                SELECT article_id FROM core.articles WHERE loaded_at >= (SELECT since FROM last)
                UNION SELECT article_id FROM core.extractions WHERE extracted_at >= (SELECT since FROM last)
                UNION SELECT s.article_id FROM core.article_sources s JOIN raw.entries e USING (entry_key)
                      JOIN raw.feed_parses p ON p.fetch_id = e.fetch_id WHERE p.parsed_at >= (SELECT since FROM last)
            ),
            story_days AS (
                SELECT DISTINCT CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day FROM core.articles
                WHERE cluster_id IN (SELECT cluster_id FROM core.articles WHERE article_id IN (SELECT * FROM touched))
            )
            SELECT day FROM story_days
            UNION SELECT DISTINCT CAST(fetched_at AT TIME ZONE 'UTC' AS DATE) FROM raw.fetches
                  WHERE fetched_at >= (SELECT since FROM last) AND EXISTS (SELECT 1 FROM story_days)
            ORDER BY 1""").fetchall()
        return since, [d for (d,) in days]


def _record_run(con, report: PublishReport, outcome: quality.GateOutcome, started: datetime) -> None:
    store.insert_rows(con, "dq.runs", [{
        "run_id": report.run_id, "day": report.day, "status": report.status,
        "blocking_failed": len(outcome.blocking_failures), "warnings": len(outcome.warnings),
        "data_docs": str(outcome.data_docs) if outcome.data_docs else None,
        "started_at": started, "finished_at": datetime.now(timezone.utc),
    }])


def _alert(settings: Settings, report: PublishReport) -> list[dict]:
    day = report.day.isoformat() if report.day else None
    feed_warnings = [w for w in report.warnings if w["suite"] == "feeds"]
    other_warnings = [w for w in report.warnings if w["suite"] != "feeds"]
    pending = []
    if not report.published:
        pending.append(alerts.Alert(
            kind=alerts.GATE_FAILED, run_id=report.run_id, day=day, data_docs=report.data_docs,
            summary=f"{len(report.blocking_failures)} blocking expectation(s) failed; nothing was published",
            failures=report.blocking_failures))
    if other_warnings:
        pending.append(alerts.Alert(
            kind=alerts.WARNINGS, run_id=report.run_id, day=day, data_docs=report.data_docs,
            summary=f"{len(other_warnings)} warning expectation(s) failed: "
                    + ", ".join(w["expectation"] for w in other_warnings),
            failures=other_warnings))
    if feed_warnings:
        feeds = [row["feed"] for w in feed_warnings for row in w["sample"]]
        pending.append(alerts.Alert(
            kind=alerts.FEEDS_FAILING, run_id=report.run_id, day=day, data_docs=report.data_docs,
            summary=f"{feed_warnings[0]['unexpected_count']} feed(s) failing for consecutive runs: {', '.join(feeds)}",
            failures=feed_warnings))
    return [{"kind": a.kind, "summary": a.summary, "delivered": alerts.send(a, settings.home)} for a in pending]


def _drop_quietly(settings: Settings, stage: str) -> None:
    try:
        with store.connect(settings) as con:
            marts.drop_staging(con, stage)
    except Exception as exc:  # the original error matters more; a leftover staging schema is harmless
        log.warning("could not drop staging schema %s: %s", stage, exc)


def latest_results(settings: Settings, run_id: str | None = None) -> tuple[dict | None, list[dict]]:
    """The latest (or the named) dq run and its results, blocking failures first."""
    with store.connect(settings, read_only=True) as con:
        if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'dq' "
                           "AND table_name = 'runs'").fetchone()[0]:
            return None, []
        run_row = con.execute(
            "SELECT * FROM dq.runs WHERE ? IS NULL OR run_id = ? ORDER BY started_at DESC LIMIT 1", [run_id, run_id])
        columns = [d[0] for d in run_row.description]
        found = run_row.fetchone()
        if found is None:
            return None, []
        run = dict(zip(columns, found))
        cur = con.execute(
            """SELECT suite, expectation, severity, success, unexpected_count, element_count, observed_value,
                      unexpected_sample
               FROM dq.results WHERE run_id = ?
               ORDER BY success, severity = 'warning', suite, expectation""", [run["run_id"]])
        columns = [d[0] for d in cur.description]
        return run, [dict(zip(columns, row)) for row in cur.fetchall()]


__all__ = ["GATE_FAILED", "PUBLISHED", "UP_TO_DATE", "PublishReport", "QualityGateFailed", "latest_results", "publish"]
