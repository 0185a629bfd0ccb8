"""The word tables of data/lexicon.yaml, compiled once into regexes with one named group per label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import compiled
from .scan import alternatives, caseless, group_end, guarded, plain_forms

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.yaml"
MARKETS_PATH = Path(__file__).parent / "data" / "markets.yaml"


def _alternation(words: list[str], *, latin: bool) -> str:
    body = "|".join(words)
    return rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])" if latin else f"(?:{body})"


def _labelled(table: dict[str, object]) -> re.Pattern[str]:
    """One regex; `label_of(m)` names the label whose words matched. A label's words are either
    a list or {en: [...], zh: [...]}.

    Latin words are tried only at the start of a word and must end at a word end ("arr" not
    inside "narrowed"); other words only at a non-ASCII character. The guards in front of each
    half let the engine skip most positions at once, which keeps scanning fast.
    """
    pattern, plain = _labelled_source(table)
    rx = compiled.compile(pattern, re.IGNORECASE)
    _PLAIN_LABELS[id(rx)] = (rx, plain)
    return rx


@compiled.kept
def _labelled_source(table: dict[str, object]) -> tuple[str, dict[str, str]]:
    """`_labelled`'s pattern, and its plain words (folded) with their labels."""
    latin_groups, other_groups, word_start_groups, mixed_groups = [], [], [], []
    plain: dict[str, str] = {}  # a plain word, folded -> its label; plain words go ungrouped (see `label_of`)
    for label, words in table.items():
        if isinstance(words, dict):
            words = [*(words.get("en") or []), *(words.get("zh") or [])]
        scripts = {w: _script(w) for w in words}
        texts = {w: _plain(w) for w in words}
        for w, text in texts.items():
            if text is not None:
                plain.setdefault(text.lower(), label)
        for w in words:
            script = scripts[w]
            target, suffix = ((latin_groups, "") if w.isascii() and script == "latin" else
                              (other_groups, "__zh") if script == "other" else
                              (word_start_groups, "__ws") if script == "latin" else (mixed_groups, "__mx"))
            name = "" if texts[w] is not None else f"{label}{suffix}"
            if target and target[-1][0] == name:
                target[-1][1].append(w)
            else:
                target.append((name, [w]))
    parts = []  # the non-ASCII half first: the engine leaves the other half's branches slowly
    if other_groups:
        parts.append(_by_first_character(other_groups))
    if mixed_groups:
        parts.append(guarded(_named(mixed_groups)))
    if latin_groups:
        starts = "A-Za-z0-9" if any(_digit_first(w) for _, ws in latin_groups for w in ws) else "A-Za-z"
        parts.append(rf"(?<![A-Za-z])(?=[{starts}])(?:{_by_first_char(latin_groups)})(?![A-Za-z])")
    if word_start_groups:
        parts.append(rf"(?<![A-Za-z])(?=[A-Za-z0-9])(?:{_named(word_start_groups)})")
    return "|".join(parts), plain


# Plain words carry no group (groups slow the engine at every position); a match that ended
# in none is looked up here by its text. Keyed by the pattern's id, which the pattern held here
# keeps unique: hashing a pattern hashes its whole compiled program, on every lookup.
_PLAIN_LABELS: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}
# Group name -> label ("revenue__zh__12" -> "revenue"), split once.
_GROUP_LABELS: dict[str, str] = {}


def _plain(word: str) -> str | None:
    """The text a pattern matches when it is plain text ("net profit", "营收", "U\\.S\\."), else None."""
    items = re._parser.parse(word).data  # type: ignore[attr-defined]
    if items and all(op is re._constants.LITERAL for op, _ in items):  # type: ignore[attr-defined]
        return "".join(chr(arg) for _, arg in items)
    return None


def word_table(table: dict[str, list[str]]) -> re.Pattern[str]:
    """A fast regex over lists of words (regex syntax allowed), ignoring case; `label_of(m)`
    names the list a match came from. Latin words stand as whole words."""
    return _labelled(table)


def label_of(m: re.Match[str]) -> str:
    group = m.lastgroup
    if group is None:
        return _PLAIN_LABELS[id(m.re)][1][m.group().lower()]
    label = _GROUP_LABELS.get(group)
    if label is None:
        label = _GROUP_LABELS[group] = group.split("__")[0]
    return label


