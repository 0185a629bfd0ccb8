"""What the DAGs' tasks do (dags/ only wires them): run a stage of `newsflow.pipeline`, or one shard of it,
and tell Airflow what came of it. A stage that brought nothing new ends skipped, with no asset event, so
nothing downstream runs.

On a lake (NEWSFLOW_STORE=ducklake:…) ingest and process fan out: `plan_shards` splits the feeds into
`NEWSFLOW_SHARDS` parts, one mapped task per part runs on any worker, and one task after them combines the
reports (process: and brings stories and the search index up to date).
"""

from __future__ import annotations

from collections.abc import Iterable


def plan_shards(airflow_run_id: str) -> list[dict]:
    """The shards of this DAG run, each with the run id its rows are recorded under (the same for all)."""
    from .config import Settings
    from .ids import stable_hash
    from .pipeline import new_run_id, shards

    run_id = f"{new_run_id()[:16]}-{stable_hash('dag run', airflow_run_id)[:6]}"
    return [{"index": s.index, "count": s.count, "run_id": run_id} for s in shards(Settings.from_env())]


def ingest(triggering_asset_events, shard: dict | None = None) -> dict:
    """Fetch the feeds (of one shard) and record the pushed bodies; polls nothing when pushes alone
    triggered the run."""
    from .config import Settings, default_feeds_path, load_feeds
    from .pipeline import Shard, ingest
    from .websub import only_pushes

    extras = [event.extra for events in (triggering_asset_events or {}).values() for event in events]
    part = Shard(shard["index"], shard["count"]) if shard else None
    return ingest(Settings.from_env(), load_feeds(default_feeds_path()), poll=not only_pushes(extras),
                  shard=part, run_id=shard["run_id"] if shard else None).as_dict()


def ingest_task(triggering_asset_events, alias, outlet_events, ti) -> dict:
    """news_ingest's task on a DuckDB file. A run that pushes alone triggered goes on to process what they
    brought, in this same process, and announces ARTICLES_LOADED for news_publish: a pushed entry then reaches
    `core.articles` without a second DAG run's scheduling and start-up (seconds, for a body or two). Any other
    run announces RAW_FETCHED for news_process. Both go out through `alias`, the task's one outlet."""
    from .assets import ARTICLES_LOADED, RAW_FETCHED
    from .websub import only_pushes

    pushed_only = only_pushes(event.extra for events in (triggering_asset_events or {}).values() for event in events)
    report = ingest(triggering_asset_events)
    if not (pushed_only and report["ok"] > 0):
        return fetched(report, RAW_FETCHED, outlet_events, ti, alias)
    return processed(process(), ARTICLES_LOADED, outlet_events, ti, alias)


def combine_ingest(reports: Iterable[dict]) -> dict:
    """The shards' ingest reports as one."""
    reports = list(reports)
    total = {"run_id": reports[0]["run_id"] if reports else None, "ok": 0, "not_modified": 0, "failed": 0,
             "fetches": []}
    for report in reports:
        for key in ("ok", "not_modified", "failed", "fetches"):
            total[key] += report[key]
    return total


def process(shard: dict | None = None) -> dict:
    """Process the pending feed bodies (of one shard)."""
    from .config import Settings, default_feeds_path, load_feeds
    from .pipeline import Shard, process

    part = Shard(shard["index"], shard["count"]) if shard else None
    return process(Settings.from_env(), load_feeds(default_feeds_path()), shard=part,
                   run_id=shard["run_id"] if shard else None).as_dict()


def finish_process(reports: Iterable[dict]) -> dict:
    """After the shards: stories, the articles left to read, the search index; the reports as one."""
    from .config import Settings
    from .pipeline import ProcessReport, finish_process

    finished = finish_process(Settings.from_env())
    return ProcessReport.combined([*reports, finished.as_dict()]).as_dict()


def fetched(report: dict, asset, outlet_events, ti, alias=None) -> dict:
    """The ingest task's end: an event on `asset` carrying the report, or skipped when no feed brought anything."""
    return _announce(report, report["ok"] > 0, asset, outlet_events, ti,
                     f"nothing new: {report['not_modified']} feed(s) not modified, {report['failed']} failed", alias)


def processed(report: dict, asset, outlet_events, ti, alias=None) -> dict:
    """The process task's end: an event on `asset` carrying the report, or skipped when no article changed."""
    from .pipeline import ProcessReport

    return _announce(report, ProcessReport(**report).changed, asset, outlet_events, ti,
                     f"nothing new: {report['feeds_parsed']} feed body(ies) parsed, no new article", alias)


def _announce(report: dict, changed: bool, asset, outlet_events, ti, nothing_new: str, alias=None) -> dict:
    """The event on `asset` goes out directly, or through `alias` when that is the task's outlet."""
    from airflow.sdk.exceptions import AirflowSkipException

    if not changed:
        ti.xcom_push(key="report", value=report)
        raise AirflowSkipException(nothing_new)
    if alias is None:
        outlet_events[asset].extra = report
    else:
        outlet_events[alias].add(asset, extra=report)
    return report
