from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsflow.fulltext import decode_body, extract_page
from newsflow.records import FAILED, OK, FetchResult

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "article-pages"
NOW = datetime(2025, 9, 17, 4, 0, tzinfo=timezone.utc)


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("fulltext_f1", ROOT / "benchmarks" / "fulltext_f1.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _fetched(body: bytes, url: str = "https://news.example.cn/a/1.html", content_type: str | None = "text/html"):
    return FetchResult(feed="test", url=url, outcome=OK, fetched_at=NOW, status=200, body=body, content_type=content_type)


ZH_PARAGRAPHS = [
    "国务院前总理朱镕基曾多次强调金融监管的重要性，本报记者对此进行了回顾与梳理。",
    "高盛发布研究报告称，中国企业级大模型日均Token消耗量在2025年上半年达到10.2万亿，较2024年下半年增长363%。",
    "报告指出，阿里巴巴在中国公有云市场的份额为47%，并将其目标价由163美元上调至179美元，维持“买入”评级。",
    "分析师预计，阿里云在2026财年第二至第四季度的收入增速将由28%-30%上调至30%-32%，资本开支继续增长。",
]


def _zh_page(charset_meta: str | None, extra_head: str = "") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    return (
        f"<html><head>{meta}<title>高盛：阿里是核心受益者</title>{extra_head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/finance'>财经</a></div>"
        f"<article><h1>高盛：阿里是核心受益者</h1>{body}</article>"
        "<div class='footer'>版权所有 2025 新闻网</div></body></html>"
    )


# ---------------------------------------------------------------- decoding


def test_gb2312_declared_page_with_gbk_characters_decodes():
    body = _zh_page("gb2312").encode("gbk")  # 镕 is GBK, not GB2312: a strict gb2312 decode fails
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")
    page = extract_page(_fetched(body, content_type="text/html"))
    assert page.error is None
    assert "朱镕基" in page.text
    # too short for any guess: only the gb2312 → gb18030 reading gets it right
    assert decode_body("朱镕基".encode("gbk"), "text/html; charset=GB2312") == "朱镕基"
    assert "目标价由163美元上调至179美元，维持“买入”评级" in page.text
    assert page.title == "高盛：阿里是核心受益者"


def test_header_charset_wins_and_a_wrong_header_falls_back_to_meta():
    utf8_body = _zh_page("gb2312").encode("utf-8")  # meta is stale, header is right
    assert "朱镕基" in decode_body(utf8_body, "text/html; charset=UTF-8")
    gbk_body = _zh_page("gbk").encode("gbk")  # header is wrong, meta is right
    assert "朱镕基" in decode_body(gbk_body, "text/html; charset=utf-8")


def test_undeclared_gbk_page_is_detected():
    body = _zh_page(None).encode("gb18030")
    page = extract_page(_fetched(body, content_type="text/html"))
    assert page.error is None and "阿里巴巴在中国公有云市场的份额为47%" in page.text


def test_bom_and_latin1_label():
    assert decode_body(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1") == "<p>café</p>"
    # browsers read latin-1 labels as windows-1252: 0x80 is the euro sign
    assert decode_body(b"<p>\x80 5</p>", 'text/html; charset="ISO-8859-1"') == "<p>€ 5</p>"


# ---------------------------------------------------------------- metadata


EN_ARTICLE = "".join(
    f"<p>{sentence}</p>"
    for sentence in [
        "Goldman Sachs raised its price target on Alibaba to $179 from $163, keeping a buy rating on the stock.",
        "The bank said daily token consumption by enterprise models in China rose 363% in the first half of 2025.",
        "Alibaba holds a 47% share of the Chinese public cloud market, according to the note sent to clients.",
        "Capital expenditure by Chinese cloud providers is expected to grow 39% year on year in the third quarter.",
    ]
)


def _en_page(head: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>Goldman lifts Alibaba target</title>{head}</head>"
        f"<body><nav>Markets | Tech</nav><article><h1>Goldman lifts Alibaba target</h1>{EN_ARTICLE}</article>"
        "<footer>© 2025 Wire</footer></body></html>"
    ).encode()


def test_canonical_link_is_resolved_and_canonicalised():
    head = (
        '<link rel="canonical" href="/2025/09/17/Goldman-Alibaba.html?utm_source=rss&amp;id=7#top">'
        '<meta property="og:url" content="https://other.example.com/og">'
        '<meta property="article:published_time" content="2025-09-17T03:12:00+08:00">'
    )
    page = extract_page(_fetched(_en_page(head), url="https://wire.example.com/r/abc?utm_medium=feed"))
    assert page.canonical_url == "https://wire.example.com/2025/09/17/Goldman-Alibaba.html?id=7"
    assert page.url == "https://wire.example.com/r/abc?utm_medium=feed"
    assert page.published == datetime(2025, 9, 17, 3, 12)
    assert page.title == "Goldman lifts Alibaba target"
    assert "\n\nGoldman Sachs raised its price target on Alibaba to $179 from $163" in page.text
    assert "Markets | Tech" not in page.text and "© 2025 Wire" not in page.text


def test_og_url_when_no_canonical_link_and_final_url_after_redirect():
    head = '<meta property="og:url" content="HTTPS://Wire.Example.com:443/story/1?fbclid=zz">'
    result = _fetched(_en_page(head), url="https://t.example/x")
    result.final_url = "https://wire.example.com/story/1?fbclid=zz"
    page = extract_page(result)
    assert page.canonical_url == "https://wire.example.com/story/1"
    assert page.url == "https://wire.example.com/story/1?fbclid=zz"
    no_link = extract_page(_fetched(_en_page("")))
    assert no_link.canonical_url is None and no_link.text


# ---------------------------------------------------------------- failures never raise


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Login</title></head><body><nav>Home</nav><form>Sign in</form></body></html>",
        b"",
        b"\x00\x01\x02\xff\xfe binary \x89PNG",
        b"<html><body>" + b"<div>" * 5000 + b"</body></html>",
    ],
)
def test_page_without_article_text_gives_error_not_exception(body):
    page = extract_page(_fetched(body))
    assert page.text is None
    assert page.error


def test_failed_fetch_and_non_html_are_reported():
    failed = FetchResult(feed="test", url="https://x.example/a", outcome=FAILED, fetched_at=NOW, error="HTTP 404", status=404)
    assert extract_page(failed).error == "HTTP 404"
    pdf = extract_page(_fetched(b"%PDF-1.7 ...", content_type="application/pdf"))
    assert (pdf.text, pdf.error) == (None, "not an HTML page: application/pdf")


# ---------------------------------------------------------------- the corpus


@pytest.fixture(scope="module")
def benchmark():
    if not (ARTICLE_PAGES / "gold.json").is_file():
        pytest.skip(f"article-pages corpus not found at {ARTICLE_PAGES}")
    return _load_benchmark()


def test_corpus_f1_at_least_090(benchmark):
    total, chinese, _ = benchmark.score_snippets(benchmark.newsflow_extract, ARTICLE_PAGES)
    assert total.tp + total.fn == sum(len(item["with"]) for item in benchmark.load_gold(ARTICLE_PAGES))
    assert total.f1 >= 0.90, (total, total.precision, total.recall)
    assert chinese.f1 >= 0.90, chinese


def test_zh_fulltext_pages_match_expected_text(benchmark):
    rows = benchmark.score_zh_fulltext(benchmark.newsflow_extract, ARTICLE_PAGES)
    assert len(rows) == 4
    for name, precision, recall in rows:
        assert precision >= 0.95 and recall >= 0.95, (name, precision, recall)
