"""Adaptive polling: the interval computation, and the trigger keeping each feed's rhythm against a real
loopback server (entry rate, poll_every, Retry-After, max-age, backoff, due feeds only, `newsflow feeds`)."""

from __future__ import annotations

import asyncio
import json
import random
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from newsflow.cli import main
from newsflow.config import ConfigError, load_feeds
from newsflow.polling import Bounds, learned_interval, schedule
from newsflow.triggers import FAILED, NEW, WAITING, FeedChangeTrigger

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
BOUNDS = Bounds(fastest=30, slowest=3600)


def test_the_interval_is_a_week_over_the_entries_of_the_week_within_bounds():
    hourly = [NOW - timedelta(hours=h) for h in range(168)]
    assert learned_interval(hourly, NOW, BOUNDS) == (3600.0, "168 entries in the last 7 days")
    busy = [NOW - timedelta(minutes=m) for m in range(0, 7 * 24 * 60, 5)]  # every 5 minutes
    assert learned_interval(busy, NOW, BOUNDS)[0] == 300.0
    flood = [NOW - timedelta(seconds=s) for s in range(0, 604_800, 2)]
    assert learned_interval(flood, NOW, BOUNDS)[0] == 30.0  # never faster than the fastest
    old = [NOW - timedelta(days=30), None, datetime(2026, 11, 30, 12, 0)]  # naive: UTC
    assert learned_interval(old, NOW, BOUNDS) == (3600.0, "1 entries in the last 7 days")  # no slower
    assert learned_interval([], NOW, BOUNDS) == (3600.0, "no entry dated in the last 7 days")


def test_the_wait_backs_off_jitters_and_honours_the_server():
    rng = random.Random(3)
    waits = [schedule(interval=300, reason="r", bounds=BOUNDS, rng=rng).wait for _ in range(200)]
    assert all(270 <= w <= 300 for w in waits) and max(waits) - min(waits) > 10  # only ever earlier
    backoff = [schedule(interval=60, reason="r", failures=n, bounds=BOUNDS, rng=rng).wait for n in (1, 2, 3, 10)]
    assert 108 <= backoff[0] <= 120 and 216 <= backoff[1] <= 240 and 432 <= backoff[2] <= 480
    assert backoff[3] <= 60 * 2 ** 6  # at most six doublings
    told = schedule(interval=60, reason="r", failures=1, retry_after=900, bounds=BOUNDS)
    assert told.wait == 900 and told.reason == "Retry-After 900 s"
    assert schedule(interval=60, reason="r", retry_after=10 ** 9, bounds=BOUNDS).wait == 86_400  # a day at most
    fresh = schedule(interval=60, reason="r", max_age=600, bounds=BOUNDS)
    assert fresh.wait == 600 and fresh.reason == "Cache-Control max-age 600 s"
    assert schedule(interval=60, reason="r", max_age=10 ** 6, bounds=BOUNDS).wait == 3600  # up to the slowest


def test_poll_every_in_the_feeds_file(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n- {name: a, url: 'http://a.example/f', poll_every: 5m}\n"
                    "- {name: b, url: 'http://b.example/f', poll_every: 90}\n- {name: c, url: 'http://c.example/f'}\n")
    assert [f.poll_every for f in load_feeds(path)] == [300.0, 90.0, None]
    path.write_text("feeds:\n- {name: a, url: 'http://a.example/f', poll_every: soon}\n")
    with pytest.raises(ConfigError, match="'poll_every' must be a positive duration"):
        load_feeds(path)


# --- the trigger, against a loopback site --------------------------------------------------------------

