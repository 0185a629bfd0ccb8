"""Bring a gold set written for rules-1 up to the conventions of rules-2, which follow the hand labels
of real news (the news-text corpus):

1. An English broker's price target is a rating action only: English target_price and
   target_price_change metric rows go.
2. A Chinese bound word makes an open range: 逾/超过/超/突破/多于/高于 before a figure make it the
   low end, 不足/不到/少于/最多/至多/不超过/不多于/不高于 the high end (a capped buyback price,
   价格不超过X元/股, stays the figure).
3. A dividend per ten shares is the amount printed (每10股派1.414元 is 1.414, basis "per 10 shares").
4. A target moved under a kept rating is the move: a maintain or reiterate action whose target rose
   (by its prior, else by the sentence's direction word) is raise_target, whose target fell cut_target.
5. An index stands at an index level and moves by an index change: price and price_change rows of
   an index are index_level and index_change.
6. A broker's target moved with no rating stated is a rating action of its own: a target_price row
   with no action for its company gives a raise_target or cut_target (by its prior, else by the
   sentence's direction word), with no rating.

    .venv/bin/python eval/extraction/migrate_gold.py FILE...          # what would change
    .venv/bin/python eval/extraction/migrate_gold.py --write FILE...  # rewrite the files
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

_LOW = re.compile(r"(?<!不)(?:逾|超过|超出|超|多于|高于|突破)\s?$")
_HIGH = re.compile(r"(?:不足|不到|少于|最多|至多|不超过|不多于|不高于)(?:动用|使用|斥资|投入|回购|达)?\s?$")
_CAP_PRICE = re.compile(r"价格?(?:上限)?(?:为|则)?(?:不超过|不高于)(?:人民币|港币|港元)?\s?$")
_TARGET_ROWS = ("target_price", "target_price_change")


def migrate(row: dict) -> list[str]:
    """Apply the conventions to one gold row in place; one line per change."""
    changes = []
    text = row["text"]
    changes += _target_moves(row)
    if row.get("lang") == "en":
        kept = [m for m in row["metrics"] if m["metric"] not in _TARGET_ROWS]
        changes += [f"drop English {m['metric']} {m['value']} {m['unit']}" for m in row["metrics"] if m not in kept]
        row["metrics"] = kept
    if row.get("lang") == "zh":
        figures = _figures(text)
        for m in row["metrics"]:
            if m["value"] is None:
                continue
            at = next((a for a, v in figures if math.isclose(v, m["value"], rel_tol=1e-6)), None)
            before = text[max(0, at - 6):at] if at is not None else ""
            if at is not None and _LOW.search(before):
                m["low"], m["value"] = m["value"], None
                changes.append(f"{m['metric']}: {m['low']} is a low bound ({before.strip()})")
            elif at is not None and _HIGH.search(before) and not _CAP_PRICE.search(text[max(0, at - 12):at]):
                m["high"], m["value"] = m["value"], None
                changes.append(f"{m['metric']}: {m['high']} is a high bound ({before.strip()})")
            elif m["metric"] == "dividend" and re.search(r"每\s?10\s?股", text):
                printed = round(m["value"] * 10, 10)
                if any(math.isclose(printed, v, rel_tol=1e-6) for _, v in figures):
                    changes.append(f"dividend {m['value']} per share -> {printed} per 10 shares")
                    m["value"], m["basis"] = printed, "per 10 shares"
    for m in row["metrics"]:
        if m["metric"] in ("price", "price_change") and _is_index(m["entity"]):
            m["metric"] = "index_level" if m["metric"] == "price" else "index_change"
            changes.append(f"{m['entity']}: {m['metric']}")
    for r in row.get("rating_actions") or []:
        move = _move(text, r.get("target_price"), r.get("prior_target_price"))
        if r["action"] in ("maintain", "reiterate") and move:
            r["action"] = move
            changes.append(f"{r['company']}: target {r.get('prior_target_price')} -> {r['target_price']} is {move}")
    return changes


_RAISE = re.compile(r"rais|lift|boost|increas|hike|上调|调升|提高|上修|调高", re.I)
_CUT = re.compile(r"\bcut|lower|reduc|trim|slash|下调|调降|降低|下修|调低", re.I)


def _move(text: str, target: float | None, prior: float | None) -> str | None:
    """raise_target or cut_target for a target that moved, by its prior, else by the text's one direction word."""
    if target is None or target == prior:
        return None
    if prior is not None:
        return "raise_target" if target > prior else "cut_target"
    up, down = _RAISE.search(text), _CUT.search(text)
    return "raise_target" if up and not down else "cut_target" if down and not up else None


def _target_moves(row: dict) -> list[str]:
    actions = row.setdefault("rating_actions", [])
    changes = []
    for m in row["metrics"]:
        if m["metric"] != "target_price" or m["value"] is None or any(a["company"] == m["entity"] for a in actions):
            continue
        action = _move(row["text"], m["value"], m["prior_value"])
        if action is None:
            continue
        actions.append({"broker": m["attributed_to"], "company": m["entity"], "ticker": m["ticker"], "action": action,
                        "rating": None, "prior_rating": None, "target_price": m["value"],
                        "prior_target_price": m["prior_value"], "currency": m["unit"]})
        changes.append(f"{m['entity']}: a target moved with no rating is an action, {action}")
    return changes


def _is_index(name: str | None) -> bool:
    from newsflow.extract.metrics import subject_key

    return bool(name) and (subject_key(name) or "").startswith("index:")


def _figures(text: str) -> list[tuple[int, float]]:
    """(start, value) of every figure in the text, read by the extractor's number reader."""
    from newsflow.extract.quantities import find_atoms

    return [(a.start, a.value) for a in find_atoms(text, [])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="rewrite the files")
    args = ap.parse_args(argv)
    for path in args.files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        n = 0
        for row in rows:
            for change in migrate(row):
                n += 1
                print(f"{path.name} {row.get('id')}: {change}")
        if args.write:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{path}: {n} changes{' written' if args.write else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
