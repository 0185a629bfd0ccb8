"""The news_publish DAG: wiring, a light DAG file, and dag.test() on good and on bad data.

The dag.test() runs happen in one fresh Python process (this file, run as a script) with a throwaway
AIRFLOW_HOME; the database is a copy of the one the real pipeline built from the bundled samples.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from airflow_fixtures import DAGS, HEAVY, airflow_env, task_logs
from sample_db import sample_db, sample_source  # noqa: F401

from newsflow import store
from newsflow.extract import EXTRACTOR_VERSION
from newsflow.marts import MARTS

DAG_FILE = DAGS / "news_publish.py"


@pytest.fixture(scope="module")
def dag():
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}
    return bag.dags["news_publish"]


def test_runs_on_loaded_articles_or_daily(dag):
    from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable

    from newsflow.assets import ARTICLES_LOADED

    assert isinstance(dag.timetable, AssetOrTimeSchedule)
    assert isinstance(dag.timetable.timetable, CronTriggerTimetable)
    assert dag.timetable.timetable.expression == "30 0 * * *"
    assets = dag.timetable.asset_condition.objects
    assert [(a.name, a.uri) for a in assets] == [(ARTICLES_LOADED.name, ARTICLES_LOADED.uri)]
    assert (dag.max_active_runs, dag.catchup) == (1, False)


def test_the_task_alerts_through_a_task_level_notifier(dag):
    from airflow.sdk import BaseNotifier

    task = dag.get_task("publish_marts")
    assert task.pool == "duckdb_writer" and task.retries >= 1
    assert [type(c).__name__ for c in task.on_failure_callback] == ["TaskFailureNotifier"]
    assert all(isinstance(c, BaseNotifier) for c in task.on_failure_callback)
    assert not dag.on_failure_callback  # DAG-level notifiers crash dag.test() (apache/airflow#64649)


def test_dag_file_imports_nothing_heavy(tmp_path):
    code = (
        "import json, runpy, sys\n"
        f"runpy.run_path({str(DAG_FILE)!r})\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=airflow_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_dag_test_publishes_good_data_and_fails_with_an_alert_on_bad_data(sample_db, tmp_path):
    env = airflow_env(tmp_path, NEWSFLOW_HOME=str(sample_db.home), NEWSFLOW_DB=str(sample_db.db_path))
    done = subprocess.run([sys.executable, __file__, "run-dag"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-5000:]
    runs = json.loads(done.stdout.strip().splitlines()[-1])

    good, bad = runs["good"], runs["bad"]
    assert good["state"] == "success" and good["tasks"] == {"publish_marts": "success", "write_digest": "success"}
    assert good["xcom"]["status"] == "published" and good["xcom"]["data_docs"].endswith("index.html")
    brief = Path(good["digest"]["path"])  # the daily brief of what was published, after the gate
    assert brief.parent == sample_db.home / "digest" and "Daily brief" in brief.read_text(encoding="utf-8")
    assert bad["state"] == "failed" and bad["tasks"] == {"publish_marts": "failed", "write_digest": "upstream_failed"}
    assert [a["kind"] for a in bad["new_alerts"]].count("gate_failed") == 1
    assert "task_failed" not in [a["kind"] for a in bad["new_alerts"]]  # the gate's own alert says it all
    # the marts are still the ones the good run published
    assert runs["marts_after_good"] == {
        name: store.query(sample_db, f"SELECT count(*) FROM marts.{name}")[1][0][0] for name in MARTS}
    statuses = [s for (s,) in store.query(sample_db, "SELECT status FROM dq.runs ORDER BY started_at")[1]]
    assert statuses == ["published", "gate_failed"]

    # the task log: the gate and the marts in a few lines; none of Great Expectations' ~220 lines of chatter
    good_log, bad_log = task_logs(done.stdout, "news_publish", "publish_marts")
    assert any("gate passed, published" in line and "[newsflow.publish]" in line for line in good_log)
    assert all(any(f"] marts.{name}: " in line for line in good_log) for name in MARTS)
    assert not any("great_expectations" in line or "Skipping registering" in line for line in good_log + bad_log)
    assert len(good_log) < 30, "\n".join(good_log)
    assert any("gate FAILED, nothing published, marts unchanged" in line for line in bad_log)
    assert any("blocking expectation failed: core_metrics.metric_unit_in_vocabulary" in line for line in bad_log)


def run_dag() -> None:
    """In a fresh process (environment from `airflow_env`): dag.test() on the database, then on bad data."""
    import os
    from pathlib import Path

    from airflow.dag_processing.dagbag import DagBag
    from airflow.models.xcom import XComModel
    from airflow.utils.db import initdb
    from airflow.utils.session import create_session
    from sqlalchemy import select

    from newsflow import store
    from newsflow.alerts import alerts_file
    from newsflow.config import Settings

    settings = Settings.from_env()
    initdb()
    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}, bag.import_errors
    dag = bag.dags["news_publish"]

    def alerts() -> list[dict]:
        path = alerts_file(Path(os.environ["NEWSFLOW_HOME"]))
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    def test_run() -> dict:
        seen = len(alerts())
        run = dag.test()
        with create_session() as session:
            values = dict(session.execute(select(XComModel.task_id, XComModel.value).where(
                XComModel.run_id == run.run_id, XComModel.key == "return_value")).all())
        xcom = {task: json.loads(v) if isinstance(v, str) else v for task, v in values.items()}
        return {"state": str(run.state), "tasks": {ti.task_id: str(ti.state) for ti in run.get_task_instances()},
                "xcom": xcom.get("publish_marts"), "digest": xcom.get("write_digest"), "new_alerts": alerts()[seen:]}

    out = {"good": test_run()}
    with store.connect(settings) as con:
        out["marts_after_good"] = {n: con.execute(f"SELECT count(*) FROM marts.{n}").fetchone()[0] for n in MARTS}
        article_id = con.execute("SELECT min(article_id) FROM core.articles").fetchone()[0]
        con.execute("""INSERT INTO core.metrics
                       (article_id, metric, value, unit, span_start, span_end, extractor_version, metric_seq)
                       VALUES (?, 'revenue', 'inf'::DOUBLE, 'furlongs', 0, 5, ?, 999)""", [article_id, EXTRACTOR_VERSION])
        # as a new extraction of that article would: the event-driven publish checks what changed since
        con.execute("DELETE FROM core.extractions WHERE article_id = ? AND extractor_version = ?",
                    [article_id, EXTRACTOR_VERSION])
        con.execute("INSERT INTO core.extractions (article_id, extractor_version, metrics, rating_actions, "
                    "extracted_at) VALUES (?, ?, 1, 0, now())", [article_id, EXTRACTOR_VERSION])
    out["bad"] = test_run()
    print(json.dumps(out, default=str))


if __name__ == "__main__" and sys.argv[1:] == ["run-dag"]:
    run_dag()