def _rss(dates: list[datetime]) -> str:
    items = "".join(f"<item><title>Entry {n}</title><link>https://x.example/{n}</link><guid>g{n}</guid>"
                    f"<pubDate>{format_datetime(d)}</pubDate></item>" for n, d in enumerate(dates))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def _feeds(root: Path, base: str, feeds: dict[str, str], extra: dict[str, str] | None = None) -> str:
    lines = [f"- {{name: {name}, url: '{base}/{file}'{extra.get(name, '') if extra else ''}}}"
             for name, file in feeds.items()]
    (root / "feeds.yaml").write_text("feeds:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return str(root / "feeds.yaml")


def _state(trigger: FeedChangeTrigger, feed: str) -> dict:
    return asyncio.run(trigger.state_store.aget(f"feed:{feed}"))


def _requests(base: str) -> dict[str, int]:
    return httpx.get(f"{base}/_stats").json()["paths"]


def test_each_feed_keeps_its_own_rhythm(sample_root, sample_server, newsflow_home):
    now = datetime.now(timezone.utc)
    (sample_root / "busy.xml").write_text(_rss([now - timedelta(hours=h) for h in range(100)]))  # ~6,048 s
    (sample_root / "quiet.xml").write_text(_rss([now - timedelta(days=d) for d in (1, 3, 6, 20)]))  # 3 in 7 days
    (sample_root / "fixed.xml").write_text(_rss([now]))
    (sample_root / "limited.xml").write_text(_rss([now]))
    (sample_root / "limited.xml.headers").write_text("Status: 429\nRetry-After: 7200\n")
    (sample_root / "cached.xml").write_text(_rss([now - timedelta(hours=h) for h in range(100)]))
    (sample_root / "cached.xml.headers").write_text("Cache-Control: public, max-age=9000\n")
    path = _feeds(sample_root, sample_server, {n: f"{n}.xml" for n in ("busy", "quiet", "fixed", "limited", "cached")},
                  {"fixed": ", poll_every: 2m"})
    trigger = FeedChangeTrigger(path, poll_interval=1, min_interval=60, max_interval=100_000)
    started = time.time()
    checks = {c.feed: c for c in asyncio.run(trigger.poll_once(due_only=True))}
    asyncio.run(trigger.remember(list(checks.values())))
    assert checks["busy"].outcome == NEW and checks["limited"].outcome == FAILED

    busy, quiet, fixed = _state(trigger, "busy"), _state(trigger, "quiet"), _state(trigger, "fixed")
    assert busy["interval"] == 6048 and busy["interval_reason"] == "100 entries in the last 7 days"
    assert 0.9 * 6048 <= busy["next_poll_at"] - started <= 6048 + 5
    assert quiet["interval"] == 100_000 and quiet["interval_reason"] == "3 entries in the last 7 days"  # slowest
    assert fixed["interval"] == 120 and fixed["interval_reason"] == "poll_every 120 s in feeds.yaml"
    limited = _state(trigger, "limited")
    assert limited["failures"] == 1 and limited["reason"] == "Retry-After 7200 s"
    assert limited["next_poll_at"] - started >= 7200 - 5
    cached = _state(trigger, "cached")
    assert cached["reason"] == "Cache-Control max-age 9000 s" and cached["next_poll_at"] - started >= 9000 - 5

    # nothing is due a second later: no feed is requested again
    before = _requests(sample_server)
    again = asyncio.run(trigger.poll_once(due_only=True))
    assert {c.outcome for c in again} == {WAITING} and _requests(sample_server) == before

    # the schedule is written for `newsflow feeds`
    asyncio.run(trigger.remember(again))
    written = json.loads((newsflow_home / "poll_schedule.json").read_text())
    assert written["busy"]["interval"] == 6048 and written["limited"]["failures"] == 1


def test_failures_back_off_and_a_success_resets(sample_root, sample_server, newsflow_home):
    (sample_root / "flaky.xml").write_text(_rss([datetime.now(timezone.utc)]))
    (sample_root / "flaky.xml.headers").write_text("Status: 500\n")
    path = _feeds(sample_root, sample_server, {"flaky": "flaky.xml"}, {"flaky": ", poll_every: 100"})
    trigger = FeedChangeTrigger(path, poll_interval=1, min_interval=10, max_interval=1000)
    waits = []
    for _ in range(3):
        checks = asyncio.run(trigger.poll_once())
        asyncio.run(trigger.remember(checks))
        state = _state(trigger, "flaky")
        waits.append(state["next_poll_at"] - state["checked_at"])
    assert [round(w / 100) for w in waits] in ([2, 4, 8], [2, 4, 7], [2, 3, 7], [2, 3, 8], [1, 3, 7], [1, 4, 8])
    assert _state(trigger, "flaky")["failures"] == 3
    (sample_root / "flaky.xml.headers").unlink()
    asyncio.run(trigger.remember(asyncio.run(trigger.poll_once())))
    state = _state(trigger, "flaky")
    assert state["failures"] == 0 and state["next_poll_at"] - state["checked_at"] <= 100


def test_feeds_command_shows_the_schedule(sample_root, sample_server, newsflow_home, capsys, monkeypatch):
    now = datetime.now(timezone.utc)
    (sample_root / "busy.xml").write_text(_rss([now - timedelta(hours=h) for h in range(100)]))
    path = _feeds(sample_root, sample_server, {"busy": "busy.xml", "never": "missing.xml"})
    trigger = FeedChangeTrigger(path, poll_interval=1, min_interval=60, max_interval=100_000)
    asyncio.run(trigger.remember(asyncio.run(trigger.poll_once())))
    capsys.readouterr()  # the trigger's own log lines
    assert main(["feeds", "--feeds", path, "--format", "json"]) == 0
    rows = {r["feed"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["busy"]["interval"] == 6048 and rows["busy"]["outcome"] == "new"
    assert rows["never"]["outcome"] == "failed" and rows["never"]["failures"] == 1
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["feeds", "--feeds", path]) == 0
    out = capsys.readouterr().out
    assert "1.7h" in out and "100 entries in the last 7 days" in out and "failed x1" in out
