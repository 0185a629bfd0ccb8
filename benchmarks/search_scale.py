"""Search at scale: indexing speed, incremental indexing, and query latency over 100,000 articles.

Articles are made of real news sentences (../shared/corpora/news-text, English and Chinese, and the
Chinese pages of ../shared/corpora/article-pages), eight to fourteen per article, two in three English,
one in three Chinese (a third of those in Traditional script), published over 90 days. The benchmark
  1. indexes all of them (worker processes, as the process stage does) and reports articles/s;
  2. adds 1% more articles and indexes again: only those are read (incremental);
  3. runs the queries below through `newsflow.search.query.search` (a new read-only connection each
     time, as `newsflow search` does, snippets included) and reports the median and slowest of 5 runs;
  4. times `newsflow search` as a shell runs it (a new process: interpreter, imports, cold database);
  5. reports the index's size per 1,000 articles.

    .venv/bin/python benchmarks/search_scale.py [--articles 100000] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd

from newsflow import pipeline, store
from newsflow.config import Settings
from newsflow.search.query import search

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news-text"
ZH_PAGES = CORPUS.parent / "article-pages" / "zh-fulltext"
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")
NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))
QUERIES = ["target price", "revenue growth quarter", "Federal Reserve rate cut", "Alibaba cloud", "Tencent",
           "Goldman Sachs upgrade", "net profit", "data centre", "bond yields", "Nvidia",
           "目标价", "营收 增长", "腾讯", "美联储 降息", "净利润", "阿里巴巴 云", "人工智能", "買入 評級",
           "00700", "比亚迪"]
# enough Simplified -> Traditional to make a Traditional article of a Simplified one
TO_TRADITIONAL = str.maketrans("国发会们为经营业银价与买评级对产开长门东时",
                               "國發會們為經營業銀價與買評級對產開長門東時")


def sentence_pool() -> dict[str, list[str]]:
    pool: dict[str, list[str]] = {"en": [], "zh": []}
    texts = [(lang, p.read_text(encoding="utf-8")) for lang in ("en", "zh")
             for p in sorted((CORPUS / lang / "texts").glob("*.txt"))]
    texts += [("zh", p.read_text(encoding="utf-8")) for p in sorted(ZH_PAGES.glob("*.expected.txt"))]
    for lang, text in texts:
        pool[lang] += [s.strip() for s in SENTENCE_END.split(text) if 20 <= len(s.strip()) <= 400]
    return pool


def articles(pool: dict[str, list[str]], start: int, n: int, rng: random.Random) -> pd.DataFrame:
    now = datetime(2025, 9, 30, tzinfo=timezone.utc)
    rows = []
    for i in range(start, start + n):
        lang = "zh" if i % 3 == 0 else "en"
        sentences = rng.sample(pool[lang], rng.randint(8, 14))
        body = ("" if lang == "zh" else " ").join(sentences)
        if lang == "zh" and i % 9 == 0:
            body = body.translate(TO_TRADITIONAL)
        published = now - timedelta(minutes=rng.randrange(90 * 24 * 60))
        article_id = f"bench{i:07d}"
        rows.append({"article_id": article_id, "feed": f"feed{i % 300:03d}", "url": f"https://bench.example/{i}",
                     "title": sentences[0][:120], "body_text": body, "language": lang, "published_at": published,
                     "published_at_estimated": False, "first_seen_at": published, "content_hash": article_id,
                     "cluster_id": f"bench{i - i % 3:07d}" if i % 10 == 0 else article_id,
                     "full_text": False, "author": None, "entry_key": article_id, "loaded_at": now})
    return pd.DataFrame(rows)


def load(settings: Settings, frame: pd.DataFrame) -> None:
    with store.connect(settings) as con:
        con.register("incoming", frame)
        con.execute("INSERT INTO core.articles BY NAME SELECT * FROM incoming")


def timed_index(settings: Settings, workers: int) -> tuple[int, float]:
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as executor:
        done = pipeline.index_articles(settings, lambda fn, jobs: executor.map(fn, jobs, chunksize=32))
    return done, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="build the database in this (new) folder and keep it")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pool = sentence_pool()
    with tempfile.TemporaryDirectory(prefix="newsflow-search-bench-") as tmp:
        home = args.keep or Path(tmp)
        settings = Settings(home=home, db_path=home / "newsflow.duckdb")
        for start in range(0, args.articles, 10_000):
            load(settings, articles(pool, start, min(10_000, args.articles - start), rng))
        full, full_s = timed_index(settings, args.workers)
        added = max(1, args.articles // 100)
        load(settings, articles(pool, args.articles, added, rng))
        incremental, incremental_s = timed_index(settings, args.workers)
        latencies = {}
        for query in QUERIES:
            runs = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = search(settings, query, limit=10)
                runs.append((time.perf_counter() - started) * 1000)
            latencies[query] = {"median_ms": round(statistics.median(runs), 1), "max_ms": round(max(runs), 1),
                                "stories": len(result.hits)}
        command = {}
        for query in ("target price", "腾讯 目标价"):  # a new process: Python, imports, a cold database
            started = time.perf_counter()
            subprocess.run([NEWSFLOW, "search", query, "--db", str(settings.db_path)], check=True,
                           capture_output=True)
            command[query] = round(time.perf_counter() - started, 2)
        _, sizes = store.query(settings, "SELECT (SELECT count(*) FROM search.postings), "
                                         "(SELECT count(DISTINCT term) FROM search.postings)")
        medians = [v["median_ms"] for v in latencies.values()]
        print(json.dumps({
            "articles": args.articles + added,
            "full_index": {"articles": full, "seconds": round(full_s, 1), "articles_per_s": round(full / full_s)},
            "incremental_index": {"articles": incremental, "seconds": round(incremental_s, 2)},
            "postings": sizes[0][0], "terms": sizes[0][1],
            "database_mb_per_1k_articles": round(settings.db_path.stat().st_size / 1e6 / (args.articles + added) * 1000, 2),
            "query_ms": {"median": round(statistics.median(medians), 1), "slowest_median": max(medians),
                         "slowest_run": max(v["max_ms"] for v in latencies.values())},
            "command_seconds": command,
            "per_query": latencies,
        }, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
