"""The daily brief: its content on the samples, a page that needs no network, e-mail through the alerts'
SMTP path, and the page as headless Chromium shows it (not blank, no JavaScript error, both charts drawn)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from email import message_from_bytes
from datetime import date
from pathlib import Path

import pytest
from sample_db import published_samples  # noqa: F401

from newsflow.cli import main
from newsflow.config import Settings
from newsflow.digest import collect, publish_digest, write_digest

SEED_DAY = date(2025, 9, 16)
SEED_ZH = "高盛:中国AI基础设施叙事重燃"  # the seed story's canonical article: the one with full text


@pytest.fixture
def samples(published_samples) -> Settings:  # noqa: F811
    return published_samples


def test_the_day_in_one_page(samples):
    digest = collect(samples, SEED_DAY)
    assert digest.stories[0]["title"].startswith(SEED_ZH) and digest.stories[0]["n_outlets"] == 5
    assert {tuple(s["languages"]) for s in digest.stories[:1]} == {("en", "zh")}
    assert ("buy", 179.0, 163.0, "USD") in [(r["rating"], r["target_price"], r["prior_target_price"], r["currency"])
                                            for r in digest.ratings]
    assert {(c["company"], c["currency"], c["target_median"]) for c in digest.consensus} >= {
        ("Alibaba Group", "USD", 179.0), ("Tencent Holdings", "HKD", 710.0)}
    assert sum(digest.hourly) == len(collect(samples, SEED_DAY).stories) and digest.gate["status"] == "published"
    assert any(m["metric"] == "token_consumption_growth" and m["value"] == 363.0 and m["link"] for m in digest.metrics)
    assert {f["feed"] for f in digest.feeds} >= {"harbor-wire", "broken-server"}


def test_the_page_needs_no_network(samples, tmp_path):
    path = write_digest(samples, SEED_DAY)
    assert path == samples.home / "digest" / "2025-09-16.html"
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", html)  # nothing fetched
    assert html.count('id="chart-hourly"') == 1 and html.count('id="chart-consensus"') == 1
    assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js inlined
    assert SEED_ZH in html and ("Goldman Sachs" in html or "高盛" in html)
    assert main(["digest", "--day", "2025-09-19", "--out", str(tmp_path / "b.html"), "--db", str(samples.db_path)]) == 0
    assert "Keystone" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_a_published_run_mails_the_brief(samples, monkeypatch, smtp_receiver):
    port, received = smtp_receiver
    monkeypatch.setenv("AIRFLOW_CONN_NEWSFLOW_SMTP", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": port,
        "extra": {"disable_tls": True, "disable_ssl": True, "from_email": "newsflow@localhost", "timeout": 5}}))
    monkeypatch.setenv("NEWSFLOW_ALERT_SMTP_CONN_ID", "newsflow_smtp")
    monkeypatch.setenv("NEWSFLOW_ALERT_EMAIL_TO", "desk@localhost")
    result = publish_digest(samples, SEED_DAY)
    assert result["emailed"] == "sent" and Path(result["path"]).is_file()
    [message] = received
    assert "daily brief 2025-09-16" in message["Subject"]
    html = next(p for p in message_from_bytes(message.as_bytes()).walk() if p.get_content_type() == "text/html")
    text = html.get_payload(decode=True).decode("utf-8")
    assert "Top stories" in text and "<script" not in text  # the tables; mail readers run no JavaScript


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (make test installs it)")
def test_headless_chromium_shows_the_page(samples, tmp_path):
    page = write_digest(samples, SEED_DAY).as_uri()
    flags = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--enable-logging=stderr", "--v=0", "--virtual-time-budget=8000", "--window-size=1280,2400"]
    dom = subprocess.run([*flags, "--dump-dom", page], capture_output=True, text=True, timeout=120)
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    assert not [line for line in console if re.search(r"error|uncaught|exception", line, re.IGNORECASE)], console
    assert dom.stdout.count('class="main-svg"') >= 4  # plotly drew both charts (each is two SVG layers)
    assert SEED_ZH in dom.stdout and 'id="top-stories"' in dom.stdout

    shot = tmp_path / "digest.png"
    subprocess.run([*flags, f"--screenshot={shot}", page], capture_output=True, timeout=120, check=True)
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 2400)
    assert len(set(pixels[::97])) > 40  # many colours: text, bars, tables, not a blank page


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the raw (filtered) scanline bytes of a PNG: enough to tell a blank page."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, chunks, size = 8, b"", (0, 0)
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            chunks += body
        at += 12 + length
    return size[0], size[1], zlib.decompress(chunks)
