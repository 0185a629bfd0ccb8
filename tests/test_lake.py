"""The lake store (NEWSFLOW_STORE=ducklake:postgres:…): a real PostgreSQL server for its catalog, real newsflow
processes. The same run gives the same tables as a DuckDB file; concurrent writers over the same feeds
neither duplicate nor lose a row."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from newsflow import store
from newsflow.config import SAMPLES_DIR, Settings
from postgres_server import PostgresUnavailable, postgres_server

NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))
REPO = Path(__file__).resolve().parents[1]
_names = itertools.count()


@pytest.fixture(scope="module")
def postgres() -> Iterator:
    try:
        with postgres_server() as server:
            yield server
    except PostgresUnavailable as exc:
        pytest.skip(f"lake tests need a PostgreSQL server: {exc}")


@pytest.fixture
def lake(postgres, tmp_path) -> dict[str, str]:
    """The environment of a new, empty lake: its own database and data folder."""
    dsn = postgres.create_database(f"lake{next(_names)}")
    return {"NEWSFLOW_STORE": f"ducklake:postgres:{dsn}", "NEWSFLOW_LAKE_DATA": str(tmp_path / "lake-data")}


def newsflow(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([NEWSFLOW, *args], env={**os.environ, **env}, capture_output=True, text=True, cwd=REPO,
                            timeout=900)
    if check and result.returncode:
        raise AssertionError(f"newsflow {' '.join(args)} exited {result.returncode}: {result.stderr[-3000:]}")
    return result


def settings_of(env: dict[str, str]) -> Settings:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return Settings.from_env()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# Values that differ from one run to the next whatever the store: when and by which run a row was made, and
# what derives from that (fetch ids hash the run and the time; a fetch's latency)
VOLATILE = {"run_id", "fetch_id", "elapsed_ms", "median_latency_ms", "data_docs", "parsed_at", "fetched_at",
            "received_at", "first_seen_at", "loaded_at", "extracted_at", "signed_at", "seen_at", "indexed_at",
            "rejected_at", "checked_at", "flagged_at", "started_at", "finished_at", "applied_at", "last_seen",
            "first_seen", "unexpected_sample", "observed_value", "compacted_at", "checksum"}


# ...and, where a feed gave no date, the time an article was first seen stands for its publication; feed health is by
# the day of each fetch (two runs either side of midnight UTC poll on two days)
VOLATILE_IN = {"core.stories": {"first_published"}, "search.documents": {"published_at"}, "marts.daily_feed_health": {"day"}}
ESTIMATED = "CASE WHEN published_at_estimated THEN NULL ELSE published_at END"


def contents(settings: Settings, exact: bool = False) -> dict[str, list[tuple]]:
    """Every table and view of the pipeline's schemas, its rows sorted, without the volatile columns (with
    them: `exact`)."""
    with store.connect(settings, read_only=True) as con:
        tables = con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = current_database() "
            "AND table_schema IN ('raw', 'core', 'dq', 'marts', 'search') ORDER BY ALL").fetchall()
        found = {}
        for schema, table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
                "AND table_schema = ? AND table_name = ? ORDER BY ordinal_position", [schema, table]).fetchall()
                if exact or c not in VOLATILE | VOLATILE_IN.get(f"{schema}.{table}", set())]
            listed = ", ".join(ESTIMATED if c == "published_at" and "published_at_estimated" in columns and not exact
                               else f'"{c}"' for c in columns)
            found[f"{schema}.{table}"] = con.execute(f"SELECT {listed} FROM {schema}.{table} ORDER BY ALL").fetchall()
        return found


def test_a_sample_run_and_publish_give_the_same_tables_and_answers_as_a_duckdb_file(lake, tmp_path):
    single = {"NEWSFLOW_HOME": str(tmp_path / "single"), "NEWSFLOW_STORE": f"duckdb:{tmp_path / 'single.duckdb'}"}
    shared = {"NEWSFLOW_HOME": str(tmp_path / "shared"), **lake}
    answers = {}
    for name, env in (("single", single), ("shared", shared)):
        newsflow("run", "--sample", env=env)
        assert newsflow("publish", env=env).returncode == 0
        answers[name] = [
            newsflow("sql", "SELECT language, count(*) FROM core.articles GROUP BY 1 ORDER BY 1; "
                     "SELECT rank, title, outlets FROM search('Alibaba target price')", "--format", "csv",
                     env=env).stdout,
            newsflow("stories", "--day", "2025-09-17", "--format", "csv", env=env).stdout,
            newsflow("search", "騰訊 目標價", "--format", "csv", env=env).stdout,
        ]
        dq = newsflow("dq", env=env)
        assert "published" in dq.stdout and "blocking failed 0" in dq.stdout
    assert "lake" in newsflow("sql", "SELECT 1", env=shared).stderr  # it says what it reads
    single_tables, shared_tables = contents(settings_of(single)), contents(settings_of(shared))
    assert single_tables.keys() == shared_tables.keys()
    assert {"raw.entries", "core.articles", "core.metrics", "search.postings", "marts.daily_metrics",
            "marts.target_consensus", "dq.results"} <= shared_tables.keys()
    assert [t for t in single_tables if shared_tables[t] != single_tables[t]] == []
    assert len(shared_tables["core.articles"]) >= 40 and len(shared_tables["marts.daily_metrics"]) > 100
    assert answers["shared"] == answers["single"]
    assert "Alibaba" in answers["shared"][0] and answers["shared"][1].count("\n") >= 4


def test_four_concurrent_writers_over_overlapping_feeds_neither_duplicate_nor_lose_a_row(lake, tmp_path):
    feeds = yaml.safe_load((SAMPLES_DIR / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]
    # four windows over the feeds, each of them in two: every feed fetched and processed by two writers at once
    shards = []
    for n in range(4):
        shard = tmp_path / f"shard{n}.yaml"
        shard.write_text(yaml.safe_dump({"feeds": [f for i, f in enumerate(feeds) if i % 4 in (n, (n + 1) % 4)]}))
        shards.append(shard)
    small_batches = {"NEWSFLOW_BATCH_ENTRIES": "5", "NEWSFLOW_WORKERS": "1"}  # many transactions that interleave
    shared = {"NEWSFLOW_HOME": str(tmp_path / "shared"), **lake, **small_batches}
    # all four start on a catalog nobody created yet: they create it at once
    writers = [subprocess.Popen(
        ["sh", "-c",
         f'"{NEWSFLOW}" ingest --sample --feeds "{shard}" && "{NEWSFLOW}" process --sample --feeds "{shard}"'],
        env={**os.environ, **shared}, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for shard in shards]
    for writer in writers:
        out, err = writer.communicate(timeout=900)
        assert writer.returncode == 0, err[-3000:]
    single = {"NEWSFLOW_HOME": str(tmp_path / "single"), "NEWSFLOW_STORE": f"duckdb:{tmp_path / 'single.duckdb'}"}
    newsflow("ingest", "--sample", env=single)
    newsflow("process", "--sample", env=single)

    same_rows(settings_of(shared), settings_of(single))
    # every article in a story, and the syndicated copies together as one
    stories = "SELECT count(DISTINCT cluster_id) FROM core.articles"
    assert store.query(settings_of(shared), stories)[1] == store.query(settings_of(single), stories)[1]


def test_shards_in_concurrent_processes_then_one_finish_give_the_rows_and_stories_of_one_run(lake, tmp_path):
    """The fan-out on a lake (dags/ maps it over workers): each shard's feeds fetched and processed by its own
    process, all at once; then stories and the search index once, for all."""
    small_batches = {"NEWSFLOW_BATCH_ENTRIES": "5", "NEWSFLOW_WORKERS": "1"}
    shared = {"NEWSFLOW_HOME": str(tmp_path / "shared"), **lake, **small_batches}
    writers = [subprocess.Popen(
        ["sh", "-c", f'"{NEWSFLOW}" ingest --sample --shard {n}/4 && "{NEWSFLOW}" process --sample --shard {n}/4'],
        env={**os.environ, **shared}, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(1, 5)]
    for writer in writers:
        out, err = writer.communicate(timeout=900)
        assert writer.returncode == 0, err[-3000:]
    lake_settings = settings_of(shared)
    enabled = [f for f in yaml.safe_load((SAMPLES_DIR / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]
               if f.get("enabled", True)]
    # each feed fetched once, by its shard; the articles stored and read, but in no story and not indexed yet
    assert store.query(lake_settings, "SELECT count(*), count(DISTINCT feed) FROM raw.fetches WHERE kind = 'feed'"
                       )[1] == [(len(enabled), len(enabled))]
    articles, signed, indexed = store.query(lake_settings, """
        SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM core.article_signatures),
               (SELECT count(*) FROM search.documents)""")[1][0]
    assert articles >= 40 and (signed, indexed) == (0, 0)

    finish = newsflow("process", "--sample", "--finish", env=shared)
    assert "stories" in finish.stdout
    single = {"NEWSFLOW_HOME": str(tmp_path / "single"), "NEWSFLOW_STORE": f"duckdb:{tmp_path / 'single.duckdb'}"}
    newsflow("ingest", "--sample", env=single)
    newsflow("process", "--sample", env=single)
    other_copy = same_rows(lake_settings, settings_of(single))
    # the same stories: the same articles together (story ids name a story's first article, which may differ)
    together = "SELECT list(article_id ORDER BY article_id) FROM core.articles GROUP BY cluster_id"
    partitions = [sorted(sorted(set(ids) - other_copy) for (ids,) in store.query(s, together)[1])
                  for s in (lake_settings, settings_of(single))]
    assert partitions[0] == partitions[1]
    # a second finish has nothing left to do
    again = newsflow("process", "--sample", "--finish", env=shared)
    assert store.query(lake_settings, "SELECT count(*) FROM core.article_signatures")[1] == [(articles,)]
    assert again.returncode == 0


def same_rows(lake_settings: Settings, file_settings: Settings) -> set[str]:
    """Assert that the lake holds no duplicate and the rows of the single-writer file; returns the articles whose
    kept copy differs (another outlet's copy of the same syndicated story)."""
    keys = {"raw.entries": "entry_key", "raw.feed_parses": "fetch_id", "core.articles": "article_id",
            "core.article_sources": "article_id, entry_key", "core.rejected_entries": "entry_key",
            "core.extractions": "article_id, extractor_version",
            "core.metrics": "article_id, extractor_version, metric_seq",
            "core.rating_actions": "article_id, extractor_version, action_seq",
            "core.article_signatures": "article_id", "search.documents": "article_id"}
    for table, key in keys.items():
        total, distinct = store.query(lake_settings, f"SELECT count(*), count(DISTINCT ({key})) FROM {table}")[1][0]
        assert total == distinct, f"{table}: {total - distinct} duplicate rows"
    # every fetched body parsed once; every entry, article, source and fact the single writer stores, no more
    assert store.query(lake_settings, """
        SELECT count(*) FROM raw.fetches f WHERE kind = 'feed' AND outcome = 'ok'
        AND NOT EXISTS (SELECT 1 FROM raw.feed_parses p WHERE p.fetch_id = f.fetch_id)""")[1] == [(0,)]
    # a page or robots.txt fetch that failed changes which article an entry becomes: say so if it happened
    failed = store.query(lake_settings, "SELECT kind, url, error FROM raw.fetches WHERE kind <> 'feed' "
                                        "AND outcome = 'failed' ORDER BY ALL")[1]
    # which outlet's copy of a syndicated story is kept follows the order the feeds were fetched in (the first
    # seen): the same ids, the same sources, and where the kept text differs, it is another copy of the story
    kept = "SELECT article_id, content_hash FROM core.articles ORDER BY ALL"
    copies = [dict(store.query(s, kept)[1]) for s in (lake_settings, file_settings)]
    other_copy = {a for a in copies[1] if copies[0].get(a) != copies[1][a]}
    syndicated = {a for (a,) in store.query(file_settings, "SELECT article_id FROM core.article_sources "
                                                          "GROUP BY ALL HAVING count(*) > 1")[1]}
    assert other_copy <= syndicated, other_copy - syndicated
    per_copy = ("core.metrics", "core.rating_actions")  # what the kept text gives
    for table, key in keys.items():
        if table == "raw.feed_parses":
            continue
        stored = [[row for row in store.query(s, f"SELECT {key} FROM {table} ORDER BY ALL")[1]
                   if table not in per_copy or row[0] not in other_copy] for s in (lake_settings, file_settings)]
        assert stored[0] == stored[1], (table, sorted(set(stored[0]) ^ set(stored[1])), failed)
    # the same text gives the same facts and the same postings, each article's once
    facts = "SELECT article_id, metric, value, unit, entity_key FROM core.metrics ORDER BY ALL"
    postings = ("SELECT d.article_id, p.term, p.tf FROM search.postings p JOIN search.documents d USING (doc) "
                "ORDER BY ALL")
    for sql in (facts, postings):
        rows = [[r for r in store.query(s, sql)[1] if r[0] not in other_copy] for s in (lake_settings, file_settings)]
        assert rows[0] == rows[1], sql
    return other_copy


def test_store_migrate_copies_a_duckdb_file_into_a_lake_and_back(lake, tmp_path):
    single = {"NEWSFLOW_HOME": str(tmp_path / "home"), "NEWSFLOW_STORE": f"duckdb:{tmp_path / 'single.duckdb'}"}
    newsflow("run", "--sample", env=single)
    to_lake = newsflow("store", "migrate", "--to", lake["NEWSFLOW_STORE"], "--lake-data", lake["NEWSFLOW_LAKE_DATA"],
                       env=single)
    assert "core.articles" in to_lake.stdout and "marts.daily_metrics" in to_lake.stdout
    back = f"duckdb:{tmp_path / 'back.duckdb'}"
    newsflow("store", "migrate", "--to", back, env={**single, **lake})
    stores = [settings_of(env) for env in (single, {**single, **lake}, {**single, "NEWSFLOW_STORE": back})]
    tables = [contents(s, exact=True) for s in stores]
    assert len(tables[0]["core.articles"]) >= 40 and tables[0]["marts.daily_metrics"]
    assert tables[1] == tables[0] and tables[2] == tables[0]
    # the lake then works as the store: a run finds every feed unchanged (its validators were copied)
    rerun = newsflow("run", "--sample", env={**single, **lake})
    assert "up to date" in rerun.stdout
    assert contents(stores[1], exact=True)["core.articles"] == tables[0]["core.articles"]
    again = newsflow("store", "migrate", "--to", lake["NEWSFLOW_STORE"],
                     env={**single, "NEWSFLOW_LAKE_DATA": lake["NEWSFLOW_LAKE_DATA"]}, check=False)
    assert again.returncode == 1 and "already holds data" in again.stderr and again.stderr.count("\n") == 1
