"""FeedChangeTrigger: an event trigger for an AssetWatcher that fires when a feed publishes new entries.

The triggerer imports it by classpath, so it lives in the installed package (the dags folder is not on
sys.path there). Each round it polls every enabled feed with a conditional GET and compares the entry
keys it finds with the ones it has already reported. Per feed it keeps, in the watched asset's state
store, under ``feed:<name>``::

    {"url": ..., "etag": ..., "last_modified": ..., "seen": [entry_key, ...]}   # newest first, bounded

so a 304, or a 200 that only repeats known entries, stays silent, also across triggerer restarts.

With WebSub on (NEWSFLOW_WEBSUB_CALLBACK, see newsflow.websub) it also notes the hub each fetched feed
announces, subscribes and renews leases, polls pushed feeds `poll_factor` times less often (a backstop),
and watches the push spool between and during rounds: a pushed body fires an event within about a
second, with the payload ``{"pushed": {name: bodies}, "bodies": n}``.

Each feed is polled at its own rhythm (newsflow.polling): the state also keeps its learned
``interval``, ``next_poll_at`` (epoch seconds), ``failures`` in a row and the ``reason``; a round (every
`poll_interval` seconds) polls only the feeds that are due. The schedule of every feed is written to
``$NEWSFLOW_HOME/poll_schedule.json`` after each round, for ``newsflow feeds``.
Fetching and parsing are imported lazily: DAG files import this module at parse time.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from airflow.triggers.base import BaseEventTrigger, TriggerEvent

from . import records
from .config import ConfigError, Feed, Settings, load_feeds
from .polling import SCHEDULE_FILE
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
FAILED = "failed"  # network error, HTTP error or not a feed: logged, retried with backoff
WAITING = "waiting"  # not due yet: not polled this round
SPOOL_CHECK_S = 0.25  # how often the push spool is looked at


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
    feed_url: str | None = None
    discovery: Any = None  # newsflow.websub.Discovery of a 200, when push is on

    def schedule(self, stored: dict[str, Any] | None = None) -> dict[str, Any]:
        """What `newsflow feeds` shows of this feed's polling."""
        state = self.state or stored or {}
        keys = ("interval", "interval_reason", "next_poll_at", "reason", "failures", "checked_at", "outcome")
        return {key: state.get(key) for key in keys}


