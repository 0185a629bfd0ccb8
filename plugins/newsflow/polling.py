"""When to poll a feed next: its own rhythm, learned from its entries, within bounds.

- **Rate**: the interval is 7 days divided by the entries the feed dated in the last 7 days (Miniflux's
  rule), between the trigger's fastest and slowest interval; a feed with none there waits the slowest.
  A 304 keeps the interval learned before. `poll_every` in feeds.yaml fixes a feed's interval instead.
- **Errors** back off: the interval doubles with each failure in a row (up to 6 doublings), within the
  slowest interval times 8.
- **The server's word**: `Retry-After` (with a 429 or 503, or any answer) and `Cache-Control: max-age`
  are waits at least that long (max-age up to the slowest interval, Retry-After up to a day).
- **Jitter**: up to 10% earlier, so feeds learned at the same interval spread out and a poll never
  comes later than asked.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

SCHEDULE_FILE = "poll_schedule.json"  # in NEWSFLOW_HOME: written by the trigger, read by `newsflow feeds`
WINDOW = timedelta(days=7)
MAX_DOUBLINGS = 6
ERROR_CEILING = 8  # × the slowest interval: the longest a failing feed waits
RETRY_AFTER_CEILING = 86_400.0


@dataclass(frozen=True)
class Bounds:
    fastest: float  # seconds
    slowest: float


@dataclass(frozen=True)
class Schedule:
    interval: float  # the learned interval, before backoff, the server's word and jitter
    wait: float  # seconds until the next poll
    reason: str  # why, in words

    def as_state(self, now: float) -> dict:
        return {"interval": round(self.interval, 3), "next_poll_at": round(now + self.wait, 3), "reason": self.reason}


def learned_interval(published: Iterable[datetime | None], now: datetime, bounds: Bounds) -> tuple[float, str]:
    """7 days / entries dated in the last 7 days, within bounds."""
    recent = sum(1 for p in published if p is not None and now - WINDOW <= _utc(p) <= now + timedelta(hours=1))
    if not recent:
        return bounds.slowest, "no entry dated in the last 7 days"
    interval = min(max(WINDOW.total_seconds() / recent, bounds.fastest), bounds.slowest)
    return interval, f"{recent} entries in the last 7 days"


def schedule(*, interval: float, reason: str, failures: int = 0, retry_after: float | None = None,
             max_age: float | None = None, bounds: Bounds, rng: random.Random | None = None) -> Schedule:
    """The wait before the next poll of a feed whose interval is `interval`."""
    wait = interval
    if failures:
        wait = min(interval * 2 ** min(failures, MAX_DOUBLINGS), max(interval, bounds.slowest * ERROR_CEILING))
        reason = f"{failures} failure(s) in a row: backing off"
    wait *= 1 - (rng or random).uniform(0, 0.1)
    if max_age and max_age > wait:
        wait, reason = min(max_age, max(bounds.slowest, wait)), f"Cache-Control max-age {max_age:g} s"
    if retry_after and retry_after > wait:
        wait, reason = min(retry_after, RETRY_AFTER_CEILING), f"Retry-After {retry_after:g} s"
    return Schedule(interval, max(wait, bounds.fastest * 0.9), reason)


def fixed_interval(every: float, bounds: Bounds) -> tuple[float, str]:
    return max(every, bounds.fastest), f"poll_every {every:g} s in feeds.yaml"


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
