"""How long do many slow feeds take? Sequentially it would be feeds × delay; concurrently about the slowest few.

Serves one small feed on loopback behind /_slow/<ms>/ and fetches it under a distinct host name per feed
(feed-001.bench.test, ... routed with connect_to), so per-host politeness applies as with real feeds.
Default fetch settings are used.

    .venv/bin/python benchmarks/fetch_concurrency.py [--feeds 200] [--delay-ms 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from newsflow.config import Feed, Settings
from newsflow.fetch import fetch_feeds
from newsflow.records import OK
from newsflow.sample_server import serve_directory

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title></channel></rss>'
TARGET_S = 10.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--delay-ms", type=int, default=200)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "www"
        root.mkdir()
        (root / "feed.xml").write_bytes(RSS)
        with serve_directory(root) as base_url:
            hosts = [f"feed-{i:03d}.bench.test" for i in range(1, args.feeds + 1)]
            target = urlsplit(base_url).netloc
            settings = Settings(
                home=Path(tmp), db_path=Path(tmp) / "bench.duckdb",
                connect_to=tuple((host, target) for host in hosts),
            )
            feeds = [Feed(host, f"http://{host}/_slow/{args.delay_ms}/feed.xml") for host in hosts]
            started = time.monotonic()
            results = fetch_feeds(feeds, settings)
            wall = time.monotonic() - started
            stats = httpx.get(f"{base_url}/_stats").json()

    sequential = args.feeds * args.delay_ms / 1000
    outcomes = Counter(r.outcome for r in results)
    rows = [
        ("feeds", f"{args.feeds} (one host each)"),
        ("delay per feed", f"{args.delay_ms} ms"),
        ("limits", f"max_concurrency={settings.max_concurrency}, per_host={settings.per_host_concurrency}"),
        ("wall time", f"{wall:.2f} s"),
        ("sequential time", f"{sequential:.1f} s"),
        ("speed-up", f"{sequential / wall:.1f}x"),
        ("peak in flight", str(stats["peak_in_flight_total"])),
        ("outcomes", ", ".join(f"{k}={v}" for k, v in sorted(outcomes.items()))),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    errors = Counter(r.error for r in results if r.outcome != OK)
    for error, count in errors.most_common(5):
        print(f"  {count} × {error}")
    return 0 if outcomes[OK] == args.feeds and wall < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
