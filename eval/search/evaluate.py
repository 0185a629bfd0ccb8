"""Search quality on the bundled samples: precision@5, recall@5 and MRR over queries.yaml.

    python eval/search/evaluate.py            # builds the sample database in a temporary folder
    python eval/search/evaluate.py --db FILE  # or reads one built by `newsflow run --sample`

precision@5: of the stories a query returns in its first five (fewer when fewer match), the share the
judgements call relevant; a query that returns nothing scores 0. recall@5: the share of a query's
relevant stories among its first five. Results are stories (search collapses articles by story).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import yaml

from newsflow import pipeline, store
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Settings, load_feeds
from newsflow.sample_server import serve_directory
from newsflow.search.query import search

QUERIES = Path(__file__).with_name("queries.yaml")
K = 5


def sample_database(home: Path) -> Settings:
    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=home, db_path=home / "newsflow.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    return replace(settings, connect_to=())


def evaluate(settings: Settings, queries: list[dict]) -> dict:
    _, rows = store.query(settings, "SELECT url, cluster_id FROM core.articles WHERE url IS NOT NULL")
    per_query = []
    for q in queries:
        relevant = {cluster for part in q["relevant"] for url, cluster in rows if part in url}
        missing = [part for part in q["relevant"] if not any(part in url for url, _ in rows)]
        if missing:
            raise SystemExit(f"{q['query']!r}: no sample article has a URL with {missing}")
        found = [hit.cluster_id for hit in search(settings, q["query"], limit=K).hits]
        first_relevant = next((n for n, c in enumerate(found, 1) if c in relevant), None)
        per_query.append({
            "query": q["query"], "lang": q["lang"],
            "precision": sum(c in relevant for c in found) / len(found) if found else 0.0,
            "recall": len(relevant & set(found)) / min(len(relevant), K),
            "reciprocal_rank": 1 / first_relevant if first_relevant else 0.0,
        })
    return {"overall": _means(per_query),
            "by_lang": {lang: _means([q for q in per_query if q["lang"] == lang])
                        for lang in sorted({q["lang"] for q in per_query})},
            "misses": [q for q in per_query if q["precision"] < 1 or q["recall"] < 1]}


def _means(rows: list[dict]) -> dict:
    return {"queries": len(rows), **{f"{name}@{K}" if name != "reciprocal_rank" else "mrr":
                                     round(sum(r[name] for r in rows) / len(rows), 4)
                                     for name in ("precision", "recall", "reciprocal_rank")}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a database built from the samples (default: build one)")
    args = parser.parse_args(argv)
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    with tempfile.TemporaryDirectory(prefix="newsflow-search-eval-") as tmp:
        settings = (Settings(home=args.db.parent, db_path=args.db) if args.db
                    else sample_database(Path(tmp)))
        print(json.dumps(evaluate(settings, queries), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
