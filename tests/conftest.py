"""Shared fixtures."""

from __future__ import annotations

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
