"""The store: the only module that opens it. Two kinds (NEWSFLOW_STORE, docs/scale-out.md):

A DuckDB file (the default). DuckDB lets one process at a time open a file read-write, and while it does, no
other process can open it at all. Every opening therefore goes through `connect()`, which first takes an OS
file lock beside the database (exclusive for writers, shared for readers), so concurrent processes (Airflow
tasks, the CLI, a user's `newsflow sql --live`) wait their turn instead of failing with "Could not set lock on
file". Connections are short. People's sessions read the read copy instead (`publish_read_copy`), which the
pipeline replaces whole and never opens to write; a session left open on the working file makes writers wait
for it (`_open`).

A DuckLake (catalog in PostgreSQL, data as Parquet files), which writers on many hosts share: an in-memory
DuckDB with the lake attached as the default catalog, so every query reads as on the file. No file locks:
readers read a snapshot and never wait. DuckLake has no primary keys, and concurrent transactions that only
insert never conflict, so exactly-once is ours: `insert_rows` skips keys already stored (an anti-join) and
first *claims* the table (an update of its one-row claim table), which makes two transactions writing the
same table conflict; the one that commits second is run again on the newer snapshot (`write`).
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib.util
import logging
import math
import os
import random
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, nullcontext
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TypeVar

import duckdb

from .config import PACKAGE_DIR, ConfigError, Settings

SQL_DIR = Path(os.environ.get("NEWSFLOW_SQL_DIR", PACKAGE_DIR.parents[1] / "sql"))
TABLE_LAYERS = ("raw", "core", "dq", "search")  # defined by their files; marts are built by the publish stage
SCHEMAS = ("meta", "raw", "core", "dq", "marts", "search")
LOCK_TIMEOUT_S = float(os.environ.get("NEWSFLOW_LOCK_TIMEOUT", "900"))
META_MIGRATIONS = ("CREATE TABLE IF NOT EXISTS meta.schema_migrations "
                   "(id VARCHAR PRIMARY KEY, checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
LAKE = "lake"  # the lake's name in a connection (its default catalog)
# A transaction that lost a conflict runs again from the start, up to this many times in all, after a pause
# growing from 50 ms to 2 s (with jitter, so writers that collided do not collide again in step)
LAKE_ATTEMPTS = int(os.environ.get("NEWSFLOW_LAKE_ATTEMPTS", "30"))
# DuckLake's own retries of a commit that raced for the next snapshot id without a logical conflict
LAKE_SETTINGS = {"ducklake_max_retry_count": 100, "ducklake_retry_wait_ms": 50, "ducklake_retry_backoff": 1.5}

log = logging.getLogger(__name__)


class StoreError(RuntimeError):
    pass


class DataError(StoreError):
    """A row the database refuses (a value out of range, a broken constraint): the data's fault, not the store's."""


# what DuckDB raises for a bad value or row, as opposed to a broken file or a full disk
_DATA_ERRORS = (duckdb.ConstraintException, duckdb.ConversionException, duckdb.InvalidInputException,
                duckdb.OutOfRangeException, duckdb.TypeMismatchException)


T = TypeVar("T")
_lake_connections: set[int] = set()  # ids of the open connections to a lake
_in_transaction: set[int] = set()  # ids of the connections inside `transaction`
_lake_schema_checked: set[str] = set()  # lakes whose schema this process found current


@contextmanager
def connect(settings: Settings, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the store: the database under the file lock, or the lake. Writers also bring the schema up to date."""
    if settings.lake:
        con = _open_lake(settings, read_only)
        _lake_connections.add(id(con))
        try:
            if not read_only:
                _migrate_lake(con, settings)
            yield con
        finally:
            _lake_connections.discard(id(con))
            _in_transaction.discard(id(con))
            con.close()
        return
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


def _duckdb_config(settings: Settings) -> dict:
    """Every pipeline connection's memory limit and, when set, its threads (fewer hold less memory at once)."""
    threads = {"threads": settings.duckdb_threads} if settings.duckdb_threads else {}
    return {"memory_limit": settings.duckdb_memory, **threads}


