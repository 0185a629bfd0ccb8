"""The stage order, shared by the CLI and the DAGs.

ingest:  feeds.yaml → fetch (conditional GET) → archive raw bodies → raw.fetches
process: pending fetches → parse → full text → clean → core.articles / core.article_sources
         → extract key metrics and rating actions → core.metrics / core.rating_actions
         → cluster stories (near-duplicates, across languages) → core.articles.cluster_id
Both are idempotent: a second run over the same input adds no rows.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from . import store
from .archive import Archive
from .config import Feed, Settings
from .ids import stable_hash
from .records import FAILED, NOT_MODIFIED, OK, Article, FetchResult, PageText, RawEntry

StepCallback = Callable[[str, int, int], None]  # (stage, done, total)


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
    bozo: list[dict] = field(default_factory=list)  # feed, reason: malformed, entries kept
    not_feeds: list[dict] = field(default_factory=list)  # feed, error: the body was not a feed
    pages_fetched: int = 0
    pages_failed: list[dict] = field(default_factory=list)  # feed, url, error
    new_stories: int = 0  # new articles that start a story
    joined_stories: int = 0  # new articles that carry a story already known (syndicated, translated, retitled)
    articles_extracted: int = 0  # new articles, and older ones re-read by a new extractor version
    metrics: int = 0
    rating_actions: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


def ingest(
    settings: Settings,
    feeds: list[Feed],
    run_id: str | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
) -> IngestReport:
    """Fetch every enabled feed, archive each body, record every fetch with its outcome."""
    from .fetch import fetch_feeds

    run_id = run_id or new_run_id()
    enabled = [f for f in feeds if f.enabled]
    with store.connect(settings) as con:
        validators = _validators(con, enabled)
    results = fetch_feeds(enabled, settings, validators, on_result=on_result)
    archive = Archive(settings.archive_dir)
    for result in results:
        if result.body is not None:
            result.body_sha256 = archive.put(result.body)  # archived before anything parses it
    with store.connect(settings) as con:
        store.insert_rows(con, "raw.fetches", [_fetch_row(r, run_id, "feed") for r in results])
    return IngestReport(
        run_id=run_id,
        fetches=[
            {"feed": r.feed, "url": r.url, "outcome": r.outcome, "status": r.status, "error": r.error,
             "bytes": r.bytes, "elapsed_ms": r.elapsed_ms}
            for r in results
        ],
    )


def _validators(con, feeds: list[Feed]) -> dict[str, tuple[str | None, str | None]]:
    """ETag and Last-Modified of each feed's latest successful fetch of its current URL."""
    rows = con.execute(
        """
        SELECT feed, url, etag, last_modified FROM raw.fetches
        WHERE kind = 'feed' AND outcome = 'ok' AND (etag IS NOT NULL OR last_modified IS NOT NULL)
        QUALIFY row_number() OVER (PARTITION BY feed, url ORDER BY fetched_at DESC) = 1
        """
    ).fetchall()
    urls = {f.name: f.url for f in feeds}
    return {feed: (etag, lm) for feed, url, etag, lm in rows if urls.get(feed) == url}


def _fetch_row(r: FetchResult, run_id: str, kind: str) -> dict:
    return {
        "fetch_id": stable_hash("fetch", run_id, kind, r.feed, r.url, r.fetched_at.isoformat()),
        "run_id": run_id, "kind": kind, "feed": r.feed, "url": r.url, "final_url": r.final_url,
        "outcome": r.outcome, "status": r.status, "error": r.error, "bytes": r.bytes,
        "content_type": r.content_type, "etag": r.etag, "last_modified": r.last_modified,
        "body_sha256": r.body_sha256, "elapsed_ms": r.elapsed_ms, "fetched_at": r.fetched_at,
    }


def process(settings: Settings, feeds: list[Feed], run_id: str | None = None,
            on_step: StepCallback | None = None) -> ProcessReport:
    """Turn every fetched-but-unparsed feed body into entries and articles, in one transaction."""
    return _Processor(settings, feeds, run_id or new_run_id(), on_step).run()


