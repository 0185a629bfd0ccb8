"""The DuckDB store: the only module that opens the database file.

DuckDB lets one process at a time open a file read-write, and while it does, no other process can open it at
all. Every opening therefore goes through `connect()`, which first takes an OS file lock beside the database
(exclusive for writers, shared for readers), so concurrent processes (Airflow tasks, the CLI, a user's
`newsflow sql --live`) wait their turn instead of failing with "Could not set lock on file". Connections are
short. People's sessions read the read copy instead (`publish_read_copy`), which the pipeline replaces whole
and never opens to write; a session left open on the working file makes writers wait for it (`_open`).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from .config import PACKAGE_DIR, ConfigError, Settings

SQL_DIR = Path(os.environ.get("NEWSFLOW_SQL_DIR", PACKAGE_DIR.parents[1] / "sql"))
TABLE_LAYERS = ("raw", "core", "dq", "search")  # defined by their files; marts are built by the publish stage
SCHEMAS = ("meta", "raw", "core", "dq", "marts", "search")
LOCK_TIMEOUT_S = float(os.environ.get("NEWSFLOW_LOCK_TIMEOUT", "900"))

log = logging.getLogger(__name__)


class StoreError(RuntimeError):
    pass


class DataError(StoreError):
    """A row the database refuses (a value out of range, a broken constraint): the data's fault, not the store's."""


# what DuckDB raises for a bad value or row, as opposed to a broken file or a full disk
_DATA_ERRORS = (duckdb.ConstraintException, duckdb.ConversionException, duckdb.InvalidInputException,
                duckdb.OutOfRangeException, duckdb.TypeMismatchException)


@contextmanager
def connect(settings: Settings, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the database under the file lock. Writers also bring the schema up to date."""
    if read_only and not settings.db_path.exists():
        raise StoreError(f"no database at {settings.db_path}: run `newsflow run` first")
    _database_folder(settings)
    with _file_lock(settings.lock_path, shared=read_only):
        if not read_only and not os.access(settings.db_path.parent, os.W_OK):
            raise ConfigError(f"cannot write the database: its folder {settings.db_path.parent} is read-only "
                              "(set NEWSFLOW_HOME or NEWSFLOW_DB)")
        con = _open(settings, read_only)
        try:
            if not read_only:
                migrate(con)
            yield con
        finally:
            con.close()


# DuckDB's refusal while another process (a notebook, the DuckDB CLI, DBeaver) has the file open
_HELD_BY = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")


def _open(settings: Settings, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, waiting (with backoff, up to the lock timeout) while another process outside the
    pipeline has the file open; its holder is named once in the log and in the error."""
    deadline, pause, told = time.monotonic() + LOCK_TIMEOUT_S, 0.05, False
    while True:
        try:
            return duckdb.connect(str(settings.db_path), read_only=read_only)
        except duckdb.IOException as exc:
            held = _HELD_BY.search(str(exc))
            if held is None:
                raise
            holder = f"PID {held.group(2)}, {held.group(1)}"
            if time.monotonic() + pause > deadline:
                raise StoreError(
                    f"database busy: {settings.db_path} has been open in another process ({holder}) for more than "
                    f"{LOCK_TIMEOUT_S:g} s: close that session, or query the read copy {settings.read_copy} "
                    "instead") from None
            if not told:
                log.warning("%s is open in another process (%s); waiting up to %g s for it to close",
                            settings.db_path, holder, LOCK_TIMEOUT_S)
                told = True
            time.sleep(pause)
            pause = min(pause * 2, 2.0)


def publish_read_copy(settings: Settings) -> Path:
    """Copy the database, checkpointed, to the read copy, replacing it in one rename: a session that has
    the old copy open keeps reading it as it was; the next one opens the new one."""
    target = settings.read_copy
    scratch = target.with_name(f".{target.name}.{os.getpid()}.incoming")
    try:
        with _file_lock(settings.lock_path, shared=False):  # none of our writers in between
            with closing(_open(settings, read_only=False)) as con:
                con.execute("CHECKPOINT")  # everything in the file itself, nothing in the WAL
            shutil.copyfile(settings.db_path, scratch)
        with open(scratch, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)
    return target


def reading(settings: Settings, live: bool = False) -> tuple[Settings, str]:
    """The settings a read command uses, and what it reads in words: the read copy, unless `live` or none
    has been published yet."""
    copy = settings.read_copy
    if live or not copy.exists():
        return settings, f"the working database {settings.db_path}"
    stamp = datetime.fromtimestamp(copy.stat().st_mtime, timezone.utc)
    minutes = int((datetime.now(timezone.utc) - stamp).total_seconds() // 60)
    return replace(settings, db_path=copy), (
        f"the read copy {copy}, published {stamp:%Y-%m-%d %H:%M} UTC ({minutes} min ago; --live reads the "
        "working database)")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing; a refused row comes out as DataError, after the rollback."""
    con.execute("BEGIN")
    try:
        yield
    except _DATA_ERRORS as exc:
        con.execute("ROLLBACK")
        raise DataError(str(exc).splitlines()[0]) from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@contextmanager
def stage_lock(settings: Settings, stage: str) -> Iterator[None]:
    """One run of `stage` at a time, over all processes; the database itself stays free between writes."""
    _database_folder(settings)
    with _file_lock(settings.db_path.with_name(f"{settings.db_path.name}.{stage}.lock"), shared=False):
        yield


def _database_folder(settings: Settings) -> None:
    try:
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the database folder {settings.db_path.parent}: "
                          f"{exc.strerror or exc} (set NEWSFLOW_HOME or NEWSFLOW_DB)") from exc


