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
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

FORMAT = 1
_Program = tuple[int, bytes, int, dict, tuple]  # flags, code, groups, group index, index group: _sre.compile's
_known: dict[bytes, _Program] | None = None  # read from the file at the first compile
_used: dict[bytes, _Program] = {}  # this process's programs, what `save` writes
_compiled_anew = 0
_unsaved = False


def cache_file() -> Path | None:
    base = os.environ.get("NEWSFLOW_CACHE_DIR")
    if base is None:
        base = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsflow")
    if not base:
        return None
    return Path(base) / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


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


def compiled_anew() -> int:
    """How many patterns this process compiled because the cache lacked them."""
    return _compiled_anew


def save() -> None:
    """Write this process's programs when any was compiled anew; a cache that cannot be written is no error."""
    global _known, _unsaved
    path = cache_file()
    if not _unsaved or path is None:
        return
    staged = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, delete=False) as out:
            staged = out.name
            out.write(marshal.dumps((FORMAT, _used)))
        os.replace(staged, path)
    except OSError:
        if staged:
            Path(staged).unlink(missing_ok=True)
        return
    _known, _unsaved = dict(_used), False


def _key(pattern: str, flags: int) -> bytes:
    return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _read() -> dict[bytes, _Program]:
    global _known
    if _known is None:
        _known = {}
        path = cache_file()
        try:
            version, programs = marshal.loads(path.read_bytes()) if path else (FORMAT, {})
            if version == FORMAT and isinstance(programs, dict):
                _known = programs
        except (OSError, EOFError, ValueError, TypeError):
            pass
    return _known


def _program(pattern: str, flags: int) -> _Program:
    """What `re._compiler.compile` gives `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array.array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)
