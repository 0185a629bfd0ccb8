"""The loopback sample server, exercised with the standard library's own HTTP client."""

from __future__ import annotations

import gzip
import http.client
import json
import os
import socket
import threading
import time
from email.utils import formatdate
from urllib.parse import urlsplit

import pytest

from newsflow.sample_server import serve_directory

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def get(base: str, path: str, headers: dict[str, str] | None = None, timeout: float = 5):
    """GET `path` exactly as written (no normalisation of ../), return (status, headers, body)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "name, content_type",
    [
        ("a.xml", "application/xml"),
        ("a.rss", "application/rss+xml"),
        ("a.atom", "application/atom+xml"),
        ("a.html", "text/html"),
        ("a.HTM", "text/html"),
        ("a.json", "application/json"),
        ("a.bin", "application/octet-stream"),
    ],
)
def test_content_type_by_extension_without_charset(sample_root, sample_server, name, content_type):
    (sample_root / name).write_bytes(RSS)
    status, headers, body = get(sample_server, f"/{name}")
    assert (status, headers["Content-Type"], body) == (200, content_type, RSS)
    assert headers["Content-Length"] == str(len(RSS))


def test_files_in_subdirectories_are_served(sample_root, sample_server):
    (sample_root / "zh").mkdir()
    (sample_root / "zh" / "新闻.xml").write_bytes(RSS)
    status, _, body = get(sample_server, "/zh/%E6%96%B0%E9%97%BB.xml")
    assert (status, body) == (200, RSS)


def test_sidecar_overrides_and_adds_headers_and_is_not_served(sample_root, sample_server):
    (sample_root / "gb.xml").write_bytes(RSS)
    (sample_root / "gb.xml.headers").write_text("content-type: text/xml; charset=gb2312\nX-Extra: yes\n")
    status, headers, _ = get(sample_server, "/gb.xml")
    assert status == 200
    assert headers.get_all("Content-Type") == ["text/xml; charset=gb2312"]
    assert headers["X-Extra"] == "yes"
    assert get(sample_server, "/gb.xml.headers")[0] == 404


def test_sidecar_status_forces_the_status(sample_root, sample_server):
    (sample_root / "gone.xml").write_bytes(b"gone")
    (sample_root / "gone.xml.headers").write_text("Status: 410\n")
    status, _, body = get(sample_server, "/gone.xml")
    assert (status, body) == (410, b"gone")


def test_bad_sidecar_is_a_500_naming_the_line(sample_root, sample_server):
    (sample_root / "bad.xml").write_bytes(RSS)
    (sample_root / "bad.xml.headers").write_text("X-Fine: 1\nno colon here\n")
    status, _, body = get(sample_server, "/bad.xml")
    assert status == 500
    assert b"bad.xml.headers:2" in body and b"no colon here" in body


def test_etag_and_last_modified_and_conditional_requests(sample_root, sample_server):
    path = sample_root / "feed.xml"
    path.write_bytes(RSS)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    status, headers, _ = get(sample_server, "/feed.xml")
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag.startswith('"') and etag.endswith('"') and len(etag) > 8
    assert modified == formatdate(1_700_000_000, usegmt=True)

    status, headers, body = get(sample_server, "/feed.xml", {"If-None-Match": etag})
    assert (status, body, headers["ETag"]) == (304, b"", etag)
    assert get(sample_server, "/feed.xml", {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert get(sample_server, "/feed.xml", {"If-Modified-Since": modified})[0] == 304
    later = formatdate(1_700_000_100, usegmt=True)
    earlier = formatdate(1_699_999_000, usegmt=True)
    assert get(sample_server, "/feed.xml", {"If-Modified-Since": later})[0] == 304
    assert get(sample_server, "/feed.xml", {"If-Modified-Since": earlier})[0] == 200
    # If-None-Match wins: a stale tag means changed, whatever the date says
    assert get(sample_server, "/feed.xml", {"If-None-Match": '"stale"', "If-Modified-Since": later})[0] == 200

    path.write_bytes(RSS + b"\n")  # new content, new tag
    assert get(sample_server, "/feed.xml", {"If-None-Match": etag})[0] == 200


def test_missing_and_outside_the_root_are_404(tmp_path, sample_root, sample_server):
    (tmp_path / "secret.txt").write_text("secret")
    (sample_root / "link.txt").symlink_to(tmp_path / "secret.txt")
    (sample_root / "dir").mkdir()
    for path in ["/nope.xml", "/../secret.txt", "/dir/../../secret.txt", "/%2e%2e/secret.txt", "/link.txt", "/dir"]:
        status, _, body = get(sample_server, path)
        assert status == 404, path
        assert b"secret" not in body.replace(b"secret.txt", b"")


def test_status_endpoint(sample_server):
    assert get(sample_server, "/_status/503")[:1] == (503,)
    assert get(sample_server, "/_status/404")[2] == b"status 404\n"


def test_slow_waits_then_serves(sample_root, sample_server):
    (sample_root / "feed.xml").write_bytes(RSS)
    started = time.monotonic()
    status, _, body = get(sample_server, "/_slow/300/feed.xml")
    assert (status, body) == (200, RSS)
    assert time.monotonic() - started >= 0.3


def test_redirect_chain_counts_down_to_the_file(sample_root, sample_server):
    (sample_root / "feed.xml").write_bytes(RSS)
    status, headers, _ = get(sample_server, "/_redirect/3/feed.xml")
    assert (status, headers["Location"]) == (302, "/_redirect/2/feed.xml")
    assert get(sample_server, "/_redirect/1/feed.xml")[1]["Location"] == "/feed.xml"
    assert get(sample_server, "/_redirect/0/feed.xml")[2] == RSS
    (sample_root / "新闻.xml").write_bytes(RSS)
    location = get(sample_server, "/_redirect/1/%E6%96%B0%E9%97%BB.xml")[1]["Location"]
    assert location == "/%E6%96%B0%E9%97%BB.xml" and get(sample_server, location)[2] == RSS


def test_gzip_endpoint(sample_root, sample_server):
    (sample_root / "feed.xml").write_bytes(RSS)
    status, headers, body = get(sample_server, "/_gzip/feed.xml")
    assert (status, headers["Content-Encoding"], gzip.decompress(body)) == (200, "gzip", RSS)


def test_big_with_and_without_content_length(sample_server):
    status, headers, body = get(sample_server, "/_big/100000")
    assert (status, headers["Content-Length"], len(body)) == (200, "100000", 100000)
    status, headers, body = get(sample_server, "/_big/100001?no-length")
    assert (status, headers["Content-Length"], len(body)) == (200, None, 100001)


def test_hang_never_answers_and_does_not_delay_shutdown(tmp_path):
    with serve_directory(tmp_path) as base:
        with pytest.raises(socket.timeout):
            get(base, "/_hang", timeout=0.3)
        started = time.monotonic()
    assert time.monotonic() - started < 2


def test_headers_echo_and_per_host_stats(sample_root, sample_server):
    (sample_root / "feed.xml").write_bytes(RSS)
    echoed = json.loads(get(sample_server, "/_headers", {"User-Agent": "probe/1", "Host": "a.test"})[2])
    assert echoed["User-Agent"] == "probe/1" and echoed["Host"] == "a.test"

    threads = [
        threading.Thread(target=get, args=(sample_server, "/_slow/300/feed.xml", {"Host": "b.test"}))
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats = json.loads(get(sample_server, "/_stats")[2])
    assert stats["requests"] == {"a.test": 1, "b.test": 3}
    assert stats["peak_in_flight"] == {"a.test": 1, "b.test": 3}
    assert stats["peak_in_flight_total"] == 3


def test_server_is_gone_after_the_block(tmp_path):
    with serve_directory(tmp_path) as base:
        assert base.startswith("http://127.0.0.1:")
        assert get(base, "/_status/204")[0] == 204
    with pytest.raises(ConnectionRefusedError):
        get(base, "/")
