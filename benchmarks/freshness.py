"""Freshness, live: how long a new feed entry takes to reach core.articles and the marts when Airflow runs
the pipeline on its own (`airflow standalone`, event-driven: the trigger's polls, then news_ingest,
news_process, news_publish).

It starts `airflow standalone` in a throwaway AIRFLOW_HOME and NEWSFLOW_HOME, serves one feed on
loopback, waits until the first entries are in the marts, then --trials times appends an entry with a
key metric and measures append → the article in core.articles → its figure in marts.daily_metrics.
The feed is polled at most every --poll seconds (NEWSFLOW_POLL_MIN_SECONDS = NEWSFLOW_POLL_MAX_SECONDS).

    .venv/bin/python benchmarks/freshness.py [--trials 5] [--poll 30]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import duckdb

from newsflow.sample_server import serve_directory

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
COMPANIES = ["Borealis Robotics", "Cobalt Harbor Foods", "Dunmore Shipping", "Elmstead Power", "Fairlight Media",
             "Garnet Mining", "Halcyon Biotech", "Ironbark Logistics", "Juniper Semiconductors", "Kestrel Airlines",
             "Larchmont Insurance", "Meridale Retail"]
ITEM = ("<item><title>{company} revenue rises {pct}%</title><link>https://fresh.example/{n}</link>"
        "<guid>fresh-{n}</guid><pubDate>{date}</pubDate><description>{company} Inc. said second-quarter revenue "
        "rose {pct}% to ${value} billion, beating estimates. {filler}</description></item>")
FILLERS = ["Its shares rose in early trading.", "The company also raised its full-year outlook.",
           "Analysts had expected weaker demand.", "Management pointed to new contracts in Asia."]


def write_feed(root: Path, count: int) -> list[str]:
    """The feed with `count` entries, one company each; returns the companies."""
    now = datetime.now(timezone.utc)
    companies = [COMPANIES[n % len(COMPANIES)] + (f" {n // len(COMPANIES)}" if n >= len(COMPANIES) else "")
                 for n in range(count)]
    items = "".join(ITEM.format(company=c, n=n, date=format_datetime(now), pct=10 + n, value=f"{3 + n}.2",
                                filler=FILLERS[n % len(FILLERS)]) for n, c in enumerate(companies))
    (root / "fresh.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fresh</title>'
                                    f"{items}</channel></rss>", encoding="utf-8")
    return companies


def found(db: Path, sql: str, params: list) -> bool:
    """Whether the query finds a row; the working file is opened read-only for a moment (a writer holding
    it just means: not yet)."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return bool(con.execute(sql, params).fetchone()[0])
    except duckdb.Error:
        return False


def wait_for(db: Path, company: str, deadline: float) -> tuple[float | None, float | None]:
    """Seconds until the company's article, then until its revenue in the marts (None: not in time)."""
    started, article, mart = time.monotonic(), None, None
    while time.monotonic() < deadline and mart is None:
        if article is None and found(db, "SELECT count(*) FROM core.articles WHERE title LIKE ?", [f"{company} %"]):
            article = time.monotonic() - started
        if article is not None and found(db, "SELECT count(*) FROM marts.daily_metrics WHERE metric = 'revenue' "
                                             "AND entity LIKE ?", [f"{company}%"]):
            mart = time.monotonic() - started
        time.sleep(0.25)
    return article, mart


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--poll", type=float, default=30.0)
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds a trial may take")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsflow-freshness-") as tmp:
        tmp_path, www = Path(tmp), Path(tmp) / "www"
        www.mkdir()
        with serve_directory(www) as base:
            return run(args, tmp_path, www, base)


def run(args, tmp_path: Path, www: Path, base: str) -> int:
    home, airflow_home = tmp_path / "home", tmp_path / "airflow"
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n- {{name: fresh, url: '{base}/fresh.xml', language: en}}\n", encoding="utf-8")
    write_feed(www, 1)
    env = {**os.environ, "AIRFLOW_HOME": str(airflow_home), "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
           "AIRFLOW__CORE__PARALLELISM": "4", "AIRFLOW__API__HOST": "127.0.0.1",
           "NEWSFLOW_HOME": str(home), "NEWSFLOW_FEEDS": str(feeds), "NEWSFLOW_POLL_SECONDS": "2",
           "NEWSFLOW_POLL_MIN_SECONDS": str(args.poll), "NEWSFLOW_POLL_MAX_SECONDS": str(args.poll),
           "PATH": f"{BIN}:{os.environ['PATH']}"}
    subprocess.run([str(BIN / "airflow"), "db", "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([str(BIN / "newsflow"), "airflow-setup"], env=env, check=True, capture_output=True)
    log = (tmp_path / "standalone.log").open("w")
    airflow = subprocess.Popen([str(BIN / "airflow"), "standalone"], env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    db = home / "newsflow.duckdb"
    try:
        started = time.monotonic()
        first, _ = wait_for(db, COMPANIES[0], time.monotonic() + 600)
        if first is None:
            raise SystemExit(f"the first entry never arrived; see {tmp_path / 'standalone.log'}")
        ready = time.monotonic() - started
        time.sleep(args.poll)  # let the first chain settle
        trials = []
        for n in range(1, args.trials + 1):
            company = write_feed(www, n + 1)[-1]
            article, mart = wait_for(db, company, time.monotonic() + args.timeout)
            trials.append({"to_articles_s": article and round(article, 1), "to_marts_s": mart and round(mart, 1)})
            print(json.dumps(trials[-1]), file=sys.stderr)
    finally:
        os.killpg(airflow.pid, signal.SIGTERM)
        try:
            airflow.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(airflow.pid, signal.SIGKILL)
    done = [t for t in trials if t["to_marts_s"] is not None]
    print(json.dumps({
        "poll_seconds": args.poll, "first_entry_in_articles_after_start_s": round(ready, 1),
        "trials": trials,
        "median_to_articles_s": statistics.median(t["to_articles_s"] for t in done) if done else None,
        "median_to_marts_s": statistics.median(t["to_marts_s"] for t in done) if done else None,
        "max_to_marts_s": max(t["to_marts_s"] for t in done) if done else None,
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
