"""HTTP fetching of feeds and article pages: conditional GET, limits, concurrency, per-host politeness.

Every problem becomes a FAILED FetchResult with a short reason; nothing here raises for the network.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpcore
import httpx

from .config import Feed, Settings
from .records import FAILED, NOT_MODIFIED, OK, FetchResult

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, application/json;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

OnResult = Callable[[FetchResult], None]


class ConnectToTransport(httpx.AsyncBaseTransport):
    """Like curl --connect-to: open the connection to another ip:port, leave URL and Host header as written.

    httpx resolves redirects and reports final URLs from the request it built, so only the copy handed
    to the connection pool points elsewhere. For https the TLS name stays the original host.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, targets: Iterable[tuple[str, str]]) -> None:
        self._inner = inner
        self._targets = {host.lower(): _split_target(target) for host, target in targets}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self._targets.get(request.url.host)
        if target is not None:
            extensions = dict(request.extensions)
            if request.url.scheme == "https":
                extensions.setdefault("sni_hostname", request.url.host)
            request = httpx.Request(
                request.method,
                request.url.copy_with(host=target[0], port=target[1]),
                headers=request.headers,  # already carries Host: <original host>
                stream=request.stream,
                extensions=extensions,
            )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _split_target(target: str) -> tuple[str, int]:
    host, sep, port = target.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ValueError(f"connect_to target must be 'ip:port', got {target!r}")
    return host.strip("[]"), int(port)


class BlockedAddress(httpcore.ConnectError):
    """A host that resolves only to addresses the address policy forbids."""


class AddressPolicy(httpcore.AsyncNetworkBackend):
    """Connects only to public addresses, except for trusted hosts, checked on the address it connects to.

    Every connection, redirects included, goes through here: the name is resolved once, the addresses are
    checked, and the socket is opened to a checked address, so a name that resolves differently a moment
    later (DNS rebinding) cannot slip through. Trusted as written: the configured feeds' hosts, the
    allow-list (names or networks) and the connect_to targets.
    """

    def __init__(self, inner: httpcore.AsyncNetworkBackend, trusted_hosts: Iterable[str],
                 allowed: Iterable[str] = ()) -> None:
        self._inner = inner
        self._trusted = {h.lower().strip("[]") for h in trusted_hosts}
        self._networks = []
        for item in allowed:
            try:
                self._networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                self._trusted.add(item.lower())  # a host name

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options=None) -> httpcore.AsyncNetworkStream:
        host = host.lower().strip("[]")
        address = host if host in self._trusted else await self._checked_address(host, port)
        return await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                             socket_options=socket_options)

    async def _checked_address(self, host: str, port: int) -> str:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"DNS lookup failed for {host}: {exc.strerror or exc}") from exc
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        for address in addresses:
            if self._allowed(address):
                return address
        raise BlockedAddress(
            f"blocked: {host} is at {', '.join(addresses)}, a private, loopback, link-local or reserved address "
            "(allow it with NEWSFLOW_ALLOW_HOSTS)")

    def _allowed(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if any(ip in net for net in self._networks):
            return True
        return ip.is_global and not ip.is_multicast

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def make_client(settings: Settings, trusted_hosts: Iterable[str] = ()) -> httpx.AsyncClient:
    """An AsyncClient with the configured timeouts, User-Agent, redirect limit, connect_to routing and
    address policy (`trusted_hosts`: the hosts of the configured feeds)."""
    transport = httpx.AsyncHTTPTransport(
        limits=httpx.Limits(
            max_connections=settings.max_concurrency,
            max_keepalive_connections=settings.max_concurrency,
        ),
    )
    trusted = [*trusted_hosts, *(_split_target(target)[0] for _, target in settings.connect_to)]
    # httpx takes no network backend of its own; its connection pool (httpcore) does
    pool = transport._pool
    pool._network_backend = AddressPolicy(pool._network_backend, trusted, settings.allow_hosts)
    return httpx.AsyncClient(
        transport=transport if not settings.connect_to else ConnectToTransport(transport, settings.connect_to),
        # pool=None: a request waits for a free connection rather than failing; each one is bounded itself
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=None,
        ),
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        headers={"User-Agent": settings.user_agent},
    )


