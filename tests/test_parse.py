"""Parsing, over HTTP from loopback: feedparser's own encoding suite and our own edge cases."""

from __future__ import annotations

import codecs
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsflow.config import Feed, Settings
from newsflow.fetch import fetch_feeds
from newsflow.parse import entry_date, parse_feed
from newsflow.records import OK, FetchResult
from newsflow.sample_server import serve_directory

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedparser" / "tests"
HEADER = re.compile(r"^(Header|Expect|SkipUnless):\s*(.*)$", re.M)


def _corpus_cases(*folders: str) -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser corpus not found at {CORPUS}")
    return sorted(p for folder in folders for p in (CORPUS / folder).rglob("*.xml"))


# chardet 7 names the superset a document fits; the decoded text is the same
SUPERSETS = {"gb2312": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932", "tis-620": "cp874"}


class _Encoding(str):
    """An encoding name that equals the same codec under another spelling, or its superset."""

    def __eq__(self, other: object) -> bool:
        mine, theirs = codecs.lookup(self).name, codecs.lookup(str(other)).name
        return mine == theirs or SUPERSETS.get(theirs) == mine

    __hash__ = str.__hash__


def _namespace(parsed) -> dict:
    """What the corpus's Expect expressions read, taken from our ParsedFeed."""
    return {
        "bozo": parsed.bozo,
        "encoding": _Encoding(parsed.encoding or ""),
        "version": parsed.version or "",
        "feed": {"title": parsed.title, "language": parsed.language},
        "entries": [
            {"title": e.title, "description": e.summary_html, "summary": e.summary_html, "id": e.guid,
             "link": e.link}
            for e in parsed.entries
        ],
    }


def test_feedparser_encoding_suite_over_http(tmp_path):
    """Every declared/undeclared encoding case (incl. GB2312, Big5, EUC-KR without declaration), served with
    the HTTP headers the case names, fetched by our fetcher and parsed by parse_feed, meets its expectation."""
    www = tmp_path / "www"
    www.mkdir()
    cases = {}
    for path in _corpus_cases("encoding", "illformed/chardet"):
        text = path.read_bytes().decode("latin-1")
        meta = {}
        for key, value in HEADER.findall(text):
            meta.setdefault(key, []).append(value.strip())
        expect = meta.get("Expect", [None])[0]
        if not expect or "bozo_exception" in expect or "feedparser." in expect:
            continue
        name = f"{len(cases):04d}.xml"
        (www / name).write_bytes(path.read_bytes())
        headers = [h for h in meta.get("Header", [])]
        if headers:
            (www / f"{name}.headers").write_text("\n".join(headers) + "\n")
        cases[name] = (path, expect)
    with serve_directory(www) as base:
        feeds = [Feed(name=name, url=f"{base}/{name}") for name in cases]
        results = fetch_feeds(feeds, Settings(home=tmp_path, db_path=tmp_path / "x.duckdb"))
    checked, failures = 0, []
    for feed, result in zip(feeds, results):
        assert result.outcome == OK, (feed.name, result.error)
        path, expect = cases[feed.name]
        parsed = parse_feed(result, feed)
        try:
            ok = eval(expect, {"__builtins__": {"ord": ord, "isinstance": isinstance}}, _namespace(parsed))
        except (AttributeError, KeyError, IndexError, NameError, TypeError):
            continue  # the expectation reads something our records do not carry
        checked += 1
        if not ok:
            failures.append(f"{path.relative_to(CORPUS)}: {expect} (encoding={parsed.encoding}, bozo={parsed.bozo})")
    assert checked >= 70, checked
    assert failures == [], "\n".join(failures)


def test_undeclared_chinese_decodes_correctly():
    """Without chardet, undeclared GB2312 and Big5 come out as windows-1252 mojibake."""
    for name, expected in [("gb2312.xml", {"gb2312", "gb18030"}), ("big5.xml", {"big5"})]:
        path = _corpus_cases("illformed/chardet")[0].parent / name
        result = FetchResult(feed="f", url="http://x/f.xml", outcome=OK, fetched_at=datetime.now(timezone.utc),
                             body=path.read_bytes(), content_type="application/xml")
        parsed = parse_feed(result, Feed(name="f", url="http://x/f.xml"))
        assert parsed.encoding.lower() in expected
        title = parsed.title or parsed.entries[0].title
        assert sum("\u4e00" <= ch <= "\u9fff" for ch in title) >= 5, title


def _result(body: str | bytes, content_type: str = "application/xml") -> FetchResult:
    data = body.encode() if isinstance(body, str) else body
    return FetchResult(feed="f", url="http://example.com/feed", outcome=OK,
                       fetched_at=datetime.now(timezone.utc), body=data, content_type=content_type)


def test_html_page_is_not_a_feed():
    page = "<!doctype html><html><head><title>Markets</title></head><body><p>Hello</p></body></html>"
    parsed = parse_feed(_result(page, "text/html; charset=utf-8"), Feed(name="f", url="http://x"))
    assert parsed.entries == [] and parsed.error.startswith("not a feed (text/html")


def test_malformed_feed_keeps_its_entries_and_is_flagged():
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>T & T</title>"
           "<item><title>Revenue up 5%</title><link>http://x/a</link></item>"
           "<item><title>Second</title><link>http://x/b</link></item></channel></rss>")
    parsed = parse_feed(_result(rss), Feed(name="f", url="http://x"))
    assert parsed.bozo and parsed.bozo_reason and parsed.error is None
    assert [e.title for e in parsed.entries] == ["Revenue up 5%", "Second"]


def test_entry_keys_are_stable_and_change_with_content():
    rss = ("<rss version='2.0'><channel><item><guid>g1</guid><title>A</title><description>one</description>"
           "</item></channel></rss>")
    first = parse_feed(_result(rss), Feed(name="f", url="http://x")).entries[0]
    again = parse_feed(_result(rss), Feed(name="f", url="http://x")).entries[0]
    edited = parse_feed(_result(rss.replace("one", "two")), Feed(name="f", url="http://x")).entries[0]
    assert first.entry_key == again.entry_key != edited.entry_key


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Wed, 17 Sep 2025 03:12:00 +0800", datetime(2025, 9, 16, 19, 12, tzinfo=timezone.utc)),
        ("2025-09-17T03:12:00Z", datetime(2025, 9, 17, 3, 12, tzinfo=timezone.utc)),
        ("Wed, 17 Sep 2025 03:12:00 GMT", datetime(2025, 9, 17, 3, 12, tzinfo=timezone.utc)),
        ("Tue, 16 Sep 2025 10:00:00 EST", datetime(2025, 9, 16, 15, 0, tzinfo=timezone.utc)),
        ("Tue, 16 Sep 2025 10:00:00 PDT", datetime(2025, 9, 16, 17, 0, tzinfo=timezone.utc)),
        ("Tue, 16 Sep 2025 10:00:00 CST", datetime(2025, 9, 16, 10, 0)),  # ambiguous: the feed's zone decides
        ("2025-09-17 03:12", datetime(2025, 9, 17, 3, 12)),  # no offset: naive, the feed's zone applies
        ("2025年9月17日 10:30", datetime(2025, 9, 17, 10, 30)),
        ("Sep 17", None),  # no year: not guessed
        ("yesterday", None),
    ],
)
def test_entry_dates(raw, expected):
    assert entry_date(raw, None) == expected