@contextmanager
def memory_held(con: duckdb.DuckDBPyConnection, limit: str, settings: Settings) -> Iterator[None]:
    """DuckDB's memory limit held to `limit` for the work inside, then the connection's own again."""
    con.execute(f"SET memory_limit = {literal(limit)}")
    try:
        yield
    finally:
        con.execute(f"SET memory_limit = {literal(settings.duckdb_memory)}")


def _open(settings: Settings, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, waiting (with backoff, up to the lock timeout) while another process outside the
    pipeline has the file open; its holder is named once in the log and in the error."""
    deadline, pause, told = time.monotonic() + LOCK_TIMEOUT_S, 0.05, False
    while True:
        try:
            return duckdb.connect(str(settings.db_path), read_only=read_only, config=_duckdb_config(settings))
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


def exists(settings: Settings) -> bool:
    """Whether the store holds a database yet (a first start has none)."""
    if not settings.lake:
        return settings.db_path.exists()
    try:
        with connect(settings, read_only=True) as con:
            return _has_table(con, "meta", "schema_migrations")
    except StoreError:
        return False


def publish_read_copy(settings: Settings) -> Path | None:
    """Copy the database, checkpointed, to the read copy, replacing it in one rename: a session that has
    the old copy open keeps reading it as it was; the next one opens the new one. A lake has no read copy
    (None): its readers read a snapshot and never hold writers up."""
    if settings.lake:
        return None
    target = settings.read_copy
    scratch = target.with_name(f".{target.name}.{os.getpid()}.incoming")
    try:
        with _file_lock(settings.lock_path, shared=False):  # none of our writers in between
            with closing(_open(settings, read_only=False)) as con:
                con.execute("CHECKPOINT")  # everything in the file itself, nothing in the WAL
                total, free = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size() "
                                          "WHERE database_name = current_database()").fetchone()
            wal = settings.db_path.with_name(settings.db_path.name + ".wal")
            if free >= COMPACT_MIN_FREE_BLOCKS and free > COMPACT_FREE_SHARE * total and not wal.exists():
                _compact(settings.db_path)
            shutil.copyfile(settings.db_path, scratch)
        with open(scratch, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)
    return target


# DuckDB reuses the blocks that deletes, updates and rebuilt marts free, but never gives them back: a file more
# than this share free (and at least this many 256 KB blocks) is rewritten without them when the read copy is made
COMPACT_FREE_SHARE = 0.10
COMPACT_MIN_FREE_BLOCKS = 16
COMPACT_MEMORY = "64MB"


def _compact(path: Path) -> None:
    """Rewrite the checkpointed database file without its free blocks: every schema, table, key, view and
    macro copied (COPY FROM DATABASE) into a new file, which then replaces it in one rename. The caller holds
    the exclusive lock; a crash before the rename leaves the file as it was."""
    scratch = path.with_name(f".{path.name}.{os.getpid()}.compact")
    spill = path.with_name(f".{path.name}.{os.getpid()}.compact.tmp")
    scratch.unlink(missing_ok=True)
    try:
        # bounded memory whatever the size of the file (what does not fit spills to disk)
        config = {"memory_limit": COMPACT_MEMORY, "temp_directory": str(spill), "threads": 1}
        with closing(duckdb.connect(config=config)) as con:
            con.execute(f"ATTACH '{_quote(str(path))}' AS packed_from (READ_ONLY)")
            con.execute(f"ATTACH '{_quote(str(scratch))}' AS packed_to")
            con.execute("COPY FROM DATABASE packed_from TO packed_to")
        with open(scratch, "rb+") as fh:
            os.fsync(fh.fileno())
        before = path.stat().st_size
        os.replace(scratch, path)
        log.info("database compacted: %s, %.1f MB -> %.1f MB", path, before / 1e6, path.stat().st_size / 1e6)
    except (duckdb.Error, OSError) as exc:  # the file is as it was: compacting only saves space
        log.warning("database not compacted (it stays as it is): %s", _first_line(exc))
    finally:
        scratch.unlink(missing_ok=True)
        shutil.rmtree(spill, ignore_errors=True)


def reading(settings: Settings, live: bool = False) -> tuple[Settings, str]:
    """The settings a read command uses, and what it reads in words: the read copy, unless `live` or none
    has been published yet. A lake is read directly: each session reads its latest snapshot."""
    if settings.lake:
        return settings, f"{settings.store_name}, its latest snapshot"
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
    """All or nothing; a refused row comes out as DataError, after the rollback. On a lake, the COMMIT
    raises duckdb.TransactionException when a concurrent writer committed a conflicting change first
    (`write` runs the work again)."""
    con.execute("BEGIN")
    _in_transaction.add(id(con))
    try:
        try:
            yield
        except _DATA_ERRORS as exc:
            con.execute("ROLLBACK")
            raise DataError(str(exc).splitlines()[0]) from exc
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        _in_transaction.discard(id(con))


def write(settings: Settings, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """`work(con)` in one transaction, all or nothing; returns what it returns. On a lake, a transaction
    that lost a conflict with a concurrent writer runs again from the start, on the newer snapshot (so
    `work` must change nothing but the database before it returns)."""
    attempt = 1
    while True:
        try:
            with connect(settings) as con, transaction(con):
                return work(con)
        except duckdb.TransactionException as exc:
            if not settings.lake or not _conflict(exc) or attempt >= LAKE_ATTEMPTS:
                raise
            log.info("write conflict with a concurrent writer (attempt %d): %s", attempt, _first_line(exc))
            _pause(attempt)
            attempt += 1


def claim(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """On a lake, within a transaction: make this transaction conflict with every other that claims `table`
    (no-op on a DuckDB file, where one writer at a time holds the file)."""
    if id(con) in _lake_connections:
        con.execute(f"UPDATE meta.{_claim_table(table)} SET claims = claims + 1")


def _conflict(exc: duckdb.Error) -> bool:
    text = str(exc)
    return "conflict" in text.lower() or "maximum retry count" in text


def _pause(attempt: int) -> None:
    time.sleep(min(2.0, 0.05 * 1.5 ** (attempt - 1)) * random.uniform(0.5, 1.5))


def _first_line(exc: BaseException) -> str:
    return next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)


@contextmanager
def stage_lock(settings: Settings, stage: str) -> Iterator[None]:
    """One run of `stage` at a time, over all processes; the database itself stays free between writes. A
    lake needs none: concurrent runs of a stage are safe (claims and anti-joins), and its writers are on
    many hosts, which a file lock cannot reach."""
    if settings.lake:
        yield
        return
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
        _held_locks.add(fh.fileno())
        try:
            yield
        finally:
            _held_locks.discard(fh.fileno())
            fcntl.flock(fh, fcntl.LOCK_UN)


# File descriptors of the locks this process holds. A forked worker shares them, and a flock lasts while any
# descriptor of it is open: the worker lets go of its copies (`drop_inherited_locks`), else a killed parent's
# orphaned workers would hold its locks for ever.
_held_locks: set[int] = set()


def drop_inherited_locks() -> None:
    """In a forked child: point the descriptors of the parent's locks at /dev/null (closing them would leave
    the parent's file objects to close a number that may be reused)."""
    if not _held_locks:
        return
    null = os.open(os.devnull, os.O_RDONLY)
    for fd in _held_locks:
        os.dup2(null, fd)
    os.close(null)
    _held_locks.clear()


def migrate(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> None:
    """Create every table from its file (idempotent), then apply numbered migrations not yet applied.

    A new database runs the scripts too, on top of tables already current: scripts are written to be
    harmless there (`ADD COLUMN IF NOT EXISTS`), see sql/migrations/README.md."""
    if not sql_dir.is_dir():
        raise StoreError(f"schema folder not found: {sql_dir} (set NEWSFLOW_SQL_DIR)")
    fingerprint = _schema_fingerprint(sql_dir, "file schema 1", *sorted(UNKEYED))
    if _fingerprint_stored(con, "file schema", fingerprint):
        return  # current: every stage's start skips the table files and the checks of the keyless tables
    for schema in SCHEMAS:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(META_MIGRATIONS)
    unkeyed = {name: ddl for name, (ddl, _) in _unkeyed(sql_dir).items()}
    for layer in TABLE_LAYERS:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            for statement in con.extract_statements(path.read_text(encoding="utf-8")):
                created = _CREATED.match(statement.query)
                con.execute(unkeyed.get(created.group(1) if created else "", statement.query))
    for path, text, checksum in _pending_migrations(con, sql_dir):
        con.execute("BEGIN")
        try:
            con.execute(text)
            con.execute("INSERT INTO meta.schema_migrations VALUES (?, ?, now())", [path.stem, checksum])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")  # all of the script or none of it
            raise StoreError(f"migration {path.name} failed: {exc}") from exc
    for name in sorted(_keyed(con) & UNKEYED):  # a database made when these tables had their key index
        _drop_key(con, name, unkeyed[name])
    _store_fingerprint(con, "file schema", fingerprint)


def _schema_fingerprint(sql_dir: Path, *salt: str) -> str:
    """A digest of every table file and numbered migration (and `salt`: how they are applied)."""
    digest = hashlib.sha256("\n".join((META_MIGRATIONS, *salt)).encode())
    paths = [path for layer in TABLE_LAYERS for path in sorted((sql_dir / layer).glob("*.sql"))]
    for path in paths + sorted((sql_dir / "migrations").glob("[0-9]*.sql")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _fingerprint_stored(con: duckdb.DuckDBPyConnection, kind: str, fingerprint: str) -> bool:
    """Whether the store's schema was last brought up to date from the files `fingerprint` was made of."""
    return _has_table(con, "meta", "schema_migrations") and con.execute(
        f"SELECT count(*) > 0 FROM meta.schema_migrations WHERE id = {literal(kind)} "
        f"AND checksum = {literal(fingerprint)}").fetchone()[0]


def _store_fingerprint(con: duckdb.DuckDBPyConnection, kind: str, fingerprint: str) -> None:
    con.execute(f"DELETE FROM meta.schema_migrations WHERE id = {literal(kind)}")
    con.execute(f"INSERT INTO meta.schema_migrations VALUES ({literal(kind)}, {literal(fingerprint)}, now())")


# The big tables, which grow with every article, are stored without their key: DuckDB writes a table's whole key
# index again at every checkpoint (each batch's commit), so a key costs time and memory in the size of the table (at
# 44,000 articles a batch's checkpoint took 2.3 s and 294 MB with keys, 0.12 s and 124 MB without) and room in the
# file. Their files still declare the key; `insert_rows` keeps it, leaving out rows whose key is stored.
UNKEYED = frozenset({"raw.entries", "core.articles", "core.article_sources", "core.metrics", "core.rating_actions",
                     "core.extractions", "core.article_signatures"})
_CREATED = re.compile(r"\s*(?:--[^\n]*\n\s*)*CREATE TABLE IF NOT EXISTS (\w+\.\w+)", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _unkeyed(sql_dir: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each table in UNKEYED: its CREATE statement as its file writes it (comments, checks and defaults kept)
    without the key, and the key's columns; checked in scratch in-memory DuckDBs to define the same columns
    and no key."""
    found: dict[str, tuple[str, str]] = {}
    for layer in TABLE_LAYERS:
        for path in sorted((sql_dir / layer).glob("*.sql")):
            for statement in duckdb.extract_statements(path.read_text(encoding="utf-8")):
                created = _CREATED.match(statement.query)
                if created and created.group(1) in UNKEYED:
                    found[created.group(1)] = (statement.query, _without_key(statement.query))
    if set(found) != UNKEYED:
        raise StoreError(f"schema folder {sql_dir} defines no {', '.join(sorted(UNKEYED - set(found)))}")
    with closing(duckdb.connect()) as keyed, closing(duckdb.connect()) as unkeyed:
        for con, which in ((keyed, 0), (unkeyed, 1)):
            for schema in SCHEMAS:
                con.execute(f"CREATE SCHEMA {schema}")
            for ddl in found.values():
                con.execute(ddl[which])
        for name in found:
            same = _table_ddl(keyed, *name.split(".")) == _table_ddl(unkeyed, *name.split("."))
            if not same or name in _keyed(unkeyed):
                raise StoreError(f"{name}: its definition in {sql_dir} could not be read without its key")
        return {name: (ddl, _keys(keyed, *name.split("."))) for name, (_, ddl) in found.items()}


def _without_key(ddl: str) -> str:
    """A CREATE TABLE statement without its PRIMARY KEY: a column's becomes NOT NULL, a table's is left out."""
    ddl = re.sub(r",([ \t]*--[^\n]*)?\s*PRIMARY KEY\s*\([^)]*\)", r"\1", ddl)
    return re.sub(r"(?:\s+NOT NULL)?\s+PRIMARY KEY\b", " NOT NULL", ddl)


def _keyed(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The tables of the database that have a primary key."""
    return {r[0] for r in con.execute(
        "SELECT schema_name || '.' || table_name FROM duckdb_constraints() "
        "WHERE database_name = current_database() AND constraint_type = 'PRIMARY KEY'").fetchall()}


def _drop_key(con: duckdb.DuckDBPyConnection, name: str, ddl: str) -> None:
    """A table of a database made before its key was dropped, rebuilt without it (rows, order and columns kept),
    in one transaction."""
    rebuilt = f"{name}__unkeyed"
    named = _CREATED.match(ddl)
    con.execute("BEGIN")
    try:
        con.execute(ddl[:named.start(1)] + rebuilt + ddl[named.end(1):])
        con.execute(f"INSERT INTO {rebuilt} BY NAME SELECT * FROM {name}")
        con.execute(f"DROP TABLE {name}")
        con.execute(f"ALTER TABLE {rebuilt} RENAME TO {name.split('.')[1]}")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"cannot rebuild {name} without its key: {_first_line(exc)}") from exc
    log.info("%s rebuilt without its key index (the pipeline keeps the key)", name)


def _pending_migrations(con: duckdb.DuckDBPyConnection, sql_dir: Path) -> list[tuple[Path, str, str]]:
    """The numbered migrations not applied yet: (path, script, checksum)."""
    applied = dict(con.execute("SELECT id, checksum FROM meta.schema_migrations").fetchall())
    pending = []
    for path in sorted((sql_dir / "migrations").glob("[0-9]*.sql")):
        text = path.read_text(encoding="utf-8")
        checksum = hashlib.sha256(text.encode()).hexdigest()
        if path.stem in applied:
            if applied[path.stem] != checksum:
                raise StoreError(f"migration {path.name} changed after it was applied")
            continue
        pending.append((path, text, checksum))
    return pending


# --- the lake ---------------------------------------------------------------------------------------------

def _extension(name: str) -> str:
    """The file of a DuckDB extension installed from PyPI (duckdb-extension-<name>), loaded by path: no
    download at run time."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    package = f"duckdb-extension-{name.replace('_', '-')}=={duckdb.__version__}"
    if spec is None or not spec.submodule_search_locations:
        raise StoreError(f"the DuckDB extension {name} is not installed (pip install {package})")
    path = (Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{duckdb.__version__}"
            / f"{name}.duckdb_extension")
    if not path.is_file():
        raise StoreError(f"the DuckDB extension {name} for DuckDB {duckdb.__version__} is missing: {path} "
                         f"(pip install {package})")
    return str(path)


def _open_lake(settings: Settings, read_only: bool) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached and in use. A catalog created by several processes at once
    can fail in all but one (duckdb/ducklake#561): an ATTACH that fails so is tried again."""
    if "://" not in settings.lake_data and not read_only:
        try:
            Path(settings.lake_data).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the lake's data folder {settings.lake_data}: "
                              f"{exc.strerror or exc} (set NEWSFLOW_LAKE_DATA)") from exc
    con = duckdb.connect(config=_duckdb_config(settings))
    try:
        con.execute("SET autoinstall_known_extensions = false")  # offline: the extensions come from PyPI wheels
        for name in ("postgres_scanner", "ducklake"):  # the catalog's driver first
            con.execute(f"LOAD '{_quote(_extension(name))}'")
        for name, value in LAKE_SETTINGS.items():
            con.execute(f"SET {name} = {value}")
        options = f"DATA_PATH '{_quote(settings.lake_data)}'" + (", READ_ONLY" if read_only else "")
        attach = f"ATTACH '{_quote('ducklake:' + settings.lake)}' AS {LAKE} ({options})"
        attempt = 1
        while True:
            try:
                con.execute(attach)
                break
            except duckdb.Error as exc:
                text = _first_line(exc)
                if "Failed to initialize DuckLake" in text and not read_only and attempt < 10:
                    _pause(attempt + 3)  # another process is creating the catalog
                    attempt += 1
                    continue
                if read_only and ("Failed to initialize" in text or "does not exist" in text or "read-only" in text):
                    raise StoreError(f"no lake at {settings.store_name} yet: run `newsflow run` first") from None
                raise StoreError(f"cannot open {settings.store_name}: {text}") from None
        con.execute(f"USE {LAKE}")
        return con
    except BaseException:
        con.close()
        raise


@functools.lru_cache(maxsize=4)
def _lake_schema(sql_dir: Path = SQL_DIR) -> tuple[str, tuple[str, ...], dict[str, tuple[str, ...]],
                                                   dict[str, dict[str, str]]]:
    """The schema as a lake holds it: (fingerprint, statements, key columns by table, column types by table).
    The table files are
    run in a scratch in-memory DuckDB and each table is written again without its PRIMARY KEY and UNIQUE
    constraints, which DuckLake does not have; those keys are what `insert_rows` checks instead. Views and
    macros are kept as written. Every keyed table gets a claim table (`claim`)."""
    if not sql_dir.is_dir():
        raise StoreError(f"schema folder not found: {sql_dir} (set NEWSFLOW_SQL_DIR)")
    scratch = duckdb.connect()
    statements = [f"CREATE SCHEMA IF NOT EXISTS {schema}" for schema in SCHEMAS]
    keys: dict[str, tuple[str, ...]] = {}
    types: dict[str, dict[str, str]] = {}
    definitions = [META_MIGRATIONS] + [path.read_text(encoding="utf-8") for layer in TABLE_LAYERS
                                       for path in sorted((sql_dir / layer).glob("*.sql"))]
    try:
        for schema in SCHEMAS:
            scratch.execute(f"CREATE SCHEMA {schema}")
        for text in definitions:
            for statement in scratch.extract_statements(text):
                before = _tables(scratch)
                scratch.execute(statement.query)
                created = sorted(_tables(scratch) - before)
                if not created:
                    statements.append(statement.query)  # a view, a macro
                for schema, table in created:
                    statements.append(_table_ddl(scratch, schema, table))
                    types[f"{schema}.{table}"] = dict(scratch.execute(
                        "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
                        "AND schema_name = ? AND table_name = ?", [schema, table]).fetchall())
                    found = _keys(scratch, schema, table)
                    if found:
                        keys[f"{schema}.{table}"] = found
    finally:
        scratch.close()
    for table in keys:
        statements.append(f"CREATE TABLE IF NOT EXISTS meta.{_claim_table(table)} (claims BIGINT NOT NULL)")
        statements.append(f"INSERT INTO meta.{_claim_table(table)} SELECT 0 "
                          f"WHERE NOT EXISTS (SELECT 1 FROM meta.{_claim_table(table)})")
    return _schema_fingerprint(sql_dir, "lake schema 1"), tuple(statements), keys, types


def _tables(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    return set(con.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                           "WHERE database_name = current_database()").fetchall())


def _table_ddl(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> str:
    columns = con.execute(
        "SELECT column_name, data_type, is_nullable, column_default FROM duckdb_columns() "
        f"WHERE database_name = current_database() AND schema_name = {literal(schema)} "
        f"AND table_name = {literal(table)} ORDER BY column_index").fetchall()
    parts = [f'"{name}" {kind}' + ("" if nullable else " NOT NULL") + (f" DEFAULT {default}" if default else "")
             for name, kind, nullable, default in columns]
    return f"CREATE TABLE IF NOT EXISTS {schema}.{table} ({', '.join(parts)})"


def _keys(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> tuple[str, ...]:
    """The primary key's columns (else the first UNIQUE constraint's)."""
    rows = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() WHERE database_name = current_database() "
        f"AND schema_name = {literal(schema)} AND table_name = {literal(table)} "
        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE') ORDER BY constraint_type <> 'PRIMARY KEY', constraint_index"
        ).fetchall()
    return tuple(rows[0][0]) if rows else ()


def _claim_table(table: str) -> str:
    return "claim_" + table.replace(".", "_")


def _has_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return con.execute("SELECT count(*) > 0 FROM information_schema.tables WHERE table_catalog = current_database() "
                       f"AND table_schema = {literal(schema)} AND table_name = {literal(table)}").fetchone()[0]


def _migrate_lake(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """Bring the lake's schema up to date, once per process: nothing when it is current (its fingerprint is
    stored), else every definition and pending migration in one transaction. Two processes doing it at
    once conflict, and the second then finds it current."""
    if settings.lake in _lake_schema_checked:
        return
    fingerprint, statements, _, _ = _lake_schema()

    attempt = 1
    while not _fingerprint_stored(con, "lake schema", fingerprint):
        try:
            with transaction(con):
                for statement in statements:
                    con.execute(statement)
                for path, text, checksum in _pending_migrations(con, SQL_DIR):
                    try:
                        con.execute(text)
                    except duckdb.Error as exc:
                        raise StoreError(f"migration {path.name} failed: {_first_line(exc)}") from exc
                    con.execute("INSERT INTO meta.schema_migrations VALUES (?, ?, now())", [path.stem, checksum])
                _store_fingerprint(con, "lake schema", fingerprint)
        except duckdb.TransactionException as exc:
            if not _conflict(exc) or attempt >= LAKE_ATTEMPTS:
                raise
            _pause(attempt)
            attempt += 1
    _lake_schema_checked.add(settings.lake)


COPIED_SCHEMAS = ("raw", "core", "dq", "search", "marts")  # meta is each store's own


def copy_store(source: Settings, target: Settings) -> dict[str, int]:
    """Every table of `source` copied into `target`, a store that holds no data yet, in one transaction:
    the tables the schema defines and the published marts. Both schemas are brought up to date first.
    Returns the rows copied per table."""
    if source.store_name == target.store_name:
        raise ConfigError(f"the source and the target are the same store: {source.store_name}")
    if not exists(source):
        raise StoreError(f"no database at {source.store_name}: nothing to copy")
    with connect(source):
        pass  # its schema up to date, so both have the same columns
    # a lake's readers need no lock; a file's hold writers off while it is read
    shared_lock = nullcontext() if source.lake else _file_lock(source.lock_path, shared=True)
    with shared_lock, connect(target) as con:
        for table in ("raw.fetches", "core.articles", "dq.runs"):
            if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                raise StoreError(f"{target.store_name} already holds data ({table}): copy into an empty store")
        if source.lake:
            if target.lake is None:
                for name in ("postgres_scanner", "ducklake"):
                    con.execute(f"LOAD '{_quote(_extension(name))}'")
            con.execute(f"ATTACH '{_quote('ducklake:' + source.lake)}' AS source "
                        f"(DATA_PATH '{_quote(source.lake_data)}', READ_ONLY)")
        else:
            con.execute(f"ATTACH '{_quote(str(source.db_path))}' AS source (READ_ONLY)")
        try:
            tables = con.execute(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = 'source' "
                "AND table_type = 'BASE TABLE' AND table_schema IN (SELECT unnest(?::VARCHAR[])) ORDER BY ALL",
                [list(COPIED_SCHEMAS)]).fetchall()
            copied = {}
            with transaction(con):
                for schema, table in tables:
                    name = f"{schema}.{table}"
                    if _has_table(con, schema, table):
                        if name in _lake_schema()[2]:
                            claim(con, name)
                        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM source.{name}")
                    else:  # a mart: the publish stage defines it
                        con.execute(f"CREATE TABLE {name} AS SELECT * FROM source.{name}")
                    copied[name] = con.execute(f"SELECT count(*) FROM source.{name}").fetchone()[0]
            for name, rows in copied.items():
                stored = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                if stored != rows:
                    raise StoreError(f"{name}: {rows} rows in the source, {stored} in the target")
        finally:
            con.execute("DETACH source")
    return copied


def _quote(text: str) -> str:
    return text.replace("'", "''")


def literal(value: str | int) -> str:
    """`value` as a SQL literal, for queries on a stage's nothing-to-do path: DuckDB imports pandas (half a
    second or more) at a process's first bound parameter."""
    return str(int(value)) if isinstance(value, int) else f"'{_quote(value)}'"


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """Insert rows by column name, skipping rows whose primary key exists. Returns rows added.

    On a lake, which has no keys, the rows whose key is stored (or repeated in `rows`) are left out by an
    anti-join, after claiming the table; outside a transaction this runs as one of its own, again after a
    conflict."""
    if not rows:
        return 0
    if id(con) not in _lake_connections and _literals_pay(rows) and (values := _values_literal(rows)):
        return con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {values} {_new_only(table, 'incoming_rows')}"
                           ).fetchone()[0]
    import pandas as pd  # a registered DataFrame inserts ~200x faster than executemany

    if id(con) in _lake_connections:
        frame = pd.DataFrame(list(rows))
        if id(con) in _in_transaction:
            return _lake_insert(con, table, frame)
        attempt = 1
        while True:
            try:
                with transaction(con):
                    added = _lake_insert(con, table, frame)
                return added
            except duckdb.TransactionException as exc:
                if not _conflict(exc) or attempt >= LAKE_ATTEMPTS:
                    raise
                _pause(attempt)
                attempt += 1
    con.register("incoming_rows", pd.DataFrame(list(rows)))
    try:
        return con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows i {_new_only(table, 'i')}"
                           ).fetchone()[0]
    finally:
        con.unregister("incoming_rows")


def _new_only(table: str, alias: str) -> str:
    """The clause that leaves out rows whose key is stored: the key index's ON CONFLICT, or for a table stored
    without it (UNKEYED) an anti-join on the key its file declares, which also keeps one of rows repeated in
    the insert."""
    if table not in UNKEYED:
        return "ON CONFLICT DO NOTHING"
    keys = _unkeyed(SQL_DIR)[table][1]
    matches = " AND ".join(f"stored.{k} = {alias}.{k}" for k in keys)
    return (f"WHERE NOT EXISTS (SELECT 1 FROM {table} stored WHERE {matches}) "
            f"QUALIFY row_number() OVER (PARTITION BY {', '.join(f'{alias}.{k}' for k in keys)}) = 1")


LITERAL_ROWS = 2000


def _literals_pay(rows: Sequence[dict]) -> bool:
    """Rows are inserted as SQL literals while pandas is not loaded: importing it (half a second, half of an
    idle ingest's time) costs more than up to LITERAL_ROWS rows as SQL, which are otherwise the slower way."""
    return len(rows) <= LITERAL_ROWS and "pandas" not in sys.modules


def _values_literal(rows: Sequence[dict]) -> str | None:
    """`(VALUES …) AS incoming_rows(columns)` holding `rows`, or None when a value is not a plain scalar (or a
    string holds a NUL): those go through a DataFrame. A missing key is NULL, as in a DataFrame."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            cell = _sql_literal(row.get(column))
            if cell is None:
                return None
            cells.append(cell)
        lines.append(f"({', '.join(cells)})")
    names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    return f"(VALUES {', '.join(lines)}) AS incoming_rows({names})"


def _sql_literal(value: object) -> str | None:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int) or isinstance(value, str) and "\0" not in value:
        return literal(value)
    if isinstance(value, float):
        return f"'{value!r}'::DOUBLE" if math.isfinite(value) else None  # a string: 0.1 unquoted is a DECIMAL
    if isinstance(value, datetime):
        return f"{'TIMESTAMPTZ' if value.tzinfo else 'TIMESTAMP'} '{value.isoformat(sep=' ')}'"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    return None


def _lake_insert(con: duckdb.DuckDBPyConnection, table: str, frame) -> int:
    _, _, all_keys, all_types = _lake_schema()
    keys, types = all_keys.get(table, ()), all_types.get(table, {})
    # each column cast to the table's type: a column of Nones reads as type NULL, which DuckLake cannot store
    columns = ", ".join(f'CAST(i."{c}" AS {types[c]}) AS "{c}"' if c in types else f'i."{c}"' for c in frame.columns)
    con.register("incoming_rows", frame)
    try:
        if not keys:
            return con.execute(f"INSERT INTO {table} BY NAME SELECT {columns} FROM incoming_rows i").fetchone()[0]
        claim(con, table)
        matches = " AND ".join(f"stored.{k} = i.{k}" for k in keys)
        return con.execute(
            f"INSERT INTO {table} BY NAME SELECT {columns} FROM incoming_rows i "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} stored WHERE {matches}) "
            f"QUALIFY row_number() OVER (PARTITION BY {', '.join('i.' + k for k in keys)}) = 1").fetchone()[0]
    finally:
        con.unregister("incoming_rows")


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
        readable = [str(settings.home) + os.sep] + ([settings.lake_data] if settings.lake else [])
        con.execute("SET allowed_directories = ?", [readable])
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
