"""Shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile

# Airflow reads its home at import: keep the tests' Airflow state out of ~/airflow
_AIRFLOW_HOME = tempfile.mkdtemp(prefix="newsflow-test-airflow-")
atexit.register(shutil.rmtree, _AIRFLOW_HOME, True)
os.environ["AIRFLOW_HOME"] = _AIRFLOW_HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_AIRFLOW_HOME}/airflow.db"

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsflow.sample_server import serve_directory


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """An empty directory served by `sample_server`; tests write their files here."""
    root = tmp_path / "www"
    root.mkdir()
    return root


@pytest.fixture
def sample_server(sample_root: Path) -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) of a loopback server over `sample_root`."""
    with serve_directory(sample_root) as base_url:
        yield base_url


@pytest.fixture(autouse=True)
def newsflow_home(tmp_path, monkeypatch) -> Path:
    """Every test's NEWSFLOW_HOME is its own (archive, Data Docs, Parquet, read copy), never ./data."""
    home = tmp_path / "newsflow-home"
    monkeypatch.setenv("NEWSFLOW_HOME", str(home))
    return home


@pytest.fixture
def smtp_receiver() -> Iterator[tuple[int, list]]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    messages: list = []

    class Keep(Message):
        def handle_message(self, message):
            messages.append(message)

    with socket.socket() as probe:  # aiosmtpd needs a concrete port to check it started
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, messages
    finally:
        controller.stop()
