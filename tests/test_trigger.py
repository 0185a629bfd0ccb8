"""FeedChangeTrigger driven with asyncio against feeds served on loopback by the sample server."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from airflow.sdk.execution_time.context import AssetStateStoreAccessors
from airflow.triggers.base import BaseEventTrigger, TriggerEvent
from newsflow import triggers
from newsflow.sample_server import serve_directory
from newsflow.triggers import FAILED, NEW, NOT_MODIFIED, UNCHANGED, FeedChangeTrigger, MemoryStateStore

POLL = 0.05  # seconds between rounds


class AccessorStandIn:
    """Same async interface as the triggerer's AssetStateStoreAccessors (checked below); keeps JSON text."""

    def __init__(self) -> None:
        self.rows: dict[str, str] = {}
        self.writes = 0

    async def aget(self, key: str, default: Any = None) -> Any:
        return json.loads(self.rows[key]) if key in self.rows else default

    async def aset(self, key: str, value: Any) -> None:
        if value is None:
            raise ValueError("Cannot set value as None")
        self.rows[key] = json.dumps(value)
        self.writes += 1


def rss(title: str, items: list[tuple[str, str]], comment: str = "") -> str:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{text}</title><link>https://news.example/{guid}</link>"
        f"<description>{text} in detail.</description><pubDate>Mon, 15 Sep 2025 08:00:00 GMT</pubDate></item>"
        for guid, text in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{comment}<rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example/</link><description>{title}</description>{entries}</channel></rss>"
    )


MARKETS = [("m1", "Stocks rise 2%"), ("m2", "Bond yields fall"), ("m3", "Oil steady at $80")]
MACRO = [("c1", "CPI up 0.3% in August"), ("c2", "央行维持利率不变")]


def publish(path: Path, text: str) -> None:
    """Replace a served file at once: the server must never send a half-written feed."""
    staged = path.with_name(path.name + ".part")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "markets.xml").write_text(rss("Markets", MARKETS), encoding="utf-8")
    (root / "macro.xml").write_text(rss("Macro", MACRO), encoding="utf-8")
    (root / "page.html").write_text("<html><body><p>Not a feed.</p></body></html>", encoding="utf-8")
    with serve_directory(root) as base:
        yield root, base


def feeds_file(tmp_path: Path, feeds: dict[str, str]) -> str:
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump({"feeds": [{"name": n, "url": u} for n, u in feeds.items()]}), encoding="utf-8")
    return str(path)


def two_feeds(tmp_path: Path, base: str) -> str:
    return feeds_file(tmp_path, {"markets": f"{base}/markets.xml", "macro": f"{base}/macro.xml"})


async def requests_served(base: str) -> int:
    async with httpx.AsyncClient() as client:
        stats = (await client.get(f"{base}/_stats")).json()
    return sum(stats["requests"].values())


async def eventually(predicate: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


class Running:
    """Runs trigger.run() in a task, collecting its events, like the triggerer's `async for`."""

    def __init__(self, trigger: FeedChangeTrigger) -> None:
        self.trigger = trigger
        self.events: asyncio.Queue[TriggerEvent] = asyncio.Queue()

    async def __aenter__(self) -> Running:
        async def pump() -> None:
            async for event in self.trigger.run():
                await self.events.put(event)

        self.task = asyncio.create_task(pump())
        return self

    async def __aexit__(self, *exc) -> None:
        self.task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await self.task

    async def next_event(self, timeout: float = 10.0) -> dict:
        return (await asyncio.wait_for(self.events.get(), timeout)).payload

    async def quiet_for_rounds(self, base: str, rounds: int, feeds: int) -> None:
        """Let `rounds` more polls of all feeds reach the server, then check nothing fired."""
        target = await requests_served(base) + rounds * feeds

        async def polled() -> bool:
            return await requests_served(base) >= target

        await eventually(polled)
        assert self.task.done() is False
        assert self.events.empty(), f"unexpected event: {self.events.get_nowait().payload}"


def test_stand_in_mirrors_the_triggerer_state_store_interface():
    for name in ("aget", "aset"):
        real = inspect.signature(getattr(AssetStateStoreAccessors, name))
        assert list(inspect.signature(getattr(AccessorStandIn, name)).parameters) == list(real.parameters)
        assert list(inspect.signature(getattr(MemoryStateStore, name)).parameters) == list(real.parameters)
        assert inspect.iscoroutinefunction(getattr(AssetStateStoreAccessors, name))


def test_fires_on_news_stays_silent_when_unchanged_and_fires_again_on_a_new_entry(tmp_path, site):
    root, base = site
    trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)
    store = AccessorStandIn()
    trigger.asset_state_store = store  # as the triggerer injects it

    async def scenario() -> None:
        async with Running(trigger) as running:
            assert await running.next_event() == {"feeds": {"markets": 3, "macro": 2}, "new_entries": 5}
            await running.quiet_for_rounds(base, rounds=3, feeds=2)

            # the rounds that stayed silent were conditional requests answered 304
            checks = await trigger.poll_once()
            assert {c.feed: c.outcome for c in checks} == {"markets": NOT_MODIFIED, "macro": NOT_MODIFIED}

            publish(root / "markets.xml", rss("Markets", [("m4", "Gold hits record"), *MARKETS]))
            assert await running.next_event() == {"feeds": {"markets": 1}, "new_entries": 1}
            await running.quiet_for_rounds(base, rounds=3, feeds=2)

    asyncio.run(scenario())
    state = json.loads(store.rows["feed:markets"])
    assert state["url"] == f"{base}/markets.xml"
    assert state["etag"] and state["last_modified"]
    assert len(state["seen"]) == 4
    assert set(store.rows) == {"feed:markets", "feed:macro"}


