"""WebSub push, over real HTTP on loopback: a hub (newsflow.websub_hub), the callback app as Airflow's
api-server mounts it (loaded from the plugins folder, served by uvicorn), feeds served by the sample
server, FeedChangeTrigger driven with asyncio, and the real ingest and process stages on DuckDB.

The DAG-level test runs news_ingest and news_process with dag.test() in a fresh process (this file as a
script), over a body pushed through the callback.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest
import yaml
from airflow_fixtures import DAGS, REPO, airflow_env
from newsflow import websub
from newsflow.config import Settings, load_feeds
from newsflow.triggers import NEW, FeedChangeTrigger
from newsflow.websub import (ACTIVE, DENIED, FAILED, NO_HUB, REJECTED, SPOOLED, Discovery, PushSettings,
                             SubscriptionStore, discover, only_pushes, pending_pushes)
from newsflow.websub_hub import serve_hub

POLL = 0.05


def rss(items: list[tuple[str, str]], hub: str | None = None, topic: str | None = None) -> str:
    links = (f'<atom:link rel="hub" href="{hub}"/>' if hub else "") + \
            (f'<atom:link rel="self" href="{topic}" type="application/rss+xml"/>' if topic else "")
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<description>{title}. The company said revenue rose 12% to $3.4 billion.</description>"
        f"<pubDate>Mon, 15 Sep 2025 08:00:00 GMT</pubDate></item>" for guid, title in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>Markets</title><link>https://news.example/</link><description>Markets</description>"
            f"{links}{entries}</channel></rss>")


ITEMS = [("m1", "Harbor Foods raises outlook"), ("m2", "Dunmore Shipping wins contract")]
PUSHED = ("m3", "Kestrel Airlines beats estimates")


# ------------------------------------------------------------------------------------------------ servers

@pytest.fixture
def callback(monkeypatch) -> Iterator[str]:
    """The plugin's FastAPI app, loaded from the plugins folder by Airflow's own loader and mounted at its
    url_prefix as the api-server mounts it, served by uvicorn on loopback; yields the callback base URL
    (NEWSFLOW_WEBSUB_CALLBACK, set for the test)."""
    import uvicorn
    from airflow._shared.plugins_manager.plugins_manager import _load_plugins_from_plugin_directory
    from fastapi import FastAPI

    plugins, errors = _load_plugins_from_plugin_directory(str(REPO / "plugins"))
    assert errors == {} and [p.name for p in plugins] == ["newsflow_websub"]
    [spec] = plugins[0].fastapi_apps
    root = FastAPI()
    root.mount(spec["url_prefix"], spec["app"])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(root, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    base = f"http://127.0.0.1:{sock.getsockname()[1]}{spec['url_prefix']}/websub"
    monkeypatch.setenv("NEWSFLOW_WEBSUB_CALLBACK", base)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def hub() -> Iterator:
    with serve_hub() as running:
        yield running


@pytest.fixture
def feed(tmp_path, sample_root, sample_server, hub, monkeypatch) -> dict:
    """One feed announcing the loopback hub; returns its paths and URLs."""
    topic = f"{sample_server}/markets.xml"
    (sample_root / "markets.xml").write_text(rss(ITEMS, hub.url, topic), encoding="utf-8")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(yaml.safe_dump({"feeds": [{"name": "markets", "url": topic, "language": "en"}]}),
                     encoding="utf-8")
    monkeypatch.setenv("NEWSFLOW_WORKERS", "1")
    return {"root": sample_root, "topic": topic, "feeds": str(feeds), "base": sample_server}


def settings() -> Settings:
    return Settings.from_env()


def store() -> SubscriptionStore:
    return SubscriptionStore(settings().home)


async def subscribed(trigger: FeedChangeTrigger, hub, topic: str) -> websub.Subscription:
    """One poll round (which finds the hub and subscribes), then the hub's verification."""
    checks = await trigger.poll_once()
    await trigger.remember(checks)
    await trigger.keep_push(checks)
    await asyncio.to_thread(hub.wait_for, lambda h: h.active(topic))
    sub = store().get("markets")
    assert sub.state == ACTIVE
    return sub


