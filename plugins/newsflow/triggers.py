"""FeedChangeTrigger: an event trigger for an AssetWatcher that fires when a feed publishes new entries.

The triggerer imports it by classpath, so it lives in the installed package (the dags folder is not on
sys.path there). Each round it polls every enabled feed with a conditional GET and compares the entry
keys it finds with the ones it has already reported. Per feed it keeps, in the watched asset's state
store, under ``feed:<name>``::

    {"url": ..., "etag": ..., "last_modified": ..., "seen": [entry_key, ...]}   # newest first, bounded

so a 304, or a 200 that only repeats known entries, stays silent, also across triggerer restarts.
Fetching and parsing are imported lazily: DAG files import this module at parse time.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from airflow.triggers.base import BaseEventTrigger, TriggerEvent

from . import records
from .config import ConfigError, Feed, Settings, load_feeds
from .records import ParsedFeed

if TYPE_CHECKING:
    import httpx

CLASSPATH = "newsflow.triggers.FeedChangeTrigger"
STATE_PREFIX = "feed:"
MAX_SEEN = 500  # remembered entry keys per feed (~10 KB of state); a feed's current entries are always kept

# Outcomes of checking one feed in one round.
NEW = "new"  # entries never reported before: fires
UNCHANGED = "unchanged"  # 200, only known entries
NOT_MODIFIED = "not_modified"  # 304
FAILED = "failed"  # network error, HTTP error or not a feed: logged, retried next round


class MemoryStateStore:
    """The triggerer's asset state store interface (``aget``/``aset``), kept in this process.

    Used when the trigger runs outside the triggerer, which is what injects the persistent one.
    Values go through JSON, as they do on their way to the metadata database.
    """

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    async def aget(self, key: str, default: Any = None) -> Any:
        raw = self._values.get(key)
        return default if raw is None else json.loads(raw)

    async def aset(self, key: str, value: Any) -> None:
        if value is None:
            raise ValueError("Cannot set value as None")
        self._values[key] = json.dumps(value)


@dataclass
class FeedCheck:
    """What one round found for one feed; `state` is what to store for it (None: keep what is stored)."""

    feed: str
    outcome: str
    new_entries: int = 0
    error: str | None = None
    state: dict[str, Any] | None = None


class FeedChangeTrigger(BaseEventTrigger):
    """Polls the feeds listed in `feeds_file` every `poll_interval` seconds; one event per round with news.

    `connect_to` maps a host to "ip:port" to connect to instead (see Settings.connect_to); the URLs and
    Host headers stay as written. The event payload is ``{"feeds": {name: new entry count}, "new_entries": n}``.
    """

    def __init__(
        self,
        feeds_file: str,
        poll_interval: float = 300.0,
        connect_to: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        if poll_interval <= 0:
            raise ValueError(f"poll_interval must be positive, got {poll_interval!r}")
        self.feeds_file = str(feeds_file)
        self.poll_interval = float(poll_interval)
        self.connect_to = dict(connect_to or {})

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return CLASSPATH, {
            "feeds_file": self.feeds_file,
            "poll_interval": self.poll_interval,
            "connect_to": self.connect_to,
        }

    @property
    def state_store(self) -> Any:
        """The triggerer injects `asset_state_store`; anywhere else, an in-process one stands in."""
        if self.asset_state_store is None:
            self.asset_state_store = MemoryStateStore()
        return self.asset_state_store

    async def run(self) -> AsyncIterator[TriggerEvent]:
        while True:
            checks = await self.poll_once()
            changed = {c.feed: c.new_entries for c in checks if c.outcome == NEW}
            if changed:
                yield TriggerEvent({"feeds": changed, "new_entries": sum(changed.values())})
            # Stored only once the event is handed over: a crash in between fires again, never loses news.
            await self.remember(checks)
            await asyncio.sleep(self.poll_interval)

    async def poll_once(self) -> list[FeedCheck]:
        """Check every enabled feed once; nothing is stored yet (see `remember`)."""
        from .fetch import feed_hosts, make_client

        try:
            feeds = await asyncio.to_thread(load_feeds, self.feeds_file)
            settings = Settings.from_env()
        except ConfigError as exc:
            self.log.error("Feed change check skipped: %s", exc)
            return []
        if self.connect_to:
            settings = replace(settings, connect_to=tuple(self.connect_to.items()))
        per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )
        async with make_client(settings, feed_hosts(feeds)) as client:

            async def polite(feed: Feed) -> FeedCheck:
                async with per_host[urlsplit(feed.url).hostname or ""]:
                    return await self.check_feed(client, settings, feed)

            return list(await asyncio.gather(*(polite(f) for f in feeds if f.enabled)))

    async def check_feed(self, client: httpx.AsyncClient, settings: Settings, feed: Feed) -> FeedCheck:
        from .fetch import fetch_url
        from .parse import parse_feed

        state = await self.state_store.aget(STATE_PREFIX + feed.name) or {}
        # validators only hold for the URL they came from; the seen keys stay valid when a feed moves
        same_url = state.get("url") == feed.url
        result = await fetch_url(
            client,
            settings,
            feed.name,
            feed.url,
            etag=state.get("etag") if same_url else None,
            last_modified=state.get("last_modified") if same_url else None,
        )
        if result.outcome == records.FAILED:
            self.log.warning("Feed %s (%s): poll failed: %s", feed.name, feed.url, result.error)
            return FeedCheck(feed.name, FAILED, error=result.error)
        if result.outcome == records.NOT_MODIFIED:
            return FeedCheck(feed.name, NOT_MODIFIED)

        try:
            parsed = await asyncio.to_thread(parse_feed, result, feed)  # feedparser is CPU-bound: off the loop
        except Exception as exc:  # the process stage quarantines such a body; here it is one failed check
            parsed = ParsedFeed(feed=feed.name, entries=[], version=None, encoding=None, bozo=True,
                                bozo_reason=None, error=f"parse failed: {type(exc).__name__}: {exc}")
        if parsed.error:
            self.log.warning("Feed %s (%s): %s", feed.name, feed.url, parsed.error)
            return FeedCheck(feed.name, FAILED, error=parsed.error)

        keys = list(dict.fromkeys(entry.entry_key for entry in parsed.entries))
        seen = state.get("seen", [])
        known = set(seen)
        new = [key for key in keys if key not in known]
        remembered = list(dict.fromkeys([*keys, *seen]))[: max(MAX_SEEN, len(keys))]
        new_state = {
            "url": feed.url,
            "etag": result.etag,
            "last_modified": result.last_modified,
            "seen": remembered,
        }
        return FeedCheck(feed.name, NEW if new else UNCHANGED, len(new), state=new_state)

    async def remember(self, checks: list[FeedCheck]) -> None:
        for check in checks:
            if check.state is not None:
                await self.state_store.aset(STATE_PREFIX + check.feed, check.state)