@dataclass(frozen=True)
class Lexicon:
    metrics: re.Pattern[str]
    direction: re.Pattern[str]  # groups: up, down
    basis: re.Pattern[str]
    modality: re.Pattern[str]
    ratings: re.Pattern[str]
    rating_labels: frozenset[str]
    actions: re.Pattern[str]
    ratio_metrics: frozenset[str]
    price_metrics: frozenset[str]
    default_units: dict[str, str]
    label_metrics: dict[str, str]
    negative_labels: frozenset[str]
    currency_only_labels: frozenset[str]
    right_strong_labels: frozenset[str]
    unit_metrics: dict[str, str]
    forecast_labels: frozenset[str]
    weak_labels: frozenset[str]
    result_metrics: frozenset[str]
    neutral_cue_labels: frozenset[str]
    subject_metrics: dict[str, str]
    subject_units: dict[str, str]
    level_names: dict[str, str]
    change_levels: frozenset[str]
    central_banks: frozenset[str]
    indicators: frozenset[str]
    subjects: re.Pattern[str]  # label_of(m): the metric of the subject ("rate", "price"), or "other"
    subjects_common: re.Pattern[str]  # `subjects` without the patterns a text needs a word for (`subjects_in`)
    subject_needs: re.Pattern[str]  # what those patterns need
    countries: re.Pattern[str]
    indices: re.Pattern[str]  # m.lastgroup: the index's id
    economies: re.Pattern[str]  # m.lastgroup: the economy's id
    agencies: re.Pattern[str]  # m.lastgroup: the id of the economy whose statistics office it is
    economy_names: dict[str, tuple[str, str]]  # id -> (English, Chinese) name
    regions: frozenset[str]  # the economies that are mainland provinces (named only before an indicator of their own)
    anchored_subjects: tuple[tuple[str, str, re.Pattern[str]], ...] = ()  # (word, label, pattern): `document`

    def subjects_in(self, text: str) -> re.Pattern[str]:
        """The subjects' regex to read `text` with: the same matches as `subjects`, faster where the text
        lacks every word a free-form pattern needs (lexicon.yaml's {pattern, needs})."""
        return self.subjects if self.subject_needs.search(text) else self.subjects_common

    def subject_key(self, simplified: str) -> str | None:
        """"index:hsi" for 恒指 and "Hang Seng Index", "economy:china" for 中国; None for anything else."""
        for prefix, rx in (("index", self.indices), ("economy", self.economies)):
            m = rx.fullmatch(simplified)
            if m is not None:
                return f"{prefix}:{key_of(m)}"
        return None


