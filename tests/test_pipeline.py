"""The pipeline end to end over real loopback HTTP into a real DuckDB file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsflow import pipeline, store
from newsflow.config import SAMPLE_HOST, SAMPLES_DIR, Feed, Settings, load_feeds
from newsflow.marts import MARTS
from newsflow.publish import publish
from newsflow.sample_server import serve_directory

ZH_TITLES = [
    "宁德时代上半年净利润同比增长33%",
    "招商银行不良贷款率降至0.93%",
    "比亚迪八月销量同比增长百分之零点一五",
]
ZH_BODY = (
    "公司公告称，上半年实现营业收入一千七百八十九亿元，同比增长百分之七点二七；归属于上市公司股东的净利润"
    "为三百零五亿元。董事会建议派发中期股息，每十股派发现金红利十元。分析师认为，海外市场的拓展与储能业务的"
    "放量是业绩增长的主要动力，公司在全球动力电池市场的占有率继续保持第一。"
)


def _rss(items: str, encoding_decl: str = "") -> str:
    decl = f'<?xml version="1.0"{encoding_decl}?>\n'
    return f'{decl}<rss version="2.0"><channel><title>频道</title><link>http://example.cn/</link>{items}</channel></rss>'


def _zh_items(prefix: str) -> str:
    return "".join(
        f"<item><title>{t}</title><link>http://finance.example.cn/{prefix}/{i}.html</link>"
        f"<guid>{prefix}-{i}</guid><pubDate>2025-09-1{i} 09:3{i}</pubDate>"
        f"<description>{ZH_BODY}</description></item>"
        for i, t in enumerate(ZH_TITLES)
    )


EN_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2025-09-17T00:00:00Z</updated>
<entry><title>Goldman lifts Alibaba target to $179</title><id>urn:wire:1</id>
<link href="https://WWW.Wire.example/markets/alibaba-target?utm_source=rss&amp;utm_medium=feed&amp;id=7#top"/>
<updated>2025-09-17T03:12:00+08:00</updated>
<content type="html">&lt;p&gt;Goldman Sachs raised its target price from $163 to $179.&lt;/p&gt;
&lt;script&gt;track()&lt;/script&gt;&lt;p onclick="x()"&gt;It kept a &amp;quot;buy&amp;quot; rating.&lt;/p&gt;
&lt;img src="https://pixel.example/t.gif" width="1" height="1"&gt;</content></entry>
<entry><title>Tencent results beat forecasts</title><id>urn:wire:2</id>
<link href="https://www.wire.example/markets/tencent-results"/><updated>2025-09-16T10:00:00Z</updated>
<summary>Tencent's second-quarter revenue rose 15% to 184.5 billion yuan.</summary></entry>
</feed>"""

SYNDICATED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Second outlet</title>
<item><title>Alibaba's price target raised by Goldman</title>
<link>https://www.wire.example/markets/alibaba-target?id=7&amp;utm_campaign=x&amp;fbclid=abc</link>
<pubDate>Wed, 17 Sep 2025 04:00:00 +0800</pubDate><description>Goldman Sachs raised its target price to $179.</description></item>
<item><title>An entry without a date</title><link>https://www.second.example/no-date</link>
<description>Markets were calm.</description></item>
<item><title></title><link>https://www.second.example/empty</link></item>
</channel></rss>"""

MALFORMED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken & proud</title>
<item><title>HSBC cuts costs by $1.5bn</title><link>https://broken.example/hsbc</link><description>Costs fall.</description></item>
<item><title>Second entry</title><link>https://broken.example/two</link><description>More <b>news</description></item>
</channel></rss>"""


def _write_heldout_feeds(www: Path) -> None:
    (www / "gbk.xml").write_bytes(_rss(_zh_items("gbk"), ' encoding="gbk"').encode("gbk"))
    (www / "gb2312-undeclared.xml").write_bytes(_rss(_zh_items("gb")).encode("gb2312"))
    (www / "wire.atom").write_text(EN_ATOM, encoding="utf-8")
    (www / "second.rss").write_text(SYNDICATED_RSS, encoding="utf-8")
    (www / "broken.xml").write_text(MALFORMED, encoding="utf-8")
    (www / "page.html").write_text("<html><head><title>Not a feed</title></head><body>Hi</body></html>")


