from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest

from newsflow.clean import canonical_url, clean_entry, detect_language, html_to_text, normalize_text, to_utc
from newsflow.config import Feed
from newsflow.ids import stable_hash
from newsflow.records import Article, PageText, RawEntry

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
UTC = timezone.utc

# The shape of the article the project was designed from: a Chinese headline over an English summary.
SEED_TITLE = "高盛:中国AI基础设施叙事重燃 企业级大模型Token消耗量暴涨 阿里(09988)是核心受益者"
SEED_BODY = (
    "Core Insights - The demand for enterprise-level applications is driving a resurgence in investment "
    "narratives for AI infrastructure in China, with Alibaba positioned favorably due to its market share "
    "and capabilities [1][5]. Goldman Sachs raised Alibaba's target price from $163 to $179, maintaining "
    'a "buy" rating [1][4].'
)


# ---------------------------------------------------------------- normalize_text


def test_nfkc_makes_full_width_digits_and_number_signs_ascii():
    assert normalize_text("增长３．５％，至ＵＳ＄１２３亿") == "增长3.5%，至US$123亿"
    assert normalize_text("下跌－１．８５％") == "下跌-1.85%"
    assert normalize_text("ﬁnance\u3000news") == "finance news"


def test_chinese_punctuation_stays_chinese():
    text = "阿里巴巴（09988）：营收同比增长、利润下降；是否回购？是！……"
    assert normalize_text(text) == text


def test_full_width_comma_inside_a_number_becomes_ascii_only_there():
    assert normalize_text("共１，２３４家公司") == "共1,234家公司"
    assert normalize_text("3，4月份") == "3，4月份"
    assert normalize_text("2019，2020年") == "2019，2020年"


def test_footnote_superscripts_do_not_glue_onto_numbers():
    assert normalize_text("rose 5%¹") == "rose 5%¹"


def test_whitespace_collapsed_and_paragraph_breaks_kept_as_one_blank_line():
    raw = "  First\u00a0\u00a0line\t here  \r\nsecond line\r\n\r\n\r\n \t \n\nNext   paragraph  \n\n\n"
    assert normalize_text(raw) == "First line here\nsecond line\n\nNext paragraph"


def test_zero_width_and_control_characters_removed():
    assert normalize_text("Ali\u200bbaba\u200d \ufeffGroup\x00\x07\u202e") == "Alibaba Group"
    assert normalize_text("soft\u00adhyphen") == "softhyphen"


def test_empty_inputs():
    assert normalize_text(None) == ""
    assert normalize_text(" \n\t\u200b ") == ""
    assert html_to_text(None) == ""
    assert html_to_text("   ") == ""


# ---------------------------------------------------------------- html_to_text


def test_script_style_handlers_and_tracking_pixels_vanish():
    html = (
        '<div onclick="steal()">Shares <b>rose</b> 3%.<script>alert("x")</script>'
        "<style>p { color: red }</style>"
        '<img src="https://pixel.example.com/t.gif" width="1" height="1">'
        '<img src="https://www.google-analytics.com/collect?v=1">'
        "<noscript>Enable JavaScript</noscript><iframe src='https://ads.example'>ad</iframe>"
        '<form><input value="x">Subscribe</form><svg><text>logo</text></svg></div>'
    )
    text = html_to_text(html)
    assert text == "Shares rose 3%."


def test_block_elements_become_paragraphs_and_lines():
    html = (
        "<h2>Results</h2><p>Revenue rose.\nMargins fell.</p><ul><li>Q1: 10%</li><li>Q2: 12%</li></ul>"
        "<p>Line one<br>line two<br><br>new paragraph</p><table><tr><td>A</td><td>1</td></tr>"
        "<tr><td>B</td><td>2</td></tr></table><blockquote>Quoted</blockquote>tail"
    )
    assert html_to_text(html) == (
        "Results\n\nRevenue rose. Margins fell.\n\nQ1: 10%\nQ2: 12%\n\nLine one\nline two\n\n"
        "new paragraph\n\nA 1\nB 2\n\nQuoted\n\ntail"
    )


def test_entities_unescaped_including_double_escaped():
    assert html_to_text("<p>AT&amp;T&nbsp;rose&#160;2% &#20013;&#x6587;, EPS &lt; $2</p>") == "AT&T rose 2% 中文, EPS < $2"
    assert html_to_text("R&amp;amp;D spending &amp;#20013;") == "R&D spending 中"
    assert html_to_text("Q&amp;amp;amp;A") == "Q&A"


