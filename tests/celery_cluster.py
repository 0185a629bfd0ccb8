"""A throwaway Airflow cluster on loopback for the CeleryExecutor run (`make celery`): PostgreSQL (the metadata
database, Celery's results and the lake's catalog, `postgres_server`), Redis (the broker), the bundled sample
feeds (`newsflow.sample_server`), then `airflow db migrate`, `newsflow airflow-setup`, and the api-server,
scheduler, dag-processor, triggerer and N Celery workers, each its own process group with its log under one
temporary folder. Everything it started is stopped on the way out; on failure the folder is kept and named.

    with celery_cluster() as cluster:
        cluster.unpause("news_ingest")
        cluster.wait(lambda: ..., "what it waits for", timeout=600)

The store is a DuckLake, so the DAGs fan out (their shape is chosen when the DAG files are parsed, from
NEWSFLOW_STORE: every component gets the same environment).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsflow.config import SAMPLE_HOST, SAMPLES_DIR
from newsflow.sample_server import serve_directory
from postgres_server import PostgresUnavailable, _free_port, postgres_server, server_binaries

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ACTIVE = ("queued", "running")
# what the Celery worker logs for each task it is handed: the Celery task id (task_instance.external_executor_id)
EXECUTING = re.compile(r"\[([0-9a-f-]{36})\] Executing workload in Celery")


class ClusterUnavailable(RuntimeError):
    """No redis-server or PostgreSQL server binaries here."""


def unavailable() -> str | None:
    """Why no cluster can be started here, or None."""
    if not shutil.which("redis-server"):
        return "no redis-server (apt-get install redis-server, or `make redis`)"
    try:
        server_binaries()
    except PostgresUnavailable as exc:
        return str(exc)
    return None


@dataclass
class Cluster:
    root: Path  # the temporary folder: logs/, airflow/ (AIRFLOW_HOME), home/ (NEWSFLOW_HOME), lake/
    env: dict[str, str]  # every component's environment
    metadata_dsn: str
    workers: list[str]
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lake(self) -> dict[str, str]:
        """The newsflow settings of the cluster's store (for `Settings`, the CLI, comparisons)."""
        return {k: self.env[k] for k in ("NEWSFLOW_HOME", "NEWSFLOW_STORE", "NEWSFLOW_LAKE_DATA")}

    def airflow(self, *args: str, timeout: float = 300) -> str:
        """Run the `airflow` CLI with the cluster's settings; its output."""
        done = subprocess.run([str(BIN / "airflow"), *args], env=self.env, cwd=REPO, capture_output=True, text=True,
                              timeout=timeout)
        if done.returncode:
            raise RuntimeError(f"airflow {' '.join(args)} exited {done.returncode}: {done.stderr[-3000:]}")
        return done.stdout

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read Airflow's metadata database."""
        import psycopg2

        with psycopg2.connect(self.metadata_dsn) as con, con.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
        con.close()
        return rows

    def unpause(self, *dag_ids: str) -> None:
        self.airflow("dags", "unpause", "--treat-dag-id-as-regex", "--yes", f"^({'|'.join(dag_ids)})$")

    def runs(self) -> list[tuple[str, str, str, str]]:
        """(dag_id, run_id, run_type, state) of every DAG run, oldest first."""
        return self.query("SELECT dag_id, run_id, run_type, state FROM dag_run ORDER BY id")

    def task_instances(self) -> list[tuple]:
        """(dag_id, run_id, task_id, map_index, state, try_number, external_executor_id) of every task instance."""
        return self.query("SELECT dag_id, run_id, task_id, map_index, state, try_number, external_executor_id "
                          "FROM task_instance ORDER BY dag_id, run_id, task_id, map_index")

    def ran_on(self) -> dict[str, list[tuple[str, str, str, int]]]:
        """Which worker ran which task instance (dag_id, run_id, task_id, map_index), from the workers' own logs."""
        by_celery_id = {ti[6]: ti[:4] for ti in self.task_instances() if ti[6]}
        return {worker: [by_celery_id[i] for i in EXECUTING.findall(self._log(worker)) if i in by_celery_id]
                for worker in self.workers}

    def wait(self, done: Callable[[], bool], what: str, timeout: float, poll: float = 2.0) -> None:
        """Until `done()`; fails at once when a component dies or a task fails or is to be retried (with its log),
        and after `timeout` seconds (with the state of every run and the tails of the logs)."""
        deadline = time.monotonic() + timeout
        while not done():
            dead = {name: p.returncode for name, p in self.processes.items() if p.poll() is not None}
            if dead:
                raise AssertionError(f"waiting for {what}: {dead} exited\n{self.report()}")
            bad = [ti for ti in self.task_instances() if ti[4] in ("failed", "up_for_retry", "upstream_failed")]
            if bad:
                raise AssertionError(f"waiting for {what}: task(s) {bad}\n{self.report(bad)}")
            if time.monotonic() > deadline:
                raise AssertionError(f"waiting for {what}: not after {timeout:.0f} s\n{self.report()}")
            time.sleep(poll)

    def settled(self) -> bool:
        """No DAG run queued or running."""
        return not [r for r in self.runs() if r[3] in ACTIVE]

    def report(self, tasks: list[tuple] = (), lines: int = 40) -> str:
        """The runs, the logs of the given task instances, the tail of every component's log."""
        parts = ["runs: " + "; ".join(" ".join(r[i] for i in (0, 2, 3)) for r in self.runs())]
        for dag_id, run_id, task_id, map_index, *_ in tasks:
            mapped = f"map_index={map_index}/" if map_index >= 0 else ""
            for log in sorted((self.root / "airflow" / "logs").glob(
                    f"dag_id={dag_id}/run_id={run_id}/task_id={task_id}/{mapped}attempt=*.log")):
                parts.append(f"--- {log.relative_to(self.root)}\n" + _tail(log.read_text(errors="replace"), lines))
        for name in self.processes:
            parts.append(f"--- {name}.log\n" + _tail(self._log(name), lines // 2))
        parts.append(f"(every log is under {self.logs} and {self.root / 'airflow' / 'logs'})")
        return "\n".join(parts)

    def _log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


@contextmanager
def celery_cluster(workers: int = 2, concurrency: int = 2) -> Iterator[Cluster]:
    """The cluster, ready: api-server answering, the DAGs parsed (paused) and every worker listening."""
    reason = unavailable()
    if reason:
        raise ClusterUnavailable(reason)
    root = Path(tempfile.mkdtemp(prefix="newsflow-celery-"))
    (root / "logs").mkdir()
    try:
        with ExitStack() as stack:
            postgres = stack.enter_context(postgres_server())
            metadata = postgres.create_database("airflow")
            lake = postgres.create_database("lake")
            redis_port = stack.enter_context(_redis(root / "redis", root / "logs" / "redis.log"))
            samples = stack.enter_context(serve_directory(SAMPLES_DIR)).split("://", 1)[1]
            api_port = _free_port()
            metadata_url = f"postgresql+psycopg2://postgres@127.0.0.1:{postgres.port}/airflow"
            # the caller's own Airflow and newsflow settings stay out: the cluster is the same wherever it runs
            env = {
                **{k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_"))},
                "PATH": f"{BIN}:{os.environ['PATH']}",
                "AIRFLOW_HOME": str(root / "airflow"),
                "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
                "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
                "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
                "AIRFLOW__CORE__PARALLELISM": str(4 * workers * concurrency),
                # paused at first: the test decides what runs when (unpausing a DAG schedules its latest cron tick)
                "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_url,
                "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:{redis_port}/0",
                "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{metadata_url}",
                # every component signs and checks task tokens with the same secret (apache/airflow#49646)
                "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
                "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
                "AIRFLOW__API__HOST": "127.0.0.1",
                "AIRFLOW__API__PORT": str(api_port),
                "AIRFLOW__API__WORKERS": "1",
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
                # a DAG unpaused gets its asset watcher at the next parse of its file
                "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "10",
                "NEWSFLOW_HOME": str(root / "home"),
                "NEWSFLOW_STORE": f"ducklake:postgres:{lake}",
                "NEWSFLOW_LAKE_DATA": str(root / "lake"),
                "NEWSFLOW_FEEDS": str(SAMPLES_DIR / "feeds.yaml"),
                # the samples' stable host, on loopback: the same URLs and article ids as `newsflow run --sample`
                "NEWSFLOW_CONNECT_TO": f"{SAMPLE_HOST}={samples}",
                "NEWSFLOW_WORKERS": "1",  # the task processes are the parallelism here
            }
            names = [f"worker{n}" for n in range(1, workers + 1)]
            cluster = Cluster(root, env, metadata, names)
            _setup(cluster, "db-migrate", [str(BIN / "airflow"), "db", "migrate"])
            _setup(cluster, "airflow-setup", [str(BIN / "newsflow"), "airflow-setup"])
            stack.callback(_stop, cluster.processes)
            airflow = str(BIN / "airflow")
            # the log servers would listen on every interface, on ports the workers would share: tasks log to files
            commands = {"api-server": [airflow, "api-server"],
                        "scheduler": [airflow, "scheduler", "--skip-serve-logs"],
                        "dag-processor": [airflow, "dag-processor"],
                        "triggerer": [airflow, "triggerer", "--skip-serve-logs"]}
            for name in names:
                commands[name] = [airflow, "celery", "worker", "--celery-hostname", f"{name}@%h",
                                  "--concurrency", str(concurrency), "--skip-serve-logs"]
            for name, command in commands.items():
                with (cluster.logs / f"{name}.log").open("w") as log:
                    cluster.processes[name] = subprocess.Popen(command, env=env, cwd=REPO, stdout=log,
                                                               stderr=subprocess.STDOUT, start_new_session=True)
            cluster.wait(lambda: _answers(f"http://127.0.0.1:{api_port}/api/v2/monitor/health"),
                         "the api-server", timeout=180)
            cluster.wait(lambda: _parsed(cluster), "the DAG files parsed", timeout=180)
            cluster.wait(lambda: all(re.search(rf"{name}@\S+ ready\.", cluster._log(name)) for name in names),
                         "the Celery workers ready", timeout=180)
            yield cluster
    except BaseException as exc:
        exc.add_note(f"the cluster's logs are kept in {root}")
        raise
    shutil.rmtree(root, ignore_errors=True)


def _setup(cluster: Cluster, name: str, command: list[str]) -> None:
    with (cluster.logs / f"{name}.log").open("w") as log:
        done = subprocess.run(command, env=cluster.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, timeout=600)
    if done.returncode:
        raise RuntimeError(f"{name} exited {done.returncode}:\n{_tail(cluster._log(name), 30)}")


def _parsed(cluster: Cluster) -> bool:
    errors = cluster.query("SELECT filename, stacktrace FROM import_error")
    if errors:
        raise AssertionError(f"the DAG files do not import: {errors}")
    dags = {d for (d,) in cluster.query("SELECT dag_id FROM dag WHERE NOT is_stale")}
    return {"news_ingest", "news_process", "news_publish"} <= dags


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def _redis(folder: Path, log: Path) -> Iterator[int]:
    """redis-server on a free loopback port, its own folder, nothing persisted; stopped on exit."""
    folder.mkdir()
    port = _free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder), "--save", "",
         "--appendonly", "no", "--daemonize", "no", "--logfile", str(log)],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not _pong(port):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start:\n{_tail(log.read_text(errors='replace'), 20)}")
            time.sleep(0.1)
        yield port
    finally:
        _stop({"redis": server})


def _pong(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _stop(processes: dict[str, subprocess.Popen], grace: float = 60) -> None:
    """SIGTERM to each process group (the Celery workers finish the task in hand), SIGKILL to what is left."""
    for process in reversed(list(processes.values())):
        _signal(process, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for process in processes.values():
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        _signal(process, signal.SIGKILL)  # what the group's leader left behind, or the leader itself
        process.wait()


def _signal(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass


def _tail(text: str, lines: int) -> str:
    return "\n".join(text.splitlines()[-lines:])
