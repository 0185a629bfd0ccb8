"""The marts: contents on the sample database, per-day rebuilds, Parquet partitions, the all-or-nothing swap."""

from __future__ import annotations

import duckdb
import pytest
from sample_db import FAILING_FEEDS, execute, insert, metric, rating, sample_db, sample_source  # noqa: F401

from newsflow import marts, store
from newsflow.publish import PUBLISHED, publish


def _rows(settings, sql, params=None):
    return store.query(settings, sql, params)[1]


def _two_feeds_one_story(settings) -> tuple[str, str]:
    """Two articles from different feeds, clustered into one story (as the dedup stage would)."""
    (a, fa), (b, fb) = _rows(settings, """
        SELECT article_id, feed FROM core.articles
        QUALIFY row_number() OVER (PARTITION BY feed ORDER BY article_id) = 1 ORDER BY feed LIMIT 2""")
    assert fa != fb
    execute(settings, "UPDATE core.articles SET cluster_id = ?, published_at = TIMESTAMPTZ '2025-09-17 08:00:00+00' "
                      "WHERE article_id IN (?, ?)", [a, a, b])
    execute(settings, "UPDATE core.articles SET published_at = published_at - INTERVAL 1 HOUR WHERE article_id = ?",
            [b])
    return a, b


def test_empty_extraction_tables_give_empty_marts(sample_db):
    report = publish(sample_db)
    assert report.status == PUBLISHED
    counts = {name: _rows(sample_db, f"SELECT count(*) FROM marts.{name}")[0][0] for name in marts.MARTS}
    assert counts["daily_metrics"] == counts["daily_rating_actions"] == counts["daily_entity_mentions"] == 0
    assert counts["daily_feed_health"] > 0
    assert report.parquet["daily_metrics"] == []
    columns = [c for c, *_ in _rows(sample_db, "DESCRIBE marts.daily_metrics")]
    assert columns == ["day", "story", "entity", "entity_key", "ticker", "metric", "value", "low", "high",
                       "prior_value", "prior_low", "prior_high", "unit", "period", "modality", "attributed_to",
                       "n_sources", "article_ids", "evidence", "confidence"]
    assert [c for c, *_ in _rows(sample_db, "DESCRIBE marts.daily_rating_actions")] == [
        "day", "broker", "broker_key", "company", "company_key", "ticker", "action", "rating", "prior_rating",
        "target_price", "prior_target_price", "currency", "n_sources", "article_ids", "confidence"]
    assert [c for c, *_ in _rows(sample_db, "DESCRIBE marts.daily_entity_mentions")] == [
        "day", "entity", "entity_key", "ticker", "articles", "stories", "top_headlines"]


def test_one_figure_of_one_story_is_one_row_with_its_sources(sample_db):
    a, b = _two_feeds_one_story(sample_db)
    insert(sample_db, "core.metrics", [metric(a, evidence="from a"), metric(b, evidence="from b"),
                                       metric(b, "net_profit", 2.0, "USD", span=(50, 60))])
    insert(sample_db, "core.rating_actions", [rating(a), rating(b)])
    assert publish(sample_db).status == PUBLISHED

    rows = _rows(sample_db, """SELECT day, story, metric, value, unit, n_sources, article_ids, evidence
                               FROM marts.daily_metrics ORDER BY metric""")
    assert [r[2] for r in rows] == ["net_profit", "revenue"]
    day, story, _, value, unit, n_sources, article_ids, evidence = rows[1]
    assert (str(day), story, value, unit, n_sources) == ("2025-09-17", a, 10.5, "USD", 2)
    assert sorted(article_ids) == sorted([a, b]) and evidence == "from b"  # b was published first
    assert _rows(sample_db, "SELECT broker, action, rating, target_price, n_sources FROM marts.daily_rating_actions"
                 ) == [("Goldman Sachs", "maintain", "buy", 179.0, 2)]
    mentions = dict((e, (n, s, h)) for e, n, s, h in _rows(
        sample_db, "SELECT entity, articles, stories, top_headlines FROM marts.daily_entity_mentions"))
    title_b = _rows(sample_db, "SELECT title FROM core.articles WHERE article_id = ?", [b])[0][0]
    assert mentions["Alibaba"] == (2, 1, [title_b]) and mentions["Goldman Sachs"][:2] == (2, 1)


