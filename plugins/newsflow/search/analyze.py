"""Text to search terms, the same way for articles and for queries.

English and other Latin-script words: NFKC, lower case, accents dropped, Lucene's English stop words
dropped, Snowball stems ("raised" and "raises" both `rais`). A dotted word also gives its parts (`jd.com`:
`jd`, `com`), numbers lose their thousands separators, and a listing code is its number, a Hong Kong one
in five digits (0700.HK and (00700) are both `00700`; the price 700 is not).
Chinese: Traditional mapped to Simplified one character to one (so 騰訊 finds 腾讯 and offsets stay those
of the text as written), then jieba's words, the gazetteer's names added to its dictionary; single
characters are not terms. Articles are cut in jieba's search mode (目标价 also gives 目标 and 标价),
queries in its precise mode, so a query word is found inside a longer indexed one.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from ..extract.compiled import cache_dir, write_whole

# Lucene's EnglishAnalyzer default stop set (the one Elasticsearch's `english` analyzer uses)
ENGLISH_STOP_WORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there "
    "these they this to was will with".split())

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKENS = re.compile(rf"(?P<han>[{_HAN}]+)|(?P<word>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\b"
                     rf"|[^\W_{_HAN}]+(?:['’.&-][^\W_{_HAN}]+)*)")
_PARTS = re.compile(r"[.&-]")
_NUMBER = re.compile(r"[\d.,]+")
_LISTED_CODE = re.compile(r"(\d{1,6})\.(hk|ss|sh|sz|tw|two|ks|kq|t)")  # 0700.HK, 600519.SS, 2330.TW
ANALYZER_REVISION = "1"  # bump when the rules above change: every article is indexed again


def index_terms(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) of every term of an article's text, offsets into `text`."""
    return _terms(text, search_mode=True)


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, in order."""
    return list(dict.fromkeys(term for term, _, _ in _terms(query, search_mode=False)))


def term_spans(text: str, terms: set[str]) -> list[tuple[str, int, int]]:
    """Where `text` has any of these terms, in order: what a snippet highlights. Chinese terms are found
    as written (after Traditional -> Simplified), without segmenting the whole text."""
    simplified = _simplified(text)
    chinese = sorted((t for t in terms if re.match(f"[{_HAN}]", t)), key=len, reverse=True)
    found = [(m.group(), m.start(), m.end()) for m in re.finditer("|".join(map(re.escape, chinese)), simplified)
             ] if chinese else []
    for m in _TOKENS.finditer(simplified):
        if m.lastgroup == "word":
            found += [span for span in _latin(m.group(), m.start(), m.end()) if span[0] in terms]
    return sorted(found, key=lambda span: span[1])


def analyzer_version() -> str:
    """Changes whenever an article would be cut into other terms: the rules, jieba, the stemmer, the
    gazetteer (its names are jieba words), the Traditional -> Simplified table. The index keeps it per
    article and indexes again on a change. Cheap: files hashed, nothing parsed or loaded."""
    from importlib.metadata import version
    from importlib.resources import files

    digest = hashlib.sha256(ANALYZER_REVISION.encode())
    for name in ("jieba", "snowballstemmer"):
        digest.update(version(name).encode())
    # extract.entities.GAZETTEER_PATH and extract.sentences.T2S_PATH, read without importing those modules,
    # which compile the extractor's patterns (a second or more): this runs on the nothing-to-do path
    data = files("newsflow.extract") / "data"
    for name in ("gazetteer.yaml", "t2s.txt"):
        digest.update((data / name).read_bytes())
    return f"{ANALYZER_REVISION}-{digest.hexdigest()[:12]}"


def _terms(text: str, *, search_mode: bool) -> Iterator[tuple[str, int, int]]:
    simplified = _simplified(text)
    for m in _TOKENS.finditer(simplified):
        if m.lastgroup == "han":
            yield from _chinese(m.group(), m.start(), search_mode)
        else:
            yield from _latin(m.group(), m.start(), m.end())


def _chinese(run: str, offset: int, search_mode: bool) -> Iterator[tuple[str, int, int]]:
    for word, start, end in _segmenter().tokenize(run, mode="search" if search_mode else "default"):
        if end - start > 1:
            yield word, offset + start, offset + end


def _latin(word: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    folded = _unaccented(word.casefold().replace("’", "'"))
    if _NUMBER.fullmatch(folded):
        folded = folded.replace(",", "")  # 3,700 is 3700
    if code := _LISTED_CODE.fullmatch(folded):  # the number alone, as Chinese news writes it: (00700)
        number = code.group(1)
        yield number.zfill(5) if code.group(2) == "hk" else number, start, end
        return
    term = _term(folded)
    if term:
        yield term, start, end
    if _PARTS.search(folded) and not _NUMBER.fullmatch(folded):
        for part in _PARTS.split(folded):
            part_term = _term(part)
            if part_term and part_term != term:
                yield part_term, start, end


def _term(word: str) -> str | None:
    if not word or word in ENGLISH_STOP_WORDS or len(word) == 1 and word.isalpha():
        return None
    if word.isdigit() and word.startswith("0") and len(word) <= 5:
        return word.zfill(5)  # a Hong Kong code as Chinese news writes it: 0700 as 00700
    if word.isascii() and word.isalpha() or word.endswith("'s"):
        return _stem(word)
    return word


def _unaccented(word: str) -> str:
    """Nestlé as nestle, Société as societe: accents are often dropped in queries and headlines."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


def _simplified(text: str) -> str:
    """NFKC where it keeps the length (full-width Ｆ to F), then Traditional -> Simplified."""
    from ..extract.sentences import t2s_table

    normal = unicodedata.normalize("NFKC", text)
    if len(normal) != len(text):  # offsets must stay those of `text`: fold character by character
        normal = "".join(c if len(n := unicodedata.normalize("NFKC", c)) != 1 else n for c in text)
    return normal.translate(t2s_table())


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """The gazetteer's Chinese names (as Simplified), so 宁德时代 stays one word."""
    from ..extract.entities import load_gazetteer

    gazetteer = load_gazetteer()
    names = set(gazetteer.by_alias) | {e.name_zh for e in gazetteer.companies + gazetteer.sources if e.name_zh}
    return frozenset(_simplified(n) for n in names if n and re.fullmatch(f"[{_HAN}]{{2,}}", n))


@lru_cache(maxsize=1)
def _segmenter():
    """jieba's tokenizer with the gazetteer's names added. Its dictionary, half a million words and their
    prefixes, is kept pickled in newsflow's cache under `analyzer_version()`: jieba's own cache (marshal) takes
    1-1.5 s to read in a new process, the pickle 0.3-0.4 s, and the gazetteer is not read at all."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)  # "Building prefix dict ..." on every start
    segmenter = jieba.Tokenizer()
    base, version = cache_dir(), analyzer_version()
    path = base / "segmenter.pickle" if base else None
    kept = _read_kept(path) if path else None
    if kept is not None and kept[0] == version:
        segmenter.FREQ, segmenter.total, segmenter.initialized = kept[1], kept[2], True
        return segmenter
    for word in sorted(_dictionary_words()):
        segmenter.add_word(word)
    if path is not None:
        write_whole(path, pickle.dumps((version, segmenter.FREQ, segmenter.total), pickle.HIGHEST_PROTOCOL))
    return segmenter


def _read_kept(path: Path) -> tuple | None:
    """(analyzer version, words' frequencies, their total) as kept; None for a missing or unreadable file."""
    try:
        with path.open("rb") as fh:
            kept = pickle.load(fh)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
        return None
    return kept if isinstance(kept, tuple) and len(kept) == 3 else None
