"""Fetching over real loopback HTTP against the sample server."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from newsflow.config import SAMPLE_HOST, Feed, Settings
from newsflow.fetch import FEED_ACCEPT, PAGE_ACCEPT, fetch_feeds, fetch_pages, fetch_url, make_client
from newsflow.records import FAILED, NOT_MODIFIED, OK

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


@pytest.fixture
def feed_file(sample_root: Path) -> Path:
    path = sample_root / "feed.xml"
    path.write_bytes(RSS)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    return path


def make_settings(tmp_path: Path, base_url: str | None = None, hosts: tuple[str, ...] = (), **overrides) -> Settings:
    """Settings under tmp_path; `hosts` are routed to the server at `base_url` (connect_to)."""
    if hosts:
        target = urlsplit(base_url).netloc
        overrides["connect_to"] = tuple((host, target) for host in hosts)
    return Settings(home=tmp_path, db_path=tmp_path / "newsflow.duckdb", **overrides)


def fetch_one(settings: Settings, url: str, **validators):
    validators = {"f": (validators.get("etag"), validators.get("last_modified"))}
    return fetch_feeds([Feed("f", url)], settings, validators)[0]


def server_stats(base_url: str) -> dict:
    return httpx.get(f"{base_url}/_stats").json()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A port whose listen queue is full, so a new connection is never completed."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port, fillers = listener.getsockname()[1], []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.settimeout(0.2)
            fillers.append(filler)
            try:
                filler.connect(("127.0.0.1", port))
            except (TimeoutError, socket.timeout):
                break
        else:
            pytest.skip("the kernel kept accepting connections; cannot provoke a connect timeout")
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_ok_captures_validators_then_not_modified(tmp_path, sample_server, feed_file):
    settings = make_settings(tmp_path)
    before = datetime.now(timezone.utc)
    first = fetch_one(settings, f"{sample_server}/feed.xml")
    assert (first.outcome, first.status, first.error, first.body) == (OK, 200, None, RSS)
    assert first.final_url == f"{sample_server}/feed.xml"
    assert first.content_type == "application/xml"
    assert first.etag and first.etag.startswith('"')
    assert first.last_modified == "Tue, 14 Nov 2023 22:13:20 GMT"
    assert first.fetched_at.tzinfo is not None and first.fetched_at.utcoffset() == timedelta(0)
    assert before <= first.fetched_at <= datetime.now(timezone.utc)
    assert first.elapsed_ms is not None and 0 <= first.elapsed_ms < 5000

    for validators in ({"etag": first.etag}, {"last_modified": first.last_modified},
                       {"etag": first.etag, "last_modified": first.last_modified}):
        again = fetch_one(settings, f"{sample_server}/feed.xml", **validators)
        assert (again.outcome, again.status, again.body, again.error) == (NOT_MODIFIED, 304, None, None)
        assert again.etag == first.etag  # validators carry over to the next run

    feed_file.write_bytes(RSS + b"<!-- changed -->")
    changed = fetch_one(settings, f"{sample_server}/feed.xml", etag=first.etag)
    assert changed.outcome == OK and changed.body.endswith(b"<!-- changed -->")
    assert changed.etag != first.etag


@pytest.mark.parametrize("status", [404, 500, 503])
def test_http_errors_fail_with_the_status(tmp_path, sample_server, status):
    result = fetch_one(make_settings(tmp_path), f"{sample_server}/_status/{status}")
    assert (result.outcome, result.status, result.error, result.body) == (FAILED, status, f"HTTP {status}", None)


def test_missing_file_is_http_404(tmp_path, sample_server):
    assert fetch_one(make_settings(tmp_path), f"{sample_server}/nope.xml").error == "HTTP 404"


def test_read_timeout(tmp_path, sample_server):
    started = time.monotonic()
    result = fetch_one(make_settings(tmp_path, read_timeout=0.3), f"{sample_server}/_hang")
    assert (result.outcome, result.status, result.error) == (FAILED, None, "timeout: read after 0.3s")
    assert time.monotonic() - started < 2


def test_connect_timeout(tmp_path, full_backlog_port):
    result = fetch_one(make_settings(tmp_path, connect_timeout=0.3), f"http://127.0.0.1:{full_backlog_port}/")
    assert (result.outcome, result.error) == (FAILED, "timeout: connect after 0.3s")


def test_connection_refused(tmp_path, closed_port):
    result = fetch_one(make_settings(tmp_path), f"http://127.0.0.1:{closed_port}/feed.xml")
    assert (result.outcome, result.status, result.error) == (FAILED, None, "connection refused")


@pytest.mark.parametrize("url", ["not a url", "ftp://127.0.0.1/feed.xml", "http://[::1/feed.xml", ""])
def test_invalid_url(tmp_path, url):
    result = fetch_one(make_settings(tmp_path), url)
    assert result.outcome == FAILED and result.error.startswith("invalid URL")


@pytest.mark.parametrize("suffix", ["", "?no-length"])
def test_too_large(tmp_path, sample_server, suffix):
    settings = make_settings(tmp_path, max_bytes=1000)
    exact = fetch_one(settings, f"{sample_server}/_big/1000{suffix}")
    assert exact.outcome == OK and len(exact.body) == 1000
    over = fetch_one(settings, f"{sample_server}/_big/1001{suffix}")
    assert (over.outcome, over.status, over.body) == (FAILED, 200, None)
    assert over.error == "too large: more than 1000 bytes"
    # stops reading right away instead of taking in 200 MB
    started = time.monotonic()
    huge = fetch_one(settings, f"{sample_server}/_big/200000000{suffix}")
    assert huge.error == "too large: more than 1000 bytes"
    assert time.monotonic() - started < 2


def test_gzip_body_is_decoded(tmp_path, sample_server, feed_file):
    result = fetch_one(make_settings(tmp_path), f"{sample_server}/_gzip/feed.xml")
    assert (result.outcome, result.body) == (OK, RSS)


def test_redirects_followed_up_to_the_limit(tmp_path, sample_server, feed_file):
    settings = make_settings(tmp_path, max_redirects=3)
    followed = fetch_one(settings, f"{sample_server}/_redirect/3/feed.xml")
    assert (followed.outcome, followed.body) == (OK, RSS)
    assert followed.url == f"{sample_server}/_redirect/3/feed.xml"
    assert followed.final_url == f"{sample_server}/feed.xml"
    too_many = fetch_one(settings, f"{sample_server}/_redirect/4/feed.xml")
    assert (too_many.outcome, too_many.error) == (FAILED, "too many redirects (more than 3)")


def test_request_headers_received_by_the_server(tmp_path, sample_server):
    settings = make_settings(tmp_path, user_agent="newsflow-test/9 (+https://example.org/bot)")
    feed = json.loads(fetch_one(settings, f"{sample_server}/_headers").body)
    assert feed["User-Agent"] == "newsflow-test/9 (+https://example.org/bot)"
    assert feed["Accept"] == FEED_ACCEPT
    assert {"gzip", "deflate"} <= {e.strip() for e in feed["Accept-Encoding"].split(",")}
    assert "If-None-Match" not in feed and "If-Modified-Since" not in feed

    [page] = fetch_pages([("f", f"{sample_server}/_headers")], settings, trusted_hosts={"127.0.0.1"})
    assert json.loads(page.body)["Accept"] == PAGE_ACCEPT

    conditional = json.loads(fetch_one(settings, f"{sample_server}/_headers", etag='"abc"',
                                       last_modified="Tue, 14 Nov 2023 22:13:20 GMT").body)
    assert conditional["If-None-Match"] == '"abc"'
    assert conditional["If-Modified-Since"] == "Tue, 14 Nov 2023 22:13:20 GMT"


def test_connect_to_keeps_url_and_host_header(tmp_path, sample_server, feed_file):
    settings = make_settings(tmp_path, sample_server, hosts=(SAMPLE_HOST,))
    echoed = fetch_one(settings, f"http://{SAMPLE_HOST}/_headers")
    assert echoed.outcome == OK and echoed.final_url == f"http://{SAMPLE_HOST}/_headers"
    assert json.loads(echoed.body)["Host"] == SAMPLE_HOST

    redirected = fetch_one(settings, f"http://{SAMPLE_HOST}/_redirect/2/feed.xml")
    assert (redirected.outcome, redirected.body) == (OK, RSS)
    assert redirected.final_url == f"http://{SAMPLE_HOST}/feed.xml"
    assert server_stats(sample_server)["requests"] == {SAMPLE_HOST: 4}

    hung = fetch_one(make_settings(tmp_path, sample_server, hosts=(SAMPLE_HOST,), read_timeout=0.2),
                     f"http://{SAMPLE_HOST}/_hang")
    assert (hung.error, hung.final_url) == ("timeout: read after 0.2s", f"http://{SAMPLE_HOST}/_hang")


def test_connect_to_needs_ip_and_port(tmp_path):
    with pytest.raises(ValueError, match="ip:port"):
        make_client(make_settings(tmp_path, connect_to=((SAMPLE_HOST, "127.0.0.1"),)))


def test_per_host_politeness(tmp_path, sample_server, feed_file):
    settings = make_settings(tmp_path, sample_server, hosts=("a.test", "b.test"), per_host_concurrency=2)
    feeds = [Feed(f"a{i}", "http://a.test/_slow/200/feed.xml") for i in range(6)]
    feeds += [Feed(f"b{i}", "http://b.test/_slow/200/feed.xml") for i in range(2)]
    started = time.monotonic()
    results = fetch_feeds(feeds, settings)
    elapsed = time.monotonic() - started
    assert [r.outcome for r in results] == [OK] * 8
    stats = server_stats(sample_server)
    assert stats["peak_in_flight"] == {"a.test": 2, "b.test": 2}
    assert stats["peak_in_flight_total"] == 4  # b.test did not wait behind a.test
    assert 0.6 <= elapsed < 2.0  # a.test: three rounds of two


def test_overall_concurrency_limit(tmp_path, sample_server, feed_file):
    hosts = tuple(f"h{i}.test" for i in range(6))
    settings = make_settings(tmp_path, sample_server, hosts=hosts, max_concurrency=3)
    results = fetch_feeds([Feed(h, f"http://{h}/_slow/200/feed.xml") for h in hosts], settings)
    assert [r.outcome for r in results] == [OK] * 6
    assert server_stats(sample_server)["peak_in_flight_total"] == 3


def test_many_slow_feeds_take_about_as_long_as_one(tmp_path, sample_server, feed_file):
    hosts = tuple(f"feed-{i:02d}.test" for i in range(20))
    settings = make_settings(tmp_path, sample_server, hosts=hosts)
    started = time.monotonic()
    results = fetch_feeds([Feed(h, f"http://{h}/_slow/300/feed.xml") for h in hosts], settings)
    elapsed = time.monotonic() - started
    assert [r.outcome for r in results] == [OK] * 20
    assert elapsed < 2.0, f"20 feeds of 300 ms took {elapsed:.2f}s (6 s one after another)"


def test_failures_stay_with_their_feed_and_results_keep_feed_order(tmp_path, sample_server, feed_file, closed_port):
    settings = make_settings(tmp_path, read_timeout=0.6, per_host_concurrency=10)
    feeds = [
        Feed("slow-ok", f"{sample_server}/_slow/250/feed.xml"),
        Feed("server-error", f"{sample_server}/_status/500"),
        Feed("refused", f"http://127.0.0.1:{closed_port}/feed.xml"),
        Feed("hang", f"{sample_server}/_hang"),
        Feed("disabled", f"{sample_server}/feed.xml", enabled=False),
        Feed("bad-url", "http//missing-colon"),
        Feed("ok", f"{sample_server}/feed.xml"),
    ]
    finished = []
    results = fetch_feeds(feeds, settings, on_result=lambda r: finished.append(r.feed))
    summary = [(r.feed, r.outcome, r.error) for r in results]
    assert summary[:4] == [
        ("slow-ok", OK, None),
        ("server-error", FAILED, "HTTP 500"),
        ("refused", FAILED, "connection refused"),
        ("hang", FAILED, "timeout: read after 0.6s"),
    ]
    assert summary[4][:2] == ("bad-url", FAILED) and summary[4][2].startswith("invalid URL")
    assert summary[5] == ("ok", OK, None)
    assert sorted(finished) == sorted(r.feed for r in results)  # each reported once, disabled never fetched
    assert finished.index("ok") < finished.index("slow-ok")  # reported as they finish, not in feed order


def test_fetch_url_inside_a_running_event_loop(tmp_path, sample_server, feed_file):
    settings = make_settings(tmp_path)

    async def poll_twice():
        async with make_client(settings, trusted_hosts={"127.0.0.1"}) as client:
            first = await fetch_url(client, settings, "f", f"{sample_server}/feed.xml")
            second, page = await asyncio.gather(
                fetch_url(client, settings, "f", f"{sample_server}/feed.xml", etag=first.etag),
                fetch_url(client, settings, "f", f"{sample_server}/_headers", accept=PAGE_ACCEPT),
            )
        return first, second, page

    first, second, page = asyncio.run(poll_twice())
    assert (first.outcome, second.outcome, page.outcome) == (OK, NOT_MODIFIED, OK)
    assert json.loads(page.body)["Accept"] == PAGE_ACCEPT


def test_nothing_to_fetch(tmp_path):
    settings = make_settings(tmp_path)
    assert fetch_feeds([], settings) == [] and fetch_pages([], settings) == []