def subscribe_now(feed: dict, hub) -> websub.Subscription:
    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL)
    return asyncio.run(subscribed(trigger, hub, feed["topic"]))


# ---------------------------------------------------------------------------------------------- discovery

def test_hubs_are_found_in_link_headers_atom_rss_and_json_feed():
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
            b'<link rel="self" href="/atom.xml"/><link href="https://hub.example/" rel="hub"/>'
            b'<entry><link rel="hub" href="https://entry-level.example/"/></entry></feed>')
    assert discover(atom, None, "https://news.example/feeds/a") == Discovery(
        hubs=("https://hub.example/",), topic="https://news.example/atom.xml")

    rss_doc = rss(ITEMS, "https://hub.example/?a=1&amp;b=2", "https://news.example/rss").encode()
    assert discover(rss_doc, None, "https://news.example/x") == Discovery(
        hubs=("https://hub.example/?a=1&b=2",), topic="https://news.example/rss")

    # the HTTP Link header wins over the document (WebSub §4), several links in one or more headers
    header = '<https://push.example/hub>; rel="hub", <https://news.example/topic>; rel="self"'
    assert discover(rss_doc, header, "https://news.example/x") == Discovery(
        hubs=("https://push.example/hub",), topic="https://news.example/topic")

    jsonfeed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J",
                           "feed_url": "https://news.example/feed.json",
                           "hubs": [{"type": "rssCloud", "url": "https://cloud.example/"},
                                    {"type": "WebSub", "url": "https://hub.example/j"}], "items": []}).encode()
    assert discover(jsonfeed, None, "https://news.example/f", "application/feed+json") == Discovery(
        hubs=("https://hub.example/j",), topic="https://news.example/feed.json")

    # no hub: the topic defaults to where the feed was fetched from
    assert discover(rss(ITEMS).encode(), None, "https://news.example/plain") == Discovery(
        hubs=(), topic="https://news.example/plain")


def test_only_runs_triggered_by_pushes_alone_skip_polling():
    push = {"from_trigger": True, "payload": {"pushed": {"markets": 1}, "bodies": 1}}
    poll = {"from_trigger": True, "payload": {"feeds": {"markets": 2}, "new_entries": 2}}
    assert only_pushes([push, push])
    assert not only_pushes([push, poll])
    assert not only_pushes([])  # the hourly run: no event, polls every feed
    assert not only_pushes([None])


# ------------------------------------------------------------------------------- subscribe, push, ingest

