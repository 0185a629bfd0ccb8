#!/usr/bin/env python3
"""The gold.jsonl of a real-news set whose labels are written as Python (news4, news5).
Run:  python3 eval/extraction/build_labels.py eval/extraction/news5   (writes en/gold.jsonl and zh/gold.jsonl)
The labels are in SET/LANG/labels_*.py (one file per batch of passages, `G["enNN"] = (metrics, rating_actions)`),
written by reading each SET/LANG/texts/*.txt by hand; the addresses of the originals are in SET/LANG/sources_*.tsv.
Conventions: those of the development corpus (shared/corpora/news-text/LANG/README.md), with the points in
SET/LANG/README.md.
"""
import json
import sys
from pathlib import Path


def m(metric, value, unit, ent=None, period=None, prior=None, rng=None, prng=None, opt=False, basis=None):
    return {"metric": metric, "value": value, "low": rng[0] if rng else None, "high": rng[1] if rng else None,
            "prior_value": prior, "prior_low": prng[0] if prng else None, "prior_high": prng[1] if prng else None,
            "unit": unit, "period": period, "basis": basis, "entity": ent, "optional": opt}


def ra(broker, company, action, rating, prior_rating=None, target=None, prior_target=None, cur=None, opt=False):
    return {"broker": broker, "company": company, "action": action, "rating": rating, "prior_rating": prior_rating,
            "target_price": target, "prior_target_price": prior_target, "currency": cur, "optional": opt}


def build(folder: Path, lang: str) -> None:
    labels: dict = {}
    for part in sorted(folder.glob("labels_*.py")):
        exec(compile(part.read_text(encoding="utf-8"), str(part), "exec"), {"m": m, "ra": ra, "G": labels})
    sources = {}
    for part in sorted(folder.glob("sources*.tsv")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                key, _, address = line.split("\t")
                sources[key] = address
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        for key in sorted(labels):
            if not (folder / "texts" / f"{key}.txt").exists():
                raise SystemExit(f"{lang}/{key}: labelled, but texts/{key}.txt is missing")
            metrics, actions = labels[key]
            out.write(json.dumps({"source": sources[key], "lang": lang, "text_file": f"texts/{key}.txt",
                                  "metrics": metrics, "rating_actions": actions}, ensure_ascii=False) + "\n")
    print(f"{lang}: {len(labels)} passages, {sum(len(v[0]) for v in labels.values())} metrics, "
          f"{sum(len(v[1]) for v in labels.values())} rating actions")


if __name__ == "__main__":
    for root in sys.argv[1:] or sys.exit("usage: build_labels.py SET_DIR..."):
        for lang in ("en", "zh"):
            if (Path(root) / lang).is_dir():  # a set may hold one language
                build(Path(root) / lang, lang)
