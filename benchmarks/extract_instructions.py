"""Instructions the extractor spends on one pass over the news-text passages: the measure that holds on a shared machine.

    .venv/bin/python benchmarks/extract_instructions.py [--corpus ../shared/corpora/news-text]

Runs the passages through the extractor once and twice, each under `valgrind --tool=callgrind`, and prints the
difference: one pass, without the start-up (imports, compiling or loading the patterns). Wall time on this 2-core
VM moves by a third from hour to hour; the instruction count moves by well under 1%. Compare two commits by running
it from a worktree of each, with PYTHONPATH pointing at that worktree's plugins/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "news-text"


def passes(corpus: Path, n: int) -> None:
    """Extract every passage of the corpus `n` times (what runs under valgrind)."""
    from newsflow.extract import RulesExtractor

    extractor = RulesExtractor()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*/texts/*.txt"))]
    for _ in range(n):
        for text in texts:
            extractor.extract(text)


def instructions(corpus: Path, n: int) -> int:
    """Instructions of a process that makes `n` passes, as callgrind counts them."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable,
                              __file__, "--corpus", str(corpus), "--passes", str(n)],
                             capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a news-text layout: {en,zh}/texts/*.txt")
    ap.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # (the measured process itself)
    args = ap.parse_args(argv)
    if args.passes is not None:
        passes(args.corpus, args.passes)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind); nothing measured", file=sys.stderr)
        return 2
    os.environ.setdefault("PYTHONPATH", str(ROOT / "plugins"))
    one, two = instructions(args.corpus, 1), instructions(args.corpus, 2)
    print(f"{(two - one) / 1e6:,.0f} M instructions a pass over {len(list(args.corpus.glob('*/texts/*.txt')))} passages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