FEEDS = {
    "gbk": "gbk.xml", "gb2312": "gb2312-undeclared.xml", "wire": "wire.atom", "second": "second.rss",
    "broken": "broken.xml", "html": "page.html", "http500": "_status/500", "http404": "missing.xml",
}


@pytest.fixture
def heldout(tmp_path: Path):
    www = tmp_path / "www"
    www.mkdir()
    _write_heldout_feeds(www)
    with serve_directory(www) as base:
        feeds_file = tmp_path / "feeds.yaml"
        feeds_file.write_text("feeds:\n" + "".join(
            f"  - {{name: {name}, url: '{base}/{path}'{', timezone: Asia/Shanghai' if name.startswith('gb') else ''}}}\n"
            for name, path in FEEDS.items()))
        yield feeds_file, Settings(home=tmp_path / "home", db_path=tmp_path / "home" / "news.duckdb")


def _counts(settings: Settings) -> dict[str, int]:
    tables = ["raw.fetches", "raw.feed_parses", "raw.entries", "core.articles", "core.article_sources",
              "core.rejected_entries"]
    return {t: store.query(settings, f"SELECT count(*) FROM {t}")[1][0][0] for t in tables}


def _rows(settings: Settings, sql: str) -> list[tuple]:
    return store.query(settings, sql)[1]


def test_cli_run_on_feeds_nobody_wrote_for_it(heldout):
    feeds_file, settings = heldout
    env = {**os.environ, "NEWSFLOW_HOME": str(settings.home)}
    cmd = [str(Path(sys.executable).with_name("newsflow")), "run", "--feeds", str(feeds_file), "--db",
           str(settings.db_path)]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "HTTP 500" in first.stdout and "not a feed" in first.stdout

    outcomes = dict(_rows(settings, "SELECT feed, outcome || coalesce(' ' || error, '') FROM raw.fetches"))
    assert outcomes == {
        "gbk": "ok", "gb2312": "ok", "wire": "ok", "second": "ok", "broken": "ok", "html": "ok",
        "http500": "failed HTTP 500", "http404": "failed HTTP 404",
    }
    parses = {feed: (bozo, error) for feed, bozo, error in
              _rows(settings, "SELECT feed, bozo, error FROM raw.feed_parses")}
    assert parses["html"][1].startswith("not a feed")
    assert parses["broken"][0] is True and parses["broken"][1] is None
    assert _rows(settings, "SELECT count(*) FROM core.articles WHERE feed = 'broken'") == [(2,)]

    titles = {t for (t,) in _rows(settings, "SELECT title FROM core.articles WHERE language = 'zh'")}
    assert set(ZH_TITLES) <= titles  # GBK and undeclared GB2312 both decoded
    gbk_dates = _rows(settings, "SELECT published_at FROM core.articles WHERE url LIKE '%/gbk/0.html'")
    assert gbk_dates[0][0].astimezone().utctimetuple()[:5] == (2025, 9, 10, 1, 30)  # 09:30 in Shanghai

    residue = _rows(settings, """
        SELECT count(*) FROM core.articles
        WHERE body_text ILIKE '%<script%' OR body_text ILIKE '%track()%' OR body_text ILIKE '%onclick%'
           OR body_text ILIKE '%pixel%' OR title LIKE '%<%' OR body_text LIKE '%&quot;%'""")
    assert residue == [(0,)]
    assert _rows(settings, "SELECT count(*) FROM core.articles WHERE url LIKE '%utm_%' OR url LIKE '%#%'") == [(0,)]
    assert _rows(settings, "SELECT count(*) FROM core.article_sources WHERE url LIKE '%utm_%'") == [(0,)]

    # one article, two feeds: the tracked, upper-cased link and the syndicated copy resolve to one canonical URL
    sources = _rows(settings, """
        SELECT a.url, list(s.feed ORDER BY s.feed) FROM core.articles a JOIN core.article_sources s USING (article_id)
        WHERE a.url LIKE '%alibaba-target%' GROUP BY a.url""")
    assert sources == [("https://www.wire.example/markets/alibaba-target?id=7", ["second", "wire"])]
    # a missing date falls back to first-seen time and says so; an empty entry is rejected with its reason
    assert _rows(settings, "SELECT published_at_estimated FROM core.articles WHERE url LIKE '%no-date'") == [(True,)]
    assert _rows(settings, "SELECT feed FROM core.rejected_entries") == [("second",)]

    before = _counts(settings)
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert second.returncode == 0, second.stderr
    after = _counts(settings)
    assert after["raw.fetches"] == before["raw.fetches"] + len(FEEDS)
    assert {k: v for k, v in after.items() if k != "raw.fetches"} == {
        k: v for k, v in before.items() if k != "raw.fetches"}
    latest = dict(_rows(settings, """
        SELECT outcome, count(*) FROM raw.fetches
        WHERE run_id = (SELECT max(run_id) FROM raw.fetches) GROUP BY outcome"""))
    assert latest == {"not_modified": 6, "failed": 2}


