"""Feed entries → clean articles: text, canonical URL, language and UTC dates."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bs4 import BeautifulSoup, CData, NavigableString

from .config import Feed
from .ids import stable_hash
from .records import Article, PageText, RawEntry

# ---------------------------------------------------------------- text

# NFKC would turn these into their ASCII look-alikes. Chinese prose uses the full-width forms as its
# own punctuation (，is not ",": it never separates thousands), and gold texts, quotes and readers
# expect them, so they stay. The ellipsis (…… in Chinese) stays one character, and superscript /
# subscript digits stay marks (footnote ¹ after "5%" must not become "5%1").
KEEP_AS_IS = "，：；！？（）…⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"
_KEEP_SPLIT = re.compile(f"([{KEEP_AS_IS}]+)")
_THOUSANDS_COMMA = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")  # １，２３４ → 1,234 (but not 3，4月)
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str | None) -> str:
    """Canonical form of a text: NFKC, one space between words, one blank line between paragraphs.

    NFKC makes full-width digits, letters and number punctuation ASCII (３．５％ → 3.5%, －１ → -1,
    ＄ → $), ideographic and no-break spaces plain spaces, ligatures letters. Chinese punctuation
    that NFKC would also fold (，：；！？（）) and the ellipsis … are kept as written: in Chinese text
    they are the punctuation itself, not a variant of the ASCII signs; 、。「」《》 are untouched by
    NFKC anyway. A full-width comma inside a number (１，２３４) does become "," so numbers stay
    numbers. Zero-width, bidi and control characters are removed; tabs and runs of spaces become one
    space; lines are stripped; two or more line breaks become exactly one blank line.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
    text = _INVISIBLE.sub("", text)
    pieces = _KEEP_SPLIT.split(text)
    pieces[::2] = [unicodedata.normalize("NFKC", piece) for piece in pieces[::2]]
    text = _THOUSANDS_COMMA.sub(",", "".join(pieces))
    text = _INLINE_SPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


# Elements whose content is never article text.
DROP_TAGS = [
    "script", "style", "noscript", "iframe", "object", "embed", "form", "svg", "template", "head",
    "img", "picture", "video", "audio", "canvas", "map", "button", "select", "textarea",
]  # images carry no text, so every <img> goes, tracking pixels included
PARAGRAPH_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
    "footer", "aside", "nav", "main", "ul", "ol", "dl", "table", "pre", "figure", "figcaption", "hr",
    "address", "details", "summary", "fieldset",
}
LINE_TAGS = {"li", "dt", "dd", "tr", "caption"}  # <br> becomes a plain "\n", so <br><br> is a paragraph
CELL_TAGS = {"td", "th"}
_PARAGRAPH_MARK, _LINE_MARK = "\ue000", "\ue001"  # private-use placeholders that survive whitespace folding
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_PARAGRAPH_RUN = re.compile(f"[ {_PARAGRAPH_MARK}{_LINE_MARK}]*{_PARAGRAPH_MARK}[ {_PARAGRAPH_MARK}{_LINE_MARK}]*")
_LINE_RUN = re.compile(f"[ {_LINE_MARK}]*{_LINE_MARK}[ {_LINE_MARK}]*")
_HAS_TAG = re.compile(r"<[A-Za-z!/?]")
_DOUBLE_ESCAPED = re.compile(r"&amp;(#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]{1,31};)")
_LOOKS_LIKE_MARKUP = re.compile(
    r"<(?:/?(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|img|table|blockquote|script|style)\b[^<>]*|!--.*?--)>",
    re.I | re.S,
)


def html_to_text(html_text: str | None) -> str:
    """Feed HTML (title, summary, content) → normalised plain text with paragraph breaks.

    Markup that was escaped once too often ("&amp;amp;", "&lt;p&gt;") is unwrapped, and a value
    with no markup at all is treated as plain text, so its own line breaks count.
    """
    if not html_text or not html_text.strip():
        return ""
    while True:  # "&amp;amp;" → "&amp;" → "&": feeds that escape twice
        unwrapped = _DOUBLE_ESCAPED.sub(r"&\1", html_text)
        if unwrapped == html_text:
            break
        html_text = unwrapped
    text = _markup_to_text(html_text)
    if _LOOKS_LIKE_MARKUP.search(text):  # the markup itself was escaped: one more round
        text = _markup_to_text(text)
    return drop_feed_furniture(normalize_text(text))


