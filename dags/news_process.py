"""
### news_process

Parses every fetched-but-unparsed feed body, fetches full text where the feed asks for it, cleans
the entries and loads `raw.entries`, `core.articles` and `core.article_sources`
(`newsflow.pipeline.process`).

**Runs** on each `newsflow.raw_fetched` event (from `news_ingest`).
**Produces** `newsflow.articles_loaded`, with the process report as the event's `extra`.
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
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
    tags=["newsflow", "process"],
    doc_md=__doc__,
)
def news_process():
    @task(outlets=[ARTICLES_LOADED], pool=DUCKDB_POOL)
    def process_articles(outlet_events=None) -> dict:
        from newsflow.config import Settings, default_feeds_path, load_feeds
        from newsflow.pipeline import process

        report = process(Settings.from_env(), load_feeds(default_feeds_path())).as_dict()
        outlet_events[ARTICLES_LOADED].extra = report
        return report

    process_articles()


news_process()
