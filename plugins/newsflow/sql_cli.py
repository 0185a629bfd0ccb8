"""What `newsflow sql` and `newsflow stories` print, and the `newsflow sql` prompt.

Tables are drawn by DuckDB's own box renderer, as the DuckDB CLI and `DuckDBPyRelation.show()` draw them:
column types under the names, the first and last columns kept and the middle ones elided when too wide, long
values cut with "…", middle rows elided beyond --max-rows, a footer with the row and column counts. csv, json
(one object per line) and markdown (a GitHub pipe table) print every value in full.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import shutil
import sys
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import duckdb

from . import store
from .config import ConfigError, Settings

FORMATS = ("table", "csv", "json", "markdown")
TABLE_MAX_ROWS = 40  # the DuckDB CLI's default
# Width of a table when stdout is not a terminal and COLUMNS is unset: what DuckDB itself uses then.
# DuckDB draws no table narrower than 80 columns, whatever the width.
PIPED_WIDTH = 120
PROMPT, CONTINUATION = "newsflow> ", "      ...> "
HISTORY_FILE = ".sql_history"  # in NEWSFLOW_HOME
HISTORY_LENGTH = 1000
TABLES_SQL = ("SELECT table_schema || '.' || table_name FROM information_schema.tables "
              "WHERE table_catalog = current_database() ORDER BY 1")
NUMERIC_TYPES = {"tinyint", "smallint", "integer", "bigint", "hugeint", "utinyint", "usmallint", "uinteger",
                 "ubigint", "uhugeint", "decimal", "float", "double"}


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="table: DuckDB's box table, fitted to the terminal width (COLUMNS, else the "
                             f"terminal, else {PIPED_WIDTH}; never under 80); csv, json (one object per line) "
                             "and markdown print every value in full (default: table)")
    parser.add_argument("--max-rows", type=positive_int, metavar="N",
                        help=f"table: show N rows, the middle ones elided (default {TABLE_MAX_ROWS}; DuckDB shows "
                             "all when there are at most 3 more); csv, json, markdown: the first N rows "
                             "(default: all)")


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return int(text)


def run_and_print(settings: Settings, sql: str, fmt: str, max_rows: int | None = None) -> None:
    """Each statement of `sql` in one read-only session, each result printed as soon as it is there."""
    with closing(store.run_sql(settings, sql)) as results:
        print_results(results, fmt, max_rows)


def print_results(results: Iterable[duckdb.DuckDBPyRelation | None], fmt: str, max_rows: int | None = None) -> None:
    """Every result in order; a statement that returns nothing prints nothing, as in the DuckDB CLI."""
    printed = False
    for relation in results:
        if relation is None:
            continue
        if printed and fmt in ("table", "markdown"):
            sys.stdout.write("\n")  # tables apart; CSV and JSON lines stay as they have always been
        PRINTERS[fmt](relation, max_rows)
        sys.stdout.flush()
        printed = True


def terminal_width() -> int:
    """COLUMNS, else the terminal's width, else PIPED_WIDTH when stdout is not a terminal."""
    return shutil.get_terminal_size((PIPED_WIDTH, 24)).columns


def render_table(relation: duckdb.DuckDBPyRelation, width: int, max_rows: int) -> str:
    """DuckDB's box rendering of `relation` as text.

    DuckDB's Python API only takes a width and a row limit in `show()`, which prints with Python's own
    print() (sys.stdout), so it is captured there; str(relation) takes neither."""
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        relation.show(max_width=width, max_rows=max_rows)
    return captured.getvalue().removesuffix("\n")  # print()'s newline after the rendering's own


def _print_table(relation: duckdb.DuckDBPyRelation, max_rows: int | None) -> None:
    if relation.columns == ["explain_key", "explain_value"]:  # EXPLAIN: the plan itself, as the DuckDB CLI does
        for _, plan in relation.fetchall():
            sys.stdout.write(plan)
        return
    sys.stdout.write(render_table(relation, terminal_width(), max_rows or TABLE_MAX_ROWS))


def _rows(relation: duckdb.DuckDBPyRelation, max_rows: int | None) -> list[tuple]:
    return (relation.limit(max_rows) if max_rows else relation).fetchall()


def _print_csv(relation: duckdb.DuckDBPyRelation, max_rows: int | None) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(relation.columns)
    writer.writerows(_rows(relation, max_rows))


