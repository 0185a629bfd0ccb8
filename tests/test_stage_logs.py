"""What the stages log: the real stages on the bundled samples, their log records read with caplog.

Every stage logs at INFO, through its module logger, a few lines that say what it did (newsflow.stage_log);
Great Expectations' chatter stays out of the publish log. The same lines in the Airflow task logs are
checked by tests/test_dags.py and tests/test_publish_dag.py.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from dataclasses import replace

import pytest
from sample_db import FAILING_FEEDS, articles, insert, metric, sample_db, sample_source  # noqa: F401

from newsflow import pipeline, stage_log
from newsflow.cli import main
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Feed, Settings, load_feeds
from newsflow.marts import MARTS
from newsflow.publish import publish
from newsflow.sample_server import serve_directory


@pytest.fixture
def samples(tmp_path):
    """Settings and feeds for the bundled samples, served on loopback."""
    with serve_directory(SAMPLES_DIR) as base:
        yield (Settings(home=tmp_path, db_path=tmp_path / "newsflow.duckdb",
                        connect_to=((SAMPLE_HOST, base.split("://")[1]),)),
               load_feeds(SAMPLES_DIR / "feeds.yaml"))


def _lines(caplog, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno == logging.INFO]


def test_ingest_logs_the_outcome_and_each_failing_feed_with_its_reason(samples, caplog):
    caplog.set_level(logging.INFO, logger="newsflow")
    caplog.clear()  # only what follows: at a level an earlier test left, setup may have logged too
    settings, feeds = samples
    report = pipeline.ingest(settings, feeds)

    summary, *failures = _lines(caplog, "newsflow.pipeline")
    assert re.fullmatch(rf"ingest {report.run_id}: 12 feeds fetched: 10 ok, 0 not modified, 2 failed; "
                        r"[\d,]+ bytes in \d+\.\d s", summary), summary
    assert failures == [
        "feed broken-server failed: HTTP 500 (http://samples.newsflow.test/_status/500)",
        "feed discontinued failed: HTTP 404 (http://samples.newsflow.test/feeds/discontinued.xml)",
    ]
    assert {f.split()[1] for f in failures} == FAILING_FEEDS


def test_process_logs_a_line_per_batch_and_a_summary(samples, caplog):
    settings, feeds = samples
    settings = replace(settings, batch_entries=20)  # several batches from the samples' 62 entries
    pipeline.ingest(settings, feeds)
    caplog.set_level(logging.INFO, logger="newsflow")
    caplog.clear()  # only what follows: at a level an earlier test left, setup may have logged too
    report = pipeline.process(settings, feeds)

    lines = _lines(caplog, "newsflow.pipeline")
    batches = [line for line in lines if line.startswith("batch ")]
    assert len(batches) >= 3
    assert [int(line.split()[1].rstrip(":")) for line in batches] == list(range(1, len(batches) + 1))

    def total(word: str) -> int:  # the batches' numbers add up to the run's
        return sum(int(re.search(rf"(\d+) {word}", line).group(1)) for line in batches)

    assert total("feed bodies") == report.feeds_parsed == 10
    assert total("entries") == report.entries
    assert total("new articles") == report.new_articles > 0
    assert total("duplicates") == report.duplicates
    assert total("metrics") == report.metrics > 0
    assert total("rating actions") == report.rating_actions
    assert sum(int(re.search(r"stories (\d+) new", line).group(1)) for line in batches) == report.new_stories
    assert total("joined") == report.joined_stories  # later batches join the stories of earlier ones
    assert all(re.search(r", \d+\.\d s$", line) for line in batches)

    first, second, *problems = lines[len(batches):]
    assert first.startswith(f"process: 10 feed bodies parsed in {len(batches)} batches, ")
    assert (f"{report.entries} entries ({report.new_entries} new, 0 seen before), {report.new_articles} new articles, "
            f"{report.duplicates} duplicates, 0 revised, 0 entries rejected, 0 bodies quarantined") in first
    assert second == (f"process: {report.articles_extracted} articles read: {report.metrics} metrics, "
                      f"{report.rating_actions} rating actions; stories {report.new_stories} new / {report.joined_stories} joined; "
                      f"pages {report.pages_fetched} fetched / 0 failed; {report.indexed} articles indexed for search")
    assert report.indexed == report.new_articles
    assert problems[0].startswith("feed northgate-home: not a feed (text/html)")
    assert "feed market-bulletin is malformed, entries kept: SAXParseException" in " | ".join(problems)

    caplog.clear()
    pipeline.process(settings, feeds)  # nothing pending: one line says so
    [line] = _lines(caplog, "newsflow.pipeline")
    assert line.startswith("process: no fetched feed body waiting, nothing to do")


def test_process_logs_rejected_entries_with_their_reason(tmp_path, sample_root, sample_server, caplog):
    (sample_root / "tiny.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tiny</title>'
        "<item><title>Acme revenue rose 5%</title><link>http://tiny.example/a</link><description>Up.</description>"
        "</item><item><guid>empty-1</guid></item></channel></rss>", encoding="utf-8")
    settings = Settings(home=tmp_path, db_path=tmp_path / "newsflow.duckdb")
    feeds = [Feed(name="tiny", url=f"{sample_server}/tiny.xml")]
    pipeline.ingest(settings, feeds)
    caplog.set_level(logging.INFO, logger="newsflow")
    caplog.clear()  # only what follows: at a level an earlier test left, setup may have logged too
    pipeline.process(settings, feeds)

    lines = _lines(caplog, "newsflow.pipeline")
    assert "1 new articles, 0 duplicates, 0 revised, 1 rejected, 0 quarantined" in lines[0]
    assert ", 1 entries rejected, 0 bodies quarantined" in lines[1]
    assert lines[-1].startswith("rejected 1 entry of tiny: entry has neither title nor text (feed 'tiny', guid ")


def test_publish_logs_the_gate_and_the_marts_and_no_great_expectations_chatter(sample_db, caplog):
    caplog.set_level(logging.DEBUG)  # everything, GX's own records included, would be captured
    report = publish(sample_db, if_changed=True)
    assert report.status == "published"

    chatter = [r for r in caplog.records if r.name.startswith("great_expectations") and r.levelno < logging.WARNING]
    assert chatter == []
    assert not any("Skipping registering" in r.getMessage() for r in caplog.records)
    gate, *lines = _lines(caplog, "newsflow.publish")
    assert re.fullmatch(rf"publish {report.run_id} \(every day\): gate passed, published, \d+\.\d s; "
                        rf"{report.expectations} expectations run, 0 blocking failed, 1 warning, 0 rows flagged", gate)
    assert lines[0] == "warning expectation failed: feeds.feed_not_failing (2 of 12 rows)"  # the samples' 404 and 500
    for name in MARTS:
        parts = len(report.parquet[name])
        written = f", {parts} Parquet partition{'s' * (parts != 1)} written" if parts else ""
        assert f"marts.{name}: {report.marts[name]} rows; rebuilt every day{written}" in lines
    assert lines[-1] == (f"Parquet under {sample_db.home / 'marts'}; read copy {sample_db.read_copy}; "
                         f"Data Docs {sample_db.home / 'data_docs' / 'index.html'}")

    caplog.clear()
    assert publish(sample_db, if_changed=True).status == "up_to_date"
    [line] = _lines(caplog, "newsflow.publish")
    assert line.startswith("publish: up to date, nothing to publish")


def test_a_failed_gate_is_logged_with_the_expectation_that_failed(sample_db, caplog):
    [(article_id, _, _)] = articles(sample_db, 1)
    insert(sample_db, "core.metrics", [metric(article_id, unit="furlongs")])
    caplog.set_level(logging.INFO, logger="newsflow")
    caplog.clear()  # only what follows: at a level an earlier test left, setup may have logged too
    report = publish(sample_db)
    assert report.status == "gate_failed"

    gate, *lines = _lines(caplog, "newsflow.publish")
    assert "gate FAILED, nothing published, marts unchanged" in gate and ", 1 blocking failed, " in gate
    assert re.fullmatch(r"blocking expectation failed: core_metrics\.metric_unit_in_vocabulary \(1 of \d+ rows\)",
                        lines[0]), lines[0]
    assert f"marts.daily_metrics: {report.marts['daily_metrics']} rows staged, not published; rebuilt every day" \
        in lines
    assert lines[-1] == f"Data Docs {sample_db.home / 'data_docs' / 'index.html'}"  # no Parquet, no read copy


IMPORT_AND_COUNT = """
import logging, sys
records = []
handler = logging.Handler()
handler.emit = records.append
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.DEBUG)
{importing}
quiet = [r for r in records if r.name.startswith("great_expectations") and r.levelno < logging.WARNING]
print(len(quiet), sum("Skipping registering" in r.getMessage() for r in quiet))
"""


def test_importing_great_expectations_through_newsflow_logs_nothing_below_warning():
    """Most of GX's chatter comes while it is imported: measured in a fresh process each."""

    def chatter(importing: str) -> list[int]:
        done = subprocess.run([sys.executable, "-c", IMPORT_AND_COUNT.format(importing=importing)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        return [int(n) for n in done.stdout.split()]

    plain, skipping = chatter("import great_expectations")
    assert plain > 100 and skipping > 100  # what a task log got before
    assert chatter("from newsflow.quality import import_great_expectations\nimport_great_expectations()") == [0, 0]


def test_a_long_list_of_problems_is_cut_short():
    report = pipeline.ProcessReport(feeds_parsed=1, rejected=[{"feed": "f", "reason": f"reason {n}"} for n in range(30)])
    lines = stage_log.process_lines(report, batches=1, seconds=0.5)
    assert len(lines) == 2 + stage_log.MAX_PROBLEM_LINES + 1
    assert lines[-1] == "... and 10 more (recorded in raw.feed_parses, core.rejected_entries, raw.fetches)"


def test_the_cli_prints_the_stage_logs_only_when_asked(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "newsflow.duckdb")
    on_stdout = logging.StreamHandler(sys.stdout)
    logging.getLogger().addHandler(on_stdout)  # as importing Airflow does
    try:
        assert main(["ingest", "--sample", "--db", db]) == 0
    finally:
        logging.getLogger().removeHandler(on_stdout)
    printed = capsys.readouterr()
    assert "feeds fetched" not in printed.out + printed.err  # the command's own table says it

    assert main(["ingest", "--sample", "--db", db, "-v"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"\d\d:\d\d:\d\d INFO newsflow\.pipeline: ingest \S+: 12 feeds fetched: 0 ok, 10 not modified", err)
    assert "INFO newsflow.pipeline: feed broken-server failed: HTTP 500" in err

    monkeypatch.setenv("NEWSFLOW_LOG_LEVEL", "info")
    assert main(["ingest", "--sample", "--db", db]) == 0
    assert "12 feeds fetched" in capsys.readouterr().err
    assert logging.getLogger("newsflow").handlers == [] and logging.getLogger("newsflow").propagate  # as before
    monkeypatch.setenv("NEWSFLOW_LOG_LEVEL", "loud")
    assert main(["ingest", "--sample", "--db", db]) == 2
    assert "NEWSFLOW_LOG_LEVEL: expected one of DEBUG, INFO, WARNING, ERROR, got 'LOUD'" in capsys.readouterr().err


def test_the_level_can_be_set_for_newsflow_alone(tmp_path):
    """NEWSFLOW_LOG_LEVEL is applied where the package is imported: an Airflow task, as any process."""
    code = "import logging, newsflow; print(logging.getLevelName(logging.getLogger('newsflow').level))"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "NEWSFLOW_LOG_LEVEL": "warning"},
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "WARNING", done.stderr
