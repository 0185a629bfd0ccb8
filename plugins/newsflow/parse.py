"""Feed bodies → entry records: RSS 0.9x/1.0/2.0 and Atom with feedparser (encodings via chardet), and
JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1), which feedparser does not read, by its spec."""

from __future__ import annotations

import calendar
import html
import json
import re
import time
import warnings
from collections.abc import Callable
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
# An ISO-shaped date, whose fields are checked before any parser rolls an impossible one over
_ISO_SHAPED = re.compile(r"\b\d{4,}-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?")


# RFC 822 zone names dateutil does not know. CST is left out on purpose: Chinese outlets use it for
# China Standard Time, American ones for Central; such a date stays naive and the feed's timezone decides.
RFC822_ZONES = {name: hours * 3600 for name, hours in {
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}.items()}


# A character reference to no character (a surrogate, beyond U+10FFFF, or absurdly long) makes feedparser
# raise for the whole feed; it stands for U+FFFD like any other unreadable character.
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,24}));")
_SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT_REF = b"&#xFFFD;"
MAX_ENTRIES = 2000  # per feed per fetch: the newest are kept, the rest counted


def parse_feed(result: FetchResult, feed: Feed, max_entries: int = MAX_ENTRIES) -> ParsedFeed:
    """Parse one fetched body. A malformed feed that still yields entries keeps them and is flagged bozo;
    a body that is not a feed at all comes back with `error` set and no entries. An entry that cannot be
    read is left out and named in `rejected`; beyond `max_entries` only the newest are kept."""
    if _is_json(result):
        return parse_json_feed(result, feed, max_entries)
    headers = {"content-location": result.final_url or result.url}
    if result.content_type:
        headers["content-type"] = result.content_type
    body = _CHAR_REF.sub(_valid_char_ref, result.body or b"")
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    bozo_reason = _describe(parsed.get("bozo_exception"), parsed.get("encoding")) if parsed.get("bozo") else None
    entries, rejected = [], []
    for position, e in enumerate(_newest(parsed.entries, max_entries, _parsed_timestamp), 1):
        try:
            entries.append(_entry(feed.name, e))
        except Exception as exc:  # one unreadable entry must not cost the others
            rejected.append(f"entry #{position} ({e.get('id') or e.get('link') or 'no id'}) "
                            f"unreadable: {type(exc).__name__}: {exc}"[:500])
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
        rejected=rejected,
        entries_dropped=max(0, len(parsed.entries) - max_entries),
    )


JSON_FEED_VERSIONS = {"https://jsonfeed.org/version/1": "json10", "https://jsonfeed.org/version/1.1": "json11"}


def _is_json(result: FetchResult) -> bool:
    media_type = (result.content_type or "").split(";")[0].strip().lower()
    return media_type in ("application/feed+json", "application/json") or (
        (result.body or b"").lstrip()[:1] == b"{" and b"jsonfeed.org/version" in (result.body or b"")[:4096])


def parse_json_feed(result: FetchResult, feed: Feed, max_entries: int = MAX_ENTRIES) -> ParsedFeed:
    """A JSON Feed body → entries. Items are read as the spec says (an item's content_html, else its
    content_text, is its content; `summary` its summary; 1.1's `authors` or 1.0's `author`); an item that
    is not an object, or has no id, is rejected with the reason; a body that is not a JSON Feed is no feed."""
    def no_feed(reason: str) -> ParsedFeed:
        return ParsedFeed(feed=feed.name, entries=[], version=None, encoding="utf-8", bozo=False, bozo_reason=None,
                          error=f"not a feed ({result.content_type or 'no content type'}): {reason}")

    try:
        doc = json.loads((result.body or b"").decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        return no_feed(f"not JSON: {exc}"[:300])
    version = JSON_FEED_VERSIONS.get(doc.get("version")) if isinstance(doc, dict) else None
    if version is None or not isinstance(doc.get("items"), list):
        return no_feed("JSON, but no JSON Feed (a 'version' of https://jsonfeed.org/version/1 or 1.1 and 'items')")
    entries, rejected = [], []
    for position, item in enumerate(doc["items"], 1):
        try:
            entries.append(_json_item(feed.name, item, doc))
        except ValueError as exc:
            rejected.append(f"item #{position} unreadable: {exc}"[:500])
    return ParsedFeed(
        feed=feed.name, version=version, encoding="utf-8", bozo=False, bozo_reason=None,
        entries=_newest(entries, max_entries, lambda e: e.published.timestamp() if e.published else None),
        title=_str(doc.get("title")), language=_str(doc.get("language")), rejected=rejected,
        entries_dropped=max(0, len(entries) - max_entries))


def _json_item(feed_name: str, item: object, doc: dict) -> RawEntry:
    if not isinstance(item, dict):
        raise ValueError(f"an item must be an object, got {type(item).__name__}")
    item = _json_safe(item)
    if item.get("id") in (None, ""):
        raise ValueError("no 'id'")
    text = _str(item.get("content_text"))
    content = _str(item.get("content_html")) or (html.escape(text) if text else None)
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else None) \
        or doc.get("authors") or ([doc["author"]] if isinstance(doc.get("author"), dict) else [])
    names = [a["name"] for a in authors if isinstance(a, dict) and _str(a.get("name"))]
    published_raw, updated_raw = _str(item.get("date_published")), _str(item.get("date_modified"))
    return RawEntry(
        feed=feed_name,
        guid=str(item["id"]),  # 1.0 allowed numbers
        link=_str(item.get("url")) or _str(item.get("external_url")),
        title=_str(item.get("title")),
        summary_html=html.escape(item["summary"]) if _str(item.get("summary")) else None,  # plain text by the spec
        content_html=content,
        author=", ".join(names) or None,
        published_raw=published_raw,
        published=entry_date(published_raw, None),
        updated=entry_date(updated_raw, None),
        raw=item,
    )


