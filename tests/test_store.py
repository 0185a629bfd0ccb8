"""The store: schema migrations and one writer at a time, proven with real processes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
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
    (sql_dir / "migrations" / "0002_add_section.sql").write_text("ALTER TABLE core.articles ADD COLUMN section VARCHAR;")
    con = duckdb.connect(str(settings.db_path))
    store.migrate(con, sql_dir)
    store.migrate(con, sql_dir)  # a second pass must not re-run the ALTER
    assert con.execute("SELECT id FROM meta.schema_migrations").fetchall() == [("0002_add_section",)]
    assert "section" in [r[0] for r in con.execute("DESCRIBE core.articles").fetchall()]
    (sql_dir / "migrations" / "0002_add_section.sql").write_text("ALTER TABLE core.articles ADD COLUMN other INT;")
    with pytest.raises(store.StoreError, match="changed after it was applied"):
        store.migrate(con, sql_dir)


def test_insert_rows_skips_existing_keys(settings):
    now = datetime.now(timezone.utc)
    rows = [{"entry_key": f"k{i}", "feed": "f", "fetch_id": "x", "title": "t", "entry_json": "{}",
             "received_at": now} for i in range(5)]
    with store.connect(settings) as con:
        assert store.insert_rows(con, "raw.entries", rows) == 5
        assert store.insert_rows(con, "raw.entries", rows + [dict(rows[0], entry_key="k9")]) == 1


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
