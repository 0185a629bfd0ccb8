"""What `newsflow sql` and `stories` print: DuckDB's box tables fitted to the width, every statement's result,
csv / json / markdown, --max-rows, a script on stdin, and the interactive prompt under a real pseudo-terminal."""

from __future__ import annotations

import csv
import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from sample_db import articles, copy, insert, metric, sample_source  # noqa: F401

from newsflow.cli import main
from newsflow.config import Settings
from newsflow.publish import PUBLISHED, publish

NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))
METRICS = 50  # rows of marts.daily_metrics: more than the 40 a table shows
FOOTER = re.compile(r"^  (\d+) rows(?: \((\d+) shown\))? +(\d+) columns(?: \((\d+) shown\))?$")


@pytest.fixture(scope="module")
def published(sample_source, tmp_path_factory) -> Settings:  # noqa: F811
    """The sample database with METRICS figures, published: marts.daily_metrics (20 columns) and a read copy."""
    settings = copy(sample_source, tmp_path_factory.mktemp("sql-output") / "home")
    figures = [metric(a, value=100.0 + i, span=(i, i + 10)) for i, (a, _, _) in enumerate(articles(settings, METRICS))]
    insert(settings, "core.metrics", figures)
    assert publish(settings).status == PUBLISHED
    return settings


def sql(capsys, db: Settings, *args: str) -> str:
    assert main(["sql", *args, "--db", str(db.db_path)]) == 0
    return capsys.readouterr().out


def test_a_wide_table_fits_the_terminal_with_its_first_and_last_columns_and_whole_values(published, capsys,
                                                                                         monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = sql(capsys, published, "SELECT * FROM marts.daily_metrics").splitlines()
    assert max(len(line) for line in lines) <= 80
    names, types = lines[1], lines[2]
    assert names.split("│")[1].strip() == "day" and names.split("│")[-2].strip() == "confidence"
    assert "…" in names and "date" in types and "double" in types  # middle columns elided; DuckDB's types shown
    rows, shown, columns, columns_shown = FOOTER.match(lines[-1]).groups()
    assert (int(rows), int(shown), int(columns)) == (METRICS, 40, 20) and int(columns_shown) < 20
    # one line per row (nothing wrapped), values readable: a whole day and a whole story id
    values = [line for line in lines if re.match(r"│ \d{4}-\d{2}-\d{2} │ [0-9a-f]{16} │", line)]
    assert len(values) == 40 and len(lines) == 40 + 3 + 6  # rows, the elided middle, borders/header/footer


def test_a_table_is_as_wide_as_the_terminal_allows(published, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    lines = sql(capsys, published, "SELECT * FROM marts.daily_metrics").splitlines()
    assert 80 < max(len(line) for line in lines) <= 200
    footer = FOOTER.match(lines[-1])
    assert int(footer.group(4) or footer.group(3)) > 4  # more columns than at 80


def test_every_statement_is_printed_in_order_and_those_that_return_nothing_print_nothing(published, capsys):
    out = sql(capsys, published, "SELECT 'first' AS a; CREATE TEMP TABLE t AS SELECT 'second' AS b; "
                                 "SELECT * FROM t; SELECT count(*) AS n FROM marts.daily_metrics")
    first, second, third = out.rstrip("\n").split("\n\n")  # a blank line between tables
    assert "first" in first and "second" in second and f"│ {METRICS:>5} │" in third
    assert all(block.startswith("┌") and block.splitlines()[-1].startswith("└") for block in (first, second, third))


def test_an_error_comes_after_the_results_before_it(published, capsys):
    assert main(["sql", "SELECT 'before' AS a; SELECT nope; SELECT 'after' AS c", "--db",
                 str(published.db_path)]) == 1
    out, err = capsys.readouterr()
    assert "before" in out and "after" not in out and "nope" in err


def test_csv_json_and_markdown_parse_and_keep_every_value(published, capsys):
    query = "SELECT day, story, metric, value, article_ids, evidence FROM marts.daily_metrics ORDER BY value"
    rows = list(csv.reader(sql(capsys, published, query, "--format", "csv").splitlines()))
    assert rows[0] == ["day", "story", "metric", "value", "article_ids", "evidence"] and len(rows) == METRICS + 1
    assert rows[-1][3] == "149.0" and rows[-1][5] == "revenue was 149.0 USD"

    objects = [json.loads(line) for line in sql(capsys, published, query, "--format", "json").splitlines()]
    assert len(objects) == METRICS and objects[0]["value"] == 100.0 and isinstance(objects[0]["article_ids"], list)

    lines = sql(capsys, published, query, "--format", "markdown").splitlines()
    assert re.fullmatch(r"\| day +\| story +\| metric +\| +value \| article_ids +\| evidence +\|", lines[0])
    assert re.fullmatch(r"\|(-+\|){6}", lines[1])  # the header separator row
    assert len(lines) == METRICS + 2 and "| revenue was 149.0 USD |" in lines[-1]


def test_markdown_escapes_what_would_break_a_row_and_separates_tables(published, capsys):
    out = sql(capsys, published, "SELECT 'a|b' AS pipe, 'one' || chr(10) || 'two' AS lines, NULL AS nothing; "
                                 "SELECT 2 AS n", "--format", "markdown")
    first, second = out.rstrip("\n").split("\n\n")
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", first.splitlines()[2])[1:-1]]
    assert cells == ["a\\|b", "one<br>two", ""]  # one row, three cells
    assert second.splitlines() == ["|   n |", "|-----|", "|   2 |"]  # numbers to the right


def test_max_rows_limits_every_format(published, capsys):
    query = "SELECT * FROM marts.daily_metrics"
    assert len(sql(capsys, published, query, "--format", "csv", "--max-rows", "5").splitlines()) == 1 + 5
    assert len(sql(capsys, published, query, "--format", "json", "--max-rows", "5").splitlines()) == 5
    assert len(sql(capsys, published, query, "--format", "markdown", "--max-rows", "5").splitlines()) == 2 + 5
    footer = sql(capsys, published, query, "--max-rows", "10").splitlines()[-1]
    assert FOOTER.match(footer).group(1, 2) == (str(METRICS), "10")
    with pytest.raises(SystemExit):
        main(["sql", query, "--max-rows", "0"])


def test_stories_print_in_every_format(published, capsys):
    args = ["stories", "--day", "2025-09-16", "--db", str(published.db_path)]
    assert main([*args, "--format", "csv", "--max-rows", "2"]) == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines()))
    assert rows[0][:2] == ["title", "n_outlets"] and len(rows) == 3
    assert main([*args, "--format", "markdown"]) == 0
    assert re.fullmatch(r"\|(-+\|){7}", capsys.readouterr().out.splitlines()[1])
    assert main(args) == 0
    assert "varchar[]" in capsys.readouterr().out  # the outlets' DuckDB type