def test_markup_escaped_once_too_often_is_read_as_markup():
    assert html_to_text("&lt;p&gt;Profit up&lt;/p&gt;&lt;p&gt;Shares &lt;b&gt;flat&lt;/b&gt;&lt;/p&gt;") == (
        "Profit up\n\nShares flat"
    )
    assert html_to_text("&lt;script&gt;alert(1)&lt;/script&gt;Safe") == "Safe"


def test_plain_text_keeps_its_own_line_breaks_and_comparisons():
    assert html_to_text("Guidance: EPS < $2 & revenue > $5bn\n\nSecond paragraph") == (
        "Guidance: EPS < $2 & revenue > $5bn\n\nSecond paragraph"
    )


def test_comments_and_cdata():
    assert html_to_text("<p>kept<!-- hidden --> text</p>") == "kept text"


SANITIZE = CORPORA / "feedparser" / "tests" / "wellformed" / "sanitize"
ENTRY_FILE = re.compile(r"(entry_(content|summary|title)|item_(description|content_encoded|body|xhtml_body|fullitem))_")


def _entry_values(parsed) -> list[str]:
    entry = parsed.entries[0] if parsed.entries else {}
    values = [entry[key] for key in ("title", "summary") if key in entry]
    return values + [content["value"] for content in entry.get("content", [])]


def test_feedparser_sanitize_corpus_leaves_no_markup_or_script():
    """Raw (unsanitised) hostile entry markup → text with no markup, script or handler left, and
    never a word that feedparser's own sanitiser would have removed."""
    if not SANITIZE.is_dir():
        pytest.skip(f"feedparser corpus not found at {SANITIZE}")
    files = sorted(path for path in SANITIZE.glob("*.xml") if ENTRY_FILE.match(path.name))
    assert len(files) > 200
    checked = 0
    for path in files:
        raw, sanitized = feedparser.parse(str(path), sanitize_html=False), feedparser.parse(str(path))
        for raw_value, safe_value in zip(_entry_values(raw), _entry_values(sanitized)):
            text, safe_text = html_to_text(raw_value), html_to_text(safe_value)
            assert not re.search(r"<[a-z]|javascript:|alert\(|executeMe|on\w+=", text, re.I), (path.name, text)
            assert all(word in safe_text for word in text.split()), (path.name, text, safe_text)
            checked += 1
    assert checked > 250


# ---------------------------------------------------------------- canonical_url


def test_canonical_url_drops_tracking_fragment_and_default_port():
    url = "HTTPS://WWW.Example.COM:443/markets/Story-1?utm_source=rss&utm_medium=feed&fbclid=abc&id=42#comments"
    assert canonical_url(url) == "https://www.example.com/markets/Story-1?id=42"


def test_canonical_url_sorts_and_keeps_meaningful_params():
    url = "http://news.example.com:8080/a?page=2&gclid=x&symbol=BABA&spm=a.b.c&lang=zh&ref=twitter"
    assert canonical_url(url) == "http://news.example.com:8080/a?lang=zh&page=2&symbol=BABA"


def test_canonical_url_normalises_percent_encoding_and_resolves_relative():
    assert canonical_url("/news/%e9%98%BF%E9%87%8C 1.html?%7euser=1", base="https://cn.example.com/feed.xml") == (
        "https://cn.example.com/news/%E9%98%BF%E9%87%8C%201.html?~user=1"
    )
    assert canonical_url("https://example.com/%7Ea/b") == "https://example.com/~a/b"
    assert canonical_url("https://example.com") == "https://example.com/"
    assert canonical_url("https://example.com/a?") == "https://example.com/a"


def test_canonical_url_none_for_unusable_input():
    for bad in (None, "", "   ", "mailto:ir@example.com", "javascript:alert(1)", "urn:uuid:1234",
                "tag:example.com,2025:1", "/relative/only", "http://host:99999/", "http://[::1/"):
        assert canonical_url(bad) is None, bad


# ---------------------------------------------------------------- detect_language


def test_detect_language_chinese_english_and_mixed():
    assert detect_language("阿里巴巴发布第三季度财报，云业务收入同比增长26%，超出市场预期。") == "zh"
    assert detect_language("Alibaba reported third-quarter results; cloud revenue rose 26%.") == "en"
    # Chinese prose with English tickers and terms is still Chinese
    assert detect_language("阿里巴巴(BABA)发布Q3财报，AI云业务营收增长26%，Qwen模型调用量大增") == "zh"
    # the seed article: Chinese headline, English body → the language of the body
    assert detect_language(f"{SEED_TITLE}\n{SEED_BODY}") == "en"
    assert detect_language(SEED_TITLE) == "zh"


