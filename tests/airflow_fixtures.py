"""Running Airflow in a test: a throwaway AIRFLOW_HOME and SQLite metadata database per process."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DAGS = REPO / "dags"
HEAVY = ("duckdb", "feedparser", "trafilatura", "great_expectations", "bs4", "pandas", "plotly", "jieba")


def airflow_env(tmp: Path, **extra: str) -> dict[str, str]:
    """Environment for a process that runs Airflow against a throwaway home and metadata database."""
    home = tmp / "airflow"
    home.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        **extra,
    }


def task_logs(stdout: str, dag_id: str, task_id: str) -> list[list[str]]:
    """The log lines of each dag.test() run of a task, in order, cut from the output of the process that ran
    them: dag.test() writes the task logs to stdout, between its own "[DAG TEST]" lines."""
    runs, current = [], None
    for line in stdout.splitlines():
        if f"[DAG TEST] running task <TaskInstance: {dag_id}.{task_id} " in line:
            current = []
        elif current is not None and f"[DAG TEST] end task task_id={task_id} " in line:
            runs.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return runs
