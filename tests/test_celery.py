"""The three DAGs under the CeleryExecutor with two workers, over a DuckLake, on the bundled samples
(`make celery`; deselected from `make test`, it takes minutes): the chain news_ingest → news_process →
news_publish completes, the fanned-out tasks run on both workers, and the lake ends with the tables of one
`newsflow run --sample` into a DuckDB file.

One thing may differ, and is checked for what it is: an article syndicated by feeds of two shards is stored
from the copy of the shard that commits first (on a file: of the feed fetched first), so its text, and what
is extracted from it, can be the other outlet's copy."""

from __future__ import annotations

import time

import pytest

from celery_cluster import celery_cluster, unavailable
from newsflow import store
from test_lake import ESTIMATED, VOLATILE, VOLATILE_IN, newsflow, settings_of

pytestmark = pytest.mark.celery

# every task of the chain (on a lake), each run by one worker or the other
CHAIN = {("news_ingest", "plan_shards"), ("news_ingest", "fetch_shard"), ("news_ingest", "announce_fetched"),
         ("news_process", "plan_shards"), ("news_process", "process_shard"), ("news_process", "cluster_and_index"),
         ("news_publish", "publish_marts"), ("news_publish", "write_digest")}
# the store's tables compared; dq is not (the cluster's publish DAG also has its daily run)
SCHEMAS = ("raw", "core", "marts", "search")
SPECIAL = {
    # a feed polled again answers 304 (or fails again): the cluster polls more often than one run does (the
    # hourly schedule's latest tick and the feed watcher's first event both start news_ingest)
    "raw.fetches": "SELECT DISTINCT {columns} FROM raw.fetches WHERE outcome <> 'not_modified'",
    "marts.daily_feed_health": """
        SELECT day, feed, fetches - not_modified - failures AS bodies, failures > 0 AS failing, last_error, entries,
               new_articles, duplicate_rate, quarantined, entries_dropped FROM marts.daily_feed_health""",
    # documents are numbered in the order they are indexed
    "search.postings": "SELECT d.article_id, p.term, p.tf FROM search.postings p JOIN search.documents d USING (doc)",
    "search.index_state": None,  # how far the index has been compacted
}
NUMBERED = {"search.documents": {"doc"}}
STORY = {"cluster_id", "story"}  # a story's id is one of its articles: compared as the set of its articles
ENTITY = {"entity_key", "entity", "company_key", "company"}


def tables(env: dict[str, str]) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table and view of SCHEMAS: its columns and rows (sorted), without what differs from run to run
    (`test_lake.VOLATILE`), each story id replaced by the ids of the story's articles."""
    with store.connect(settings_of(env), read_only=True) as con:
        stories: dict[str, list[str]] = {}
        for article, story in con.execute("SELECT article_id, cluster_id FROM core.articles ORDER BY 1").fetchall():
            stories.setdefault(story, []).append(article)
        found = {}
        for schema, table in con.execute(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = "
                "current_database() AND list_contains(?, table_schema) ORDER BY ALL", [list(SCHEMAS)]).fetchall():
            name = f"{schema}.{table}"
            sql = SPECIAL.get(name, "SELECT {columns} FROM " + name)
            if sql is None:
                continue
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
                "AND table_schema = ? AND table_name = ? ORDER BY ordinal_position", [schema, table]).fetchall()
                if c not in VOLATILE | VOLATILE_IN.get(name, set()) | NUMBERED.get(name, set())]
            listed = ", ".join(ESTIMATED if c == "published_at" and "published_at_estimated" in columns
                               else f'"{c}"' for c in columns)
            cursor = con.execute(sql.format(columns=listed))
            names = [d[0] for d in cursor.description]
            rows = [tuple(tuple(stories.get(v, [v])) if c in STORY else _hashable(v) for c, v in zip(names, row))
                    for row in cursor.fetchall()]
            found[name] = (names, sorted(rows, key=repr))
    return found


def copy_dependent(found: dict, expected: dict, articles: set[str]) -> dict[str, set]:
    """What depends on which copy of these articles was kept: the articles, their feeds, and the entities (names
    and keys) of their facts, in either store."""
    feeds, entities = set(), set()
    for tables_ in (found, expected):
        for table in ("core.article_sources", "core.metrics", "core.rating_actions"):
            names, rows = tables_[table]
            for row in rows:
                value = dict(zip(names, row))
                if value["article_id"] in articles:
                    feeds.add(value.get("feed"))
                    entities |= {value[c] for c in ENTITY & value.keys() if value[c]}
                    if value.get("company"):  # target_consensus keys a company without a key by its name
                        entities.add(f"name:{value['company'].lower()}")
    return {"articles": articles, "feeds": feeds - {None}, "entities": entities}


