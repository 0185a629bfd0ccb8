"""What the DAGs need in the Airflow metadata database before they can run: the DuckDB writer pool.

DuckDB lets one process hold its file read-write and no other process open it at all, and every
Airflow task is its own process. Every task that opens the database therefore runs in a 1-slot pool.
The scheduler never queues a task whose pool does not exist, so this runs once per deployment
(`newsflow airflow-setup`, or `python -m newsflow.airflow_setup`; docker compose's airflow-init does it).
"""

from __future__ import annotations

import argparse
import sys

DUCKDB_POOL = "duckdb_writer"
DUCKDB_POOL_DESCRIPTION = "newsflow: one task at a time opens the DuckDB file (single writer)"


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
    parser.add_argument("--slots", type=int, default=1, help="pool slots (default: %(default)s)")
    parser.add_argument(
        "--wait", type=int, default=60, metavar="SECONDS",
        help="wait this long for `airflow db migrate` to have run (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    from airflow.utils.db import check_migrations

    try:
        check_migrations(timeout=args.wait)
        ensure_pool(args.pool, args.slots)
    except (TimeoutError, ValueError) as exc:
        print(f"airflow-setup failed: {exc}", file=sys.stderr)
        return 1
    print(f"pool {args.pool}: {args.slots} slot(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
