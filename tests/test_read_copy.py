"""Analysts and scheduled runs at the same time: the read copy for sessions, writers that wait for one.
Real processes: the CLI, and sessions holding DuckDB files open as a notebook or the DuckDB CLI would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

NEWSFLOW = str(Path(sys.executable).with_name("newsflow"))

RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
       '<item><title>{name} revenue rose 12%</title><link>https://{name}.example/1</link><guid>{name}-1</guid>'
       '<pubDate>Mon, 01 Sep 2025 10:00:00 GMT</pubDate><description>Revenue rose 12% to $3.4 billion.</description>'
       '</item></channel></rss>')

# A session as a notebook holds it: opens a file read-only, prints what it sees, waits for a line on stdin,
# prints again, then exits. NEWSFLOW_HOLD_S: hold for that long instead.
SESSION = """
import os, sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
count = lambda c: c.execute("SELECT count(*) FROM core.articles").fetchone()[0]
print(count(con), flush=True)
if os.environ.get("NEWSFLOW_HOLD_S"):
    time.sleep(float(os.environ["NEWSFLOW_HOLD_S"]))
    sys.exit(0)
sys.stdin.readline()
print(count(con), flush=True)
"""


@pytest.fixture
def site(tmp_path, sample_root, sample_server):
    for name in ("alpha", "beta"):
        (sample_root / f"{name}.xml").write_text(RSS.format(name=name))

    def feeds(*names: str) -> str:
        path = tmp_path / "feeds.yaml"
        path.write_text("feeds:\n" + "".join(f"  - {{name: {n}, url: '{sample_server}/{n}.xml'}}\n" for n in names))
        return str(path)

    env = {**os.environ, "NEWSFLOW_HOME": str(tmp_path / "home")}
    return tmp_path / "home", feeds, env


def newsflow(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSFLOW, *args], env=env, capture_output=True, text=True, timeout=300)


def session(path: Path, env: dict, hold_s: float | None = None) -> subprocess.Popen:
    env = {**env, **({"NEWSFLOW_HOLD_S": str(hold_s)} if hold_s else {})}
    child = subprocess.Popen([sys.executable, "-c", SESSION, str(path)], env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout.readline().strip()  # the file is open
    return child


def test_a_session_on_the_read_copy_keeps_its_view_while_runs_publish_new_data(site):
    home, feeds, env = site
    assert newsflow(env, "run", "--feeds", feeds("alpha")).returncode == 0
    copy = home / "read.duckdb"
    holder = session(copy, env)
    try:
        second = newsflow(env, "run", "--feeds", feeds("alpha", "beta"))
        assert second.returncode == 0, second.stderr
        published = newsflow(env, "publish")
        assert published.returncode == 0, published.stderr
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "1"  # the open session keeps its consistent view...
        query = newsflow(env, "sql", "SELECT count(*) AS n FROM core.articles", "--format", "csv")
        assert query.stdout.splitlines() == ["n", "2"]  # ...while a new one sees the news
        assert "reading the read copy" in query.stderr
    finally:
        holder.kill()
    live = newsflow(env, "sql", "SELECT count(*) AS n FROM core.articles", "--live", "--format", "csv")
    assert live.stdout.splitlines() == ["n", "2"] and "reading the working database" in live.stderr


def test_each_database_has_its_own_read_copy(tmp_path):
    from newsflow.config import Settings

    home = tmp_path / "home"
    assert Settings(home=home, db_path=home / "newsflow.duckdb").read_copy == home / "read.duckdb"
    assert Settings(home=home, db_path=tmp_path / "desk.duckdb").read_copy == tmp_path / "desk.read.duckdb"
    assert Settings(home=home, db_path=home / "newsflow.duckdb", read_db_path=tmp_path / "r.duckdb").read_copy == (
        tmp_path / "r.duckdb")


def test_a_writer_waits_for_a_session_on_the_working_database(site):
    home, feeds, env = site
    assert newsflow(env, "ingest", "--feeds", feeds("alpha")).returncode == 0
    holder = session(home / "newsflow.duckdb", env, hold_s=3)
    started = time.monotonic()
    done = newsflow(env, "process", "--feeds", feeds("alpha"))
    holder.wait(10)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started > 1.5  # it waited for the session to close...
    assert f"is open in another process (PID {holder.pid}" in done.stderr  # ...and said who held it, once
    assert done.stderr.count("is open in another process") == 1


def test_a_session_held_past_the_lock_timeout_fails_the_run_in_one_line_and_loses_nothing(site):
    home, feeds, env = site
    assert newsflow(env, "ingest", "--feeds", feeds("alpha", "beta")).returncode == 0
    holder = session(home / "newsflow.duckdb", env, hold_s=6)
    failed = newsflow({**env, "NEWSFLOW_LOCK_TIMEOUT": "1"}, "process", "--feeds", feeds("alpha", "beta"))
    assert failed.returncode == 1
    message = failed.stderr.strip().splitlines()[-1]
    assert message.startswith("error: database busy:") and f"PID {holder.pid}" in message
    assert "close that session, or query the read copy" in message and "Traceback" not in failed.stderr
    holder.wait(15)
    done = newsflow(env, "process", "--feeds", feeds("alpha", "beta"))  # the next run completes the work
    assert done.returncode == 0, done.stderr
    query = newsflow(env, "sql", "SELECT count(*) AS n FROM core.articles", "--live", "--format", "csv")
    assert query.stdout.splitlines() == ["n", "2"]


def test_a_database_mostly_free_is_compacted_with_every_row_key_view_and_macro(tmp_path):
    """DuckDB never gives freed blocks back to the file system: when the read copy is made, a working file
    mostly free is rewritten without them."""
    import duckdb

    from newsflow import store
    from sample_db import build_published
    from test_lake import contents

    settings = build_published(tmp_path / "home")
    with store.connect(settings) as con:  # a large table written, then dropped: its blocks are free, and
        con.execute("CREATE SCHEMA scratch")  # not at the end of the file (DuckDB truncates free blocks there)
        con.execute("CREATE TABLE scratch.large AS SELECT range AS n, md5(range::VARCHAR) AS s FROM range(2000000)")
        con.execute("CHECKPOINT")
        con.execute("CREATE TABLE scratch.small AS SELECT range AS n, md5(range::VARCHAR) AS s FROM range(100000)")
        con.execute("CHECKPOINT")
        con.execute("DROP TABLE scratch.large")
    schema = ("SELECT (SELECT list(schema_name || '.' || function_name ORDER BY schema_name, function_name) "
              "FROM duckdb_functions() WHERE function_type IN ('macro', 'table_macro') AND NOT internal), "
              "(SELECT list(table_name || ' ' || constraint_text ORDER BY table_name, constraint_text) "
              "FROM duckdb_constraints()), "
              "(SELECT list(view_name ORDER BY view_name) FROM duckdb_views() WHERE NOT internal)")
    before, size = contents(settings, exact=True), settings.db_path.stat().st_size
    with store.connect(settings, read_only=True) as con:
        objects = con.execute(schema).fetchone()
    assert store.publish_read_copy(settings)
    assert settings.db_path.stat().st_size < size / 2
    assert contents(settings, exact=True) == before
    with store.connect(settings) as con:
        assert con.execute(schema).fetchone() == objects
        with pytest.raises(duckdb.ConstraintException):  # the keys hold: a fetch stored twice is refused
            con.execute("INSERT INTO raw.fetches SELECT * FROM raw.fetches LIMIT 1")
    with duckdb.connect(str(settings.read_copy), read_only=True) as copy:
        assert copy.execute("SELECT count(*) FROM core.articles").fetchone()[0] == len(before["core.articles"])
    # a file with little free space is left as it is
    size = settings.db_path.stat().st_size
    store.publish_read_copy(settings)
    assert settings.db_path.stat().st_size == size
