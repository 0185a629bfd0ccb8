"""The command line as a user meets it: exit codes, messages, output formats."""

from __future__ import annotations

import json

import pytest

from newsflow import store
from newsflow.cli import main
from newsflow.config import Settings


@pytest.fixture
def db(tmp_path):
    settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb")
    with store.connect(settings) as con:
        con.execute("INSERT INTO raw.fetches (fetch_id, run_id, kind, feed, url, outcome, bytes, fetched_at) "
                    "VALUES ('f1', 'r1', 'feed', '财经', 'http://x/feed', 'ok', 10, TIMESTAMPTZ '2025-09-17 03:12:00+00')")
    return settings.db_path


def test_sql_formats(db, capsys):
    query = "SELECT feed, bytes FROM raw.fetches"
    assert main(["sql", query, "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"feed": "财经", "bytes": 10}
    assert main(["sql", query, "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["feed,bytes", "财经,10"]
    assert main(["sql", query, "--db", str(db)]) == 0
    assert "财经" in capsys.readouterr().out


def test_sql_is_read_only_and_reports_errors(db, capsys):
    assert main(["sql", "DELETE FROM raw.fetches", "--db", str(db)]) == 2
    assert "refused: DELETE" in capsys.readouterr().err
    assert main(["sql", "SELECT nope FROM raw.fetches", "--db", str(db)]) == 1
    assert "nope" in capsys.readouterr().err


def test_missing_database_is_a_clear_error(tmp_path, capsys):
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "nowhere" / "absent.duckdb")]) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()  # a read leaves nothing behind


def test_publish_needs_an_existing_database(tmp_path, capsys):
    assert main(["publish", "--db", str(tmp_path / "typo.duckdb")]) == 1
    assert "no database" in capsys.readouterr().err and not (tmp_path / "typo.duckdb").exists()


def test_database_under_a_file_is_a_clear_error(tmp_path, capsys, sample_server):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: a, url: '{sample_server}/none.xml'}}\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(feeds / "x.duckdb")]) == 2
    assert "cannot create the database folder" in capsys.readouterr().err


