"""Pipeline throughput against a floor built from the same libraries, on synthetic loopback feeds.

The generator is deterministic (--seed): feeds of English and Chinese financial news, 150-400 words an
entry, about 10% of entries syndicated to a second feed, served on loopback with ETag / 304. For each size:

  floor        httpx concurrent GETs, feedparser.parse, BeautifulSoup get_text, one DuckDB insert of a
               DataFrame: the least any pipeline built on these libraries does (no cleaning rules, archive,
               dedupe, extraction or checks); a process of its own, like each newsflow stage
  cold         `newsflow ingest`, `process`, `publish` on an empty home (extraction, clustering, archive,
               quality gate), each a separate process
  idle         the same again: every feed answers 304; the three stages, then `newsflow run` (the three
               in one process, as a cron job runs them; in Airflow an idle poll is the ingest task alone,
               which ends skipped)
  incremental  5% of the feeds gain new entries
  digest       `newsflow digest --day D` for the day with the most articles, after the cold run

Printed per size: wall seconds, entries/s, the ratio to the floor, peak RSS of the largest stage (and of
each cold stage), and the database size per 1,000 articles.

    .venv/bin/python benchmarks/pipeline_scale.py [--entries 1000 5000] [--seed 7] [--cold-only]

--cold-only measures a cold backfill alone (memory at 100k entries: `--entries 100000 --cold-only`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))
PER_FEED = 25

EN_COMPANIES = ["Acme Corp", "Bolt Motors", "Cirrus Cloud", "Delta Mining", "Everbright Foods", "Fjord Shipping",
                "Granite Bank", "Helio Solar", "Iris Pharma", "Juniper Retail"]
ZH_COMPANIES = ["华星科技", "东岳能源", "长江银行", "南山药业", "北辰物流", "金桥地产", "海川食品", "天宇汽车"]
EN_SENTENCES = [
    "{c} reported revenue of ${a:.1f} billion for the quarter, up {p}% from a year earlier.",
    "Net income at {c} fell {p}% to ${b:.0f} million as costs rose.",
    "Analysts at Keystone Research raised their target price on {c} to ${t} from ${t0}, keeping a buy rating.",
    "{c} said its gross margin widened to {m:.1f}% and guided full-year growth of {p}% to {p2}%.",
    "Shares of {c} rose {s:.1f}% in New York trading after the results.",
    "The company plans to spend ${b:.0f} million on new capacity over the next two years.",
    "Management told investors that demand in Asia remained steady while Europe slowed.",
    "{c} also announced a dividend of {d} cents a share, payable next month.",
]
ZH_SENTENCES = [
    "{c}第三季度营收{a:.1f}亿元，同比增长{p}%。",
    "{c}净利润下降{p}%至{b:.0f}万元，主要由于成本上升。",
    "券商将{c}目标价由{t0}元上调至{t}元，维持买入评级。",
    "{c}毛利率提升至{m:.1f}%，预计全年收入增长{p}%至{p2}%。",
    "公司计划未来两年投入{b:.0f}亿元扩大产能。",
    "管理层表示，亚洲需求保持稳定，欧洲市场有所放缓。",
]


def article(rng: random.Random, zh: bool) -> tuple[str, str]:
    companies, sentences = (ZH_COMPANIES, ZH_SENTENCES) if zh else (EN_COMPANIES, EN_SENTENCES)
    company = rng.choice(companies)
    n = rng.randint(10, 20) if zh else rng.randint(8, 18)
    values = lambda: dict(c=company, a=rng.uniform(1, 90), b=rng.uniform(10, 900), p=rng.randint(2, 40),  # noqa: E731
                          p2=rng.randint(41, 60), t0=rng.randint(50, 150), t=rng.randint(151, 200),
                          m=rng.uniform(20, 60), s=rng.uniform(0.5, 9), d=rng.randint(5, 90))
    body = "".join(f"<p>{rng.choice(sentences).format(**values())}</p>" for _ in range(n))
    title = sentences[0].format(**values()) if zh else f"{company} results: {rng.choice(['beat', 'miss', 'in line'])}"
    return title, body


def generate(root: Path, entries: int, seed: int) -> list[str]:
    """Write the feeds under root; returns their names. Entry i of feed f is published i hours ago."""
    rng = random.Random(seed)
    names = [f"feed{f:04d}" for f in range(max(1, entries // PER_FEED))]
    items: dict[str, list[str]] = {name: [] for name in names}
    for i in range(entries):
        feed = names[i % len(names)]
        title, body = article(rng, zh=i % 3 == 0)
        item = (f"<item><title>{title}</title><link>https://{feed}.example/{i}</link><guid>{feed}-{i}</guid>"
                f"<pubDate>Mon, {1 + i % 28:02d} Sep 2025 {i % 24:02d}:00:00 GMT</pubDate>"
                f"<description><![CDATA[{body}]]></description></item>")
        items[feed].append(item)
        if rng.random() < 0.10:  # syndicated: the same story in another outlet's feed, under its own link
            other = rng.choice(names)
            items[other].append(item.replace(f"https://{feed}.example/{i}", f"https://{other}.example/s{i}"))
    for name in names:
        write_feed(root, name, items[name])
    return names


def write_feed(root: Path, name: str, items: list[str]) -> None:
    (root / f"{name}.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
        + "".join(items) + "</channel></rss>", encoding="utf-8")


def add_entries(root: Path, names: list[str], share: float, seed: int) -> int:
    """Give `share` of the feeds two new entries each; returns the entries added."""
    rng = random.Random(seed + 1)
    changed = names[: max(1, int(len(names) * share))]
    for name in changed:
        path = root / f"{name}.xml"
        text = path.read_text(encoding="utf-8")
        new = []
        for k in range(2):
            title, body = article(rng, zh=k == 0)
            new.append(f"<item><title>{title}</title><link>https://{name}.example/new{k}</link>"
                       f"<guid>{name}-new{k}</guid><description><![CDATA[{body}]]></description></item>")
        path.write_text(text.replace("</channel>", "".join(new) + "</channel>"), encoding="utf-8")
        os.utime(path, (time.time() + 5, time.time() + 5))  # a new Last-Modified as well as a new ETag
    return 2 * len(changed)


def floor(base: str, names: list[str], db: Path, etags_file: Path) -> float:
    """Seconds the floor takes in a process of its own; it reads and writes the feeds' ETags in `etags_file`."""
    started = time.monotonic()
    subprocess.run([sys.executable, __file__, "--floor", base, ",".join(names), str(db), str(etags_file)], check=True)
    return time.monotonic() - started