def test_sample_run_is_complete_and_idempotent(tmp_path):
    settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb")
    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        ingest = pipeline.ingest(settings, feeds)
        report = pipeline.process(settings, feeds, run_id=ingest.run_id)
        assert ingest.count("ok") >= 6 and ingest.count("failed") >= 2
        assert report.new_articles >= 40 and report.duplicates >= 3 and report.pages_fetched >= 4
        assert report.not_feeds and report.bozo
        first = _counts(settings)
        ingest2 = pipeline.ingest(settings, feeds)
        report2 = pipeline.process(settings, feeds, run_id=ingest2.run_id)
    assert report2.new_articles == 0 and report2.new_entries == 0
    assert ingest2.count("ok") == 0 and ingest2.count("not_modified") == ingest.count("ok")
    second = _counts(settings)
    assert second["raw.fetches"] == first["raw.fetches"] + len([f for f in feeds if f.enabled])
    assert {k: v for k, v in second.items() if k != "raw.fetches"} == {
        k: v for k, v in first.items() if k != "raw.fetches"}
    # the seed story arrives in Chinese and English feeds; its full-text page came from the archive
    assert _rows(settings, "SELECT count(*) FROM core.articles WHERE full_text")[0][0] >= 4
    assert _rows(settings, "SELECT count(*) FROM core.articles WHERE title LIKE '%高盛%阿里%'")[0][0] >= 1
    # ...and its facts are rows: the target price with its prior, and Goldman Sachs's rating action
    assert _rows(settings, """
        SELECT DISTINCT m.value, m.prior_value, m.unit, m.entity_key, m.ticker
        FROM core.metrics m JOIN core.articles a USING (article_id)
        WHERE a.title LIKE '%高盛%阿里%' AND m.metric = 'target_price'""") == [
        (179.0, 163.0, "USD", "alibaba", "BABA")]  # a dollar target belongs to the US listing
    actions = _rows(settings, """
        SELECT DISTINCT r.broker_key, r.company_key, r.rating, r.target_price, r.prior_target_price, r.currency
        FROM core.rating_actions r JOIN core.articles a USING (article_id)
        WHERE a.title LIKE '%高盛%阿里%' OR a.title LIKE '%Goldman%Alibaba%'""")
    assert actions == [("goldman_sachs", "alibaba", "buy", 179.0, 163.0, "USD")]  # every copy, whatever its language
    assert report.metrics > 100 and report.articles_extracted == report.new_articles
    assert report2.articles_extracted == 0


