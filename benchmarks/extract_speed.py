"""Throughput of the extractor on one core, on real number-dense news (the news-text corpus).

    .venv/bin/python benchmarks/extract_speed.py [--corpus ../shared/corpora/news-text] [--repeat 5] [--no-cli]

Two ways in, both through the code the pipeline and `newsflow extract --lines` run:
  articles   every passage of the corpus as one text (how the pipeline extracts an article);
             reported per sentence of the passages and per sentence that holds a figure
  sentences  every sentence that holds a figure, each on its own as one text (`--lines`), so the
             work done once per article is paid once per sentence
Each is timed --repeat times and the best and the median run are reported (the machine's own speed
varies from run to run; the best is the code's), in CPU time of this process as well as in wall time:
on a shared machine other work stretches the wall clock, not the CPU time the extractor uses. Then, unless --no-cli, the sentences once more
end to end through the CLI in a subprocess, start-up included.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "news-text"
_FIGURE = re.compile(r"\d")


def timed(run, repeat: int) -> tuple[float, float, float, float]:
    """(best wall seconds, median wall seconds, best CPU seconds, median CPU seconds)"""
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(times), statistics.median(times), min(cpu), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a news-text layout: {en,zh}/texts/*.txt")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-cli", action="store_true", help="skip the end-to-end subprocess run")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from newsflow.extract import extract
    from newsflow.extract.cli import extract_lines
    from newsflow.extract.sentences import normalize, split_sentences

    paths = sorted(args.corpus.glob("*/texts/*.txt"))
    if not paths:
        sys.exit(f"no passages under {args.corpus}/*/texts/")
    passages = [p.read_text(encoding="utf-8") for p in paths]
    sentences = []
    for text in passages:
        norm = normalize(text).text
        sentences += [" ".join(norm[a:b].split()) for a, b in split_sentences(norm)]
    dense = [s for s in sentences if _FIGURE.search(s)]
    extract("warm up: revenue rose 5% to $1.2 billion")  # load the gazetteer and lexicon once

    best, median, cpu, cpu_median = timed(lambda: [extract(t) for t in passages], args.repeat)
    print(f"articles: {len(passages)} passages, {len(sentences)} sentences ({len(dense)} with a figure); "
          f"best {best:.3f}s, median {median:.3f}s, best CPU {cpu:.3f}s")
    print(f"  {len(sentences) / best:,.0f} sentences/s, {len(dense) / best:,.0f} sentences with a figure/s "
          f"(median run: {len(sentences) / median:,.0f} and {len(dense) / median:,.0f}; "
          f"CPU time: {len(sentences) / cpu:,.0f} and {len(dense) / cpu:,.0f}, median {len(sentences) / cpu_median:,.0f} "
          f"and {len(dense) / cpu_median:,.0f}) - one core")
    best, median, cpu, cpu_median = timed(lambda: extract_lines(iter(dense), io.StringIO()), args.repeat)
    print(f"sentences: {len(dense)} sentences with a figure, one per text (--lines); best {best:.3f}s, "
          f"median {median:.3f}s, best CPU {cpu:.3f}s")
    print(f"  {len(dense) / best:,.0f} sentences/s (median run: {len(dense) / median:,.0f}; "
          f"CPU time: {len(dense) / cpu:,.0f}, median {len(dense) / cpu_median:,.0f}) - one core")
    if args.no_cli:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(dense) + "\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "newsflow.extract.cli", "--lines", str(path)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        dt = time.perf_counter() - t0
        if done.returncode != 0:
            print(done.stderr.decode(), file=sys.stderr)
            return 1
        lines = done.stdout.count(b"\n")
        print(f"CLI end to end (newsflow extract --lines FILE): {lines} lines in {dt:.2f}s "
              f"-> {len(dense) / dt:,.0f} sentences/s, start-up included")
    return 0


if __name__ == "__main__":
    sys.exit(main())
