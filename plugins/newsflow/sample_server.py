"""A small loopback HTTP server over a directory, for `newsflow run --sample`, tests and benchmarks.

It behaves like a real feed host (content types, ETag / Last-Modified, 304s) and offers a few
special paths to provoke what the fetcher must survive:

    /_status/<code>           answer that status
    /_slow/<ms>/<path>        wait, then serve <path>
    /_drip/<ms>/<path>        serve <path> one byte every <ms> milliseconds (gives up after 60 s)
    /_redirect/<n>/<path>     redirect n times, then serve <path>
    /_gzip/<path>             serve <path> gzip-encoded (Content-Encoding: gzip)
    /_big/<nbytes>            stream that many bytes; add ?no-length to omit Content-Length
    /_hang                    accept and never answer (gives up after 60 s)
    /_headers                 echo the request headers as JSON
    /_stats                   JSON: requests and peak concurrent requests, per Host header and in all,
                              and requests per path
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

CONTENT_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".html": "text/html",
    ".htm": "text/html",
    ".json": "application/json",
}
SIDECAR_SUFFIX = ".headers"
HANG_LIMIT_S = 60.0
CHUNK = 64 * 1024


class SampleServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many feeds connect at once in benchmarks

    def __init__(self, root: Path, address: tuple[str, int]) -> None:
        super().__init__(address, SampleHandler)
        self.root = root.resolve()
        self.stopping = threading.Event()  # wakes sleeping /_slow and /_hang handlers on shutdown
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.paths: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.peak_in_flight: Counter[str] = Counter()
        self.peak_total = 0

    def enter(self, host: str, path: str) -> None:
        with self._lock:
            self.requests[host] += 1
            self.paths[path] += 1
            self.in_flight[host] += 1
            self.peak_in_flight[host] = max(self.peak_in_flight[host], self.in_flight[host])
            self.peak_total = max(self.peak_total, sum(self.in_flight.values()))

    def leave(self, host: str) -> None:
        with self._lock:
            self.in_flight[host] -= 1

    def stats(self) -> dict:
        with self._lock:
            return {
                "requests": dict(self.requests),
                "paths": dict(self.paths),
                "peak_in_flight": dict(self.peak_in_flight),
                "peak_in_flight_total": self.peak_total,
            }

    def handle_error(self, request, client_address) -> None:
        pass  # clients that hang up early (size cap, timeouts) are expected; stay quiet


class SampleHandler(BaseHTTPRequestHandler):
    server: SampleServer
    server_version = "newsflow-samples/1"

    def log_message(self, format: str, *args) -> None:
        pass  # quiet: no request log on stderr

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:
        self.head = head
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path == "/_stats":
            return self.send_json(self.server.stats())
        self.host = self.headers.get("Host", "")
        self.server.enter(self.host, path)
        self.in_flight = True
        try:
            self.route(path, parts.query)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading on purpose
        finally:
            self.done()

    def done(self) -> None:
        """The request stops counting as in flight (once)."""
        if self.in_flight:
            self.in_flight = False
            self.server.leave(self.host)

    def route(self, path: str, query: str) -> None:
        first, *args = path.lstrip("/").split("/", 2)
        if first == "_status" and len(args) == 1 and args[0].isdigit() and 100 <= int(args[0]) <= 599:
            return self.send_text(int(args[0]), f"status {args[0]}\n")
        if first == "_slow" and len(args) == 2 and args[0].isdigit():
            self.server.stopping.wait(int(args[0]) / 1000)
            # done before the answer goes out: a client that has read it may start its next request at once, and
            # must not be seen as having one more in flight than it had
            self.done()
            return self.route("/" + args[1], query)
        if first == "_drip" and len(args) == 2 and args[0].isdigit():
            return self.serve_file("/" + args[1], drip_ms=int(args[0]))
        if first == "_redirect" and len(args) == 2 and args[0].isdigit():
            n = int(args[0])
            if n == 0:
                return self.route("/" + args[1], query)
            target = quote("/" + args[1] if n == 1 else f"/_redirect/{n - 1}/{args[1]}")
            return self.send_text(302, f"see {target}\n", {"Location": target})
        if first == "_gzip" and args:
            return self.serve_file("/" + "/".join(args), gzip_body=True)
        if first == "_big" and len(args) == 1 and args[0].isdigit():
            return self.send_big(int(args[0]), with_length=query != "no-length")
        if path == "/_hang":
            self.server.stopping.wait(HANG_LIMIT_S)
            self.close_connection = True
            return None
        if path == "/_headers":
            return self.send_json(dict(self.headers.items()))
        return self.serve_file(path)

    def serve_file(self, path: str, gzip_body: bool = False, drip_ms: int = 0) -> None:
        try:
            file = (self.server.root / path.lstrip("/")).resolve()
            servable = (
                file.is_relative_to(self.server.root)  # no escaping the root with ../ or symlinks
                and file.is_file()
                and not file.name.endswith(SIDECAR_SUFFIX)
            )
        except (OSError, ValueError):  # e.g. an embedded NUL byte
            servable = False
        if not servable:
            return self.send_text(404, f"not found: {path}\n")
        body = file.read_bytes()
        status = 200
        headers = {
            "Content-Type": CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream"),
            "ETag": '"' + hashlib.sha256(body).hexdigest()[:16] + '"',
            "Last-Modified": formatdate(file.stat().st_mtime, usegmt=True),
        }
        sidecar = file.with_name(file.name + SIDECAR_SUFFIX)
        if sidecar.is_file():
            try:
                forced, extra = read_sidecar(sidecar)
            except ValueError as exc:
                return self.send_text(500, f"{exc}\n")
            status = forced or status
            headers = merge_headers(headers, extra)
        if status == 200 and self.not_modified(headers):
            return self.send_body(304, b"", headers)
        if gzip_body:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        if drip_ms:
            return self.send_drip(status, body, headers, drip_ms / 1000)
        return self.send_body(status, body, headers)

    def send_drip(self, status: int, body: bytes, headers: dict[str, str], pause_s: float) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()
        started = time.monotonic()
        for i in range(len(body)):
            if self.server.stopping.wait(pause_s) or time.monotonic() - started > HANG_LIMIT_S:
                return
            self.wfile.write(body[i:i + 1])
            self.wfile.flush()

    def not_modified(self, headers: dict[str, str]) -> bool:
        """RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            etag = headers.get("ETag", "").removeprefix("W/")
            tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
            return "*" in tags or (bool(etag) and etag in tags)
        since, modified = self.headers.get("If-Modified-Since"), headers.get("Last-Modified")
        if since and modified:
            try:
                return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False  # an unreadable date is ignored, as the RFC says
        return False

    def send_big(self, nbytes: int, with_length: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if with_length:
            self.send_header("Content-Length", str(nbytes))
        self.end_headers()
        if self.head:
            return
        chunk = b"x" * CHUNK
        while nbytes > 0:
            self.wfile.write(chunk[: min(CHUNK, nbytes)])
            nbytes -= CHUNK

    def send_json(self, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False, indent=1).encode()
        self.send_body(200, body, {"Content-Type": "application/json"})

    def send_text(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        self.send_body(status, text.encode(), {"Content-Type": "text/plain", **(headers or {})})

    def send_body(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        no_body = status in (204, 304) or 100 <= status < 200
        self.send_response(status)
        for name, value in headers.items():
            if not (no_body and name.lower() == "content-type"):
                self.send_header(name, value)
        if not no_body:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not (self.head or no_body):
            self.wfile.write(body)


def read_sidecar(path: Path) -> tuple[int | None, dict[str, str]]:
    """Parse `Name: value` lines; `Status: NNN` forces the response status."""
    status, headers = None, {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise ValueError(f"{path}:{number}: expected 'Name: value', got {line!r}")
        name, value = name.strip(), value.strip()
        if name.lower() == "status":
            if not (value[:3].isdigit() and 100 <= int(value[:3]) <= 599):
                raise ValueError(f"{path}:{number}: bad status {value!r}")
            status = int(value[:3])
        else:
            headers[name] = value
    return status, headers


def merge_headers(base: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """Header names are case-insensitive: an extra `content-type` replaces the default `Content-Type`."""
    overridden = {name.lower() for name in extra}
    return {**{k: v for k, v in base.items() if k.lower() not in overridden}, **extra}


@contextmanager
def serve_directory(root: Path, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `root` on a background thread; yields the base URL, e.g. ``http://127.0.0.1:54321``."""
    server = SampleServer(Path(root), (host, port))
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="newsflow-samples", daemon=True
    )
    thread.start()
    try:
        bound_host, bound_port = server.server_address[:2]
        yield f"http://{bound_host}:{bound_port}"
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
