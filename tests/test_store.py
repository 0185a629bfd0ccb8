"""The store: schema migrations and one writer at a time, proven with real processes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest

from newsflow import store
from newsflow.config import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path, db_path=tmp_path / "newsflow.duckdb")


def _tables(con) -> set[str]:
    rows = con.execute("SELECT schema_name || '.' || table_name FROM duckdb_tables()").fetchall()
    return {r[0] for r in rows}


def test_schema_is_created_once_and_reapplied_harmlessly(settings):
    with store.connect(settings) as con:
        first = _tables(con)
    with store.connect(settings) as con:
        assert _tables(con) == first
    assert {"raw.fetches", "raw.entries", "raw.feed_parses", "core.articles", "core.article_sources",
            "core.rejected_entries", "core.metrics", "core.rating_actions", "meta.schema_migrations"} <= first


def test_numbered_migrations_apply_once_and_guard_their_checksum(settings, tmp_path):
    sql_dir = tmp_path / "sql"
    shutil.copytree(store.SQL_DIR, sql_dir)
    (sql_dir / "migrations" / "0099_add_section.sql").write_text("ALTER TABLE core.articles ADD COLUMN section VARCHAR;")
    con = duckdb.connect(str(settings.db_path))
    store.migrate(con, sql_dir)
    store.migrate(con, sql_dir)  # a second pass must not re-run the ALTER
    applied = [r[0] for r in con.execute("SELECT id FROM meta.schema_migrations WHERE id <> 'file schema' "
                                         "ORDER BY id").fetchall()]
    assert applied == sorted(p.stem for p in (sql_dir / "migrations").glob("[0-9]*.sql"))
    assert applied[-1] == "0099_add_section"
    assert "section" in [r[0] for r in con.execute("DESCRIBE core.articles").fetchall()]
    (sql_dir / "migrations" / "0099_add_section.sql").write_text("ALTER TABLE core.articles ADD COLUMN other INT;")
    with pytest.raises(store.StoreError, match="changed after it was applied"):
        store.migrate(con, sql_dir)


def test_a_current_schema_is_recognised_by_its_fingerprint_and_a_changed_one_applied(settings, tmp_path):
    sql_dir = tmp_path / "sql"
    shutil.copytree(store.SQL_DIR, sql_dir)
    con = duckdb.connect(str(settings.db_path))
    store.migrate(con, sql_dir)
    con.execute("DROP VIEW core.stories")  # behind the store's back, to see what a second pass runs
    store.migrate(con, sql_dir)  # the same files: nothing runs again
    assert "stories" not in _views(con)
    (sql_dir / "core" / "notes.sql").write_text("CREATE TABLE IF NOT EXISTS core.notes (note VARCHAR);")
    store.migrate(con, sql_dir)  # a file added: every definition runs again
    assert "stories" in _views(con)
    assert ("core", "notes") in set(con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall())
    assert con.execute("SELECT count(*) FROM meta.schema_migrations WHERE id = 'file schema'").fetchone()[0] == 1


def _views(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE schema_name = 'core'").fetchall()}


# core.metrics and core.rating_actions as they were before entity keys and confidence (migration 0001)
BEFORE_0001 = {
    "metrics.sql": """CREATE TABLE IF NOT EXISTS core.metrics (
        article_id VARCHAR NOT NULL, metric VARCHAR, value DOUBLE, low DOUBLE, high DOUBLE, prior_value DOUBLE,
        prior_low DOUBLE, prior_high DOUBLE, unit VARCHAR, period VARCHAR, basis VARCHAR, modality VARCHAR,
        entity VARCHAR, ticker VARCHAR, attributed_to VARCHAR, span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL, evidence VARCHAR, extractor_version VARCHAR NOT NULL,
        metric_seq INTEGER NOT NULL, PRIMARY KEY (article_id, extractor_version, metric_seq));""",
    "rating_actions.sql": """CREATE TABLE IF NOT EXISTS core.rating_actions (
        article_id VARCHAR NOT NULL, broker VARCHAR, company VARCHAR, ticker VARCHAR, action VARCHAR,
        rating VARCHAR, prior_rating VARCHAR, target_price DOUBLE, prior_target_price DOUBLE, currency VARCHAR,
        evidence VARCHAR, extractor_version VARCHAR NOT NULL, action_seq INTEGER NOT NULL,
        PRIMARY KEY (article_id, extractor_version, action_seq));""",
}


def _columns(con, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]


def test_a_database_of_the_old_schema_gains_keys_and_confidence_and_keeps_its_rows(settings, tmp_path):
    old_sql = tmp_path / "old-sql"
    shutil.copytree(store.SQL_DIR, old_sql)
    for name, ddl in BEFORE_0001.items():
        (old_sql / "core" / name).write_text(ddl)
    for script in (old_sql / "migrations").glob("[0-9]*.sql"):
        script.unlink()
    con = duckdb.connect(str(settings.db_path))
    store.migrate(con, old_sql)
    assert "entity_key" not in _columns(con, "core.metrics")
    con.execute("""INSERT INTO core.metrics (article_id, metric, value, unit, entity, ticker, span_start, span_end,
                   extractor_version, metric_seq) VALUES ('a1', 'revenue', 5.0, 'USD', 'Tencent', '0700.HK', 0, 4,
                   'rules-old', 0), ('a2', 'revenue', 6.0, 'USD', '騰訊', NULL, 0, 4, 'rules-old', 0)""")
    con.execute("""INSERT INTO core.rating_actions (article_id, broker, company, action, rating, extractor_version,
                   action_seq) VALUES ('a1', 'Goldman Sachs', 'Tencent', 'upgrade', 'buy', 'rules-old', 0)""")
    con.close()

    with store.connect(settings) as con:  # the package's own schema folder
        assert _columns(con, "core.metrics")[-2:] == ["entity_key", "confidence"]
        assert _columns(con, "core.rating_actions")[-3:] == ["company_key", "broker_key", "confidence"]
        assert con.execute("SELECT article_id, entity, value, entity_key, confidence FROM core.metrics "
                           "ORDER BY article_id").fetchall() == [("a1", "Tencent", 5.0, None, None),
                                                                 ("a2", "騰訊", 6.0, None, None)]
        assert con.execute("SELECT company, company_key, broker_key, confidence FROM core.rating_actions"
                           ).fetchall() == [("Tencent", None, None, None)]
        assert ("0001_extraction_keys_and_confidence",) in con.execute("SELECT id FROM meta.schema_migrations"
                                                                      ).fetchall()
        # rows as the extract stage builds them now go in
        store.insert_rows(con, "core.metrics", [{
            "article_id": "a3", "metric": "revenue", "value": 7.0, "entity": "腾讯控股", "entity_key": "tencent",
            "confidence": 0.8, "span_start": 0, "span_end": 4, "extractor_version": "rules-old", "metric_seq": 0}])
        assert con.execute("SELECT entity_key, confidence FROM core.metrics WHERE article_id = 'a3'"
                           ).fetchall() == [("tencent", 0.8)]
    with store.connect(settings) as con:  # applied once: a second opening changes nothing
        assert con.execute("SELECT count(*) FROM core.metrics").fetchone()[0] == 3


def test_a_new_database_gets_the_same_columns_as_a_migrated_one(settings):
    with store.connect(settings) as con:
        assert _columns(con, "core.metrics")[-2:] == ["entity_key", "confidence"]
        assert _columns(con, "core.rating_actions")[-3:] == ["company_key", "broker_key", "confidence"]
        assert con.execute("SELECT count(*) FROM meta.schema_migrations").fetchone()[0] >= 1


def test_a_failing_migration_is_rolled_back_whole_and_named(settings, tmp_path):
    sql_dir = tmp_path / "sql"
    shutil.copytree(store.SQL_DIR, sql_dir)
    (sql_dir / "migrations" / "0099_broken.sql").write_text(
        "ALTER TABLE core.articles ADD COLUMN section VARCHAR; ALTER TABLE core.nowhere ADD COLUMN x INT;")
    con = duckdb.connect(str(settings.db_path))
    with pytest.raises(store.StoreError, match="0099_broken.sql"):
        store.migrate(con, sql_dir)
    assert "section" not in _columns(con, "core.articles")
    assert ("0099_broken",) not in con.execute("SELECT id FROM meta.schema_migrations").fetchall()


def test_insert_rows_skips_existing_keys(settings):
    now = datetime.now(timezone.utc)
    rows = [{"entry_key": f"k{i}", "feed": "f", "fetch_id": "x", "title": "t", "entry_json": "{}",
             "received_at": now} for i in range(5)]
    with store.connect(settings) as con:
        assert store.insert_rows(con, "raw.entries", rows) == 5
        assert store.insert_rows(con, "raw.entries", rows + [dict(rows[0], entry_key="k9")]) == 1


def _fetch_rows() -> list[dict]:
    hk = timezone(timedelta(hours=8))
    return [
        {"fetch_id": "a", "run_id": "r", "kind": "feed", "feed": "it's", "url": "http://x/?q='1'", "outcome": "ok",
         "status": 200, "bytes": 2**40, "fetched_at": datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=hk),
         "error": "中文 \\ \"quoted\" ; --", "elapsed_ms": 0},
        {"fetch_id": "b", "run_id": "r", "kind": "feed", "feed": "f", "url": "u", "outcome": "failed",
         "status": None, "bytes": 0, "fetched_at": datetime(2026, 1, 2, tzinfo=timezone.utc), "etag": 'W/"x"'},
    ]


def test_plain_rows_are_inserted_as_literals_exactly_as_through_a_dataframe(settings, tmp_path, monkeypatch):
    stored = []
    for literals in (True, False):  # literals, then a DataFrame
        monkeypatch.setattr(store, "_literals_pay", lambda rows, literals=literals: literals)
        with store.connect(replace(settings, db_path=tmp_path / f"{literals}.duckdb")) as con:
            assert store.insert_rows(con, "raw.fetches", _fetch_rows()) == 2
            assert store.insert_rows(con, "raw.fetches", _fetch_rows()) == 0
            stored.append(con.execute("SELECT * FROM raw.fetches ORDER BY fetch_id").fetchall())
    assert stored[0] == stored[1] and store._values_literal(_fetch_rows()) is not None
    assert stored[0][0][9] == 2**40 and stored[0][0][8] == '中文 \\ "quoted" ; --'
    assert store._values_literal([{"error": "a\0b"}]) is None  # a NUL goes through a DataFrame
    assert store._values_literal([{"x": float("nan")}]) is None


def test_a_few_fetch_rows_are_written_without_importing_pandas(settings):
    with store.connect(settings):
        pass  # the schema, made beforehand as by any earlier run
    script = textwrap.dedent(f"""
        import sys
        from datetime import datetime, timezone
        from newsflow import store
        from newsflow.config import Settings
        from pathlib import Path
        settings = Settings(home=Path({str(settings.home)!r}), db_path=Path({str(settings.db_path)!r}))
        with store.connect(settings) as con:
            store.insert_rows(con, "raw.fetches", [{{"fetch_id": "a", "run_id": "r", "kind": "feed", "feed": "f",
                "url": "u", "outcome": "not_modified", "bytes": 0, "fetched_at": datetime.now(timezone.utc)}}])
            assert con.execute("SELECT count(*) FROM raw.fetches").fetchone()[0] == 1
        assert "pandas" not in sys.modules
    """)
    subprocess.run([sys.executable, "-c", script], check=True)


def test_read_only_query_needs_an_existing_database(settings):
    with pytest.raises(store.StoreError, match="no database"):
        store.query(settings, "SELECT 1")


WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timezone
    from pathlib import Path
    from newsflow import store
    from newsflow.config import Settings
    db, worker = Path(sys.argv[1]), sys.argv[2]
    settings = Settings(home=db.parent, db_path=db)
    for batch in range(5):
        rows = [{"entry_key": f"{worker}-{batch}-{i}", "feed": worker, "fetch_id": "x", "title": "t",
                 "entry_json": "{}", "received_at": datetime.now(timezone.utc)} for i in range(20)]
        with store.connect(settings) as con:
            store.insert_rows(con, "raw.entries", rows)
            time.sleep(0.05)  # hold the file a little, as a real stage does
    """
)


