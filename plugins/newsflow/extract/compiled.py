"""Regex programs kept on disk between processes.

The extractor's tables compile into a few hundred regexes, some of them tens of thousands of characters
long. Python's regex parser is written in Python: compiling them takes most of a second at every start
(each `newsflow extract`, each process task). The program `re` makes of a pattern depends only on the
pattern, its flags and the interpreter's regex engine, so it is kept in a cache file and handed to the
engine the way `re.compile` hands it over: the same Pattern, without the parsing.

The file is `regex-<interpreter>-<engine>.bin` under `NEWSFLOW_CACHE_DIR` (default
`$XDG_CACHE_HOME/newsflow`, else `~/.cache/newsflow`; empty: no cache). It holds the programs of the
last process that compiled something new, replaced whole (write, then rename). An unreadable file is
ignored; a program the engine refuses is compiled again.

A program also says which characters a match can start with, where `re` leaves that out. `re` works it
out only for a pattern that opens with a plain character or class; ours mostly open with a lookaround
("(?<![A-Za-z])…") or an optional part, so a search entered the whole pattern at every position of the
text. With the set in the program's header the engine skips, in one tight loop, every position no match
can start at (spaces, digits, most Chinese characters for a word table): the same matches, about a sixth
less time for the extractor.

The patterns themselves are written by functions that read our tables alternative by alternative with the
regex parser (which characters each can start with, which script): another second at every start. Such a
function, marked `kept`, has its results kept in the same file, under its name, its arguments and the
source of this package, so an edited rule writes its patterns afresh.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import functools
import hashlib
import inspect
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]

FORMAT = 3  # 2: programs carry the characters a match starts with; 3: and `kept` results
_Program = tuple[int, bytes, int, dict, tuple]  # flags, code, groups, group index, index group: _sre.compile's
_known: dict[bytes, _Program] | None = None  # read from the file at the first compile
_used: dict[bytes, _Program] = {}  # this process's programs, what `save` writes
_known_results: dict[bytes, object] = {}  # `kept` results, read with the programs
_used_results: dict[bytes, object] = {}
_compiled_anew = 0
_built_anew = 0
_unsaved = False


def cache_dir() -> Path | None:
    """Where newsflow keeps what it can make again (regex programs, the search segmenter's dictionary)."""
    base = os.environ.get("NEWSFLOW_CACHE_DIR")
    if base is None:
        base = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsflow")
    return Path(base) if base else None


def cache_file() -> Path | None:
    base = cache_dir()
    return base / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.bin" if base else None


def write_whole(path: Path, data: bytes) -> bool:
    """Replace `path` with `data` (write, then rename: a reader sees the old file or the new one); False
    where it cannot be written, which for a cache is no error."""
    staged = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, delete=False) as out:
            staged = out.name
            out.write(data)
        os.replace(staged, path)
    except OSError:
        if staged:
            Path(staged).unlink(missing_ok=True)
        return False
    return True


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's twin
    """`re.compile(pattern, flags)`, from the cache file when it holds the program."""
    global _compiled_anew, _unsaved
    key = _key(pattern, flags)
    program = _read().get(key)
    if program is not None:
        try:
            compiled = _build(pattern, program)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not a program this engine accepts
            program = None
    if program is None:
        program = _program(pattern, flags)
        compiled = _build(pattern, program)
        _compiled_anew += 1
        _unsaved = True
    _used[key] = program
    return compiled


def kept(build):
    """`build`, a pure function of plain arguments (str, int, bool, lists, tuples and dicts of them) whose
    results (of the same kinds) are kept in the cache file."""
    name = f"{build.__module__}.{build.__qualname__}"
    signature = inspect.signature(build)

    @functools.wraps(build)
    def cached(*args, **kwargs):
        global _built_anew, _unsaved
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()  # (one key however the arguments are passed)
        key = hashlib.blake2b(f"{_source_digest()}\0{name}\0{bound.args!r}".encode("utf-8", "surrogatepass"),
                              digest_size=16).digest()
        _read()
        if key in _used_results:
            result = _used_results[key]
        elif key in _known_results:
            result = _known_results[key]
        else:
            result = build(*bound.args)
            _built_anew += 1
            _unsaved = True
        _used_results[key] = result
        return result

    return cached


