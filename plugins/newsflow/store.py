"""The DuckDB store: the only module that opens the database file.

DuckDB lets one process at a time open a file read-write, and while it does, no other process can open it at
all. Every opening therefore goes through `connect()`, which first takes an OS file lock beside the database
(exclusive for writers, shared for readers), so concurrent processes (Airflow tasks, the CLI, a user's
`newsflow sql`) wait their turn instead of failing with "Could not set lock on file". Connections are short.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from .config import PACKAGE_DIR, Settings

SQL_DIR = Path(os.environ.get("NEWSFLOW_SQL_DIR", PACKAGE_DIR.parents[1] / "sql"))
TABLE_LAYERS = ("raw", "core", "dq")  # defined by their files; marts are built by the publish stage
SCHEMAS = ("meta", "raw", "core", "dq", "marts")
LOCK_TIMEOUT_S = float(os.environ.get("NEWSFLOW_LOCK_TIMEOUT", "900"))


class StoreError(RuntimeError):
    pass


@contextmanager
def connect(settings: Settings, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the database under the file lock. Writers also bring the schema up to date."""
    if read_only and not settings.db_path.exists():
        raise StoreError(f"no database at {settings.db_path}: run `newsflow run` first")
    try:
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the database folder {settings.db_path.parent}: {exc}") from exc
    with _file_lock(settings.lock_path, shared=read_only):
        con = duckdb.connect(str(settings.db_path), read_only=read_only)
        try:
            if not read_only:
                migrate(con)
            yield con
        finally:
            con.close()


@contextmanager
def _file_lock(path: Path, shared: bool) -> Iterator[None]:
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    with open(path, "a+") as fh:
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        while True:
            try:
                fcntl.flock(fh, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError(f"database busy: {path} held by another process for {LOCK_TIMEOUT_S:.0f}s")
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> None:
    """Create every table from its file (idempotent), then apply numbered migrations not yet applied.

    A new database runs the scripts too, on top of tables already current: scripts are written to be
    harmless there (`ADD COLUMN IF NOT EXISTS`), see sql/migrations/README.md."""
    if not sql_dir.is_dir():
        raise StoreError(f"schema folder not found: {sql_dir} (set NEWSFLOW_SQL_DIR)")
    for schema in SCHEMAS:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(
        "CREATE TABLE IF NOT EXISTS meta.schema_migrations "
        "(id VARCHAR PRIMARY KEY, checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    for layer in TABLE_LAYERS:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            con.execute(path.read_text(encoding="utf-8"))
    applied = dict(con.execute("SELECT id, checksum FROM meta.schema_migrations").fetchall())
    for path in sorted((sql_dir / "migrations").glob("[0-9]*.sql")):
        text = path.read_text(encoding="utf-8")
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if path.stem in applied:
            if applied[path.stem] != checksum:
                raise StoreError(f"migration {path.name} changed after it was applied")
            continue
        con.execute("BEGIN")
        try:
            con.execute(text)
            con.execute("INSERT INTO meta.schema_migrations VALUES (?, ?, now())", [path.stem, checksum])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")  # all of the script or none of it
            raise StoreError(f"migration {path.name} failed: {exc}") from exc


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """Insert rows by column name, skipping rows whose primary key exists. Returns rows added."""
    if not rows:
        return 0
    import pandas as pd  # a registered DataFrame inserts ~200x faster than executemany

    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.register("incoming_rows", pd.DataFrame(list(rows)))
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows ON CONFLICT DO NOTHING")
    finally:
        con.unregister("incoming_rows")
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def query(settings: Settings, sql: str, params: Sequence | None = None) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL; returns (column names, rows)."""
    with connect(settings, read_only=True) as con:
        cur = con.execute(sql, params or [])
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, cur.fetchall()
