"""Story clustering at scale: a seeded synthetic corpus with known stories, clustered in batches
as successive runs would (each batch compared with the stored signatures of the last 7 days).

    nice .venv/bin/python benchmarks/dedupe_scale.py 10000 100000 1000000 [--per-day 30000] [--batch 20000]

Stories: English word texts (10% Chinese character texts) with their numbers; 40% of stories are
carried by 2-5 outlets as syndicated copies (retitled, lead trimmed, byline or boilerplate added,
summary only); 10% have a template twin (same text, different numbers: a different story).
Prints per size: articles, stories, clustering time, articles/s, peak RSS, pairwise P/R/F1.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from newsflow import store
from newsflow.config import Settings
from newsflow.dedupe import cluster_new_articles

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def corpus(n: int, per_day: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    rows: list[dict] = []
    story = 0
    while len(rows) < n:
        story += 1
        zh = rng.random() < 0.1
        seen = T0 + timedelta(days=len(rows) / per_day)
        nums = [f"{rng.uniform(1, 500):.1f}%" if rng.random() < .5 else f"${rng.randint(10, 900)} billion" for _ in range(4)]
        if zh:
            words = [rng.choice(HAN) for _ in range(160)]
            sentences = ["".join(words[i:i + 40]) + nums[i // 40] + "。" for i in range(0, 160, 40)]
        else:
            words = rng.choices(vocab, k=120)
            sentences = [" ".join(words[i:i + 30]) + f" {nums[i // 30]}." for i in range(0, 120, 30)]
        body = "\n\n".join(sentences)
        lang = "zh" if zh else "en"
        rows.append(_row(f"s{story}", f"s{story}-0", body, lang, seen))
        if rng.random() < 0.4:
            for k in range(1, rng.randint(2, 5) + 1):
                edit = rng.choice(("retitled", "trimmed", "byline", "boilerplate", "summary"))
                text = {"retitled": body, "trimmed": "\n\n".join(sentences[1:]),
                        "byline": "By Pat Lee\n\n" + body, "boilerplate": body + "\n\nCopyright 2025 Wire. All rights reserved.",
                        "summary": "\n\n".join(sentences[:2])}[edit]
                rows.append(_row(f"s{story}", f"s{story}-{k}", text, lang, seen + timedelta(minutes=rng.randint(1, 600))))
        if rng.random() < 0.1:
            story += 1
            twin = body
            for old in nums:
                twin = twin.replace(old, f"{rng.uniform(1, 500):.1f}%")
            rows.append(_row(f"s{story}", f"s{story}-0", twin, lang, seen + timedelta(days=1)))
    rows = rows[:n]
    rows.sort(key=lambda r: r["first_seen_at"])
    return rows


def _row(story: str, aid: str, body: str, lang: str, seen: datetime) -> dict:
    return {"article_id": aid, "story": story, "feed": "synthetic", "url": None, "title": aid, "body_text": body,
            "language": lang, "published_at": seen, "published_at_estimated": False, "first_seen_at": seen,
            "content_hash": aid, "cluster_id": aid, "full_text": False, "author": None, "entry_key": aid,
            "loaded_at": seen}


def pairwise(labels: dict[str, str], clusters: dict[str, str]) -> tuple[float, float, float]:
    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    tp = pairs(Counter((labels[a], clusters[a]) for a in labels))
    true, predicted = pairs(Counter(labels.values())), pairs(Counter(clusters.values()))
    p, r = tp / predicted if predicted else 1.0, tp / true if true else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(n: int, per_day: int, batch: int) -> dict:
    rows = corpus(n, per_day)
    home = Path(tempfile.mkdtemp(prefix="dedupe-bench-"))
    settings = Settings(home=home, db_path=home / "bench.duckdb")
    try:
        return _cluster(rows, settings, n, batch)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _cluster(rows: list[dict], settings: Settings, n: int, batch: int) -> dict:
    labels = {r["article_id"]: r.pop("story") for r in rows}
    with store.connect(settings) as con:
        con.execute("SET memory_limit = '2GB'")
        for i in range(0, n, 100_000):
            store.insert_rows(con, "core.articles", rows[i:i + 100_000])
        ids = [r["article_id"] for r in rows]
        del rows
        start = time.perf_counter()
        compared = 0
        for i in range(0, n, batch):
            con.execute("BEGIN")
            compared += cluster_new_articles(con, ids[i:i + batch]).n_compared
            con.execute("COMMIT")
        elapsed = time.perf_counter() - start
        clusters = dict(con.execute("SELECT article_id, cluster_id FROM core.articles").fetchall())
    p, r, f1 = pairwise(labels, clusters)
    return {"articles": n, "stories": len(set(labels.values())), "clusters": len(set(clusters.values())),
            "seconds": round(elapsed, 1), "articles_per_s": round(n / elapsed), "pairs_compared": compared,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000])
    parser.add_argument("--per-day", type=int, default=30_000, help="articles first seen per day")
    parser.add_argument("--batch", type=int, default=20_000, help="articles per clustering call (one run)")
    args = parser.parse_args()
    for n in args.sizes:
        print(run(n, args.per_day, args.batch), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
