"""Hostile and unlucky input (docs/reliability.md): one bad feed, entry, URL or local file never stops the
pipeline; each is recorded with its reason; limits hold. Real loopback servers, a real DuckDB file, the CLI."""

from __future__ import annotations

import contextlib
import gzip
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from newsflow import store
from newsflow.cli import main
from newsflow.config import Settings
from newsflow.sample_server import serve_directory


def rss(items: list[tuple[str, str, str | None, str]]) -> bytes:
    """An RSS 2.0 body of (title, link, date, description) items; values are inserted as written."""
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + f"<description>{text}</description></item>"
        for title, link, date, text in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


HEALTHY = {
    "alpha": [("Acme revenue rose 12% to $3.4 billion", "https://alpha.example/a1", "Mon, 01 Sep 2025 10:00:00 GMT",
               "Acme said revenue rose 12% in the quarter."),
              ("Acme raises its outlook", "https://alpha.example/a2", "Mon, 01 Sep 2025 11:00:00 GMT",
               "The company now expects growth of 15%.")],
    "beta": [("Bolt Motors sales fell 4%", "https://beta.example/b1", "Tue, 02 Sep 2025 09:00:00 GMT",
              "Bolt Motors said sales fell 4% in August."),
             ("Bolt Motors names a new chief", "https://beta.example/b2", "Tue, 02 Sep 2025 10:00:00 GMT",
              "The board appointed a new chief executive.")],
}


class Site:
    """Two healthy feeds on a loopback server, hostile ones beside them, and the CLI run over all of them."""

    def __init__(self, tmp_path: Path, root: Path, base: str) -> None:
        self.tmp, self.root, self.base = tmp_path, root, base
        self.settings = Settings(home=tmp_path / "home", db_path=tmp_path / "home" / "newsflow.duckdb")
        for name, items in HEALTHY.items():
            self.file(f"{name}.xml", rss(items))

    def file(self, name: str, body: bytes, headers: str | None = None) -> str:
        (self.root / name).write_bytes(body)
        if headers is not None:
            (self.root / f"{name}.headers").write_text(headers)
        return f"{self.base}/{name}"

    def feeds_file(self, extra: dict[str, str], options: str = "") -> Path:
        feeds = {name: f"{self.base}/{name}.xml" for name in HEALTHY} | extra
        path = self.tmp / "feeds.yaml"
        path.write_text("feeds:\n" + "".join(f"  - {{name: {n}, url: '{u}'{options if n in extra else ''}}}\n"
                                             for n, u in feeds.items()))
        return path

    def run(self, extra: dict[str, str] | None = None, options: str = "", command: str = "both") -> int:
        """`newsflow ingest` then `newsflow process`; the worse exit code."""
        args = ["--feeds", str(self.feeds_file(extra or {}, options)), "--db", str(self.settings.db_path)]
        commands = ["ingest", "process"] if command == "both" else [command]
        return max(main([c, *args]) for c in commands)

    def rows(self, sql: str, params: list | None = None) -> list[tuple]:
        return store.query(self.settings, sql, params)[1]

    def healthy_loaded(self) -> bool:
        titles = {t for (t,) in self.rows("SELECT title FROM core.articles WHERE feed IN ('alpha', 'beta')")}
        return titles == {item[0] for items in HEALTHY.values() for item in items}


@pytest.fixture
def site(tmp_path, sample_root, sample_server, monkeypatch) -> Site:
    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path / "home"))
    return Site(tmp_path, sample_root, sample_server)


# ---------------------------------------------------------------- poison entries

