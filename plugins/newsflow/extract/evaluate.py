"""Score an extractor against the gold set: `python -m newsflow.extract.evaluate [--gold PATH] [--split dev|test|all]`.

A predicted metric matches a gold one when the units are equal and the value (or low/high) is
equal within 1e-6 relative; pairs are matched one-to-one. Field accuracies are over matched pairs.
`entity` compares identities: the gold name's key (a gazetteer name gives its id, any other name
the key the extractor would give it) with the predicted `entity_key`, so 阿里巴巴 written in the text
is the gold set's "Alibaba Group". `entity_loose` also accepts, for a name outside the gazetteer,
one name containing the other after whitespace normalisation and ignoring case ("US consumer
prices" ~ "consumer prices"). Rating actions pair by company key and are exact when broker and
company keys, action, ratings, targets and currency agree. `attributed_to` compares sources by key too
(高盛 is "Goldman Sachs").
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

GOLD_PATH = Path(__file__).resolve().parents[3] / "eval" / "extraction" / "gold.jsonl"
_RANGE_FIELDS = ("low", "high", "prior_value", "prior_low", "prior_high")


def load_gold(path: Path | str = GOLD_PATH, split: str = "all") -> list[dict]:
    """Gold rows of `split` ("dev", "test" or "all"). Raises ValueError on a malformed line."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
            if not isinstance(row, dict) or "text" not in row:
                raise ValueError(f"{path}:{n}: expected an object with 'text'")
            if split == "all" or row.get("split") == split:
                rows.append(row)
    return rows


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def same_value(p: dict, g: dict) -> bool:
    if p.get("unit") != g.get("unit"):
        return False
    if g.get("value") is not None:
        return close(p.get("value"), g["value"])
    return close(p.get("low"), g.get("low")) and close(p.get("high"), g.get("high"))


