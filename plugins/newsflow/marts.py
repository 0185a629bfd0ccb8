"""The daily marts: built into a staging schema, swapped into `marts` in one transaction, exported as Parquet.

Each mart is one SELECT in `sql/marts/<name>.sql` with a `$day` parameter (a date, or NULL for every day).
Building a single day keeps the other days of the published mart and replaces that day's rows, so the
staged table is always the whole mart that would be published and the gate validates exactly that.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb

from .store import SQL_DIR

MARTS = ("daily_metrics", "daily_rating_actions", "daily_entity_mentions", "daily_feed_health")
# The columns that identify a row of each mart: unique in every published table (a blocking expectation).
MART_KEYS: dict[str, tuple[str, ...]] = {
    "daily_metrics": ("day", "story", "entity", "ticker", "metric", "value", "low", "high", "prior_value",
                      "prior_low", "prior_high", "unit", "period"),
    "daily_rating_actions": ("day", "broker", "company", "ticker", "action", "rating", "prior_rating",
                             "target_price", "prior_target_price", "currency"),
    "daily_entity_mentions": ("day", "entity", "ticker"),
    "daily_feed_health": ("day", "feed"),
}


def mart_sql(name: str, sql_dir: Path = SQL_DIR) -> str:
    return (sql_dir / "marts" / f"{name}.sql").read_text(encoding="utf-8").strip().rstrip(";")


def staging_schema(run_id: str) -> str:
    return "staging_" + "".join(c if c.isalnum() else "_" for c in run_id.lower())


def build_staging(con: duckdb.DuckDBPyConnection, stage: str, day: date | None) -> dict[str, int]:
    """Create `stage.<mart>` for every mart; returns rows per mart."""
    con.execute(f"DROP SCHEMA IF EXISTS {stage} CASCADE")
    con.execute(f"CREATE SCHEMA {stage}")
    rows = {}
    for name in MARTS:
        query = mart_sql(name)
        if day is not None and _exists(con, "marts", name):
            query = f"SELECT * FROM marts.{name} WHERE day <> $day::DATE UNION ALL BY NAME ({query})"
        con.execute(f"CREATE TABLE {stage}.{name} AS {query}", {"day": day})
        rows[name] = con.execute(f"SELECT count(*) FROM {stage}.{name}").fetchone()[0]
    return rows


def swap(con: duckdb.DuckDBPyConnection, stage: str) -> None:
    """Replace every marts.* table by its staged version, all or nothing."""
    con.execute("BEGIN")
    try:
        for name in MARTS:
            con.execute(f"CREATE OR REPLACE TABLE marts.{name} AS SELECT * FROM {stage}.{name}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def drop_staging(con: duckdb.DuckDBPyConnection, stage: str) -> None:
    con.execute(f"DROP SCHEMA IF EXISTS {stage} CASCADE")


def export_parquet(con: duckdb.DuckDBPyConnection, root: Path, day: date | None) -> dict[str, list[Path]]:
    """Write `root/<mart>/day=YYYY-MM-DD/data_0.parquet` for the day (or every day) from the published marts.

    Each day's folder is written beside the target and renamed into place, so a reader sees the old or
    the new partition, never half of one. A full export also removes the partitions of days now gone.
    """
    written: dict[str, list[Path]] = {}
    for name in MARTS:
        target = root / name
        scratch = root / f".{name}.incoming"
        shutil.rmtree(scratch, ignore_errors=True)
        target.mkdir(parents=True, exist_ok=True)
        where = "" if day is None else "WHERE day = $day::DATE"
        has_rows = con.execute(f"SELECT count(*) > 0 FROM marts.{name} {where}", {"day": day} if day else {}
                               ).fetchone()[0]
        if has_rows:
            con.execute(
                f"COPY (SELECT * FROM marts.{name} {where}) TO '{_sql_path(scratch)}' "
                "(FORMAT parquet, PARTITION_BY (day))",
                {"day": day} if day else {},
            )
        fresh = {p.name: p for p in scratch.glob("day=*")} if scratch.exists() else {}
        stale = [p for p in target.glob("day=*") if p.name not in fresh and day is None]
        if day is not None and not fresh:
            stale = [target / f"day={day.isoformat()}"]  # the day has no rows any more
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


def _exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return con.execute(
        "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        [schema, table],
    ).fetchone()[0]


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