POISON_TITLES = ["&#xD800;", "&#xDFFF;", "&#x110000;", "&#99999999999;"]
POISON_DATES = ["0000-00-00 00:00:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                "99999-01-01", "2025-13-45T99:99:99Z", "1900-01-01T00:00:00Z", "Fri, 31 Dec 2999 00:00:00 GMT"]


@pytest.mark.parametrize("title", POISON_TITLES)
def test_a_title_with_a_reference_to_no_character_loads_with_a_replacement(site, title):
    url = site.file("poison.xml", rss([(f"Acme {title} results", "https://p.example/1", None, "Profit rose 3%."),
                                       ("Plain entry", "https://p.example/2", None, "Nothing odd here.")]))
    assert site.run({"poison": url}) == 0
    assert site.healthy_loaded()
    assert sorted(site.rows("SELECT title FROM core.articles WHERE feed = 'poison'")) == [
        ("Acme \ufffd results",), ("Plain entry",)]
    assert site.run({"poison": url}) == 0 and site.run() == 0  # later runs, with or without it


@pytest.mark.parametrize("date", POISON_DATES)
def test_an_impossible_date_is_no_date_and_its_raw_value_is_kept(site, date):
    url = site.file("poison.xml", rss([("Acme results", "https://p.example/1", date, "Profit rose 3%.")]))
    assert site.run({"poison": url}) == 0
    assert site.healthy_loaded()
    assert site.rows("""SELECT a.published_at_estimated, a.published_at = a.first_seen_at, e.published_raw
                        FROM core.articles a JOIN raw.entries e USING (entry_key) WHERE a.feed = 'poison'""") == [
        (True, True, date)]
    assert site.run() == 0


def test_a_body_that_cannot_be_parsed_is_quarantined_and_replayed_after_a_fix(site, capsys):
    url = site.file("gone.xml", rss([("Acme results", "https://g.example/1", None, "Profit rose 3%.")]))
    assert site.run({"gone": url}, command="ingest") == 0
    [(sha,)] = site.rows("SELECT body_sha256 FROM raw.fetches WHERE feed = 'gone'")
    archived = next(site.settings.archive_dir.rglob(f"{sha}.gz"))
    kept = archived.read_bytes()
    archived.unlink()  # the archive lost this body: parsing it fails

    assert site.run({"gone": url}, command="process") == 0
    assert site.healthy_loaded()
    [(quarantined, error)] = site.rows("SELECT quarantined, error FROM raw.feed_parses WHERE feed = 'gone'")
    assert quarantined and "parse failed" in error and "missing" in error
    assert site.run({"gone": url}) == 0 and site.run() == 0  # never blocks a later run
    capsys.readouterr()
    assert main(["dq", "--db", str(site.settings.db_path)]) == 0
    assert "1 quarantined fetch" in capsys.readouterr().out

    archived.write_bytes(kept)  # the fix
    assert main(["replay", "--feeds", str(site.feeds_file({"gone": url})), "--db", str(site.settings.db_path)]) == 0
    assert site.rows("SELECT title FROM core.articles WHERE feed = 'gone'") == [("Acme results",)]
    assert site.rows("SELECT count(*) FROM raw.feed_parses WHERE quarantined") == [(0,)]


def test_a_fetch_whose_rows_the_database_refuses_is_quarantined_and_the_batch_kept(site, tmp_path):
    sql_dir = tmp_path / "sql"  # a schema that refuses some titles, as a stricter database would
    shutil.copytree(store.SQL_DIR, sql_dir)
    articles = sql_dir / "core" / "articles.sql"
    articles.write_text(articles.read_text().replace(
        "title                  VARCHAR NOT NULL,", "title VARCHAR NOT NULL CHECK (title NOT LIKE 'Refused%'),"))
    url = site.file("refused.xml", rss([("Refused by the schema", "https://r.example/1", None, "Text.")]))
    env = {**os.environ, "NEWSFLOW_HOME": str(site.settings.home), "NEWSFLOW_SQL_DIR": str(sql_dir)}
    feeds = str(site.feeds_file({"refused": url}))
    for command in ("ingest", "process"):
        done = subprocess.run([str(Path(sys.executable).with_name("newsflow")), command, "--feeds", feeds],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert site.healthy_loaded()
    [(quarantined, error)] = site.rows("SELECT quarantined, error FROM raw.feed_parses WHERE feed = 'refused'")
    assert quarantined and error.startswith("cannot store: Constraint Error: CHECK constraint failed")
    assert site.rows("SELECT count(*) FROM raw.entries WHERE feed = 'refused'") == [(0,)]


# ---------------------------------------------------------------- hostile servers

def test_a_redirect_or_a_url_to_an_impossible_port_fails_that_feed_only(site):
    redirect = site.file("moved.xml", b"", headers="Status: 302\nLocation: http://127.0.0.1:99999/\n")
    assert site.run({"moved": redirect, "port": "http://127.0.0.1:99999/feed.xml"}) == 0
    assert site.healthy_loaded()
    failures = dict(site.rows("SELECT feed, error FROM raw.fetches WHERE outcome = 'failed'"))
    assert set(failures) == {"moved", "port"} and all("99999" in e or "port" in e for e in failures.values())


def test_a_one_byte_per_second_server_ends_at_the_request_deadline(site, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_REQUEST_DEADLINE", "3")
    slow = site.file("slow.xml", rss(HEALTHY["alpha"]))
    done = {}
    run = threading.Thread(target=lambda: done.setdefault("exit", site.run(
        {"drip": f"{site.base}/_drip/1000/slow.xml"}, command="ingest")))
    started = time.monotonic()
    run.start()
    time.sleep(1.8)  # the healthy feeds are done; the drip is not
    early = {feed for (feed,) in site.rows("SELECT feed FROM raw.fetches")}
    run.join(30)
    assert done["exit"] == 0 and time.monotonic() - started < 6
    assert early == {"alpha", "beta"}  # recorded as soon as they were done, not at the end of the stage
    [(error,)] = site.rows("SELECT error FROM raw.fetches WHERE feed = 'drip'")
    assert error == "deadline: no complete response within 3 s"
    assert slow and site.run(command="process") == 0 and site.healthy_loaded()


def test_the_stage_deadline_ends_every_request_still_running(site, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_STAGE_DEADLINE", "1.5")
    site.file("slow.xml", rss(HEALTHY["alpha"]))
    started = time.monotonic()
    assert site.run({"drip": f"{site.base}/_drip/1000/slow.xml"}, command="ingest") == 0
    assert time.monotonic() - started < 5
    assert site.rows("SELECT error FROM raw.fetches WHERE feed = 'drip'") == [
        ("deadline: the stage's 1.5 s ran out first",)]
    assert Settings.from_env().request_deadline <= 60  # the default bounds every request


@pytest.fixture
def private_server(tmp_path) -> Iterator[str]:
    """A server on a second loopback address with a page nobody outside may read."""
    root = tmp_path / "private"
    root.mkdir()
    (root / "secret.html").write_text("<html><body><article><p>TOPSECRET internal page: password hunter2. "
                                      + "Internal notes follow. " * 20 + "</p></article></body></html>")
    with serve_directory(root, host="127.0.0.2") as base:
        yield base


def test_entry_links_and_redirects_never_reach_a_private_address(site, private_server, monkeypatch):
    hop = site.file("hop.html", b"", headers=f"Status: 302\nLocation: {private_server}/secret.html\n")
    url = site.file("teasers.xml", rss([("Direct link", f"{private_server}/secret.html", None, "Teaser one."),
                                        ("Link that redirects", hop, None, "Teaser two.")]))
    assert site.run({"teasers": url}, options=", full_text: true") == 0
    assert site.healthy_loaded()
    assert site.rows("SELECT count(*) FROM core.articles WHERE body_text LIKE '%TOPSECRET%'") == [(0,)]
    errors = [e for (e,) in site.rows("SELECT error FROM raw.fetches WHERE kind = 'page'")]
    # the direct link is held back by its site's robots.txt, itself blocked; the redirect is blocked
    assert len(errors) == 2 and all("blocked: 127.0.0.2 is at 127.0.0.2" in e for e in errors)
    assert httpx.get(f"{private_server}/_stats").json()["requests"] == {}  # never even connected to
    for archived in site.settings.archive_dir.rglob("*.gz"):
        assert b"TOPSECRET" not in gzip.decompress(archived.read_bytes())

    monkeypatch.setenv("NEWSFLOW_ALLOW_HOSTS", "127.0.0.2/32")  # the operator's own allow-list
    shutil.rmtree(site.settings.home)
    assert site.run({"teasers": url}, options=", full_text: true") == 0
    assert site.rows("SELECT count(*) FROM core.articles WHERE body_text LIKE '%TOPSECRET%'") == [(2,)]


def test_credentials_in_a_feed_url_are_used_but_never_stored_or_printed(site, capsys):
    url = f"{site.base}/alpha.xml".replace("http://", "http://reader:s3cret@")
    assert site.run({"private-alpha": url}) == 0
    stored = site.rows("SELECT url || coalesce(final_url, '') FROM raw.fetches WHERE feed = 'private-alpha'")
    assert stored and all("s3cret" not in u and "***@" in u for (u,) in stored)
    output = capsys.readouterr()
    assert "s3cret" not in output.out + output.err


# ---------------------------------------------------------------- bounds

def test_entries_beyond_the_limit_are_counted_and_the_newest_kept(site, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_MAX_ENTRIES", "10")
    items = [(f"Item {i}", f"https://many.example/{i}", f"Mon, {1 + i % 28:02d} Sep 2025 10:00:00 GMT", "Text.")
             for i in range(25)]
    assert site.run({"many": site.file("many.xml", rss(items))}) == 0
    assert site.rows("SELECT entries, entries_dropped FROM raw.feed_parses WHERE feed = 'many'") == [(10, 15)]
    kept = {t for (t,) in site.rows("SELECT title FROM core.articles WHERE feed = 'many'")}
    newest = sorted(items, key=lambda item: 1 + int(item[1].rsplit("/", 1)[1]) % 28)[-10:]
    assert kept == {item[0] for item in newest}


def test_a_huge_entry_is_cleaned_in_linear_time_and_cut_at_the_limit(site):
    words = "<span>Revenue</span> <b>rose</b> <i>12%</i> to <span>$3.4 billion</span>,<br> " * 60_000  # ~4.7 MB
    url = site.file("huge.xml", rss([("Acme annual report", "https://huge.example/1", None,
                                      f"<![CDATA[<p>{words}</p>]]>")]))
    assert len((site.root / "huge.xml").read_bytes()) > 4_500_000
    started = time.monotonic()
    assert site.run({"huge": url}) == 0
    assert time.monotonic() - started < 60
    [(chars, truncated)] = site.rows("SELECT length(body_text), truncated_chars FROM core.articles WHERE feed = 'huge'")
    assert chars <= 200_000 and truncated > 1_500_000


# ---------------------------------------------------------------- read-only SQL

@pytest.fixture
def database(site) -> Settings:
    assert site.run() == 0
    return site.settings


@pytest.mark.parametrize("sql, refused", [
    ("COPY (SELECT 1) TO '{home}/out.csv'", "COPY"),
    ("ATTACH '{tmp}/other.duckdb' AS other (READ_WRITE)", "ATTACH"),
    ("INSTALL fts", "INSTALL"),
    ("LOAD fts", "LOAD"),
    ("SET enable_external_access = true", "SET"),
    ("EXPORT DATABASE '{tmp}/dump'", "EXPORT"),
    ("SELECT 1; DELETE FROM core.articles", "DELETE"),
])
def test_sql_refuses_statements_that_write_or_reach_out(database, capsys, sql, refused):
    sql = sql.format(home=database.home, tmp=database.home.parent)
    assert main(["sql", sql, "--db", str(database.db_path)]) == 2
    assert f"refused: {refused}" in capsys.readouterr().err
    assert not (database.home / "out.csv").exists() and not (database.home.parent / "other.duckdb").exists()
    assert store.query(database, "SELECT count(*) FROM core.articles")[1] == [(4,)]


def test_sql_reads_files_only_inside_the_home(database, capsys):
    outside = database.home.parent / "outside.csv"
    outside.write_text("secret\n1\n")
    assert main(["sql", f"SELECT * FROM read_csv('{outside}')", "--db", str(database.db_path)]) == 1
    assert "disabled by configuration" in capsys.readouterr().err
    assert main(["sql", "SELECT * FROM read_text('/etc/hostname')", "--db", str(database.db_path)]) == 1
    marts = database.home / "marts" / "sample"
    marts.mkdir(parents=True)
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT 42 AS answer) TO '{marts / 'part.parquet'}' (FORMAT parquet)")
    capsys.readouterr()
    query = f"SELECT answer FROM read_parquet('{marts}/*.parquet'); SELECT count(*) AS n FROM core.articles"
    assert main(["sql", query, "--db", str(database.db_path), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["answer", "42", "n", "4"]  # every statement, in order


# ---------------------------------------------------------------- bad local input

@pytest.mark.parametrize("content, message", [
    ("feeds:\n  - {name: a, url: 'https://a.example/feed', tags: 5}\n".encode(), "'tags' must be a list of words"),
    (b"\x00\x01\x02\xff\xfe binary", "not a YAML feeds file"),
    (b"\xff\xfe" + "feeds: [".encode("utf-16-le") + b"\x00\xd8", "not a YAML feeds file"),
])
def test_a_bad_feeds_file_is_one_line_and_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "feeds.yaml"
    path.write_bytes(content)
    assert main(["ingest", "--feeds", str(path), "--db", str(tmp_path / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) <= 2


def test_a_feeds_file_in_utf16_and_tags_as_one_word_are_read(tmp_path):
    from newsflow.config import load_feeds

    path = tmp_path / "feeds.yaml"
    path.write_bytes("feeds:\n  - {name: 财经, url: 'https://a.example/feed', tags: markets}\n".encode("utf-16"))
    [feed] = load_feeds(path)
    assert (feed.name, feed.tags) == ("财经", ("markets",))


@pytest.fixture
def read_only_dir(tmp_path) -> Iterator[Path]:
    """A folder that cannot be written: a read-only bind mount as root (who ignores permissions), else
    a folder without write permission. Files put in `<folder>.source` beforehand show through the mount."""
    source, target = tmp_path / "ro.source", tmp_path / "ro"
    source.mkdir(exist_ok=True)
    target.mkdir()
    if os.geteuid() != 0:
        shutil.copytree(source, target, dirs_exist_ok=True)
        target.chmod(0o555)
        yield target
        target.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(source), str(target)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot make a read-only mount: {mounted.stderr.decode().strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=False)


def test_a_read_only_home_or_database_folder_is_one_line_and_exit_2(site, read_only_dir, capsys, monkeypatch):
    feeds = site.feeds_file({})
    assert main(["ingest", "--feeds", str(feeds), "--db", str(read_only_dir / "x.duckdb")]) == 2
    assert "read-only" in capsys.readouterr().err.lower()

    monkeypatch.setenv("NEWSFLOW_HOME", str(read_only_dir))  # the database elsewhere, the archive here
    assert main(["ingest", "--feeds", str(feeds), "--db", str(site.tmp / "db" / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "cannot write the archive" in err and "Traceback" not in err


@pytest.fixture
def read_only_database(site, tmp_path) -> Iterator[Path]:
    assert site.run() == 0
    (tmp_path / "ro.source").mkdir()
    shutil.copy(site.settings.db_path, tmp_path / "ro.source" / "newsflow.duckdb")
    yield tmp_path / "ro" / "newsflow.duckdb"


def test_a_database_in_a_read_only_folder_can_still_be_read(read_only_database, read_only_dir, capsys):
    capsys.readouterr()
    assert main(["sql", "SELECT count(*) AS n FROM core.articles", "--db", str(read_only_database),
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "4"]


# ---------------------------------------------------------------- crashes

def _newsflow(home: Path, *args: str, kill_after: float | None = None) -> None:
    env = {**os.environ, "NEWSFLOW_HOME": str(home), "NEWSFLOW_BATCH_ENTRIES": "10"}  # several batches
    child = subprocess.Popen([str(Path(sys.executable).with_name("newsflow")), *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        assert child.wait(300) == 0, child.stderr.read().decode()
        return
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    deadline = time.monotonic() + 10
    while _left_behind(home) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _left_behind(home)  # its workers end with it


def _left_behind(home: Path) -> list[int]:
    """Processes still running with this NEWSFLOW_HOME: a killed run's workers, if they outlived it."""
    marker = f"NEWSFLOW_HOME={home}".encode() + b"\0"
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if marker in (proc / "environ").read_bytes() and b"newsflow" in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _snapshot(home: Path) -> dict:
    settings = Settings(home=home, db_path=home / "newsflow.duckdb")
    counts = {t: store.query(settings, f"SELECT count(*) FROM {t}")[1][0][0] for t in (
        "raw.entries", "raw.feed_parses", "core.article_sources", "core.rejected_entries", "core.metrics",
        "core.rating_actions", "core.extractions")}
    stories = store.query(settings, "SELECT list(article_id ORDER BY article_id) FROM core.articles GROUP BY cluster_id")[1]
    return {**counts, "stories": sorted(ids for (ids,) in stories)}


def test_kill_9_at_any_moment_of_processing_then_a_rerun_matches_a_clean_run(tmp_path):
    clean = tmp_path / "clean"
    _newsflow(clean, "ingest", "--sample")
    _newsflow(clean, "process", "--sample")
    reference = _snapshot(clean)
    for trial, delay in enumerate(random.Random(9).uniform(0.3, 4.0) for _ in range(3)):
        home = tmp_path / f"killed-{trial}"
        _newsflow(home, "ingest", "--sample")
        _newsflow(home, "process", "--sample", kill_after=delay)
        _newsflow(home, "process", "--sample")
        assert _snapshot(home) == reference, f"killed after {delay:.2f} s"


def test_a_killed_stages_orphaned_workers_do_not_hold_its_lock(tmp_path):
    # The parent takes the process stage's lock, forks its worker pool, and dies at once (os._exit: as kill -9
    # would, nothing is unlocked). Its worker ends with it on Linux; wherever one lives on for a moment, it must
    # not hold the lock: the next run gets it at once.
    parent = f"""
import os
from newsflow import store
from newsflow.config import Settings
from newsflow.pipeline import _worker_pool
settings = Settings(home=__import__('pathlib').Path({str(tmp_path)!r}), db_path=__import__('pathlib').Path({str(tmp_path / 'x.duckdb')!r}))
with store.stage_lock(settings, "process"):
    pool = _worker_pool(1)
    open({str(tmp_path / 'worker.pid')!r}, 'w').write(str(pool.submit(os.getpid).result()))
    os._exit(0)
"""
    # no pipes to the parent: the orphaned worker would hold them open
    subprocess.run([sys.executable, "-c", parent], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    worker = int((tmp_path / "worker.pid").read_text())
    try:
        settings = Settings(home=tmp_path, db_path=tmp_path / "x.duckdb")
        waiter = ("from newsflow import store; from newsflow.config import Settings; from pathlib import Path; "
                  f"s = Settings(home=Path({str(tmp_path)!r}), db_path=Path({str(settings.db_path)!r})); "
                  "store.stage_lock(s, 'process').__enter__(); print('locked')")
        got = subprocess.run([sys.executable, "-c", waiter], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "NEWSFLOW_LOCK_TIMEOUT": "3"})
        assert got.stdout.strip() == "locked", got.stderr[-2000:]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker, signal.SIGKILL)