def test_bad_feeds_file_is_a_usage_error(tmp_path, capsys):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {name: a, url: 'ftp://example.com/feed'}\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "feed #1 (a): url must be an http(s) URL" in capsys.readouterr().err
    feeds.write_text("feeds:\n  - {name: a, url: 'http://example.com/a feed.xml'}\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "without spaces" in capsys.readouterr().err
    feeds.write_text("feeds:\n  - {name: a, url: 'http://example.com/feed', colour: red}\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "unknown keys ['colour']" in capsys.readouterr().err


@pytest.mark.parametrize("entry, message", [
    ("enabled: 'no'", "'enabled' must be true or false, got 'no'"),
    ("full_text: 'false'", "'full_text' must be true or false"),
    ("language: english", "'language' must be a language code"),
    ("timezone: Asia/Shangai", "unknown 'timezone' 'Asia/Shangai'"),
])
def test_feed_options_are_checked_when_the_file_loads(tmp_path, capsys, entry, message):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: a, url: 'http://example.com/feed', {entry}}}\n")
    assert main(["ingest", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("name, value, message", [
    ("NEWSFLOW_DEDUPE_WINDOW_DAYS", "a week", "expected a whole number of days"),
    ("NEWSFLOW_DEDUPE_WINDOW_DAYS", "0", "expected a whole number of days"),
    ("NEWSFLOW_CONNECT_TO", "samples.newsflow.test", "expected host=ip:port"),
    ("NEWSFLOW_CONNECT_TO", "samples.newsflow.test=127.0.0.1", "expected host=ip:port"),
    ("NEWSFLOW_DUCKDB_MEMORY", "lots", "expected an amount of memory"),
    ("NEWSFLOW_DUCKDB_MEMORY", "0MB", "expected an amount of memory"),
    ("NEWSFLOW_DQ_CHUNK_ROWS", "-5", "expected a whole number of rows"),
    ("NEWSFLOW_DUCKDB_THREADS", "two", "expected a whole number of threads"),
])
def test_bad_settings_in_the_environment_are_usage_errors(tmp_path, capsys, monkeypatch, name, value, message):
    monkeypatch.setenv(name, value)
    assert main(["sql", "SELECT 1", "--db", str(tmp_path / "x.duckdb")]) == 2
    assert f"{name}: {message}" in capsys.readouterr().err


def test_duckdb_memory_and_threads_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSFLOW_DUCKDB_MEMORY", "2GiB")
    monkeypatch.setenv("NEWSFLOW_DUCKDB_THREADS", "1")
    settings = Settings.from_env(tmp_path / "x.duckdb")
    assert settings.duckdb_memory == "2GiB"
    with store.connect(settings) as con:
        assert con.execute("SELECT current_setting('threads'), current_setting('memory_limit')").fetchone() == (1, "2.0 GiB")


def test_connect_to_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_CONNECT_TO", "samples.newsflow.test=127.0.0.1:8711, a.test=[::1]:80")
    assert Settings.from_env().connect_to == (("samples.newsflow.test", "127.0.0.1:8711"), ("a.test", "[::1]:80"))


def test_an_empty_feed_list_is_a_usage_error(tmp_path, capsys):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds: []\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "list is empty" in capsys.readouterr().err and not (tmp_path / "x.duckdb").exists()


def test_language_tags_keep_their_primary_subtag(tmp_path):
    from newsflow.config import load_feeds

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {name: a, url: 'http://example.com/feed', language: zh-CN}\n")
    assert load_feeds(feeds)[0].language == "zh"


def test_run_reports_failures_and_exits_zero(tmp_path, capsys, sample_server, sample_root):
    (sample_root / "ok.xml").write_text(
        "<rss version='2.0'><channel><title>t</title><item><title>Revenue rose 5%</title>"
        "<link>http://example.com/a</link><description>Revenue rose 5% to $2 billion.</description></item>"
        "</channel></rss>")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: good, url: '{sample_server}/ok.xml'}}\n"
                     f"  - {{name: down, url: '{sample_server}/_status/503'}}\n")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "x.duckdb")]) == 0
    out = capsys.readouterr().out
    assert "HTTP 503" in out and "new articles" in out and str(tmp_path / "x.duckdb") in out


def test_stories_of_a_day(tmp_path, capsys):
    from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, load_feeds
    from newsflow import pipeline
    from newsflow.sample_server import serve_directory

    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    assert main(["stories", "--day", "2025-09-16", "--db", str(settings.db_path), "--format", "json"]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    seed = stories[0]  # the most widely carried first: the seed story, in Chinese and English
    assert seed["title"].startswith("高盛") and seed["n_outlets"] == 5 and seed["languages"] == ["en", "zh"]
    assert len({s["cluster_id"] for s in stories}) == len(stories)


@pytest.mark.parametrize("shard", ["0/4", "5/4", "1/0", "a/b", "2"])
def test_a_shard_out_of_range_is_a_usage_error(tmp_path, capsys, shard):
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", "--db", str(tmp_path / "x.duckdb"), "--shard", shard])
    assert exit_.value.code == 2
    assert "expected I/N with 1 <= I <= N" in capsys.readouterr().err


def test_shards_split_the_feeds_into_disjoint_parts_that_cover_them_all():
    from newsflow.pipeline import Shard

    names = [f"feed-{n}" for n in range(200)]
    parts = [[name for name in names if Shard(i, 4).has(name)] for i in range(4)]
    assert sorted(name for part in parts for name in part) == sorted(names)
    assert all(30 <= len(part) <= 70 for part in parts), [len(p) for p in parts]  # roughly even
    assert [Shard(0, 1).has(name) for name in names] == [True] * 200