@contextmanager
def _file_lock(path: Path, shared: bool) -> Iterator[None]:
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    try:
        fh = open(path, "a+")
    except OSError as exc:
        if not shared or not path.parent.is_dir():
            raise ConfigError(f"cannot create the lock file {path}: {exc.strerror or exc} "
                              "(set NEWSFLOW_HOME or NEWSFLOW_DB)") from exc
        # a read-only folder: no process can write the database there, so a reader needs no lock
        yield
        return
    with fh:
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


# Statements `newsflow sql` runs: reading ones. CREATE makes temporary objects only, the database being
# opened read-only; COPY, EXPORT, ATTACH, INSTALL, LOAD, SET and the like are refused.
SQL_STATEMENTS = {"SELECT", "EXPLAIN", "CALL", "CREATE"}


class RefusedStatement(StoreError):
    pass


@contextmanager
def sql_session(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for people's SQL: no files outside NEWSFLOW_HOME (the Parquet marts stay
    readable), no network, no extensions, no other databases, and settings nobody can change back."""
    with connect(settings, read_only=True) as con:
        con.execute("SET allowed_directories = ?", [[str(settings.home) + os.sep]])
        for setting in ("enable_external_access", "autoload_known_extensions", "autoinstall_known_extensions"):
            con.execute(f"SET {setting} = false")
        from .search.sql import add_search_function

        add_search_function(con)
        con.execute("SET lock_configuration = true")
        yield con


def run_sql(settings: Settings, sql: str) -> Iterator[duckdb.DuckDBPyRelation | None]:
    """Each statement of `sql` in order, in one `sql_session`, none if one is refused: its result as a
    relation (names, DuckDB types, rows; read it before asking for the next), None for a statement that
    returns nothing. The session closes after the last one, or when the generator is closed."""
    with sql_session(settings) as con:
        statements = con.extract_statements(sql)
        for statement in statements:
            if statement.type.name not in SQL_STATEMENTS:
                keyword = (statement.query.split() or [statement.type.name])[0].upper()
                raise RefusedStatement(f"refused: {keyword} statements are not run here (read-only SQL: "
                                       f"{', '.join(sorted(SQL_STATEMENTS))} only)")
        for statement in statements:
            # a SELECT's relation runs when read (once per output); other statements run here
            yield con.sql(statement.query)


def query(settings: Settings, sql: str, params: Sequence | None = None) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL; returns (column names, rows)."""
    with connect(settings, read_only=True) as con:
        cur = con.execute(sql, params or [])
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, cur.fetchall()