def _valid_char_ref(match: re.Match) -> bytes:
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    return match.group(0) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else REPLACEMENT_REF


def _newest(entries: list, limit: int, timestamp: Callable[[object], float | None]) -> list:
    """At most `limit` entries, the newest by `timestamp` (None, undated, counts as newest: the order a
    feed lists them in is usually newest first), in the feed's own order."""
    if len(entries) <= limit:
        return entries

    def age(i: int) -> tuple:
        stamp = timestamp(entries[i])
        return (0, 0, i) if stamp is None else (1, -stamp, i)

    keep = set(sorted(range(len(entries)), key=age)[:limit])
    return [e for i, e in enumerate(entries) if i in keep]


def _parsed_timestamp(e: feedparser.FeedParserDict) -> float | None:
    stamp = dict.get(e, "published_parsed") or dict.get(e, "updated_parsed")
    return None if stamp is None else _timestamp(stamp)


def _timestamp(stamp: time.struct_time) -> float:
    try:
        return float(calendar.timegm(stamp))
    except (ValueError, OverflowError, TypeError):
        return float("-inf")


def _describe(exc: object, encoding: str | None) -> str | None:
    if exc is None:
        return None
    if isinstance(exc, feedparser.CharacterEncodingOverride):
        # feedparser words this as "declared as utf-8" even when nothing was declared
        return f"encoding missing or wrong: decoded as {encoding} instead"
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def _entry(feed_name: str, e: feedparser.FeedParserDict) -> RawEntry:
    # plain values, every string valid UTF-8; a plain dict, too: FeedParserDict.get would map a missing
    # "published" to "updated" (with a deprecation warning)
    e = _json_safe(e)
    contents = [c.get("value", "") for c in e.get("content", []) if isinstance(c, dict) and c.get("value")]
    published_raw = e.get("published") or e.get("created")
    return RawEntry(
        feed=feed_name,
        guid=_str(e.get("id")),
        link=_str(e.get("link")),
        title=_str(e.get("title")),
        summary_html=_str(e.get("summary")),
        content_html=max(contents, key=len) if contents else None,
        author=_str(e.get("author")),
        published_raw=_str(published_raw),
        published=entry_date(_str(published_raw), e.get("published_parsed")),
        updated=entry_date(_str(e.get("updated")), e.get("updated_parsed")),
        raw=e,
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def entry_date(raw: str | None, parsed: str | time.struct_time | None) -> datetime | None:
    """UTC-aware when the text carries an offset; naive when it does not (the feed's zone applies later).

    An impossible date (month 13, year 0, beyond year 9999 once in UTC) is no date: None, never an error.
    `parsed` is feedparser's reading, as a struct or as the "%Y-%m-%dT%H:%M:%SZ" text `_json_safe` makes."""
    if raw and _impossible_fields(raw):
        return None
    if raw and re.search(r"\d{4}", raw):  # without a year dateutil would invent one
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names (CST, ...) leave the date naive
            try:
                dt = dateparser.parse(raw, tzinfos=RFC822_ZONES)
            except (ValueError, OverflowError, TypeError):
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
            try:
                return dt.astimezone(timezone.utc) if dt.tzinfo else dt
            except (ValueError, OverflowError):
                return None
        if not parsed:
            return None
    if isinstance(parsed, time.struct_time):
        parsed = _struct_text(parsed)
    if parsed:
        try:  # strict: feedparser's tuple may carry month 13 or minute 99, which timegm would roll over
            return datetime.strptime(parsed, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        except ValueError:
            return None
    return None


def _impossible_fields(raw: str) -> bool:
    """An ISO-shaped date with a field out of range (2025-13-45T99:99:99Z), which parsers roll over."""
    m = _ISO_SHAPED.search(raw)
    if not m:
        return False
    month, day, hour, minute, second = (int(x or 0) for x in m.groups())
    return not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 24 and minute <= 59 and second <= 60)


def _struct_text(value: time.struct_time) -> str:
    """Written out field by field: strftime raises on the month 13 a hostile feed may carry."""
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*value[:6])


def _json_safe(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and not isinstance(value, time.struct_time):
        return [_json_safe(v) for v in value]
    if isinstance(value, time.struct_time):
        return _struct_text(value)
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return _SURROGATES.sub("\ufffd", str(value))