def test_subscribe_verify_push_fires_the_trigger_and_ingest_records_it_once(feed, hub, callback):
    from newsflow.pipeline import ingest, process

    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL, max_interval=3600)
    pushed_body = rss([PUSHED, *ITEMS], hub.url, feed["topic"]).encode()

    async def scenario() -> tuple[dict, dict, float]:
        events: asyncio.Queue = asyncio.Queue()

        async def pump() -> None:
            async for event in trigger.run():
                await events.put(event.payload)

        running = asyncio.create_task(pump())
        try:
            first = await asyncio.wait_for(events.get(), 10)
            await asyncio.to_thread(hub.wait_for, lambda h: h.active(feed["topic"]))
            started = time.monotonic()
            delivered = await asyncio.to_thread(hub.publish, feed["topic"], pushed_body)
            assert [status for _, status in delivered] == [202]
            pushed = await asyncio.wait_for(events.get(), 5)
            latency = time.monotonic() - started
            await asyncio.sleep(0.6)  # the spool is looked at again: the same push fires no second event
            assert events.empty()
            return first, pushed, latency
        finally:
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)

    first, pushed, latency = asyncio.run(scenario())
    assert first == {"feeds": {"markets": 2}, "new_entries": 2}
    assert pushed == {"pushed": {"markets": 1}, "bodies": 1}
    assert latency < 1.5

    # what the hub was asked, and what it verified
    [request] = [r for r in hub.requests if r["hub.topic"] == feed["topic"]]
    sub = store().get("markets")
    assert request["hub.mode"] == "subscribe"
    assert request["hub.callback"] == f"{callback}/{sub.token}"
    assert request["hub.secret"] == sub.secret and len(sub.secret.encode()) < 200
    assert int(request["hub.lease_seconds"]) == PushSettings().lease_seconds
    assert (sub.state, sub.hub, sub.topic, sub.pushes) == (ACTIVE, hub.url, feed["topic"], 1)
    assert sub.expires_at == pytest.approx(sub.verified_at + sub.lease_seconds)
    assert "secret" not in sub.public()

    # the pushed body was archived by the callback and waits in the spool; ingest records it
    [spooled] = pending_pushes(settings().home)
    sha = hashlib.sha256(pushed_body).hexdigest()
    assert json.loads(spooled.read_text())["body_sha256"] == sha
    feeds = load_feeds(feed["feeds"])
    report = ingest(settings(), feeds, poll=False).as_dict()
    assert (report["ok"], report["not_modified"], report["failed"]) == (1, 0, 0)
    assert report["fetches"][0]["via"] == "push"
    assert pending_pushes(settings().home) == []
    assert process(settings(), feeds).new_articles == 3  # the two polled ones never went through ingest

    again = ingest(settings(), feeds, poll=False).as_dict()  # a re-run: nothing left, nothing twice
    assert again["fetches"] == []
    with duckdb.connect(str(settings().db_path), read_only=True) as con:
        rows = con.execute("SELECT feed, url, outcome, status, body_sha256 FROM raw.fetches").fetchall()
        titles = {r[0] for r in con.execute("SELECT title FROM core.articles").fetchall()}
    assert rows == [("markets", feed["topic"], "ok", None, sha)]
    assert PUSHED[1] in titles

    # the pushed feed is now polled as a backstop: 12x less often, within the slowest interval
    checks = asyncio.run(trigger.poll_once())
    state = checks[0].state
    assert "pushed by WebSub" in state["reason"] and state["interval"] == min(state["learned_interval"] * 12, 3600)


