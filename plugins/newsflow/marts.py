"""The daily marts: built into a staging schema, swapped into `marts` in one transaction, exported as Parquet.

Each mart is one SELECT in `sql/marts/<name>.sql` with a `$days` parameter (a list of dates, or NULL for
every day). Building some days keeps the other days of the published mart and replaces those days' rows, so
the staged table is always the whole mart that would be published. A mart whose columns changed since it
was published (an upgrade) is rebuilt, and exported, for every day instead, so no day keeps the old columns.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import duckdb

from .store import SQL_DIR, transaction

MARTS = ("daily_metrics", "daily_rating_actions", "daily_entity_mentions", "daily_feed_health", "target_consensus")
WHOLE_MARTS = ("target_consensus",)  # built whole at every publish: a day's rows depend on earlier days
BUILD_ARTICLES = 5_000  # articles whose rows a day mart is built from at once (memory)
EXPORT_ROWS = 100_000  # rows of a mart written to Parquet at once (memory)
CONSENSUS_WINDOW_DAYS = int(os.environ.get("NEWSFLOW_CONSENSUS_WINDOW_DAYS", "90"))
# The columns that identify a row of each mart: unique in every published table (a blocking expectation).
MART_KEYS: dict[str, tuple[str, ...]] = {
    "daily_metrics": ("day", "story", "entity", "entity_key", "ticker", "metric", "value", "low", "high",
                      "prior_value", "prior_low", "prior_high", "unit", "period"),
    "daily_rating_actions": ("day", "broker", "broker_key", "company", "company_key", "ticker", "action", "rating",
                             "prior_rating", "target_price", "prior_target_price", "currency"),
    "daily_entity_mentions": ("day", "entity", "entity_key", "ticker"),
    "daily_feed_health": ("day", "feed"),
    "target_consensus": ("day", "company_key", "currency"),
}


def mart_sql(name: str, sql_dir: Path = SQL_DIR) -> str:
    return (sql_dir / "marts" / f"{name}.sql").read_text(encoding="utf-8").strip().rstrip(";")


def staging_schema(run_id: str) -> str:
    return "staging_" + "".join(c if c.isalnum() else "_" for c in run_id.lower())


def build_staging(con: duckdb.DuckDBPyConnection, stage: str, days: list[date] | None) -> dict[str, list[date] | None]:
    """Create `stage.<mart>` for every mart, rebuilding `days` (every day when None); returns the days each
    mart rebuilt (None: every day, as for a mart published with other columns). A day mart is built a few
    days at a time (`_day_batches`), so memory does not grow with the history rebuilt."""
    con.execute(f"DROP SCHEMA IF EXISTS {stage} CASCADE")
    con.execute(f"CREATE SCHEMA {stage}")
    day_articles = _day_articles(con)
    rebuilt = {}
    for name in MARTS:
        query = mart_sql(name)
        if name in WHOLE_MARTS:
            con.execute(f"CREATE TABLE {stage}.{name} AS {query}", _params(query, None))
            rebuilt[name] = None
            continue
        build_days = days
        if build_days is not None and (not _exists(con, "marts", name)  # never published: every day
                                       or _columns(con, f"marts.{name}") != _columns(con, f"({query})", _params(query, []))):
            build_days = None  # published with other columns: every day is rebuilt
        con.execute(f"CREATE TABLE {stage}.{name} AS {query} LIMIT 0", _params(query, []))
        if build_days is not None:  # the published rows of the other days stay
            con.execute(f"INSERT INTO {stage}.{name} SELECT * FROM marts.{name} WHERE NOT list_contains($days::DATE[], day)",
                        {"days": build_days})
        for batch in _day_batches(day_articles, build_days):
            con.execute(f"INSERT INTO {stage}.{name} {query}", _params(query, batch))
        rebuilt[name] = build_days
    return rebuilt


def _day_articles(con: duckdb.DuckDBPyConnection) -> list[tuple[date, int]]:
    """Every day a day mart can hold (the articles' publication days and the fetch days), in order, with
    the number of articles published that day."""
    return con.execute("""
        SELECT day, sum(n) FROM (
            SELECT CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day, count(*) AS n FROM core.articles GROUP BY 1
            UNION ALL SELECT DISTINCT CAST(fetched_at AT TIME ZONE 'UTC' AS DATE), 0 FROM raw.fetches)
        GROUP BY day ORDER BY day""").fetchall()


def _day_batches(day_articles: list[tuple[date, int]], days: list[date] | None) -> list[list[date]]:
    """`days` (None: every day of `day_articles`) in runs of consecutive days with at most about
    BUILD_ARTICLES articles each."""
    wanted = None if days is None else set(days)
    return _runs([(day, n) for day, n in day_articles if wanted is None or day in wanted], BUILD_ARTICLES)


def _runs(day_counts: list[tuple[date, int]], limit: int) -> list[list[date]]:
    """The days in runs of consecutive ones whose counts add up to at most about `limit` (one day alone may
    exceed it)."""
    runs: list[list[date]] = []
    size = 0
    for day, n in day_counts:
        if not runs or size + n > limit:
            runs.append([])
            size = 0
        runs[-1].append(day)
        size += n
    return runs


def rows(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, int]:
    """Rows of each mart in `schema`."""
    return {name: con.execute(f"SELECT count(*) FROM {schema}.{name}").fetchone()[0] for name in MARTS}


# The swap's copies stream: with a connection's whole memory limit DuckDB holds them in memory until the commit
# (at 100k articles 436 MB against 207 MB with this limit, for 1.6 s more)
SWAP_MEMORY = "128MB"


def swap(con: duckdb.DuckDBPyConnection, stage: str) -> None:
    """Replace every marts.* table by its staged version, all or nothing (run it under `SWAP_MEMORY`)."""
    with transaction(con):
        for name in MARTS:
            con.execute(f"CREATE OR REPLACE TABLE marts.{name} AS SELECT * FROM {stage}.{name}")


def drop_staging(con: duckdb.DuckDBPyConnection, stage: str) -> None:
    con.execute(f"DROP SCHEMA IF EXISTS {stage} CASCADE")


def export_parquet(con: duckdb.DuckDBPyConnection, root: Path,
                   days: dict[str, list[date] | None]) -> dict[str, list[Path]]:
    """Write `root/<mart>/day=YYYY-MM-DD/data_0.parquet` for each mart's days (None: every day) from the
    published marts.

    Each day's folder is written beside the target and renamed into place, so a reader sees the old or
    the new partition, never half of one. A full export also removes the partitions of days now gone.
    """
    written: dict[str, list[Path]] = {}
    for name in MARTS:
        target = root / name
        scratch = root / f".{name}.incoming"
        shutil.rmtree(scratch, ignore_errors=True)
        target.mkdir(parents=True, exist_ok=True)
        scratch.mkdir()
        mart_days = None if _partitions_outdated(con, name, target) else days.get(name)  # outdated: every day
        fresh: dict[str, Path] = {}
        for i, batch in enumerate(_export_batches(con, name, mart_days)):
            folder = scratch / f"part-{i}"
            con.execute(f"COPY (SELECT * FROM marts.{name} WHERE list_contains($days::DATE[], day)) "
                        f"TO '{_sql_path(folder)}' (FORMAT parquet, PARTITION_BY (day))", {"days": batch})
            fresh.update({p.name: p for p in folder.glob("day=*")})
        stale = [p for p in target.glob("day=*") if p.name not in fresh and mart_days is None]
        if mart_days is not None:  # the days that have no rows any more
            stale = [target / f"day={d.isoformat()}" for d in mart_days if f"day={d.isoformat()}" not in fresh]
        for part in stale:
            shutil.rmtree(part, ignore_errors=True)
        written[name] = []
        for part_name, part in sorted(fresh.items()):
            final = target / part_name
            old = target / f".{part_name}.old"
            if final.exists():
                final.rename(old)
            part.rename(final)
            shutil.rmtree(old, ignore_errors=True)
            written[name].append(final)
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _export_batches(con: duckdb.DuckDBPyConnection, name: str, days: list[date] | None) -> list[list[date]]:
    """The mart's days that have rows (of `days`; None: all), in runs of consecutive days with at most about
    EXPORT_ROWS rows: a partitioned COPY holds every partition's rows in memory until it ends."""
    counts = con.execute(f"SELECT day, count(*) FROM marts.{name} WHERE $days::DATE[] IS NULL "
                         "OR list_contains($days::DATE[], day) GROUP BY day ORDER BY day", {"days": days}).fetchall()
    return _runs(counts, EXPORT_ROWS)


def _partitions_outdated(con: duckdb.DuckDBPyConnection, name: str, target: Path) -> bool:
    """The mart's Parquet was written with other columns than the published mart has (an upgrade)."""
    written = next(iter(sorted(target.glob("day=*/*.parquet"))), None)
    if written is None:
        return False
    in_file = _columns(con, f"read_parquet('{_sql_path(written)}', hive_partitioning = false)")
    return in_file != [c for c in _columns(con, f"marts.{name}") if c != "day"]  # day is the folder


def _columns(con: duckdb.DuckDBPyConnection, relation: str, params: dict | None = None) -> list[str]:
    return [d[0] for d in con.execute(f"SELECT * FROM {relation} LIMIT 0", params or {}).description]


def _params(query: str, days: list[date] | None) -> dict:
    """The parameters a mart's query uses: $days, and $window_days for the consensus."""
    values = {"days": days, "window_days": CONSENSUS_WINDOW_DAYS}
    return {name: value for name, value in values.items() if f"${name}" in query}


def _exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return con.execute(
        "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        [schema, table],
    ).fetchone()[0]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
