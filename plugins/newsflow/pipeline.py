"""The stage order, shared by the CLI and the DAGs.

ingest:  feeds.yaml → fetch (conditional GET) → archive raw bodies → raw.fetches
process: pending fetches → parse → full text → clean → core.articles / core.article_sources
         → extract key metrics and rating actions → core.metrics / core.rating_actions
         → cluster stories (near-duplicates, across languages) → core.articles.cluster_id
         → search index (new and revised articles only) → search.documents / search.postings
Both are idempotent: a second run over the same input adds no rows.
"""

from __future__ import annotations

import copy
import json
import logging
import multiprocessing
import os
import secrets
import signal
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from . import stage_log, store
from .archive import Archive
from .config import ConfigError, Feed, Settings
from .ids import stable_hash
from .records import FAILED, NOT_MODIFIED, OK, Article, FetchResult, PageText, ParsedFeed, RawEntry

if TYPE_CHECKING:  # the event loop is the ingest stage's alone: process and publish start without it
    import asyncio

StepCallback = Callable[[str, int, int], None]  # (stage, done, total)

log = logging.getLogger(__name__)


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


@dataclass
class IngestReport:
    run_id: str
    fetches: list[dict] = field(default_factory=list)  # per feed: feed, url, outcome, status, error, bytes, elapsed_ms

    def count(self, outcome: str) -> int:
        return sum(f["outcome"] == outcome for f in self.fetches)

    def as_dict(self) -> dict:
        return {
            "run_id": self.run_id,
            "ok": self.count(OK),
            "not_modified": self.count(NOT_MODIFIED),
            "failed": self.count(FAILED),
            "fetches": self.fetches,
        }


@dataclass
class ProcessReport:
    feeds_parsed: int = 0
    entries: int = 0  # entries in the parsed feeds
    repeats: int = 0  # entries already stored by an earlier poll
    new_entries: int = 0
    new_articles: int = 0
    duplicates: int = 0  # new entries that carry an article already known (syndication, new URL, new version)
    revised: int = 0  # stored articles updated because their outlet corrected the entry
    rejected: list[dict] = field(default_factory=list)  # feed, reason
    quarantined: list[dict] = field(default_factory=list)  # feed, error: bodies set aside (newsflow replay)
    entries_dropped: int = 0  # older entries beyond the per-fetch limit
    truncated: int = 0  # articles whose text was cut at the length limit
    bozo: list[dict] = field(default_factory=list)  # feed, reason: malformed, entries kept
    not_feeds: list[dict] = field(default_factory=list)  # feed, error: the body was not a feed
    pages_fetched: int = 0
    pages_failed: list[dict] = field(default_factory=list)  # feed, url, error
    new_stories: int = 0  # new articles that start a story
    joined_stories: int = 0  # new articles that carry a story already known (syndicated, translated, retitled)
    articles_extracted: int = 0  # new articles, and older ones re-read by a new extractor version
    metrics: int = 0
    rating_actions: int = 0
    indexed: int = 0  # articles (re)indexed for search

    @property
    def changed(self) -> bool:
        """Whether anything the marts show changed: an article new or corrected, or read again."""
        return bool(self.new_articles or self.duplicates or self.revised or self.articles_extracted
                    or self.rejected or self.quarantined)

    def as_dict(self) -> dict:
        return asdict(self)

    def mark(self) -> dict:
        """Where every count stands now, for `since`."""
        return {k: len(v) if isinstance(v, list) else v for k, v in vars(self).items()}

    def since(self, mark: dict) -> ProcessReport:
        """What was added after `mark` (the lists only grow)."""
        return ProcessReport(**{k: v[mark[k]:] if isinstance(v, list) else v - mark[k] for k, v in vars(self).items()})

    @classmethod
    def combined(cls, reports: Iterable[dict]) -> ProcessReport:
        """The reports of several tasks (`as_dict`) as one: counts added, lists joined."""
        total = cls()
        for report in reports:
            for key, value in report.items():
                setattr(total, key, getattr(total, key) + value)
        return total


@dataclass(frozen=True)
class Shard:
    """One of `count` disjoint parts of the feeds, by a stable hash of each feed's name. On a lake the ingest
    and process stages run one task per shard, on as many workers (dags/); stories and the search index are
    then brought up to date once, by `finish_process`."""

    index: int
    count: int

    def has(self, feed: str) -> bool:
        return int(stable_hash("shard", feed), 16) % self.count == self.index


def shards(settings: Settings) -> list[Shard]:
    """The shards a stage is split into: `settings.shards` on a lake; one on a DuckDB file, which has one writer."""
    count = settings.shards if settings.lake else 1
    return [Shard(i, count) for i in range(count)]