@functools.lru_cache(maxsize=1)
def _source_digest() -> str:
    """The source of this package: what a kept result was computed by."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def compiled_anew() -> int:
    """How many patterns this process compiled because the cache lacked them."""
    return _compiled_anew


def built_anew() -> int:
    """How many `kept` results this process computed because the cache lacked them."""
    return _built_anew


def save() -> None:
    """Write this process's programs and `kept` results when any was made anew; a cache that cannot be written is
    no error."""
    global _known, _unsaved
    path = cache_file()
    if not _unsaved or path is None:
        return
    if not write_whole(path, marshal.dumps((FORMAT, _used, _used_results))):
        return
    _known, _unsaved = dict(_used), False
    _known_results.update(_used_results)


def _key(pattern: str, flags: int) -> bytes:
    return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _read() -> dict[bytes, _Program]:
    global _known
    if _known is None:
        _known = {}
        path = cache_file()
        try:
            version, programs, results = marshal.loads(path.read_bytes()) if path else (FORMAT, {}, {})
            if version == FORMAT and isinstance(programs, dict) and isinstance(results, dict):
                _known = programs
                _known_results.update(results)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    return _known


def _program(pattern: str, flags: int) -> _Program:
    """What `re._compiler.compile` gives `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _with_first_characters(_compiler._code(parsed, flags), parsed, flags | parsed.state.flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array.array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)


class Unknown(Exception):
    """A construct whose first characters are not worth working out (a negated class, a backreference)."""


_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_CATEGORIES = (c.CATEGORY_DIGIT, c.CATEGORY_SPACE, c.CATEGORY_WORD)
FirstItem = tuple[int, object, bool]  # (LITERAL, code, folds) | (RANGE, (lo, hi), folds) | (CATEGORY, category, False)


def first_items(items: list, fold: bool) -> tuple[list[FirstItem], bool]:
    """What a parsed sequence can start a match with, and whether it can match the empty string;
    `fold`: case is ignored here. Raises `Unknown` for what it does not work out."""
    found: list[FirstItem] = []
    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # consumes nothing: the next item starts the match
        if op is c.LITERAL:
            return found + [(op, arg, fold)], False
        if op is c.IN:
            for kind, value in arg:
                if kind not in (c.LITERAL, c.RANGE) and not (kind is c.CATEGORY and value in _CATEGORIES):
                    raise Unknown(kind)
            return found + [(kind, value, fold and kind is not c.CATEGORY) for kind, value in arg], False
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub_pattern = arg
            inner = bool(add_flags & re.IGNORECASE) or fold and not del_flags & re.IGNORECASE  # (?i:…), (?-i:…)
            sub, empty = first_items(sub_pattern.data, inner)
        elif op is c.ATOMIC_GROUP:
            sub, empty = first_items(arg.data, fold)
        elif op is c.BRANCH:
            branches = [first_items(b.data, fold) for b in arg[1]]
            sub, empty = [x for s, _ in branches for x in s], any(e for _, e in branches)
        elif op in _REPEATS:
            sub, empty = first_items(arg[2].data, fold)
            empty = empty or arg[0] == 0
        else:
            raise Unknown(op)
        found += sub
        if not empty:
            return found, False
    return found, True


def _with_first_characters(code: list[int], parsed, flags: int) -> list[int]:
    """`code` whose header names the characters a match can start with, where `re` left that out."""
    if code[0] != c.INFO or code[2] != 0 or code[3] == 0 or flags & re.LOCALE:
        return code  # `re` knows better already, or an empty match is possible
    try:
        items, empty = first_items(parsed.data, bool(flags & re.IGNORECASE))
    except Unknown:
        return code
    if empty or not items:
        return code
    charset: list[tuple[int, object]] = []
    for kind, value, fold in items:
        if kind is c.CATEGORY:  # \d, \s, \w: closed under case
            charset.append((kind, value))
            continue
        lo, hi = (value, value) if kind is c.LITERAL else value
        span = range(lo, hi + 1)
        if fold and any(map(_sre.unicode_iscased, span)):
            charset += [(c.LITERAL, v) for x in span for v in _case_variants(x)]
        else:
            charset.append((c.RANGE, (lo, hi)))
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]  # INFO, skip, flags, min and max width, set
    _compiler._compile_charset(_compiler._optimize_charset(charset)[0], flags & ~re.IGNORECASE, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]


_lowered: dict[int, list[int]] | None = None  # a lowercase character -> the others whose lowercase it is


def _case_variants(char: int) -> set[int]:
    """Every character that matches `char` where case is ignored, as the engine decides it (lowercase
    equal, or one of its extra pairs such as "s" and the long s; "k" also matches the Kelvin sign)."""
    global _lowered
    if _lowered is None:
        _lowered = {}
        for other in range(sys.maxunicode + 1):
            lower = _sre.unicode_tolower(other)
            if lower != other:
                _lowered.setdefault(lower, []).append(other)
    lower = _sre.unicode_tolower(char)
    same = {lower, *_compiler._EXTRA_CASES.get(lower, ())}
    return same.union(*(_lowered.get(x, ()) for x in same))
