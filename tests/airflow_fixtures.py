"""Running Airflow in a test: a throwaway AIRFLOW_HOME and SQLite metadata database per process."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DAGS = REPO / "dags"
HEAVY = ("duckdb", "feedparser", "trafilatura", "great_expectations", "bs4", "pandas")


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
