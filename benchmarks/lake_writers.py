"""Concurrent writers on a DuckLake store against a DuckDB file: the same workload, 1, 2 and 4 writers.

The synthetic feeds of `pipeline_scale.py` (--entries, deterministic) are split into N shards as the DAGs
split them on a lake; N writer processes start at once, each `newsflow ingest --shard I/N` then `newsflow
process --shard I/N` (one worker process each, NEWSFLOW_WORKERS=1, so N writers are N busy processes), then one
`newsflow process --finish` clusters and indexes what they stored. On a DuckDB file the writers take turns
(file lock; one process stage at a time); on a lake (catalog in a throwaway PostgreSQL,
tests/postgres_server.py) they write at once and a commit that conflicts runs again. Printed per store and
N: wall seconds (the finish included), articles stored, duplicate keys (must be 0), writers that failed (must
be 0), commits run again after a conflict.

    .venv/bin/python benchmarks/lake_writers.py [--entries 5000] [--writers 1 2 4]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))
from pipeline_scale import NEWSFLOW, generate  # noqa: E402
from postgres_server import postgres_server  # noqa: E402

from newsflow import store  # noqa: E402
from newsflow.config import Settings  # noqa: E402
from newsflow.sample_server import serve_directory  # noqa: E402

KEYS = {"raw.entries": "entry_key", "core.articles": "article_id", "core.article_sources": "article_id, entry_key",
        "core.metrics": "article_id, extractor_version, metric_seq", "search.documents": "article_id"}


def run(env: dict, feeds: Path, n: int) -> tuple[float, int, int]:
    """N shard writers at once, then the finish; (wall seconds, processes that failed, commits run again)."""
    started = time.monotonic()
    stage = f'"{NEWSFLOW}" -v {{}} --feeds "{feeds}"'
    writers = [subprocess.Popen(
        ["sh", "-c", f"{stage.format(f'ingest --shard {i}/{n}')} && {stage.format(f'process --shard {i}/{n}')}"],
        env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for i in range(1, n + 1)]
    results = []  # (exit code, stderr) of each process
    for writer in writers:
        err = writer.communicate()[1]
        results.append((writer.returncode, err))
    finish = subprocess.run(["sh", "-c", stage.format("process --finish")], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    results.append((finish.returncode, finish.stderr))
    for code, err in results:
        if code:
            print(err[-2000:], file=sys.stderr)
    failed = sum(code != 0 for code, _ in results)
    retried = sum(err.count("write conflict with a concurrent writer") for _, err in results)
    return time.monotonic() - started, failed, retried


def measure(settings: Settings) -> tuple[int, int]:
    """(articles, duplicate keys over the keyed tables)."""
    articles = store.query(settings, "SELECT count(*) FROM core.articles")[1][0][0]
    duplicates = sum(store.query(settings, f"SELECT count(*) - count(DISTINCT ({key})) FROM {table}")[1][0][0]
                     for table, key in KEYS.items())
    return articles, duplicates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--writers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"{args.entries} entries; writers {args.writers}; {os.cpu_count()} cores")
    print(f"{'store':<8} {'writers':>7} {'wall s':>8} {'articles':>9} {'duplicates':>10} {'failed':>7} {'retried':>8}")
    with tempfile.TemporaryDirectory() as tmp, postgres_server() as pg:
        root = Path(tmp) / "www"
        root.mkdir()
        names = generate(root, args.entries, args.seed)
        with serve_directory(root) as base:
            feeds = Path(tmp) / "feeds.yaml"
            feeds.write_text("feeds:\n" + "".join(f"  - {{name: {name}, url: '{base}/{name}.xml'}}\n" for name in names))
            for n in args.writers:
                for kind in ("duckdb", "lake"):
                    home = Path(tmp) / f"{kind}-{n}"
                    env = {**os.environ, "NEWSFLOW_HOME": str(home), "NEWSFLOW_WORKERS": "1"}
                    if kind == "lake":
                        dsn = pg.create_database(f"lake{n}")
                        env.update(NEWSFLOW_STORE=f"ducklake:postgres:{dsn}", NEWSFLOW_LAKE_DATA=str(home / "lake"))
                        with store.connect(Settings.from_env().with_store(env["NEWSFLOW_STORE"],
                                                                         env["NEWSFLOW_LAKE_DATA"])):
                            pass  # the catalog created before the writers start, as airflow-init does
                    else:
                        env["NEWSFLOW_STORE"] = f"duckdb:{home / 'newsflow.duckdb'}"
                    wall, failed, retried = run(env, feeds, n)
                    settings = Settings.from_env().with_store(env["NEWSFLOW_STORE"], env.get("NEWSFLOW_LAKE_DATA"))
                    articles, duplicates = measure(settings)
                    print(f"{kind:<8} {n:>7} {wall:>8.1f} {articles:>9} {duplicates:>10} {failed:>7} {retried:>8}",
                          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
