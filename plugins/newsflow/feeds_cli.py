"""`newsflow feeds`: the configured feeds and how the trigger polls each (its learned interval, the next
poll and why), from the schedule the trigger writes after every round, and their WebSub push (the hub,
the subscription's state, when its lease ends, the last problem) from the subscription store."""

from __future__ import annotations

import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .config import Settings, default_feeds_path, load_feeds
from .polling import SCHEDULE_FILE
from .websub import SubscriptionStore


def add_feeds_arguments(parser) -> None:
    parser.add_argument("--feeds", type=Path, help="feeds file (default: $NEWSFLOW_FEEDS or config/feeds.yaml)")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def feeds_main(args) -> int:
    feeds = load_feeds(args.feeds or default_feeds_path())
    home = Settings.from_env().home
    path = home / SCHEDULE_FILE
    schedules = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    subscriptions = SubscriptionStore(home)
    pushes = {s.feed: s.public() for s in subscriptions.all()} if subscriptions.path.is_file() else {}
    now = time.time()
    rows = [{"feed": f.name, "url": f.url, "enabled": f.enabled, "full_text": f.full_text,
             "poll_every": f.poll_every, **schedules.get(f.name, {}), "push": pushes.get(f.name)} for f in feeds]
    if args.format == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    table = Table("feed", "interval", "next poll", "why", "last poll", "push (WebSub)", title=f"polling ({path})",
                  title_justify="left")
    for row in rows:
        if not row["enabled"]:
            table.add_row(row["feed"], "", "", "disabled", "", "")
            continue
        next_at = row.get("next_poll_at")
        table.add_row(row["feed"], _duration(row.get("interval")),
                      "" if next_at is None else ("due" if next_at <= now else f"in {_duration(next_at - now)}"),
                      row.get("reason") or "not polled by the trigger yet",
                      f"{row.get('outcome') or ''}{' x' + str(row['failures']) if row.get('failures') else ''}",
                      _push(row["push"], now))
    Console().print(table)
    return 0


def _push(sub: dict | None, now: float) -> str:
    if not sub:
        return ""
    if not sub["hub"]:
        return "no hub announced"
    said = f"{sub['state']} at {sub['hub']}"
    if sub["state"] == "active" and sub["expires_at"]:
        said += f", lease ends in {_duration(max(0.0, sub['expires_at'] - now))}, {sub['pushes']} push(es)"
    return f"{said}: {sub['reason']}" if sub["reason"] else said


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.0f}s"