async def fetch_url(
    client: httpx.AsyncClient,
    settings: Settings,
    feed: str,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchResult:
    """One conditional GET. Never raises for a network problem: failures come back as FAILED results."""
    fetched_at = datetime.now(timezone.utc)
    started = time.monotonic()
    result = FetchResult(feed=feed, url=url, outcome=FAILED, fetched_at=fetched_at)
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        deadline = asyncio.timeout(settings.request_deadline)
        async with deadline, client.stream("GET", url, headers=headers) as response:
            result.status = response.status_code
            result.final_url = str(response.url)
            result.content_type = response.headers.get("Content-Type")
            result.etag = response.headers.get("ETag") or None
            result.last_modified = response.headers.get("Last-Modified") or None
            result.retry_after = _retry_after(response.headers.get("Retry-After"), fetched_at)
            result.max_age = _max_age(response.headers.get("Cache-Control"))
            result.link = ", ".join(response.headers.get_list("Link")) or None
            if response.status_code == 304:
                result.outcome = NOT_MODIFIED
                # a 304 may omit the validators; keep the ones that still hold
                result.etag = result.etag or etag
                result.last_modified = result.last_modified or last_modified
            elif not response.is_success:
                result.error = f"HTTP {response.status_code}"
            else:
                body = await read_capped(response.headers, response.aiter_bytes(), settings.max_bytes)
                if body is None:
                    result.error = f"too large: more than {settings.max_bytes} bytes"
                else:
                    result.outcome, result.body = OK, body
    except httpx.InvalidURL as exc:
        result.error = f"invalid URL {url!r}: {exc}"
    except httpx.HTTPError as exc:
        result.final_url = result.final_url or _failed_url(exc)
        result.error = _describe(exc, settings, result.final_url or url)
    except TimeoutError:
        result.outcome, result.body = FAILED, None
        result.error = f"deadline: no complete response within {settings.request_deadline:g} s"
    except Exception as exc:  # whatever a hostile URL or server provokes is this feed's failure, not the run's
        while isinstance(exc, ExceptionGroup) and exc.exceptions:  # anyio groups the connect attempt's error
            exc = exc.exceptions[0]
        result.error = f"{type(exc).__name__}: {exc}"
    result.url, result.error = redact(url), redact(result.error)
    result.final_url = redact(result.final_url)
    result.elapsed_ms = round((time.monotonic() - started) * 1000)
    return result


def _retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: a number of seconds, or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


def _max_age(cache_control: str | None) -> float | None:
    found = _MAX_AGE.search(cache_control or "")
    return float(found.group(1)) if found else None


async def read_capped(headers, chunks: AsyncIterator[bytes], max_bytes: int) -> bytes | None:
    """A body read from `chunks`, or None once it is known to exceed `max_bytes`, by its Content-Length or
    by what has come so far (reading stops right there). A fetched response's, or a pushed request's."""
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return None
    parts, size = [], 0
    async for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            return None
        parts.append(chunk)
    return b"".join(parts)


def _describe(exc: httpx.HTTPError, settings: Settings, url: str) -> str:
    """A short, human-readable reason for a failed exchange at `url`."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timeout: connect after {settings.connect_timeout:g}s"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timeout: read after {settings.read_timeout:g}s"
    if isinstance(exc, httpx.TimeoutException):
        return f"timeout: {type(exc).__name__.removesuffix('Timeout').lower()}"
    if isinstance(exc, httpx.TooManyRedirects):
        return f"too many redirects (more than {settings.max_redirects})"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return f"invalid URL {url!r}: {exc}"
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        cause = _root_cause(exc)
        if isinstance(cause, BlockedAddress):
            return str(cause)
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return f"DNS lookup failed for {host_of(url)}: {cause.strerror or cause}"
        return f"connection failed: {cause}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"protocol error: {text}"
    if isinstance(exc, httpx.DecodingError):
        return f"cannot decode body: {text}"
    return f"{type(exc).__name__}: {text}"


_CREDENTIALS = re.compile(r"(?<=//)[^/@\s?#]*@")


def redact(text: str | None) -> str | None:
    """A URL (or a message quoting one) with its user name and password replaced: stored and printed safely."""
    return _CREDENTIALS.sub("***@", text) if text else text


def _failed_url(exc: httpx.HTTPError) -> str | None:
    """Where the exchange failed, e.g. the last hop of a redirect chain."""
    try:
        return str(exc.request.url)
    except RuntimeError:  # raised before any request was built
        return None


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception: httpx wraps httpcore, which wraps anyio's OSError, which wraps the real one."""
    for _ in range(10):  # bounded: a chain can in principle loop
        inner = exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc = inner
    return exc


def host_of(url: str) -> str:
    try:
        return httpx.URL(url).host
    except httpx.InvalidURL:
        return ""


async def _fetch_all(
    jobs: list[tuple[str, str, str | None, str | None]],
    settings: Settings,
    accept: str,
    on_result: OnResult | None,
    trusted_hosts: Iterable[str],
    delays: Mapping[str, float] | None = None,
) -> list[FetchResult]:
    """Fetch (feed, url, etag, last_modified) jobs concurrently, at most per_host_concurrency per host,
    requests to a host in `delays` started that many seconds apart, all within the stage deadline (jobs
    still running then fail with that reason)."""
    overall = asyncio.Semaphore(settings.max_concurrency)
    per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
        lambda: asyncio.Semaphore(settings.per_host_concurrency)
    )
    delays, next_start = delays or {}, {}
    clock = asyncio.get_running_loop().time

    async def one(client: httpx.AsyncClient, feed: str, url: str, etag, last_modified) -> FetchResult:
        host = host_of(url)
        # host slot first: a job waiting for a busy host must not hold one of the overall slots
        async with per_host[host]:
            if delays.get(host):  # the site's crawl delay: book the next start, then wait for it
                start = max(clock(), next_start.get(host, 0.0))
                next_start[host] = start + delays[host]
                await asyncio.sleep(start - clock())
            async with overall:
                result = await fetch_url(
                    client, settings, feed, url, etag=etag, last_modified=last_modified, accept=accept
                )
        if on_result is not None:
            on_result(result)
        return result

    started = datetime.now(timezone.utc)
    async with make_client(settings, trusted_hosts) as client:
        tasks = [asyncio.create_task(one(client, *job)) for job in jobs]
        if tasks:
            await asyncio.wait(tasks, timeout=settings.stage_deadline)
        results = []
        for task, (feed, url, _, _) in zip(tasks, jobs):
            if task.done():
                results.append(task.result())
                continue
            task.cancel()
            result = FetchResult(feed=feed, url=redact(url), outcome=FAILED, fetched_at=started,
                                 error=f"deadline: the stage's {settings.stage_deadline:g} s ran out first")
            if on_result is not None:
                on_result(result)
            results.append(result)
        return results


