"""A database built by the real pipeline from the bundled samples, for the publish, quality and marts tests.

The samples are ingested three times (two feeds fail every time, so they count as failing feeds) and
processed; a copy is handed to each test. The facts the extractor found are cleared so that each test
inserts exactly the facts it needs (tests/test_pipeline.py publishes the extractor's own output).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from newsflow import pipeline, store
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Settings, load_feeds
from newsflow.extract import EXTRACTOR_VERSION
from newsflow.sample_server import serve_directory

FAILING_FEEDS = {"broken-server", "discontinued"}  # the samples' feeds that answer 500 and 404


def build(home: Path, polls: int = 3) -> Settings:
    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=home, db_path=home / "newsflow.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        for _ in range(polls):
            run = pipeline.ingest(settings, feeds)
            pipeline.process(settings, feeds, run_id=run.run_id)
    with store.connect(settings) as con:
        con.execute("DELETE FROM core.metrics")
        con.execute("DELETE FROM core.rating_actions")
    return replace(settings, connect_to=())


def build_published(home: Path) -> Settings:
    """The samples through the whole pipeline once, the extractor's facts kept, then published."""
    from newsflow.publish import PUBLISHED, publish

    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=home, db_path=home / "newsflow.duckdb", connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    settings = replace(settings, connect_to=())
    assert publish(settings).status == PUBLISHED
    return settings


def copy(source: Settings, home: Path) -> Settings:
    """A new NEWSFLOW_HOME holding a copy of the database (alone: no alerts, docs or Parquet yet)."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source.db_path, home / source.db_path.name)
    return replace(source, home=home, db_path=home / source.db_path.name)


def articles(settings: Settings, n: int) -> list[tuple[str, str, str]]:
    """(article_id, title, feed) of n articles, in a stable order."""
    return store.query(settings, "SELECT article_id, title, feed FROM core.articles ORDER BY article_id LIMIT ?",
                       [n])[1]


def metric(article_id: str, metric: str = "revenue", value: float | None = 10.5, unit: str | None = "USD",
           **extra) -> dict:
    """A core.metrics row as the extractor writes it (entity as written, entity_key the entity's key)."""
    span = extra.pop("span", (0, 10))
    seq = extra.pop("seq", 1000 + span[0])  # clear of the rows the pipeline's own extraction wrote
    return {"article_id": article_id, "metric": metric, "value": value, "unit": unit, "span_start": span[0],
            "span_end": span[1], "metric_seq": seq, "extractor_version": EXTRACTOR_VERSION, "entity": "Alibaba", "ticker": "BABA",
            "entity_key": "alibaba", "confidence": 0.9, "period": "2025Q2", "evidence": f"{metric} was {value} {unit}",
            **extra}


def rating(article_id: str, seq: int = 1000, **extra) -> dict:
    return {"article_id": article_id, "broker": "Goldman Sachs", "company": "Alibaba", "ticker": "BABA",
            "action": "maintain", "rating": "buy", "target_price": 179.0, "prior_target_price": 163.0,
            "currency": "USD", "evidence": "Goldman raised its target to $179", "extractor_version": EXTRACTOR_VERSION,
            "action_seq": seq, "company_key": "alibaba", "broker_key": "goldman-sachs", "confidence": 0.9, **extra}


def insert(settings: Settings, table: str, rows: list[dict]) -> None:
    with store.connect(settings) as con:
        store.insert_rows(con, table, rows)


def execute(settings: Settings, sql: str, params: list | None = None) -> None:
    with store.connect(settings) as con:
        con.execute(sql, params or [])


@pytest.fixture(scope="session")
def sample_source(tmp_path_factory) -> Settings:
    return build(tmp_path_factory.mktemp("sample-source"))


@pytest.fixture
def sample_db(sample_source: Settings, tmp_path: Path) -> Settings:
    return copy(sample_source, tmp_path / "home")


@pytest.fixture(scope="session")
def published_samples(tmp_path_factory) -> Settings:
    return build_published(tmp_path_factory.mktemp("published-samples") / "home")
