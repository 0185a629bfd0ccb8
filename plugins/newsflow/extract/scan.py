"""Faster matching for patterns whose alternatives start in different ways.

Python's regex engine tries every alternative of a pattern at every position of the text, unless
an alternative starts with a plain character or class, which it tests at once. Ours mostly start
with optional parts or lookarounds ("(?:US )?crude", "(?<!认购)\\d+"). `compile` puts a lookahead of
the characters an alternative can start with (read from the parsed pattern) in front of it: the
same matches, with most alternatives dismissed by one test.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from . import compiled

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}


def first_class(pattern: str, ignore_case: bool = True) -> str | None:
    """A character class holding every character `pattern` can start a match with (both cases of
    Latin letters where the pattern ignores case), or None when that is unknown or the pattern can match
    the empty string."""
    try:
        parsed = _parser.parse(pattern)
        items, empty = compiled.first_items(parsed.data, ignore_case or bool(parsed.state.flags & re.IGNORECASE))
    except (compiled.Unknown, re.error):
        return None
    if empty or not items:
        return None
    out: list[str] = []
    for kind, value, fold in items:
        if kind is c.CATEGORY:
            out.append(_CATEGORIES[value])
        else:
            lo, hi = (value, value) if kind is c.LITERAL else value
            out += _cased(chr(lo), chr(hi), fold)
    return "[" + "".join(sorted(set(out))) + "]"


def _cased(lo: str, hi: str, fold: bool) -> list[str]:
    """The range, and where case is ignored the other case of any Latin letter in it ("k" then also
    matches the Kelvin sign, "s" the long s, "i" the dotted and dotless i)."""
    out = [re.escape(lo) if lo == hi else f"{re.escape(lo)}-{re.escape(hi)}"]
    if not fold:
        return out
    letters = {chr(x) for x in range(ord(lo), min(ord(hi), 0x7F) + 1) if chr(x).isalpha()}
    out += [re.escape(ch.swapcase()) for ch in sorted(letters)]
    out += [_FOLDS[ch] for ch in sorted(letters) if ch in _FOLDS]
    return out


def caseless(letter: str) -> str:
    """An ASCII letter as a case-sensitive class of every character it matches where case is ignored
    ((?-i:[kK\u212a]) for "k"): the same matches, but the engine tests a class at the head of an
    alternative at once, where a letter that ignores case costs a jump into the alternative."""
    return f"(?-i:[{''.join(_cased(letter, letter, True))}])"


_FOLDS = {"k": "\u212a", "K": "\u212a", "s": "\u017f", "S": "\u017f", "i": "\u0130\u0131", "I": "\u0130\u0131"}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's twin
    """`re.compile` of the `guarded` pattern: the same matches, found faster."""
    return compiled.compile(guarded(pattern, bool(flags & re.IGNORECASE)), flags)


@compiled.kept
def guarded(pattern: str, ignore_case: bool = True) -> str:
    """`pattern` with each top-level alternative behind a lookahead of the characters it can start
    with: at a position the engine dismisses most alternatives with one test each. Where case matters
    ("[A-Z]"), the lookahead holds only the case written, which dismisses far more positions."""
    return dispatch([(first_class(alt, ignore_case), _caseless_head(alt) if ignore_case else alt, not _starts_plain(alt))
                     for alt in alternatives(pattern)])


def _caseless_head(alternative: str) -> str:
    """An alternative that starts with a plain ASCII letter, with that letter as a `caseless` class:
    a letter that ignores case is no plain start for the engine, a class is."""
    lead = alternative[:1]
    if lead.isascii() and lead.isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
        return caseless(lead) + alternative[1:]
    return alternative


def dispatch(items: list[tuple[str | None, str, bool]], size: int = 5) -> str:
    """Alternatives (the class of the characters each can start with or None, the alternative, whether
    it needs a lookahead of that class in front) as one alternation, in order. A lookahead is a
    sub-match for the engine; where several stand in a row, they sit in chunks behind one lookahead
    of all their classes, so at most positions one test dismisses a chunk."""
    parts: list[str] = []
    run: list[tuple[str, str, bool]] = []  # consecutive alternatives whose first characters are known

    def flush() -> None:
        for i in range(0, len(run), size):
            chunk = run[i:i + size]
            inner = "|".join(f"(?={cls}){alt}" if guard else alt for cls, alt, guard in chunk)
            if sum(guard for _, _, guard in chunk) < 2:
                parts.append(inner)
            else:
                union = "[" + "".join(cls[1:-1] for cls, _, _ in chunk) + "]"
                parts.append(f"(?={union})(?:{inner})")
        run.clear()

    for cls, alt, guard in items:
        if cls is None:
            flush()
            parts.append(alt)
        else:
            run.append((cls, alt, guard))
    flush()
    return "|".join(parts)


def _starts_plain(alternative: str) -> bool:
    """Whether it starts with a character or a class, which the engine already tests at once."""
    try:
        data = _parser.parse(alternative).data
    except re.error:
        return True
    return bool(data) and data[0][0] in (c.LITERAL, c.IN)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|(?:b|c)" -> ["a", "(?:b|c)"]."""
    if "|" not in pattern:
        return [pattern]
    out, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _structure(pattern: str, start: int = 0):
    """(index, character, group depth before it) of each parenthesis and bar outside escapes and classes."""
    depth = 0
    for m in _SYNTAX.finditer(pattern, start):
        ch = m.group()
        if len(ch) == 1:
            yield m.start(), ch, depth
            depth += (ch == "(") - (ch == ")")


