"""Feed bodies → entry records, with feedparser (RSS 0.9x/1.0/2.0, Atom; encodings via chardet)."""

from __future__ import annotations

import calendar
import re
import time
import warnings
from datetime import datetime, timezone

import feedparser
from dateutil import parser as dateparser

from .config import Feed
from .records import FetchResult, ParsedFeed, RawEntry

# Dates Chinese outlets write without an offset: 2025年9月17日 10:30, 2025-09-17 10:30, 2025/09/17
_ZH_DATE = re.compile(
    r"(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)


# RFC 822 zone names dateutil does not know. CST is left out on purpose: Chinese outlets use it for
# China Standard Time, American ones for Central; such a date stays naive and the feed's timezone decides.
RFC822_ZONES = {name: hours * 3600 for name, hours in {
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}.items()}


def parse_feed(result: FetchResult, feed: Feed) -> ParsedFeed:
    """Parse one fetched body. A malformed feed that still yields entries keeps them and is flagged bozo;
    a body that is not a feed at all comes back with `error` set and no entries."""
    headers = {"content-location": result.final_url or result.url}
    if result.content_type:
        headers["content-type"] = result.content_type
    parsed = feedparser.parse(result.body or b"", response_headers=headers, sanitize_html=False)
    bozo_reason = _describe(parsed.get("bozo_exception"), parsed.get("encoding")) if parsed.get("bozo") else None
    entries = [_entry(feed.name, e) for e in parsed.entries]
    error = None
    if not entries and not parsed.get("version"):
        error = f"not a feed ({result.content_type or 'no content type'})"
        if bozo_reason:
            error += f": {bozo_reason}"
    return ParsedFeed(
        feed=feed.name,
        entries=entries,
        version=parsed.get("version") or None,
        encoding=parsed.get("encoding"),
        bozo=bool(parsed.get("bozo")),
        bozo_reason=bozo_reason,
        title=parsed.feed.get("title"),
        language=parsed.feed.get("language"),
        error=error,
    )


def _describe(exc: object, encoding: str | None) -> str | None:
    if exc is None:
        return None
    if isinstance(exc, feedparser.CharacterEncodingOverride):
        # feedparser words this as "declared as utf-8" even when nothing was declared
        return f"encoding missing or wrong: decoded as {encoding} instead"
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def _entry(feed_name: str, e: feedparser.FeedParserDict) -> RawEntry:
    contents = [c.get("value", "") for c in e.get("content", []) if c.get("value")]
    # dict.get: FeedParserDict.get maps a missing "published" to "updated" with a deprecation warning
    published_raw = dict.get(e, "published") or dict.get(e, "created")
    return RawEntry(
        feed=feed_name,
        guid=e.get("id") or None,
        link=e.get("link") or None,
        title=e.get("title") or None,
        summary_html=e.get("summary") or None,
        content_html=max(contents, key=len) if contents else None,
        author=e.get("author") or None,
        published_raw=published_raw,
        published=entry_date(published_raw, dict.get(e, "published_parsed")),
        updated=entry_date(dict.get(e, "updated"), dict.get(e, "updated_parsed")),
        raw=_json_safe(e),
    )


def entry_date(raw: str | None, parsed: time.struct_time | None) -> datetime | None:
    """UTC-aware when the text carries an offset; naive when it does not (the feed's zone applies later)."""
    if raw and re.search(r"\d{4}", raw):  # without a year dateutil would invent one
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names (CST, ...) leave the date naive
            try:
                dt = dateparser.parse(raw, tzinfos=RFC822_ZONES)
            except (ValueError, OverflowError):
                dt = None
        if dt is None:
            m = _ZH_DATE.search(raw)
            if m:
                y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
                try:
                    dt = datetime(y, mo, d, h, mi, s)
                except ValueError:
                    dt = None
        if dt is not None:
            return dt.astimezone(timezone.utc) if dt.tzinfo else dt
    if parsed:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
    return None


def _json_safe(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and not isinstance(value, time.struct_time):
        return [_json_safe(v) for v in value]
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
