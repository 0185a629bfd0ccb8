"""Resource bounds on hostile content: feeds of 100,000 tiny entries, and one entry of 4.7 MB.

Serves the feeds on loopback and runs `newsflow ingest` then `newsflow process` as separate processes
(default settings), reporting each one's wall time and peak RSS, and what was kept, dropped and cut.
Targets (docs/reliability.md): peak RSS < 1 GB for 100,000 tiny entries; the 4.7 MB entry in < 60 s.

    .venv/bin/python benchmarks/hostile_bounds.py [--entries 100000] [--feeds 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from newsflow.sample_server import serve_directory

NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))


def tiny_entries(n: int, feed: int) -> bytes:
    """About 35 bytes an entry: 100,000 of them fit in 3.5 MB, under the 5 MB body limit."""
    items = "".join(f"<item><title>{feed}-{i}</title></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>many</title>{items}</channel></rss>'.encode()


def huge_entry() -> bytes:
    words = "<span>Revenue</span> <b>rose</b> <i>12%</i> to <span>$3.4 billion</span>,<br> " * 60_000
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title><item><title>Annual report'
            f'</title><link>https://huge.example/1</link><description><![CDATA[<p>{words}</p>]]></description>'
            '</item></channel></rss>').encode()


def timed(args: list[str], env: dict) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one child process."""
    started = time.monotonic()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - started, usage.ru_maxrss / 1024, child.returncode


def run_case(name: str, bodies: dict[str, bytes]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root, home = Path(tmp) / "www", Path(tmp) / "home"
        root.mkdir()
        for feed, body in bodies.items():
            (root / f"{feed}.xml").write_bytes(body)
        with serve_directory(root) as base:
            feeds = Path(tmp) / "feeds.yaml"
            feeds.write_text("feeds:\n" + "".join(f"  - {{name: {f}, url: '{base}/{f}.xml'}}\n" for f in bodies))
            env = {**os.environ, "NEWSFLOW_HOME": str(home)}
            stages = {stage: timed([NEWSFLOW, stage, "--feeds", str(feeds)], env) for stage in ("ingest", "process")}
        with duckdb.connect(str(home / "newsflow.duckdb"), read_only=True) as con:
            kept, dropped = con.execute("SELECT sum(entries), sum(entries_dropped) FROM raw.feed_parses").fetchone()
            articles, cut = con.execute("SELECT count(*), coalesce(max(truncated_chars), 0) FROM core.articles").fetchone()
    return {"case": name, "bytes": sum(map(len, bodies.values())), "stages": stages, "kept": kept,
            "dropped": dropped, "articles": articles, "cut": cut}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000, help="tiny entries per feed")
    parser.add_argument("--feeds", type=int, default=1, help="feeds of that many entries")
    args = parser.parse_args(argv)

    results = [
        run_case(f"{args.feeds} feed(s) x {args.entries:,} tiny entries",
                 {f"many{i}": tiny_entries(args.entries, i) for i in range(args.feeds)}),
        run_case("one 4.7 MB entry", {"huge": huge_entry()}),
    ]
    print("| case | body | ingest s / peak MB | process s / peak MB | entries kept / dropped | articles | chars cut |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        (i_s, i_mb, i_rc), (p_s, p_mb, p_rc) = r["stages"]["ingest"], r["stages"]["process"]
        if i_rc or p_rc or r["kept"] is None:
            raise SystemExit(f"{r['case']}: a stage failed or nothing was parsed: {r}")
        print(f"| {r['case']} | {r['bytes'] / 1e6:.1f} MB | {i_s:.1f} / {i_mb:.0f} | {p_s:.1f} / {p_mb:.0f} | "
              f"{r['kept']:,} / {r['dropped']:,} | {r['articles']:,} | {r['cut']:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
