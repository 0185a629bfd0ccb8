-- Articles matching a query's terms, best first by BM25 (k1 = 1.2, b = 0.75), one line per story: its
-- best-matching article, with every outlet that carried the story; at most max_results stories. Only the
-- articles with the most of the query's terms are returned: those with all of them whenever any article
-- has them all. The terms are the query analyzer's (`newsflow search`, or `search('…')` in `newsflow
-- sql`), for example
--   SELECT * FROM search.ranked(['宁德时代', '目标价'], lang := 'zh', since := DATE '2025-09-01') LIMIT 10
-- The term filter reads only the postings row groups of these terms (see search.postings); core.articles
-- is read for the best thousand or so articles only.
-- No default is NULL: a DuckLake store keeps a NULL default as the text 'NULL'. '' and the extreme dates
-- filter nothing, as NULL passed explicitly does.
CREATE OR REPLACE MACRO search.ranked(terms, lang := '', since := DATE '0001-01-01', until := DATE '9999-12-31',
                                      outlet := '', max_results := 100) AS TABLE
WITH
query AS (SELECT DISTINCT unnest(terms) AS term),
hits AS MATERIALIZED (
    SELECT p.term, p.doc, p.tf FROM search.postings p WHERE p.term IN (SELECT term FROM query)
),
frequency AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
corpus AS (SELECT count(*)::DOUBLE AS n, avg(length) AS avg_length FROM search.documents),
scored AS (
    SELECT d.doc, any_value(d.article_id) AS article_id,
           sum(ln(1 + (c.n - f.df + 0.5) / (f.df + 0.5)) * h.tf * 2.2
               / (h.tf + 1.2 * (0.25 + 0.75 * d.length / c.avg_length))) AS score,
           count(*) AS terms_matched
    FROM hits h JOIN frequency f USING (term) JOIN search.documents d USING (doc) CROSS JOIN corpus c
    WHERE (coalesce(lang, '') = '' OR d.language = lang)
      AND (since IS NULL OR CAST(timezone('UTC', d.published_at) AS DATE) >= since)
      AND (until IS NULL OR CAST(timezone('UTC', d.published_at) AS DATE) <= until)
      AND (coalesce(outlet, '') = '' OR d.feed = outlet OR EXISTS (
              SELECT 1 FROM core.article_sources src WHERE src.article_id = d.article_id AND src.feed = outlet))
    GROUP BY d.doc
),
-- the best articles first (a top-n, not a sort of every match), then the best one of each story
top_articles AS (
    SELECT s.article_id, s.score, s.terms_matched, a.cluster_id
    FROM (SELECT * FROM scored WHERE terms_matched = (SELECT max(terms_matched) FROM scored)
          ORDER BY score DESC, article_id LIMIT max_results * 10) s
    JOIN core.articles a USING (article_id)
),
best AS (
    SELECT * FROM top_articles
    QUALIFY row_number() OVER (PARTITION BY cluster_id ORDER BY score DESC, article_id) = 1
    ORDER BY score DESC, article_id LIMIT max_results
),
carried AS (
    SELECT a.cluster_id, a.feed, a.article_id FROM core.articles a
    WHERE a.cluster_id IN (SELECT cluster_id FROM best)
    UNION ALL
    SELECT a.cluster_id, src.feed, a.article_id FROM core.article_sources src JOIN core.articles a USING (article_id)
    WHERE a.cluster_id IN (SELECT cluster_id FROM best)
),
stories AS (
    SELECT cluster_id, list(DISTINCT feed ORDER BY feed) AS outlets, count(DISTINCT article_id) AS n_articles
    FROM carried GROUP BY cluster_id
)
SELECT
    row_number() OVER (ORDER BY b.score DESC, b.article_id) AS rank,
    round(b.score, 4)                   AS score,
    b.terms_matched,
    (SELECT count(*) FROM query)        AS query_terms,
    b.article_id, b.cluster_id, a.title, a.url, a.feed, a.language, a.published_at,
    len(st.outlets)                     AS n_outlets,
    st.outlets,
    st.n_articles
FROM best b JOIN stories st USING (cluster_id) JOIN core.articles a USING (article_id)
ORDER BY rank;
