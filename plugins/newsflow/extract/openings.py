"""What the matches of a pattern can open with, and a lookahead that passes over every other word.

Python's regex engine tries a pattern at every position its first characters allow; a pattern that a letter
can open is tried at every word. Most of our phrase patterns open with a few words only ("compared with",
"first half", "since"): `letter_guard` works out from the parsed pattern the first three characters of every
text a match can open with, and puts a lookahead of them (a trie, each head a class the engine tests at once)
in front. The engine then dismisses most words with one test; the matches are the same, as the guard only
asks for characters every match starts with.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from . import compiled
from .scan import caseless, guarded


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's twin
    """`scan.compile` with a `letter_guard` in front: for a pattern few words can open (phrases, not a table of
    words, whose letter branches already dismiss a word at once)."""
    return compiled.compile(letter_guard(pattern, flags) + f"(?:{guarded(pattern, bool(flags & re.IGNORECASE))})", flags)


@compiled.kept
def letter_guard(pattern: str, flags: int = 0, size: int = 3) -> str:
    """A lookahead that passes at a letter only where one of the texts a match of `pattern` can open with
    follows (its first `size` characters, case ignored), and at any other character: in front of a pattern
    the engine would otherwise try at every word, it dismisses most words with one test. "" when those
    openings are not known (a word character class, a wide class: any word could open a match)."""
    try:
        openings = _openings(_parser.parse(pattern, flags).data, size)
    except (compiled.Unknown, re.error):
        return ""
    if any(text == "" for text, _ in openings):
        return ""
    words = {text.split(_NOT_A_LETTER)[0] for text, _ in openings if text[:1].isascii() and text[:1].isalpha()}
    if not words:
        return ""
    return rf"(?=[^A-Za-z]|(?i:{_word_trie(sorted(w for w in words if not any(w.startswith(v) for v in words if v != w)))}))"


def _word_trie(words: list[str]) -> str:
    """Words none of which opens another, sorted, as one alternation with their first characters taken out
    in front ("fir|fis|fy" -> f(?:i(?:r|s)|y)), each Latin letter at a branch's head as a class the
    engine tests at once."""
    parts = []
    for lead in dict.fromkeys(w[0] for w in words):
        rest = [w[1:] for w in words if w[0] == lead]
        head = caseless(lead) if lead.isascii() and lead.isalpha() else re.escape(lead)
        parts.append(head if rest == [""] else f"{head}(?:{_word_trie(rest)})")
    return "|".join(parts)


_Openings = set[tuple[str, bool]]  # (lowercased text a match can open with, whether the part read may end there)
_WIDE = 64  # a class of more characters opens too many texts to list
_NOT_A_LETTER = "\x00"  # stands for a digit or a space (\\d, \\s): no letter, and anything may follow it


def _openings(items: list, size: int) -> _Openings:
    found: _Openings = {("", True)}
    for op, arg in items:
        found = _joined(found, lambda left, op=op, arg=arg: _opening_of(op, arg, left), size)
    return found


def _joined(before: _Openings, after, size: int) -> _Openings:
    """Each opening of `before` followed by each of `after(characters still to read)`, cut at `size`."""
    out: _Openings = set()
    read: dict[int, _Openings] = {}
    for text, open_end in before:
        if not open_end or len(text) >= size:
            out.add((text[:size], False))
            continue
        left = size - len(text)
        if left not in read:
            read[left] = after(left)
        for more, more_end in read[left]:
            joined = text + more
            out.add((joined[:size], more_end and len(joined) < size))
    if len(out) > 4000:
        raise compiled.Unknown("too many openings")
    return out


def _lower(ch: str) -> str:
    return ch.lower() if ch.isascii() else ch  # (the guard ignores case; "İ".lower() is two characters)


def _opening_of(op, arg, size: int) -> _Openings:
    """What one parsed item can open with: ("", False) where that is unknown (anything may follow)."""
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {("", True)}  # consumes nothing (leaving a test out keeps every opening)
    if op is c.LITERAL:
        return {(_lower(chr(arg)), True)}
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= _WIDE:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE):
                chars.add(_NOT_A_LETTER)
            else:
                return {("", False)}
        return {(_NOT_A_LETTER, False) if ch == _NOT_A_LETTER else (_lower(ch), True) for ch in chars}
    if op is c.SUBPATTERN:
        return _openings(arg[3].data, size)
    if op is c.BRANCH:
        return set().union(*(_openings(b.data, size) for b in arg[1]))
    if op in compiled._REPEATS:
        low, high, sub = arg
        if ("", True) in _openings(sub.data, 1):
            return {("", False)}  # (a repeat of what can be empty)
        out: _Openings = {("", True)} if low == 0 else set()
        reps: _Openings = {("", True)}
        for n in range(1, min(high, size) + 1):
            reps = _joined(reps, lambda left: _openings(sub.data, left), size)
            if n >= low:
                out |= reps
        return out if low <= size else reps  # (after `size` repeats every opening is cut)
    return {("", False)}  # a category, any character, a group reference