def test_a_crash_between_commit_and_spool_cleanup_records_nothing_twice(feed, hub, callback):
    from newsflow.pipeline import ingest

    subscribe_now(feed, hub)
    hub.publish(feed["topic"], rss([PUSHED, *ITEMS], hub.url, feed["topic"]).encode())
    [record] = pending_pushes(settings().home)
    kept = record.read_bytes()
    ingest(settings(), load_feeds(feed["feeds"]), poll=False)
    record.write_bytes(kept)  # as if the run died after its commit, before removing the record
    report = ingest(settings(), load_feeds(feed["feeds"]), poll=False).as_dict()
    assert report["ok"] == 1 and pending_pushes(settings().home) == []
    with duckdb.connect(str(settings().db_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw.fetches").fetchone()[0] == 1


@pytest.mark.parametrize("method", ["sha1", "sha256", "sha384", "sha512"])
def test_every_signature_method_of_the_spec_is_accepted(feed, hub, callback, method):
    subscribe_now(feed, hub)
    assert [s for _, s in hub.publish(feed["topic"], b"<rss/>", method=method)] == [202]
    assert len(pending_pushes(settings().home)) == 1
    assert store().deliveries(1)[0]["outcome"] == SPOOLED


def test_bad_signatures_are_acknowledged_ignored_and_recorded(feed, hub, callback):
    sub = subscribe_now(feed, hub)
    url = f"{callback}/{sub.token}"
    body = rss([PUSHED], hub.url, feed["topic"]).encode()
    md5 = "md5=" + hmac.new(sub.secret.encode(), body, hashlib.md5).hexdigest()
    # WebSub §8: ignored locally, acknowledged with a 2xx all the same
    assert [s for _, s in hub.publish(feed["topic"], body, secret="not-the-secret")] == [202]
    assert httpx.post(url, content=body).status_code == 202  # unsigned
    assert httpx.post(url, content=body, headers={"X-Hub-Signature": md5}).status_code == 202
    assert pending_pushes(settings().home) == []
    details = [(d["kind"], d["outcome"], d["detail"]) for d in reversed(store().deliveries(3))]
    assert details == [("push", REJECTED, "signature does not match (sha256): body ignored"),
                       ("push", REJECTED, "no X-Hub-Signature header: body ignored"),
                       ("push", REJECTED, "unsupported signature method 'md5': body ignored")]
    assert store().get("markets").pushes == 0


def test_verification_is_answered_only_for_the_topics_asked_for(feed, hub, callback):
    sub = subscribe_now(feed, hub)
    url = f"{callback}/{sub.token}"
    asked = {"hub.mode": "subscribe", "hub.topic": feed["topic"], "hub.challenge": "c-123", "hub.lease_seconds": "60"}
    answer = httpx.get(url, params=asked)
    assert (answer.status_code, answer.text) == (200, "c-123")
    other = httpx.get(url, params={**asked, "hub.topic": "https://elsewhere.example/feed"})
    assert other.status_code == 404 and "c-123" not in other.text
    unsubscribe = httpx.get(url, params={**asked, "hub.mode": "unsubscribe"})
    assert unsubscribe.status_code == 404 and "c-123" not in unsubscribe.text
    unknown = httpx.get(f"{callback}/not-a-token", params=asked)
    assert unknown.status_code == 404
    assert httpx.post(f"{callback}/not-a-token", content=b"x").status_code == 404
    details = [d["detail"] for d in store().deliveries(4)]
    assert details[::-1] == [f"topic 'https://elsewhere.example/feed' is not the one asked for",
                             "hub.mode='unsubscribe' not asked for",
                             "unknown subscription (hub.mode=subscribe)", "unknown subscription"]
    assert store().get("markets").state == ACTIVE


def test_an_oversized_push_is_refused_with_413_and_recorded(feed, hub, callback, monkeypatch):
    sub = subscribe_now(feed, hub)
    url = f"{callback}/{sub.token}"
    limit = Settings.from_env().max_bytes
    big = b"x" * (limit + 1)
    signature = "sha256=" + hmac.new(sub.secret.encode(), big, hashlib.sha256).hexdigest()
    assert httpx.post(url, content=big, headers={"X-Hub-Signature": signature}).status_code == 413

    def chunks():  # no Content-Length: the limit holds while reading
        for start in range(0, len(big), 1 << 20):
            yield big[start:start + (1 << 20)]

    assert httpx.post(url, content=chunks(), headers={"X-Hub-Signature": signature}).status_code == 413
    assert pending_pushes(settings().home) == []
    assert [d["detail"] for d in store().deliveries(2)] == [f"body larger than {limit} bytes"] * 2


def test_leases_are_renewed_before_they_end(feed, hub, callback):
    hub.grant_lease = 2  # seconds: renewed in its last fifth
    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL)

    async def scenario() -> list[float]:
        first = await subscribed(trigger, hub, feed["topic"])
        expiries = [first.expires_at]
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            checks = await trigger.poll_once(due_only=True)
            await trigger.remember(checks)
            await trigger.keep_push(checks)
            expiries.append(store().get("markets").expires_at)
            assert hub.active(feed["topic"]), "the lease ran out before it was renewed"
            await asyncio.sleep(0.1)
        return expiries

    expiries = asyncio.run(scenario())
    assert len(set(expiries)) >= 3  # renewed at least twice in 5 s of 2 s leases
    requests = [r for r in hub.requests if r["hub.topic"] == feed["topic"]]
    assert len(set(expiries)) <= len(requests) <= len(set(expiries)) + 1  # the last may await its verification
    assert len({r["hub.callback"] for r in requests}) == 1 and len({r["hub.secret"] for r in requests}) == 1


def test_a_denied_or_failing_subscription_is_recorded_and_retried_later(feed, hub, callback, sample_server):
    hub.deny[feed["topic"]] = "topic not allowed here"
    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL)

    async def round_() -> None:
        checks = await trigger.poll_once()
        await trigger.remember(checks)
        await trigger.keep_push(checks)

    asyncio.run(round_())
    hub.wait_for(lambda h: any(v["mode"] == "denied" for v in h.verifications))
    sub = store().get("markets")
    assert (sub.state, sub.reason) == (DENIED, "hub denied: topic not allowed here")
    assert not websub.due(sub, time.time())  # not asked again at once

    # a hub that refuses (the sample server takes no POST): failed with the reason, backed off
    (feed["root"] / "markets.xml").write_text(rss(ITEMS, f"{sample_server}/hub", feed["topic"]))
    asyncio.run(round_())
    sub = store().get("markets")
    assert (sub.state, sub.attempts) == (FAILED, 1)
    assert sub.reason.startswith("hub answered HTTP 501: ") and "Unsupported method ('POST')" in sub.reason
    assert sub.next_attempt_at > time.time() + 50

    # the hub removed from the feed: polled only
    (feed["root"] / "markets.xml").write_text(rss(ITEMS))
    asyncio.run(round_())
    assert store().get("markets").state == NO_HUB