def _tencent_written_two_ways(settings, **keys) -> tuple[str, str]:
    """One story: b (published first) writes 騰訊 without a ticker, a writes Tencent with its HK code."""
    a, b = _two_feeds_one_story(settings)
    metric_keys = {"entity_key": keys.get("company_key")}
    rating_keys = {"company_key": keys.get("company_key"), "broker_key": keys.get("broker_key")}
    insert(settings, "core.metrics", [
        metric(a, entity="Tencent", ticker="0700.HK", confidence=0.6, **metric_keys),
        metric(b, entity="騰訊", ticker=None, confidence=0.95, **metric_keys)])
    insert(settings, "core.rating_actions", [
        rating(a, broker="Goldman Sachs", company="Tencent", ticker="0700.HK", confidence=0.7, **rating_keys),
        rating(b, broker="高盛", company="騰訊", ticker=None, confidence=0.5, **rating_keys)])
    return a, b


def test_one_company_written_two_ways_is_one_row_by_its_key(sample_db):
    a, b = _tencent_written_two_ways(sample_db, company_key="tencent", broker_key="goldman-sachs")
    assert publish(sample_db).status == PUBLISHED

    assert _rows(sample_db, """SELECT entity, entity_key, ticker, value, n_sources, article_ids, confidence
                               FROM marts.daily_metrics""") == [
        ("騰訊", "tencent", "0700.HK", 10.5, 2, sorted([a, b]), 0.95)]  # b's name; the only ticker; the highest
    assert _rows(sample_db, """SELECT broker, broker_key, company, company_key, ticker, n_sources, article_ids,
                                      confidence FROM marts.daily_rating_actions""") == [
        ("高盛", "goldman-sachs", "騰訊", "tencent", "0700.HK", 2, sorted([a, b]), 0.7)]
    assert sorted(_rows(sample_db, "SELECT entity, entity_key, ticker, articles, stories "
                                   "FROM marts.daily_entity_mentions")) == [
        ("騰訊", "tencent", "0700.HK", 2, 1), ("高盛", "goldman-sachs", None, 2, 1)]

    for mart, confidence in (("daily_metrics", 0.95), ("daily_rating_actions", 0.7)):
        root = sample_db.home / "marts" / mart
        key = "entity_key" if mart == "daily_metrics" else "company_key"
        assert duckdb.sql(f"SELECT {key}, confidence FROM read_parquet('{root}/*/*.parquet', hive_partitioning=true)"
                          ).fetchall() == [("tencent", confidence)]


def test_without_keys_the_written_names_stay_apart(sample_db):
    _tencent_written_two_ways(sample_db)  # the extractor gave no keys
    assert publish(sample_db).status == PUBLISHED
    assert sorted(_rows(sample_db, "SELECT entity, entity_key, ticker, confidence FROM marts.daily_metrics")) == [
        ("Tencent", None, "0700.HK", 0.6), ("騰訊", None, None, 0.95)]
    assert sorted(_rows(sample_db, "SELECT broker, company, ticker FROM marts.daily_rating_actions")) == [
        ("Goldman Sachs", "Tencent", "0700.HK"), ("高盛", "騰訊", None)]
    assert len(_rows(sample_db, "SELECT * FROM marts.daily_entity_mentions")) == 4