def test_a_script_on_stdin_runs_when_no_query_is_given(published):
    done = subprocess.run([NEWSFLOW, "sql", "--db", str(published.db_path), "--format", "csv"],
                          input="SELECT 1 AS a;\n-- a comment\nSELECT 2 AS b;\n", capture_output=True, text=True,
                          env={**os.environ, "NEWSFLOW_HOME": str(published.home)}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["a", "1", "b", "2"]


class Terminal:
    """A process on a pseudo-terminal 100 columns wide: type lines, wait for what it prints."""

    ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")

    def __init__(self, args: list[str], env: dict):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        self.child = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        self.screen, self.seen = "", 0

    def expect(self, text: str, timeout: float = 60) -> str:
        """What was printed from the last expectation up to `text` (inclusive)."""
        deadline = time.monotonic() + timeout
        while (at := self.screen.find(text, self.seen)) < 0:
            assert time.monotonic() < deadline, f"no {text!r} in {self.screen[self.seen:]!r}"
            if select.select([self.master], [], [], 0.5)[0]:
                try:
                    self.screen += self.ANSI.sub("", os.read(self.master, 65536).decode("utf-8", "replace"))
                except OSError:  # the child closed the terminal
                    assert False, f"exited before {text!r}: {self.screen[self.seen:]!r}"
        printed, self.seen = self.screen[self.seen:at + len(text)], at + len(text)
        return printed

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")


def test_the_prompt_runs_statements_typed_over_lines_tells_errors_and_keeps_history(published):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}  # the terminal's width
    env.update(NEWSFLOW_HOME=str(published.home), TERM="dumb", INPUTRC="/dev/null")
    terminal = Terminal([NEWSFLOW, "sql"], env)  # the read copy, as people read it
    try:
        assert "reading the read copy" in terminal.expect("newsflow> ")
        terminal.type("SELECT 42 AS answer,")
        terminal.expect("      ...> ")
        terminal.type("  'two lines' AS how, * FROM marts.daily_metrics;")
        table = terminal.expect("newsflow> ")
        assert "answer" in table and "│ two lines │" in table and f"{METRICS} rows (40 shown)" in table
        assert max(len(line) for line in table.splitlines() if "│" in line) <= 100

        terminal.type("SELECT nope FROM core.articles;")  # DuckDB's message has more lines: candidates, LINE 1
        error = terminal.expect("newsflow> ").splitlines()
        assert [line for line in error if line.startswith("error:")] == [
            'error: Binder Error: Referenced column "nope" not found in FROM clause!']
        assert len(error) == 3  # the echo, the error, the prompt: one line for the error
        terminal.type("DELETE FROM core.articles;")
        assert "error: refused: DELETE statements" in terminal.expect("newsflow> ")

        terminal.type(".tables")
        tables = terminal.expect("newsflow> ")
        assert "core.articles" in tables and "marts.daily_metrics" in tables

        terminal.type(".quit")
        assert terminal.child.wait(30) == 0
    finally:
        terminal.child.kill()
        os.close(terminal.master)
    history = (published.home / ".sql_history").read_text().splitlines()
    assert "SELECT 42 AS answer, 'two lines' AS how, * FROM marts.daily_metrics;" in history  # one entry
    assert "SELECT nope FROM core.articles;" in history and ".tables" in history