_SYNTAX = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)  # ("[]a]": a first "]" is the class's own)


def plain_forms(alternative: str, limit: int = 64) -> list[str]:
    """`alternative` as alternatives (in order of priority) that each open with one character or class
    where that can be written exactly: an optional, alternating or repeated head spelt out ("(?:stock |share )?price"
    -> "stock price", "share price", "price"), tests that read no character (lookarounds, anchors) moved past the
    character after them ("(?<!gilt )sales" -> "s(?<=(?<!gilt )s)ales"). The engine tests a branch that opens
    with a plain character at once; any other costs it a sub-match at every word it could start. More than
    `limit` forms, or a head it cannot spell out: the alternative as it is."""
    forms = _spelt_out(alternative, limit)
    return forms if forms is not None and len(forms) <= limit else [alternative]


def _spelt_out(alt: str, limit: int) -> list[str] | None:
    if "(?P<" in alt or _CAPTURING.search(alt):
        return None  # (a group written twice is an error)
    if tests := _zero_width(alt):
        rest = alt[tests:]
        if (first := _one_character(rest)) is not None:
            return [f"{first}(?<={alt[:tests]}{first}){rest[len(first):]}"]
        forms = _spelt_out(rest, limit)
        if forms is None:
            return None
        return [moved for form in forms for moved in
                (_spelt_out(alt[:tests] + form, limit) if _one_character(form) else None) or [alt[:tests] + form]]
    if alt.startswith("(?:"):
        end = group_end(alt, 0)
        inner, rest = alt[3:end - 1], alt[end:]
        if (repeat := _REPEAT.match(rest)) is not None:  # "(?:X){1,3}" -> "(?:X)(?:X){0,2}"
            low = 1 if repeat.group() == "+" else int(repeat.group(1))
            high = None if repeat.group() == "+" or repeat.group(2) == "" else int(repeat.group(2) or low)
            if low == 0:
                return None
            more = "*" if high is None and low == 1 else f"{{{low - 1},}}" if high is None else \
                "" if high == 1 else f"{{{low - 1},{high - 1}}}"
            return _spelt_out(f"(?:{inner})" + (f"(?:{inner}){more}" if more else "") + rest[repeat.end():], limit)
        if rest[:1] in ("*", "{") or rest[:2] in ("?+", "+?", "++"):
            return None
        heads = alternatives(inner)
        if rest.startswith("??"):
            options = [rest[2:], *(h + rest[2:] for h in heads)]
        elif rest.startswith("?"):
            options = [*(h + rest[1:] for h in heads), rest[1:]]
        else:
            options = [h + rest for h in heads]
        out: list[str] = []
        for option in options:
            spelt = _spelt_out(option, limit) if option else None
            out += spelt if spelt is not None else [option]
            if len(out) > limit:
                return None
        return out
    if (head := _SMALL_CLASS.match(alt)) is not None:  # "[Tt]he" -> "The", "the"
        return [ch + alt[head.end():] for ch in head.group(1)]
    return None


def _zero_width(alt: str) -> int:
    """The length of the tests that read no character at the head of `alt` (lookarounds, ^, \\b, a group
    of them), 0 for none."""
    i = 0
    while True:
        if alt.startswith("^", i):
            end = i + 1
        elif alt.startswith("\\b", i):
            end = i + 2
        elif alt.startswith("(?", i) and not alt.startswith(("(?P", "(?i", "(?-"), i):
            end = group_end(alt, i)
            try:
                if _parser.parse(alt[i:end]).getwidth() != (0, 0):
                    return i
            except re.error:
                return i
        else:
            return i
        if alt[end:end + 1] in ("?", "*", "+", "{"):
            return i
        i = end


def _one_character(s: str) -> str | None:
    """The character or class `s` opens with, read once (no quantifier after it); None for anything else."""
    if _plain_char(s):
        return s[0]
    if not s.startswith("[") or s.startswith("[^"):
        return None
    i = 2 if s[1:2] == "]" else 1  # ("[]a]": a first "]" is the class's own)
    while i < len(s) and s[i] != "]":
        i += 2 if s[i] == "\\" else 1
    return s[:i + 1] if i < len(s) and s[i + 1:i + 2] not in ("?", "*", "+", "{") else None


_REPEAT = re.compile(r"(?:\{(\d+)(?:,(\d*))?\}|\+)(?![?+])")
_SMALL_CLASS = re.compile(r"\[([A-Za-z0-9]{1,4})\](?![?*+{])")
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")


def _plain_char(s: str) -> bool:
    """Whether `s` opens with a character matched as itself, once (a letter, a digit, a space)."""
    return bool(s) and (s[0].isalnum() or s[0] == " ") and s[1:2] not in ("?", "*", "+", "{")


def last(rx: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `rx` in text[start:end] (the nearest one before `end`)."""
    found = None
    for found in rx.finditer(text, start, end):
        pass
    return found


def group_end(pattern: str, start: int) -> int:
    """The index after the parenthesis that closes the group opening at `start`."""
    for i, ch, depth in _structure(pattern, start):
        if ch == ")" and depth == 1:
            return i + 1
    raise re.error("unbalanced parenthesis", pattern, start)