def test_a_new_body_with_only_known_entries_stays_silent(tmp_path, site):
    root, base = site
    trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)

    async def scenario() -> None:
        first = {c.feed: c for c in await trigger.poll_once()}
        assert (first["markets"].outcome, first["markets"].new_entries) == (NEW, 3)
        await trigger.remember(list(first.values()))
        # same entries, different bytes: the server sends a new ETag and a 200
        publish(root / "markets.xml", rss("Markets", MARKETS, comment="<!-- rebuilt -->"))
        second = {c.feed: c for c in await trigger.poll_once()}
        assert second["markets"].outcome == UNCHANGED
        assert second["macro"].outcome == NOT_MODIFIED
        await trigger.remember(list(second.values()))
        # the new validators were stored, so the next round is a 304
        third = {c.feed: c.outcome for c in await trigger.poll_once()}
        assert third == {"markets": NOT_MODIFIED, "macro": NOT_MODIFIED}

    asyncio.run(scenario())


def test_an_edited_entry_counts_as_news(tmp_path, site):
    root, base = site
    trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)

    async def scenario() -> dict:
        await trigger.remember(await trigger.poll_once())
        publish(root / "macro.xml", rss("Macro", [("c1", "CPI up 0.4% in August (revised)"), MACRO[1]]))
        return {c.feed: (c.outcome, c.new_entries) for c in await trigger.poll_once()}

    assert asyncio.run(scenario()) == {"markets": (NOT_MODIFIED, 0), "macro": (NEW, 1)}


def test_failing_feeds_are_logged_and_do_not_stop_the_others(tmp_path, site, capsys):
    _, base = site
    path = feeds_file(
        tmp_path,
        {
            "broken": f"{base}/_status/500",
            "refused": f"http://127.0.0.1:{closed_port()}/feed.xml",
            "html": f"{base}/page.html",
            "markets": f"{base}/markets.xml",
        },
    )
    trigger = FeedChangeTrigger(path, poll_interval=POLL, max_interval=POLL)

    async def scenario() -> tuple[dict, dict]:
        async with Running(trigger) as running:
            payload = await running.next_event()
        checks = {c.feed: c for c in await trigger.poll_once()}
        return payload, checks

    payload, checks = asyncio.run(scenario())
    assert payload == {"feeds": {"markets": 3}, "new_entries": 3}
    assert checks["broken"].outcome == FAILED and checks["broken"].error == "HTTP 500"
    assert checks["refused"].outcome == FAILED and "refused" in checks["refused"].error
    assert checks["html"].outcome == FAILED and checks["html"].error.startswith("not a feed")
    assert checks["markets"].outcome == NOT_MODIFIED
    logged = capsys.readouterr().out  # Airflow routes logging through structlog to stdout
    assert "broken" in logged and "HTTP 500" in logged and "not a feed" in logged


