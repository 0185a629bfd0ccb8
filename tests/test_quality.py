"""The quality gate on a database the real pipeline built from the bundled samples."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import datetime, timedelta, timezone

from sample_db import FAILING_FEEDS, articles, copy, execute, insert, metric, rating, sample_db, sample_source  # noqa: F401

import duckdb

from newsflow import quality, store
from newsflow.extract import EXTRACTOR_VERSION
from newsflow.alerts import alerts_file
from newsflow.config import Settings
from newsflow.marts import MARTS
from newsflow.publish import GATE_FAILED, PUBLISHED, UP_TO_DATE, publish
from newsflow.publish_cli import EXIT_GATE_FAILED, dq_main, publish_main
from newsflow.quality import BLOCKING, WARNING, metric_units, rating_vocabulary


def _rows(settings, sql, params=None):
    return store.query(settings, sql, params)[1]


def _marts(settings) -> dict[str, list[tuple]]:
    return {name: sorted(map(repr, _rows(settings, f"SELECT * FROM marts.{name}"))) for name in MARTS}


def _alerts(settings) -> list[dict]:
    path = alerts_file(settings.home)
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _good_facts(settings) -> None:
    (a, _, _), (b, _, _), (c, _, _) = articles(settings, 3)
    insert(settings, "core.metrics", [metric(a), metric(b), metric(c, "net_profit", 3.2, "CNY", low=3.0, high=3.5),
                                      metric(c, "revenue_growth", 15.0, "%", span=(20, 23))])
    insert(settings, "core.rating_actions", [rating(a), rating(b, action="upgrade", prior_rating="hold")])


def test_vocabularies_come_from_the_extractor():
    assert {"USD", "CNY", "HKD", "%", "pp", "bp", "vehicles"} <= metric_units()
    ratings, actions = rating_vocabulary()
    assert {"buy", "hold", "sell", "overweight"} <= ratings and {"upgrade", "downgrade", "maintain"} <= actions


def test_sample_data_passes_and_is_published(sample_db):
    _good_facts(sample_db)
    report = publish(sample_db)

    assert report.status == PUBLISHED and report.blocking_failures == []
    assert "metric_entity_keyed" not in {w["expectation"] for w in report.warnings}
    assert report.marts["daily_feed_health"] > 0 and report.marts["daily_metrics"] == 4
    results = _rows(sample_db, "SELECT suite, expectation, severity, success FROM dq.results WHERE run_id = ?",
                    [report.run_id])
    assert len(results) == report.expectations >= 25
    assert {s for _, _, s, _ in results} == {BLOCKING, WARNING}
    assert all(ok for _, _, severity, ok in results if severity == BLOCKING)
    assert _rows(sample_db, "SELECT status, blocking_failed FROM dq.runs WHERE run_id = ?", [report.run_id]) == [
        (PUBLISHED, 0)]
    assert report.data_docs and (sample_db.home / "data_docs" / "index.html").is_file()
    assert report.data_docs == str(sample_db.home / "data_docs" / "index.html")
    assert list((sample_db.home / "data_docs" / "validations").rglob("*.html"))
    # no staging schema is left behind
    assert _rows(sample_db, "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'staging_%'"
                 ) == [(0,)]


def test_a_row_breaking_a_blocking_expectation_stops_the_publish(sample_db, monkeypatch):
    """Done-when: an unknown unit with an infinite value, slipped into a published database."""
    _good_facts(sample_db)
    assert publish(sample_db).status == PUBLISHED
    before = _marts(sample_db)
    alerts_before = len(_alerts(sample_db))
    (article_id, _, _), = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [metric(article_id, "revenue", float("inf"), "furlongs", span=(40, 48))])

    monkeypatch.setenv("NEWSFLOW_HOME", str(sample_db.home))
    code = publish_main(argparse.Namespace(db=str(sample_db.db_path), day=None))

    assert code == EXIT_GATE_FAILED == 3
    assert _marts(sample_db) == before
    new = _alerts(sample_db)[alerts_before:]
    gate = [a for a in new if a["kind"] == "gate_failed"]
    assert len(gate) == 1
    failed = {f["expectation"]: f for f in gate[0]["failures"]}
    assert set(failed) == {"metric_unit_in_vocabulary", "metric_values_finite"}
    assert failed["metric_unit_in_vocabulary"]["unexpected_count"] == 1
    assert failed["metric_unit_in_vocabulary"]["sample"][0]["unit"] == "furlongs"
    assert failed["metric_unit_in_vocabulary"]["sample"][0]["article_id"] == article_id
    assert gate[0]["data_docs"].endswith("index.html")
    run = _rows(sample_db, "SELECT run_id, status, blocking_failed FROM dq.runs ORDER BY started_at DESC LIMIT 1")
    assert run[0][1:] == (GATE_FAILED, 2)
    sample = _rows(sample_db, "SELECT unexpected_sample FROM dq.results WHERE run_id = ? AND expectation = ?",
                   [run[0][0], "metric_values_finite"])
    assert json.loads(sample[0][0])[0]["article_id"] == article_id


def test_the_gate_checks_a_frame_a_part_at_a_time_and_finds_the_same(sample_db, tmp_path):
    """Memory: each suite's frame is validated in parts of `dq_chunk_rows` rows; what the gate finds does not
    depend on it."""
    _good_facts(sample_db)
    (a, _, _), = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [metric("no-such-article", span=(5, 6)),
                                       metric(a, "revenue", 1.0, "furlongs", span=(7, 8)),
                                       metric(a, "revenue", 2.0, entity="Tencent", entity_key=None, span=(9, 10)),
                                       metric(a, "revenue_growth", 5400.0, "%", span=(11, 12))])

    def found(settings):
        report = publish(settings)
        results = _rows(settings, """SELECT suite, expectation, success, element_count, unexpected_count,
                                            len(unexpected_sample::JSON[]) FROM dq.results WHERE run_id = ?
                                     ORDER BY ALL""", [report.run_id])
        flagged = _rows(settings, "SELECT table_name, row_key, expectation FROM dq.flagged_rows ORDER BY ALL")
        return report.status, results, flagged

    parted_db = dataclasses.replace(copy(sample_db, tmp_path / "parted"), dq_chunk_rows=2)
    whole, parted = found(sample_db), found(parted_db)

    assert whole == parted
    status, results, flagged = whole
    assert status == GATE_FAILED and len(flagged) == 2
    assert {r[1]: r[4] for r in results if not r[2]} == {
        "metric_article_exists": 1, "metric_unit_in_vocabulary": 1, "metric_entity_keyed": 1,
        "metric_percent_plausible": 1, "feed_not_failing": len(FAILING_FEEDS)}
    assert max(r[3] for r in results) > 4  # frames of several parts were checked
    pages = {p.name for p in (parted_db.home / "data_docs" / "validations").rglob("*.html")}
    assert "newsflow-marts_daily_feed_health-part-2-of-6.html" in pages


def test_a_duplicated_key_is_found_however_the_frame_is_parted(sample_db, tmp_path):
    """Rows are parted by a hash of their key: two rows with one key always meet in the same part."""
    _good_facts(sample_db)
    assert publish(sample_db).status == PUBLISHED
    now = datetime.now(timezone.utc)
    with store.connect(sample_db) as con:
        quality.export_frames(con, "marts", now.date(), now, tmp_path)
    frame = tmp_path / "marts_daily_feed_health.parquet"
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT count(*) FROM '{frame}'").fetchone()[0]
        con.execute(f"COPY (SELECT * FROM '{frame}' UNION ALL (SELECT * FROM '{frame}' ORDER BY ALL DESC LIMIT 1)) "
                    f"TO '{tmp_path / 'doubled.parquet'}'")
    (tmp_path / "doubled.parquet").replace(frame)
    assert rows >= 4

    for chunk_rows in (1_000, 3, 1):
        outcome = quality.validate(tmp_path, f"parts-{chunk_rows}", None, chunk_rows=chunk_rows)
        [failed] = outcome.blocking_failures
        assert (failed.expectation, failed.unexpected_count, failed.element_count) == (
            "daily_feed_health_key_unique", 2, rows + 1)


def test_each_blocking_expectation_catches_its_problem(sample_db):
    (a, _, _), = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [
        metric("no-such-article"),
        metric(a, "revenue", 5.0, "USD", low=9.0, high=2.0, span=(1, 2)),
        metric(a, "revenue", 1.0, "USD", span=(3, 4)),
    ])
    # NaN set in SQL: a pandas NaN would arrive as NULL
    execute(sample_db, "UPDATE core.metrics SET prior_value = 'nan'::DOUBLE WHERE span_start = 3")
    insert(sample_db, "core.rating_actions", [
        rating(a, 0, rating="excellent"), rating(a, 1, target_price=-5.0), rating(a, 2, action="applaud"),
        rating(a, 3, prior_rating="meh"), rating(a, 4, prior_target_price=0.0), rating("ghost", 0)])
    report = publish(sample_db)
    failed = {r["expectation"]: r["unexpected_count"] for r in report.blocking_failures}
    assert failed == {
        "metric_article_exists": 1, "metric_range_ordered": 1, "metric_values_finite": 1,
        "rating_in_vocabulary": 1, "target_price_positive": 1, "rating_action_in_vocabulary": 1,
        "prior_rating_in_vocabulary": 1, "prior_target_price_positive": 1, "rating_article_exists": 1,
    }
    assert report.status == GATE_FAILED
    assert _rows(sample_db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'") == [(0,)]


def test_a_confidence_outside_0_to_1_stops_the_publish(sample_db):
    _good_facts(sample_db)
    assert publish(sample_db).status == PUBLISHED
    before = _marts(sample_db)
    (a, _, _), = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [metric(a, "revenue", 99.0, span=(60, 70), confidence=1.5)])
    insert(sample_db, "core.rating_actions", [rating(a, 7, target_price=190.0, confidence=-0.1),
                                              rating(a, 8, target_price=200.0)])
    execute(sample_db, "UPDATE core.rating_actions SET confidence = 'nan'::DOUBLE WHERE action_seq = 8")

    report = publish(sample_db)

    assert report.status == GATE_FAILED and _marts(sample_db) == before
    failed = {r["expectation"]: r for r in report.blocking_failures}
    assert {name: r["unexpected_count"] for name, r in failed.items()} == {
        "metric_confidence_in_range": 1, "daily_metrics_confidence_in_range": 1,
        "rating_confidence_in_range": 2, "daily_rating_actions_confidence_in_range": 2}
    assert failed["metric_confidence_in_range"]["sample"] == [{
        "article_id": a, "extractor_version": EXTRACTOR_VERSION, "metric_seq": 1060, "confidence": 1.5}]
    assert failed["daily_metrics_confidence_in_range"]["sample"][0]["value"] == 99.0


def test_an_entity_without_a_key_is_flagged_but_published(sample_db):
    (a, _, _), = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [metric(a, entity="Tencent", entity_key=None),
                                       metric(a, "net_profit", 2.0, entity=None, ticker=None, entity_key=None,
                                              span=(20, 30))])  # no entity at all: nothing to key

    report = publish(sample_db)

    assert report.status == PUBLISHED
    [warned] = [w for w in report.warnings if w["expectation"] == "metric_entity_keyed"]
    assert warned["severity"] == WARNING and warned["unexpected_count"] == 1
    assert warned["sample"][0]["entity_without_key"] == "Tencent"
    assert _rows(sample_db, "SELECT row_key FROM dq.flagged_rows WHERE expectation = 'metric_entity_keyed'") == [
        (f"{a}|{EXTRACTOR_VERSION}|1000",)]
    assert _rows(sample_db, "SELECT entity, entity_key FROM marts.daily_metrics WHERE metric = 'revenue'") == [
        ("Tencent", None)]


def test_source_problems_are_flagged_and_alerted_but_published(sample_db):
    (a, _, _), (b, _, _) = articles(sample_db, 2)
    insert(sample_db, "core.metrics", [metric(a, "revenue_growth", 5400.0, "%"),
                                       metric(a, "price_change", None, "%", low=1.2, high=25431.77, span=(20, 30))])
    execute(sample_db, "UPDATE core.articles SET published_at = now() + INTERVAL 3 DAY WHERE article_id = ?", [b])

    report = publish(sample_db)

    assert report.status == PUBLISHED
    warned = {w["expectation"]: w for w in report.warnings}
    assert {r["percent_value"] for r in warned["metric_percent_plausible"]["sample"]} == {5400.0, 25431.77}
    assert warned["published_at_not_in_future"]["sample"][0]["article_id"] == b
    flags = _rows(sample_db, "SELECT table_name, row_key, expectation FROM dq.flagged_rows ORDER BY table_name")
    assert ("core.articles", b, "published_at_not_in_future") in flags
    assert any(t == "core.metrics" and k.startswith(a + "|") and e == "metric_percent_plausible" for t, k, e in flags)
    # flagged, not dropped: the figure is in the mart
    assert _rows(sample_db, "SELECT value FROM marts.daily_metrics WHERE metric = 'revenue_growth'") == [(5400.0,)]
    kinds = [a["kind"] for a in _alerts(sample_db)]
    assert "quality_warnings" in kinds and "gate_failed" not in kinds


def test_feeds_failing_for_consecutive_runs_alert(sample_db):
    report = publish(sample_db)
    [feeds] = [w for w in report.warnings if w["expectation"] == "feed_not_failing"]
    assert {row["feed"] for row in feeds["sample"]} == FAILING_FEEDS
    assert {row["consecutive_failures"] for row in feeds["sample"]} == {3}
    assert {row["last_error"] for row in feeds["sample"]} == {"HTTP 500", "HTTP 404"}
    [alert] = [a for a in _alerts(sample_db) if a["kind"] == "feeds_failing"]
    assert all(name in alert["summary"] for name in FAILING_FEEDS)


def test_volume_and_freshness(sample_db):
    # seven ordinary days of 6 arrivals, then a day with 1 (at 01:00)
    ids = [a for a, _, _ in articles(sample_db, 43)]
    day = datetime(2025, 9, 20, tzinfo=timezone.utc)
    for i, article_id in enumerate(ids):
        arrived = day - timedelta(days=1 + i // 6) if i < 42 else day + timedelta(hours=1)
        execute(sample_db, "UPDATE core.articles SET first_seen_at = ?, published_at = ? WHERE article_id = ?",
                [arrived, arrived, article_id])
    execute(sample_db, "DELETE FROM core.articles WHERE article_id NOT IN (SELECT unnest(?::VARCHAR[]))", [ids])

    late = publish(sample_db, day=day.date(), as_of=day + timedelta(days=3))
    warned = {w["expectation"]: w for w in late.warnings}
    assert round(warned["article_volume_normal"]["sample"][0]["volume_ratio"], 4) == round(1 / 6, 4)
    assert warned["articles_fresh"]["sample"][0]["newest_age_hours"] == 71.0
    # at 02:00 that day one arrival is more than 6 * 2/24 expected so far: a day in progress is judged pro rata
    early = publish(sample_db, day=day.date(), as_of=day + timedelta(hours=2))
    assert not {w["expectation"] for w in early.warnings} & {"article_volume_normal", "articles_fresh"}


def test_dq_command_shows_the_latest_run(sample_db, capsys, monkeypatch):
    monkeypatch.setenv("NEWSFLOW_HOME", str(sample_db.home))
    monkeypatch.setenv("COLUMNS", "300")
    assert dq_main(argparse.Namespace(db=str(sample_db.db_path), run=None, all=False)) == 0
    assert "no quality runs recorded yet" in capsys.readouterr().out
    report = publish(sample_db)
    assert dq_main(argparse.Namespace(db=str(sample_db.db_path), run=None, all=True)) == 0
    out = capsys.readouterr().out
    assert report.run_id in out and "feed_not_failing" in out and "article_id_unique" in out


def test_publish_if_changed_is_a_no_op_until_something_is_loaded(sample_db):
    _good_facts(sample_db)
    assert publish(sample_db, if_changed=True).status == PUBLISHED  # never published: it publishes
    runs = _count(sample_db, "dq.runs")
    again = publish(sample_db, if_changed=True)
    assert (again.status, again.published, again.expectations) == (UP_TO_DATE, True, 0)
    assert _count(sample_db, "dq.runs") == runs  # no gate ran, nothing recorded
    execute(sample_db, "UPDATE core.extractions SET extracted_at = now() WHERE article_id = "
                       "(SELECT min(article_id) FROM core.extractions)")  # an article read again
    assert publish(sample_db, if_changed=True).status == PUBLISHED
    assert _count(sample_db, "dq.runs") == runs + 1


def test_an_up_to_date_publish_is_quick_and_imports_neither_pandas_nor_great_expectations(sample_db):
    import os
    import subprocess
    import sys

    _good_facts(sample_db)
    publish(sample_db, if_changed=True)
    code = ("import sys; from newsflow.publish import publish; from newsflow.config import Settings; "
            "assert publish(Settings.from_env(), if_changed=True).status == 'up_to_date'; "
            "print(sorted(m for m in ('pandas', 'great_expectations') if m in sys.modules))")
    env = {**os.environ, "NEWSFLOW_HOME": str(sample_db.home), "NEWSFLOW_DB": str(sample_db.db_path)}
    env.pop("NEWSFLOW_STORE", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_publish_if_changed_before_any_run_has_nothing_to_publish(tmp_path):
    settings = Settings(home=tmp_path, db_path=tmp_path / "never.duckdb")
    assert publish(settings, if_changed=True).status == UP_TO_DATE
    assert not settings.db_path.exists()  # and creates nothing


def _count(settings, table: str) -> int:
    return store.query(settings, f"SELECT count(*) FROM {table}")[1][0][0]
