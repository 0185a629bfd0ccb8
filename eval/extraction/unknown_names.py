"""How much the English rows owe to the gazetteer: every labelled English passage scored as written and again
with the companies' names replaced by invented ones the gazetteer has never seen.

    .venv/bin/python eval/extraction/unknown_names.py [--corpus ../shared/corpora/news-text] [--seed 3]

A held-out article names companies the gazetteer lacks; this gives the figure such an article meets. Each
gazetteer company whose English name opens with a word of its own (not a broker's, an index's or an economy's
word, not a plain word like "Target") gets an invented word for it ("Intel" -> "Quindexex"), in the text and in
its labels alike, and so do its other aliases' first words ("Azure", "Taobao"). Brokers keep their names: the
houses that rate stocks are few and known. Passages: the development corpus and every news*/en set here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from news_text import DEFAULT_CORPUS, evaluate, load_scorer  # noqa: E402

DATA = HERE.parents[1] / "plugins" / "newsflow" / "extract" / "data"
_PLAIN_WORDS = {"Target", "Square", "Block", "Snap", "Apple", "Shell", "Sage", "Wise", "China", "Bank", "Hong", "National",
                "General", "First", "United", "American", "New", "Great", "Royal", "Industrial", "Standard"}
_SYLLABLES = ["zen", "tar", "vol", "mir", "kas", "lor", "quin", "bra", "dex", "nov", "sel", "tor", "val", "rix", "mon", "tel"]


def invented_names(seed: int) -> dict[str, str]:
    """A gazetteer company's own name words -> invented words."""
    gz = yaml.safe_load((DATA / "gazetteer.yaml").read_text(encoding="utf-8"))
    markets = yaml.safe_load((DATA / "markets.yaml").read_text(encoding="utf-8"))
    taken = {w for b in gz["brokers"] for a in b["aliases"] for w in re.findall(r"[A-Za-z]+", a)}
    taken |= {w for section in ("indices", "economies") for e in markets[section] for a in e["aliases"]
              for w in re.findall(r"[A-Za-z]+", a)}
    taken |= _PLAIN_WORDS
    rng = random.Random(seed)
    words: dict[str, str] = {}

    def own(word: str) -> bool:
        return bool(re.fullmatch(r"[A-Z][a-z]{3,}", word)) and word not in taken

    for company in gz["companies"]:
        first = company["name"].split()[0]
        if not own(first):
            continue
        for word in [first] + [a.split()[0] for a in company["aliases"]]:
            if own(word) and word not in words:
                words[word] = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize() + rng.choice(["a", "o", "ex", "is"])
    return words


def write_sets(corpus: Path, out: Path, words: dict[str, str] | None) -> int:
    """Every English passage with its labels into out/en (names replaced when `words` is given); how many changed."""
    rx = re.compile(r"\b(" + "|".join(map(re.escape, sorted(words or {"\0": ""}, key=len, reverse=True))) + r")\b")
    swap = (lambda s: rx.sub(lambda m: words[m.group(1)], s) if s else s) if words else (lambda s: s)
    (out / "en" / "texts").mkdir(parents=True)
    changed = 0
    with (out / "en" / "gold.jsonl").open("w", encoding="utf-8") as gold:
        for root in [corpus, *sorted(HERE.glob("news*"))]:
            if not (root / "en" / "gold.jsonl").exists():
                continue
            for line in (root / "en" / "gold.jsonl").open(encoding="utf-8"):
                row = json.loads(line)
                name = f"{root.name}_{Path(row['text_file']).name}"
                text = (root / "en" / row["text_file"]).read_text(encoding="utf-8")
                (out / "en" / "texts" / name).write_text(swap(text), encoding="utf-8")
                changed += swap(text) != text
                row["text_file"] = f"texts/{name}"
                for m in row["metrics"]:
                    m["entity"] = swap(m.get("entity"))
                for a in row["rating_actions"]:
                    a["company"], a["broker"] = swap(a.get("company")), swap(a.get("broker"))
                gold.write(json.dumps(row, ensure_ascii=False) + "\n")
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)
    score = load_scorer(args.corpus)
    words = invented_names(args.seed)
    print("| names | passages changed | P | R | F1 | entity | junk rows | RA gold/pred/exact | RA F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, swap in (("as written", None), (f"{len(words)} invented", words)):
            out = Path(tmp) / label.replace(" ", "_")
            changed = write_sets(args.corpus, out, swap)
            x = evaluate(score, out, ("en",), None, False)[2]["en"]
            ra = x["rating_actions"]
            print(f"| {label} | {changed} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} | "
                  f"{x['entity_ok'][0]:.2f} ({x['entity_ok'][1]}) | {x['junk_rows']} ({(x['junk_rate'] or 0):.0%}) | "
                  f"{ra['gold']}/{ra['pred']}/{ra['exact']} | {ra['F1']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
