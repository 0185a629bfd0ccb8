"""Article page → main text, title, date and canonical URL (trafilatura), for full-text feeds."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import chardet
import trafilatura
from trafilatura.utils import load_html

from .clean import canonical_url, normalize_text
from .records import OK, FetchResult, PageText

# trafilatura options, chosen by measurement on the article-pages corpus (docs/fulltext.md): the
# balanced mode has the best F1 (favor_precision loses recall, favor_recall lets boilerplate in);
# comments are readers' text, not the article; tables hold the figures of many financial stories.
# The date is only a fallback for feeds that give none, so it comes from the page's markup (meta
# tags, JSON-LD, <time>, URL) and not from htmldate's extensive search of the text, which guesses
# more and halves the speed.
EXTRACT_OPTIONS = dict(
    include_comments=False,
    include_tables=True,
    favor_precision=False,
    favor_recall=False,
    with_metadata=True,
    date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d %H:%M:%S"},
)

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")

# Declared labels that name a smaller charset than pages actually use (as browsers read them):
# GB2312 pages routinely hold GBK characters; Big5 pages HKSCS ones; Latin-1 means windows-1252.
CHARSET_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
    "csgb2312": "gb18030", "gb_2312-80": "gb18030", "chinese": "gb18030",
    "big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "shift_jis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
}
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Less than this (non-space characters) is a menu, a login form or a paywall notice, not an
# article; rejecting a page costs little, since the feed's own text then stays the body.
MIN_TEXT_CHARS = 50
PRESCAN_BYTES = 8192  # where a page's <meta charset> must be, give or take (HTML says 1024)


def _charset_candidates(body: bytes, content_type: str | None) -> Iterator[str]:
    """Encodings to try, most authoritative first: BOM, HTTP header, <meta>, UTF-8, chardet's guess."""
    for bom, label in _BOMS:
        if body.startswith(bom):
            yield label
    if content_type and (match := _CHARSET_PARAM.search(content_type.encode("latin-1", "replace"))):
        yield match.group(1).decode("ascii")
    for meta in _META_TAG.findall(body[:PRESCAN_BYTES]):
        if match := _CHARSET_PARAM.search(meta):
            yield match.group(1).decode("ascii")
            break
    yield "utf-8"
    yield chardet.detect(body[:65536])["encoding"] or "utf-8"  # only reached when nothing else decodes


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Bytes of an HTML page → text, in the first candidate charset that decodes it cleanly."""
    for label in _charset_candidates(body, content_type):
        try:
            return body.decode(CHARSET_SUPERSETS.get(label.lower(), label))
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _page_canonical(tree, page_url: str) -> str | None:
    """<link rel=canonical>, else og:url, resolved against the page URL and canonicalised."""
    for link in tree.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            url = canonical_url(link.get("href"), base=page_url)
            if url:
                return url
    for meta in tree.iterfind(".//meta[@content]"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url":
            url = canonical_url(meta.get("content"), base=page_url)
            if url:
                return url
    return None


def _parse_date(value: str | None) -> datetime | None:
    """htmldate's "YYYY-MM-DD[ HH:MM:SS]" → naive datetime (the page rarely says its zone)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def extract_page(result: FetchResult, options: Mapping[str, Any] | None = None) -> PageText:
    """Main text of a fetched article page. Never raises: problems come back in `PageText.error`.

    `options` are trafilatura.bare_extraction keywords that replace EXTRACT_OPTIONS entries.
    """
    url = result.final_url or result.url
    page = PageText(url=url, text=None, title=None, canonical_url=None, published=None)
    if result.outcome != OK or result.body is None:
        page.error = result.error or f"no page body (fetch outcome {result.outcome})"
        return page
    media_type = (result.content_type or "").split(";")[0].strip().lower()
    if media_type and media_type not in HTML_TYPES:
        page.error = f"not an HTML page: {media_type}"
        return page
    try:
        tree = load_html(decode_body(result.body, result.content_type))
        if tree is None:
            page.error = "not an HTML page: no document could be parsed"
            return page
        page.canonical_url = _page_canonical(tree, url)
        doc = trafilatura.bare_extraction(tree, url=url, **{**EXTRACT_OPTIONS, **(options or {})})
    except Exception as exc:  # trafilatura and lxml raise many kinds on hostile input
        page.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return page
    if doc is not None:
        page.title = " ".join(normalize_text(doc.title).split()) or None
        page.published = _parse_date(doc.date)
        # trafilatura puts one block (paragraph, heading, list item, row) on each line
        page.text = normalize_text(doc.text).replace("\n", "\n\n") or None
    if page.text is None:
        page.error = "no article text found"
    elif len("".join(page.text.split())) < MIN_TEXT_CHARS:
        page.error = f"no article text found (only {page.text!r})"
        page.text = None
    return page