class _Processor:
    """One pass of the process stage. Reads what is known, computes everything, then writes at once,
    so a crash leaves the database as it was and the next run redoes the work."""

    def __init__(self, settings: Settings, feeds: list[Feed], run_id: str, on_step: StepCallback | None):
        self.settings, self.run_id = settings, run_id
        self.feeds = {f.name: f for f in feeds}
        self.on_step = on_step or (lambda stage, done, total: None)
        self.archive = Archive(settings.archive_dir)
        self.report = ProcessReport()
        self.rows: dict[str, list[dict]] = {
            "raw.fetches": [], "raw.feed_parses": [], "raw.entries": [],
            "core.articles": [], "core.article_sources": [], "core.rejected_entries": [],
        }
        self.revisions: list[dict] = []  # stored articles their own outlet has corrected

    def run(self) -> ProcessReport:
        with store.connect(self.settings) as con:
            pending = con.execute(
                """
                SELECT fetch_id, feed, url, final_url, content_type, body_sha256, fetched_at FROM raw.fetches f
                WHERE kind = 'feed' AND outcome = 'ok'
                  AND NOT EXISTS (SELECT 1 FROM raw.feed_parses p WHERE p.fetch_id = f.fetch_id)
                ORDER BY fetched_at, fetch_id
                """
            ).fetchall()
            new = self._parse(con, pending)
            self._articles(con, new)
            con.execute("BEGIN")
            for table, rows in self.rows.items():
                store.insert_rows(con, table, rows)
            self._apply_revisions(con)
            self._extract(con)
            self._cluster(con)
            con.execute("COMMIT")
        return self.report

    def _cluster(self, con) -> None:
        """Group the new articles into stories with what was seen in the last days (see newsflow.dedupe)."""
        from .dedupe import cluster_new_articles

        ids = [row["article_id"] for row in self.rows["core.articles"]]
        if ids:
            found = cluster_new_articles(con, ids, window_days=self.settings.dedupe_window_days)
            self.report.new_stories += found.n_new_stories
            self.report.joined_stories += found.n_joined_existing_story

    def _extract(self, con) -> None:
        """Read every article the current extractor version has not read: the new ones, and all of them
        after a version change (older versions' rows are replaced, from the stored text)."""
        from .extract import EXTRACTOR_VERSION, extract

        todo = con.execute(  # the UTC publication date gives the year of periods written without one
            """
            SELECT article_id, title, body_text, CAST(published_at AT TIME ZONE 'UTC' AS DATE) FROM core.articles a
            WHERE NOT EXISTS (SELECT 1 FROM core.extractions e
                              WHERE e.article_id = a.article_id AND e.extractor_version = ?)
            ORDER BY article_id
            """,
            [EXTRACTOR_VERSION],
        ).fetchall()
        metrics, actions, done = [], [], []
        now = datetime.now(timezone.utc)
        for n, (article_id, title, body, published) in enumerate(todo, 1):
            found = extract(article_text(title, body), published)
            metrics += [_metric_row(article_id, EXTRACTOR_VERSION, seq, m) for seq, m in enumerate(found.metrics)]
            actions += [_rating_row(article_id, EXTRACTOR_VERSION, seq, r)
                        for seq, r in enumerate(found.rating_actions)]
            done.append({"article_id": article_id, "extractor_version": EXTRACTOR_VERSION,
                         "metrics": len(found.metrics), "rating_actions": len(found.rating_actions),
                         "extracted_at": now})
            self.on_step("extract", n, len(todo))
        ids = [d["article_id"] for d in done]
        for table in ("core.metrics", "core.rating_actions", "core.extractions"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        store.insert_rows(con, "core.metrics", metrics)
        store.insert_rows(con, "core.rating_actions", actions)
        store.insert_rows(con, "core.extractions", done)
        self.report.articles_extracted += len(done)
        self.report.metrics += len(metrics)
        self.report.rating_actions += len(actions)

    def _feed(self, name: str, url: str) -> Feed:
        # a feed removed from the config still has its fetched bodies processed: nothing received is lost
        return self.feeds.get(name) or Feed(name=name, url=url)

    def _parse(self, con, pending: list[tuple]) -> list[tuple[RawEntry, str, datetime]]:
        """Parse pending bodies; returns entries not stored before, with their fetch id and time."""
        from .parse import parse_feed

        known = set()
        new: list[tuple[RawEntry, str, datetime]] = []
        for done, (fetch_id, feed_name, url, final_url, ctype, sha, fetched_at) in enumerate(pending, 1):
            feed = self._feed(feed_name, url)
            body = self.archive.get(sha)
            parsed = parse_feed(
                FetchResult(feed=feed_name, url=url, final_url=final_url, outcome=OK, fetched_at=fetched_at,
                            content_type=ctype, body=body), feed)
            keys = [e.entry_key for e in parsed.entries]
            known |= _existing(con, "raw.entries", "entry_key", keys)
            fresh = 0
            for entry, key in zip(parsed.entries, keys):
                if key in known:
                    self.report.repeats += 1
                    continue
                known.add(key)
                fresh += 1
                new.append((entry, fetch_id, fetched_at))
                self.rows["raw.entries"].append(_entry_row(entry, key, fetch_id, fetched_at))
            self.rows["raw.feed_parses"].append({
                "fetch_id": fetch_id, "feed": feed_name, "version": parsed.version, "encoding": parsed.encoding,
                "bozo": parsed.bozo, "bozo_reason": parsed.bozo_reason, "entries": len(parsed.entries),
                "new_entries": fresh, "error": parsed.error, "parsed_at": datetime.now(timezone.utc),
            })
            self.report.feeds_parsed += 1
            self.report.entries += len(parsed.entries)
            self.report.new_entries += fresh
            if parsed.error:
                self.report.not_feeds.append({"feed": feed_name, "error": parsed.error})
            elif parsed.bozo:
                self.report.bozo.append({"feed": feed_name, "reason": parsed.bozo_reason})
            self.on_step("parse", done, len(pending))
        return new

    def _articles(self, con, new: list[tuple[RawEntry, str, datetime]]) -> None:
        from .clean import canonical_url, clean_entry

        links = {id(e): canonical_url(e.link) for e, _, _ in new}
        by_url = _article_urls(con, [u for u in links.values() if u])
        pages = self._pages([(e, links[id(e)]) for e, _, _ in new if links[id(e)] not in by_url])
        candidates = {}
        for entry, fetch_id, seen_at in new:
            link = links[id(entry)]
            feed = self._feed(entry.feed, "")
            try:
                article = clean_entry(entry, feed, seen_at, pages.get(entry.link) if link not in by_url else None)
            except ValueError as exc:
                self.rows["core.rejected_entries"].append({
                    "entry_key": entry.entry_key, "feed": entry.feed, "fetch_id": fetch_id,
                    "reason": str(exc), "rejected_at": datetime.now(timezone.utc)})
                self.report.rejected.append({"feed": entry.feed, "reason": str(exc)})
                continue
            candidates[id(entry)] = (entry, article, link)
        # the page's rel=canonical may name an article already stored under that URL
        by_url |= _article_urls(con, [a.url for _, a, _ in candidates.values() if a.url])
        known_ids = _existing(con, "core.articles", "article_id", [a.article_id for _, a, _ in candidates.values()])
        for entry, article, link in candidates.values():
            article_id = by_url.get(link) or by_url.get(article.url) or (
                article.article_id if article.article_id in known_ids else None)
            if article_id is None:
                article_id = article.article_id
                known_ids.add(article_id)
                self.rows["core.articles"].append(_article_row(article))
                self.report.new_articles += 1
            else:
                self.report.duplicates += 1
                self._revise(con, article_id, article)
            for url in (link, article.url):
                if url:
                    by_url.setdefault(url, article_id)
            self.rows["core.article_sources"].append({
                "article_id": article_id, "entry_key": entry.entry_key, "feed": entry.feed,
                "url": link, "source_url": entry.link, "guid": entry.guid, "first_seen_at": article.first_seen_at,
            })

    def _revise(self, con, article_id: str, article: Article) -> None:
        """An outlet that corrects its own entry (same feed, new text) corrects the stored article; a copy
        from another outlet does not. Full-text articles keep the page's text."""
        stored = con.execute("SELECT feed, content_hash, full_text FROM core.articles WHERE article_id = ?",
                             [article_id]).fetchone()
        if stored and stored[0] == article.feed and stored[1] != article.content_hash and not stored[2]:
            self.revisions.append({
                "article_id": article_id, "title": article.title, "body_text": article.body_text,
                "language": article.language, "content_hash": article.content_hash, "entry_key": article.entry_key})

    def _apply_revisions(self, con) -> None:
        for r in self.revisions:
            con.execute(
                "UPDATE core.articles SET title = $title, body_text = $body_text, language = $language, "
                "content_hash = $content_hash, entry_key = $entry_key WHERE article_id = $article_id", r)
            con.execute("DELETE FROM core.extractions WHERE article_id = ?", [r["article_id"]])  # re-read it
        self.report.revised += len(self.revisions)

    def _pages(self, entries: list[tuple[RawEntry, str | None]]) -> dict[str, PageText]:
        """Fetch and extract the linked pages of new entries from full-text feeds (each URL once)."""
        from .fetch import fetch_pages
        from .fulltext import extract_page

        wanted = {e.link: e.feed for e, _ in entries if e.link and self._feed(e.feed, "").full_text}
        if not wanted:
            return {}
        results = fetch_pages([(feed, link) for link, feed in wanted.items()], self.settings,
                              on_result=_counter(self.on_step, "pages", len(wanted)))
        pages = {}
        for r in results:
            if r.body is not None:
                r.body_sha256 = self.archive.put(r.body)
                pages[r.url] = extract_page(r)
                self.report.pages_fetched += 1
            else:
                self.report.pages_failed.append({"feed": r.feed, "url": r.url, "error": r.error})
            self.rows["raw.fetches"].append(_fetch_row(r, self.run_id, "page"))
        return pages


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
        "published_raw": e.published_raw, "entry_json": json.dumps(e.raw, ensure_ascii=False),
        "received_at": received_at,
    }


def _article_row(a: Article) -> dict:
    return {
        "article_id": a.article_id, "feed": a.feed, "url": a.url or None, "title": a.title, "body_text": a.body_text,
        "language": a.language, "published_at": a.published_at, "published_at_estimated": a.published_at_estimated,
        "first_seen_at": a.first_seen_at, "content_hash": a.content_hash,
        "cluster_id": a.article_id,  # its own story until clustering, in the same transaction, says otherwise
        "full_text": a.full_text, "author": a.author, "entry_key": a.entry_key,
        "loaded_at": datetime.now(timezone.utc),
    }