def without(tables_: dict, dependent: dict[str, set]) -> dict[str, list[tuple]]:
    """The rows, less those that depend on the kept copy of `dependent['articles']` (raw and the sources do not)."""
    articles = dependent["articles"]
    kept = {}
    for name, (names, rows) in tables_.items():
        if name.startswith("raw.") or name == "core.article_sources" or not articles:
            kept[name] = rows
            continue
        by_fact = not {"article_id", "article_ids", *STORY} & set(names)  # aggregates of entities, of feeds

        def depends(value: dict) -> bool:
            ids = {value.get("article_id"), *(value.get("article_ids") or ()),
                   *(i for c in STORY & value.keys() for i in value[c])}
            if ids & articles:
                return True
            if name == "marts.daily_feed_health":
                return value["feed"] in dependent["feeds"]
            return by_fact and bool({value[c] for c in ENTITY & value.keys()} & dependent["entities"])

        kept[name] = [row for row in rows if not depends(dict(zip(names, row)))]
    return kept


def test_the_three_dags_on_two_celery_workers_load_the_tables_of_a_single_file_run(tmp_path):
    reason = unavailable()
    if reason:
        pytest.skip(f"the Celery run needs Redis and PostgreSQL: {reason}")
    single = {"NEWSFLOW_HOME": str(tmp_path / "single"), "NEWSFLOW_STORE": f"duckdb:{tmp_path / 'single.duckdb'}"}
    newsflow("run", "--sample", env=single)
    expected = tables(single)

    started = time.monotonic()
    with celery_cluster(workers=2) as cluster:
        up = time.monotonic()
        # news_publish's latest daily tick runs as soon as it is unpaused: over an empty lake, before any ingest
        cluster.unpause("news_process", "news_publish")
        cluster.wait(lambda: cluster.runs() and cluster.settled(), "news_publish's daily run", timeout=300)
        # news_ingest: its latest hourly tick at once, then the feed watcher's first event
        cluster.unpause("news_ingest")
        chain = time.monotonic()
        cluster.wait(lambda: any(r[0] == "news_publish" and r[2] == "asset_triggered" and r[3] == "success"
                                 for r in cluster.runs()), "the chain to news_publish", timeout=900)
        published = time.monotonic()
        cluster.wait(cluster.settled, "the last runs to end", timeout=300)
        runs, ran_on = cluster.runs(), cluster.ran_on()
        found = tables(cluster.lake)

    assert [r for r in runs if r[3] != "success"] == []
    loaded = [r for r in runs if r[2] == "asset_triggered"]
    assert [r[0] for r in loaded if r[0] != "news_ingest"] == ["news_process", "news_publish"], runs
    # the fan-out: a shard per mapped task, every task of the chain run, each on one of the two workers
    ran = [task for tasks in ran_on.values() for task in tasks]
    assert {(dag_id, task_id) for dag_id, _, task_id, _ in ran} == CHAIN, ran_on
    assert {map_index for dag_id, _, task_id, map_index in ran if task_id == "process_shard"} == {0, 1, 2, 3}
    assert all(ran_on.values()), f"a worker ran nothing: {ran_on}"
    assert len(ran) == len(set(ran)), "a task ran twice"

    assert found.keys() == expected.keys()
    assert len(found["core.articles"][1]) >= 40 and len(found["marts.daily_metrics"][1]) > 100
    # the same stories: partitions of the same article ids
    stories = [{row[0] for row in tables_["core.stories"][1]} for tables_ in (found, expected)]
    assert stories[0] == stories[1]
    # the copy kept of each article: the file's, or, for an article that feeds of two shards carry, another
    # outlet's copy; everything else equal
    kept = [{row[0]: row[1] for row in _columns(tables_["core.articles"], "article_id", "entry_key")}
            for tables_ in (found, expected)]
    assert kept[0].keys() == kept[1].keys()
    other = {a for a in kept[0] if kept[0][a] != kept[1][a]}
    sources = {}
    for article, entry in _columns(expected["core.article_sources"], "article_id", "entry_key"):
        sources.setdefault(article, set()).add(entry)
    assert all(len(sources[a]) > 1 and kept[0][a] in sources[a] for a in other), other
    dependent = copy_dependent(found, expected, other)
    lake, file = without(found, dependent), without(expected, dependent)
    assert {t: differences(lake[t], file[t]) for t in lake if lake[t] != file[t]} == {}

    workers = {worker: sorted(f"{d}.{t}" + (f"[{m}]" if m >= 0 else "") for d, _, t, m in tasks)
               for worker, tasks in ran_on.items()}
    print(f"cluster up in {up - started:.0f} s; news_ingest unpaused to news_publish done in {published - chain:.0f} s")
    print("runs:", ", ".join(f"{r[0]} ({r[2]})" for r in runs))
    print("tasks per worker:", workers)
    print(f"tables compared: {len(found)}; another outlet's copy kept of: {', '.join(sorted(other)) or 'no article'}")


def _hashable(value):
    """Lists and structs as tuples, so that rows can be told apart as sets."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    return value


def _columns(table: tuple[list[str], list[tuple]], *wanted: str) -> list[tuple]:
    names, rows = table
    return [tuple(row[names.index(c)] for c in wanted) for row in rows]


def differences(found: list[tuple], expected: list[tuple], shown: int = 3) -> dict:
    """A few rows that only the lake has, and only the file."""
    lake, file = set(found), set(expected)
    return {"rows": (len(found), len(expected)), "lake only": sorted(lake - file, key=repr)[:shown],
            "file only": sorted(file - lake, key=repr)[:shown]}