def fetch_feeds(
    feeds: list[Feed],
    settings: Settings,
    validators: dict[str, tuple[str | None, str | None]] | None = None,
    on_result: OnResult | None = None,
) -> list[FetchResult]:
    """Fetch every enabled feed; `validators` maps feed name -> (etag, last_modified). Results in feed order.

    For synchronous callers (it runs its own event loop); async code uses `make_client` + `fetch_url`.
    """
    validators = validators or {}
    enabled = [f for f in feeds if f.enabled]
    jobs = [(f.name, f.url, *validators.get(f.name, (None, None))) for f in enabled]
    return asyncio.run(_fetch_all(jobs, settings, FEED_ACCEPT, on_result, feed_hosts(enabled)))


def fetch_pages(
    requests: list[tuple[str, str]], settings: Settings, on_result: OnResult | None = None,
    trusted_hosts: Iterable[str] = (), *, accept: str = PAGE_ACCEPT,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None, delays: Mapping[str, float] | None = None,
) -> list[FetchResult]:
    """Fetch pages given as (feed name, url) pairs, with the same limits as feeds; only `trusted_hosts`
    (the feeds' own) and the allow-list may be at private addresses. `validators`: url -> (etag,
    last_modified) for a conditional GET; `delays`: host -> seconds between requests (crawl delay)."""
    validators = validators or {}
    jobs = [(feed, url, *validators.get(url, (None, None))) for feed, url in requests]
    return asyncio.run(_fetch_all(jobs, settings, accept, on_result, trusted_hosts, delays))


def feed_hosts(feeds: Iterable[Feed]) -> set[str]:
    """The hosts of the configured feeds: trusted as written."""
    return {host for host in (host_of(f.url) for f in feeds) if host}
