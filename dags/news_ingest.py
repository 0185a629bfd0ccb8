"""
### news_ingest

Fetches every enabled feed with a conditional GET, archives each body and records the fetch in
`raw.fetches` (`newsflow.pipeline.ingest`).

**Runs** when `FeedChangeTrigger` (in the triggerer) sees entries not reported before in any feed
and emits an event on `newsflow.feeds_changed`, and at the top of every hour as a fallback. With
WebSub on (`NEWSFLOW_WEBSUB_CALLBACK`), also within about a second of a hub's push: the run records the
pushed bodies (`newsflow.websub`) and, when pushes alone triggered it, polls no feed.
**Produces** `newsflow.raw_fetched`, with the ingest report as the event's `extra`;
`news_process` is scheduled on it. When no feed brought anything new (every one 304 or failed, each
failure recorded with its reason), the task ends skipped: no event, so nothing downstream runs.
A run that pushes alone triggered processes the pushed bodies itself, in the same task, and produces
`newsflow.articles_loaded` (the process report as `extra`) for `news_publish` instead: a pushed entry
reaches `core.articles` without waiting for a `news_process` run. On a DuckDB file both events go out
through the asset alias `newsflow.ingested`.

Feeds come from `NEWSFLOW_FEEDS`; data goes to `NEWSFLOW_HOME` / `NEWSFLOW_DB`.
The trigger polls each feed at its own rhythm (`newsflow.polling`: learned from its entries, backing
off on errors, honouring `Retry-After` and `max-age`, `poll_every` in feeds.yaml to fix it), between
`NEWSFLOW_POLL_MIN_SECONDS` (default 30) and `NEWSFLOW_POLL_MAX_SECONDS` (default 3600), looking for
feeds that are due every `NEWSFLOW_POLL_SECONDS` (default 10); `newsflow feeds` shows the schedule.

**On a lake** (`NEWSFLOW_STORE=ducklake:…`) the work fans out: `plan_shards` splits the feeds into
`NEWSFLOW_SHARDS` parts (default 4), `fetch_shard` runs once per part on any worker, and `announce_fetched`
combines their reports and emits the event (`newsflow.dag_tasks`). On a DuckDB file, one task does it all.

**Logs** (INFO, logger `newsflow.pipeline`): one summary line (feeds ok / not modified / failed, bytes
received, seconds), then one line per failed feed with its reason and URL. `NEWSFLOW_LOG_LEVEL=WARNING`
turns them off.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from airflow.sdk import Asset, AssetOrTimeSchedule, AssetWatcher, CronTriggerTimetable, dag, task
from newsflow.airflow_setup import DUCKDB_POOL
from newsflow.assets import FEEDS_CHANGED, INGESTED, RAW_FETCHED
from newsflow.config import default_feeds_path, lake_configured
from newsflow.triggers import FeedChangeTrigger

feeds_changed = Asset(
    name=FEEDS_CHANGED.name,
    uri=FEEDS_CHANGED.uri,
    group=FEEDS_CHANGED.group,
    watchers=[
        AssetWatcher(
            name="newsflow_feed_change",
            trigger=FeedChangeTrigger(
                feeds_file=str(default_feeds_path().resolve()),
                poll_interval=float(os.environ.get("NEWSFLOW_POLL_SECONDS", "10")),
                min_interval=float(os.environ.get("NEWSFLOW_POLL_MIN_SECONDS", "30")),
                max_interval=float(os.environ.get("NEWSFLOW_POLL_MAX_SECONDS", "3600")),
            ),
        )
    ],
)


@dag(
    dag_id="news_ingest",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 * * * *", timezone="UTC"), assets=feeds_changed
    ),
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,  # event-driven runs queue up instead of fighting over the DuckDB file
    default_args={"owner": "newsflow", "retries": 2, "retry_delay": timedelta(seconds=30)},
    tags=["newsflow", "ingest"],
    doc_md=__doc__,
)
def news_ingest():
    if not lake_configured():
        @task(outlets=[INGESTED], pool=DUCKDB_POOL)
        def fetch_and_archive(outlet_events=None, ti=None, triggering_asset_events=None) -> dict:
            from newsflow import dag_tasks

            return dag_tasks.ingest_task(triggering_asset_events, INGESTED, outlet_events, ti)

        fetch_and_archive()
        return

    @task
    def plan_shards(run_id=None) -> list[dict]:
        from newsflow import dag_tasks

        return dag_tasks.plan_shards(run_id)

    @task(pool=DUCKDB_POOL)
    def fetch_shard(shard: dict, triggering_asset_events=None) -> dict:
        from newsflow import dag_tasks

        return dag_tasks.ingest(triggering_asset_events, shard)

    @task(outlets=[RAW_FETCHED])
    def announce_fetched(reports, outlet_events=None, ti=None) -> dict:
        from newsflow import dag_tasks

        return dag_tasks.fetched(dag_tasks.combine_ingest(reports), RAW_FETCHED, outlet_events, ti)

    announce_fetched(fetch_shard.expand(shard=plan_shards()))


news_ingest()
