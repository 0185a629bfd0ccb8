"""Pairwise precision and recall of story clustering on labelled.jsonl.

    python eval/dedupe/evaluate.py      # prints the figures (JSON)

Every pair of articles counts: a true positive is a pair in one labelled story that shares a
cluster_id. The set is clustered in two calls (half, then the rest) so stored signatures are used.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from datetime import datetime
from itertools import combinations
from pathlib import Path

from newsflow import store
from newsflow.config import Settings
from newsflow.dedupe import cluster_new_articles

LABELLED = Path(__file__).with_name("labelled.jsonl")


def load(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cluster(rows: list[dict], settings: Settings) -> dict[str, str]:
    """Insert the labelled articles into core.articles, cluster them, return article id → cluster id."""
    articles = [{
        "article_id": r["id"], "feed": r["feed"], "url": None, "title": r["title"], "body_text": r["body"],
        "language": r["language"], "published_at": datetime.fromisoformat(r["seen_at"]),
        "published_at_estimated": False, "first_seen_at": datetime.fromisoformat(r["seen_at"]),
        "content_hash": r["id"], "cluster_id": r["id"], "full_text": False, "author": None,
        "entry_key": r["id"], "loaded_at": datetime.fromisoformat(r["seen_at"]),
    } for r in rows]
    with store.connect(settings) as con:
        half = len(articles) // 2
        for batch in (articles[:half], articles[half:]):
            store.insert_rows(con, "core.articles", batch)
            cluster_new_articles(con, [a["article_id"] for a in batch], window_days=14)
        return dict(con.execute("SELECT article_id, cluster_id FROM core.articles").fetchall())


def pairwise(rows: list[dict], clusters: dict[str, str], label: str = "story") -> dict:
    """Pairwise figures against `label` ("story"; or "event": separate coverage of one event counts as one)."""
    tp = fp = fn = 0
    missed, wrong = Counter(), Counter()
    for a, b in combinations(rows, 2):
        same_label, same_cluster = a.get(label, a["story"]) == b.get(label, b["story"]), clusters[a["id"]] == clusters[b["id"]]
        tp += same_label and same_cluster
        if same_cluster and not same_label:
            fp += 1
            wrong[f"{a['kind']}+{b['kind']}"] += 1
        if same_label and not same_cluster:
            fn += 1
            missed[f"{a['story']}/{b['story']}: {a['kind']}+{b['kind']}"] += 1
    return {
        "articles": len(rows), "stories": len({r["story"] for r in rows}),
        "clusters": len(set(clusters[r["id"]] for r in rows)), "positive_pairs": tp + fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_merges": dict(wrong), "missed": dict(missed),
    }


def main() -> int:
    rows = load()
    home = Path(tempfile.mkdtemp())
    clusters = cluster(rows, Settings(home=home, db_path=home / "eval.duckdb"))
    result = {"story": pairwise(rows, clusters), "event": pairwise(rows, clusters, "event")}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
