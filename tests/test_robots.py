"""Full-text page fetches as a polite crawler makes them, against a real loopback site: robots.txt rules,
its crawl delay, its answer kept for a day and then asked again conditionally, and what an unreachable
or missing robots.txt means."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from newsflow import pipeline, store
from newsflow.config import Feed, Settings
from newsflow.robots import AGENT, site_rules

PAGE = "<html><body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
TEXT = ("Keystone Equity Research raised its price target on the company to $120 from $100 and kept an "
        "Overweight rating, citing stronger cloud demand and a wider operating margin in the second quarter. ") * 3


def _site(root: Path, pages: list[str], robots: str | None, feed: str = "feed.xml") -> None:
    items = ""
    for path in pages:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(PAGE.format(title=path, text=TEXT), encoding="utf-8")
        items += (f"<item><title>Story {path}</title><link>{{base}}/{path}</link><guid>{path}</guid>"
                  "<pubDate>Tue, 16 Sep 2025 08:00:00 GMT</pubDate><description>Teaser only.</description></item>")
    (root / feed).write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                             "</channel></rss>", encoding="utf-8")
    if robots is not None:
        (root / "robots.txt").write_text(robots, encoding="utf-8")


def _run(settings: Settings, base: str, root: Path, feed: str = "feed.xml") -> pipeline.ProcessReport:
    path = root / feed
    path.write_text(path.read_text(encoding="utf-8").replace("{base}", base), encoding="utf-8")
    feeds = [Feed(name="teasers", url=f"{base}/{feed}", full_text=True)]
    return pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)


def _paths(base: str) -> dict[str, int]:
    return httpx.get(f"{base}/_stats").json()["paths"]


def _rows(settings: Settings, sql: str) -> list[tuple]:
    return store.query(settings, sql)[1]


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home", db_path=tmp_path / "home" / "newsflow.duckdb")


def test_disallowed_pages_are_not_requested_and_say_why(settings, sample_root, sample_server):
    _site(sample_root, ["news/a.html", "private/b.html"], "User-agent: *\nDisallow: /private/\n")
    report = _run(settings, sample_server, sample_root)
    assert report.pages_fetched == 1 and len(report.pages_failed) == 1
    assert "robots.txt disallows it for newsflow" in report.pages_failed[0]["error"]
    assert "/private/b.html" not in _paths(sample_server) and _paths(sample_server)["/robots.txt"] == 1
    assert _rows(settings, "SELECT url LIKE '%/private/b.html', outcome, status, error LIKE '%disallows%' "
                           "FROM raw.fetches WHERE kind = 'page' ORDER BY 1") == [
        (False, "ok", 200, None), (True, "failed", None, True)]
    # the refused page's article keeps the feed's own text
    assert _rows(settings, "SELECT url LIKE '%private%', full_text FROM core.articles ORDER BY 1") == [
        (False, True), (True, False)]


def test_a_sites_crawl_delay_spaces_its_requests(settings, sample_root, sample_server):
    _site(sample_root, [f"news/{n}.html" for n in range(3)], "User-agent: newsflow\nCrawl-delay: 1\n")
    assert _run(settings, sample_server, sample_root).pages_fetched == 3
    starts = [t for (t,) in _rows(settings, "SELECT fetched_at FROM raw.fetches WHERE kind = 'page' ORDER BY 1")]
    assert all(later - earlier >= timedelta(seconds=0.95) for earlier, later in zip(starts, starts[1:]))


def test_robots_txt_is_asked_once_a_day_then_again_conditionally(settings, sample_root, sample_server):
    _site(sample_root, ["news/a.html"], "User-agent: *\nDisallow: /private/\n")
    _run(settings, sample_server, sample_root)
    _site(sample_root, ["news/a.html", "news/b.html"], "User-agent: *\nDisallow: /private/\n")
    assert _run(settings, sample_server, sample_root).pages_fetched == 1  # b only: a is known
    assert _paths(sample_server)["/robots.txt"] == 1  # the stored answer stands for a day

    with store.connect(settings) as con:
        con.execute("UPDATE raw.fetches SET fetched_at = fetched_at - INTERVAL 2 DAY WHERE kind = 'robots'")
    _site(sample_root, ["news/a.html", "news/b.html", "private/c.html"], "User-agent: *\nDisallow: /private/\n")
    report = _run(settings, sample_server, sample_root)
    assert _paths(sample_server)["/robots.txt"] == 2 and "/private/c.html" not in _paths(sample_server)
    assert report.pages_fetched == 0 and "disallows" in report.pages_failed[0]["error"]
    outcomes = _rows(settings, "SELECT outcome, body_sha256 IS NOT NULL FROM raw.fetches WHERE kind = 'robots' "
                               "ORDER BY fetched_at")
    assert outcomes == [("ok", True), ("not_modified", True)]  # a 304 keeps using the archived copy


def test_no_robots_txt_allows_every_page(settings, sample_root, sample_server):
    _site(sample_root, ["news/a.html", "private/b.html"], robots=None)
    assert _run(settings, sample_server, sample_root).pages_fetched == 2
    assert _rows(settings, "SELECT status FROM raw.fetches WHERE kind = 'robots'") == [(404,)]


def test_an_unreachable_robots_txt_holds_the_site_back_until_the_next_run(settings, sample_root, sample_server):
    _site(sample_root, ["news/a.html"], "User-agent: *\nAllow: /\n")
    (sample_root / "robots.txt.headers").write_text("Status: 503\n", encoding="utf-8")
    report = _run(settings, sample_server, sample_root)
    assert report.pages_fetched == 0 and "robots.txt unreachable (HTTP 503)" in report.pages_failed[0]["error"]
    assert "/news/a.html" not in _paths(sample_server)

    (sample_root / "robots.txt.headers").unlink()
    _site(sample_root, ["news/a.html", "news/b.html"], "User-agent: *\nAllow: /\n")
    assert _run(settings, sample_server, sample_root).pages_fetched == 1  # asked again: not kept
    assert _paths(sample_server)["/robots.txt"] == 2


def test_rules_follow_rfc_9309():
    rules = site_rules("https://x.example/robots.txt", 200, (
        f"User-agent: *\nDisallow: /\n\nUser-agent: {AGENT}\nDisallow: /private/\nAllow: /private/open/\n"
        "Request-rate: 1/5s\n").encode())
    assert rules.refusal("https://x.example/news/1") is None  # the group naming us wins over *
    assert rules.refusal("https://x.example/private/1")
    assert rules.refusal("https://x.example/private/open/1") is None  # the longest match wins
    assert rules.delay == 5.0
    assert site_rules("u", 404, None).refusal("https://x.example/any") is None
    assert "unreachable" in site_rules("u", None, None, "timeout: read after 15s").refusal("https://x.example/a")
    assert json.dumps(site_rules("u", 410, None).delay) == "0.0"
