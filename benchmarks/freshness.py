"""Freshness, live: how long a new feed entry takes to reach core.articles and the marts when Airflow runs
the pipeline on its own (`airflow standalone`, event-driven: the trigger's polls or a hub's push, then
news_ingest, news_process, news_publish).

It starts `airflow standalone` in a throwaway AIRFLOW_HOME and NEWSFLOW_HOME, serves one feed on
loopback, waits until the first entries are in the marts, then --trials times appends an entry with a
key metric and measures append → the article in core.articles → its figure in marts.daily_metrics.
The feed is polled at most every --poll seconds (NEWSFLOW_POLL_MIN_SECONDS = NEWSFLOW_POLL_MAX_SECONDS).

--mode push: the feed announces a loopback WebSub hub (newsflow.websub_hub); the api-server serves the
callback (the plugin in plugins/, NEWSFLOW_WEBSUB_CALLBACK), the trigger subscribes, and each trial has the
hub push the new feed body. Polling stays on as the backstop (use a long --poll so that it cannot be the
one that brings the entry). Each trial also reads Airflow's metadata database to say where the time went.

    .venv/bin/python benchmarks/freshness.py [--trials 5] [--poll 30]
    .venv/bin/python benchmarks/freshness.py --mode push --trials 5 --poll 600 [--scheduler-idle 0.2]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sqlite3
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
from newsflow.websub import ACTIVE, SubscriptionStore
from newsflow.websub_hub import serve_hub

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


def write_feed(root: Path, count: int, hub: str | None = None, topic: str | None = None) -> list[str]:
    """The feed with `count` entries, one company each (announcing `hub`, if given); returns the companies."""
    now = datetime.now(timezone.utc)
    companies = [COMPANIES[n % len(COMPANIES)] + (f" {n // len(COMPANIES)}" if n >= len(COMPANIES) else "")
                 for n in range(count)]
    items = "".join(ITEM.format(company=c, n=n, date=format_datetime(now), pct=10 + n, value=f"{3 + n}.2",
                                filler=FILLERS[n % len(FILLERS)]) for n, c in enumerate(companies))
    links = f'<atom:link rel="hub" href="{hub}"/><atom:link rel="self" href="{topic}"/>' if hub else ""
    staged = root / "fresh.xml.part"  # replaced in one rename: a poll never reads half a feed
    staged.write_text(f'<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
                      f"<title>Fresh</title>{links}{items}</channel></rss>", encoding="utf-8")
    os.replace(staged, root / "fresh.xml")
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
    parser.add_argument("--mode", choices=("poll", "push"), default="poll")
    parser.add_argument("--scheduler-idle", type=float, default=None,
                        help="[scheduler] scheduler_idle_sleep_time, seconds (Airflow's default: 1)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsflow-freshness-") as tmp:
        tmp_path, www = Path(tmp), Path(tmp) / "www"
        www.mkdir()
        with serve_directory(www) as base, serve_hub() as hub:
            return run(args, tmp_path, www, base, hub if args.mode == "push" else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(args, tmp_path: Path, www: Path, base: str, hub=None) -> int:
    home, airflow_home = tmp_path / "home", tmp_path / "airflow"
    feeds = tmp_path / "feeds.yaml"
    topic = f"{base}/fresh.xml"
    feeds.write_text(f"feeds:\n- {{name: fresh, url: '{topic}', language: en}}\n", encoding="utf-8")
    announce = {"hub": hub.url, "topic": topic} if hub else {}
    write_feed(www, 1, **announce)
    port = free_port()
    env = {**os.environ, "AIRFLOW_HOME": str(airflow_home), "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
           "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
           "AIRFLOW__CORE__PARALLELISM": "4", "AIRFLOW__API__HOST": "127.0.0.1", "AIRFLOW__API__PORT": str(port),
           "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
           "NEWSFLOW_HOME": str(home), "NEWSFLOW_FEEDS": str(feeds), "NEWSFLOW_POLL_SECONDS": "2",
           "NEWSFLOW_POLL_MIN_SECONDS": str(args.poll), "NEWSFLOW_POLL_MAX_SECONDS": str(args.poll),
           "PATH": f"{BIN}:{os.environ['PATH']}"}
    if hub:
        env["NEWSFLOW_WEBSUB_CALLBACK"] = f"http://127.0.0.1:{port}/newsflow/websub"
    if args.scheduler_idle is not None:
        env["AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME"] = str(args.scheduler_idle)
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
        if hub:
            subscribed = wait_subscribed(home, time.monotonic() + 120)
            if not subscribed:
                raise SystemExit(f"the subscription was never verified; see {tmp_path / 'standalone.log'}")
            wait_for(db, COMPANIES[0], time.monotonic() + 120)  # the first chain, publish included
            time.sleep(15)
        else:
            time.sleep(args.poll)  # let the first chain settle
        trials = []
        for n in range(1, args.trials + 1):
            company = write_feed(www, n + 1, **announce)[-1]
            pushed_at = time.time()
            if hub:
                [(_, status)] = hub.publish(topic, (www / "fresh.xml").read_bytes())
                if status != 202:
                    raise SystemExit(f"the callback answered the push with HTTP {status}")
            article, mart = wait_for(db, company, time.monotonic() + args.timeout)
            trial = {"to_articles_s": article and round(article, 1), "to_marts_s": mart and round(mart, 1)}
            if hub:
                trial["chain"] = chain_timings(airflow_home / "airflow.db", pushed_at)
            trials.append(trial)
            print(json.dumps(trials[-1]), file=sys.stderr)
            time.sleep(3)  # publish lets go of the database before the next trial
    finally:
        os.killpg(airflow.pid, signal.SIGTERM)
        try:
            airflow.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(airflow.pid, signal.SIGKILL)
    done = [t for t in trials if t["to_marts_s"] is not None]
    with sqlite3.connect(f"file:{airflow_home / 'airflow.db'}?mode=ro", uri=True, timeout=10) as con:
        task_states = dict(con.execute("SELECT coalesce(state, 'none'), count(*) FROM task_instance GROUP BY 1").fetchall())
    if hub:  # how each body came: pushed (status NULL) or polled; push-only runs poll no feed
        with duckdb.connect(str(db), read_only=True) as con:
            fetched = dict(con.execute("SELECT CASE WHEN status IS NULL THEN 'pushed' ELSE 'polled' END, count(*) "
                                       "FROM raw.fetches WHERE kind = 'feed' GROUP BY 1").fetchall())
        print(json.dumps({"feed_bodies": fetched}), file=sys.stderr)
    print(json.dumps({
        "mode": args.mode, "poll_seconds": args.poll, "scheduler_idle_sleep_s": args.scheduler_idle,
        "first_entry_in_articles_after_start_s": round(ready, 1),
        "task_instances_by_state": task_states,  # a fresh start and every run after it: none failed
        "trials": trials,
        "median_to_articles_s": statistics.median(t["to_articles_s"] for t in done) if done else None,
        "median_to_marts_s": statistics.median(t["to_marts_s"] for t in done) if done else None,
        "max_to_marts_s": max(t["to_marts_s"] for t in done) if done else None,
    }, indent=2))
    return 0


def wait_subscribed(home: Path, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            if any(s.state == ACTIVE for s in SubscriptionStore(home).all()):
                return True
        except sqlite3.Error:
            pass
        time.sleep(0.5)
    return False


def chain_timings(airflow_db: Path, since: float) -> dict:
    """Where a pushed entry's time went, in seconds after the push, from Airflow's metadata database: the
    feeds_changed event, then each DAG run's creation, its task's queueing, start and end."""
    def seconds(value) -> float | None:
        if value is None:
            return None
        moment = datetime.fromisoformat(str(value).replace(" ", "T"))
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        return round(moment.timestamp() - since, 2)

    at = datetime.fromtimestamp(since, timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(f"file:{airflow_db}?mode=ro", uri=True, timeout=10) as con:
        event = con.execute("SELECT min(e.timestamp) FROM asset_event e JOIN asset a ON a.id = e.asset_id "
                            "WHERE a.name = 'newsflow.feeds_changed' AND e.timestamp >= ?", (at,)).fetchone()[0]
        timings = {"feeds_changed_event": seconds(event)}
        for dag_id, task_id in (("news_ingest", "fetch_and_archive"), ("news_process", "process_articles")):
            row = con.execute(
                "SELECT r.queued_at, t.queued_dttm, t.start_date, t.end_date FROM dag_run r "
                "JOIN task_instance t ON t.dag_id = r.dag_id AND t.run_id = r.run_id AND t.task_id = ? "
                "WHERE r.dag_id = ? AND r.queued_at >= ? ORDER BY r.queued_at LIMIT 1", (task_id, dag_id, at)).fetchone()
            for name, value in zip(("run_created", "task_queued", "task_started", "task_ended"), row or (None,) * 4):
                timings[f"{dag_id}.{name}"] = seconds(value)
    return timings


if __name__ == "__main__":
    sys.exit(main())