class FeedChangeTrigger(BaseEventTrigger):
    """Polls the feeds listed in `feeds_file`, each when it is due (rounds every `poll_interval` seconds;
    each feed between `min_interval` and `max_interval`, see newsflow.polling); one event per round with news.

    `connect_to` maps a host to "ip:port" to connect to instead (see Settings.connect_to); the URLs and
    Host headers stay as written. The event payload is ``{"feeds": {name: new entry count}, "new_entries": n}``.
    """

    def __init__(
        self,
        feeds_file: str,
        poll_interval: float = 10.0,
        connect_to: dict[str, str] | None = None,
        min_interval: float | None = None,
        max_interval: float = 3600.0,
    ) -> None:
        super().__init__()
        for name, value in (("poll_interval", poll_interval), ("min_interval", min_interval),
                            ("max_interval", max_interval)):
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive, got {value!r}")
        self.feeds_file = str(feeds_file)
        self.poll_interval = float(poll_interval)  # how often a round looks for feeds that are due
        self.connect_to = dict(connect_to or {})
        self.min_interval = float(min_interval if min_interval is not None else poll_interval)
        self.max_interval = max(float(max_interval), self.min_interval)
        self.home: Path | None = None  # NEWSFLOW_HOME, where the schedule is written; known once a round ran
        self._pushed: set[str] = set()  # feeds with a live WebSub lease: polled as a backstop only
        self._discovered: dict[str, str] = {}  # feed -> the URL its hub was last looked for at
        self._announced: set[str] = set()  # spooled pushes already fired for

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return CLASSPATH, {
            "feeds_file": self.feeds_file,
            "poll_interval": self.poll_interval,
            "connect_to": self.connect_to,
            "min_interval": self.min_interval,
            "max_interval": self.max_interval,
        }

    @property
    def bounds(self):
        from .polling import Bounds

        return Bounds(self.min_interval, self.max_interval)

    @property
    def state_store(self) -> Any:
        """The triggerer injects `asset_state_store`; anywhere else, an in-process one stands in."""
        if self.asset_state_store is None:
            self.asset_state_store = MemoryStateStore()
        return self.asset_state_store

    async def run(self) -> AsyncIterator[TriggerEvent]:
        # Polling and the push spool run side by side, so a slow poll round never delays a pushed body.
        outbox: asyncio.Queue[tuple[TriggerEvent, asyncio.Future]] = asyncio.Queue()
        workers = [asyncio.create_task(self._poll_rounds(outbox)), asyncio.create_task(self._watch_spool(outbox))]
        try:
            while True:
                getting = asyncio.ensure_future(outbox.get())
                await asyncio.wait([getting, *workers], return_when=asyncio.FIRST_COMPLETED)
                if not getting.done():
                    getting.cancel()
                    for worker in workers:
                        if worker.done():
                            worker.result()  # a worker that ended can only have failed: raise its error
                event, handed = getting.result()
                yield event
                handed.set_result(None)
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    @staticmethod
    async def _hand_over(outbox: asyncio.Queue, event: TriggerEvent) -> None:
        """Queue `event` for `run` to yield; returns once it has been yielded."""
        handed = asyncio.get_running_loop().create_future()
        await outbox.put((event, handed))
        await handed

    async def _poll_rounds(self, outbox: asyncio.Queue) -> None:
        while True:
            checks = await self.poll_once(due_only=True)
            changed = {c.feed: c.new_entries for c in checks if c.outcome == NEW}
            if changed:
                await self._hand_over(outbox, TriggerEvent({"feeds": changed, "new_entries": sum(changed.values())}))
            # Stored only once the event is handed over: a crash in between fires again, never loses news.
            await self.remember(checks)
            await self.keep_push(checks)
            await asyncio.sleep(self.poll_interval)

    async def _watch_spool(self, outbox: asyncio.Queue) -> None:
        """Fire once for the pushed bodies that land in the spool (the WebSub callback writes them); the
        ingest run records and removes them. After a restart, those still there fire once more."""
        from .websub import pending_pushes

        while True:
            try:
                home = Settings.from_env().home
            except ConfigError as exc:
                self.log.error("Push spool not watched: %s", exc)
                await asyncio.sleep(self.poll_interval)
                continue
            pending = await asyncio.to_thread(pending_pushes, home)
            self._announced &= {p.name for p in pending}  # forget what ingest has taken
            new = [p for p in pending if p.name not in self._announced]
            if new:
                feeds = await asyncio.to_thread(_pushed_feeds, new)
                self.log.info("Pushed (WebSub): %s", ", ".join(f"{feed} {n} body(ies)" for feed, n in feeds.items()))
                await self._hand_over(outbox, TriggerEvent({"pushed": feeds, "bodies": len(new)}))
                self._announced.update(p.name for p in new)
            await asyncio.sleep(SPOOL_CHECK_S)

    async def keep_push(self, checks: list[FeedCheck]) -> None:
        """WebSub: note the hubs found this round, subscribe, renew leases (newsflow.websub). Never fails a round."""
        from .fetch import feed_hosts, make_client
        from .websub import PushSettings, SubscriptionStore, keep_subscriptions

        try:
            push = PushSettings.from_env()
            if not push.enabled or self.home is None:
                return
            settings = Settings.from_env()
            if self.connect_to:
                settings = replace(settings, connect_to=tuple(self.connect_to.items()))
            feeds = await asyncio.to_thread(load_feeds, self.feeds_file)
            discovered = {c.feed: (c.feed_url, c.discovery) for c in checks if c.discovery is not None}
            # hubs are trusted like links: public addresses, the feeds' own hosts and NEWSFLOW_ALLOW_HOSTS only
            async with make_client(settings, feed_hosts(feeds)) as client:
                await keep_subscriptions(client, SubscriptionStore(self.home), push, discovered, self.log)
        except Exception as exc:  # push is an accelerator: polling goes on whatever happens here
            self.log.error("WebSub subscriptions not kept this round: %s: %s", type(exc).__name__, exc)

    async def poll_once(self, due_only: bool = False) -> list[FeedCheck]:
        """Check every enabled feed once (with `due_only`, those whose next poll has come; the others
        come back WAITING); nothing is stored yet (see `remember`)."""
        from .fetch import feed_hosts, make_client

        try:
            feeds = await asyncio.to_thread(load_feeds, self.feeds_file)
            settings = Settings.from_env()
        except ConfigError as exc:
            self.log.error("Feed change check skipped: %s", exc)
            return []
        self.home = settings.home
        await self._load_push_state()
        if self.connect_to:
            settings = replace(settings, connect_to=tuple(self.connect_to.items()))
        per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )
        async with make_client(settings, feed_hosts(feeds)) as client:

            async def polite(feed: Feed) -> FeedCheck:
                state = await self.state_store.aget(STATE_PREFIX + feed.name) or {}
                moved = state.get("url") != feed.url  # a feed moved in feeds.yaml is polled at once
                if due_only and not moved and state.get("next_poll_at", 0) > time.time():
                    return FeedCheck(feed.name, WAITING, state=None, error=None, new_entries=0)
                async with per_host[urlsplit(feed.url).hostname or ""]:
                    return await self.check_feed(client, settings, feed)

            return list(await asyncio.gather(*(polite(f) for f in feeds if f.enabled)))

    async def _load_push_state(self) -> None:
        """Which feeds are pushed (polled as a backstop) and where hubs were looked for, when push is on."""
        from .websub import PushSettings, SubscriptionStore

        self._pushed, self._discovered = set(), {}
        try:
            if not PushSettings.from_env().enabled:
                return
            store = SubscriptionStore(self.home)
            self._pushed = await asyncio.to_thread(store.pushed_feeds)
            self._discovered = {s.feed: s.feed_url for s in await asyncio.to_thread(store.all)}
        except (ConfigError, OSError, sqlite3.Error) as exc:
            self.log.error("WebSub state unreadable, polling only this round: %s", exc)

    async def check_feed(self, client: httpx.AsyncClient, settings: Settings, feed: Feed) -> FeedCheck:
        from .fetch import fetch_url
        from .parse import parse_feed

        state = await self.state_store.aget(STATE_PREFIX + feed.name) or {}
        # validators only hold for the URL they came from; the seen keys stay valid when a feed moves
        same_url = state.get("url") == feed.url
        push_on = self._push_on()
        if push_on and self._discovered.get(feed.name) != feed.url:
            same_url = False  # a 304 tells nothing of hubs: look at the whole feed once
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
            kept = state if same_url else {"seen": state.get("seen", [])}  # validators hold for their URL only
            return FeedCheck(feed.name, FAILED, error=result.error,
                             state=self._scheduled({**kept, "url": feed.url}, feed, result, FAILED))
        if result.outcome == records.NOT_MODIFIED:
            return FeedCheck(feed.name, NOT_MODIFIED, state=self._scheduled(state, feed, result, NOT_MODIFIED))
        discovery = None
        if push_on:
            from .websub import discover

            discovery = discover(result.body, result.link, result.final_url or feed.url, result.content_type)

        try:
            parsed = await asyncio.to_thread(parse_feed, result, feed)  # feedparser is CPU-bound: off the loop
        except Exception as exc:  # the process stage quarantines such a body; here it is one failed check
            parsed = ParsedFeed(feed=feed.name, entries=[], version=None, encoding=None, bozo=True,
                                bozo_reason=None, error=f"parse failed: {type(exc).__name__}: {exc}")
        if parsed.error:
            self.log.warning("Feed %s (%s): %s", feed.name, feed.url, parsed.error)
            kept = state if same_url else {"seen": state.get("seen", [])}
            return FeedCheck(feed.name, FAILED, error=parsed.error,
                             state=self._scheduled({**kept, "url": feed.url}, feed, result, FAILED),
                             feed_url=feed.url, discovery=discovery)

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
        outcome = NEW if new else UNCHANGED
        published = [entry.published for entry in parsed.entries]
        return FeedCheck(feed.name, outcome, len(new), state=self._scheduled(new_state, feed, result, outcome, published),
                         feed_url=feed.url, discovery=discovery)

    def _push_on(self) -> bool:
        from .websub import PushSettings

        try:
            return PushSettings.from_env().enabled
        except ConfigError:
            return False

    def _scheduled(self, state: dict[str, Any], feed: Feed, result: records.FetchResult, outcome: str,
                   published: list | None = None) -> dict[str, Any]:
        """`state` with the feed's next poll (newsflow.polling): learned from `published` after a 200,
        kept after a 304 or a failure, backed off after failures, never sooner than the server asks."""
        from .polling import fixed_interval, learned_interval, schedule

        now = datetime.now(timezone.utc)
        failures = state.get("failures", 0) + 1 if outcome == FAILED else 0
        if feed.poll_every:
            interval, reason = fixed_interval(feed.poll_every, self.bounds)
        elif published is not None:
            interval, reason = learned_interval(published, now, self.bounds)
        else:
            # nothing learned yet (the first poll failed): start from the fastest, then back off
            interval = state.get("learned_interval") or state.get("interval") or self.min_interval
            reason = state.get("interval_reason", "not learned yet")
        learned, learned_reason = interval, reason  # kept for the next 304, before any backstop slows it
        backstop = feed.name in self._pushed and not feed.poll_every
        if backstop:
            interval, reason = self._backstop(interval, reason)
        planned = schedule(interval=interval, reason=reason, failures=failures, retry_after=result.retry_after,
                           max_age=result.max_age, bounds=self.bounds)
        new_state = {**state, **planned.as_state(now.timestamp()), "interval_reason": learned_reason,
                     "failures": failures, "outcome": outcome, "checked_at": round(now.timestamp(), 3)}
        new_state.pop("learned_interval", None)
        if backstop:
            new_state["learned_interval"] = learned
        return new_state

    def _backstop(self, interval: float, reason: str) -> tuple[float, str]:
        """A pushed feed is polled `poll_factor` times less often, never slower than the slowest interval."""
        from .websub import PushSettings

        factor = PushSettings.from_env().poll_factor
        slower = min(interval * factor, max(self.max_interval, interval))
        return slower, f"{reason}; pushed by WebSub, polled {slower / interval:g}x less as a backstop"

    async def remember(self, checks: list[FeedCheck]) -> None:
        for check in checks:
            if check.state is not None:
                await self.state_store.aset(STATE_PREFIX + check.feed, check.state)
        if checks and self.home is not None:
            stored = {c.feed: await self.state_store.aget(STATE_PREFIX + c.feed) for c in checks if c.state is None}
            schedules = {c.feed: c.schedule(stored.get(c.feed)) for c in checks}
            await asyncio.to_thread(write_schedule, self.home, schedules)


def write_schedule(home: Path, schedules: dict[str, dict[str, Any]]) -> None:
    """The feeds' polling schedule as `newsflow feeds` reads it, replaced in one rename."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / SCHEDULE_FILE
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(schedules, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def _pushed_feeds(records: list[Path]) -> dict[str, int]:
    """Feed name -> spooled bodies, from the spool records."""
    feeds: dict[str, int] = defaultdict(int)
    for path in records:
        try:
            feeds[json.loads(path.read_text(encoding="utf-8"))["feed"]] += 1
        except (OSError, ValueError, KeyError, TypeError):
            feeds["?"] += 1  # taken meanwhile, or unreadable: ingest sets it aside with the reason
    return dict(feeds)