def lexicon_words() -> dict:
    """data/lexicon.yaml as written: the word lists, before any regex is compiled from them."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = lexicon_words()
    with MARKETS_PATH.open(encoding="utf-8") as fh:
        markets = yaml.load(fh, Loader=loader)
    regions = markets.pop("regions")
    markets["economies"] += [{"id": key, "name": name, "name_zh": zh, "aliases": [zh + regions["indicators"]]}
                             for key, name, zh in regions["names"]]
    for section in ("indices", "economies"):
        for item in markets[section]:
            item["aliases"] = [_word_end(a) for a in item["aliases"]]
    index_aliases = [f"(?i:{a})" for item in markets["indices"] for a in item["aliases"]]
    data["subjects"]["index"] = ["|".join(index_aliases)] + data["subjects"].get("index_extra", [])
    data["subjects"].pop("index_extra", None)
    economy_aliases = [a for item in markets["economies"] for a in item["aliases"]]
    return Lexicon(
        metrics=_labelled(data["metrics"]),
        direction=_labelled({"up": data["up"], "down": data["down"]}),
        basis=_labelled(data["basis"]),
        modality=_labelled(data["modality"]),
        ratings=_labelled(data["ratings"]),
        rating_labels=frozenset(data["ratings"]),
        actions=_labelled(data["actions"]),
        ratio_metrics=frozenset(data["ratio_metrics"]),
        price_metrics=frozenset(data["price_metrics"]),
        default_units=dict(data["default_units"]),
        label_metrics=dict(data["label_metrics"]),
        negative_labels=frozenset(data["negative_labels"]),
        currency_only_labels=frozenset(data["currency_only_labels"]),
        right_strong_labels=frozenset(data["right_strong_labels"]),
        unit_metrics=dict(data["unit_metrics"]),
        forecast_labels=frozenset(data["forecast_labels"]),
        weak_labels=frozenset(data["weak_labels"]),
        result_metrics=frozenset(data["result_metrics"]),
        neutral_cue_labels=frozenset(data["neutral_cue_labels"]),
        subject_metrics=dict(data["subject_metrics"]),
        subject_units=dict(data["subject_units"]),
        level_names=dict(data["level_names"]),
        change_levels=frozenset(data["change_levels"]),
        central_banks=frozenset(data["central_banks"]),
        indicators=frozenset(data["indicators"]),
        subjects=_by_script({label: [_pattern(p) for p in patterns] for label, patterns in data["subjects"].items()}),
        subjects_common=_by_script({label: [p for p in patterns if isinstance(p, str)]
                                    for label, patterns in data["subjects"].items()}),
        subject_needs=compiled.compile("|".join(p["needs"] for patterns in data["subjects"].values()
                                                for p in patterns if isinstance(p, dict)) or "(?!)"),
        countries=re.compile("|".join(f"(?:{p})" for p in [*economy_aliases, *data["countries"]])),
        indices=_keyed(markets["indices"]),
        economies=_keyed(markets["economies"]),
        agencies=_keyed([{"id": e["id"], "aliases": [_word_end(a) for a in e["agencies"]]}
                         for e in markets["economies"] if e.get("agencies")]),
        economy_names={e["id"]: (e["name"], e["name_zh"]) for e in markets["economies"]},
        regions=frozenset(key for key, _, _ in regions["names"]),
        anchored_subjects=tuple((a["anchor"], a["label"], compiled.compile(a["pattern"])) for a in data["anchored_subjects"]),
    )


def _pattern(entry: str | dict) -> str:
    """A subject pattern, written alone or as {pattern, needs}."""
    return entry if isinstance(entry, str) else entry["pattern"]


def _word_end(alias: str) -> str:
    """A Latin alias ends at a word end: "Dow" is not in "Downing"."""
    return rf"{alias}(?![A-Za-z])" if re.search(r"[A-Za-z]$", alias) else alias


def _is_latin(alias: str) -> bool:
    return alias.removeprefix("(?:")[:1].isascii()


@compiled.kept
def _guarded(aliases: dict[str, list[str]]) -> str:
    """Latin aliases are tried only where a word starts ("Dow" is not in "Meadow"), the others only
    at a non-ASCII character. One guard in front of each half lets the engine skip most positions.
    A non-empty key names its aliases' group (as `key_of` reads it). Each half is sorted by first
    character like a word table's (`_by_first_char`, `_by_first_character`)."""
    latin: Groups = []
    other: Groups = []
    for key, items in aliases.items():
        for half, keep in ((latin, True), (other, False)):
            chosen = [alt for a in items if _is_latin(a) == keep for alt in alternatives(a)]
            if chosen:
                half.append((key, chosen))
    parts = []
    if latin:
        body = _by_first_char(latin) if all(_first_letters(alt) for _, alts in latin for alt in alts) else \
            _named([(f"{key}__{i}", alts) for i, (key, alts) in enumerate(latin)])
        parts.append(rf"(?<![A-Za-z])(?=[A-Za-z])(?:{body})")
    if other:
        # sorting is exact only when every alias starts with a plain character (see `_by_first_character`)
        other = [(f"{key}__zh", alts) for key, alts in other]  # group names apart from the Latin half's
        parts.append(_by_first_character(other) if all(_zh_head(alt) for _, alts in other for alt in alts) else
                     rf"(?=[^\x00-\x7f])(?:{_named(other)})")
    return "|".join(parts)


def _first_letters(alternative: str) -> bool:
    """Whether the letters an alternative can start with are known (else `_by_first_char` tries it
    after the branches of the letters seen before it, out of order)."""
    try:
        chars, empty = _first_chars(re._parser.parse(alternative).data)  # type: ignore[attr-defined]
        return not empty and bool([ch for lo, hi in chars for ch in _chars(lo, hi)])
    except Exception:  # noqa: BLE001 - an unknown construct
        return False


def _zh_head(alternative: str) -> bool:
    """Whether `_by_first_character` sorts it under its first character (a plain non-ASCII one)."""
    lead = alternative[:1]  # a character without case: where case is ignored, no other one matches it
    return bool(lead) and not lead.isascii() and lead.lower() == lead == lead.upper() and alternative[1:2] not in ("?", "*", "+", "{")