def _markup_to_text(markup: str) -> str:
    if not _HAS_TAG.search(markup):  # plain text (maybe with entities): its line breaks are meant
        return html.unescape(markup)
    soup = BeautifulSoup(markup, "lxml")
    # One walk over the tree, writing as it goes: editing the tree instead (replace_with, insert_before)
    # costs a scan of the siblings per edit, quadratic in a long flat entry. Iterative, for deep markup.
    pieces: list[str] = []
    stack: list[tuple[object, bool]] = [(soup, False)]  # (node or a mark to write, inside <pre>)
    while stack:
        node, in_pre = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            pieces.append(node)  # a mark pushed when its tag was entered
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, doctype, processing instructions
                pieces.append(str(node) if in_pre else _HTML_WHITESPACE.sub(" ", node))
        elif node.name in _DROP or _is_hidden(node):  # no text, or text a reader never sees
            continue
        elif node.name == "br":
            pieces.append("\n")
        else:
            before, after = _BLOCK_MARKS.get(node.name, ("", ""))
            pieces.append(before)
            stack.append((after, in_pre))
            in_pre = in_pre or node.name == "pre"
            stack.extend((child, in_pre) for child in reversed(node.contents))
    # Nested blocks leave runs of marks: a run holding a paragraph mark is one paragraph break.
    return _LINE_RUN.sub("\n", _PARAGRAPH_RUN.sub("\n\n", "".join(pieces)))


_DROP = frozenset(DROP_TAGS)
_BLOCK_MARKS = {
    **{name: (_PARAGRAPH_MARK, _PARAGRAPH_MARK) for name in PARAGRAPH_TAGS},
    **{name: (_LINE_MARK, _LINE_MARK) for name in LINE_TAGS},
    **{name: ("", " ") for name in CELL_TAGS},
}


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Feed furniture after the story: "Continue reading...", "The post X appeared first on Y.", 阅读全文
_FEED_FURNITURE = re.compile(
    r"^(?:(?:continue reading|read more|read the full (?:story|article)|full story|click here to read)\b.{0,80}"
    r"|the post .{1,300} appeared first on .{1,120}"
    r"|(?:阅读全文|查看原文|点击阅读(?:全文|原文)?|閱讀全文|更多精彩内容).{0,20})$",
    re.I,
)


def _is_hidden(tag) -> bool:
    return (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(tag.get("style") or "")))


def drop_feed_furniture(text: str) -> str:
    """Remove the 'Continue reading' / 'The post ... appeared first on ...' paragraphs feeds append."""
    kept = [p for p in text.split("\n\n") if not _FEED_FURNITURE.match(p.strip(" .…»>›→"))]
    return "\n\n".join(kept)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- URLs

