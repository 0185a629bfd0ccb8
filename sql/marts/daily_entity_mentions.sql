-- marts.daily_entity_mentions: per day and entity (a company, with its ticker when known, or a broker), the
-- articles and stories that name it in an extracted fact, and the headlines of its three most reported stories.
-- $day: the day to build (UTC, by article publication time), or NULL for every day.
WITH mentions AS (
    SELECT article_id, entity, ticker FROM core.metrics WHERE entity IS NOT NULL OR ticker IS NOT NULL
    UNION
    SELECT article_id, company, ticker FROM core.rating_actions WHERE company IS NOT NULL OR ticker IS NOT NULL
    UNION
    SELECT article_id, broker, NULL FROM core.rating_actions WHERE broker IS NOT NULL
),
per_story AS (
    SELECT
        CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS day, m.entity, m.ticker, a.cluster_id,
        count(DISTINCT a.article_id)    AS articles,
        count(DISTINCT s.feed)          AS feeds,
        arg_min(a.title, a.published_at) AS headline  -- the story's first headline
    FROM mentions m
    JOIN core.articles a USING (article_id)
    LEFT JOIN core.article_sources s USING (article_id)
    GROUP BY ALL
)
SELECT
    day, entity, ticker,
    sum(articles)::BIGINT                                                  AS articles,
    count(*)                                                               AS stories,
    list(headline ORDER BY feeds DESC, articles DESC, headline)[1:3]       AS top_headlines
FROM per_story
WHERE $day::DATE IS NULL OR day = $day::DATE
GROUP BY day, entity, ticker