def _by_script(table: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex over free-form patterns; `label_of(m)` names the label. Each alternative whose
    first character is a Latin letter or digit is tried only where a word starts, one that starts
    with a non-ASCII character only there; that lets the engine skip most positions at once."""
    return compiled.compile(_by_script_source(table))


@compiled.kept
def _by_script_source(table: dict[str, list[str]]) -> str:
    halves: dict[str | None, list[str]] = {"latin": [], "other": [], None: []}
    for label, patterns in table.items():
        for i, pattern in enumerate(patterns):
            for script in halves:
                alts = [a for a in alternatives(pattern) if _script(a) == script]
                if alts:
                    halves[script].append((f"{label}__{i}{script or ''}", alts))
    parts = [_by_first_character(halves["other"], ignore_case=False), guarded(_named(halves[None]), ignore_case=False),
             rf"(?<![A-Za-z])(?=[A-Za-z0-9])(?:{_by_first_char(halves['latin'], ignore_case=False)})"]
    return "|".join(parts)


Groups = list[tuple[str, list[str]]]  # (group name, its alternatives), in order of priority


def _named(groups: Groups) -> str:
    """Each group's alternatives under its name; an empty name leaves them ungrouped."""
    return "|".join(f"(?P<{name}>{'|'.join(alts)})" if name else "|".join(alts) for name, alts in groups)


def _by_first_char(groups: Groups, ignore_case: bool = True) -> str:
    """The alternatives of Latin groups, sorted into one branch per first letter behind a one-letter
    lookahead: at a word start the engine tries some twenty branches, not a thousand words.
    Order of priority is kept within a branch; an alternative that can start with several
    letters sits in each of their branches (its group then has one name per branch)."""
    branches: dict[str, list[tuple[str, list[str]]]] = {}  # first letter -> (owning group, alternatives)
    for name, alts in groups:
        for alt in (form for written in alts for form in plain_forms(written)):
            try:
                chars, empty = _first_chars(re._parser.parse(alt).data)  # type: ignore[attr-defined]
                firsts = sorted({ch.lower() for lo, hi in chars for ch in _chars(lo, hi)}) if not empty else []
            except Exception:  # noqa: BLE001 - an unknown construct: tried at every word start
                firsts = []
            for first in firsts or [""]:
                branch = branches.setdefault(first, [])
                for piece in _from_letter(alt, first, ignore_case):
                    if branch and branch[-1][0] == name:
                        branch[-1][1].append(piece)
                    else:
                        branch.append((name, [piece]))
    count = iter(range(1 << 30))
    parts: list[str] = []
    guarded: list[tuple[str, str]] = []  # consecutive branches behind a lookahead: (first letter, body)
    for first, gs in branches.items():
        body, plain = _letter_branch(gs, count, ignore_case) if first else (_numbered(gs, count), True)
        if not plain:
            guarded.append((first, body))
            continue
        parts += _chunked(guarded) + [body]
        guarded = []
    return "|".join(parts + _chunked(guarded))


_CLASS_HEAD = re.compile(r"\[((?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9])+)\](\+?)(?![?*+{])")


def _from_letter(alternative: str, first: str, ignore_case: bool) -> list[str]:
    """`alternative` where it starts with the letter `first` (either case): a class or a group that ignores
    case at its head starts with that letter, which the engine tests at once ("[A-Z][a-z]+ sector" in the
    branch of "s": "S[a-z]+ sector")."""
    if alternative.startswith("(?i:") and first.isalpha() and alternative[4:5].lower() == first \
            and alternative[5:6] not in ("?", "*", "+", "{"):  # "(?i:Hang Seng Index)" -> "H(?i:ang Seng Index)"
        end = group_end(alternative, 0)
        if len(alternatives(alternative[4:end - 1])) == 1:
            rest = f"(?i:{alternative[5:end - 1]}){alternative[end:]}"
            return [first + rest] if ignore_case else [first.upper() + rest, first + rest]
    head = _CLASS_HEAD.match(alternative)
    if head is None or not first:
        return [alternative]
    members = {ch for part in re.findall(r".-.|.", head.group(1)) for ch in _chars(part[0], part[-1])}
    rest = (f"[{head.group(1)}]*" if head.group(2) else "") + alternative[head.end():]
    if ignore_case:
        return [first + rest] if members & {first, first.upper()} else [alternative]
    return [ch + rest for ch in dict.fromkeys((first.upper(), first)) if ch in members] or [alternative]


def _chunked(branches: list[tuple[str, str]], size: int = 6) -> list[str]:
    """Branches behind a lookahead of their first letter, in chunks behind a lookahead of all their
    letters: a lookahead is a sub-match, and a word start then tries a dozen, not thirty."""
    def letters(firsts: list[str]) -> str:
        return re.escape("".join(first + first.upper() for first in firsts))

    out = []
    for i in range(0, len(branches), size):
        chunk = branches[i:i + size]
        inner = "|".join(f"(?=[{letters([first])}])(?:{body})" for first, body in chunk)
        out.append(inner if len(chunk) == 1 else f"(?=[{letters([first for first, _ in chunk])}])(?:{inner})")
    return out


def _numbered(groups: Groups, count) -> str:
    """`_named`, each group under a name of its own (a label's words may sit in several branches)."""
    return _named([(name and f"{name}__{next(count)}", alts) for name, alts in groups])


def _letter_branch(groups: Groups, count, ignore_case: bool) -> tuple[str, bool]:
    """(one first letter's alternatives as a `_trie`, whether every one starts with the letter written
    plainly). Such a branch opens with a plain class ([rR]) that the engine tests at once; any other
    needs a lookahead of its letter in front (see `_chunked`)."""
    pieces = [(name, alt) for name, alts in groups for alt in alts]
    return _trie(pieces, count, ignore_case), all(_plain_lead(alt, ignore_case) for _, alt in pieces)


def _trie(pieces: list[tuple[str, str]], count, ignore_case: bool, depth: int = 0) -> str:
    """(group name, alternative) pairs as one alternation, in order, with the characters that
    alternatives start with written plainly taken out in front ("net|net profit|nickel" becomes
    n(?:e(?:t(?:| profit))|ickel)). The engine then dismisses a branch with one character test
    instead of trying each word. Only a run of such alternatives is regrouped: two of them that start
    with different characters never match at the same place, so their order among themselves does
    not matter; an alternative that starts otherwise keeps its place between the runs."""
    runs: list[tuple[bool, list[tuple[str, str, str]]]] = []  # (plain run?, [(leading character, name, alternative)])
    for name, alt in pieces:
        plain = _plain_lead(alt, ignore_case)
        lead = alt[:1].lower() if plain and ignore_case else alt[:1]
        if runs and runs[-1][0] == plain:
            runs[-1][1].append((lead, name, alt))
        else:
            runs.append((plain, [(lead, name, alt)]))
    parts = []
    for plain, run in runs:
        if not plain:
            parts.append(_numbered(_grouped([(name, alt) for _, name, alt in run]), count))
            continue
        for lead in dict.fromkeys(lead for lead, _, _ in run):
            rest = _trie([(name, alt[1:]) for other, name, alt in run if other == lead], count, ignore_case, depth + 1)
            # a class costs compile time; past the first letters few alternatives are left to dismiss
            head = caseless(lead) if ignore_case and depth < _CLASS_DEPTH and lead.isascii() and lead.isalpha() else re.escape(lead)
            parts.append(f"{head}(?:{rest})")
    return "|".join(parts)


_CLASS_DEPTH = 2  # letters written as `caseless` classes at the head of a trie


def factored(pattern: str, ignore_case: bool = True) -> str:
    """`pattern`'s alternatives as a `_trie`: the same matches, each tried only past the characters it
    shares with the others ("US\\$|USD|HK\\$" becomes U(?:S(?:\\$|D))|H(?:K(?:\\$)))."""
    return _trie([("", alt) for alt in alternatives(pattern)], iter(range(1 << 30)), ignore_case)


def _plain_lead(alternative: str, ignore_case: bool) -> bool:
    """Whether it starts with one plain character, matched as itself (no quantifier after it): an
    ASCII letter or digit, a space, or (where case is ignored, one without case) any other letter."""
    lead = alternative[:1]
    if not lead or alternative[1:2] in ("?", "*", "+", "{") or len(alternatives(alternative)) > 1:
        return False
    if lead.isascii():
        return lead.isalnum() or lead == " "
    return lead.isalpha() and (not ignore_case or lead.lower() == lead == lead.upper())


def _grouped(pieces: list[tuple[str, str]]) -> Groups:
    """Consecutive alternatives of one group name back under one group."""
    out: Groups = []
    for name, alt in pieces:
        if out and out[-1][0] == name:
            out[-1][1].append(alt)
        else:
            out.append((name, [alt]))
    return out


def _by_first_character(groups: Groups, ignore_case: bool = True) -> str:
    """Chinese words with their first character taken out in front, one branch per character:
    "营收|营业收入|毛利率" becomes 营(?:收|业收入)|毛(?:利率), behind a class of all first characters.
    The engine dismisses most positions with one test and a branch with one comparison, where it
    would try every word. Priority holds within a branch; a word that starts otherwise (a class,
    a group, a lookaround) is tried after all branches."""
    branches: dict[str, Groups] = {}
    rest: Groups = []
    for name, alts in groups:
        for alt in alts:
            first = alt[:1]
            if first and not first.isascii() and alt[1:2] not in ("?", "*", "+", "{"):
                target, piece = branches.setdefault(first, []), alt[1:]
            else:
                target, piece = rest, alt
            if target and target[-1][0] == name:
                target[-1][1].append(piece)
            else:
                target.append((name, [piece]))
    count = iter(range(1 << 30))

    def numbered(gs: Groups) -> str:
        return _named([(name and f"{name}__{next(count)}", alts) for name, alts in gs])

    parts = []
    if branches:
        heads = "|".join(f"{re.escape(first)}(?:{numbered(gs)})" for first, gs in branches.items())
        parts.append(f"(?=[{''.join(branches)}])(?:{heads})")
    if rest:
        firsts = _first_class([alt for _, alts in rest for alt in alts])
        parts.append(f"(?={firsts})(?:{guarded(numbered(rest), ignore_case)})")  # each behind its own first characters too
    return rf"(?=[^\x00-\x7f])(?:{'|'.join(parts)})"


def _first_class(alternatives: list[str]) -> str:
    """A class of the characters the alternatives can start with; any non-ASCII one when unknown."""
    chars: set[str] = set()
    for alt in alternatives:
        try:
            ranges, empty = _first_chars(re._parser.parse(alt).data)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - an unknown construct
            return r"[^\x00-\x7f]"
        if empty or any(ord(hi) - ord(lo) > 64 for lo, hi in ranges):
            return r"[^\x00-\x7f]"
        chars.update(chr(c) for lo, hi in ranges for c in range(ord(lo), ord(hi) + 1))
    return f"[{''.join(re.escape(c) for c in sorted(chars))}]"


def _chars(lo: str, hi: str) -> list[str]:
    if ord(hi) - ord(lo) > 64:
        raise ValueError("a wide range")
    return [chr(c) for c in range(ord(lo), ord(hi) + 1)]


def _script(alternative: str) -> str | None:
    """"latin" when every first character the pattern can match is an ASCII letter or digit,
    "other" when every one is non-ASCII, else None. Read from the parsed pattern (the stdlib
    parser of the pinned Python): a wrong answer would lose matches, so anything unknown is None."""
    try:
        chars, _ = _first_chars(re._parser.parse(alternative).data)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an unknown construct: no guard
        return None
    if chars and all(_alnum_range(lo, hi) for lo, hi in chars):
        return "latin"
    if chars and all(not lo.isascii() for lo, _ in chars):
        return "other"
    return None


def _alnum_range(lo: str, hi: str) -> bool:
    return any(a <= lo and hi <= b for a, b in (("0", "9"), ("A", "Z"), ("a", "z")))


def _digit_first(alternative: str) -> bool:
    chars, _ = _first_chars(re._parser.parse(alternative).data)  # type: ignore[attr-defined]
    return any(lo <= "9" and "0" <= hi for lo, hi in chars)


def _first_chars(items: list) -> tuple[list[tuple[str, str]], bool]:
    """(ranges of characters a sequence can start with, whether it can match the empty string)."""
    firsts, empty = compiled.first_items(items, False)
    if any(kind is re._constants.CATEGORY for kind, _, _ in firsts):  # type: ignore[attr-defined]
        raise ValueError("a category: unknown")
    return [(chr(v), chr(v)) if isinstance(v, int) else (chr(v[0]), chr(v[1])) for _, v, _ in firsts], empty


def _keyed(items: list[dict]) -> re.Pattern[str]:
    """m.lastgroup names the item (see `key_of`)."""
    return compiled.compile(_guarded({item["id"]: item["aliases"] for item in items}), re.IGNORECASE)


def key_of(m: re.Match[str]) -> str:
    return m.lastgroup.split("__")[0]  # type: ignore[union-attr]