# Query parameters that identify a campaign, a click or a share, never the document. Matched
# case-insensitively; every parameter starting with "utm_" is dropped too.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "li_fat_id", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "_ga",
    "_gl", "spm", "scm", "ref", "ref_src", "ref_url", "cmpid", "cmp", "ncid", "sr_share", "s_kwcid",
    "wt.mc_id", "wt_mc", "ito", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid",
    "__twitter_impression", "share", "isappinstalled",
})
DEFAULT_PORTS = {"http": 80, "https": 443}
_PERCENT_ESCAPE = re.compile(r"%([0-9a-fA-F]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def _normalize_path(path: str) -> str:
    """Percent-encode what must be encoded, upper-case escapes, decode escaped unreserved chars."""
    path = quote(path, safe="/%:@!$&'()*+,;=~")

    def fix(match: re.Match) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"

    return _PERCENT_ESCAPE.sub(fix, path) or "/"


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """The one spelling of an article URL, so the same article gets the same id from every feed.

    Resolved against `base`; http(s) only; scheme and host lower-cased, default port, user info and
    fragment dropped; tracking parameters (utm_* and TRACKING_PARAMS) dropped, the others sorted by
    name (repeated names keep their order); the path kept, with its percent-encoding normalised.
    Returns None for anything that is not a usable http(s) URL.
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        if base:
            url = urljoin(base.strip(), url)
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # bad IPv6 literal or port
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort(key=lambda kv: kv[0])
    return urlunsplit((scheme, netloc, _normalize_path(parts.path), urlencode(query, quote_via=quote), ""))


# ---------------------------------------------------------------- language

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
CJK_WEIGHT = 3  # one Han character carries about as much as three Latin letters (word ≈ 1.5 vs 4.7)
MIN_EVIDENCE = 24  # weighted characters below which the text is too short to tell (~8 Han or 5 words)


def detect_language(text: str, hint: str | None = None) -> str:
    """"zh", "ja", "ko", "en" (or the feed's Latin-script language), or "und" for no text.

    The pipeline has to tell Chinese from English, and that is a question of script, which a
    character count answers exactly and instantly, with nothing to load; statistical detectors
    (langdetect, lingua, fastText) are large or need model files, and are least reliable on the
    short titles and mixed Chinese/English text that financial feeds carry. Han characters weigh
    CJK_WEIGHT Latin letters each. Kana means Japanese, Hangul Korean. Latin script cannot tell
    English from German, so there the feed's declared language wins when it names one, else "en".
    The hint also decides when the text is too short (< MIN_EVIDENCE) to tell. Mixed text goes by
    its weight: a Chinese headline over an English body is "en", the language of the body.
    """
    hint = (hint or "").strip().lower().replace("_", "-").split("-")[0] or None
    text = text or ""
    han, kana, hangul = len(_HAN.findall(text)), len(_KANA.findall(text)), len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    cjk = CJK_WEIGHT * (han + kana + hangul)
    if cjk + latin < MIN_EVIDENCE and hint:
        return hint
    if cjk + latin == 0:
        return "und"
    if cjk >= latin:
        if hangul > han + kana:
            return "ko"
        return "ja" if kana * 5 >= han and kana else "zh"
    return hint if hint and hint not in ("zh", "ja", "ko") else "en"


# ---------------------------------------------------------------- dates


def to_utc(dt: datetime | None, tz: str = "UTC") -> datetime | None:
    """Aware → the same instant in UTC; naive → read as wall time in `tz` (an IANA zone), then UTC."""
    if dt is None:
        return None
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        try:
            dt = dt.replace(tzinfo=ZoneInfo(tz or "UTC"))
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {tz!r}") from exc
    try:
        return dt.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31 west of UTC: no such instant
        return None


EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=timezone.utc)  # before any feed; an older date is a broken one
MAX_FUTURE = timedelta(days=2)  # clocks and zones differ a little; a date further ahead is a broken one


def plausible_date(dt: datetime | None, seen_at: datetime) -> datetime | None:
    """A publication date between 1990 and two days after the entry was seen; anything else is no date."""
    return dt if dt is not None and EARLIEST_DATE <= dt <= seen_at + MAX_FUTURE else None


# ---------------------------------------------------------------- entries


def _fingerprint_text(text: str) -> str:
    """Text as compared for exact duplicates: case and line layout do not matter."""
    return " ".join(normalize_text(text).casefold().split())


MAX_TITLE_CHARS = 1000
MAX_TEXT_CHARS = 200_000


def clean_entry(entry: RawEntry, feed: Feed, first_seen_at: datetime, page: PageText | None = None,
                max_chars: int = MAX_TEXT_CHARS) -> Article:
    """Build the Article for one feed entry (and its page, for full-text feeds).

    A body longer than `max_chars` is cut at the last paragraph break before the limit (the cut is
    counted in `truncated_chars`); a title longer than MAX_TITLE_CHARS is cut too.
    Raises ValueError, with the reason, for an entry that has neither title nor text.
    """
    title = _one_line(html_to_text(entry.title)) or _one_line(normalize_text(page.title if page else None))
    title = title[:MAX_TITLE_CHARS]
    full_text = bool(page and page.text and page.text.strip())
    if full_text:
        body = normalize_text(page.text)
    else:
        body = max(html_to_text(entry.content_html), html_to_text(entry.summary_html), key=len)
    body, truncated = _truncate(body, max_chars)
    if not title and not body:
        raise ValueError(
            f"entry has neither title nor text (feed {feed.name!r}, guid {entry.guid!r}, link {entry.link!r})"
        )

    url = (
        (page.canonical_url if page else None)
        or canonical_url(entry.link, base=feed.url)
        or canonical_url(entry.guid)
    )
    article_id = stable_hash("article", url) if url else stable_hash("article", feed.name, entry.guid or title)

    first_seen_at = to_utc(first_seen_at)
    published = next(filter(None, (
        plausible_date(to_utc(dt, feed.timezone), first_seen_at)
        for dt in (entry.published, entry.updated, page.published if page else None))), None)

    return Article(
        article_id=article_id,
        feed=feed.name,
        url=url or "",
        title=title,
        body_text=body,
        language=detect_language(f"{title}\n{body}", feed.language),
        published_at=published or first_seen_at,
        published_at_estimated=published is None,
        first_seen_at=first_seen_at,
        content_hash=stable_hash("content", _fingerprint_text(title), _fingerprint_text(body), length=32),
        source_url=entry.link,
        guid=entry.guid,
        author=_one_line(html_to_text(entry.author)) or None,
        full_text=full_text,
        entry_key=entry.entry_key,
        truncated_chars=truncated,
    )


def _truncate(text: str, limit: int) -> tuple[str, int | None]:
    """`text` cut to at most `limit` characters, at a paragraph break when there is one in the last half."""
    if len(text) <= limit:
        return text, None
    cut = text.rfind("\n\n", limit // 2, limit)
    kept = text[: cut if cut > 0 else limit].rstrip()
    return kept, len(text) - len(kept)
