"""WebSub (W3C Recommendation) subscriber: hubs push new feed content within seconds of publication.

Who does what, so that only the pipeline ever writes the DuckDB file:

- **The trigger** (triggerer) discovers each feed's hub and topic in the feeds it fetches (`discover`),
  subscribes and renews leases before they end (`keep_subscriptions`), and fires `feeds_changed` within
  about a second of a pushed body landing in the spool (`pending_pushes`).
- **The callback** (`newsflow.websub_app`, mounted in the api-server by the Airflow plugin `plugins/newsflow_websub.py`)
  answers the hub's intent verification for the topics we asked for only, checks each push's
  `X-Hub-Signature` against the subscription's secret, archives a verified body in the content-addressed
  archive and drops a small record into the spool, written in one rename.
- **The ingest task** records each spooled push in `raw.fetches` like a fetched body (`archive_pushed`),
  then removes the spool record, so the process stage picks it up exactly once.

Subscriptions (feed, topic, hub, secret, lease) and the last deliveries live in a small SQLite file under
$NEWSFLOW_HOME, shared by the api-server, the triggerer and the tasks. Nothing here imports DuckDB or
FastAPI at module level: the api-server, the triggerer and DAG files import this module.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

if TYPE_CHECKING:
    import httpx

    from .config import Settings

log = logging.getLogger(__name__)

STATE_DIR = "websub"  # under NEWSFLOW_HOME
SUBSCRIPTIONS_FILE = "subscriptions.sqlite3"
SPOOL = "spool"
SPOOL_SUFFIX = ".push.json"
DEFAULT_LEASE_SECONDS = 10 * 86_400
DEFAULT_POLL_FACTOR = 12.0  # NewsBlur polls push-enabled feeds about 12 times less often
VERIFY_TIMEOUT_S = 600.0  # a request the hub has not verified by then is sent again
RETRY_CEILING_S = 6 * 3600.0
MAX_DELIVERIES_KEPT = 1000
MAX_SECRET_BYTES = 199  # the spec: hub.secret MUST be less than 200 bytes
SIGNATURE_METHODS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384,
                     "sha512": hashlib.sha512}

# Subscription states
NO_HUB = "no_hub"  # the feed announces no hub: polled only
PENDING = "pending"  # a hub was found, nothing asked yet
REQUESTED = "requested"  # the hub accepted the request; its intent verification has not come yet
ACTIVE = "active"  # verified; pushes are accepted until the lease ends
DENIED = "denied"  # the hub refused (hub.mode=denied)
FAILED = "failed"  # the subscribe request failed; retried with backoff

# Outcomes of what reached the callback, kept in `deliveries`
SPOOLED = "spooled"
VERIFIED = "verified"
REJECTED = "rejected"


@dataclass(frozen=True)
class PushSettings:
    """WebSub settings, from the environment of every Airflow component."""

    callback: str | None = None  # NEWSFLOW_WEBSUB_CALLBACK: public URL of the callback; push is off when unset
    lease_seconds: int = DEFAULT_LEASE_SECONDS  # NEWSFLOW_WEBSUB_LEASE_SECONDS: the lease asked for
    poll_factor: float = DEFAULT_POLL_FACTOR  # NEWSFLOW_WEBSUB_POLL_FACTOR: how much slower a pushed feed is polled

    @property
    def enabled(self) -> bool:
        return bool(self.callback)

    def callback_url(self, token: str) -> str:
        return f"{self.callback.rstrip('/')}/{token}"

    @classmethod
    def from_env(cls) -> PushSettings:
        from .config import ConfigError, _env_number

        callback = os.environ.get("NEWSFLOW_WEBSUB_CALLBACK", "").strip() or None
        if callback and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", callback):
            raise ConfigError(f"NEWSFLOW_WEBSUB_CALLBACK: expected an http(s) URL without query, got {callback!r}")
        return cls(callback=callback,
                   lease_seconds=int(_env_number("NEWSFLOW_WEBSUB_LEASE_SECONDS", DEFAULT_LEASE_SECONDS, int,
                                                 "seconds")),
                   poll_factor=float(_env_number("NEWSFLOW_WEBSUB_POLL_FACTOR", DEFAULT_POLL_FACTOR, float, "times")))


# ---------------------------------------------------------------------------------------------- discovery

@dataclass(frozen=True)
class Discovery:
    hubs: tuple[str, ...]
    topic: str  # rel="self", else the URL the feed was fetched from


_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_REL_PARAM = re.compile(r";\s*rel\s*=\s*(?:\"([^\"]*)\"|([^\s;,\"]+))", re.IGNORECASE)
_LINK_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?link\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_FIRST_ENTRY = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\b", re.IGNORECASE)


def parse_link_header(value: str | None) -> list[tuple[str, set[str]]]:
    """RFC 8288 Link header values as (target, rels); several headers may come joined by commas."""
    links = []
    for found in _LINK_VALUE.finditer(value or ""):
        rels = set()
        for rel in _REL_PARAM.finditer(found.group(2)):
            rels.update((rel.group(1) if rel.group(1) is not None else rel.group(2)).lower().split())
        links.append((found.group(1).strip(), rels))
    return links


def discover(body: bytes | None, link_header: str | None, url: str, content_type: str | None = None) -> Discovery:
    """The hubs and the topic a fetched feed announces (WebSub §4): HTTP Link headers first, then the
    document's own links (`<link rel="hub">` in Atom, `<atom:link rel="hub">` in RSS, `hubs` in JSON Feed)."""
    hubs, topic = _rels((urljoin(url, target), rels) for target, rels in parse_link_header(link_header))
    if not hubs and body:
        doc_hubs, doc_topic = _document_links(body, url, content_type)
        hubs, topic = doc_hubs, topic or doc_topic
    return Discovery(hubs=tuple(dict.fromkeys(h for h in hubs if h.startswith(("http://", "https://")))),
                     topic=topic or url)