def test_worker_processes_give_the_same_rows_in_the_same_order(tmp_path):
    with serve_directory(SAMPLES_DIR) as base:
        connect_to = ((SAMPLE_HOST, base.split("://")[1]),)
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        one = Settings(home=tmp_path / "one", db_path=tmp_path / "one" / "news.duckdb", connect_to=connect_to)
        pipeline.ingest(one, feeds)
        shutil.copytree(one.home, tmp_path / "two")
        two = replace(one, home=tmp_path / "two", db_path=tmp_path / "two" / "news.duckdb", workers=2)
        reports = [pipeline.process(s, feeds) for s in (one, two)]
    assert reports[0].articles_extracted == reports[1].articles_extracted >= pipeline.PARALLEL_MIN_JOBS
    tables = {
        "core.metrics": "* EXCLUDE (extractor_version)", "core.rating_actions": "* EXCLUDE (extractor_version)",
        "core.extractions": "article_id, metrics, rating_actions, error",
        "core.articles": "article_id, cluster_id, title, body_text, published_at",
        "core.rejected_entries": "entry_key, reason"}
    for table, columns in tables.items():
        rows = [_rows(s, f"SELECT {columns} FROM {table} ORDER BY ALL") for s in (one, two)]
        assert rows[0] == rows[1] and rows[0] or table == "core.rejected_entries", table
    # what the workers made belongs to the article as stored (not to a syndicated copy read in the same batch)
    from newsflow.dedupe import sign
    from newsflow.extract import extract

    stored = _rows(two, """SELECT a.article_id, a.title, a.body_text, a.language, a.first_seen_at,
                                  CAST(a.published_at AT TIME ZONE 'UTC' AS DATE), e.metrics, s.minhash, s.facts
                           FROM core.articles a JOIN core.extractions e USING (article_id)
                           JOIN core.article_signatures s USING (article_id)""")
    for article_id, title, body, language, seen, published, n_metrics, minhash, facts in stored:
        found = extract(pipeline.article_text(title, body), published)
        assert len(found.metrics) == n_metrics, title
        metrics = [vars(m) for m in found.metrics]
        signature = sign(article_id, title, body, language, seen, metrics)
        assert (signature.minhash.tobytes(), sorted(signature.facts)) == (minhash, list(facts)), title


def test_the_extractors_output_passes_the_gate_and_fills_the_marts(tmp_path):
    with serve_directory(SAMPLES_DIR) as base:
        settings = Settings(home=tmp_path, db_path=tmp_path / "news.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
        pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    report = publish(settings)
    assert report.published, report.as_dict()["blocking_failures"]
    assert all(rows > 0 for rows in report.as_dict()["marts"].values())


def test_a_new_extractor_version_rereads_stored_articles(heldout, monkeypatch):
    feeds_file, settings = heldout
    feeds = load_feeds(feeds_file)
    pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    before = _rows(settings, "SELECT count(*), count(DISTINCT extractor_version) FROM core.metrics")[0]
    monkeypatch.setattr("newsflow.extract.EXTRACTOR_VERSION", "rules-next")
    report = pipeline.process(settings, feeds)
    assert report.articles_extracted == _rows(settings, "SELECT count(*) FROM core.articles")[0][0]
    assert _rows(settings, "SELECT count(*), list(DISTINCT extractor_version) FROM core.metrics")[0] == (
        before[0], ["rules-next"])


def test_the_extract_stage_passes_the_publication_date_and_stores_keys_and_confidence(heldout, monkeypatch):
    """The extractor is told each article's UTC publication date, and every field it returns reaches the rows.
    The real extractor runs; one keyed metric and rating action are added to what it finds, so the test does
    not depend on what it finds."""
    from newsflow import extract as extractor
    from newsflow.extract import Metric, RatingAction

    real, told = extractor.extract, {}

    def keyed(text: str, published: date | None = None):
        told[text.split("\n\n")[0]] = published
        found = real(text, published)
        found.metrics.append(Metric(metric="revenue", value=1.0, unit="USD", entity="腾讯控股", ticker="0700.HK",
                                    entity_key="tencent", confidence=0.42))
        found.rating_actions.append(RatingAction(broker="高盛", company="騰訊", ticker=None, action="upgrade",
                                                 rating="buy", company_key="tencent", broker_key="goldman-sachs",
                                                 confidence=0.24))
        return found

    monkeypatch.setattr("newsflow.extract.extract", keyed)
    feeds_file, settings = heldout
    feeds = load_feeds(feeds_file)
    pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)

    assert told["Goldman lifts Alibaba target to $179"] == date(2025, 9, 16)  # 03:12 at +08:00 on the 17th
    assert told[ZH_TITLES[0]] == date(2025, 9, 10)  # 09:30 in Shanghai
    articles = _rows(settings, "SELECT count(*) FROM core.articles")[0][0]
    assert _rows(settings, """SELECT count(DISTINCT article_id), list(DISTINCT entity), list(DISTINCT ticker)
                              FROM core.metrics WHERE entity_key = 'tencent' AND confidence = 0.42""") == [
        (articles, ["腾讯控股"], ["0700.HK"])]
    assert _rows(settings, """SELECT count(DISTINCT article_id) FROM core.rating_actions
                              WHERE company_key = 'tencent' AND broker_key = 'goldman-sachs' AND company = '騰訊'
                                AND confidence = 0.24""") == [(articles,)]


