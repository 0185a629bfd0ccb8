"""What the read copy costs: time to publish it and its size, per 10,000 articles.

Builds a database from the synthetic feeds of `pipeline_scale.py` (ingest and process, default settings),
then publishes the read copy --repeat times and reports the median time, the copy's size, and both per
10,000 articles.

    .venv/bin/python benchmarks/read_copy.py [--entries 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_scale import NEWSFLOW, generate  # noqa: E402

from newsflow import store  # noqa: E402
from newsflow.config import Settings  # noqa: E402
from newsflow.sample_server import serve_directory  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root, home = Path(tmp) / "www", Path(tmp) / "home"
        root.mkdir()
        names = generate(root, args.entries, args.seed)
        with serve_directory(root) as base:
            feeds = Path(tmp) / "feeds.yaml"
            feeds.write_text("feeds:\n" + "".join(f"  - {{name: {n}, url: '{base}/{n}.xml'}}\n" for n in names))
            env = {**os.environ, "NEWSFLOW_HOME": str(home)}
            for command in ("ingest", "process"):
                subprocess.run([NEWSFLOW, command, "--feeds", str(feeds)], env=env, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        settings = Settings(home=home, db_path=home / "newsflow.duckdb")
        with duckdb.connect(str(settings.db_path), read_only=True) as con:
            articles = con.execute("SELECT count(*) FROM core.articles").fetchone()[0]
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            store.publish_read_copy(settings)
            times.append(time.perf_counter() - started)
        size_mb = settings.read_copy.stat().st_size / 1e6
    seconds = statistics.median(times)
    per = 10_000 / articles
    print(f"{articles:,} articles: read copy {seconds:.2f} s (median of {args.repeat}), {size_mb:.1f} MB; "
          f"per 10,000 articles {seconds * per:.2f} s, {size_mb * per:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
