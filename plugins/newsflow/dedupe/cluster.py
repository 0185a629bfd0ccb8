"""Story clustering: new articles join the story of a stored article they copy or translate.

Each new article gets a signature (body and lead MinHash, fact fingerprint), stored with its LSH
keys in DuckDB, so it is compared with every article first seen in the last `window_days`, from
this run or an earlier one. Candidates share an LSH band key (similar text) or several fact tokens
(the same numbers, in any language); a candidate pair is one story when

  - their numbers do not disagree (see `numbers_disagree`): the tell of a template or a follow-up, and
  - the bodies are near-duplicates (Jaccard ≥ BODY_SIMILAR), or one lead is contained in the other (a
    summary against the full text), or they report the same facts (≥ FACT_MIN_SHARED shared, FACT_MIN_OVERLAP of the
    smaller fingerprint).

Cluster ids are stable: a story's id is the article_id of its first-seen member, and never changes
while the story grows. A new article that joins two stored stories merges them; the merged story
keeps the id of the older one (earlier first_seen_at of the founding article, then the smaller id)
and the younger story's articles are relabelled.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

import duckdb
import numpy as np
import pandas as pd

from .facts import companies, company_keys, explained, metric_facts, specific, text_facts
from .text import band_keys, containment, jaccard, text_signatures

BODY_SIMILAR = 0.5
LEAD_CONTAINED = 0.7  # share of the shorter lead found in the other (a summary in the full text's lead)
DISAGREE_BELOW = 0.75  # share of the smaller fingerprint the other must explain, or the numbers disagree
FACT_MIN_SHARED = 2  # and if only 2, one of them specific (an amount, a scaled value, 3+ significant digits)
FACT_MIN_OVERLAP = 0.8  # share of the smaller fingerprint the other one explains
FACT_MIN_COVER = 0.6  # and of the larger one: a report that adds its own numbers is another story
FACT_MAX_GAP = timedelta(days=3)  # the same facts reported further apart are a follow-up, not a copy
FACT_MAX_DF = 50  # a fact token carried by more articles in the window is too common to suggest a match
FACT_KEY_SALT = 0x5BD1E995
MAX_CANDIDATES = 30  # stored or new articles a new article is compared with, those sharing the most keys


@dataclass
class ClusterReport:
    n_articles: int = 0  # new articles signed and clustered
    n_skipped: int = 0  # already signed by an earlier call
    n_compared: int = 0  # candidate pairs checked
    n_same_story: int = 0  # pairs found to be one story
    n_joined_existing_story: int = 0  # new articles that joined a story stored before this call
    n_new_stories: int = 0
    n_merged_stories: int = 0  # stored stories merged into another by a bridging new article

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Signature:
    article_id: str
    seen_at: datetime
    language: str
    minhash: np.ndarray
    n_shingles: int
    lead: np.ndarray
    n_lead: int
    facts: frozenset[str]
    tickers: frozenset[str]
    company_keys: frozenset[str] = frozenset()  # read from core.metrics, not stored: a re-read article gains them


def sign(article_id: str, title: str, body: str, language: str, seen_at: datetime,
         metrics: list[dict] = ()) -> Signature:
    """The signature of one article; `metrics` are its extracted metrics (core.metrics rows), if any."""
    mh, n, lead, n_lead = text_signatures(title or "", body or "", language or "und")
    facts, tickers = metric_facts(metrics)
    facts |= text_facts(f"{title}\n{body}")
    return Signature(article_id, seen_at, language or "und", mh, n, lead, n_lead, frozenset(facts), frozenset(tickers),
                     frozenset(company_keys(metrics)))


def numbers_disagree(a: Signature, b: Signature) -> bool:
    """Different stories: most values of the smaller fingerprint are missing from the other one
    (a copy keeps its numbers, a trimmed copy keeps a subset), or their metrics name other companies.
    A company is known by the gazetteer entry of its ticker and, when the extractor gives one, by its entity
    key, so keys join listings the gazetteer does not know and never part articles the tickers join."""
    if a.tickers and b.tickers and not _companies(a) & _companies(b):
        return True
    small, large = sorted((a.facts, b.facts), key=len)
    return bool(small) and explained(small, large) < DISAGREE_BELOW * len(small)


def _companies(s: Signature) -> frozenset[str]:
    return companies(s.tickers) | s.company_keys


def same_story(a: Signature, b: Signature) -> str | None:
    """Why a and b are one story ("body", "lead", "facts"), or None."""
    if numbers_disagree(a, b):
        return None
    if a.n_shingles and b.n_shingles and jaccard(a.minhash, b.minhash) >= BODY_SIMILAR:
        return "body"
    if a.n_lead and b.n_lead and containment(a.lead, a.n_lead, b.lead, b.n_lead) >= LEAD_CONTAINED:
        return "lead"
    return "facts" if same_facts(a, b) else None


def same_facts(a: Signature, b: Signature) -> bool:
    """The fact fingerprints report one set of facts (in any language): see FACT_* above."""
    shared = a.facts & b.facts
    if len(shared) < FACT_MIN_SHARED or (len(shared) == FACT_MIN_SHARED and not any(map(specific, shared))):
        return False
    if abs(a.seen_at - b.seen_at) > FACT_MAX_GAP:
        return False
    small, large = sorted((a.facts, b.facts), key=len)
    return (explained(small, large) >= FACT_MIN_OVERLAP * len(small)
            and explained(large, small) >= FACT_MIN_COVER * len(large))


def cluster_new_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str], *, window_days: int = 7,
                         now: datetime | None = None, signed: dict[str, Signature] | None = None) -> ClusterReport:
    """Sign the new articles, find their stories among articles seen in the last `window_days`, and
    set core.articles.cluster_id (of older articles too, when two stories merge).

    `signed` holds signatures already made (by `sign`, with the same text and metrics: worker processes
    make them); the other articles are signed here. `now` defaults to the latest first_seen_at of the new
    articles, so replaying archived feeds clusters as the live run did. Runs inside the caller's
    transaction, if any.
    """
    report = ClusterReport()
    new = _sign_new(con, list(dict.fromkeys(article_ids)), report, signed or {})
    if not new:
        return report
    reference = now or max(s.seen_at for s in new.values())
    cutoff = reference - timedelta(days=window_days)
    _store(con, new)
    pairs = _candidates(con, list(new), cutoff)
    stored = _load(con, {b for _, b in pairs} - set(new))
    signatures = {**stored, **new}
    edges = []
    for a, b in pairs:
        report.n_compared += 1
        if same_story(signatures[a], signatures[b]):
            edges.append((a, b))
    report.n_same_story = len(edges)
    _assign(con, new, edges, report)
    return report


def _sign_new(con, ids: list[str], report: ClusterReport, signed: dict[str, Signature]) -> dict[str, Signature]:
    if not ids:
        return {}
    rows = con.execute(
        """
        SELECT article_id, title, body_text, language, first_seen_at FROM core.articles
        WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
          AND article_id NOT IN (SELECT article_id FROM core.article_signatures)
        ORDER BY first_seen_at, article_id
        """, [ids]).fetchall()
    missing = set(ids) - {r[0] for r in rows}
    if missing:
        unknown = missing - {r[0] for r in con.execute(
            "SELECT article_id FROM core.articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(missing)]).fetchall()}
        if unknown:
            raise ValueError(f"not in core.articles: {sorted(unknown)[:5]} ({len(unknown)} ids)")
        report.n_skipped = len(missing)
    report.n_articles = len(rows)
    unsigned = [r[0] for r in rows if r[0] not in signed]
    metrics: dict[str, list[dict]] = {}
    if unsigned:
        cur = con.execute(
            """
            SELECT article_id, value, low, high, prior_value, prior_low, prior_high, unit, ticker, entity_key
            FROM core.metrics WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
            """, [unsigned])
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            metrics.setdefault(row[0], []).append(dict(zip(names, row)))
    return {aid: signed.get(aid) or sign(aid, title, body, lang, seen, metrics.get(aid, ()))
            for aid, title, body, lang, seen in rows}


def fact_key(token: str) -> int:
    """A 63-bit key of a fact token (stable across runs and machines)."""
    from ..ids import stable_hash

    return int(stable_hash("fact", token), 16) >> 1


def _store(con, new: dict[str, Signature]) -> None:
    sigs = list(new.values())
    signed_at = datetime.now(timezone.utc)
    con.register("new_signatures", pd.DataFrame({
        "article_id": [s.article_id for s in sigs], "seen_at": [s.seen_at for s in sigs],
        "language": [s.language for s in sigs], "minhash": [s.minhash.tobytes() for s in sigs],
        "n_shingles": [s.n_shingles for s in sigs], "lead_minhash": [s.lead.tobytes() for s in sigs],
        "n_lead": [s.n_lead for s in sigs], "facts": [sorted(s.facts) for s in sigs],
        "tickers": [sorted(s.tickers) for s in sigs],
    }))
    try:
        con.execute(
            """
            INSERT INTO core.article_signatures
            SELECT article_id, seen_at, language, minhash, n_shingles, lead_minhash, n_lead, facts::VARCHAR[],
                   tickers::VARCHAR[], ? FROM new_signatures
            """, [signed_at])
    finally:
        con.unregister("new_signatures")
    keys, kinds, owners, seen = [], [], [], []
    for kind, attr in (("body", "minhash"), ("lead", "lead")):
        signed = [s for s in sigs if getattr(s, "n_shingles" if kind == "body" else "n_lead")]
        if signed:
            k = band_keys(np.stack([getattr(s, attr) for s in signed]))
            keys.append(k.ravel())
            kinds += [kind] * k.size
            owners += [s.article_id for s in signed for _ in range(k.shape[1])]
            seen += [s.seen_at for s in signed for _ in range(k.shape[1])]
    facts = [(fact_key(f), s.article_id, s.seen_at) for s in sigs for f in s.facts]
    keys.append(np.array([f[0] for f in facts], dtype=np.int64))
    kinds += ["fact"] * len(facts)
    owners += [f[1] for f in facts]
    seen += [f[2] for f in facts]
    con.register("new_keys", pd.DataFrame({
        "key": np.concatenate(keys), "kind": pd.Categorical(kinds), "article_id": owners, "seen_at": seen}))
    try:
        con.execute("INSERT INTO core.signature_keys SELECT key, kind::VARCHAR, article_id, seen_at FROM new_keys")
    finally:
        con.unregister("new_keys")


def _candidates(con, ids: list[str], cutoff: datetime) -> list[tuple[str, str]]:
    """Pairs (new article, any article in the window) sharing a band key, or FACT_MIN_SHARED fact
    tokens that are not too common; each pair once. A new article keeps the MAX_CANDIDATES that share
    the most keys with it: where templated text makes hundreds of articles share a band, comparing
    more costs time and memory in the size of the window, and the copies of its story share the most."""
    rows = con.execute(
        """
        WITH new AS (
            SELECT key, kind, article_id FROM core.signature_keys
            WHERE article_id IN (SELECT unnest($ids::VARCHAR[]))),
        common_facts AS (
            SELECT key FROM core.signature_keys
            WHERE kind = 'fact' AND seen_at >= $cutoff AND key IN (SELECT key FROM new WHERE kind = 'fact')
            GROUP BY key HAVING count(*) > $max_df),
        probes AS MATERIALIZED (  -- common facts left out before the join, which they would multiply
            SELECT * FROM new WHERE NOT (kind = 'fact' AND key IN (SELECT key FROM common_facts))),
        hits AS (
            SELECT n.article_id AS a, k.article_id AS b, n.kind
            FROM probes n JOIN core.signature_keys k ON k.key = n.key AND k.kind = n.kind
            WHERE k.seen_at >= $cutoff AND k.article_id <> n.article_id)
        SELECT a, b FROM hits GROUP BY a, b
        HAVING bool_or(kind <> 'fact') OR count(*) >= $min_shared
        QUALIFY row_number() OVER (PARTITION BY a ORDER BY count(*) DESC, b) <= $max_candidates
        """, {"ids": ids, "cutoff": cutoff, "max_df": FACT_MAX_DF, "min_shared": FACT_MIN_SHARED,
              "max_candidates": MAX_CANDIDATES}).fetchall()
    new = set(ids)
    return sorted({(a, b) if b not in new else (min(a, b), max(a, b)) for a, b in rows})


def _load(con, ids: set[str]) -> dict[str, Signature]:
    if not ids:
        return {}
    rows = con.execute(
        """
        SELECT article_id, seen_at, language, minhash, n_shingles, lead_minhash, n_lead, facts, tickers
        FROM core.article_signatures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
        """, [list(ids)]).fetchall()
    keyed: dict[str, list[dict]] = {}
    for article_id, ticker, key in con.execute(
            "SELECT article_id, ticker, entity_key FROM core.metrics "
            "WHERE entity_key IS NOT NULL AND article_id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]).fetchall():
        keyed.setdefault(article_id, []).append({"ticker": ticker, "entity_key": key})
    return {r[0]: Signature(r[0], r[1], r[2], np.frombuffer(r[3], dtype=np.uint32), r[4],
                            np.frombuffer(r[5], dtype=np.uint32), r[6], frozenset(r[7]), frozenset(r[8]),
                            frozenset(company_keys(keyed.get(r[0], ()))))
            for r in rows}


def _assign(con, new: dict[str, Signature], edges: list[tuple[str, str]], report: ClusterReport) -> None:
    """Union the new articles with each other and with stored stories; write the cluster ids."""
    olds = {b for a, b in edges if b not in new} | {a for a, b in edges if a not in new}
    story_of = dict(con.execute(
        "SELECT article_id, cluster_id FROM core.articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(olds)]).fetchall()) if olds else {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def node(aid: str) -> str:  # a stored article stands for its whole story
        return ("s", story_of[aid]) if aid in story_of else ("a", aid)

    for a, b in edges:
        ra, rb = find(node(a)), find(node(b))
        if ra != rb:
            parent[ra] = rb
    components: dict[str, list[str]] = {}
    for aid in new:
        components.setdefault(find(("a", aid)), []).append(aid)
    stories = {v for v in story_of.values()}
    story_components: dict[str, list[str]] = {}
    for story in stories:
        story_components.setdefault(find(("s", story)), []).append(story)
    founded = dict(con.execute(
        "SELECT article_id, first_seen_at FROM core.articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(stories)]).fetchall()) if stories else {}
    far_future = datetime.max.replace(tzinfo=timezone.utc)
    assignments, relabel = [], []
    for root, members in components.items():
        old_stories = story_components.get(root, [])
        if old_stories:
            keep = min(old_stories, key=lambda s: (founded.get(s, far_future), s))
            relabel += [(s, keep) for s in old_stories if s != keep]
            report.n_joined_existing_story += len(members)
        else:
            keep = min(members, key=lambda m: (new[m].seen_at, m))
            report.n_new_stories += 1
        assignments += [(m, keep) for m in members]
    report.n_merged_stories = len(relabel)
    for column, rows in (("article_id", assignments), ("cluster_id", relabel)):
        if not rows:
            continue
        con.register("story_assignments", pd.DataFrame(rows, columns=["member", "story"]))
        try:
            con.execute(f"UPDATE core.articles SET cluster_id = s.story FROM story_assignments s "
                        f"WHERE core.articles.{column} = s.member")
        finally:
            con.unregister("story_assignments")
