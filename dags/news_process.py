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
    @task(outlets=[ARTICLES_LOADED], pool=DUCKDB_POOL)
    def process_articles(outlet_events=None, ti=None) -> dict:
        from airflow.sdk.exceptions import AirflowSkipException
        from newsflow.config import Settings, default_feeds_path, load_feeds
        from newsflow.pipeline import process

        report = process(Settings.from_env(), load_feeds(default_feeds_path()))
        if not report.changed:
            ti.xcom_push(key="report", value=report.as_dict())
            raise AirflowSkipException(f"nothing new: {report.feeds_parsed} feed body(ies) parsed, no new article")
        outlet_events[ARTICLES_LOADED].extra = report.as_dict()
        return report.as_dict()

    process_articles()


news_process()