def test_state_survives_a_restart_and_a_moved_feed_keeps_its_seen_entries(tmp_path, site):
    _, base = site
    store = AccessorStandIn()

    async def first_life() -> dict:
        trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)
        trigger.asset_state_store = store
        async with Running(trigger) as running:
            return await running.next_event()

    assert asyncio.run(first_life())["new_entries"] == 5

    async def second_life() -> dict:
        trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)
        trigger.asset_state_store = store
        async with Running(trigger) as running:
            await running.quiet_for_rounds(base, rounds=3, feeds=2)
        # served from another path: the old validators are not sent, the entries are still known
        moved = FeedChangeTrigger(
            feeds_file(tmp_path, {"markets": f"{base}/_redirect/1/markets.xml", "macro": f"{base}/macro.xml"}),
            poll_interval=POLL,
        )
        moved.asset_state_store = store
        return {c.feed: c.outcome for c in await moved.poll_once()}

    assert asyncio.run(second_life()) == {"markets": UNCHANGED, "macro": NOT_MODIFIED}


def test_seen_keys_are_bounded_but_keep_the_current_entries(tmp_path, site, monkeypatch):
    root, base = site
    monkeypatch.setattr(triggers, "MAX_SEEN", 4)
    path = feeds_file(tmp_path, {"markets": f"{base}/markets.xml"})
    trigger = FeedChangeTrigger(path, poll_interval=POLL, max_interval=POLL)
    store = AccessorStandIn()
    trigger.asset_state_store = store

    async def scenario() -> list[tuple[str, int]]:
        outcomes = []
        items = list(MARKETS)
        for n in range(4, 9):  # the feed keeps its 6 newest entries, more than MAX_SEEN
            items = [(f"m{n}", f"Headline {n}"), *items][:6]
            publish(root / "markets.xml", rss("Markets", items))
            checks = await trigger.poll_once()
            await trigger.remember(checks)
            outcomes.append((checks[0].outcome, checks[0].new_entries))
        publish(root / "markets.xml", rss("Markets", items, comment="<!-- same -->"))
        checks = await trigger.poll_once()
        outcomes.append((checks[0].outcome, checks[0].new_entries))
        return outcomes

    assert asyncio.run(scenario()) == [(NEW, 4), (NEW, 1), (NEW, 1), (NEW, 1), (NEW, 1), (UNCHANGED, 0)]
    assert len(json.loads(store.rows["feed:markets"])["seen"]) == 6


def test_outside_the_triggerer_an_in_process_store_stands_in(tmp_path, site):
    _, base = site
    trigger = FeedChangeTrigger(two_feeds(tmp_path, base), poll_interval=POLL, max_interval=POLL)
    assert trigger.asset_state_store is None

    async def scenario() -> list[str]:
        await trigger.remember(await trigger.poll_once())
        return [c.outcome for c in await trigger.poll_once()]

    assert asyncio.run(scenario()) == [NOT_MODIFIED, NOT_MODIFIED]
    assert isinstance(trigger.asset_state_store, MemoryStateStore)


def test_an_unreadable_feeds_file_is_logged_and_retried(tmp_path, site, capsys):
    _, base = site
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds: [{name: markets}]", encoding="utf-8")
    trigger = FeedChangeTrigger(str(path), poll_interval=POLL, max_interval=POLL)

    async def scenario() -> dict:
        async with Running(trigger) as running:
            logged = []

            async def reported() -> bool:
                logged.append(capsys.readouterr().out)
                return "feed #1 (markets): 'url' is required" in "".join(logged)

            await eventually(reported)
            feeds_file(tmp_path, {"markets": f"{base}/markets.xml"})  # fixed: picked up next round
            return await running.next_event()

    assert asyncio.run(scenario()) == {"feeds": {"markets": 3}, "new_entries": 3}


def test_serialize_round_trips_and_airflow_accepts_it_as_a_watcher():
    from airflow._shared.module_loading import import_string  # what the triggerer uses
    from airflow.sdk import Asset, AssetWatcher

    trigger = FeedChangeTrigger("/etc/newsflow/feeds.yaml", poll_interval=60, connect_to={"a.test": "127.0.0.1:81"})
    classpath, kwargs = trigger.serialize()
    assert classpath == "newsflow.triggers.FeedChangeTrigger"
    rebuilt = import_string(classpath)(**json.loads(json.dumps(kwargs)))
    assert rebuilt.serialize() == (classpath, kwargs)
    assert isinstance(rebuilt, BaseEventTrigger)
    assert BaseEventTrigger.hash(classpath, kwargs) == BaseEventTrigger.hash(*rebuilt.serialize())
    asset = Asset(name="feeds", watchers=[AssetWatcher(name="w", trigger=rebuilt)])
    assert asset.watchers[0].trigger is rebuilt

    with pytest.raises(ValueError, match="poll_interval"):
        FeedChangeTrigger("feeds.yaml", poll_interval=0)
