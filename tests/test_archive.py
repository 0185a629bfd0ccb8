"""The content-addressed archive of raw bodies."""

from __future__ import annotations

import gzip
import hashlib

import pytest

from newsflow.archive import Archive, ArchiveError

BODY = "<rss><channel><title>财经新闻 markets</title></channel></rss>".encode()
SHA = hashlib.sha256(BODY).hexdigest()


def test_put_stores_gzip_under_its_sha_and_get_returns_it(tmp_path):
    archive = Archive(tmp_path / "archive")
    assert not archive.has(SHA)
    assert archive.put(BODY) == SHA
    path = archive.path(SHA)
    assert path == tmp_path / "archive" / SHA[:2] / SHA[2:4] / f"{SHA}.gz"
    assert gzip.decompress(path.read_bytes()) == BODY
    assert archive.has(SHA)
    assert archive.get(SHA) == BODY


def test_empty_body_is_stored_too(tmp_path):
    archive = Archive(tmp_path)
    sha = archive.put(b"")
    assert sha == hashlib.sha256(b"").hexdigest() and archive.get(sha) == b""


def test_put_is_idempotent_and_leaves_no_temporary_files(tmp_path):
    archive = Archive(tmp_path)
    archive.put(BODY)
    before = archive.path(SHA).stat().st_mtime_ns
    assert archive.put(BODY) == SHA
    assert archive.path(SHA).stat().st_mtime_ns == before  # not rewritten
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [f"{SHA}.gz"]


def test_same_body_gives_byte_identical_files(tmp_path):
    a, b = Archive(tmp_path / "a"), Archive(tmp_path / "b")
    a.put(BODY)
    b.put(BODY)
    assert a.path(SHA).read_bytes() == b.path(SHA).read_bytes()


def test_a_failed_write_leaves_neither_target_nor_temporary_file(tmp_path):
    archive = Archive(tmp_path)
    archive.path(SHA).mkdir(parents=True)  # a directory in the way makes the final rename fail for real
    with pytest.raises(OSError):
        archive.put(BODY)
    assert not archive.has(SHA)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_leftover_temporary_file_does_not_count(tmp_path):
    archive = Archive(tmp_path)
    path = archive.path(SHA)
    path.parent.mkdir(parents=True)
    (path.parent / f".{SHA}.crash.tmp").write_bytes(b"\x1f\x8b half")
    assert not archive.has(SHA)
    archive.put(BODY)
    assert archive.get(SHA) == BODY


def test_missing_body_names_sha_and_path(tmp_path):
    archive = Archive(tmp_path)
    with pytest.raises(ArchiveError, match=f"{SHA} is missing.*{archive.path(SHA)}"):
        archive.get(SHA)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"not gzip at all", "cannot read"),
        (gzip.compress(BODY)[:-10], "cannot read"),  # truncated
        (gzip.compress(b"something else"), "holds content with sha256"),
    ],
)
def test_corrupt_file_names_sha_and_path(tmp_path, content, reason):
    archive = Archive(tmp_path)
    archive.put(BODY)
    archive.path(SHA).write_bytes(content)
    with pytest.raises(ArchiveError) as caught:
        archive.get(SHA)
    message = str(caught.value)
    assert f"{SHA} is corrupt" in message and str(archive.path(SHA)) in message and reason in message


@pytest.mark.parametrize("bad", ["", "abc", SHA.upper(), "../" + SHA[3:], SHA + "0"])
def test_not_a_sha_is_rejected(tmp_path, bad):
    with pytest.raises(ValueError, match="not a sha256"):
        Archive(tmp_path).path(bad)