def floor_run(base: str, names: list[str], db: Path, etags_file: Path) -> None:
    """The floor: fetch concurrently (conditionally, with the ETags of an earlier run), parse, get_text, insert."""
    import json

    import duckdb
    import feedparser
    import httpx
    import pandas as pd
    from bs4 import BeautifulSoup

    etags = json.loads(etags_file.read_text()) if etags_file.exists() else {}

    async def fetch_all() -> list[httpx.Response]:
        # 4 connections: the loopback server (threads under one GIL) answers 800 feeds in half the time it
        # takes with 32; requests queue for one without limit (httpx's default, 5 s, fails them)
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=4), timeout=httpx.Timeout(30, pool=None)) as client:
            return await asyncio.gather(*(client.get(f"{base}/{n}.xml", headers=(
                {"If-None-Match": etags[n]} if etags and n in etags else {})) for n in names))

    responses = asyncio.run(fetch_all())
    rows = []
    for name, response in zip(names, responses):
        if response.status_code != 200:
            continue
        for e in feedparser.parse(response.content).entries:
            text = BeautifulSoup(e.get("summary", ""), "lxml").get_text(" ")
            rows.append({"feed": name, "link": e.get("link"), "title": e.get("title"), "text": text})
    if rows:
        with duckdb.connect(str(db)) as con:
            frame = pd.DataFrame(rows)  # noqa: F841 - read by name below
            con.execute("CREATE TABLE IF NOT EXISTS entries AS SELECT * FROM frame LIMIT 0")
            con.execute("INSERT INTO entries SELECT * FROM frame")
    etags_file.write_text(json.dumps({n: r.headers.get("ETag") for n, r in zip(names, responses)
                                      if r.status_code == 200} or etags))


