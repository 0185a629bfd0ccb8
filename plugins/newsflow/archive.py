"""Content-addressed store of raw fetched bodies, so any run can be replayed from exactly what was fetched.

A body lives gzip-compressed at ``root/ab/cd/<sha256>.gz``, named by the sha256 of its uncompressed
bytes. Writes go to a temporary file that is renamed into place, so a crash never leaves a half file.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
import zlib
from pathlib import Path

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class ArchiveError(Exception):
    """An archived body that is missing, unreadable or does not match its sha256."""


class Archive:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        if not SHA256_HEX.fullmatch(sha):
            raise ValueError(f"not a sha256 hex digest: {sha!r}")
        return self.root / sha[:2] / sha[2:4] / f"{sha}.gz"

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def put(self, body: bytes) -> str:
        """Store `body` (once) and return its sha256 hex digest."""
        sha = hashlib.sha256(body).hexdigest()
        target = self.path(sha)
        if target.is_file():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{sha}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(gzip.compress(body, mtime=0))  # mtime=0: same body, same file bytes
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha: str) -> bytes:
        """The body stored under `sha`, checked against its digest."""
        path = self.path(sha)
        try:
            body = gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise ArchiveError(f"archived body {sha} is missing: no file {path}") from None
        except (OSError, EOFError, zlib.error) as exc:
            raise ArchiveError(f"archived body {sha} is corrupt: cannot read {path}: {exc}") from exc
        actual = hashlib.sha256(body).hexdigest()
        if actual != sha:
            raise ArchiveError(f"archived body {sha} is corrupt: {path} holds content with sha256 {actual}")
        return body