def test_the_feeds_command_shows_the_push_state_without_the_secret(feed, hub, callback, capsys, monkeypatch):
    import argparse

    from newsflow.feeds_cli import feeds_main

    sub = subscribe_now(feed, hub)
    hub.publish(feed["topic"], b"<rss/>")
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "250")
    assert feeds_main(argparse.Namespace(feeds=Path(feed["feeds"]), format="json")) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["push"]["state"] == ACTIVE and row["push"]["pushes"] == 1 and row["push"]["hub"] == hub.url
    assert feeds_main(argparse.Namespace(feeds=Path(feed["feeds"]), format="table")) == 0
    table = capsys.readouterr().out
    assert f"active at {hub.url}, lease ends in 240.0h, 1 push(es)" in table
    assert sub.secret not in table and "secret" not in row["push"]


def test_push_off_when_no_callback_is_set(feed, hub, monkeypatch):
    monkeypatch.delenv("NEWSFLOW_WEBSUB_CALLBACK", raising=False)
    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL)

    async def round_() -> list:
        checks = await trigger.poll_once()
        await trigger.keep_push(checks)
        return checks

    checks = asyncio.run(round_())
    assert checks[0].outcome == NEW and checks[0].discovery is None
    assert hub.requests == [] and not (settings().home / websub.STATE_DIR).exists()


def test_a_hub_at_a_private_address_no_feed_lives_at_is_refused(feed, hub, callback, monkeypatch):
    """A feed may name any hub; the subscribe request goes only where links may go (docs/reliability.md)."""
    (feed["root"] / "markets.xml").write_text(rss(ITEMS, "http://10.255.255.1:9/hub", feed["topic"]))
    trigger = FeedChangeTrigger(feed["feeds"], poll_interval=POLL)

    async def round_() -> None:
        checks = await trigger.poll_once()
        await trigger.keep_push(checks)

    asyncio.run(round_())
    sub = store().get("markets")
    assert sub.state == FAILED and "blocked" in sub.reason


# -------------------------------------------------------------------------------------------- dag.test()

