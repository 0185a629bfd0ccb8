"""Stable identifiers: the same input gives the same id in every run and on every machine."""

from __future__ import annotations

import hashlib


def stable_hash(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts, joined unambiguously."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:length]
