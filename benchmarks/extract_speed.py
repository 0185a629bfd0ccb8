"""Throughput of the extractor on one core, through the same code path as `newsflow extract --lines`.

    .venv/bin/python benchmarks/extract_speed.py [--lines 20000] [--no-cli]

Texts: the gold set (eval/extraction/gold.jsonl) when present, plus the development examples,
repeated to at least --lines lines. Prints lines/s and sentences/s in-process, then end to end
through the CLI in a subprocess (start-up included).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "eval" / "extraction" / "gold.jsonl", ROOT / "tests" / "fixtures" / "extract_dev.jsonl"]


def corpus(min_lines: int) -> list[str]:
    texts = []
    for path in SOURCES:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [" ".join(json.loads(line)["text"].split()) for line in fh if line.strip()]
    if not texts:
        sys.exit("no texts: neither the gold set nor the development examples were found")
    reps = -(-min_lines // len(texts))
    return (texts * reps)[: max(min_lines, len(texts))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=20000)
    ap.add_argument("--no-cli", action="store_true", help="skip the end-to-end subprocess run")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from newsflow.extract import extract
    from newsflow.extract.cli import extract_lines
    from newsflow.extract.sentences import split_sentences

    lines = corpus(args.lines)
    n_sent = sum(len(split_sentences(t)) for t in lines)
    extract("warm up: revenue rose 5% to $1.2 billion")  # load the gazetteer and lexicon once
    t0 = time.perf_counter()
    extract_lines(iter(lines), io.StringIO())
    dt = time.perf_counter() - t0
    print(f"in-process --lines path: {len(lines)} lines, {n_sent} sentences in {dt:.2f}s "
          f"-> {len(lines) / dt:,.0f} lines/s, {n_sent / dt:,.0f} sentences/s (one core)")
    if args.no_cli:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "newsflow.extract.cli", "--lines", str(path)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t0
        if done.returncode != 0:
            print(done.stderr.decode(), file=sys.stderr)
            return 1
        out_lines = done.stdout.count(b"\n")
        print(f"CLI end to end ({' '.join(cmd[1:4])} FILE): {out_lines} lines, {n_sent} sentences in {dt:.2f}s "
              f"-> {n_sent / dt:,.0f} sentences/s including start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
