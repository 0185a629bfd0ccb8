"""A small WebSub hub on loopback, for tests, benchmarks and trying push out on one machine.

It does what a hub does (W3C WebSub §5–7), over real HTTP: takes subscription requests (a form POST with
hub.mode, hub.topic, hub.callback, hub.lease_seconds, hub.secret), answers 202 and verifies the intent
with a GET carrying hub.challenge, keeps the subscription for the lease it grants, and delivers content to
the verified subscribers of a topic as a POST signed ``X-Hub-Signature: sha256=HMAC(secret, body)``, with
``Link`` headers for the hub and the topic. A publisher pings it with ``hub.mode=publish&hub.url=<topic>``
and it fetches the topic and delivers it; `publish` delivers a given body directly.

    with serve_hub() as hub:          # hub.url is http://127.0.0.1:PORT/
        ...
        hub.publish(topic, body)      # [(callback, HTTP status), ...]

It is not a production hub: subscriptions live in memory, deliveries are not retried.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode

DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


@dataclass
class HubSubscription:
    topic: str
    callback: str
    secret: str | None
    lease_seconds: int
    expires_at: float
    verified_at: float = field(default_factory=time.time)


class LoopbackHub(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], grant_lease: int | None = None, verify_delay: float = 0.0) -> None:
        super().__init__(address, HubHandler)
        self.grant_lease = grant_lease  # the lease granted whatever was asked (None: as asked, or 10 days)
        self.verify_delay = verify_delay  # seconds between accepting a request and verifying it
        self.deny: dict[str, str] = {}  # topic -> reason: requests for it are denied
        self.subscriptions: dict[tuple[str, str], HubSubscription] = {}
        self.requests: list[dict] = []  # every subscription request, as received
        self.verifications: list[dict] = []  # every intent verification: callback, mode, status, confirmed
        self.lock = threading.RLock()  # `wait_for` holds it while its predicate calls `active`
        self.changed = threading.Condition(self.lock)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def active(self, topic: str | None = None) -> list[HubSubscription]:
        now = time.time()
        with self.lock:
            return [s for s in self.subscriptions.values() if s.expires_at > now and topic in (None, s.topic)]

    def wait_for(self, predicate, timeout: float = 10.0) -> None:
        """Block until `predicate(hub)` holds (checked whenever a request or verification arrives)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("hub: condition not met in time")
                self.changed.wait(min(left, 0.1))

    def publish(self, topic: str, body: bytes, content_type: str = "application/rss+xml", method: str = "sha256",
                secret: str | None = None) -> list[tuple[str, int]]:
        """Deliver `body` to every verified subscriber of `topic`; `secret` signs with another secret than
        the subscriber's (to send a bad signature). Returns (callback, HTTP status) per subscriber."""
        results = []
        for sub in self.active(topic):
            headers = {"Content-Type": content_type,
                       "Link": f'<{self.url}>; rel="hub", <{topic}>; rel="self"'}
            key = secret if secret is not None else sub.secret
            if key is not None:
                digest = hmac.new(key.encode(), body, DIGESTS[method]).hexdigest()
                headers["X-Hub-Signature"] = f"{method}={digest}"
            request = urllib.request.Request(sub.callback, data=body, headers=headers, method="POST")
            results.append((sub.callback, _status(request)))
        return results

    def _verify(self, form: dict[str, str]) -> None:
        time.sleep(self.verify_delay)
        topic, callback, mode = form["hub.topic"], form["hub.callback"], form["hub.mode"]
        if topic in self.deny:
            params = {"hub.mode": "denied", "hub.topic": topic, "hub.reason": self.deny[topic]}
            status, echoed = _get(callback, params)
            self._note_verification(callback, "denied", status, False)
            return
        asked = int(form["hub.lease_seconds"]) if form.get("hub.lease_seconds", "").isdigit() else 864_000
        lease = self.grant_lease or asked
        challenge = secrets.token_urlsafe(16)
        params = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge}
        if mode == "subscribe":
            params["hub.lease_seconds"] = str(lease)
        status, echoed = _get(callback, params)
        confirmed = 200 <= status < 300 and echoed == challenge
        with self.changed:
            if confirmed and mode == "subscribe":
                self.subscriptions[(topic, callback)] = HubSubscription(
                    topic, callback, form.get("hub.secret"), lease, time.time() + lease)
            elif confirmed and mode == "unsubscribe":
                self.subscriptions.pop((topic, callback), None)
        self._note_verification(callback, mode, status, confirmed)

    def _note_verification(self, callback: str, mode: str, status: int, confirmed: bool) -> None:
        with self.changed:
            self.verifications.append({"callback": callback, "mode": mode, "status": status, "confirmed": confirmed,
                                       "at": time.time()})
            self.changed.notify_all()


class HubHandler(BaseHTTPRequestHandler):
    server: LoopbackHub
    server_version = "newsflow-loopback-hub/1"

    def log_message(self, format: str, *args) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8", "replace")).items()}
        mode = form.get("hub.mode")
        if mode == "publish":  # a publisher's ping: fetch the topic and deliver it
            topic = form.get("hub.url") or form.get("hub.topic")
            if not topic:
                return self._answer(400, "hub.url is required")
            try:
                with urllib.request.urlopen(topic, timeout=10) as response:
                    body, kind = response.read(), response.headers.get("Content-Type", "application/xml")
            except (urllib.error.URLError, OSError) as exc:
                return self._answer(502, f"cannot fetch {topic}: {exc}")
            threading.Thread(target=self.server.publish, args=(topic, body, kind), daemon=True).start()
            return self._answer(204, "")
        if mode not in ("subscribe", "unsubscribe") or not form.get("hub.topic") or not form.get("hub.callback"):
            return self._answer(400, "hub.mode, hub.topic and hub.callback are required")
        if len(form.get("hub.secret", "").encode()) >= 200:
            return self._answer(400, "hub.secret must be less than 200 bytes")
        with self.server.changed:
            self.server.requests.append({**form, "at": time.time()})
            self.server.changed.notify_all()
        threading.Thread(target=self.server._verify, args=(form,), daemon=True).start()
        return self._answer(202, "")

    def _answer(self, status: int, text: str) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _get(url: str, params: dict[str, str]) -> tuple[int, str]:
    target = url + ("&" if "?" in url else "?") + urlencode(params)
    try:
        with urllib.request.urlopen(target, timeout=10) as response:
            return response.status, response.read(4096).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, OSError):
        return 0, ""


def _status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return 0


@contextmanager
def serve_hub(host: str = "127.0.0.1", port: int = 0, **options) -> Iterator[LoopbackHub]:
    hub = LoopbackHub((host, port), **options)
    thread = threading.Thread(target=hub.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        hub.shutdown()
        hub.server_close()