def _rels(links: Iterable[tuple[str, set[str]]]) -> tuple[list[str], str | None]:
    hubs, topic = [], None
    for target, rels in links:
        if "hub" in rels:
            hubs.append(target)
        if "self" in rels and topic is None:
            topic = target
    return hubs, topic


def _document_links(body: bytes, url: str, content_type: str | None) -> tuple[list[str], str | None]:
    text = _decode(body)
    if "json" in (content_type or "").lower() or text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            return [], None
        if not isinstance(doc, dict):
            return [], None
        hubs = [urljoin(url, h["url"]) for h in doc.get("hubs") or [] if isinstance(h, dict)
                and isinstance(h.get("url"), str) and str(h.get("type", "")).lower() == "websub"]
        feed_url = doc.get("feed_url")
        return hubs, urljoin(url, feed_url) if isinstance(feed_url, str) else None
    head = text[:_FIRST_ENTRY.search(text).start()] if _FIRST_ENTRY.search(text) else text  # the feed's own links
    links = []
    for tag in _LINK_TAG.finditer(head):
        attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                      for m in _ATTRIBUTE.finditer(tag.group(1))}
        if attributes.get("href") and attributes.get("rel"):
            links.append((urljoin(url, html.unescape(attributes["href"].strip())),
                          set(attributes["rel"].lower().split())))
    return _rels(links)


def _decode(body: bytes) -> str:
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return body.decode("utf-16", errors="replace")
    return body.decode("utf-8", errors="replace")  # the links we look for are ASCII in any ASCII-based encoding


# ----------------------------------------------------------------------------------------- subscriptions

@dataclass
class Subscription:
    feed: str
    feed_url: str
    hub: str | None
    topic: str | None
    token: str | None  # the last path segment of the callback URL: unguessable, one per subscription
    secret: str | None
    state: str
    lease_seconds: int | None = None  # as granted by the hub
    requested_at: float | None = None  # epoch seconds
    verified_at: float | None = None
    expires_at: float | None = None
    reason: str | None = None  # the last problem, in words
    attempts: int = 0  # failed requests in a row
    next_attempt_at: float | None = None
    pushes: int = 0
    last_push_at: float | None = None

    def public(self) -> dict:
        """What an operator may see: everything but the secret."""
        return {k: v for k, v in asdict(self).items() if k != "secret"}


