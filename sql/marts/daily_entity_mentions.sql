-- marts.daily_entity_mentions: per day and entity (a company, with its ticker when known, or a broker), the
-- articles and stories that name it in an extracted fact, and the headlines of its three most reported stories.
-- An entity is its key (entity_key, company_key, broker_key), so articles that write it differently count
-- together; entity and ticker show what the earliest article wrote. Without a key the written name and ticker
-- stand in.
-- $days: the days to build (UTC, by article publication time), or NULL for every day.
WITH mentions AS (
    SELECT article_id, entity, entity_key, ticker FROM core.metrics
    WHERE entity IS NOT NULL OR entity_key IS NOT NULL OR ticker IS NOT NULL
    UNION
    SELECT article_id, company, company_key, ticker FROM core.rating_actions
    WHERE company IS NOT NULL OR company_key IS NOT NULL OR ticker IS NOT NULL
    UNION
    SELECT article_id, broker, broker_key, NULL FROM core.rating_actions WHERE broker IS NOT NULL OR broker_key IS NOT NULL
),
dated AS (
    SELECT
        CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS day, a.cluster_id, a.published_at, a.title, m.*,
        CASE WHEN m.entity_key IS NULL THEN m.entity END AS unkeyed_entity,  -- the fallback grouping
        CASE WHEN m.entity_key IS NULL THEN m.ticker END AS unkeyed_ticker
    FROM mentions m JOIN core.articles a USING (article_id)
),
per_story AS (
    SELECT
        d.day, d.entity_key, d.unkeyed_entity, d.unkeyed_ticker, d.cluster_id,
        count(DISTINCT d.article_id)     AS articles,
        count(DISTINCT s.feed)           AS feeds,
        arg_min(d.title, d.published_at) AS headline,  -- the story's first headline
        min(d.published_at)              AS first_published,
        first(d.entity ORDER BY d.published_at, d.article_id, d.entity) FILTER (WHERE d.entity IS NOT NULL)
                                         AS entity,
        first(d.ticker ORDER BY d.published_at, d.article_id, d.ticker) FILTER (WHERE d.ticker IS NOT NULL)
                                         AS ticker
    FROM dated d
    LEFT JOIN core.article_sources s USING (article_id)
    GROUP BY d.day, d.entity_key, d.unkeyed_entity, d.unkeyed_ticker, d.cluster_id
)
SELECT
    day,
    first(entity ORDER BY first_published, cluster_id) FILTER (WHERE entity IS NOT NULL)  AS entity,
    entity_key,
    first(ticker ORDER BY first_published, cluster_id) FILTER (WHERE ticker IS NOT NULL)  AS ticker,
    sum(articles)::BIGINT                                                  AS articles,
    count(*)                                                               AS stories,
    list(headline ORDER BY feeds DESC, articles DESC, headline)[1:3]       AS top_headlines
FROM per_story
WHERE $days::DATE[] IS NULL OR list_contains($days::DATE[], day)
GROUP BY day, entity_key, unkeyed_entity, unkeyed_ticker
