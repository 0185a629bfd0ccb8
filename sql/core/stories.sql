-- One row per story (cluster_id): its canonical article, how many articles and outlets carried it, when.
-- Canonical member: the one with full text, then the earliest published, then the smallest article_id.
-- Outlets are the feeds that carried any member (core.article_sources), so a syndicated copy that
-- came in under the same URL from three feeds counts three outlets.
CREATE OR REPLACE VIEW core.stories AS
WITH ranked AS (
    SELECT a.*, row_number() OVER (
        PARTITION BY cluster_id ORDER BY full_text DESC, published_at, article_id) AS member_rank
    FROM core.articles a
),
sightings AS (
    SELECT a.cluster_id, s.feed, s.first_seen_at
    FROM core.article_sources s JOIN core.articles a USING (article_id)
    UNION ALL
    SELECT cluster_id, feed, first_seen_at FROM core.articles
)
SELECT
    r.cluster_id,
    any_value(r.article_id) FILTER (WHERE member_rank = 1) AS canonical_article_id,
    any_value(r.title) FILTER (WHERE member_rank = 1)      AS title,
    any_value(r.url) FILTER (WHERE member_rank = 1)        AS url,
    count(*)                                               AS n_articles,
    (SELECT count(DISTINCT feed) FROM sightings s WHERE s.cluster_id = r.cluster_id) AS n_outlets,
    (SELECT list(DISTINCT feed ORDER BY feed) FROM sightings s WHERE s.cluster_id = r.cluster_id) AS outlets,
    list(DISTINCT r.language ORDER BY r.language)          AS languages,
    min(r.published_at)                                    AS first_published,
    min(r.first_seen_at)                                   AS first_seen,
    (SELECT max(first_seen_at) FROM sightings s WHERE s.cluster_id = r.cluster_id) AS last_seen
FROM ranked r
GROUP BY r.cluster_id;

-- The stories of one day (UTC date of their first publication), most widely carried first:
--   SELECT * FROM core.stories_on(DATE '2025-09-17')
CREATE OR REPLACE MACRO core.stories_on(day) AS TABLE
    SELECT * FROM core.stories
    WHERE CAST(timezone('UTC', first_published) AS DATE) = day
    ORDER BY n_outlets DESC, n_articles DESC, first_published;