def ingest(
    settings: Settings,
    feeds: list[Feed],
    run_id: str | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
    poll: bool = True,
    shard: Shard | None = None,
) -> IngestReport:
    """Record the bodies WebSub pushed (newsflow.websub), then fetch every enabled feed (unless `poll` is
    False: a run for pushes only), archive each body, record every fetch with its outcome as it finishes.
    With a `shard`, only its feeds; the first shard records the pushes. Logs what it did (`newsflow.stage_log`)."""
    from .fetch import fetch_feeds, redact
    from .websub import archive_pushed

    clock = time.monotonic()
    run_id = run_id or new_run_id()
    enabled = [f for f in feeds if f.enabled and (shard is None or shard.has(f.name))] if poll else []
    with store.connect(settings) as con:
        validators = _validators(con, enabled, redact)
    try:  # before anything is fetched: a body that cannot be archived is not fetched at all
        settings.archive_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot write the archive {settings.archive_dir}: {exc.strerror or exc} "
                          "(set NEWSFLOW_HOME)") from exc
    pushes = archive_pushed(settings, run_id) if shard is None or shard.index == 0 else []
    pushed = [{"feed": r["feed"], "url": r["url"], "outcome": r["outcome"], "status": None, "error": r["error"],
               "bytes": r["bytes"], "elapsed_ms": None, "via": "push"} for r in pushes]
    recorder = _FetchRecorder(settings, run_id, enabled)

    def finished(result: FetchResult) -> None:
        recorder.add(result)
        if on_result is not None:
            on_result(result)

    try:
        results = fetch_feeds(enabled, settings, validators, on_result=finished)
    finally:
        recorder.flush()  # whatever happens to the run, the feeds done so far are recorded
    report = IngestReport(run_id=run_id, fetches=[*pushed, *(recorder.summary[id(r)] for r in results)])
    for line in stage_log.ingest_lines(report, time.monotonic() - clock):
        log.info(line)
    return report


