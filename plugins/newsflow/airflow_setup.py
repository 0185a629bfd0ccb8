"""What the DAGs need before they can run: the writer pool in the Airflow metadata database, and, on a
lake, the lake's catalog and tables.

DuckDB lets one process hold its file read-write and no other process open it at all, and every
Airflow task is its own process. Every task that opens the database therefore runs in a 1-slot pool.
On a lake (NEWSFLOW_STORE=ducklake:…) writers share the store, so the pool is opened wide; the catalog is
created here, once, because several workers creating it at once can fail (duckdb/ducklake#561).
The scheduler never queues a task whose pool does not exist, so this runs once per deployment
(`newsflow airflow-setup`, or `python -m newsflow.airflow_setup`; docker compose's airflow-init does it).
"""

from __future__ import annotations

import argparse
import sys

DUCKDB_POOL = "duckdb_writer"
DUCKDB_POOL_DESCRIPTION = "newsflow: one task at a time opens the DuckDB file (single writer)"
LAKE_POOL_SLOTS = 64  # on a lake: as many writers as there are worker slots (writers that conflict retry)
LAKE_POOL_DESCRIPTION = "newsflow: writers to the shared lake (concurrent; conflicting commits retry)"


def ensure_pool(name: str = DUCKDB_POOL, slots: int = 1, description: str = DUCKDB_POOL_DESCRIPTION) -> None:
    """Create the pool, or set its slots and description if it exists (idempotent)."""
    from airflow.models.pool import Pool
    from airflow.utils.session import create_session

    if slots < 1:
        raise ValueError(f"a pool needs at least one slot, got {slots}")
    with create_session() as session:
        Pool.create_or_update_pool(name, slots, description, include_deferred=False, session=session)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsflow airflow-setup", description="Prepare the Airflow metadata database for the newsflow DAGs."
    )
    parser.add_argument("--pool", default=DUCKDB_POOL, help="pool name (default: %(default)s)")
    parser.add_argument("--slots", type=int,
                        help=f"pool slots (default: 1 on a DuckDB file, {LAKE_POOL_SLOTS} on a lake)")
    parser.add_argument(
        "--wait", type=int, default=60, metavar="SECONDS",
        help="wait this long for `airflow db migrate` to have run (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    from airflow.utils.db import check_migrations

    from . import store
    from .config import Settings

    try:
        settings = Settings.from_env()
        slots = args.slots or (LAKE_POOL_SLOTS if settings.lake else 1)
        check_migrations(timeout=args.wait)
        ensure_pool(args.pool, slots, LAKE_POOL_DESCRIPTION if settings.lake else DUCKDB_POOL_DESCRIPTION)
        if settings.lake:
            with store.connect(settings):
                pass  # the catalog and every table created
    except (TimeoutError, ValueError, store.StoreError) as exc:
        print(f"airflow-setup failed: {exc}", file=sys.stderr)
        return 1
    print(f"pool {args.pool}: {slots} slot(s)")
    if settings.lake:
        print(f"store: {settings.store_name}, schema up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
