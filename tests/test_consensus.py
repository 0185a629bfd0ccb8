"""marts.target_consensus: the brokers' consensus per company, day and currency, on the samples' own notes
(the extractor's output) and on notes written for each rule, with aggregates computed by hand."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sample_db import articles, execute, insert, published_samples, rating, sample_db, sample_source  # noqa: F401

from newsflow import store
from newsflow.config import Settings
from newsflow.publish import PUBLISHED, publish

COLUMNS = ("n_brokers", "n_targets", "target_median", "target_mean", "target_high", "target_low",
           "n_buy", "n_hold", "n_sell", "new_brokers", "targets_raised", "targets_cut", "upgrades", "downgrades",
           "target_median_change")


def _consensus(settings: Settings, company_key: str, day: str, currency: str | None = "USD") -> dict | None:
    _, rows = store.query(settings, f"SELECT {', '.join(COLUMNS)}, brokers FROM marts.target_consensus "
                                    "WHERE company_key = ? AND day = ?::DATE AND currency IS NOT DISTINCT FROM ?",
                          [company_key, day, currency])
    return dict(zip((*COLUMNS, "brokers"), rows[0])) if rows else None


@pytest.fixture
def samples(published_samples) -> Settings:  # noqa: F811
    return published_samples


def test_the_seed_story_is_goldmans_buy_at_179_dollars(samples):
    seed = _consensus(samples, "alibaba", "2025-09-16")
    assert [(b["rating"], b["target_price"]) for b in seed["brokers"]] == [("buy", 179.0)]
    assert seed["brokers"][0]["broker"] in ("Goldman Sachs", "高盛")  # as the latest article wrote it
    assert {k: seed[k] for k in COLUMNS} == {
        "n_brokers": 1, "n_targets": 1, "target_median": 179.0, "target_mean": 179.0, "target_high": 179.0,
        "target_low": 179.0, "n_buy": 1, "n_hold": 0, "n_sell": 0, "new_brokers": 1, "targets_raised": 0,
        "targets_cut": 0, "upgrades": 0, "downgrades": 0, "target_median_change": None}


def test_a_second_broker_moves_the_consensus(samples):
    # 19 Sep: Keystone upgrades Alibaba to overweight, $185; Goldman's $179 buy still stands
    moved = _consensus(samples, "alibaba", "2025-09-19")
    assert {k: moved[k] for k in COLUMNS} == {
        "n_brokers": 2, "n_targets": 2, "target_median": 182.0, "target_mean": 182.0, "target_high": 185.0,
        "target_low": 179.0, "n_buy": 2, "n_hold": 0, "n_sell": 0, "new_brokers": 1, "targets_raised": 0,
        "targets_cut": 0, "upgrades": 0, "downgrades": 0, "target_median_change": 3.0}
    # a day without news keeps the consensus, and says nothing moved
    quiet = _consensus(samples, "alibaba", "2025-09-18")
    assert quiet["target_median"] == 179.0 and quiet["target_median_change"] == 0.0 and quiet["new_brokers"] == 0


def test_the_other_samples_notes(samples):
    tencent = _consensus(samples, "tencent", "2025-09-17", "HKD")  # 华岳 buy 700, Keystone overweight 720
    assert (tencent["n_brokers"], tencent["target_median"], tencent["target_low"], tencent["target_high"],
            tencent["n_buy"]) == (2, 710.0, 700.0, 720.0, 2)
    meituan = _consensus(samples, "meituan", "2025-09-12", "HKD")  # 华岳 cuts to neutral, HK$115
    assert (meituan["n_brokers"], meituan["target_median"], meituan["n_hold"]) == (1, 115.0, 1)
    assert _consensus(samples, "xiaomi", "2025-09-19", "HKD")["target_median"] == 68.0
    assert _consensus(samples, "oracle", "2025-09-10")["target_median"] == 340.0
    assert _consensus(samples, "tencent", "2025-09-17", "USD") is None  # no dollar target: no such row
    _, rows = store.query(samples, "SELECT count(*), count(DISTINCT (day, company_key, currency)), "
                                   "min(n_brokers) FROM marts.target_consensus")
    assert rows[0][0] == rows[0][1] and rows[0][2] >= 1
    assert (samples.home / "marts" / "target_consensus" / "day=2025-09-19").is_dir()  # Parquet as the others


def _note(article_id: str, seq: int, broker: str, rating_: str | None, target: float | None, currency: str | None,
          company: str = "Acme", **extra) -> dict:
    return rating(article_id, seq=seq, broker=broker, broker_key=broker.lower(), company=company,
                  company_key=company.lower(), ticker=None, rating=rating_, target_price=target,
                  prior_target_price=None, currency=currency, **extra)


def _dated(settings: Settings, article_id: str, when: datetime) -> None:
    execute(settings, "UPDATE core.articles SET published_at = ? WHERE article_id = ?", [when, article_id])


def test_each_rule_by_hand(sample_db):  # noqa: F811
    (a1, _, _), (a2, _, _), (a3, _, _), (old, _, _) = articles(sample_db, 4)
    _dated(sample_db, a1, datetime(2025, 9, 11, 9, tzinfo=timezone.utc))
    _dated(sample_db, a2, datetime(2025, 9, 15, 9, tzinfo=timezone.utc))
    _dated(sample_db, a3, datetime(2025, 9, 17, 9, tzinfo=timezone.utc))
    _dated(sample_db, old, datetime(2025, 5, 1, 9, tzinfo=timezone.utc))  # more than 90 days before
    insert(sample_db, "core.rating_actions", [
        _note(old, 2000, "Oldbank", "sell", 10.0, "USD"),
        _note(a1, 2000, "Alpha", "hold", 100.0, "USD"),
        _note(a1, 2001, "Beta", "buy", 120.0, "USD"),
        _note(a1, 2002, "Gamma", "buy", 900.0, "HKD"),  # another currency: another row
        _note(a2, 2000, "Alpha", "buy", 110.0, "USD"),  # upgraded and raised
        _note(a2, 2001, "Beta", "reduce", None, None),  # downgraded to a sell; keeps its $120 target
        _note(a3, 2000, "Delta", "underweight", 90.0, "USD"),  # a new broker
    ])
    assert publish(sample_db).status == PUBLISHED

    assert _consensus(sample_db, "acme", "2025-05-01")["brokers"][0]["broker"] == "Oldbank"
    first = _consensus(sample_db, "acme", "2025-09-11")  # Oldbank's note is out of the window
    assert {k: first[k] for k in ("n_brokers", "target_median", "target_mean", "n_buy", "n_hold", "n_sell")} == {
        "n_brokers": 2, "target_median": 110.0, "target_mean": 110.0, "n_buy": 1, "n_hold": 1, "n_sell": 0}
    assert _consensus(sample_db, "acme", "2025-09-11", "HKD")["target_median"] == 900.0

    second = _consensus(sample_db, "acme", "2025-09-15")
    assert {k: second[k] for k in COLUMNS} == {
        "n_brokers": 2, "n_targets": 2, "target_median": 115.0, "target_mean": 115.0, "target_high": 120.0,
        "target_low": 110.0, "n_buy": 1, "n_hold": 0, "n_sell": 1, "new_brokers": 0, "targets_raised": 1,
        "targets_cut": 0, "upgrades": 1, "downgrades": 1, "target_median_change": 5.0}
    assert {b["broker"]: (b["rating"], b["target_price"]) for b in second["brokers"]} == {
        "Alpha": ("buy", 110.0), "Beta": ("reduce", 120.0)}

    third = _consensus(sample_db, "acme", "2025-09-17")
    assert (third["n_brokers"], third["target_median"], third["target_low"], third["new_brokers"], third["n_sell"],
            third["target_median_change"]) == (3, 110.0, 90.0, 1, 2, -5.0)
    _, rows = store.query(sample_db, "SELECT suite, expectation, success FROM dq.results "
                                     "WHERE suite = 'marts_target_consensus' ORDER BY expectation")
    assert [r[1] for r in rows] == ["consensus_has_brokers", "consensus_high_not_below_median",
                                    "consensus_median_not_below_low", "target_consensus_day_not_null",
                                    "target_consensus_key_unique"] and all(r[2] for r in rows)
    assert date(2025, 9, 17) in {d for (d,) in store.query(sample_db, "SELECT day FROM marts.target_consensus")[1]}
