"""docker-compose.yml and docker/Dockerfile, checked as files (no Docker engine is needed)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
DOCKERFILE = (REPO / "docker" / "Dockerfile").read_text(encoding="utf-8")
AIRFLOW = ["airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-worker", "airflow-triggerer"]
DATA_DIR = "/opt/newsflow/data"


def env(service: str) -> dict[str, str]:
    return {k: str(v) for k, v in SERVICES[service]["environment"].items()}


def test_the_official_airflow_3_services_are_all_there():
    assert set(SERVICES) >= {"postgres", "redis", "airflow-init", *AIRFLOW}
    commands = {name: SERVICES[name]["command"] for name in AIRFLOW}
    assert commands == {
        "airflow-apiserver": "api-server",
        "airflow-scheduler": "scheduler",
        "airflow-dag-processor": "dag-processor",
        "airflow-worker": "celery worker",
        "airflow-triggerer": "triggerer",
    }


def test_every_airflow_container_runs_the_image_built_from_docker_dockerfile():
    images = set()
    for name in [*AIRFLOW, "airflow-init"]:
        build = SERVICES[name]["build"]
        assert (build["context"], build["dockerfile"]) == (".", "docker/Dockerfile")
        images.add(SERVICES[name]["image"])
    assert len(images) == 1  # built once, run everywhere


def test_celery_executor_and_shared_settings():
    for name in [*AIRFLOW, "airflow-init"]:
        e = env(name)
        assert e["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert e["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert e["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
        assert "@postgres/" in e["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        # one JWT secret for all, and no default committed to the repository
        assert re.fullmatch(r"\$\{AIRFLOW__API_AUTH__JWT_SECRET:\?.+\}", e["AIRFLOW__API_AUTH__JWT_SECRET"])
        assert e["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"


def test_newsflow_settings_point_into_the_mounts():
    for name in [*AIRFLOW, "airflow-init"]:
        e = env(name)
        assert e["NEWSFLOW_HOME"] == DATA_DIR
        assert e["NEWSFLOW_FEEDS"] == "/opt/airflow/config/feeds.yaml"
        assert e["NEWSFLOW_SQL_DIR"] == "/opt/airflow/sql"
    assert (REPO / "config" / "feeds.yaml").is_file()


def test_working_tree_mounts_and_the_shared_data_volume():
    expected = {
        "./dags": "/opt/airflow/dags",
        "./plugins": "/opt/airflow/plugins",
        "./config": "/opt/airflow/config",
        "./sql": "/opt/airflow/sql",
        "./logs": "/opt/airflow/logs",
        "newsflow-data": DATA_DIR,
    }
    for name in [*AIRFLOW, "airflow-init"]:
        mounts = dict(volume.split(":", 1) for volume in SERVICES[name]["volumes"])
        assert mounts == expected, name
    assert "newsflow-data" in COMPOSE["volumes"]
    for source in ("dags", "plugins", "config", "sql"):
        assert (REPO / source).is_dir(), source


def test_healthchecks_and_start_order():
    api_health = SERVICES["airflow-apiserver"]["healthcheck"]["test"]
    assert "http://localhost:8080/api/v2/monitor/health" in api_health
    assert SERVICES["airflow-apiserver"]["ports"] == ["${AIRFLOW_API_PORT:-8080}:8080"]
    for name in ["postgres", "redis", *AIRFLOW]:
        assert SERVICES[name]["healthcheck"]["test"], name
    for name in AIRFLOW:
        depends = SERVICES[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy"
        assert depends["redis"]["condition"] == "service_healthy"
        assert depends["airflow-init"]["condition"] == "service_completed_successfully"
    assert SERVICES["airflow-worker"]["depends_on"]["airflow-apiserver"]["condition"] == "service_healthy"


def test_init_migrates_the_database_and_creates_the_pool():
    init = SERVICES["airflow-init"]
    script = init["command"][-1]
    e = env("airflow-init")
    assert e["_AIRFLOW_DB_MIGRATE"] == "true"  # the image's entrypoint runs `airflow db migrate`
    assert "/entrypoint airflow version" in script
    assert "python -m newsflow.airflow_setup" in script
    assert script.index("/entrypoint airflow version") < script.index("newsflow.airflow_setup")
    assert script.startswith("set -e")
    assert (REPO / "plugins" / "newsflow" / "airflow_setup.py").is_file()


def test_dockerfile_extends_airflow_3_3_2_on_the_python_the_project_supports():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    base = re.search(r"^FROM\s+(\S+)", DOCKERFILE, re.M).group(1)
    assert base.startswith("apache/airflow:3.3.2")
    python = re.search(r"-python(3\.\d+)$", base).group(1)
    assert f">={python}" in pyproject["project"]["requires-python"]

    install = re.search(r"^RUN pip install .*$", DOCKERFILE, re.M).group(0)
    assert '"apache-airflow==3.3.2"' in install
    assert "apache-airflow==3.3.2" in pyproject["project"]["dependencies"]


def test_dockerfile_copies_only_existing_paths_that_the_build_context_lets_through():
    ignore = (REPO / "docker" / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    for line in re.findall(r"^COPY\s+(?:--\S+\s+)*(.+)$", DOCKERFILE, re.M):
        *sources, _target = line.split()
        for source in sources:
            if source == "README.md" and not (REPO / source).exists():
                pytest.fail("README.md is named in pyproject.toml and copied into the image, but is missing")
            assert (REPO / source).exists(), source
            assert f"!{source}" in ignore, f"{source} is excluded from the build context"
    assert "ENV NEWSFLOW_HOME=/opt/newsflow/data" in DOCKERFILE


def test_env_example_lists_every_variable_compose_requires():
    keys = {
        line.split("=", 1)[0]
        for line in (REPO / ".env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    required = set(re.findall(r"\$\{(\w+):\?", text))
    assert required and required <= keys


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose is not installed")
def test_docker_compose_accepts_the_file(tmp_path):
    no_env_file = tmp_path / "empty.env"  # a developer's own .env must not decide this test
    no_env_file.write_text("")
    command = ["docker-compose", "--env-file", str(no_env_file), "-f", str(REPO / "docker-compose.yml"), "config", "-q"]
    base = {k: v for k, v in os.environ.items() if k != "AIRFLOW__API_AUTH__JWT_SECRET"}
    check = subprocess.run(
        command, env={**base, "AIRFLOW__API_AUTH__JWT_SECRET": "test", "AIRFLOW_UID": "50000"},
        capture_output=True, text=True, timeout=60,
    )
    assert check.returncode == 0, check.stderr
    missing = subprocess.run(command, env=base, capture_output=True, text=True, timeout=60)
    assert missing.returncode != 0 and "AIRFLOW__API_AUTH__JWT_SECRET" in missing.stderr


def test_the_store_is_a_lake_in_the_compose_postgres_with_its_files_on_the_shared_volume():
    for name in [*AIRFLOW, "airflow-init"]:
        e = env(name)
        spec = re.fullmatch(r"\$\{NEWSFLOW_STORE:-(.+)\}", e["NEWSFLOW_STORE"]).group(1)  # .env may override
        assert spec.startswith("ducklake:postgres:")
        libpq = dict(pair.split("=", 1) for pair in spec.removeprefix("ducklake:postgres:").split())
        assert libpq["host"] == "postgres" and libpq["dbname"] == "newsflow"
        assert e["NEWSFLOW_LAKE_DATA"].startswith(DATA_DIR + "/")  # on newsflow-data, which every worker mounts
    # the catalog's database is created by the postgres image's first start
    mounts = dict(volume.rsplit(":", 1)[0].split(":", 1) for volume in SERVICES["postgres"]["volumes"]
                  if volume.startswith("./"))
    assert mounts["./docker/postgres-init.sql"].startswith("/docker-entrypoint-initdb.d/")
    init_sql = (REPO / "docker" / "postgres-init.sql").read_text(encoding="utf-8")
    assert re.search(r"CREATE DATABASE newsflow\b", init_sql)
    # the catalog is created once, by airflow-init, before any worker starts (concurrent creation can fail)
    assert "newsflow.airflow_setup" in SERVICES["airflow-init"]["command"][-1]


def test_workers_scale_with_docker_compose_scale():
    worker = SERVICES["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker  # N copies need neither a name nor a port
    assert worker["command"] == "celery worker"
