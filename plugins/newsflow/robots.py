"""Politeness for full-text page fetches: each site's robots.txt (RFC 9309, read by protego), fetched once
per site and kept for a day, decides which pages may be fetched; its Crawl-delay (or Request-rate) spaces
the requests to that site.

What a robots.txt answer means (RFC 9309 §2.3.1): 2xx, its rules; 4xx (none published), every page
allowed; 5xx or no answer, no page of that site this run (the answer is not kept: the next run asks
again). A page refused is recorded like a failed page fetch, with the reason, and its article keeps the
feed's own text, as after any failed page fetch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from protego import Protego

from .records import FAILED, FetchResult

AGENT = "newsflow"  # the product token robots.txt groups are matched against
KEPT_FOR = timedelta(hours=24)  # how long an answer is used before asking again (RFC 9309 §2.4)
ACCEPT = "text/plain,*/*;q=0.5"


def robots_url(page_url: str) -> str:
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


@dataclass(frozen=True)
class SiteRules:
    """One site's answer: its parsed rules, or everything allowed (no robots.txt), or nothing (unreachable)."""

    url: str  # of the robots.txt
    rules: Protego | None = None
    unreachable: str | None = None  # why no page may be fetched now

    def refusal(self, page_url: str) -> str | None:
        """Why `page_url` may not be fetched, or None."""
        if self.unreachable:
            return f"not fetched: {self.url} {self.unreachable}, so no page of the site is fetched this run"
        if self.rules is not None and not self.rules.can_fetch(page_url, AGENT):
            return f"not fetched: {self.url} disallows it for {AGENT}"
        return None

    @property
    def delay(self) -> float:
        """Seconds between two requests to the site: Crawl-delay, or what Request-rate allows."""
        if self.rules is None:
            return 0.0
        rate = self.rules.request_rate(AGENT)
        return max(self.rules.crawl_delay(AGENT) or 0.0, rate.seconds / rate.requests if rate else 0.0)


def site_rules(url: str, status: int | None, body: bytes | None, error: str | None = None) -> SiteRules:
    """The rules an answer to GET robots.txt gives (a 304 passes the body kept from before)."""
    if status is not None and (200 <= status < 300 or status == 304) and body is not None:
        return SiteRules(url, Protego.parse(body.decode("utf-8", errors="replace")))
    if status is not None and 400 <= status < 500:
        return SiteRules(url)
    return SiteRules(url, unreachable=f"unreachable ({error or f'HTTP {status}'})")


def fresh(fetched_at: datetime, status: int | None, now: datetime) -> bool:
    """Whether a stored answer still stands: kept for a day, unless the site could not answer."""
    return status is not None and status < 500 and now - fetched_at < KEPT_FOR


def refused_result(feed: str, page_url: str, reason: str, at: datetime) -> FetchResult:
    """A page not requested, recorded like a failed fetch with the reason."""
    return FetchResult(feed=feed, url=page_url, outcome=FAILED, fetched_at=at, error=reason)
