"""
### news_publish

Write, audit, publish (`newsflow.publish.publish`): builds the daily marts into a staging schema,
validates the core tables and the staged marts with Great Expectations, and only when every blocking
expectation passes swaps them into `marts.*` in one transaction and exports them as Parquet
(`$NEWSFLOW_HOME/marts/<mart>/day=YYYY-MM-DD/`). A failed gate leaves the previous marts untouched,
records why in `dq.results`, alerts, and fails the run. Data Docs: `$NEWSFLOW_HOME/data_docs/index.html`.
After a publish, `write_digest` writes the daily brief (`newsflow.digest`): one self-contained HTML page,
`$NEWSFLOW_HOME/digest/<day>.html`, top stories, rating changes, consensus moves, key metrics, two charts,
feed health and the gate; e-mailed (its tables) when alert e-mail is configured.

**Runs** on each `newsflow.articles_loaded` event (from `news_process`): the days whose data changed since
the last published run are rebuilt and checked (nothing at all when nothing changed, or when nothing has
been loaded yet, as on a first start); and daily at 00:30 UTC: the day that just ended, its final publish.
**Alerts** (task-level callbacks): a failed task alerts through `newsflow.alerts` (alerts file, and
Slack / e-mail when configured); a failed gate has already alerted with its details.

**Logs** (INFO, logger `newsflow.publish`): the gate (passed or FAILED, expectations run, blocking failures
and warnings, each failed expectation by name with its unexpected rows), each mart with its rows, the days
rebuilt and the Parquet partitions written, and where the Parquet, the read copy and the Data Docs are; or
"up to date, nothing to publish". Great Expectations' own chatter below WARNING is kept out of the log
(`newsflow.quality.import_great_expectations`); alerts are logged as warnings (`newsflow.alerts`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable, dag, task

from newsflow.airflow_setup import DUCKDB_POOL
from newsflow.alerts import task_failure_notifier
from newsflow.assets import ARTICLES_LOADED


@dag(
    dag_id="news_publish",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("30 0 * * *", timezone="UTC"), assets=[ARTICLES_LOADED]
    ),
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args={
        "owner": "newsflow",
        "retries": 1,  # for errors; a failed gate raises AirflowFailException and is not retried
        "retry_delay": timedelta(seconds=30),
        "on_failure_callback": [task_failure_notifier()],
    },
    tags=["newsflow", "publish", "quality"],
    doc_md=__doc__,
)
def news_publish():
    @task(pool=DUCKDB_POOL)
    def publish_marts(dag_run=None, logical_date=None) -> dict:
        from airflow.sdk.exceptions import AirflowFailException

        from newsflow.config import Settings
        from newsflow.publish import QualityGateFailed, publish

        # the daily run publishes the day that just ended; event and manual runs the days that changed
        day = (logical_date - timedelta(days=1)).date() if dag_run.run_type == "scheduled" else None
        # if_changed: on a first start, before any ingest, there is nothing to publish and that is no failure
        report = publish(Settings.from_env(), day=day, if_changed=True)
        try:
            report.raise_for_gate()
        except QualityGateFailed as exc:
            raise AirflowFailException(str(exc)) from exc
        return report.as_dict()

    @task
    def write_digest(report: dict) -> dict | None:
        """The daily brief of what was published: $NEWSFLOW_HOME/digest/<day>.html, e-mailed when alerts
        are configured; nothing when the run published nothing (up to date)."""
        import logging
        from datetime import date

        from newsflow.config import Settings
        from newsflow.digest import publish_digest

        if report["status"] != "published":
            return None
        # the daily run's brief is of the day it published; an event run's, of the newest day with articles
        day = date.fromisoformat(report["day"]) if report.get("day") else None
        digest = publish_digest(Settings.from_env(), day)
        logging.getLogger("newsflow.digest").info("daily brief %s: %s (e-mail: %s)", digest["day"], digest["path"],
                                                  digest["emailed"] or "not configured")
        return digest

    write_digest(publish_marts())


news_publish()