def test_concurrent_processes_take_turns_instead_of_failing(settings, tmp_path):
    """DuckDB lets one process open a file read-write; writers and readers in separate processes must wait."""
    with store.connect(settings):
        pass  # create the schema first
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    writers = [subprocess.Popen([sys.executable, str(script), str(settings.db_path), f"w{i}"],
                                stderr=subprocess.PIPE, text=True) for i in range(4)]
    newsflow = Path(sys.executable).with_name("newsflow")
    readers = [subprocess.Popen([str(newsflow), "sql", "SELECT count(*) FROM raw.entries", "--db",
                                 str(settings.db_path), "--format", "csv"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for p in writers + readers:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert store.query(settings, "SELECT count(*) FROM raw.entries")[1] == [(4 * 5 * 20,)]


def test_without_the_lock_duckdb_refuses_a_second_process(settings, tmp_path):
    """Why the lock exists: a plain second open fails while one process holds the file."""
    with store.connect(settings) as con:
        con.execute("SELECT 1")
        probe = subprocess.run(
            [sys.executable, "-c", f"import duckdb; duckdb.connect({str(settings.db_path)!r}, read_only=True)"],
            capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and "lock" in probe.stderr.lower()


def _key_indexes(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT schema_name || '.' || table_name FROM duckdb_constraints() "
                                      "WHERE constraint_type = 'PRIMARY KEY'").fetchall()}


def test_the_big_tables_have_no_key_index_and_inserts_still_keep_their_keys(settings, monkeypatch):
    seen = datetime(2026, 12, 1, tzinfo=timezone.utc)
    rows = [{"article_id": "a1", "entry_key": key, "feed": "f", "first_seen_at": seen} for key in ("e1", "e2")]
    with store.connect(settings) as con:
        assert not _key_indexes(con) & store.UNKEYED and "raw.fetches" in _key_indexes(con)
        monkeypatch.setattr(store, "_literals_pay", lambda rows: True)  # rows written as SQL literals
        assert store.insert_rows(con, "core.article_sources", rows + rows[:1]) == 2  # a row repeated: once
        assert store.insert_rows(con, "core.article_sources", rows) == 0  # keys stored: left out
        monkeypatch.setattr(store, "_literals_pay", lambda rows: False)  # as a DataFrame: the same rule
        more = [{"article_id": "a1", "entry_key": "e3", "feed": "f", "first_seen_at": seen}] * 2 + rows
        assert store.insert_rows(con, "core.article_sources", more) == 1
        assert con.execute("SELECT list(entry_key ORDER BY entry_key) FROM core.article_sources").fetchone()[0] == \
            ["e1", "e2", "e3"]


def test_a_database_made_with_key_indexes_is_rebuilt_without_them_and_keeps_its_rows(settings):
    con = duckdb.connect(str(settings.db_path))
    for schema in store.SCHEMAS:
        con.execute(f"CREATE SCHEMA {schema}")
    for layer in store.TABLE_LAYERS:  # the table files as they are, keys and all, as before they were dropped
        for path in sorted((store.SQL_DIR / layer).glob("*.sql")):
            con.execute(path.read_text(encoding="utf-8"))
    con.execute("INSERT INTO core.article_sources (article_id, entry_key, feed, first_seen_at) "
                "VALUES ('a1', 'e1', 'f', now()), ('a2', 'e2', 'f', now())")
    assert store.UNKEYED <= _key_indexes(con)
    columns = _columns(con, "core.article_sources")
    con.close()
    with store.connect(settings) as con:
        assert not _key_indexes(con) & store.UNKEYED
        assert _columns(con, "core.article_sources") == columns
        assert con.execute("SELECT article_id, entry_key FROM core.article_sources ORDER BY 1").fetchall() == \
            [("a1", "e1"), ("a2", "e2")]
        assert not con.execute("SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%unkeyed%'"
                               ).fetchall()


def test_a_memory_limit_held_for_some_work_gives_way_to_the_connections_own_after_it(settings):
    def limit(con) -> str:
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    with store.connect(settings) as con:
        own = limit(con)
        with pytest.raises(duckdb.CatalogException), store.memory_held(con, "64MB", settings):
            assert limit(con) != own
            con.execute("SELECT * FROM no_such_table")
        assert limit(con) == own