def test_a_mart_published_with_older_columns_is_rebuilt_and_exported_whole(sample_db):
    """After an upgrade adds columns, a one-day publish rebuilds every day, so no Parquet day lacks them."""
    from datetime import date

    (a, b) = [r[0] for r in _rows(sample_db, "SELECT article_id FROM core.articles ORDER BY article_id LIMIT 2")]
    for article_id, day in ((a, "2025-09-16"), (b, "2025-09-17")):
        execute(sample_db, f"UPDATE core.articles SET published_at = TIMESTAMPTZ '{day} 12:00:00+00' "
                           "WHERE article_id = ?", [article_id])
    insert(sample_db, "core.metrics", [metric(a, value=1.0), metric(b, value=2.0)])
    publish(sample_db)
    root = sample_db.home / "marts" / "daily_metrics"
    execute(sample_db, "ALTER TABLE marts.daily_metrics DROP COLUMN confidence")  # as an older version left it
    for part in root.glob("day=*/*.parquet"):
        older = part.with_suffix(".older")
        duckdb.sql(f"COPY (SELECT * EXCLUDE (confidence) FROM read_parquet('{part}', hive_partitioning=false)) "
                   f"TO '{older}' (FORMAT parquet)")
        older.replace(part)

    report = publish(sample_db, day=date(2025, 9, 17))

    assert report.status == PUBLISHED
    assert sorted(p.split("/")[-1] for p in report.parquet["daily_metrics"]) == ["day=2025-09-16", "day=2025-09-17"]
    assert _rows(sample_db, "SELECT day::VARCHAR, confidence FROM marts.daily_metrics ORDER BY day") == [
        ("2025-09-16", 0.9), ("2025-09-17", 0.9)]
    for part in root.glob("day=*/*.parquet"):
        assert duckdb.sql(f"SELECT confidence FROM read_parquet('{part}')").fetchall() == [(0.9,)]


def test_feed_health_counts_polls_failures_and_duplicates(sample_db):
    publish(sample_db)
    health = {r[0]: r[1:] for r in _rows(sample_db, """
        SELECT feed, fetches, not_modified, failures, last_error, entries, new_articles, duplicate_rate,
               median_latency_ms FROM marts.daily_feed_health""")}
    for feed in FAILING_FEEDS:
        assert health[feed][:3] == (3, 0, 3) and health[feed][3].startswith("HTTP ")
    fetches, not_modified, failures, last_error, entries, new_articles, duplicate_rate, latency = health[
        "harbor-wire"]
    assert (fetches, not_modified, failures, last_error) == (3, 2, 0, None) and entries > 0 and latency >= 0
    total = _rows(sample_db, "SELECT count(*) FROM core.articles")[0][0]
    assert sum(h[5] for h in health.values()) == total
    assert any(h[6] and h[6] > 0 for h in health.values())  # the samples carry syndicated copies


def test_a_day_is_rebuilt_alone_and_its_partition_replaced(sample_db):
    (a, b) = [r[0] for r in _rows(sample_db, "SELECT article_id FROM core.articles ORDER BY article_id LIMIT 2")]
    execute(sample_db, "UPDATE core.articles SET published_at = TIMESTAMPTZ '2025-09-16 12:00:00+00' "
                       "WHERE article_id = ?", [a])
    execute(sample_db, "UPDATE core.articles SET published_at = TIMESTAMPTZ '2025-09-17 12:00:00+00' "
                       "WHERE article_id = ?", [b])
    insert(sample_db, "core.metrics", [metric(a, value=1.0), metric(b, value=2.0)])
    first = publish(sample_db)
    root = sample_db.home / "marts" / "daily_metrics"
    assert sorted(p.name for p in root.iterdir()) == ["day=2025-09-16", "day=2025-09-17"]
    untouched = (root / "day=2025-09-16").stat().st_mtime_ns

    execute(sample_db, "UPDATE core.metrics SET value = value * 10")
    from datetime import date

    second = publish(sample_db, day=date(2025, 9, 17))
    assert second.status == PUBLISHED and second.marts["daily_metrics"] == first.marts["daily_metrics"] == 2
    assert _rows(sample_db, "SELECT day::VARCHAR, value FROM marts.daily_metrics ORDER BY day") == [
        ("2025-09-16", 1.0), ("2025-09-17", 20.0)]
    assert [p.split("/")[-1] for p in second.parquet["daily_metrics"]] == ["day=2025-09-17"]
    assert (root / "day=2025-09-16").stat().st_mtime_ns == untouched
    parquet = duckdb.sql(f"SELECT day::VARCHAR, value FROM read_parquet('{root}/*/*.parquet', hive_partitioning=true) "
                         "ORDER BY day").fetchall()
    assert parquet == [("2025-09-16", 1.0), ("2025-09-17", 20.0)]