class _FetchRecorder:
    """Archives each fetched body at once and writes the fetch rows within FLUSH_AFTER_S seconds, so a
    run that dies (or waits on a slow feed) keeps what the healthy feeds brought; bodies are not kept in
    memory once archived. `add` runs inside the fetch event loop, which also runs the delayed writes."""

    FLUSH_AFTER_S = 1.0

    def __init__(self, settings: Settings, run_id: str, feeds: list[Feed]) -> None:
        self.settings, self.run_id = settings, run_id
        self.feed_settings = {f.name: _feed_settings(f) for f in feeds}
        self.archive = Archive(settings.archive_dir)
        self.rows: list[dict] = []
        self.summary: dict[int, dict] = {}  # id of the result -> what the report says of it
        self.timer: asyncio.TimerHandle | None = None

    def add(self, result: FetchResult) -> None:
        if result.body is not None:
            result.body_sha256 = self.archive.put(result.body)  # archived before anything parses it
        self.rows.append(_fetch_row(result, self.run_id, "feed", self.feed_settings.get(result.feed)))
        self.summary[id(result)] = {"feed": result.feed, "url": result.url, "outcome": result.outcome,
                                    "status": result.status, "error": result.error, "bytes": result.bytes,
                                    "elapsed_ms": result.elapsed_ms}
        result.body = None
        if self.timer is None:  # one write for the results of the next second
            import asyncio

            self.timer = asyncio.get_running_loop().call_later(self.FLUSH_AFTER_S, self.flush)

    def flush(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.rows:
            with store.connect(self.settings) as con:
                store.insert_rows(con, "raw.fetches", self.rows)
            self.rows = []


def release_quarantined(settings: Settings, feed: str | None = None) -> int:
    """Make the quarantined fetches (of one feed, or all) pending again; the next process parses them."""
    return store.write(settings, lambda con: con.execute(
        "DELETE FROM raw.feed_parses WHERE quarantined AND ($feed IS NULL OR feed = $feed)", {"feed": feed}
    ).fetchone()[0])


def _validators(con, feeds: list[Feed], redact: Callable[[str], str]) -> dict[str, tuple[str | None, str | None]]:
    """ETag and Last-Modified of each feed's latest successful fetch of its current URL."""
    rows = con.execute(
        """
        SELECT feed, url, etag, last_modified FROM raw.fetches
        WHERE kind = 'feed' AND outcome = 'ok' AND (etag IS NOT NULL OR last_modified IS NOT NULL)
        QUALIFY row_number() OVER (PARTITION BY feed, url ORDER BY fetched_at DESC) = 1
        """
    ).fetchall()
    urls = {f.name: redact(f.url) for f in feeds}  # stored URLs carry no credentials
    return {feed: (etag, lm) for feed, url, etag, lm in rows if urls.get(feed) == url}


def _fetch_row(r: FetchResult, run_id: str, kind: str, feed_settings: str | None = None) -> dict:
    return {
        "fetch_id": stable_hash("fetch", run_id, kind, r.feed, r.url, r.fetched_at.isoformat()),
        "run_id": run_id, "kind": kind, "feed": r.feed, "url": r.url, "final_url": r.final_url,
        "outcome": r.outcome, "status": r.status, "error": r.error, "bytes": r.bytes,
        "content_type": r.content_type, "etag": r.etag, "last_modified": r.last_modified,
        "body_sha256": r.body_sha256, "elapsed_ms": r.elapsed_ms, "fetched_at": r.fetched_at,
        "feed_settings": feed_settings,
    }


READ_SETTINGS = ("language", "timezone", "full_text")  # what reading a feed's bodies depends on, of its Feed


def _feed_settings(feed: Feed) -> str:
    """raw.fetches.feed_settings: how the feed's bodies are to be read, as it is configured now."""
    return json.dumps({k: getattr(feed, k) for k in READ_SETTINGS})


def process(settings: Settings, feeds: list[Feed], run_id: str | None = None,
            on_step: StepCallback | None = None, shard: Shard | None = None) -> ProcessReport:
    """Turn every fetched-but-unparsed feed body into entries and articles, batch by batch, then bring
    stories and the search index up to date (`finish_process`).

    A batch (about `settings.batch_entries` entries, whole fetches) is parsed, cleaned and extracted with
    the database free for readers, then written in one transaction; a crash loses only the batch in hand,
    which the next run redoes. One process stage runs at a time (a lock of its own). With a `shard` (on a
    lake, where shards run at once on many workers), only the bodies of its feeds, and neither stories nor
    the index: those are left to one `finish_process` after all shards. Logs a line per batch and a summary
    (`newsflow.stage_log`)."""
    with store.stage_lock(settings, "process"):
        return _Processor(settings, feeds, run_id or new_run_id(), on_step, shard).run()


def finish_process(settings: Settings, run_id: str | None = None, on_step: StepCallback | None = None
                   ) -> ProcessReport:
    """What `process` does after its batches, on its own: read the articles the current extractor has not,
    cluster the articles not in a story yet (the shards' new ones, oldest first), index what search lacks."""
    with store.stage_lock(settings, "process"):
        return _Processor(settings, [], run_id or new_run_id(), on_step, finish_only=True).run()


@dataclass
class _Work:
    """One pending fetch on its way through a batch: what parsing and cleaning it gave."""

    fetch_id: str
    feed: str
    fetched_at: datetime
    parse_row: dict
    entries: list[RawEntry] = field(default_factory=list)
    entry_rows: list[dict] = field(default_factory=list)
    rejected_rows: list[dict] = field(default_factory=list)
    # entry, article, link, and what the workers made of it: (metric rows, rating rows, extraction row, signature)
    articles: list[tuple[RawEntry, Article, str | None, tuple]] = field(default_factory=list)


class _Processor:
    """One pass of the process stage (see `process`)."""

    def __init__(self, settings: Settings, feeds: list[Feed], run_id: str, on_step: StepCallback | None,
                 shard: Shard | None = None, finish_only: bool = False):
        self.settings, self.run_id, self.shard, self.finish_only = settings, run_id, shard, finish_only
        self.feeds = {f.name: f for f in feeds}
        self.on_step = on_step or (lambda stage, done, total: None)
        self.archive = Archive(settings.archive_dir)
        self.report = ProcessReport()
        self.pool: ProcessPoolExecutor | None = None
        self.sites: dict = {}  # robots.txt URL -> its rules (newsflow.robots.SiteRules), for this run
        self.fetched_as: dict[str, Feed] = {}  # feed not in `feeds` -> as configured by the run that fetched it

    def run(self) -> ProcessReport:
        try:
            return self._run()
        finally:
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)

    def _run(self) -> ProcessReport:
        started = time.monotonic()
        self.batches, self.mark, self.mark_time = 0, self.report.mark(), started  # what the last batch line counted
        with store.connect(self.settings) as con:
            rows = con.execute(
                """
                SELECT fetch_id, feed, url, final_url, content_type, body_sha256, fetched_at, feed_settings
                FROM raw.fetches f
                WHERE kind = 'feed' AND outcome = 'ok'
                  AND NOT EXISTS (SELECT 1 FROM raw.feed_parses p WHERE p.fetch_id = f.fetch_id)
                ORDER BY fetched_at, fetch_id
                """
            ).fetchall()
        if self.finish_only:
            rows = []
        elif self.shard is not None:
            rows = [row for row in rows if self.shard.has(row[1])]
        pending = [row[:-1] for row in rows]
        for _, name, url, *_, recorded in rows:  # the latest fetch's settings, for feeds this run's config lacks
            if recorded and name not in self.feeds:
                read = json.loads(recorded)
                self.fetched_as[name] = Feed(name=name, url=url, **{k: read[k] for k in READ_SETTINGS if k in read})
        batch: list[_Work] = []
        done = 0
        step = PARSE_CHUNK * max(1, self.settings.workers)  # parsed together: a bounded number in memory
        for start in range(0, len(pending), step):
            chunk = pending[start:start + step]
            jobs = [(self.archive.root, self._feed(f[1], f[2]), f, self.settings.max_entries_per_fetch) for f in chunk]
            for fetch, parsed in zip(chunk, self._map(_parse_body, jobs)):
                batch.append(self._work(fetch, parsed))
                done += 1
                if sum(len(w.entries) for w in batch) >= self.settings.batch_entries or done == len(pending):
                    self._batch(batch)
                    batch = []
                self.on_step("parse", done, len(pending))
        if self.shard is None:
            self._finish()
        for line in stage_log.process_lines(self.report, self.batches, time.monotonic() - started):
            log.info(line)
        return self.report

    def _finish(self) -> None:
        self._extract_unread()
        reread = self.report.since(self.mark)
        if reread.articles_extracted:
            log.info(stage_log.reread_line(reread, time.monotonic() - self.mark_time))
        self._cluster_unsigned()
        self.report.indexed += index_articles(self.settings, self._map)

    def _batch(self, works: list[_Work]) -> None:
        """Clean and extract a batch with the database free, then write it in one transaction."""
        from .clean import canonical_url

        with store.connect(self.settings, read_only=True) as con:
            self._drop_known_entries(con, works)
            links = {id(e): canonical_url(e.link) for w in works for e in w.entries}
            by_url = _article_urls(con, [u for u in links.values() if u])
        pages, page_rows = self._pages([e for w in works for e in w.entries if links[id(e)] not in by_url])
        self._prepare(works, links, by_url, pages)
        self._store(works, page_rows)
        # since the last batch: these bodies' parsing too, which came before this call
        self.batches += 1
        now = time.monotonic()
        log.info(stage_log.batch_line(self.batches, len(works), self.report.since(self.mark), now - self.mark_time))
        self.mark, self.mark_time = self.report.mark(), now

    def _store(self, works: list[_Work], page_rows: list[dict]) -> None:
        try:
            self._write(works, page_rows)
        except store.DataError as exc:
            if len(works) == 1:  # this fetch alone cannot be stored: set it aside with the reason
                self._quarantine(works[0], f"cannot store: {exc}")
                return
            for n, work in enumerate(works):  # find the fetch that cannot be stored; keep the others
                self._store([work], page_rows if n == 0 else [])

    def _work(self, fetch: tuple, parsed: ParsedFeed | str) -> _Work:
        """A parsed pending body on its way; a body that could not be parsed (`parsed` says why) is
        quarantined: recorded, replayable, never blocking a later run."""
        fetch_id, feed_name, _, _, _, _, fetched_at = fetch
        work = _Work(fetch_id, feed_name, fetched_at, {})
        if isinstance(parsed, str):
            reason = parsed
            work.parse_row = _parse_row(fetch_id, feed_name, error=reason, quarantined=True)
            self.report.quarantined.append({"feed": feed_name, "error": reason})
            return work
        work.entries = parsed.entries
        work.parse_row = _parse_row(
            fetch_id, feed_name, version=parsed.version, encoding=parsed.encoding, bozo=parsed.bozo,
            bozo_reason=parsed.bozo_reason, entries=len(parsed.entries), error=parsed.error,
            rejected=len(parsed.rejected), entries_dropped=parsed.entries_dropped)
        for reason in parsed.rejected:
            self._reject(work, stable_hash("unreadable entry", fetch_id, reason), reason)
        self.report.feeds_parsed += 1
        self.report.entries += len(parsed.entries)
        self.report.entries_dropped += parsed.entries_dropped
        if parsed.error:
            self.report.not_feeds.append({"feed": feed_name, "error": parsed.error})
        elif parsed.bozo:
            self.report.bozo.append({"feed": feed_name, "reason": parsed.bozo_reason})
        return work

    def _reject(self, work: _Work, entry_key: str, reason: str) -> None:
        work.rejected_rows.append({"entry_key": entry_key, "feed": work.feed, "fetch_id": work.fetch_id,
                                   "reason": reason, "rejected_at": datetime.now(timezone.utc)})
        self.report.rejected.append({"feed": work.feed, "reason": reason})

    def _drop_known_entries(self, con, works: list[_Work]) -> None:
        """Keep only entries not stored by an earlier poll (nor earlier in this batch)."""
        known = _existing(con, "raw.entries", "entry_key", [e.entry_key for w in works for e in w.entries])
        for work in works:
            fresh = []
            for entry in work.entries:
                key = entry.entry_key
                if key in known:
                    self.report.repeats += 1
                    continue
                known.add(key)
                fresh.append(entry)
                work.entry_rows.append(_entry_row(entry, key, work.fetch_id, work.fetched_at))
            work.entries = fresh
            work.parse_row["new_entries"] = len(fresh)
            self.report.new_entries += len(fresh)

    def _prepare(self, works: list[_Work], links: dict[int, str | None], by_url: dict[str, str],
                 pages: dict[str, PageText]) -> None:
        """Clean the new entries, read their facts and sign them for clustering, in the worker processes.
        An entry that cannot be cleaned is rejected with its reason."""
        jobs, owners = [], []
        for work in works:
            for entry in work.entries:
                page = pages.get(entry.link) if links[id(entry)] not in by_url else None
                jobs.append((entry, self._feed(entry.feed, ""), work.fetched_at, page, self.settings.max_text_chars))
                owners.append(work)
        for n, ((entry, *_), work, (article, rows, signature)) in enumerate(
                zip(jobs, owners, self._map(_clean_and_read, jobs)), 1):
            if isinstance(article, str):
                self._reject(work, entry.entry_key, article)
            else:
                self.report.truncated += article.truncated_chars is not None
                work.articles.append((entry, article, links[id(entry)], (*rows, signature)))
            self.on_step("clean and extract", n, len(jobs))

    def _map(self, fn: Callable, jobs: list) -> Iterable:
        """`fn` over `jobs`, results in order: in worker processes when there are enough jobs to share."""
        workers = self.settings.workers
        if workers < 2 or len(jobs) < PARALLEL_MIN_JOBS:
            return map(fn, jobs)
        if self.pool is None:
            self.pool = _worker_pool(workers)
        return self.pool.map(fn, jobs, chunksize=max(1, min(16, len(jobs) // (4 * workers))))

    def _write(self, works: list[_Work], page_rows: list[dict]) -> None:
        """Everything a batch gives, in one transaction: entries, articles, sources, revisions, the
        extractor's rows, stories. Raises store.DataError (rolled back) when a row cannot be stored."""
        before = copy.deepcopy(self.report)

        def write(con):
            self.report = copy.deepcopy(before)  # a transaction run again (store.write) counts once
            rows, revisions, new = self._article_rows(con, works, page_rows)
            for table, table_rows in rows.items():
                store.insert_rows(con, table, table_rows)
            self._apply_revisions(con, revisions)
            self._store_extractions(con, {i: prepared[:3] for i, prepared in new.items()})
            if self.shard is None:  # a shard's articles are clustered after all shards (`finish_process`)
                self._cluster(con, list(new), {i: prepared[3] for i, prepared in new.items()})
            return rows, revisions, new

        rows, revisions, new = store.write(self.settings, write)
        self.report.new_articles += len(new)
        self.report.duplicates += len(rows["core.article_sources"]) - len(new)
        self.report.revised += len(revisions)

    def _article_rows(self, con, works: list[_Work], page_rows: list[dict]
                      ) -> tuple[dict[str, list[dict]], list[dict], dict[str, tuple]]:
        """The rows to insert, the revisions of stored articles, and the new articles: id -> what the
        workers made of it."""
        rows: dict[str, list[dict]] = {
            "raw.fetches": page_rows, "raw.feed_parses": [w.parse_row for w in works],
            "raw.entries": [r for w in works for r in w.entry_rows],
            "core.articles": [], "core.article_sources": [],
            "core.rejected_entries": [r for w in works for r in w.rejected_rows],
        }
        candidates = [c for w in works for c in w.articles]
        # the page's rel=canonical may name an article already stored under that URL
        by_url = _article_urls(con, [u for _, a, link, _ in candidates for u in (link, a.url) if u])
        known_ids = _existing(con, "core.articles", "article_id", [a.article_id for _, a, _, _ in candidates])
        revisions, new = [], {}
        for entry, article, link, prepared in candidates:
            article_id = by_url.get(link) or by_url.get(article.url) or (
                article.article_id if article.article_id in known_ids else None)
            if article_id is None:
                article_id = article.article_id
                known_ids.add(article_id)
                rows["core.articles"].append(_article_row(article))
                new[article_id] = prepared
            else:
                revisions += self._revision(con, article_id, article)
            for url in (link, article.url):
                if url:
                    by_url.setdefault(url, article_id)
            rows["core.article_sources"].append({
                "article_id": article_id, "entry_key": entry.entry_key, "feed": entry.feed,
                "url": link, "source_url": entry.link, "guid": entry.guid, "first_seen_at": article.first_seen_at,
            })
        return rows, revisions, new

    def _revision(self, con, article_id: str, article: Article) -> list[dict]:
        """An outlet that corrects its own entry (same feed, new text) corrects the stored article; a copy
        from another outlet does not. Full-text articles keep the page's text."""
        stored = con.execute("SELECT feed, content_hash, full_text FROM core.articles WHERE article_id = ?",
                             [article_id]).fetchone()
        if stored and stored[0] == article.feed and stored[1] != article.content_hash and not stored[2]:
            return [{"article_id": article_id, "title": article.title, "body_text": article.body_text,
                     "language": article.language, "content_hash": article.content_hash,
                     "entry_key": article.entry_key}]
        return []

    def _apply_revisions(self, con, revisions: list[dict]) -> None:
        for r in revisions:
            con.execute(
                "UPDATE core.articles SET title = $title, body_text = $body_text, language = $language, "
                "content_hash = $content_hash, entry_key = $entry_key WHERE article_id = $article_id", r)
            con.execute("DELETE FROM core.extractions WHERE article_id = ?", [r["article_id"]])  # re-read it

    def _quarantine(self, work: _Work, reason: str) -> None:
        reason = reason[:1000]
        with store.connect(self.settings) as con:
            store.insert_rows(con, "raw.feed_parses", [_parse_row(work.fetch_id, work.feed, error=reason,
                                                                  quarantined=True)])
        self.report.quarantined.append({"feed": work.feed, "error": reason})

    def _cluster(self, con, ids: list[str], signed: dict) -> None:
        """Group the new articles into stories with what was seen in the last days (see newsflow.dedupe)."""
        from .dedupe import cluster_new_articles

        if ids:
            found = cluster_new_articles(con, ids, window_days=self.settings.dedupe_window_days, signed=signed)
            self.report.new_stories += found.n_new_stories
            self.report.joined_stories += found.n_joined_existing_story

    def _cluster_unsigned(self) -> None:
        """Cluster the articles that are in no story yet (stored by shards, or before clustering existed),
        oldest first, a batch per transaction."""
        query = f"""
            SELECT article_id FROM core.articles a
            WHERE NOT EXISTS (SELECT 1 FROM core.article_signatures s WHERE s.article_id = a.article_id)
            ORDER BY first_seen_at, article_id LIMIT {store.literal(self.settings.batch_entries)}
            """
        while True:
            with store.connect(self.settings, read_only=True) as con:
                ids = [r[0] for r in con.execute(query).fetchall()]
            if not ids:
                return
            before = copy.deepcopy(self.report)

            def write(con, ids=ids, before=before):
                self.report = copy.deepcopy(before)  # a transaction run again (store.write) counts once
                self._cluster(con, ids, {})

            store.write(self.settings, write)

    def _store_extractions(self, con, found: dict[str, tuple[list, list, dict]]) -> None:
        """Replace the rows of these articles (older extractor versions' included) by the new ones."""
        ids = list(found)
        if not ids:
            return
        for table in ("core.metrics", "core.rating_actions", "core.extractions"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        store.insert_rows(con, "core.metrics", [m for metrics, _, _ in found.values() for m in metrics])
        store.insert_rows(con, "core.rating_actions", [r for _, actions, _ in found.values() for r in actions])
        store.insert_rows(con, "core.extractions", [done for _, _, done in found.values()])
        self.report.articles_extracted += len(ids)
        self.report.metrics += sum(len(metrics) for metrics, _, _ in found.values())
        self.report.rating_actions += sum(len(actions) for _, actions, _ in found.values())

    def _extract_unread(self) -> None:
        """Read every article the current extractor version has not read (after a version change, a
        revision, or a crash between batches), in batches, from the stored text."""
        from .extract import EXTRACTOR_VERSION

        query = f"""
            SELECT article_id, title, body_text, CAST(published_at AT TIME ZONE 'UTC' AS DATE) FROM core.articles a
            WHERE NOT EXISTS (SELECT 1 FROM core.extractions e
                              WHERE e.article_id = a.article_id AND e.extractor_version = {store.literal(EXTRACTOR_VERSION)})
            ORDER BY article_id LIMIT {store.literal(self.settings.batch_entries)}
            """
        while True:
            with store.connect(self.settings, read_only=True) as con:
                todo = con.execute(query).fetchall()
            if not todo:
                return
            found = {row[0]: rows for row, rows in zip(todo, self._map(_extraction, todo))}
            before = copy.deepcopy(self.report)

            def write(con, found=found, before=before):
                self.report = copy.deepcopy(before)  # a transaction run again (store.write) counts once
                self._store_extractions(con, found)

            store.write(self.settings, write)

    def _feed(self, name: str, url: str) -> Feed:
        # a feed removed from the config still has its fetched bodies processed: nothing received is lost. They
        # are read as the feed was configured when fetched (full text, language, timezone), not with defaults:
        # on a lake, concurrent writers over different feeds files each take all pending bodies, and a body
        # read as a plain feed by one of them becomes other articles (ids) than it does for the feed's own
        return self.feeds.get(name) or self.fetched_as.get(name) or Feed(name=name, url=url)

    def _pages(self, entries: list[RawEntry]) -> tuple[dict[str, PageText], list[dict]]:
        """Fetch and extract the linked pages of new entries from full-text feeds (each URL once), as
        each site's robots.txt allows and at its crawl delay; returns the pages by link and the fetch rows
        to store (robots.txt fetches and refused pages included)."""
        wanted = {e.link: e.feed for e in entries if e.link and self._feed(e.feed, "").full_text}
        if not wanted:
            return {}, []
        from .fetch import feed_hosts, fetch_pages, host_of
        from .fulltext import extract_page  # trafilatura: a third of a second, for full-text feeds only
        from .robots import refused_result, robots_url

        trusted = feed_hosts([*self.feeds.values(), *self.fetched_as.values()])
        sites, rows = self._site_rules(wanted, trusted)
        refusals = {link: sites[robots_url(link)].refusal(link) for link in wanted}
        allowed = [(feed, link) for link, feed in wanted.items() if not refusals[link]]
        delays: dict[str, float] = {}
        for site in sites.values():
            host = host_of(site.url)
            delays[host] = max(delays.get(host, 0.0), site.delay)
        fetched = fetch_pages(allowed, self.settings, on_result=_counter(self.on_step, "pages", len(allowed)),
                              trusted_hosts=trusted, delays=delays)
        results = dict(zip((link for _, link in allowed), fetched))
        pages, now = {}, datetime.now(timezone.utc)
        for link, feed in wanted.items():
            r = results.get(link) or refused_result(feed, link, refusals[link], now)
            if r.body is not None:
                r.body_sha256 = self.archive.put(r.body)
                pages[link] = extract_page(r)
                self.report.pages_fetched += 1
            else:
                self.report.pages_failed.append({"feed": r.feed, "url": r.url, "error": r.error})
            rows.append(_fetch_row(r, self.run_id, "page"))
        return pages, rows

    def _site_rules(self, wanted: dict[str, str], trusted: set[str]) -> tuple[dict, list[dict]]:
        """Each site's robots.txt rules (robots.txt URL -> SiteRules): known this run, stored less than a
        day ago, or fetched now (conditionally, when an older copy is stored); and the fetch rows."""
        from .fetch import fetch_pages
        from .robots import ACCEPT, fresh, robots_url, site_rules

        feed_of = {robots_url(link): feed for link, feed in wanted.items()}
        todo = [url for url in feed_of if url not in self.sites]
        with store.connect(self.settings, read_only=True) as con:
            stored = {row[0]: row[1:] for row in con.execute(
                "SELECT url, arg_max(status, fetched_at), arg_max(body_sha256, fetched_at), "
                "arg_max(etag, fetched_at), arg_max(last_modified, fetched_at), max(fetched_at) "
                "FROM raw.fetches WHERE kind = 'robots' AND url IN (SELECT unnest(?::VARCHAR[])) GROUP BY url",
                [todo]).fetchall()}
        now, to_fetch = datetime.now(timezone.utc), []
        for url in todo:
            status, sha, _, _, fetched_at = stored.get(url, (None, None, None, None, None))
            if fetched_at and fresh(fetched_at, status, now):
                self.sites[url] = site_rules(url, status, self.archive.get(sha) if sha else None)
            else:
                to_fetch.append(url)
        validators = {url: stored[url][2:4] for url in to_fetch if url in stored and stored[url][1]}
        results = fetch_pages([(feed_of[url], url) for url in to_fetch], self.settings, trusted_hosts=trusted,
                              accept=ACCEPT, validators=validators)
        rows = []
        for url, r in zip(to_fetch, results):
            if r.outcome == NOT_MODIFIED:  # the copy stored before still holds
                r.body_sha256 = stored[url][1]
            elif r.body is not None:
                r.body_sha256 = self.archive.put(r.body)
            body = self.archive.get(r.body_sha256) if r.body_sha256 else None
            self.sites[url] = site_rules(url, r.status, body, r.error)
            rows.append(_fetch_row(r, self.run_id, "robots"))
        return {url: self.sites[url] for url in feed_of}, rows


def index_articles(settings: Settings, map_jobs: Callable[[Callable, list], Iterable] = map) -> int:
    """Bring the search index up to date, batch by batch: articles not indexed yet, revised since, or cut
    into terms by an older analyzer. Returns how many were indexed."""
    from .search import index
    from .search.analyze import analyzer_version

    analyzer = analyzer_version()
    with store.connect(settings, read_only=True) as con:
        todo = index.pending(con, analyzer)
    for start in range(0, len(todo), settings.batch_entries):
        batch = todo[start:start + settings.batch_entries]
        with store.connect(settings, read_only=True) as con:
            articles = index.texts(con, [article_id for article_id, _ in batch])
        indexed = list(map_jobs(_index_article, [(article, analyzer) for article in articles]))

        def write(con, indexed=indexed, held=dict(batch)):
            if settings.lake:  # what is still to index on this snapshot: a concurrent writer may have done some
                held = dict(index.pending(con, analyzer))
                indexed = [(document, terms) for document, terms in indexed if document["article_id"] in held]
            index.store(con, indexed, replaced=[d["article_id"] for d, _ in indexed if held[d["article_id"]]])

        store.write(settings, write)
    if todo:
        store.write(settings, index.compact)
    return len(todo)


def _index_article(job: tuple) -> tuple[dict, dict[str, int]]:
    from .search.index import postings

    return postings(*job)


PARALLEL_MIN_JOBS = 16  # fewer jobs are done faster in this process than handed to workers
PARSE_CHUNK = 8  # pending bodies parsed at a time per worker: how many parsed feeds are held


def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes for cleaning and extraction. Forked where the system can, after the extractor's
    tables are compiled here, so every worker starts with them instead of compiling its own."""
    from . import dedupe  # noqa: F401 - imported here once, not in every worker
    from .extract import extract

    extract("Acme revenue rose 5% to $3 billion.")
    methods = multiprocessing.get_all_start_methods()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if "fork" in methods else None),
                               initializer=_worker_start, initargs=(os.getpid(),))


def _worker_start(parent: int) -> None:
    """A worker lets go of the writer's locks, and ends with the writer even when it is killed (kill -9, the OOM
    killer) instead of waiting for work forever (Linux; elsewhere the pool's own shutdown ends it)."""
    store.drop_inherited_locks()
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the writer died before the call
            os._exit(0)


def _parse_body(job: tuple) -> ParsedFeed | str:
    """One pending body read from the archive and parsed, or why that failed."""
    from .parse import parse_feed

    archive_root, feed, (_, feed_name, url, final_url, ctype, sha, fetched_at), max_entries = job
    try:
        body = Archive(archive_root).get(sha)
        return parse_feed(FetchResult(feed=feed_name, url=url, final_url=final_url, outcome=OK, fetched_at=fetched_at,
                                      content_type=ctype, body=body), feed, max_entries=max_entries)
    except Exception as exc:
        return f"parse failed: {type(exc).__name__}: {exc}"[:1000]


def _clean_and_read(job: tuple) -> tuple[Article | str, tuple | None, object]:
    """One entry cleaned, read and signed for clustering: (article, extractor rows, signature), or (why it
    was rejected, None, None)."""
    from .clean import clean_entry
    from .dedupe import sign

    entry, feed, seen_at, page, max_chars = job
    try:
        article = clean_entry(entry, feed, seen_at, page, max_chars=max_chars)
    except Exception as exc:  # one bad entry is rejected with its reason; the others go on
        reason = str(exc) if isinstance(exc, ValueError) else f"cannot clean: {type(exc).__name__}: {exc}"
        return reason[:1000], None, None
    a = article
    rows = _extraction((a.article_id, a.title, a.body_text, a.published_at.date()))
    return a, rows, sign(a.article_id, a.title, a.body_text, a.language, a.first_seen_at, rows[0])


def _extraction(row: tuple) -> tuple[list, list, dict]:
    """The extractor's rows of one (article id, title, body, publication date); a failure is recorded
    with the article, never the run's."""
    from .extract import EXTRACTOR_VERSION, extract

    article_id, title, body, published = row
    error = None
    try:
        found = extract(article_text(title, body), published)
        metrics, actions = found.metrics, found.rating_actions
    except Exception as exc:
        metrics, actions, error = [], [], f"{type(exc).__name__}: {exc}"[:1000]
    return (
        [_metric_row(article_id, EXTRACTOR_VERSION, seq, m) for seq, m in enumerate(metrics)],
        [_rating_row(article_id, EXTRACTOR_VERSION, seq, r) for seq, r in enumerate(actions)],
        {"article_id": article_id, "extractor_version": EXTRACTOR_VERSION, "metrics": len(metrics),
         "rating_actions": len(actions), "extracted_at": datetime.now(timezone.utc), "error": error},
    )


def article_text(title: str, body: str) -> str:
    """The text extraction reads; metric spans index into it."""
    return f"{title}\n\n{body}"


def _metric_row(article_id: str, version: str, seq: int, m) -> dict:
    """Every field of the extractor's Metric (entity_key and confidence included) but the span, which is
    stored as span_start / span_end."""
    row = {k: v for k, v in vars(m).items() if k != "span"}
    return {**row, "article_id": article_id, "span_start": m.span[0], "span_end": m.span[1],
            "extractor_version": version, "metric_seq": seq}


def _rating_row(article_id: str, version: str, seq: int, r) -> dict:
    return {**vars(r), "article_id": article_id, "extractor_version": version, "action_seq": seq}


def _counter(on_step: StepCallback, stage: str, total: int) -> Callable[[object], None]:
    done = 0

    def tick(_: object) -> None:
        nonlocal done
        done += 1
        on_step(stage, done, total)

    return tick


def _existing(con, table: str, column: str, values: list[str]) -> set[str]:
    if not values:
        return set()
    rows = con.execute(f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [values])
    return {r[0] for r in rows.fetchall()}


def _article_urls(con, urls: list[str]) -> dict[str, str]:
    """Canonical URL → article id, over article URLs and every source link seen."""
    if not urls:
        return {}
    rows = con.execute(
        """
        SELECT url, article_id FROM core.articles WHERE url IN (SELECT unnest(?::VARCHAR[]))
        UNION
        SELECT url, article_id FROM core.article_sources WHERE url IN (SELECT unnest(?::VARCHAR[]))
        """,
        [urls, urls],
    ).fetchall()
    return dict(rows)


def _entry_row(e: RawEntry, key: str, fetch_id: str, received_at: datetime) -> dict:
    return {
        "entry_key": key, "feed": e.feed, "fetch_id": fetch_id, "guid": e.guid, "link": e.link,
        "title": e.title, "summary_html": e.summary_html, "content_html": e.content_html, "author": e.author,
        "published_raw": e.published_raw, "entry_json": json.dumps(_entry_extras(e), ensure_ascii=False),
        "received_at": received_at,
    }


def _entry_extras(e: RawEntry) -> dict:
    """The feedparser entry without the texts stored in their own columns (title, summary, the longest
    content): the feed's HTML is kept once, not twice."""
    stored = {e.title, e.summary_html, e.content_html} - {None}

    def kept(value: object) -> bool:
        return not (isinstance(value, str) and value in stored)

    extras = {k: v for k, v in e.raw.items() if k not in ("title", "summary") or kept(v)}
    for key in ("title_detail", "summary_detail"):
        if isinstance(extras.get(key), dict) and not kept(extras[key].get("value")):
            extras[key] = {k: v for k, v in extras[key].items() if k != "value"}
    if isinstance(extras.get("content"), list):
        extras["content"] = [{k: v for k, v in c.items() if k != "value" or kept(v)} if isinstance(c, dict) else c
                             for c in extras["content"]]
    return extras


def _parse_row(fetch_id: str, feed: str, *, version=None, encoding=None, bozo=False, bozo_reason=None,
               entries=0, error=None, rejected=0, entries_dropped=0, quarantined=False) -> dict:
    return {"fetch_id": fetch_id, "feed": feed, "version": version, "encoding": encoding, "bozo": bozo,
            "bozo_reason": bozo_reason, "entries": entries, "new_entries": 0, "error": error,
            "parsed_at": datetime.now(timezone.utc), "rejected": rejected, "entries_dropped": entries_dropped,
            "quarantined": quarantined}


def _article_row(a: Article) -> dict:
    return {
        "article_id": a.article_id, "feed": a.feed, "url": a.url or None, "title": a.title, "body_text": a.body_text,
        "language": a.language, "published_at": a.published_at, "published_at_estimated": a.published_at_estimated,
        "first_seen_at": a.first_seen_at, "content_hash": a.content_hash,
        "cluster_id": a.article_id,  # its own story until clustering, in the same transaction, says otherwise
        "full_text": a.full_text, "author": a.author, "entry_key": a.entry_key,
        "loaded_at": datetime.now(timezone.utc), "truncated_chars": a.truncated_chars,
    }
