"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read by the spec's rules into the same entries
as RSS and Atom, and loaded end to end."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from newsflow import pipeline, store
from newsflow.config import Feed, Settings
from newsflow.parse import parse_feed
from newsflow.records import FetchResult

FEED = Feed(name="jf", url="https://jf.example/feed.json")


def parse(doc: object, content_type: str | None = "application/feed+json", max_entries: int = 2000):
    body = doc if isinstance(doc, bytes) else json.dumps(doc, ensure_ascii=False).encode()
    return parse_feed(FetchResult(feed="jf", url=FEED.url, outcome="ok", fetched_at=datetime.now(timezone.utc),
                                  content_type=content_type, body=body), FEED, max_entries=max_entries)


V11 = {
    "version": "https://jsonfeed.org/version/1.1", "title": "财经快讯", "language": "zh",
    "authors": [{"name": "Desk"}],
    "items": [
        {"id": "a1", "url": "https://jf.example/a1", "title": "宁德时代营收增长12%",
         "content_html": "<p>宁德时代第三季度营收<b>增长12%</b>。</p>", "summary": "Revenue <up> 12%",
         "date_published": "2025-09-17T10:30:00+08:00", "date_modified": "2025-09-17T11:00:00+08:00",
         "authors": [{"name": "Li Wei"}, {"url": "https://no-name.example"}], "tags": ["earnings"]},
        {"id": "a2", "external_url": "https://elsewhere.example/story", "content_text": "Profit < forecast & shares fell 3%."},
    ],
}


def test_a_json_feed_1_1_gives_the_entries_its_spec_describes():
    parsed = parse(V11)
    assert (parsed.version, parsed.title, parsed.language, parsed.error, parsed.rejected) == (
        "json11", "财经快讯", "zh", None, [])
    first, second = parsed.entries
    assert (first.guid, first.link, first.title) == ("a1", "https://jf.example/a1", "宁德时代营收增长12%")
    assert first.content_html == "<p>宁德时代第三季度营收<b>增长12%</b>。</p>"
    assert first.summary_html == "Revenue &lt;up&gt; 12%"  # summary is plain text: its "<" is a character
    assert first.author == "Li Wei"  # an author without a name names no one
    assert first.published == datetime(2025, 9, 17, 2, 30, tzinfo=timezone.utc)
    assert first.updated == datetime(2025, 9, 17, 3, 0, tzinfo=timezone.utc)
    assert first.raw["tags"] == ["earnings"]
    # content_text is text, not markup; external_url is the link when there is no url; feed authors apply
    assert second.content_html == "Profit &lt; forecast &amp; shares fell 3%."
    assert (second.link, second.author, second.published) == ("https://elsewhere.example/story", "Desk", None)


def test_a_json_feed_1_0_with_its_author_object_and_numeric_ids():
    parsed = parse({"version": "https://jsonfeed.org/version/1", "title": "v1", "author": {"name": "Editor"},
                    "items": [{"id": 7, "url": "https://jf.example/7", "content_text": "Sales rose 4%."}]},
                   content_type="application/json")
    [entry] = parsed.entries
    assert (parsed.version, entry.guid, entry.author) == ("json10", "7", "Editor")


def test_items_the_spec_does_not_allow_are_rejected_with_the_reason_and_the_rest_kept():
    parsed = parse({"version": "https://jsonfeed.org/version/1.1",
                    "items": ["text", {"title": "no id"}, {"id": "ok", "content_text": "Kept."}]})
    assert [e.guid for e in parsed.entries] == ["ok"]
    assert parsed.rejected == ["item #1 unreadable: an item must be an object, got str", "item #2 unreadable: no 'id'"]


def test_json_that_is_no_json_feed_is_no_feed():
    assert parse({"version": "https://example.com/other", "items": []}).error.startswith(
        "not a feed (application/feed+json): JSON, but no JSON Feed")
    assert parse(b'{"items": [', content_type="application/json").error.startswith(
        "not a feed (application/json): not JSON")


def test_a_json_feed_served_as_text_is_recognised_by_its_version():
    body = json.dumps(V11).encode()
    assert parse(body, content_type="text/plain").version == "json11"
    assert parse(body, content_type=None).version == "json11"


def test_beyond_the_limit_the_newest_items_are_kept():
    items = [{"id": str(i), "content_text": f"Item {i}.", "date_published": f"2025-09-{i + 1:02d}T00:00:00Z"}
             for i in range(10)]
    parsed = parse({"version": "https://jsonfeed.org/version/1.1", "items": items}, max_entries=3)
    assert [e.guid for e in parsed.entries] == ["7", "8", "9"] and parsed.entries_dropped == 7


def test_a_json_feed_loads_end_to_end(tmp_path, sample_root, sample_server):
    (sample_root / "feed.json").write_text(json.dumps(V11, ensure_ascii=False), encoding="utf-8")
    settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb")
    feeds = [Feed(name="jf", url=f"{sample_server}/feed.json")]
    pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    rows = store.query(settings, "SELECT title, body_text, language, author FROM core.articles ORDER BY title")[1]
    assert rows == [("", "Profit < forecast & shares fell 3%.", "en", "Desk"),  # a title is optional
                    ("宁德时代营收增长12%", "宁德时代第三季度营收增长12%。", "zh", "Li Wei")]
    version = store.query(settings, "SELECT version FROM raw.feed_parses")[1]
    assert version == [("json11",)]
