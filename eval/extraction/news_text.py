"""Score the extractor on the real-news corpus (`../shared/corpora/news-text`) in-process, with the corpus's
own scorer (`score.py`), and add metric-name agreement under this project's synonym map.

    .venv/bin/python eval/extraction/news_text.py [--corpus DIR] [--gold-dir DIR] [--lang en|zh|all] [--errors FILE]

Gives the same figures as `python3 ../shared/corpora/news-text/score.py --cmd ".venv/bin/newsflow extract"`,
in seconds instead of one process per passage. The last column, "metric (map)", is metric-name agreement
over the same matched pairs when the labels' names are read through metric_synonyms.yaml.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "news-text"
SYNONYMS = Path(__file__).resolve().parent / "metric_synonyms.yaml"


def load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("news_text_score", corpus / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class MetricNames:
    """Label metric names read through metric_synonyms.yaml."""

    def __init__(self, path: Path = SYNONYMS):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.family = {name: ours for ours, names in data["families"].items() for name in [ours, *names]}
        self.affixes = [(affix, modality) for modality, affixes in data["modalities"].items() for affix in affixes]

    def _read(self, name: str) -> tuple[str, str | None]:
        """(family, modality the name states or None)."""
        for affix, modality in self.affixes:
            if affix.endswith("_") and name.startswith(affix):
                return self.family.get(name[len(affix):], name[len(affix):]), modality
            if affix.startswith("_") and name.endswith(affix):
                return self.family.get(name[:-len(affix)], name[:-len(affix)]), modality
        return self.family.get(name, name), None

    def agree(self, label: str, metric: str | None, modality: str | None) -> bool:
        if metric is None:
            return False
        ours = self.family.get(metric, metric)
        for alternative in label.split("|"):
            family, stated = self._read(alternative)
            if family == ours and (stated is None or stated == modality):
                return True
        return False


def _load(root: Path, langs: tuple[str, ...]) -> list[dict]:
    rows = []
    for lang in langs:
        path = root / lang / "gold.jsonl"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            r["path"] = root / lang / r["text_file"]
            rows.append(r)
    return rows


# A date in a page's address: /2016/09/09/, 2011-08-11, /201508/26/, t20150826, 2023-08/30.
_ADDRESS_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?!\d)")


def address_date(address: str) -> date | None:
    m = _ADDRESS_DATE.search(address or "")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


def evaluate(score, gold_dir: Path | None = None, langs: tuple[str, ...] = ("en", "zh"), only: set[str] | None = None,
             dated: bool = False):
    """Extract every passage of the corpus (or of gold_dir) and score it: (rows, predictions, the scorer's
    summary per language and "all", {lang: [metric names agreeing under the synonym map, matched pairs]}).
    `dated`: only the passages whose source address carries a date, extracted with it as the publication
    date, as the pipeline passes each entry's."""
    from newsflow.extract import extract

    rows = _load(gold_dir, langs) if gold_dir else score.load_gold(langs)
    if only:
        rows = [r for r in rows if Path(r["text_file"]).stem in only]
    if dated:
        rows = [r for r in rows if address_date(r.get("source", ""))]
    preds = [extract(r["path"].read_text(encoding="utf-8"),
                     published=address_date(r.get("source", "")) if dated else None).to_dict() for r in rows]
    res = score.summarise("extractor", rows, preds)
    names = MetricNames()
    mapped: dict[str, list[int]] = {}
    for g, p in zip(rows, preds):
        for pair in score.score_passage(g, p)["pairs"]:
            ok = names.agree(pair["gold"]["metric"], pair["pred"].get("metric"), pair["pred"].get("modality"))
            for lang in (g["lang"], "all"):
                mapped.setdefault(lang, [0, 0])[0] += ok
                mapped[lang][1] += 1
    return rows, preds, res, mapped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus whose score.py scores")
    ap.add_argument("--gold-dir", type=Path, help="score this set instead (same layout: en/, zh/ with gold.jsonl and texts/)")
    ap.add_argument("--lang", choices=("en", "zh", "all"), default="all")
    ap.add_argument("--errors", help="write misses, unmatched rows and attribute errors per passage here")
    ap.add_argument("--only", help="comma-separated passage ids (en01,zh07)")
    ap.add_argument("--dated", action="store_true",
                    help="only passages whose source address has a date, extracted with that publication date")
    args = ap.parse_args(argv)
    if not (args.corpus / "score.py").exists():
        sys.exit(f"no scorer at {args.corpus}/score.py")
    score = load_scorer(args.corpus)
    langs = ("en", "zh") if args.lang == "all" else (args.lang,)
    only = set(args.only.split(",")) if args.only else None
    rows, preds, res, mapped = evaluate(score, args.gold_dir, langs, only, args.dated)
    print("| lang | gold | pred | P | R | F1 | metric | entity | sign | period | prior | junk rows | RA gold/pred/exact | RA F1 "
          "| metric (map) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for lang, x in res.items():
        if x["gold"] == 0:
            continue
        f = lambda k: "-" if k not in x or x[k][0] is None else f"{x[k][0]:.2f} ({x[k][1]})"
        ra = x["rating_actions"]
        agree, n = mapped.get(lang, [0, 0])
        print(f"| {lang} | {x['gold']} | {x['pred_scored']} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} | "
              f"{f('metric_ok')} | {f('entity_ok')} | {f('sign_ok')} | {f('period_ok')} | {f('prior_ok')} | "
              f"{x['junk_rows']} ({(x['junk_rate'] or 0):.0%}) | {ra['gold']}/{ra['pred']}/{ra['exact']} | {ra['F1']:.2f} "
              f"| {agree / n if n else 0:.2f} ({n}) |")
    if args.errors:
        dump = []
        for g, p in zip(rows, preds):
            s = score.score_passage(g, p)
            dump.append({"text_file": g["text_file"],
                         "missed": s["missed"],
                         "junk": [dict(p["metrics"][j], why=why) for j, why in sorted(s["junk"].items())],
                         "attr_errors": [d for d in s["pairs"] if not (d["metric_ok"] and d["entity_ok"] is not False and d["sign_ok"]
                                                                        and d["period_ok"] is not False and d["prior_ok"] is not False)],
                         "rating_gold": g["rating_actions"], "rating_pred": p["rating_actions"]})
        Path(args.errors).write_text(json.dumps(dump, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