def match(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs with equal value+unit; among candidates prefer the same metric name."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        cands = [i for i, p in enumerate(pred) if i not in used and same_value(p, g)]
        if not cands:
            continue
        best = next((i for i in cands if pred[i].get("metric") == g.get("metric")), cands[0])
        used.add(best)
        pairs.append((pred[best], g))
    return pairs


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[str, str]:
    """Every gazetteer entry's name -> its id."""
    from .entities import load_gazetteer

    gz = load_gazetteer()
    return {e.name: e.id for e in [*gz.companies, *gz.sources]}


def gold_key(name: str | None, ticker: str | None = None) -> str | None:
    """The key of a gold set's entity name: its gazetteer id, else the one the extractor gives that name."""
    if name is None:
        return None
    known = _gazetteer_names().get(name)
    if known is not None:
        return known
    from . import names
    from .metrics import subject_key
    from .sentences import t2s_table

    if ticker:
        return names.entity_key(None, ticker, name, name.translate(t2s_table()))
    return subject_key(name)


def source_key(name: str | None) -> str | None:
    """The key of a source named as written (高盛, Goldman, Goldman Sachs -> goldman_sachs) or by a gold set."""
    if name is None:
        return None
    from .entities import load_gazetteer
    from .sentences import t2s_table

    simplified = name.translate(t2s_table())
    known = [e for e in load_gazetteer().lookup(simplified) if e.kind != "company"]
    return known[0].id if known else gold_key(name)


def same_entity(pred: dict, gold: dict) -> bool:
    if gold.get("entity") is None:
        return pred.get("entity") is None
    return pred.get("entity_key") == gold_key(gold["entity"], gold.get("ticker"))


def same_entity_loose(pred: dict, gold: dict) -> bool:
    """Equal keys, or for a name outside the gazetteer one name containing the other."""
    if same_entity(pred, gold):
        return True
    p_name, g_name = pred.get("entity"), gold.get("entity")
    if p_name is None or g_name is None or g_name in _gazetteer_names():
        return False
    p, g = (" ".join(x.split()).casefold() for x in (p_name, g_name))
    return bool(p and g) and (p in g or g in p)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def _acc(ok: int, n: int) -> float | None:
    return ok / n if n else None


def score(rows: list[dict], predictions: list[dict]) -> dict:
    """Figures for predictions[i] (a dict with "metrics" and "rating_actions") against rows[i]."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    fields = defaultdict(lambda: [0, 0])
    ra = [0, 0, 0]
    ra_fields = [0, 0]
    misses = []
    for row, pred in zip(rows, predictions, strict=True):
        gold_m = row.get("metrics") or []
        pred_m = pred.get("metrics") or []
        pairs = match(pred_m, gold_m)
        for lang in (row.get("lang", "?"), "all"):
            c = counts[lang]
            c[0] += len(pairs)
            c[1] += len(pred_m)
            c[2] += len(gold_m)
        for p, g in pairs:
            for name, ok in (
                ("metric", p.get("metric") == g.get("metric")),
                ("entity", same_entity(p, g)),
                ("entity_loose", same_entity_loose(p, g)),
                ("ticker", p.get("ticker") == g.get("ticker")),
                ("attributed_to", source_key(p.get("attributed_to")) == source_key(g.get("attributed_to"))),
                ("prior_and_range", all(close(p.get(f), g.get(f)) for f in _RANGE_FIELDS)),
                ("period", p.get("period") == g.get("period")),
                ("basis", p.get("basis") == g.get("basis")),
                ("modality", (p.get("modality") or "actual") == (g.get("modality") or "actual")),
            ):
                fields[name][0] += ok
                fields[name][1] += 1
        missed = [g for g in gold_m if not any(g is gg for _, gg in pairs)]
        spurious = [p for p in pred_m if not any(p is pp for pp, _ in pairs)]
        if missed or spurious:
            misses.append({"id": row.get("id"), "text": row["text"][:160],
                           "missed": [_brief(g) for g in missed], "spurious": [_brief(p) for p in spurious]})
        gold_r = row.get("rating_actions") or []
        pred_r = pred.get("rating_actions") or []
        ra_pairs = _match_ratings(pred_r, gold_r)
        ra[0] += len(ra_pairs)
        ra[1] += len(pred_r)
        ra[2] += len(gold_r)
        for p, g in ra_pairs:
            ra_fields[0] += p.get("broker_key") == gold_key(g.get("broker")) and all(
                _same(_rating(p.get(k)), _rating(g.get(k))) for k in
                ("action", "rating", "prior_rating", "target_price", "prior_target_price", "currency"))
            ra_fields[1] += 1
    misses.sort(key=lambda m: -(len(m["missed"]) + len(m["spurious"])))
    return {
        "value_unit": {lang: _prf(*c) for lang, c in sorted(counts.items())},
        "accuracy": {k: _acc(*v) for k, v in fields.items()},
        "rating_actions": {**_prf(*ra), "exact_accuracy": _acc(*ra_fields)},
        "worst": misses[:10],
    }


# Ratings that say "in line with the market" whatever the house calls them.
_NEUTRAL = frozenset({"equal-weight", "market perform", "sector perform", "peer perform", "in-line"})


def _rating(r: object) -> object:
    return "neutral" if r in _NEUTRAL else r


def _same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        return close(a, b)  # type: ignore[arg-type]
    return a == b


def _match_ratings(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        key = gold_key(g.get("company"), g.get("ticker"))
        cands = [i for i, p in enumerate(pred) if i not in used and p.get("company_key") == key]
        if cands:
            used.add(cands[0])
            pairs.append((pred[cands[0]], g))
    return pairs


def _brief(m: dict) -> str:
    v = m.get("value")
    if v is None:
        v = f"{m.get('low')}..{m.get('high')}"
    return f"{m.get('metric')}={v} {m.get('unit')}"


def predict_all(texts: Iterable[str], fn: Callable[[str], object] | None = None) -> list[dict]:
    if fn is None:
        from . import extract as fn  # noqa: PLW0127
    return [fn(t).to_dict() for t in texts]  # type: ignore[attr-defined]


def format_report(report: dict, title: str) -> str:
    lines = [f"== {title}", "value+unit      precision  recall     f1   (tp/pred/gold)"]
    for lang, r in report["value_unit"].items():
        lines.append(f"  {lang:<12} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f}   "
                     f"({r['tp']}/{r['predicted']}/{r['gold']})")
    lines.append("accuracy over matched pairs:")
    for k, v in report["accuracy"].items():
        lines.append(f"  {k:<16} {'n/a' if v is None else f'{v:.3f}'}")
    r = report["rating_actions"]
    exact = r["exact_accuracy"]
    lines.append(f"rating actions: precision {r['precision']:.3f} recall {r['recall']:.3f} "
                 f"exact {'n/a' if exact is None else f'{exact:.3f}'} ({r['tp']}/{r['predicted']}/{r['gold']})")
    if report["worst"]:
        lines.append("worst misses:")
        for m in report["worst"][:8]:
            lines.append(f"  [{m['id']}] {m['text']}")
            if m["missed"]:
                lines.append(f"      missed:   {'; '.join(m['missed'])}")
            if m["spurious"]:
                lines.append(f"      spurious: {'; '.join(m['spurious'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsflow.extract.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD_PATH), help=f"gold JSONL (default {GOLD_PATH})")
    ap.add_argument("--split", default="all", help="dev, test, or all (default); any split name in the file")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    try:
        rows = load_gold(args.gold, args.split)
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    report = score(rows, predict_all(r["text"] for r in rows))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, f"{args.gold} split={args.split} ({len(rows)} texts)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
