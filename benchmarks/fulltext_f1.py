"""Main-text extraction quality and speed on the article-pages corpus.

    .venv/bin/python benchmarks/fulltext_f1.py [--variants] [--corpus PATH]

Scoring as upstream trafilatura (see shared/corpora/README.md): per page, gold "with" snippets found
in the output are true positives, missing ones false negatives, gold "without" snippets found are
false positives; whitespace is folded to single spaces on both sides; counts are pooled over all
pages; a crash counts as empty output. The Chinese pages are reported separately: the 4 Chinese
pages of gold.json with the same snippet scoring, and the 3 zh-fulltext pages with a character-level
precision / recall against their expected text (see `char_scores`).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import trafilatura
from bs4 import BeautifulSoup

from newsflow.fulltext import extract_page
from newsflow.records import OK, FetchResult

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "article-pages"
_WHITESPACE = re.compile(r"\s+")

Extractor = Callable[[bytes, str], str | None]  # (page bytes, page URL) → main text


def newsflow_extract(html: bytes, url: str, **options) -> str | None:
    result = FetchResult(feed="benchmark", url=url, outcome=OK, fetched_at=datetime.now(timezone.utc), body=html)
    return extract_page(result, options or None).text


def trafilatura_defaults(html: bytes, url: str) -> str | None:
    return trafilatura.extract(html)


def bs4_get_text(html: bytes, url: str) -> str | None:
    return BeautifulSoup(html, "lxml").get_text()


METHODS: dict[str, Extractor] = {
    "newsflow extract_page": newsflow_extract,
    "trafilatura.extract defaults": trafilatura_defaults,
    "BeautifulSoup get_text": bs4_get_text,
}
VARIANTS: dict[str, Extractor] = {  # our extractor with one option changed, to justify the defaults
    "extract_page favor_precision": lambda h, u: newsflow_extract(h, u, favor_precision=True),
    "extract_page favor_recall": lambda h, u: newsflow_extract(h, u, favor_recall=True),
    "extract_page no tables": lambda h, u: newsflow_extract(h, u, include_tables=False),
    "extract_page with comments": lambda h, u: newsflow_extract(h, u, include_comments=True),
    "extract_page no fallback": lambda h, u: newsflow_extract(h, u, no_fallback=True),
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def load_gold(corpus: Path = CORPUS) -> list[dict]:
    return json.loads((corpus / "gold.json").read_text(encoding="utf-8"))


def run(extractor: Extractor, html: bytes, url: str) -> str:
    """The extractor's text, or "" when it crashes or finds nothing."""
    try:
        return extractor(html, url) or ""
    except Exception:
        return ""


def score_page(text: str, item: dict, counts: Counts) -> None:
    text = _WHITESPACE.sub(" ", text)
    for snippet in item["with"]:
        if _WHITESPACE.sub(" ", snippet) in text:
            counts.tp += 1
        else:
            counts.fn += 1
    counts.fp += sum(_WHITESPACE.sub(" ", snippet) in text for snippet in item["without"])


def score_snippets(extractor: Extractor, corpus: Path = CORPUS) -> tuple[Counts, Counts, float]:
    """Pooled counts over all pages, the same over the Chinese pages, and pages per second."""
    everything, chinese, seconds = Counts(), Counts(), 0.0
    gold = load_gold(corpus)
    run(extractor, (corpus / "pages" / gold[0]["file"]).read_bytes(), gold[0]["url"])  # warm up lazy imports
    for item in gold:
        html = (corpus / "pages" / item["file"]).read_bytes()
        start = time.perf_counter()
        text = run(extractor, html, item["url"])
        seconds += time.perf_counter() - start
        score_page(text, item, everything)
        if item["lang"] == "zh":
            score_page(text, item, chinese)
    return everything, chinese, len(gold) / seconds


def char_scores(text: str, expected: str) -> tuple[int, int, int]:
    """(matched, output length, expected length) in characters, whitespace ignored.

    Matched characters are those of the longest common subsequence as difflib finds it (matching
    blocks, in order), so text in the wrong order or boilerplate costs precision and missing
    paragraphs cost recall. Character level, because Chinese has no spaces to count words by.
    """
    a, b = _WHITESPACE.sub("", text), _WHITESPACE.sub("", expected)
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks), len(a), len(b)


def score_zh_fulltext(extractor: Extractor, corpus: Path = CORPUS) -> list[tuple[str, float, float]]:
    """Per zh-fulltext page (name, precision, recall), and a last row "pooled"."""
    rows, totals = [], [0, 0, 0]
    for html_path in sorted((corpus / "zh-fulltext").glob("*.html")):
        expected = html_path.with_suffix(".expected.txt").read_text(encoding="utf-8")
        matched, out_len, exp_len = char_scores(run(extractor, html_path.read_bytes(), ""), expected)
        rows.append((html_path.stem, matched / out_len if out_len else 0.0, matched / exp_len))
        totals = [t + n for t, n in zip(totals, (matched, out_len, exp_len))]
    rows.append(("pooled", totals[0] / totals[1] if totals[1] else 0.0, totals[0] / totals[2]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--variants", action="store_true", help="also score extract_page option variants")
    args = parser.parse_args()
    methods = {**METHODS, **(VARIANTS if args.variants else {})}

    print(f"{'method':30} {'P':>6} {'R':>6} {'F1':>6} {'tp/fp/fn':>12} {'pages/s':>8} |"
          f" {'zh P':>6} {'zh R':>6} {'zh F1':>6} | zh-fulltext char P / R")
    for name, extractor in methods.items():
        total, zh, speed = score_snippets(extractor, args.corpus)
        zh_full = score_zh_fulltext(extractor, args.corpus)[-1]
        counts = f"{total.tp}/{total.fp}/{total.fn}"
        print(f"{name:30} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f} {counts:>12} {speed:8.1f} |"
              f" {zh.precision:6.3f} {zh.recall:6.3f} {zh.f1:6.3f} | {zh_full[1]:.3f} / {zh_full[2]:.3f}")
    print("\nzh-fulltext per page, newsflow extract_page (char precision / recall):")
    for page, precision, recall in score_zh_fulltext(newsflow_extract, args.corpus):
        print(f"  {page:28} {precision:.3f} / {recall:.3f}")


if __name__ == "__main__":
    main()