def _print_json(relation: duckdb.DuckDBPyRelation, max_rows: int | None) -> None:
    for row in _rows(relation, max_rows):
        print(json.dumps(dict(zip(relation.columns, row)), ensure_ascii=False, default=str))


def _print_markdown(relation: duckdb.DuckDBPyRelation, max_rows: int | None) -> None:
    from tabulate import tabulate  # here: every command's start would pay for it

    rows = [[_markdown_cell(v) for v in row] for row in _rows(relation, max_rows)]
    # values go as text, as written: tabulate would otherwise reformat numbers (1234567.891 -> 1.23457e+06)
    align = ["right" if t.id in NUMERIC_TYPES else "left" for t in relation.types]
    print(tabulate(rows, headers=[_markdown_cell(c) for c in relation.columns], tablefmt="github",
                   disable_numparse=True, colalign=align))


def _markdown_cell(value) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (list, dict)) else str(value)
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")  # one table row per line


PRINTERS = {"table": _print_table, "csv": _print_csv, "json": _print_json, "markdown": _print_markdown}


# ---------------------------------------------------------------- the prompt

def prompt(settings: Settings, fmt: str, max_rows: int | None = None) -> int:
    """Read statements at a prompt until .quit, .exit or Ctrl-D; each runs in its own read-only session, so
    a read copy published meanwhile is read fresh and, with --live, the working database is not held between
    statements. A statement ends with ";"; an error is told in one line and the prompt goes on."""
    import readline  # line editing and history for input(); only the prompt needs it

    history = settings.home / HISTORY_FILE
    with contextlib.suppress(OSError):  # none yet
        readline.read_history_file(history)
    readline.set_history_length(HISTORY_LENGTH)
    print('statements end with ";"  .tables lists the tables  .quit or Ctrl-D leaves', file=sys.stderr)
    lines: list[str] = []
    try:
        while True:
            try:
                line = input(CONTINUATION if lines else PROMPT)
            except EOFError:
                print()
                return 0
            except KeyboardInterrupt:  # Ctrl-C drops the statement being typed, as in the DuckDB CLI
                print()
                lines.clear()
                continue
            command = line.strip()
            if not lines and command.startswith("."):
                if command in (".quit", ".exit"):
                    return 0
                _dot_command(settings, command)
                continue
            if not lines and not command:
                continue
            lines.append(line)
            sql = "\n".join(lines)
            if not _is_complete(sql):
                continue
            _one_history_entry(readline, lines)
            lines.clear()
            _run_at_prompt(lambda: run_and_print(settings, sql, fmt, max_rows))
    finally:
        _save_history(readline, history)


def _is_complete(sql: str) -> bool:
    """Ends with a ";" that is not inside a string or a comment."""
    tokens = duckdb.tokenize(sql)
    return bool(tokens) and tokens[-1][1] == duckdb.token_type.operator and sql[tokens[-1][0]] == ";"


def _dot_command(settings: Settings, command: str) -> None:
    if command != ".tables":
        print(f"error: unknown command {command}: .tables, .quit or .exit", file=sys.stderr)
        return

    def tables() -> None:
        with closing(store.run_sql(settings, TABLES_SQL)) as results:
            names = [name for (name,) in next(results).fetchall()]
        _print_in_columns(names)

    _run_at_prompt(tables)


def _print_in_columns(names: list[str]) -> None:
    """Across the width, in rows, as the DuckDB CLI lists tables."""
    if not names:
        return
    cell = max(map(len, names)) + 2
    per_line = max(1, terminal_width() // cell)
    for start in range(0, len(names), per_line):
        print("".join(name.ljust(cell) for name in names[start:start + per_line]).rstrip())


def _run_at_prompt(action) -> None:
    try:
        action()
    except (store.StoreError, ConfigError, duckdb.Error) as exc:
        print(f"error: {(str(exc).strip().splitlines() or [type(exc).__name__])[0]}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)


def _one_history_entry(readline, lines: list[str]) -> None:
    """A statement typed over several lines comes back with the Up arrow as one line, as in the DuckDB CLI."""
    typed = sum(1 for line in lines if line)  # readline keeps non-empty lines only
    if typed < 2:
        return
    first = readline.get_current_history_length() - typed
    for _ in range(typed):
        readline.remove_history_item(first)
    readline.add_history(" ".join(line.strip() for line in lines if line.strip()))


def _save_history(readline, history: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only home: the session worked, only its history is lost
        readline.write_history_file(history)
