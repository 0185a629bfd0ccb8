"""Compare the rules extractor with Microsoft Recognizers-Text and quantulum3 on the gold set.

    .venv/bin/python benchmarks/extract_compare.py [--gold PATH] [--split all|dev|test] [--setup]

The two libraries live only in their own virtualenv, benchmarks/.venv-compare (git-ignored),
never in the project's dependencies. `--setup` creates it:

    python3.11 -m venv benchmarks/.venv-compare
    benchmarks/.venv-compare/bin/pip install recognizers-text-suite==1.0.2a2 emoji==1.7.0 quantulum3

Each library runs in a subprocess of that venv (this file, `--worker NAME`), reading the texts as
JSON on stdin and writing its values as JSON; scoring is `newsflow.extract.evaluate.score`.
Prints a Markdown table: F1 of value+unit (all / en / zh), entity accuracy, sentences/second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "benchmarks" / ".venv-compare"
VENV_PY = VENV / "bin" / "python"
PACKAGES = ["recognizers-text-suite==1.0.2a2", "emoji==1.7.0", "quantulum3"]


# ---------------------------------------------------------------- workers (run inside VENV)

def _iso(unit: str | None, iso: str | None) -> str | None:
    if iso:
        return {"CNH": "CNY", "RMB": "CNY"}.get(iso, iso)
    names = {"dollar": "USD", "united states dollar": "USD", "hong kong dollar": "HKD", "euro": "EUR",
             "chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "japanese yen": "JPY", "yen": "JPY",
             "pound sterling": "GBP", "british pound": "GBP", "south korean won": "KRW", "won": "KRW"}
    return names.get((unit or "").lower())


def _worker_recognizers(texts: list[dict]) -> list[dict]:
    from recognizers_number_with_unit import recognize_currency
    from recognizers_number import recognize_percentage

    out = []
    for t in texts:
        culture = "zh-cn" if t["lang"] == "zh" else "en-us"
        metrics = []
        for r in recognize_currency(t["text"], culture):
            res = r.resolution or {}
            try:
                value = float(str(res.get("value")).replace(",", ""))
            except (TypeError, ValueError):
                continue
            metrics.append({"value": value, "unit": _iso(res.get("unit"), res.get("isoCurrency"))})
        for r in recognize_percentage(t["text"], culture):
            try:
                value = float(str((r.resolution or {}).get("value", "")).rstrip("%").replace(",", ""))
            except ValueError:
                continue
            metrics.append({"value": value, "unit": "%"})
        out.append({"metrics": metrics, "rating_actions": []})
    return out


def _worker_quantulum(texts: list[dict]) -> list[dict]:
    from quantulum3 import parser

    out = []
    for t in texts:
        metrics = []
        if t["lang"] == "en":  # English only
            for q in parser.parse(t["text"]):
                name = q.unit.name
                unit = {"percentage": "%", "percentage point": "pp", "basis point": "bp"}.get(name)
                if unit is None and q.unit.entity.name == "currency":
                    unit = getattr(q.unit, "currency_code", None) or _iso(name, None)
                metrics.append({"value": float(q.value), "unit": unit})
        out.append({"metrics": metrics, "rating_actions": []})
    return out


def worker(name: str) -> int:
    texts = json.load(sys.stdin)
    fn = {"recognizers": _worker_recognizers, "quantulum3": _worker_quantulum}[name]
    fn(texts[:2])  # warm up (model loading is not counted)
    t0 = time.perf_counter()
    preds = fn(texts)
    json.dump({"predictions": preds, "seconds": time.perf_counter() - t0}, sys.stdout)
    return 0


# ---------------------------------------------------------------- driver (project venv)

def setup() -> None:
    if not VENV_PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(VENV_PY), "-m", "pip", "install", "-q", *PACKAGES], check=True)


def run_worker(name: str, texts: list[dict]) -> tuple[list[dict], float]:
    done = subprocess.run([str(VENV_PY), __file__, "--worker", name], input=json.dumps(texts),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} worker failed:\n{done.stderr[-2000:]}")
    data = json.loads(done.stdout)
    return data["predictions"], data["seconds"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "eval" / "extraction" / "gold.jsonl"))
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all")
    ap.add_argument("--setup", action="store_true", help=f"create {VENV} and install {', '.join(PACKAGES)}")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args.worker)
    if args.setup:
        setup()
    if not VENV_PY.exists():
        sys.exit(f"{VENV} is missing; run with --setup first")

    from newsflow.extract import extract
    from newsflow.extract.evaluate import load_gold, score
    from newsflow.extract.sentences import split_sentences

    rows = load_gold(args.gold, args.split)
    texts = [{"text": r["text"], "lang": r.get("lang", "en")} for r in rows]
    n_sent = sum(len(split_sentences(r["text"])) for r in rows)
    n_en = sum(len(split_sentences(r["text"])) for r in rows if r.get("lang") == "en")

    extract("warm up 5%")
    t0 = time.perf_counter()
    ours = [extract(t["text"]).to_dict() for t in texts]
    results = [("newsflow rules", ours, time.perf_counter() - t0, n_sent)]
    for name in ("recognizers", "quantulum3"):
        preds, seconds = run_worker(name, texts)
        results.append((name if name != "recognizers" else "Recognizers-Text 1.0.2a2 (currency+percentage)",
                        preds, seconds, n_sent if name == "recognizers" else n_en))

    print(f"gold: {args.gold} split={args.split}, {len(rows)} texts, {n_sent} sentences\n")
    print("| extractor | F1 value+unit (all) | F1 en | F1 zh | precision | recall | entity accuracy | sentences/s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, preds, seconds, n in results:
        rep = score(rows, preds)
        vu = rep["value_unit"]
        ent = rep["accuracy"].get("entity")
        f = lambda k: f"{vu[k]['f1']:.3f}" if k in vu else "n/a"  # noqa: E731
        print(f"| {name} | {f('all')} | {f('en')} | {f('zh')} | {vu['all']['precision']:.3f} | "
              f"{vu['all']['recall']:.3f} | {'n/a' if ent is None else f'{ent:.3f}'} | {n / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
