"""Story clustering on a real DuckDB file: labelled set, bundled samples, stability across runs."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsflow import pipeline, store
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Settings, load_feeds
from newsflow.dedupe import cluster_new_articles
from newsflow.dedupe.cluster import MAX_CANDIDATES
from newsflow.dedupe.facts import text_facts
from newsflow.dedupe.text import strip_boilerplate
from newsflow.dedupe import text as dedupe_text
from newsflow.sample_server import serve_directory

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval" / "dedupe"
T0 = datetime(2025, 9, 17, 8, 0, tzinfo=timezone.utc)

GOLDMAN_EN = (
    "HONG KONG (Harbor Wire) – Goldman Sachs raised its price target on Alibaba to $179 from $163 and kept "
    "a buy rating.\n\nEnterprise use of large language models in China reached 10.2 trillion tokens a day "
    "in the first half of 2025, up 363% from the second half of 2024.\n\nAnnual recurring revenue of "
    "Chinese AI applications was only $1.5 billion, or 5% of the $30 billion global total."
)
GOLDMAN_ZH = (
    "高盛发布研报称，将阿里巴巴(09988)目标价由163美元上调至179美元，维持“买入”评级。2025年上半年中国企业"
    "大模型日均Token消耗量达到10.2万亿，较2024年下半年增长363%。截至2025年8月，中国AI应用的年化经常性收入"
    "仅为15亿美元，占全球300亿美元总额的5%。"
)
KEYSTONE_EN = (
    "Keystone Equity Research upgraded Alibaba to Overweight and raised its price target to $185 from $140, "
    "citing faster growth in its cloud unit.\n\nThe broker expects cloud revenue to grow 26% next year."
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path, db_path=tmp_path / "newsflow.duckdb")


def add_article(con, article_id: str, title: str, body: str, language: str = "en", seen: datetime = T0,
                full_text: bool = False) -> str:
    store.insert_rows(con, "core.articles", [{
        "article_id": article_id, "feed": f"feed-{article_id}", "url": f"https://x.example/{article_id}",
        "title": title, "body_text": body, "language": language, "published_at": seen,
        "published_at_estimated": False, "first_seen_at": seen, "content_hash": article_id,
        "cluster_id": article_id, "full_text": full_text, "author": None, "entry_key": article_id, "loaded_at": seen,
    }])
    return article_id


def clusters(con) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, cluster_id FROM core.articles").fetchall())


def test_facts_are_the_same_in_both_languages():
    assert text_facts(GOLDMAN_ZH) == text_facts(GOLDMAN_EN) == {
        "179USD", "163USD", "1.02e+13", "363%", "1.5e+09USD", "3e+10USD", "5%"}
    # years, dates, times, stock codes and bare small integers are not facts
    assert text_facts("2025年9月16日 03:12，腾讯控股(00700)在3个市场") == set()
    assert text_facts("On Sept 16 2025 the vote was 11-1; 25 basis points; 下调0.5个百分点") == {"11", "25bp", "0.5pp"}


def test_minhash_is_datasketchs_affine32_bit_for_bit_and_lsh_bands_are_its_choice():
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=dedupe_text.LSH_THRESHOLD, num_perm=dedupe_text.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedupe_text.BANDS, dedupe_text.ROWS)
    permutations = MinHash(num_perm=dedupe_text.NUM_PERM, seed=1, scheme="affine32").permutations
    rng = np.random.default_rng(7)
    for n in (0, 1, 3, 250, 20_000):
        hashes = np.unique(rng.integers(0, 2**32, n, dtype=np.uint64))
        reference = MinHash(num_perm=dedupe_text.NUM_PERM, hashfunc=int, permutations=permutations, scheme="affine32")
        reference.update_batch(hashes.tolist())
        assert np.array_equal(dedupe_text.minhash(hashes), reference.hashvalues), n


def test_signing_an_article_imports_no_scipy():
    code = ("import sys; from newsflow.dedupe.text import text_signatures; text_signatures('t', 'a b c d e f g', 'en'); "
            "assert 'scipy' not in sys.modules and 'datasketch' not in sys.modules, sorted(m for m in sys.modules if 'sci' in m)")
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True)


def test_boilerplate_is_stripped():
    text = ("LONDON (Harbor Wire) – Shares rose.[1]\nBy Jane Doe\nThis story was supplied by Harbor Wire.\n"
            "Share | More markets news\n本文来源：财经快报\n【财经快报】央行宣布降息。")
    assert strip_boilerplate(text) == "Shares rose.\n央行宣布降息。"


def test_copies_and_translations_join_and_other_stories_stay_apart(settings):
    with store.connect(settings) as con:
        original = add_article(con, "wire", "Goldman lifts Alibaba target to $179", GOLDMAN_EN, seen=T0)
        report = cluster_new_articles(con, [original])
        assert report.n_new_stories == 1
        later = T0 + timedelta(hours=5)
        ids = [
            add_article(con, "copy", "Alibaba is the prime winner of China's AI boom",
                        GOLDMAN_EN.replace("HONG KONG (Harbor Wire) – ", "") + "\n\nCopyright 2025 The Ledger.",
                        seen=later),
            add_article(con, "zh", "高盛：阿里巴巴是核心受益者", GOLDMAN_ZH, "zh", seen=later),
            add_article(con, "summary", "Goldman raises Alibaba target", GOLDMAN_EN.split("\n\n")[0], seen=later),
            add_article(con, "keystone", "Keystone upgrades Alibaba", KEYSTONE_EN, seen=later),
            add_article(con, "template", "Goldman lifts Alibaba target to $199",
                        GOLDMAN_EN.replace("179", "199").replace("163", "179").replace("363%", "120%")
                        .replace("10.2", "8.4").replace("$1.5", "$2.5"), seen=later),
        ]
        report = cluster_new_articles(con, ids)
        got = clusters(con)
    assert got["copy"] == got["zh"] == got["summary"] == "wire"  # the first-seen member names the story
    assert got["keystone"] == "keystone" and got["template"] == "template"
    assert report.n_joined_existing_story == 3 and report.n_new_stories == 2


def test_a_bridging_article_merges_stories_under_the_older_id(settings):
    first, second = GOLDMAN_EN.split("\n\n")[0], GOLDMAN_EN.split("\n\n", 1)[1]
    with store.connect(settings) as con:
        add_article(con, "b-old", "Alibaba cloud", second, seen=T0 + timedelta(hours=1))
        add_article(con, "a-old", "Goldman raises Alibaba target", first, seen=T0)
        cluster_new_articles(con, ["a-old", "b-old"])
        assert clusters(con)["a-old"] != clusters(con)["b-old"]
        add_article(con, "full", "Goldman on Alibaba", GOLDMAN_EN, seen=T0 + timedelta(hours=2))
        report = cluster_new_articles(con, ["full"])
        got = clusters(con)
    assert got == {"a-old": "a-old", "b-old": "a-old", "full": "a-old"}
    assert report.n_merged_stories == 1


def test_templated_text_is_compared_with_the_closest_candidates_only(settings):
    """40 stored template twins (the text, other numbers) share the copy's bands: it is compared with
    MAX_CANDIDATES articles, those sharing the most keys, and its own story is among them."""
    with store.connect(settings) as con:
        twins = [add_article(con, f"twin-{n}", "Goldman lifts Alibaba target", GOLDMAN_EN.replace("179", str(200 + n))
                             .replace("163", str(150 + n)).replace("363%", f"{100 + n}%"), seen=T0) for n in range(40)]
        cluster_new_articles(con, [*twins, add_article(con, "wire", "Goldman lifts Alibaba target", GOLDMAN_EN, seen=T0)])
        copy = GOLDMAN_EN.replace("HONG KONG (Harbor Wire) – ", "") + "\n\nCopyright 2025 The Ledger."
        report = cluster_new_articles(con, [add_article(con, "copy", "Alibaba wins", copy, seen=T0 + timedelta(hours=1))])
        got = clusters(con)
    assert report.n_compared == MAX_CANDIDATES < len(twins)
    assert got["copy"] == "wire" and len({got[t] for t in twins}) == len(twins)


def test_window_and_repeat_calls(settings):
    with store.connect(settings) as con:
        add_article(con, "old", "Goldman lifts Alibaba target", GOLDMAN_EN, seen=T0)
        cluster_new_articles(con, ["old"])
        add_article(con, "late", "Goldman lifts Alibaba target", GOLDMAN_EN, seen=T0 + timedelta(days=9))
        report = cluster_new_articles(con, ["late"], window_days=7)
        assert clusters(con)["late"] == "late" and report.n_compared == 0
        again = cluster_new_articles(con, ["late"])
        assert again.n_skipped == 1 and again.n_articles == 0
        with pytest.raises(ValueError, match="not in core.articles"):
            cluster_new_articles(con, ["nope"])


def test_labelled_set_precision_and_recall(settings):
    spec = importlib.util.spec_from_file_location("dedupe_eval", EVAL_DIR / "evaluate.py")
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    rows = evaluate.load()
    result = evaluate.pairwise(rows, evaluate.cluster(rows, settings))
    assert result["positive_pairs"] > 500
    assert result["precision"] >= 0.99, result
    assert result["recall"] >= 0.95, result


def test_bundled_samples_after_a_run(settings):
    with serve_directory(SAMPLES_DIR) as base:
        settings = replace(settings, connect_to=((SAMPLE_HOST, base.split("://", 1)[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.ingest(settings, feeds)
        pipeline.process(settings, feeds)
    with store.connect(settings) as con:
        ids = [r[0] for r in con.execute("SELECT article_id FROM core.articles ORDER BY first_seen_at, article_id").fetchall()]
        cluster_new_articles(con, ids)
        by_title = dict(con.execute("SELECT title, cluster_id FROM core.articles").fetchall())
        stories = con.execute("SELECT cluster_id, n_articles, n_outlets, outlets, languages FROM core.stories").fetchall()
        day = con.execute("SELECT count(*) FROM core.stories_on(DATE '2025-09-17')").fetchone()[0]

    def story(prefix: str) -> str:
        return next(c for t, c in by_title.items() if t.startswith(prefix))

    goldman = story("高盛:中国AI")  # Chinese original (and its exact repeat), English wire copies
    assert story("Goldman lifts Alibaba") == story("Alibaba is the prime winner") == goldman
    for other in ("Keystone upgrades Alibaba", "Alibaba raises $3.2 billion", "Alibaba unveils Qwen3-Next"):
        assert story(other) != goldman
    assert story("Fed cuts rates") == story("美联储宣布降息") == story("Fed trims rates")
    assert story("Keystone macro") != story("Fed cuts rates")
    assert story("華岳證券") == story("华岳证券：上调腾讯")  # Traditional-script copy, joined by its facts
    row = next(s for s in stories if s[0] == goldman)
    assert row[1] == 3 and row[2] == 5 and row[4] == ["en", "zh"]
    assert day >= 3


def test_two_listings_of_one_company_are_one_company():
    """A Hong Kong copy citing 9988.HK and a US wire citing BABA report on one company; Tencent is another."""
    from newsflow.dedupe.cluster import numbers_disagree, sign

    now = datetime(2025, 9, 11, tzinfo=timezone.utc)
    body = "Alibaba raised $3.2 billion from zero-coupon convertible notes; about 80% funds cloud infrastructure."
    zh = "阿里巴巴拟发行总额32亿美元的零息可转换票据，募集资金约80%将用于云计算基础设施。"

    def metrics(ticker: str) -> list[dict]:
        return [{"value": 3.2e9, "unit": "USD", "ticker": ticker}, {"value": 80.0, "unit": "%", "ticker": ticker}]

    us = sign("a", "Alibaba raises $3.2 billion", body, "en", now, metrics("BABA"))
    hk = sign("b", "阿里巴巴发行32亿美元可转债", zh, "zh", now, metrics("9988.HK"))
    other = sign("c", "腾讯发行32亿美元可转债", zh, "zh", now, metrics("0700.HK"))
    assert not numbers_disagree(us, hk)
    assert numbers_disagree(us, other)


def test_an_entity_key_joins_listings_the_gazetteer_does_not_know(settings):
    """Two copies citing an unknown company's two listings are one story when the extractor keys both alike;
    without keys they stay apart, as before. The stored copy's keys are read from core.metrics."""
    body = "Acme Robotics raised $2.4 billion in a share sale; 62% of the money goes to new plants."

    def figures(article_id: str, ticker: str, key: str | None) -> list[dict]:
        return [{"article_id": article_id, "metric": "funds_raised", "value": 2.4e9, "unit": "USD", "span_start": 0,
                 "span_end": 4, "extractor_version": "test", "metric_seq": 0, "entity": "Acme", "ticker": ticker,
                 "entity_key": key}]

    def cluster_pair(key: str | None) -> tuple[str, str]:
        db = settings.home / f"{key or 'unkeyed'}.duckdb"
        with store.connect(replace(settings, db_path=db)) as con:
            add_article(con, "us", "Acme raises $2.4 billion", body)
            store.insert_rows(con, "core.metrics", figures("us", "ACMR", key))
            cluster_new_articles(con, ["us"])
            add_article(con, "hk", "Acme raises $2.4 billion", body, seen=T0 + timedelta(hours=1))
            store.insert_rows(con, "core.metrics", figures("hk", "9999.HK", key))
            cluster_new_articles(con, ["hk"])
            found = clusters(con)
        return found["us"], found["hk"]

    us, hk = cluster_pair("acme-robotics")
    assert us == hk
    us, hk = cluster_pair(None)
    assert us != hk
