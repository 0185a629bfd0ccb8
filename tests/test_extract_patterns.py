"""Patterns rewritten so the regex engine passes over most positions with one test (newsflow.extract.scan's
spelt-out heads, the word tables' letter branches, the figures' guards): each must find exactly what the
pattern as written finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsflow.extract import compiled
from newsflow.extract import lexicon as lexicon_module
from newsflow.extract import quantities
from newsflow.extract.scan import plain_forms

ROOT = Path(__file__).resolve().parents[1]
NEWS_TEXT = ROOT.parent / "shared" / "corpora" / "news-text"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    paths = sorted(NEWS_TEXT.glob("*/texts/*.txt"))
    if not paths:
        pytest.skip(f"no passages under {NEWS_TEXT}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return texts + [line for text in texts for line in text.split("\n") if line.strip()]


def spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_a_head_spelt_out_matches_what_the_alternative_as_written_matches():
    cases = {
        "(?:stock |share )?price targets?": ["stock price target", "share price targets", "a price target", "stockprice target"],
        "(?:net |basic )??loss(?:es)? per share": ["net loss per share", "basic losses per share", "loss per share"],
        "(?<!gilt )(?<!bond )sales": ["sales rose", "gilt sales", "bond sales", "retail sales", "Sales"],
        r"(?:(?<=\ba )|(?<=\d ))targets?": ["a target", "5 targets", "the target", "targets"],
        "[Tt]he British pound": ["The British pound", "the British pound", "THE British pound", "he British pound"],
        "(?<![A-Za-z])PE(?![A-Za-z])": ["PE of 12", "aPE", "the PE ratio", "pe", "PEG"],
        "(?:number of )?(?:job )?vacancies": ["number of job vacancies", "number of vacancies", "job vacancies", "vacancies"],
        r"(?<![A-Za-z] )\b(?!The\b|An?\b)(?:[A-Z][A-Za-z&-]+ ){1,3}(?:Holdings|Inc)\b":
            ["Big Tree Holdings rose", "x Big Holdings", "The Tree Holdings", "An Apple Inc", "A-Share Holdings", "Tree Inc"],
        r"^(?!(?:The|It)\b)(?:[A-Z][\w-]+ ){1,2}(?=said )": ["Acme said", "The Acme said", "It said", "Acme Corp said", "x Acme said"],
        "(?:ab)+c": ["ababc abc ac"], "(?:a|b){2,}d": ["abd bbd ad abbad"], "(?:x){3}y": ["xxxy xxy"],
    }
    for pattern, texts in cases.items():
        forms = plain_forms(pattern)
        assert forms != [pattern] and all(f[0].isalnum() or f[0] in " [" for f in forms), (pattern, forms)
        for flags in (0, re.IGNORECASE):
            written, spelt = re.compile(pattern, flags), re.compile("|".join(forms), flags)
            for text in texts:
                assert [m.span() for m in spelt.finditer(text)] == [m.span() for m in written.finditer(text)], (pattern, text)
    # what cannot be spelt out exactly stays as written
    for pattern in ["(?:ab)*c", "(?:a|b)(?P<x>c)", "(a|b)c", "(?-i:GGR)", r"(?!x)\d", r"(?<=\d)\d", "[A-Z][a-z]+ x", "[^a]b"]:
        assert plain_forms(pattern) == [pattern]


def test_word_tables_find_what_they_find_with_every_word_as_written(monkeypatch, lines):
    fast = lexicon_module.lexicon.__wrapped__()
    monkeypatch.setattr(lexicon_module, "plain_forms", lambda alternative: [alternative])
    monkeypatch.setattr(lexicon_module, "_from_letter", lambda alternative, first, ignore_case: [alternative])
    monkeypatch.setattr(compiled, "_source_digest", lambda: "every word as written")  # not the kept patterns
    written = lexicon_module.lexicon.__wrapped__()

    def found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.lastgroup.split("__")[0] if m.lastgroup else m.group().lower()) for m in rx.finditer(text)]

    changed = 0
    for table in ("metrics", "direction", "modality", "basis", "ratings", "actions", "subjects", "subjects_common",
                  "indices", "economies", "agencies"):
        ours, theirs = getattr(fast, table), getattr(written, table)
        changed += ours.pattern != theirs.pattern
        for text in lines:
            assert found(ours, text) == found(theirs, text), (table, text[:200])
    assert changed >= 3  # the metrics, the directions and the subjects have words to spell out


def test_the_figures_guards_change_no_match(lines):
    atom_as_written = re.compile(quantities._ATOM.pattern.replace(quantities.ATOM_AFTER_LETTERS, "", 1), re.IGNORECASE)
    mask_as_written = re.compile(quantities._MASK.pattern.replace(quantities.MASK_AFTER_LETTERS, r"(?=[0-9A-Za-z\[【+第])", 1),
                                 re.IGNORECASE)
    assert atom_as_written.pattern != quantities._ATOM.pattern and mask_as_written.pattern != quantities._MASK.pattern
    samples = ["Revenue was U.S. $5.2 billion, or U.S.$5.2bn", "HK $ 3.2 billion and HK$3.2bn", "Rs. 450 crore and Rs450 crore",
               "KShs 12 billion", "RMB五亿元 and RMB 5 billion", "US$.5 a share", "a (6)% decline", "XRMB5", "-5% and −3.2%",
               "Jan. 5, 2024 and Sept 30", "see p. 3 and no. 7", "GPT-5 and Qwen3 beat X1.1", "FY '24 and Q3 2024",
               "A$1 per $0.73", "the 30 largest stocks", "12-month high"]
    for text in samples + lines:
        assert spans(quantities._ATOM, text) == spans(atom_as_written, text), text[:200]
        assert spans(quantities._MASK, text) == spans(mask_as_written, text), text[:200]


def test_a_letter_guard_passes_every_position_a_match_opens_at(lines):
    from newsflow.extract import periods
    from newsflow.extract.openings import letter_guard

    patterns = {periods._FORMS: re.IGNORECASE,
                r"(?:first|second)[- ]half|H[12]\s?'?\d{2,4}|Q[1-4]|\d{4}年|(?<=\bin\s)(?:Jan|Feb)\b": re.IGNORECASE,
                r"(?:up|down)\s[\d.]+%\son|(?i:FY)\s?\d\d|a{2,5}b|x?yz|(?:US|HK)?\$\d": 0,
                r"\bcompared (?:to|with)\s(?:the\s)?$|\bsince\s*$|以来$": re.IGNORECASE}
    samples = ["First half and SECOND-half of FY 24, H1'24, Q3 2024", "aab aaaaab yz xyz up 5% on", "compared with the ",
               "since ", "HK$5 and $6 in Jan", "ﬁrst half"]
    for pattern, flags in patterns.items():
        guard = letter_guard(pattern, flags)
        assert guard.startswith("(?=[^A-Za-z]|"), pattern
        with_guard, written = re.compile(guard + f"(?:{pattern})", flags), re.compile(pattern, flags)
        for text in samples + lines:
            assert spans(with_guard, text) == spans(written, text), (pattern, text[:200])
            assert spans(with_guard, text[:len(text) // 2]) == spans(written, text[:len(text) // 2])
    # where any word could open a match there is no guard
    for pattern in [r"[A-Z][a-z]+ rose", r"\w+ fell", r"(?:a|\w)b*c", r".{2}x"]:
        assert letter_guard(pattern) == "", pattern