def test_detect_language_hint_only_when_too_short_or_latin_script():
    assert detect_language("", "zh") == "zh"
    assert detect_language("") == "und"
    assert detect_language("3.5%  —  12:00") == "und"
    assert detect_language("Q3", "zh-CN") == "zh"
    assert detect_language("涨停", "en") == "en"  # two characters cannot overrule the feed
    long_zh = "贵州茅台公告称，公司前三季度实现营业收入一千二百亿元，同比增长百分之九。"
    assert detect_language(long_zh, "en") == "zh"  # enough text: the text decides
    assert detect_language("Die Aktie stieg nach den Quartalszahlen deutlich an.", "de") == "de"
    assert detect_language("Die Aktie stieg nach den Quartalszahlen deutlich an.") == "en"
    assert detect_language("トヨタ自動車は決算を発表しました。営業利益が増えました。") == "ja"


# ---------------------------------------------------------------- to_utc


def test_to_utc_aware_and_naive():
    shanghai = datetime(2025, 9, 17, 11, 12, tzinfo=timezone(timedelta(hours=8)))
    assert to_utc(shanghai) == datetime(2025, 9, 17, 3, 12, tzinfo=UTC)
    assert to_utc(shanghai, "America/New_York") == datetime(2025, 9, 17, 3, 12, tzinfo=UTC)  # zone ignored
    naive = datetime(2025, 9, 17, 11, 12)
    converted = to_utc(naive, "Asia/Shanghai")
    assert converted == datetime(2025, 9, 17, 3, 12, tzinfo=UTC) and converted.tzinfo is UTC
    assert to_utc(naive) == datetime(2025, 9, 17, 11, 12, tzinfo=UTC)
    assert to_utc(datetime(2025, 1, 15, 9, 30), "America/New_York") == datetime(2025, 1, 15, 14, 30, tzinfo=UTC)
    assert to_utc(datetime(2025, 7, 15, 9, 30), "America/New_York") == datetime(2025, 7, 15, 13, 30, tzinfo=UTC)
    assert to_utc(None, "Asia/Shanghai") is None
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        to_utc(naive, "Mars/Olympus")


# ---------------------------------------------------------------- clean_entry

FEED_ZH = Feed(name="zhitong", url="https://www.example.cn/rss/news.xml", language="zh", timezone="Asia/Shanghai")
FEED_EN = Feed(name="wire", url="https://wire.example.com/feed", language="en", full_text=True)
SEEN = datetime(2025, 9, 17, 4, 0, tzinfo=UTC)


def _entry(**fields) -> RawEntry:
    values = dict(
        feed="zhitong", guid=None, link=None, title=None, summary_html=None, content_html=None,
        author=None, published_raw=None, published=None, updated=None,
    )
    return RawEntry(**{**values, **fields})


def test_clean_entry_end_to_end():
    entry = _entry(
        guid="https://www.example.cn/a/1390000.html",
        link="https://WWW.example.cn/a/1390000.html?utm_source=rss&utm_campaign=feed#top",
        title="高盛：阿里（09988）目标价上调至１７９美元 &amp; 维持&quot;买入&quot;",
        summary_html="<p>高盛上调目标价。</p>",
        content_html=(
            "<p>高盛将阿里巴巴目标价由163美元上调至179美元，维持“买入”评级。</p>"
            "<p>阿里云收入增速预期上调至３０％－３２％。</p><script>track()</script>"
        ),
        author=" 智通财经 ",
        published_raw="2025-09-17 11:12:00",
        published=datetime(2025, 9, 17, 11, 12),  # the feed wrote no offset: Shanghai wall time
    )
    article = clean_entry(entry, FEED_ZH, SEEN)
    assert isinstance(article, Article)
    assert article.title == '高盛：阿里（09988）目标价上调至179美元 & 维持"买入"'
    assert article.body_text == (
        "高盛将阿里巴巴目标价由163美元上调至179美元，维持“买入”评级。\n\n阿里云收入增速预期上调至30％-32％。"
        .replace("％", "%")
    )
    assert article.url == "https://www.example.cn/a/1390000.html"
    assert article.article_id == stable_hash("article", "https://www.example.cn/a/1390000.html")
    assert article.source_url == entry.link
    assert article.guid == entry.guid
    assert article.language == "zh"
    assert article.published_at == datetime(2025, 9, 17, 3, 12, tzinfo=UTC)
    assert article.published_at_estimated is False
    assert article.first_seen_at == SEEN
    assert article.author == "智通财经"
    assert article.full_text is False
    assert article.entry_key == entry.entry_key
    assert len(article.content_hash) == 32
    # the same story laid out differently has the same content hash
    relaid = _entry(title=entry.title, content_html=article.body_text.replace("\n\n", " "), link="https://x.example/b")
    assert clean_entry(relaid, FEED_ZH, SEEN).content_hash == article.content_hash


