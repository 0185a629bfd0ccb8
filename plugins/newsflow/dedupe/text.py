"""Article text → the part that tells stories apart → shingles → MinHash signatures.

Syndicated copies differ in what surrounds the report (datelines, bylines, credits, share links,
citation markers), so that is stripped before shingling. English is shingled by words, Chinese
(and Japanese, Korean) by characters, where words are not separated by spaces.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

NUM_PERM = 64  # 64 permutations: J estimated within ±0.06, half the storage and time of 128
LSH_THRESHOLD = 0.5
# The bands × rows datasketch's MinHashLSH picks for that threshold and 64 permutations (14 bands of 4).
BANDS, ROWS = 14, 4
LEAD_UNITS = 40  # the lead: first words (or characters) of the body; a summary is compared with it
WORD_SHINGLE, CHAR_SHINGLE = 3, 4
CJK_LANGUAGES = {"zh", "ja", "ko"}

# MinHash as datasketch 2 computes it (scheme "affine32", seed 1), bit for bit: stored signatures stay
# comparable, and tests/test_dedupe.py checks it against datasketch. Not imported from it, because
# importing datasketch imports SciPy (about a second at every process start) for its LSH parameters.
_PERMUTATION_SEED = 1
_rng = np.random.RandomState(_PERMUTATION_SEED)
_A = _rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd: a bijection mod 2**32
_B = _rng.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)

_CITATIONS = re.compile(r"\[\s*\d+(?:\s*[,，\-–]\s*\d+)*\s*\]|【\d+】|\[citation needed\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# "HONG KONG (Harbor Wire) – ", "LONDON, Sept 17 (Reuters) - ", "【财经快报】", "新华社北京9月17日电 "
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,'/-]{1,60}\([^()\n]{2,40}\)\s*[-–—:]+\s*"
    r"|【[^】\n]{1,20}】\s*"
    r"|(?:新华社|中新社|财联社|本报|本台)[^，。\n]{0,20}(?:电|讯)\s*[（(]?[^）)\n]{0,12}[）)]?\s*[：:，]?)"
)
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:by\s+\w+|(?:additional\s+)?(?:reporting|writing|editing|compiled|reported)\s+by\b"
    r"|this (?:story|article|report|content) (?:was|is|has been) (?:supplied|provided|syndicated|distributed|published)"
    r"|(?:source|photo|image|credit)s?\s*:|copyright|©|\(c\)\s*\d{4}|all rights reserved|disclaimer"
    r"|share\b|follow us|sign up|subscribe|read more|related (?:stories|articles|coverage)|more .{0,40}news"
    r"|click here|advertisement|(?:本文)?(?:来源|转载自|转自)|责任编辑|编辑[:：]|记者[:：]|作者[:：]|免责声明"
    r"|版权所有|相关阅读|分享到|更多.{0,10}(?:资讯|新闻|研报))",
    re.IGNORECASE,
)
BOILERPLATE_MAX_CHARS = 200  # a credit or link line is short; a real paragraph that starts "By ..." is not
_UNITS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|[^\W_]+(?:[.,'][^\W_]+)*%?")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_ASCII_WORD = re.compile(r"[0-9A-Za-z]+(?:[.,'][0-9A-Za-z]+)*%?")


def strip_boilerplate(text: str) -> str:
    """The report itself: no citation markers, datelines, bylines, credits, share or copyright lines."""
    kept = []
    for line in _CITATIONS.sub("", text or "").split("\n"):
        line = _DATELINE.sub("", line.strip())
        if not line or (len(line) <= BOILERPLATE_MAX_CHARS and _BOILERPLATE_LINE.match(line)):
            continue
        kept.append(line)
    return "\n".join(kept)


def units(text: str, language: str) -> list[str]:
    """Words for English; single characters (with runs of Latin letters or digits as one unit) for CJK."""
    text = text.casefold()
    if language in CJK_LANGUAGES:
        return [m.group() for m in _UNITS.finditer(text)]
    return _ASCII_WORD.findall(text) if language == "en" else [m.group() for m in _UNITS.finditer(text)]


def shingle_hashes(tokens: list[str], k: int) -> np.ndarray:
    """32-bit hashes of the k-unit shingles (a text shorter than k is one shingle)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((zlib.crc32(t.encode()) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(h) < k:
        h = np.concatenate([h, np.zeros(k - len(h), dtype=np.uint64)])
    mixed = np.zeros(len(h) - k + 1, dtype=np.uint64)
    for i in range(k):  # a polynomial hash of the k unit hashes; wraps mod 2**64 by design
        mixed = mixed * np.uint64(0x100000001B3) + h[i: len(h) - k + 1 + i]
    return np.unique((mixed >> np.uint64(32)) ^ (mixed & np.uint64(0xFFFFFFFF)))


def minhash(hashes: np.ndarray) -> np.ndarray:
    """MinHash of pre-hashed 32-bit shingles → its NUM_PERM hash values (uint32): each shingle hash is
    MurmurHash3-finalised, then mapped by every permutation h -> a*h + b mod 2**32; the least per permutation."""
    if not len(hashes):
        return _EMPTY.copy()
    h = hashes.astype(np.uint32).reshape(-1, 1)
    h ^= h >> np.uint32(16)  # MurmurHash3's finaliser (fmix32)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return (h * _A + _B).min(axis=0)


def band_keys(hashvalues: np.ndarray) -> np.ndarray:
    """One 63-bit key per LSH band, as datasketch's MinHashLSH bands the signature (BANDS × ROWS).

    Two signatures are LSH candidates exactly when they share a key (up to a 2**-63 collision).
    """
    bands = np.atleast_2d(hashvalues)[:, : BANDS * ROWS].astype(np.uint64).reshape(-1, BANDS, ROWS)
    key = np.arange(1, BANDS + 1, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15)
    for r in range(ROWS):
        key = (key ^ bands[:, :, r]) * np.uint64(0x100000001B3)
    return (key >> np.uint64(1)).astype(np.int64)


def text_signatures(title: str, body: str, language: str) -> tuple[np.ndarray, int, np.ndarray, int]:
    """(body MinHash, body shingle count, lead MinHash, lead shingle count).

    The body alone is shingled (a new headline does not make a new story); a body of a few words
    (a bare headline item) takes the title with it.
    """
    k = CHAR_SHINGLE if language in CJK_LANGUAGES else WORD_SHINGLE
    body_units = units(strip_boilerplate(body), language)
    if len(body_units) < 2 * k:
        body_units = units(strip_boilerplate(title), language) + body_units
    full, lead = shingle_hashes(body_units, k), shingle_hashes(body_units[:LEAD_UNITS], k)
    return minhash(full), len(full), minhash(lead), len(lead)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity estimated from two MinHash signatures (share of equal hash values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(a: np.ndarray, n_a: int, b: np.ndarray, n_b: int) -> float:
    """Share of the smaller shingle set found in the other, from the Jaccard estimate and the set sizes:
    |A∩B| = J·(|A|+|B|)/(1+J). A summary is contained in the lead of the full text."""
    j = jaccard(a, b)
    return min(1.0, j * (n_a + n_b) / ((1 + j) * min(n_a, n_b)))
