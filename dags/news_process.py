"""
### news_process

Parses every fetched-but-unparsed feed body, fetches full text where the feed asks for it, cleans
the entries, extracts key metrics and rating actions, clusters stories, indexes the new articles for
full-text search, and loads `raw.entries`, `core.articles`, `core.article_sources`, `core.metrics`,
`core.rating_actions` and `search.*` (`newsflow.pipeline.process`), in batches, cleaning, extracting and
indexing in `NEWSFLOW_WORKERS` processes.

**Runs** on each `newsflow.raw_fetched` event (from `news_ingest`).
**Produces** `newsflow.articles_loaded`, with the process report as the event's `extra`. When nothing
new was loaded (no new or corrected article, nothing re-read), the task ends skipped: no event.

**On a lake** (`NEWSFLOW_STORE=ducklake:…`) the work fans out: `plan_shards` splits the feeds into
`NEWSFLOW_SHARDS` parts, `process_shard` parses, cleans, extracts and loads each part's bodies on any worker,
and `cluster_and_index` then clusters the new articles into stories and indexes them, once, and emits the
event (`newsflow.dag_tasks`). On a DuckDB file, one task does it all.

**Logs** (INFO, logger `newsflow.pipeline`): one line per batch (feed bodies, entries, new articles,
duplicates, revised, rejected, quarantined, pages, metrics, rating actions, stories, seconds); a line for
stored articles read again, if any; then a summary with the totals and the articles indexed for search,
and each problem with its reason: quarantined bodies, bodies that are not feeds, malformed feeds,
rejected entries (counted by feed and reason), failed pages. `NEWSFLOW_LOG_LEVEL=WARNING` turns them off.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import dag, task
from newsflow.airflow_setup import DUCKDB_POOL
from newsflow.assets import ARTICLES_LOADED, RAW_FETCHED
from newsflow.config import lake_configured


@dag(
    dag_id="news_process",
    schedule=[RAW_FETCHED],
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "newsflow", "retries": 2, "retry_delay": timedelta(seconds=30)},
    tags=["newsflow", "process"],
    doc_md=__doc__,
)
def news_process():
    if not lake_configured():
        @task(outlets=[ARTICLES_LOADED], pool=DUCKDB_POOL)
        def process_articles(outlet_events=None, ti=None) -> dict:
            from newsflow import dag_tasks

            return dag_tasks.processed(dag_tasks.process(), ARTICLES_LOADED, outlet_events, ti)

        process_articles()
        return

    @task
    def plan_shards(run_id=None) -> list[dict]:
        from newsflow import dag_tasks

        return dag_tasks.plan_shards(run_id)

    @task(pool=DUCKDB_POOL)
    def process_shard(shard: dict) -> dict:
        from newsflow import dag_tasks

        return dag_tasks.process(shard)

    @task(outlets=[ARTICLES_LOADED], pool=DUCKDB_POOL)
    def cluster_and_index(reports, outlet_events=None, ti=None) -> dict:
        from newsflow import dag_tasks

        return dag_tasks.processed(dag_tasks.finish_process(reports), ARTICLES_LOADED, outlet_events, ti)

    cluster_and_index(process_shard.expand(shard=plan_shards()))


news_process()
