"""The DAG files: they load, are wired as documented, import nothing heavy, and run end to end.

The end-to-end run executes `dag.test()` for news_ingest then news_process in one fresh Python
process (this file, run as a script), so Airflow reads a throwaway AIRFLOW_HOME and SQLite metadata
database no matter what this pytest process imported before. The feeds are the bundled samples,
served on loopback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from airflow_fixtures import DAGS, HEAVY, REPO, airflow_env, task_logs

SAMPLES = REPO / "plugins" / "newsflow" / "samples"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_dag_files_load_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert {"news_ingest", "news_process"} <= set(dagbag.dags)


def test_news_ingest_runs_on_feed_changes_or_hourly(dagbag):
    from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable
    from newsflow.assets import FEEDS_CHANGED, INGESTED
    from newsflow.triggers import FeedChangeTrigger

    dag = dagbag.dags["news_ingest"]
    timetable = dag.timetable
    assert isinstance(timetable, AssetOrTimeSchedule)
    assert isinstance(timetable.timetable, CronTriggerTimetable)
    assert timetable.timetable.expression == "0 * * * *"
    watched = timetable.asset_condition
    assert (watched.name, watched.uri) == (FEEDS_CHANGED.name, FEEDS_CHANGED.uri)
    [watcher] = watched.watchers
    assert isinstance(watcher.trigger, FeedChangeTrigger)
    assert Path(watcher.trigger.feeds_file).is_absolute()
    assert (dag.max_active_runs, dag.catchup) == (1, False)

    task = dag.get_task("fetch_and_archive")
    assert [a.name for a in task.outlets] == [INGESTED.name]  # RAW_FETCHED, or ARTICLES_LOADED after a push
    assert task.pool == "duckdb_writer"
    assert task.retries >= 1


def test_news_process_runs_on_each_raw_fetch(dagbag):
    from newsflow.assets import ARTICLES_LOADED, RAW_FETCHED

    dag = dagbag.dags["news_process"]
    assert [(a.name, a.uri) for a in dag.timetable.asset_condition.objects] == [(RAW_FETCHED.name, RAW_FETCHED.uri)]
    assert (dag.max_active_runs, dag.catchup) == (1, False)
    task = dag.get_task("process_articles")
    assert [(a.name, a.uri) for a in task.outlets] == [(ARTICLES_LOADED.name, ARTICLES_LOADED.uri)]
    assert task.pool == "duckdb_writer"
    assert task.retries >= 1


def test_dags_serialize_with_their_watcher(dagbag):
    """What the dag-processor stores and the triggerer rebuilds the trigger from."""
    from airflow.serialization.serialized_objects import DagSerialization

    data = DagSerialization.to_dict(dagbag.dags["news_ingest"])
    text = json.dumps(data)
    assert "newsflow.triggers.FeedChangeTrigger" in text
    assert "newsflow_feed_change" in text


@pytest.mark.parametrize("dag_file", sorted(p.name for p in DAGS.glob("*.py")))
def test_dag_files_import_nothing_heavy(dag_file, tmp_path):
    """The dag-processor parses every file again and again: the heavy libraries belong inside tasks."""
    code = (
        "import json, runpy, sys\n"
        f"runpy.run_path({str(DAGS / dag_file)!r})\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=airflow_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_airflow_setup_creates_the_pool_idempotently(tmp_path):
    code = (
        "from airflow.utils.db import initdb\n"
        "initdb()\n"
        "from airflow.models.pool import Pool\n"
        "from newsflow.airflow_setup import main\n"
        "assert main(['--wait', '5']) == 0\n"
        "assert main(['--slots', '2']) == 0\n"
        "pool = Pool.get_pool('duckdb_writer')\n"
        "print(pool.slots, pool.include_deferred)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=airflow_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines()[-1] == "2 False"
    assert "pool duckdb_writer: 1 slot(s)" in done.stdout


def test_airflow_setup_refuses_an_unmigrated_database(tmp_path):
    code = "import sys\nfrom newsflow.airflow_setup import main\nsys.exit(main(['--wait', '1']))\n"
    done = subprocess.run(
        [sys.executable, "-c", code], env=airflow_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1
    assert "airflow-setup failed: There are still unapplied migrations" in done.stderr


def serve_samples_copy(root: Path, base: str) -> Path:
    """Copy the bundled samples under `root`, pointing their host at `base`; returns the feeds file."""
    shutil.copytree(SAMPLES, root, dirs_exist_ok=True)
    for path in root.rglob("*"):
        if path.is_file():  # bytes: the samples come in several encodings, all ASCII-compatible
            path.write_bytes(path.read_bytes().replace(b"http://samples.newsflow.test", base.encode()))
    return root / "feeds.yaml"


def test_ingest_then_process_with_dag_test(tmp_path):
    """Two rounds over the bundled samples (working and failing feeds): the first loads articles,
    the second finds every feed unchanged (304) and adds nothing."""
    import duckdb
    from newsflow.config import load_feeds
    from newsflow.sample_server import serve_directory

    site = tmp_path / "site"
    site.mkdir()
    data = tmp_path / "data"
    with serve_directory(site) as base:
        feeds_file = serve_samples_copy(site, base)
        enabled = [f for f in load_feeds(feeds_file) if f.enabled]
        env = airflow_env(
            tmp_path,
            NEWSFLOW_HOME=str(data),
            NEWSFLOW_DB=str(data / "newsflow.duckdb"),
            NEWSFLOW_FEEDS=str(feeds_file),
        )
        done = subprocess.run(
            [sys.executable, __file__, "run-dags"], env=env, capture_output=True, text=True, timeout=600
        )
    assert done.returncode == 0, done.stderr[-5000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    first, second = out["rounds"]

    assert first["news_ingest"]["tasks"] == {"fetch_and_archive": "success"}, first
    assert first["news_process"]["tasks"] == {"process_articles": "success"}, first
    # nothing new the second time: both tasks end skipped, and emit no asset event
    assert second["news_ingest"]["tasks"] == {"fetch_and_archive": "skipped"}, second
    assert second["news_process"]["tasks"] == {"process_articles": "skipped"}, second
    # each task's report is its return value (XCom) and the extra of the asset event it produced
    assert out["events"]["newsflow.raw_fetched"] == [first["news_ingest"]["report"]]
    assert out["events"]["newsflow.articles_loaded"] == [first["news_process"]["report"]]

    ingest1, process1 = first["news_ingest"]["report"], first["news_process"]["report"]
    assert len(ingest1["fetches"]) == len(enabled)
    assert ingest1["ok"] > 0 and ingest1["ok"] + ingest1["failed"] == len(enabled)
    assert all(f["error"] for f in ingest1["fetches"] if f["outcome"] == "failed")  # every failure says why
    assert process1["feeds_parsed"] == ingest1["ok"]
    assert process1["new_articles"] > 0

    ingest2, process2 = second["news_ingest"]["report"], second["news_process"]["report"]
    assert ingest2["not_modified"] == ingest1["ok"] and ingest2["ok"] == 0
    assert (process2["feeds_parsed"], process2["new_articles"]) == (0, 0)

    with duckdb.connect(str(data / "newsflow.duckdb"), read_only=True) as con:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("raw.fetches", "raw.entries", "core.articles")
        }
        feed_fetches = con.execute("SELECT count(*) FROM raw.fetches WHERE kind = 'feed'").fetchone()[0]
    assert feed_fetches == 2 * len(enabled)
    assert counts["raw.entries"] == process1["new_entries"] > 0
    assert counts["core.articles"] == process1["new_articles"]

    # the task logs say what each stage did, in lines of its own logger (newsflow.stage_log)
    ingest_log = "\n".join(task_logs(done.stdout, "news_ingest", "fetch_and_archive")[0])
    assert (f"{len(enabled)} feeds fetched: {ingest1['ok']} ok, 0 not modified, {ingest1['failed']} failed; "
            in ingest_log)
    assert "] feed broken-server failed: HTTP 500 (" in ingest_log
    first_log, second_log = ("\n".join(lines) for lines in task_logs(done.stdout, "news_process", "process_articles"))
    assert "] batch 1: " in first_log and "[newsflow.pipeline]" in first_log
    assert f"{process1['new_articles']} new articles, {process1['duplicates']} duplicates, " in first_log
    assert f"; {process1['indexed']} articles indexed for search [newsflow.pipeline]" in first_log
    assert "] process: no fetched feed body waiting, nothing to do" in second_log


@pytest.fixture
def lake(tmp_path):
    """The environment of a new lake on a throwaway PostgreSQL server."""
    from postgres_server import PostgresUnavailable, postgres_server

    try:
        with postgres_server() as server:
            yield {"NEWSFLOW_STORE": f"ducklake:postgres:{server.create_database('dagtest')}",
                   "NEWSFLOW_LAKE_DATA": str(tmp_path / "lake-data")}
    except PostgresUnavailable as exc:
        pytest.skip(f"lake runs need a PostgreSQL server: {exc}")


def test_on_a_lake_ingest_and_process_fan_out_over_shards_with_dag_test(tmp_path, lake, monkeypatch):
    """NEWSFLOW_STORE=ducklake:…: one mapped task per shard of the feeds, then one task that combines the reports
    (and, after processing, clusters and indexes); the second round finds nothing new and ends skipped."""
    from newsflow import store
    from newsflow.config import Settings, load_feeds
    from newsflow.sample_server import serve_directory

    site = tmp_path / "site"
    site.mkdir()
    with serve_directory(site) as base:
        feeds_file = serve_samples_copy(site, base)
        enabled = [f for f in load_feeds(feeds_file) if f.enabled]
        env = airflow_env(tmp_path, NEWSFLOW_HOME=str(tmp_path / "data"), NEWSFLOW_FEEDS=str(feeds_file),
                          NEWSFLOW_SHARDS="3", **lake)
        done = subprocess.run([sys.executable, __file__, "run-dags"], env=env, capture_output=True, text=True,
                              timeout=900)
    assert done.returncode == 0, done.stderr[-5000:]
    first, second = json.loads(done.stdout.strip().splitlines()[-1])["rounds"]
    assert first["news_ingest"]["tasks"] == {"plan_shards": "success", "announce_fetched": "success"}, first
    assert first["news_ingest"]["mapped"] == {"fetch_shard": ["success"] * 3}, first
    assert first["news_process"]["tasks"] == {"plan_shards": "success", "cluster_and_index": "success"}, first
    assert first["news_process"]["mapped"] == {"process_shard": ["success"] * 3}, first
    assert second["news_ingest"]["tasks"]["announce_fetched"] == "skipped", second
    assert second["news_process"]["tasks"]["cluster_and_index"] == "skipped", second

    ingest, process = first["news_ingest"]["report"], first["news_process"]["report"]
    assert sorted(f["feed"] for f in ingest["fetches"]) == sorted(f.name for f in enabled)  # each feed once
    assert process["feeds_parsed"] == ingest["ok"] > 0 and process["new_articles"] > 0
    assert process["new_stories"] > 0 and process["indexed"] == process["new_articles"]
    for name, value in lake.items():
        monkeypatch.setenv(name, value)
    counts = store.query(Settings.from_env(), """
        SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM core.article_signatures),
               (SELECT count(*) FROM core.articles WHERE cluster_id IS NULL),
               (SELECT count(*) FROM raw.fetches WHERE kind = 'feed')""")[1][0]
    assert counts == (process["new_articles"], process["new_articles"], 0, 2 * len(enabled))


# the task whose return value is the stage's report, on a DuckDB file and on a lake
REPORTERS = ("fetch_and_archive", "process_articles", "announce_fetched", "cluster_and_index")


def run_dags() -> None:
    """In a fresh process (environment from `airflow_env`): dag.test() both DAGs twice, print what happened."""
    from airflow.dag_processing.dagbag import DagBag
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.models.xcom import XComModel
    from airflow.utils.db import initdb
    from airflow.utils.session import create_session
    from sqlalchemy import select

    initdb()
    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}, bag.import_errors
    out: dict = {"rounds": [], "events": {}}
    for _ in range(2):
        runs = {}
        for dag_id in ("news_ingest", "news_process"):
            run = bag.dags[dag_id].test()  # does not raise when a task fails: the caller checks the states
            with create_session() as session:
                report = session.scalar(  # a skipped task leaves its report under "report"
                    select(XComModel.value).where(
                        XComModel.dag_id == dag_id, XComModel.run_id == run.run_id, XComModel.task_id.in_(REPORTERS),
                        XComModel.key.in_(("return_value", "report")),
                    )
                )
            instances = run.get_task_instances()
            runs[dag_id] = {
                "state": str(run.state),
                "tasks": {ti.task_id: str(ti.state) for ti in instances if ti.map_index < 0},
                "mapped": {ti.task_id: sorted(str(t.state) for t in instances if t.task_id == ti.task_id)
                           for ti in instances if ti.map_index >= 0},
                "report": json.loads(report) if isinstance(report, str) else report,
            }
        out["rounds"].append(runs)
    with create_session() as session:
        rows = session.execute(
            select(AssetModel.name, AssetEvent.extra)
            .join(AssetModel, AssetEvent.asset_id == AssetModel.id)
            .order_by(AssetEvent.timestamp)
        )
        for name, extra in rows:
            out["events"].setdefault(name, []).append(extra)
    print(json.dumps(out, default=str))


if __name__ == "__main__" and sys.argv[1:] == ["run-dags"]:
    run_dags()