def stage(args: list[str], env: dict) -> tuple[float, float]:
    """(seconds, peak RSS MB) of one newsflow command."""
    started = time.monotonic()
    child = subprocess.Popen([NEWSFLOW, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        raise SystemExit(f"newsflow {' '.join(args)} failed: {child.stderr.read().decode()[-2000:]}")
    return time.monotonic() - started, usage.ru_maxrss / 1024


def newsflow_run(feeds: Path, env: dict) -> tuple[float, float, dict[str, float], dict[str, float]]:
    """ingest, process, publish: (seconds, peak RSS MB of the largest stage, seconds and peak RSS MB per stage)."""
    times, rss = {}, {}
    for command in ("ingest", "process", "publish"):
        args = [command, "--if-changed"] if command == "publish" else [command, "--feeds", str(feeds)]
        times[command], rss[command] = stage(args, env)
    return sum(times.values()), max(rss.values()), times, rss


def busiest_day(home: Path) -> tuple:
    """(day, articles that day) of the day with the most articles."""
    import duckdb

    with duckdb.connect(str(home / "read.duckdb"), read_only=True) as con:
        return con.execute("SELECT CAST(timezone('UTC', published_at) AS DATE) AS day, count(*) FROM core.articles "
                           "GROUP BY day ORDER BY count(*) DESC, day LIMIT 1").fetchone()


def run_size(entries: int, seed: int, cold_only: bool = False) -> dict:
    from newsflow.sample_server import serve_directory

    with tempfile.TemporaryDirectory() as tmp:
        root, home = Path(tmp) / "www", Path(tmp) / "home"
        root.mkdir()
        names = generate(root, entries, seed)
        with serve_directory(root) as base:
            feeds = Path(tmp) / "feeds.yaml"
            feeds.write_text("feeds:\n" + "".join(f"  - {{name: {n}, url: '{base}/{n}.xml'}}\n" for n in names))
            env = {**os.environ, "NEWSFLOW_HOME": str(home)}
            etags = Path(tmp) / "floor-etags.json"
            floor_cold = floor(base, names, Path(tmp) / "floor.duckdb", etags)
            cold = newsflow_run(feeds, env)
            digest_day, digest_articles = busiest_day(home)
            digest_s, _ = stage(["digest", "--day", digest_day.isoformat()], env)
            floor_idle = idle = idle_run = added = incremental = None
            if not cold_only:
                floor_idle = floor(base, names, Path(tmp) / "floor.duckdb", etags)
                idle = newsflow_run(feeds, env)
                idle_run, _ = stage(["run", "--feeds", str(feeds)], env)
                added = add_entries(root, names, 0.05, seed)
                incremental = newsflow_run(feeds, env)
        import duckdb

        with duckdb.connect(str(home / "newsflow.duckdb"), read_only=True) as con:
            articles = con.execute("SELECT count(*) FROM core.articles").fetchone()[0]
        db_mb = (home / "newsflow.duckdb").stat().st_size / 1e6
    return {"entries": entries, "floor_cold": floor_cold, "floor_idle": floor_idle, "cold": cold, "idle": idle,
            "idle_run": idle_run, "digest": (digest_s, digest_articles),
            "incremental": incremental, "added": added, "articles": articles, "db_mb_per_1k": db_mb / articles * 1000}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--floor"]:
        base, names, db, etags = argv[1:]
        floor_run(base, names.split(","), Path(db), Path(etags))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cold-only", action="store_true", help="a cold backfill only (no idle, no incremental)")
    args = parser.parse_args(argv)
    print("| entries | cold (entries/s) | floor | ratio | stages cold: ingest / process / publish (time; peak RSS) | idle: 3 stages |"
          " idle: `run` | floor idle | ratios | incremental (new entries) | peak RSS | DB per 1k articles |"
          " digest of the busiest day (its articles) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for entries in args.entries:
        r = run_size(entries, args.seed, args.cold_only)
        cold, cold_rss, st, st_rss = r["cold"]
        cells = ["—"] * 5
        peak = cold_rss
        if r["idle"] is not None:
            (idle, idle_rss, *_), (inc, inc_rss, *_) = r["idle"], r["incremental"]
            idle_run, floor_idle = r["idle_run"], r["floor_idle"]
            cells = [f"{idle:.2f} s", f"{idle_run:.2f} s", f"{floor_idle:.2f} s",
                     f"{idle / floor_idle:.1f}× / {idle_run / floor_idle:.1f}×", f"{inc:.1f} s ({r['added']})"]
            peak = max(cold_rss, idle_rss, inc_rss)
        print(f"| {entries:,} | {cold:.1f} s ({entries / cold:.0f}/s) | {r['floor_cold']:.2f} s | "
              f"{cold / r['floor_cold']:.1f}× | {' / '.join(f'{st[k]:.1f}' for k in st)} s; {' / '.join(f'{st_rss[k]:.0f}' for k in st)} MB | "
              f"{' | '.join(cells)} | {peak:.0f} MB | {r['db_mb_per_1k']:.1f} MB | "
              f"{r['digest'][0]:.2f} s ({r['digest'][1]:,}) |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
