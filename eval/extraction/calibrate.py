"""Calibrate the extractor's per-row confidence on real news, and show how well it is calibrated.

    .venv/bin/python eval/extraction/calibrate.py [--gold-dir DIR ...] [--write]

Every metric row of a sentence is of one kind: how its metric was named (a cue word, the context,
nothing) and where its entity came from (a name in its sentence, the text before, nowhere). A row is
right when the corpus scorer matches it to a key gold row with its entity and sign right; a row that
matches an optional gold row counts neither way. The share of right rows per kind is the kind's
confidence; --write stores it in plugins/newsflow/extract/data/confidence.yaml (kinds with fewer
than 15 rows take the share of all rows whose entity came from the same place). Rows read from tables
and rating actions (from sentences or tables) are kinds of their own. Defaults: the news-text corpus and
eval/extraction/news2. Pass a held-out set alone to see how the stored confidences fare on it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_text import DEFAULT_CORPUS, _load, load_scorer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "plugins" / "newsflow" / "extract" / "data" / "confidence.yaml"
MIN_ROWS = 15


def kinds_and_verdicts(gold_dirs: list[Path]) -> list[tuple[str, bool]]:
    """(kind, right) for every judged row and rating action of the sets."""
    from newsflow.extract import confidence, extract

    kinds: list[str] = []
    stored = confidence.of

    def record(kind: str) -> float:  # a row's confidence is, for now, the place of its kind in `kinds`
        kinds.append(kind)
        return float(len(kinds) - 1)

    score = load_scorer(DEFAULT_CORPUS)
    out: list[tuple[str, bool]] = []
    for gold_dir in gold_dirs:
        for gold in _load(gold_dir, ("en", "zh")):
            kinds.clear()
            confidence.of = record
            try:
                pred = extract(gold["path"].read_text(encoding="utf-8")).to_dict()
            finally:
                confidence.of = stored
            verdict = score.score_passage(gold, pred)
            ok = {id(d["pred"]): d["entity_ok"] is not False and d["sign_ok"] for d in verdict["pairs"]}
            judged = set(ok) | {id(pred["metrics"][j]) for j in verdict["junk"]}
            out += [(kinds[int(row["confidence"])], ok.get(id(row), False)) for row in pred["metrics"] if id(row) in judged]
            out += _rating_verdicts(score, gold, pred, kinds)
    return out


def _rating_verdicts(score, gold: dict, pred: dict, kinds: list[str]) -> list[tuple[str, bool]]:
    """A rating action is right when a key gold action has its broker, company, rating and target."""
    def exact(g: dict, p: dict) -> bool:
        broker = p.get("broker") is None if g["broker"] is None else bool(score.name_ok(g["broker"], p.get("broker")))
        return (broker and bool(score.name_ok(g["company"], p.get("company")))
                and score.nrating(g["rating"]) == score.nrating(p.get("rating")) and score.close(g["target_price"], p.get("target_price")))

    key = [g for g in gold["rating_actions"] if not g["optional"]]
    optional = [g for g in gold["rating_actions"] if g["optional"]]
    out = []
    for p in pred["rating_actions"]:
        right = any(exact(g, p) for g in key)
        if right or not any(exact(g, p) for g in optional):
            out.append((kinds[int(p["confidence"])], right))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, action="append",
                    help="a set in the news-text layout (repeatable; default: news-text and news2)")
    ap.add_argument("--write", action="store_true", help="store the shares as the confidence table")
    args = ap.parse_args(argv)
    dirs = args.gold_dir or [DEFAULT_CORPUS, ROOT / "eval" / "extraction" / "news2"]
    verdicts = kinds_and_verdicts(dirs)
    right, total = Counter(), Counter()
    for kind, ok in verdicts:
        total[kind] += 1
        right[kind] += ok

    from newsflow.extract import confidence
    print("| kind | rows | right | share | stored confidence |")
    print("|---|---|---|---|---|")
    for kind in sorted(total, key=lambda k: -total[k]):
        print(f"| {kind} | {total[kind]} | {right[kind]} | {right[kind] / total[kind]:.2f} | {confidence.of(kind):.2f} |")
    print()
    print("| stored confidence | rows | right |")
    print("|---|---|---|")
    for lo, hi in ((0.9, 1.01), (0.8, 0.9), (0.5, 0.8), (0.0, 0.5)):
        band = [ok for kind, ok in verdicts if lo <= confidence.of(kind) < hi]
        if band:
            print(f"| {lo:.2f}-{min(hi, 1):.2f} | {len(band)} | {sum(band) / len(band):.2f} |")
    if args.write:
        _write(right, total)
    return 0


def _write(right: Counter, total: Counter) -> None:
    """Smoothed shares ((right + 1) / (rows + 2)); a sentence kind with few rows takes the share of the
    kinds whose entity came from the same place."""
    def share(r: int, n: int) -> float:
        return round((r + 1) / (n + 2), 2)

    kinds = {"default": share(sum(right.values()), sum(total.values()))}
    for kind in ("table", "rating", "table_rating"):
        kinds[kind] = share(right[kind], total[kind])
    for cue in ("cue", "context", "none"):
        for owner in ("named", "carried", "none"):
            kind = f"{cue}/{owner}"
            if total[kind] >= MIN_ROWS:
                kinds[kind] = share(right[kind], total[kind])
            else:
                same = [k for k in total if k.endswith(f"/{owner}")]
                kinds[kind] = share(sum(right[k] for k in same), sum(total[k] for k in same))
    head = TABLE.read_text(encoding="utf-8").split("\nkinds:")[0] + "\n"
    TABLE.write_text(head + yaml.safe_dump({"kinds": kinds}, sort_keys=False), encoding="utf-8")
    print(f"\nwrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