def test_a_pushed_body_goes_through_news_ingest_and_news_process_with_dag_test(tmp_path, feed, hub, callback):
    sub = subscribe_now(feed, hub)
    assert [s for _, s in hub.publish(feed["topic"], rss([PUSHED, *ITEMS], hub.url, feed["topic"]).encode())] \
        == [202]
    assert len(pending_pushes(settings().home)) == 1
    home = settings().home
    env = airflow_env(tmp_path, NEWSFLOW_HOME=str(home), NEWSFLOW_FEEDS=feed["feeds"], NEWSFLOW_WORKERS="1")
    done = subprocess.run([sys.executable, __file__, "run-dags"], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-5000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["news_ingest"] == {"fetch_and_archive": "success"}
    assert out["news_process"] == {"process_articles": "success"}
    assert "1 pushed bodies recorded (WebSub): markets 1;" in done.stdout
    assert pending_pushes(home) == []
    with duckdb.connect(str(home / "newsflow.duckdb"), read_only=True) as con:
        fetches = con.execute("SELECT status, url FROM raw.fetches ORDER BY fetched_at").fetchall()
        titles = {r[0] for r in con.execute("SELECT title FROM core.articles").fetchall()}
    assert (None, feed["topic"]) in fetches  # the push, beside the hourly-style poll of the feed
    assert PUSHED[1] in titles
    assert sub.token  # the subscription the push came through


def test_a_run_that_pushes_alone_triggered_loads_the_articles_itself(tmp_path, feed, hub, callback):
    """news_ingest run as the trigger's push event starts it: it polls no feed, processes the pushed body in
    the same task and announces articles_loaded (for news_publish), not raw_fetched (no news_process run)."""
    subscribe_now(feed, hub)
    hub.publish(feed["topic"], rss([PUSHED, *ITEMS], hub.url, feed["topic"]).encode())
    home = settings().home
    env = airflow_env(tmp_path, NEWSFLOW_HOME=str(home), NEWSFLOW_FEEDS=feed["feeds"], NEWSFLOW_WORKERS="1")
    done = subprocess.run([sys.executable, __file__, "run-pushed-ingest"], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-5000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["tasks"] == {"fetch_and_archive": "success"}
    assert list(out["events"]) == ["newsflow.articles_loaded"]  # through the alias; no raw_fetched
    [report] = out["events"]["newsflow.articles_loaded"]
    assert (report["feeds_parsed"], report["new_articles"]) == (1, 3)
    assert "1 pushed bodies recorded (WebSub): markets 1;" in done.stdout
    with duckdb.connect(str(home / "newsflow.duckdb"), read_only=True) as con:
        assert con.execute("SELECT status FROM raw.fetches").fetchall() == [(None,)]  # the push; no poll
        titles = {r[0] for r in con.execute("SELECT title FROM core.articles").fetchall()}
    assert PUSHED[1] in titles


def run_dags() -> None:
    from airflow.dag_processing.dagbag import DagBag
    from airflow.utils.db import initdb

    initdb()
    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}, bag.import_errors
    out = {}
    for dag_id in ("news_ingest", "news_process"):
        run = bag.dags[dag_id].test()
        out[dag_id] = {ti.task_id: str(ti.state) for ti in run.get_task_instances()}
    print(json.dumps(out))


def run_pushed_ingest() -> None:
    """news_ingest with dag.test(), its run holding the event FeedChangeTrigger fires for a push, as a run
    the scheduler creates for that event would."""
    import airflow.models.dagrun as dagrun
    from airflow.dag_processing.dagbag import DagBag
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.db import initdb
    from newsflow.assets import FEEDS_CHANGED
    from sqlalchemy import select

    create = dagrun.get_or_create_dagrun

    def with_push_event(*, session, **kwargs):
        run = create(session=session, **kwargs)
        asset = session.scalar(select(AssetModel).where(AssetModel.name == FEEDS_CHANGED.name))
        event = AssetEvent(asset_id=asset.id, extra={"from_trigger": True,
                                                     "payload": {"pushed": {"markets": 1}, "bodies": 1}})
        session.add(event)
        run.consumed_asset_events.append(event)
        session.commit()
        return run

    initdb()
    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}, bag.import_errors
    dagrun.get_or_create_dagrun = with_push_event
    run = bag.dags["news_ingest"].test()
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = session.execute(select(AssetModel.name, AssetEvent.extra)
                               .join(AssetModel, AssetEvent.asset_id == AssetModel.id)
                               .where(AssetModel.name != FEEDS_CHANGED.name)).all()
    events: dict[str, list] = {}
    for name, extra in rows:
        events.setdefault(name, []).append(extra)
    print(json.dumps({"tasks": {ti.task_id: str(ti.state) for ti in run.get_task_instances()}, "events": events}))


if __name__ == "__main__" and sys.argv[1:] == ["run-dags"]:
    run_dags()
elif __name__ == "__main__" and sys.argv[1:] == ["run-pushed-ingest"]:
    run_pushed_ingest()