_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    feed TEXT PRIMARY KEY, feed_url TEXT NOT NULL, hub TEXT, topic TEXT, token TEXT UNIQUE, secret TEXT,
    state TEXT NOT NULL, lease_seconds INTEGER, requested_at REAL, verified_at REAL, expires_at REAL,
    reason TEXT, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at REAL,
    pushes INTEGER NOT NULL DEFAULT 0, last_push_at REAL
);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, feed TEXT, token TEXT, kind TEXT NOT NULL,
    outcome TEXT NOT NULL, detail TEXT, bytes INTEGER, body_sha256 TEXT
);
"""
_COLUMNS = [f for f in Subscription.__dataclass_fields__]


class SubscriptionStore:
    """The subscriptions and the last deliveries, in $NEWSFLOW_HOME/websub/subscriptions.sqlite3.

    SQLite in WAL mode: the api-server, the triggerer and the tasks each open it for a moment. The file
    holds the secrets, so the folder is private to its owner."""

    def __init__(self, home: Path) -> None:
        self.folder = Path(home) / STATE_DIR
        self.path = self.folder / SUBSCRIPTIONS_FILE

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        with closing(sqlite3.connect(self.path, timeout=30)) as con:
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(_SCHEMA)
            with con:  # one transaction
                yield con

    def all(self) -> list[Subscription]:
        with self._connect() as con:
            return [Subscription(**dict(row)) for row in con.execute("SELECT * FROM subscriptions ORDER BY feed")]

    def get(self, feed: str) -> Subscription | None:
        with self._connect() as con:
            row = con.execute("SELECT * FROM subscriptions WHERE feed = ?", (feed,)).fetchone()
        return Subscription(**dict(row)) if row else None

    def by_token(self, token: str) -> Subscription | None:
        with self._connect() as con:
            row = con.execute("SELECT * FROM subscriptions WHERE token = ?", (token,)).fetchone()
        return Subscription(**dict(row)) if row else None

    def save(self, sub: Subscription) -> None:
        values = asdict(sub)
        with self._connect() as con:
            con.execute(f"INSERT OR REPLACE INTO subscriptions ({', '.join(_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(_COLUMNS))})", [values[c] for c in _COLUMNS])

    def update(self, token: str, **changes: Any) -> None:
        with self._connect() as con:
            con.execute(f"UPDATE subscriptions SET {', '.join(f'{k} = ?' for k in changes)} WHERE token = ?",
                        [*changes.values(), token])

    def pushed_feeds(self, now: float | None = None) -> set[str]:
        """Feeds with a verified lease still running: the ones polled only as a backstop."""
        now = time.time() if now is None else now
        with self._connect() as con:
            return {row[0] for row in con.execute(
                "SELECT feed FROM subscriptions WHERE state = ? AND expires_at > ?", (ACTIVE, now))}

    def record(self, kind: str, outcome: str, detail: str | None = None, sub: Subscription | None = None,
               token: str | None = None, size: int | None = None, body_sha256: str | None = None) -> None:
        """One thing that reached the callback (a verification, a push), kept for operators (the last 1000)."""
        with self._connect() as con:
            con.execute("INSERT INTO deliveries (at, feed, token, kind, outcome, detail, bytes, body_sha256) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (time.time(), sub.feed if sub else None, (sub.token if sub else token or "")[:12] or None,
                         kind, outcome, detail, size, body_sha256))
            con.execute("DELETE FROM deliveries WHERE id <= (SELECT max(id) FROM deliveries) - ?",
                        (MAX_DELIVERIES_KEPT,))
            if sub is not None and kind == "push" and outcome == SPOOLED:
                con.execute("UPDATE subscriptions SET pushes = pushes + 1, last_push_at = ? WHERE token = ?",
                            (time.time(), sub.token))

    def deliveries(self, limit: int = 50) -> list[dict]:
        with self._connect() as con:
            return [dict(row) for row in con.execute("SELECT * FROM deliveries ORDER BY id DESC LIMIT ?", (limit,))]


def note_discovery(store: SubscriptionStore, feed: str, feed_url: str, found: Discovery, now: float) -> Subscription:
    """Keep what a feed announces: a new hub or topic starts a new subscription (new token, new secret)."""
    current = store.get(feed)
    hub = found.hubs[0] if found.hubs else None
    if current and current.hub == hub and current.topic == (found.topic if hub else current.topic) \
            and current.feed_url == feed_url:
        return current
    if hub is None:
        sub = Subscription(feed=feed, feed_url=feed_url, hub=None, topic=None, token=None, secret=None, state=NO_HUB)
    else:
        sub = Subscription(feed=feed, feed_url=feed_url, hub=hub, topic=found.topic, token=secrets.token_urlsafe(24),
                           secret=secrets.token_hex(32), state=PENDING, next_attempt_at=now)
    store.save(sub)
    return sub


def due(sub: Subscription, now: float) -> bool:
    """Whether to (re)send the subscribe request now: never asked, failed and waited out, not verified in
    time, or a lease in its last fifth (at most a day before it ends)."""
    if sub.hub is None or sub.state == NO_HUB:
        return False
    if (sub.next_attempt_at or 0) > now:  # backing off after a failure or a denial
        return False
    if sub.state in (PENDING, FAILED, DENIED):
        return True
    if sub.requested_at is not None and (sub.verified_at or 0) < sub.requested_at:
        return now - sub.requested_at > VERIFY_TIMEOUT_S  # asked, not verified yet: give the hub time
    if sub.state == ACTIVE and sub.expires_at is not None:
        margin = min((sub.lease_seconds or 0) / 5, 86_400.0)
        return sub.expires_at - now <= margin
    return sub.state == REQUESTED


async def subscribe(client: httpx.AsyncClient, store: SubscriptionStore, sub: Subscription, push: PushSettings,
                    now: float) -> str | None:
    """Send hub.mode=subscribe for `sub`; None when the hub accepted it (its verification follows), else why not.

    The request is recorded before it is sent: the hub may verify before its answer reaches us."""
    import httpx

    from .fetch import redact

    store.update(sub.token, requested_at=now, state=ACTIVE if sub.state == ACTIVE else REQUESTED)
    form = {"hub.mode": "subscribe", "hub.topic": sub.topic, "hub.callback": push.callback_url(sub.token),
            "hub.lease_seconds": str(push.lease_seconds), "hub.secret": sub.secret}
    try:
        response = await client.post(sub.hub, data=form)
        said = " ".join(re.sub(r"<[^>]*>", " ", response.text[:4000]).split())[:200]  # an error page, as text
        problem = None if response.is_success else f"hub answered HTTP {response.status_code}: {said}"
    except httpx.HTTPError as exc:
        problem = f"hub unreachable: {type(exc).__name__}: {exc}"
    if problem is None:
        store.update(sub.token, attempts=0, reason=None, next_attempt_at=None)
        return None
    problem = redact(problem)
    attempts = sub.attempts + 1
    backoff = {"attempts": attempts, "reason": problem,
               "next_attempt_at": now + min(60.0 * 2 ** attempts, RETRY_CEILING_S)}
    if sub.state == ACTIVE:  # a failed renewal: the lease still runs, pushes are still welcome
        store.update(sub.token, **backoff)
    else:
        store.update(sub.token, state=FAILED, requested_at=None, **backoff)
    return problem


async def keep_subscriptions(client: httpx.AsyncClient, store: SubscriptionStore, push: PushSettings,
                             discovered: dict[str, tuple[str, Discovery]], logger: logging.Logger) -> None:
    """Note each feed's hub (`discovered`: feed -> (feed URL, what it announced)), then subscribe where none is
    asked for yet and renew the leases about to end."""
    import asyncio

    now = time.time()
    for feed, (feed_url, found) in discovered.items():
        before = await asyncio.to_thread(store.get, feed)
        sub = await asyncio.to_thread(note_discovery, store, feed, feed_url, found, now)
        if sub.hub and (before is None or before.hub != sub.hub or before.topic != sub.topic):
            logger.info("Feed %s announces WebSub hub %s for topic %s", feed, sub.hub, sub.topic)
    for sub in await asyncio.to_thread(store.all):
        if not due(sub, now):
            continue
        renewal = sub.state == ACTIVE
        problem = await subscribe(client, store, sub, push, now)
        if problem:
            logger.warning("Feed %s: WebSub %s at %s failed: %s", sub.feed, "renewal" if renewal else "subscription",
                           sub.hub, problem)
        else:
            logger.info("Feed %s: WebSub %s requested at %s (lease %d s asked)", sub.feed,
                        "renewal" if renewal else "subscription", sub.hub, push.lease_seconds)


# ---------------------------------------------------------------------------------------------- callback

def signature_problem(secret: str, header: str | None, body: bytes) -> str | None:
    """Why `header` (X-Hub-Signature: method=hex) does not sign `body` with `secret`; None when it does."""
    if not header:
        return "no X-Hub-Signature header"
    method, _, signature = header.partition("=")
    digest = SIGNATURE_METHODS.get(method.strip().lower())
    if digest is None:
        return f"unsupported signature method {method.strip()[:20]!r}"
    expected = hmac.new(secret.encode(), body, digest).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        return f"signature does not match ({method.strip().lower()})"
    return None


def spool_folder(home: Path) -> Path:
    return Path(home) / STATE_DIR / SPOOL


def spool_push(settings: Settings, sub: Subscription, body: bytes, content_type: str | None,
               link_header: str | None = None) -> tuple[str, Path]:
    """Archive a verified pushed body and leave its record in the spool; returns (sha256, record).

    The record is written under a dot name and renamed into place, so the trigger and the ingest task
    only ever see whole records."""
    from .archive import Archive

    sha = Archive(settings.archive_dir).put(body)
    received = datetime.now(timezone.utc)
    folder = spool_folder(settings.home)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns()}-{sub.token[:8]}-{sha[:12]}{SPOOL_SUFFIX}"
    record = {"feed": sub.feed, "topic": sub.topic, "hub": sub.hub, "content_type": content_type,
              "link": link_header, "body_sha256": sha, "bytes": len(body), "received_at": received.isoformat()}
    partial = folder / f".{name}.part"
    partial.write_text(json.dumps(record), encoding="utf-8")
    os.replace(partial, folder / name)
    return sha, folder / name


def pending_pushes(home: Path) -> list[Path]:
    """Spooled push records not yet recorded by an ingest run, oldest first."""
    folder = spool_folder(home)
    try:
        names = [e.name for e in os.scandir(folder) if e.name.endswith(SPOOL_SUFFIX) and not e.name.startswith(".")]
    except FileNotFoundError:
        return []
    return [folder / name for name in sorted(names)]


# --------------------------------------------------------------------------------------------- ingest side

def only_pushes(event_extras: Iterable[dict | None]) -> bool:
    """Whether the asset events that triggered an ingest run all came from pushes (their trigger payload
    has "pushed"): then the run records the pushed bodies and polls no feed."""
    extras = list(event_extras)
    return bool(extras) and all(isinstance((e or {}).get("payload"), dict) and "pushed" in e["payload"]
                                for e in extras)


def archive_pushed(settings: Settings, run_id: str) -> list[dict]:
    """Record every spooled push in raw.fetches (a feed body, outcome ok, status NULL: no request of ours
    fetched it), then remove its spool record. Returns the rows recorded.

    The fetch_id comes from the spool record's name, so a run that dies between the commit and the removal
    records nothing twice when it runs again; a record is removed only once its row is committed."""
    from . import store
    from .archive import Archive
    from .fetch import redact
    from .ids import stable_hash
    from .records import FAILED, OK

    records = pending_pushes(settings.home)
    if not records:
        return []
    archive, rows = Archive(settings.archive_dir), []
    for path in records:
        try:
            push = json.loads(path.read_text(encoding="utf-8"))
            received = datetime.fromisoformat(push["received_at"])
            sha, feed, topic = push["body_sha256"], push["feed"], push["topic"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("WebSub spool record %s is unreadable, set aside: %s", path.name, exc)
            path.rename(path.with_name("." + path.name + ".unreadable"))
            continue
        whole = archive.has(sha)
        rows.append({
            "fetch_id": stable_hash("push", path.name), "run_id": run_id, "kind": "feed", "feed": feed,
            "url": redact(topic), "final_url": redact(topic), "outcome": OK if whole else FAILED, "status": None,
            "error": None if whole else f"pushed body {sha} missing from the archive",
            "bytes": int(push.get("bytes") or 0), "content_type": push.get("content_type"), "etag": None,
            "last_modified": None, "body_sha256": sha if whole else None, "elapsed_ms": None, "fetched_at": received,
        })
    with store.connect(settings) as con:
        store.insert_rows(con, "raw.fetches", rows)
    for path in records:
        path.unlink(missing_ok=True)
    return rows
