"""The WebSub callback: the FastAPI app the Airflow plugin (`plugins/newsflow_websub.py`) mounts in the
api-server under /newsflow, so hubs reach it at ``/newsflow/websub/{token}`` (newsflow.websub says who does
what). It never opens the DuckDB file: a verified body goes to the archive and the spool.

No `from __future__ import annotations` here: FastAPI reads the handlers' annotations at run time.
"""

import asyncio
import logging
import time

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

from .config import Settings
from .fetch import read_capped
from .websub import (ACTIVE, DENIED, REJECTED, RETRY_CEILING_S, SPOOLED, VERIFIED, PushSettings, Subscription,
                     SubscriptionStore, signature_problem, spool_push)

log = logging.getLogger("newsflow.websub")


def create_app():
    """The callback app, mounted by the Airflow plugin under /newsflow: ``/newsflow/websub/{token}``.

    No Airflow authentication: hubs call it. What guards it is the unguessable token per subscription, the
    topic check on verification and the HMAC signature on every push."""
    app = FastAPI(title="newsflow WebSub callback", docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/websub/{token}")
    async def verify_intent(token: str, request: Request):
        settings = Settings.from_env()
        store = SubscriptionStore(settings.home)
        query = request.query_params
        mode, topic = query.get("hub.mode", ""), query.get("hub.topic", "")
        sub = await asyncio.to_thread(store.by_token, token)
        if sub is None:
            return await _refuse(store, "verify", None, token, 404, f"unknown subscription (hub.mode={mode[:20]})")
        if mode == "denied":  # the hub refused the subscription, possibly long after accepting it
            reason = query.get("hub.reason", "")[:300] or "no reason given"
            await asyncio.to_thread(store.update, token, state=DENIED, reason=f"hub denied: {reason}",
                                    next_attempt_at=time.time() + RETRY_CEILING_S)
            await asyncio.to_thread(store.record, "verify", REJECTED, f"hub denied: {reason}", sub)
            log.warning("WebSub hub %s denied feed %s (topic %s): %s", sub.hub, sub.feed, sub.topic, reason)
            return PlainTextResponse("", status_code=200)
        challenge = query.get("hub.challenge")
        if mode != "subscribe" or topic != sub.topic or not challenge or sub.requested_at is None:
            why = (f"hub.mode={mode[:20]!r} not asked for" if mode != "subscribe" else
                   f"topic {topic[:200]!r} is not the one asked for" if topic != sub.topic else
                   "no hub.challenge" if not challenge else "no subscription request outstanding")
            return await _refuse(store, "verify", sub, token, 404, why)
        lease = query.get("hub.lease_seconds", "")
        granted = int(lease) if lease.isdigit() else PushSettings.from_env().lease_seconds
        now = time.time()
        await asyncio.to_thread(store.update, token, state=ACTIVE, verified_at=now, lease_seconds=granted,
                                expires_at=now + granted, reason=None, attempts=0)
        await asyncio.to_thread(store.record, "verify", VERIFIED, f"lease {granted} s", sub)
        log.info("WebSub subscription of feed %s verified by %s: lease %d s", sub.feed, sub.hub, granted)
        return PlainTextResponse(challenge, status_code=200)

    @app.post("/websub/{token}")
    async def receive_push(token: str, request: Request):
        settings = Settings.from_env()
        store = SubscriptionStore(settings.home)
        sub = await asyncio.to_thread(store.by_token, token)
        if sub is None:
            return await _refuse(store, "push", None, token, 404, "unknown subscription")
        if sub.state != ACTIVE or sub.verified_at is None:
            return await _refuse(store, "push", sub, token, 404, f"subscription not verified (state {sub.state})")
        body = await read_capped(request.headers, request.stream(), settings.max_bytes)
        if body is None:
            return await _refuse(store, "push", sub, token, 413, f"body larger than {settings.max_bytes} bytes")
        problem = signature_problem(sub.secret or "", request.headers.get("X-Hub-Signature"), body)
        if problem:
            # WebSub §8: a bad signature is ignored locally, yet acknowledged with a 2xx so that the sender
            # learns nothing it could use to guess the signature.
            return await _refuse(store, "push", sub, token, 202, f"{problem}: body ignored", size=len(body))
        sha, _ = await asyncio.to_thread(spool_push, settings, sub, body, request.headers.get("Content-Type"),
                                         request.headers.get("Link"))
        await asyncio.to_thread(store.record, "push", SPOOLED, None, sub, size=len(body), body_sha256=sha)
        log.info("WebSub push for feed %s: %d bytes spooled (sha256 %s)", sub.feed, len(body), sha[:12])
        return PlainTextResponse("", status_code=202)

    return app


async def _refuse(store: SubscriptionStore, kind: str, sub: Subscription | None, token: str, status: int,
                  why: str, size: int | None = None):
    await asyncio.to_thread(store.record, kind, REJECTED, why, sub, token, size)
    log.warning("WebSub %s refused (%s, feed %s): %s", "verification" if kind == "verify" else kind,
                f"HTTP {status}", sub.feed if sub else "unknown", why)
    return PlainTextResponse("" if status < 300 else why + "\n", status_code=status)
