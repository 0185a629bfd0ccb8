"""Full-text search: the analyzer, the incremental index, ranking on the samples (eval/search), the
`newsflow search` command and `search(...)` in `newsflow sql`."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len
from sample_db import copy, execute, sample_source  # noqa: F401

from newsflow import pipeline, store
from newsflow.cli import main
from newsflow.config import Settings
from newsflow.search import index
from newsflow.search.analyze import index_terms, query_terms, term_spans
from newsflow.search.query import search, snippet

EVAL = Path(__file__).resolve().parents[1] / "eval" / "search"


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("search_evaluate", EVAL / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def db(sample_source, tmp_path) -> Settings:  # noqa: F811
    return copy(sample_source, tmp_path / "home")


# --- the analyzer ---------------------------------------------------------------------------------------

def test_english_terms_are_stemmed_without_stop_words_or_accents():
    assert query_terms("The targets were raised for Nestlé") == ["target", "were", "rais", "nestl"]
    assert query_terms("raises") == query_terms("raised") == ["rais"]
    assert query_terms("the of and") == []


def test_numbers_and_listing_codes_have_one_form():
    assert query_terms("0700.HK") == query_terms("00700") == ["00700"]
    assert query_terms("700") == ["700"]  # a price, not the code
    assert query_terms("3,700") == ["3700"]
    assert query_terms("600519.SS") == ["600519"]
    assert query_terms("JD.com") == ["jd.com", "jd", "com"]


def test_traditional_and_simplified_give_the_same_terms():
    assert query_terms("騰訊 目標價 上調") == query_terms("腾讯 目标价 上调") == ["腾讯", "目标价", "上调"]


def test_gazetteer_names_stay_whole_words():
    assert query_terms("宁德时代") == ["宁德时代"]
    assert query_terms("寧德時代") == ["宁德时代"]


def test_article_terms_include_the_words_inside_longer_ones_with_offsets_as_written():
    text = "花旗將騰訊控股目標價上調"
    spans = {term: text[start:end] for term, start, end in index_terms(text)}
    assert spans["目标价"] == "目標價" and spans["目标"] == "目標" and spans["腾讯控股"] == "騰訊控股"
    assert "將" not in "".join(spans)  # single characters are not terms


def test_term_spans_find_query_terms_where_the_text_writes_them():
    text = "Goldman raised its target; 高盛將阿里巴巴目標價上調。"
    found = [(term, text[s:e]) for term, s, e in term_spans(text, set(query_terms("raise 目标价 阿里巴巴")))]
    assert found == [("rais", "raised"), ("阿里巴巴", "阿里巴巴"), ("目标价", "目標價")]


def test_snippet_is_the_window_with_the_most_terms_and_marks_them():
    body = ("Filler sentence about nothing in particular. " * 12 + "Goldman raised its price target on Alibaba. "
            + "More filler follows here. " * 12)
    text, spans = snippet(body, set(query_terms("Alibaba target")))
    assert [text[s:e] for s, e in spans] == ["target", "Alibaba"]
    assert len(text) <= 210 and text.startswith("…") and text.endswith("…")
    assert "\n" not in text


# --- the index ------------------------------------------------------------------------------------------

def _index_rows(settings: Settings) -> tuple[list, list]:
    with store.connect(settings, read_only=True) as con:
        postings = con.execute("SELECT term, article_id, tf FROM search.postings JOIN search.documents USING (doc) "
                               "ORDER BY ALL").fetchall()
        documents = con.execute("SELECT * EXCLUDE (doc, indexed_at) FROM search.documents ORDER BY ALL").fetchall()
    return postings, documents


def test_the_process_stage_indexes_every_article_once(db):
    _, rows = store.query(db, "SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM search.documents), "
                              "(SELECT count(*) FROM search.postings)")
    articles, documents, postings = rows[0]
    assert articles == documents > 50 and postings > 20 * articles
    assert pipeline.index_articles(db) == 0  # nothing new: nothing read


def test_indexing_is_incremental_and_equals_a_rebuild(db, tmp_path):
    execute(db, "UPDATE core.articles SET body_text = body_text || ' Klarna zebra-crossing note.', "
                "content_hash = 'revised' WHERE article_id = (SELECT min(article_id) FROM core.articles)")
    execute(db, "INSERT INTO core.articles SELECT * REPLACE ('copy-' || article_id AS article_id, "
                "'copy-' || content_hash AS content_hash) FROM core.articles ORDER BY article_id LIMIT 2")
    assert pipeline.index_articles(db) == 3  # one revised, two new: nothing else is read again
    assert [h.title for h in search(db, "zebra-crossing").hits] != []
    incremental = _index_rows(db)

    rebuilt = copy(db, tmp_path / "rebuilt")
    execute(rebuilt, "DELETE FROM search.postings; DELETE FROM search.documents")
    assert pipeline.index_articles(rebuilt) == len(incremental[1])
    assert _index_rows(rebuilt) == incremental


def test_a_new_analyzer_indexes_everything_again(db):
    before = _index_rows(db)
    execute(db, "UPDATE search.documents SET analyzer = 'an older analyzer'")
    assert pipeline.index_articles(db) == len(before[1])
    assert _index_rows(db) == before


def test_compaction_keeps_postings_in_term_order_and_results_unchanged(db):
    before = [(h.article_id, h.score) for h in search(db, "Alibaba target price").hits]
    with store.connect(db) as con, store.transaction(con):
        assert index.compact(con, force=True)
    with store.connect(db, read_only=True) as con:
        terms = [t for (t,) in con.execute("SELECT term FROM search.postings").fetchall()]
        state = con.execute("SELECT sorted_rows FROM search.index_state").fetchall()
        not_null = con.execute("SELECT count(*) FROM duckdb_constraints() WHERE schema_name = 'search' "
                               "AND table_name = 'postings' AND constraint_type = 'NOT NULL'").fetchone()[0]
    assert terms == sorted(terms) and state == [(len(terms),)]
    assert not_null == 3  # the table as sql/search/postings.sql defines it
    assert [(h.article_id, h.score) for h in search(db, "Alibaba target price").hits] == before
    with store.connect(db) as con, store.transaction(con):
        assert not index.compact(con)  # nothing appended since: no rewrite


# --- ranking --------------------------------------------------------------------------------------------

def test_queries_over_the_samples_find_the_stories_a_reader_wants(db):
    evaluate = _evaluate_module()
    queries = __import__("yaml").safe_load((EVAL / "queries.yaml").read_text(encoding="utf-8"))["queries"]
    assert len(queries) >= 30
    figures = evaluate.evaluate(db, queries)
    assert figures["overall"]["precision@5"] >= 0.9, figures["misses"]
    assert figures["overall"]["recall@5"] >= 0.9, figures["misses"]
    assert figures["by_lang"]["zh-Hant"]["precision@5"] == 1.0


def test_one_line_per_story_with_its_outlets(db):
    hits = search(db, "Fed rate cut", limit=20).hits
    assert len({h.cluster_id for h in hits}) == len(hits)
    _, rows = store.query(db, "SELECT cluster_id FROM core.articles WHERE url LIKE '%fed-cuts-rates-quarter-point'")
    fed = next(h for h in hits if h.cluster_id == rows[0][0])  # carried by five feeds, in two languages
    assert fed.n_outlets == len(fed.outlets) >= 4 and fed.n_articles >= 4


def test_traditional_query_finds_simplified_articles_and_the_reverse(db):
    simplified = {h.cluster_id for h in search(db, "聯邦基金利率").hits}
    assert simplified and simplified == {h.cluster_id for h in search(db, "联邦基金利率").hits}
    tsmc = search(db, "台积电 营收").hits  # the article is written 台積電 … 營收
    assert tsmc and "台積電" in tsmc[0].title
    assert "台積電" in [tsmc[0].snippet[s:e] for s, e in tsmc[0].highlights]


def test_filters_by_language_dates_and_feed(db):
    assert {h.language for h in search(db, "Alibaba", lang="zh").hits} <= {"zh"}
    everything = search(db, "Alibaba", limit=50).hits
    since = search(db, "Alibaba", since=date(2025, 9, 16), limit=50).hits
    assert since and len(since) < len(everything)
    assert all(h.published_at.date() >= date(2025, 9, 16) for h in since)
    until = search(db, "Alibaba", until=date(2025, 9, 12), limit=50).hits
    assert until and all(h.published_at.date() <= date(2025, 9, 12) for h in until)
    keystone = search(db, "target", feed="keystone-notes", limit=50).hits
    assert keystone and all("keystone-notes" in h.outlets for h in keystone)


def test_a_query_no_article_fully_matches_shows_the_closest(db):
    result = search(db, "Alibaba zzyzx")
    assert result.partial and result.hits and all(h.terms_matched == 1 for h in result.hits)
    assert search(db, "zzyzx qqxq").hits == []
    assert search(db, "the and of").terms == []


# --- the commands ---------------------------------------------------------------------------------------

def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_command_prints_one_line_per_story_fitting_the_terminal(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = _run(capsys, "search", "Alibaba target price", "--db", str(db.db_path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert all(cell_len(line) <= 80 for line in lines)
    assert re.match(r" 1  2025-09-\d\d  ", lines[0])


def test_search_command_formats(db, capsys):
    code, out, _ = _run(capsys, "search", "騰訊 目標價", "--db", str(db.db_path), "--format", "json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and hits[0]["n_outlets"] == 3 and "腾讯" in hits[0]["title"]
    assert [hits[0]["snippet"][s:e] for s, e in hits[0]["highlights"]][:2] == ["腾讯", "目标价"]
    _, out, _ = _run(capsys, "search", "Klarna", "--db", str(db.db_path), "--format", "markdown")
    assert out.splitlines()[1].startswith("|--") and "**Klarna**" in out
    _, out, _ = _run(capsys, "search", "Klarna", "--db", str(db.db_path), "--format", "csv", "--limit", "1")
    assert out.splitlines()[0].startswith("rank,published_at") and len(out.splitlines()) == 2


def test_search_says_when_nothing_matches(db, capsys):
    code, out, err = _run(capsys, "search", "zzyzx", "--db", str(db.db_path))
    assert code == 0 and out == "" and "no article matches zzyzx" in err


def test_search_from_sql(db, capsys):
    code, out, _ = _run(capsys, "sql", "SELECT rank, title, n_outlets FROM search('騰訊 目標價'); "
                                       "SELECT count(*) FROM search('Alibaba', lang := 'en')",
                        "--db", str(db.db_path), "--format", "csv")
    assert code == 0
    assert "上调腾讯控股" in out and out.count("rank,title,n_outlets") == 1


def test_index_command_and_a_database_without_an_index(db, capsys):
    code, _, err = _run(capsys, "index", "--db", str(db.db_path))
    assert code == 0 and "0 article(s) indexed" in err
    execute(db, "DROP MACRO TABLE search.ranked")
    code, _, err = _run(capsys, "search", "Alibaba", "--db", str(db.db_path), "--live")
    assert code == 1 and "no search index" in err


def test_the_analyzer_version_hashes_the_extractors_gazetteer_and_t2s_table():
    """analyzer_version reads those files by name, not through the modules that define their paths."""
    import hashlib
    from importlib.metadata import version

    from newsflow.extract.entities import GAZETTEER_PATH
    from newsflow.extract.sentences import T2S_PATH
    from newsflow.search.analyze import ANALYZER_REVISION, analyzer_version

    digest = hashlib.sha256(ANALYZER_REVISION.encode())
    for name in ("jieba", "snowballstemmer"):
        digest.update(version(name).encode())
    for path in (GAZETTEER_PATH, T2S_PATH):
        digest.update(path.read_bytes())
    assert analyzer_version() == f"{ANALYZER_REVISION}-{digest.hexdigest()[:12]}"


_CUT_IN_A_NEW_PROCESS = """
import json
from newsflow.search import analyze
terms = list(analyze.index_terms("宁德时代第三季度净利润同比增长25%，騰訊控股回购股份"))
print(json.dumps({"terms": terms, "gazetteer_read": analyze._dictionary_words.cache_info().misses}))
"""


def test_the_segmenter_dictionary_is_kept_between_processes_and_cuts_the_same(tmp_path):
    """A second process reads jieba's dictionary, the gazetteer's names in it, from newsflow's cache, not the
    gazetteer; a dictionary kept for another analyzer version is made again."""
    import os
    import pickle
    import subprocess
    import sys

    def cut() -> dict:
        env = {**os.environ, "NEWSFLOW_CACHE_DIR": str(tmp_path)}
        done = subprocess.run([sys.executable, "-c", _CUT_IN_A_NEW_PROCESS], env=env, capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    first = cut()
    kept = tmp_path / "segmenter.pickle"
    assert kept.exists() and first["gazetteer_read"] == 1
    assert ["宁德时代", 0, 4] in first["terms"]  # a gazetteer name, one word
    second = cut()
    assert second == {"terms": first["terms"], "gazetteer_read": 0}
    kept.write_bytes(pickle.dumps(("another version", {"宁": 1}, 1)))
    assert cut() == first
