"""The records that flow from one stage to the next (fetch → parse → clean → store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Outcomes of one HTTP fetch of a feed or page.
OK = "ok"
NOT_MODIFIED = "not_modified"
FAILED = "failed"


@dataclass
class FetchResult:
    """One HTTP exchange. `body` is None unless outcome is OK; `error` says why it FAILED."""

    feed: str
    url: str
    outcome: str
    fetched_at: datetime  # UTC, tz-aware
    final_url: str | None = None  # after redirects
    status: int | None = None  # HTTP status, None when no response (timeout, refused)
    error: str | None = None  # short reason, e.g. "timeout: read after 15s", "HTTP 500", "too large: > 5242880 bytes"
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int | None = None
    body_sha256: str | None = None  # set once the body is archived
    retry_after: float | None = None  # seconds the server asked to wait (Retry-After)
    max_age: float | None = None  # seconds the answer stays fresh (Cache-Control: max-age)
    link: str | None = None  # the Link header(s), joined: where a feed announces its WebSub hub

    @property
    def bytes(self) -> int:
        return len(self.body) if self.body is not None else 0


@dataclass
class RawEntry:
    """One feed entry as feedparser gave it, before any cleaning."""

    feed: str
    guid: str | None
    link: str | None
    title: str | None  # may contain markup/entities
    summary_html: str | None
    content_html: str | None  # the longest content:encoded / atom content
    author: str | None
    published_raw: str | None  # the date string as written
    published: datetime | None  # UTC when the feed gave a zone; naive when it did not
    updated: datetime | None
    raw: dict = field(default_factory=dict)  # the whole feedparser entry, JSON-safe

    @property
    def entry_key(self) -> str:
        """Stable identity of this version of the entry within its feed."""
        from .ids import stable_hash

        return stable_hash(
            "entry", self.feed, self.guid or self.link or self.title or "",
            self.title or "", self.summary_html or "", self.content_html or "",
        )


@dataclass
class ParsedFeed:
    feed: str
    entries: list[RawEntry]
    version: str | None  # feedparser's "rss20", "atom10", ...; None/"" when not a feed
    encoding: str | None
    bozo: bool  # malformed but possibly still useful
    bozo_reason: str | None
    title: str | None = None
    language: str | None = None
    error: str | None = None  # set when nothing usable came out ("not a feed: text/html page")
    rejected: list[str] = field(default_factory=list)  # entries that could not be read, with the reason
    entries_dropped: int = 0  # older entries beyond the per-fetch limit


@dataclass
class PageText:
    """Main text of an article page (full_text feeds)."""

    url: str
    text: str | None
    title: str | None
    canonical_url: str | None  # from <link rel=canonical> / og:url, already canonicalised
    published: datetime | None
    error: str | None = None


@dataclass
class Article:
    """A cleaned article, ready to store."""

    article_id: str
    feed: str
    url: str  # canonical
    title: str
    body_text: str
    language: str
    published_at: datetime  # UTC, tz-aware
    published_at_estimated: bool  # True when the feed gave no usable date (first-seen time used)
    first_seen_at: datetime
    content_hash: str
    source_url: str | None  # the link as the feed gave it
    guid: str | None
    author: str | None
    full_text: bool  # body comes from the article page
    entry_key: str
    truncated_chars: int | None = None  # characters cut off a body longer than the limit