def test_process_replays_bodies_from_the_archive_after_a_crash(heldout):
    """A crash between ingest and process loses nothing: the bodies wait in the archive."""
    feeds_file, settings = heldout
    feeds = load_feeds(feeds_file)
    pipeline.ingest(settings, feeds)  # ...and the process stage never ran
    pending = _rows(settings, "SELECT count(*) FROM raw.fetches WHERE outcome = 'ok'")[0][0]
    report = pipeline.process(settings, feeds)
    assert report.feeds_parsed == pending and report.new_articles > 0
    assert pipeline.process(settings, feeds).feeds_parsed == 0


def test_a_feed_removed_from_the_config_still_has_its_fetched_bodies_processed(heldout):
    feeds_file, settings = heldout
    feeds = load_feeds(feeds_file)
    pipeline.ingest(settings, feeds)
    report = pipeline.process(settings, [f for f in feeds if f.name != "wire"])
    assert report.new_articles > 0
    assert _rows(settings, "SELECT count(*) FROM core.articles WHERE feed = 'wire'") == [(2,)]


def test_a_body_is_read_as_its_feed_was_configured_when_fetched_whatever_the_config_processing_it(tmp_path):
    """A process run whose feeds file lacks a feed (removed since, or another writer's shard on a lake) reads
    its bodies as the run that fetched them would: the full-text feed's pages are fetched, and its entries
    become the same articles (ids from the pages' rel=canonical) as where the feed is configured."""
    feeds = load_feeds(SAMPLES_DIR / "feeds.yaml")
    full_text = [f for f in feeds if f.name == "meridian-business"]
    assert full_text and full_text[0].full_text
    found = []
    with serve_directory(SAMPLES_DIR) as base:
        for name, processed_with in (("configured", full_text), ("not configured", [feeds[0]])):
            home = tmp_path / name
            settings = Settings(home=home, db_path=home / "news.duckdb",
                                connect_to=((SAMPLE_HOST, base.split("://")[1]),))
            pipeline.ingest(settings, full_text)
            report = pipeline.process(settings, processed_with)
            assert report.pages_fetched == 6 and not report.pages_failed
            found.append(_rows(settings, "SELECT article_id, url, full_text, language FROM core.articles ORDER BY 1"))
    assert found[1] == found[0]
    assert len(found[0]) == 6 and all(full for _, _, full, _ in found[0])
    assert sum("samples.newsflow.test" not in url for _, url, _, _ in found[0]) == 5  # the pages' rel=canonical


def test_disabled_feeds_are_not_fetched(heldout):
    feeds_file, settings = heldout
    feeds = [Feed(name=f.name, url=f.url, enabled=f.name == "wire") for f in load_feeds(feeds_file)]
    assert [f["feed"] for f in pipeline.ingest(settings, feeds).fetches] == ["wire"]