def _four_days(sample_db) -> None:
    """Four articles on four days, a figure and a rating action each."""
    articles = [r[0] for r in _rows(sample_db, "SELECT article_id FROM core.articles ORDER BY article_id LIMIT 4")]
    for n, article_id in enumerate(articles):
        execute(sample_db, "UPDATE core.articles SET published_at = TIMESTAMPTZ '2025-09-14 12:00:00+00' + ? * "
                           "INTERVAL 1 DAY WHERE article_id = ?", [n, article_id])
    insert(sample_db, "core.metrics", [metric(a, value=float(n)) for n, a in enumerate(articles)])
    insert(sample_db, "core.rating_actions", [rating(a) for a in articles])


def test_a_mart_built_a_few_days_at_a_time_is_the_mart_built_at_once(sample_db, monkeypatch):
    """Memory: a full build runs a batch of days at a time (BUILD_ARTICLES articles); the rows are the same."""
    _four_days(sample_db)

    def built(con, stage):
        marts.build_staging(con, stage, None)
        return {name: sorted(map(repr, con.execute(f"SELECT * FROM {stage}.{name}").fetchall())) for name in marts.MARTS}

    with store.connect(sample_db) as con:
        whole = built(con, "staging_whole")
        assert len(marts._day_batches(marts._day_articles(con), None)) == 1
        monkeypatch.setattr(marts, "BUILD_ARTICLES", 1)
        assert len(marts._day_batches(marts._day_articles(con), None)) >= 4
        assert built(con, "staging_parted") == whole
        assert len(whole["daily_metrics"]) == 4 and whole["daily_feed_health"]


def test_parquet_holds_every_published_row(sample_db):
    publish(sample_db)
    root = sample_db.home / "marts" / "daily_feed_health"
    days = [p.name for p in root.iterdir()]
    assert days and all(d.startswith("day=") for d in days)
    in_parquet = duckdb.sql(f"SELECT count(*) FROM read_parquet('{root}/*/*.parquet', hive_partitioning=true)"
                            ).fetchone()[0]
    assert in_parquet == _rows(sample_db, "SELECT count(*) FROM marts.daily_feed_health")[0][0]


def test_parquet_written_a_few_days_at_a_time_holds_every_row_of_every_mart(sample_db, monkeypatch):
    """Memory: the export writes runs of days of at most EXPORT_ROWS rows; each day's rows all, and once."""
    _four_days(sample_db)
    monkeypatch.setattr(marts, "EXPORT_ROWS", 1)
    publish(sample_db)
    with store.connect(sample_db) as con:
        assert len(marts._export_batches(con, "daily_metrics", None)) >= 4
    for name in marts.MARTS:
        per_day = "SELECT CAST(day AS VARCHAR), count(*) FROM {} GROUP BY ALL ORDER BY ALL"
        in_parquet = duckdb.sql(per_day.format(
            f"read_parquet('{sample_db.home / 'marts' / name}/*/*.parquet', hive_partitioning=true)")).fetchall()
        assert in_parquet == _rows(sample_db, per_day.format(f"marts.{name}")), name


def test_the_swap_is_all_or_nothing(sample_db):
    publish(sample_db)
    before = _rows(sample_db, "SELECT * FROM marts.daily_feed_health ORDER BY feed")
    with store.connect(sample_db) as con:
        marts.build_staging(con, "staging_broken", None)
        con.execute("DELETE FROM staging_broken.daily_feed_health")
        con.execute("DROP TABLE staging_broken.daily_entity_mentions")  # the third of four is missing
        with pytest.raises(duckdb.CatalogException):
            marts.swap(con, "staging_broken")
        marts.drop_staging(con, "staging_broken")
    assert _rows(sample_db, "SELECT * FROM marts.daily_feed_health ORDER BY feed") == before