def test_clean_entry_missing_date_falls_back_to_first_seen():
    entry = _entry(guid="item-17", title="Fed holds rates", summary_html="The Fed held rates at 4.25%-4.5%.")
    article = clean_entry(entry, FEED_EN, datetime(2025, 9, 17, 12, 0))  # naive first-seen read as UTC
    assert article.published_at == datetime(2025, 9, 17, 12, 0, tzinfo=UTC)
    assert article.published_at_estimated is True
    assert article.url == ""
    assert article.article_id == stable_hash("article", "wire", "item-17")


def test_clean_entry_uses_updated_then_page_date():
    updated = _entry(title="A", summary_html="x" * 10, updated=datetime(2025, 9, 1, 8, 0, tzinfo=UTC))
    assert clean_entry(updated, FEED_EN, SEEN).published_at == datetime(2025, 9, 1, 8, 0, tzinfo=UTC)
    page = PageText(url="https://wire.example.com/p", text="Body", title=None, canonical_url=None,
                    published=datetime(2025, 9, 2, 8, 0))
    article = clean_entry(_entry(title="A"), FEED_EN, SEEN, page)
    assert (article.published_at, article.published_at_estimated) == (datetime(2025, 9, 2, 8, 0, tzinfo=UTC), False)


def test_clean_entry_prefers_page_text_and_page_canonical_url():
    entry = _entry(
        feed="wire", guid="urn:uuid:6e8bc430", link="https://wire.example.com/r/abc?utm_medium=rss",
        title="Apple beats estimates", summary_html="Apple beat.", content_html="<p>Apple beat estimates.</p>",
    )
    page = PageText(
        url="https://wire.example.com/r/abc", text="Apple beat estimates on iPhone sales.\n\nShares rose 3%.",
        title="Apple beats estimates | Wire", canonical_url="https://wire.example.com/2025/09/apple-beats",
        published=None,
    )
    article = clean_entry(entry, FEED_EN, SEEN, page)
    assert article.body_text == page.text
    assert article.full_text is True
    assert article.url == "https://wire.example.com/2025/09/apple-beats"
    assert article.language == "en"
    # a page without text (extraction failed) leaves the feed's own longest text in place
    failed = PageText(url=page.url, text=None, title=None, canonical_url=None, published=None, error="no article text found")
    fallback = clean_entry(entry, FEED_EN, SEEN, failed)
    assert (fallback.body_text, fallback.full_text) == ("Apple beat estimates.", False)
    assert fallback.url == "https://wire.example.com/r/abc"


def test_clean_entry_url_falls_back_to_guid_and_resolves_relative_links():
    by_guid = clean_entry(_entry(guid="https://www.example.cn/a/2.html", title="标题"), FEED_ZH, SEEN)
    assert by_guid.url == "https://www.example.cn/a/2.html"
    relative = clean_entry(_entry(link="/a/3.html", title="标题"), FEED_ZH, SEEN)
    assert relative.url == "https://www.example.cn/a/3.html"
    no_url = clean_entry(_entry(guid="tag:example.cn,2025:4", title="标题"), FEED_ZH, SEEN)
    assert no_url.url == "" and no_url.article_id == stable_hash("article", "zhitong", "tag:example.cn,2025:4")


def test_clean_entry_without_title_or_text_is_rejected_with_reason():
    empty = _entry(guid="g-1", link="https://www.example.cn/a/5.html", title="  ", summary_html="<p> </p><img src=x>")
    with pytest.raises(ValueError, match=r"neither title nor text .*'zhitong'.*g-1"):
        clean_entry(empty, FEED_ZH, SEEN)


def test_hidden_text_and_feed_furniture_are_dropped():
    html_text = (
        "<p>Revenue rose 5% to $2 billion.</p><p style='display: none'>cheap pills</p><span hidden>seo</span>"
        "<div aria-hidden='true'>icons</div><p><a href='https://x.example/a'>Continue reading &raquo;</a></p>"
        "<p>The post Tencent beats forecasts appeared first on Harbor Wire.</p><p>阅读全文</p>"
    )
    assert html_to_text(html_text) == "Revenue rose 5% to $2 billion."
    # the same words inside a sentence are text, not furniture
    assert html_to_text("<p>Analysts read more into the guidance than the results.</p>") == (
        "Analysts read more into the guidance than the results.")