def test_an_outlet_correcting_its_entry_corrects_the_article(heldout):
    """A revised entry (same guid and link, new figure) updates the article and its metrics; nothing doubles."""
    feeds_file, settings = heldout
    www = settings.home.parent / "www"
    feeds = load_feeds(feeds_file)
    pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    atom = (www / "wire.atom").read_text()
    (www / "wire.atom").write_text(atom.replace("rose 15% to 184.5 billion yuan", "rose 16% to 184.5 billion yuan"))
    (www / "second.rss").write_text((www / "second.rss").read_text().replace("$179", "$180"))  # a copy, not ours
    before = _counts(settings)
    report = pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    assert report.revised == 1 and report.new_articles == 0
    body = _rows(settings, "SELECT body_text FROM core.articles WHERE url LIKE '%tencent-results'")[0][0]
    assert "rose 16%" in body
    values = _rows(settings, """SELECT m.value FROM core.metrics m JOIN core.articles a USING (article_id)
                                WHERE a.url LIKE '%tencent-results' AND m.unit = '%'""")
    assert values == [(16.0,)]
    target = _rows(settings, "SELECT body_text FROM core.articles WHERE url LIKE '%alibaba-target%'")[0][0]
    assert "$179" in target  # the other outlet's copy changed; the article the wire wrote did not
    after = _counts(settings)
    assert after["core.articles"] == before["core.articles"]
    assert after["raw.entries"] == before["raw.entries"] + 2  # both new versions are kept as received


def test_a_publish_of_what_changed_gives_the_marts_a_full_rebuild_gives(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SAMPLES_DIR, site)
    with serve_directory(site) as base:
        settings = Settings(home=tmp_path / "home", db_path=tmp_path / "home" / "news.duckdb",
                            connect_to=((SAMPLE_HOST, base.split("://")[1]),))
        feeds = load_feeds(site / "feeds.yaml")
        pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
        assert publish(settings, if_changed=True).status == "published"  # the first: every day
        feed = site / "feeds" / "harbor-wire.xml"
        text = feed.read_text(encoding="utf-8")
        first_item = text[text.index("<item>"):text.index("</item>") + len("</item>")]
        copy = first_item.replace("goldman-alibaba-target-179", "goldman-alibaba-target-179-update").replace(
            "harborwire-20250916-alibaba-goldman", "harborwire-20250917-alibaba-goldman-2").replace(
            "Tue, 16 Sep 2025", "Wed, 17 Sep 2025")  # the story again, a day later: its days change
        fresh = ("<item><title>Pacific Lines profit rose 8% to $2.1 billion</title>"
                 "<link>https://www.harborwire.example/markets/pacific-lines</link><guid>hw-pacific-lines</guid>"
                 "<pubDate>Thu, 18 Sep 2025 08:00:00 GMT</pubDate><description>Pacific Lines said net profit rose 8% "
                 "to $2.1 billion in the quarter.</description></item>")
        feed.write_text(text.replace("<item>", copy + fresh + "<item>", 1), encoding="utf-8")
        report = pipeline.process(settings, feeds, run_id=pipeline.ingest(settings, feeds).run_id)
    assert report.new_articles == 2
    incremental = publish(settings, if_changed=True)
    assert incremental.status == "published"
    def published() -> dict:  # the tables and their Parquet export
        parquet = settings.home / "marts"
        return {name: (_rows(settings, f"SELECT * FROM marts.{name} ORDER BY ALL"),
                       duckdb.sql(f"SELECT * FROM read_parquet('{parquet}/{name}/*/*.parquet', hive_partitioning = true)"
                                  " ORDER BY ALL").fetchall()) for name in MARTS}

    after_incremental = published()
    assert publish(settings).status == "published"  # every day rebuilt
    assert after_incremental == published()
    assert publish(settings, if_changed=True).status == "up_to_date"
