"""`newsflow extract [FILE|-]` (one text, one JSON object) and `newsflow extract --lines FILE`
(one text per line, one JSON object per line)."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext
from typing import IO, Iterable

from . import extract

EMPTY = {"metrics": [], "rating_actions": []}


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    p = parser or argparse.ArgumentParser(prog="newsflow extract",
                                          description="Key metrics and rating actions of financial news as JSON.")
    p.add_argument("file", nargs="?", default="-", help="text file, or - for standard input (default)")
    p.add_argument("--lines", action="store_true", help="each line is one text; print one JSON object per line")
    return p


def extract_lines(lines: Iterable[str], out: IO[str]) -> int:
    """The `--lines` path: one JSON object per input line, in order; a blank line gives an empty object."""
    n = 0
    for line in lines:
        text = line.rstrip("\r\n")
        result = extract(text).to_dict() if text.strip() else EMPTY
        out.write(json.dumps(result, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def run(args: argparse.Namespace) -> int:
    try:
        src = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    except OSError as exc:
        print(f"newsflow extract: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        with src if src is not sys.stdin else nullcontext(src):
            if args.lines:
                extract_lines(src, sys.stdout)
            else:
                print(json.dumps(extract(src.read()).to_dict(), ensure_ascii=False))
    except UnicodeDecodeError as exc:
        print(f"newsflow extract: {args.file} is not UTF-8 text: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
