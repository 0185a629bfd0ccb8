-- marts.daily_rating_actions: one row per distinct analyst action per day, with the feeds that reported it.
-- $day: the day to build (UTC, by article publication time), or NULL for every day.
WITH latest AS (  -- each article's newest extraction only
    SELECT * FROM core.rating_actions
    QUALIFY extractor_version = max(extractor_version) OVER (PARTITION BY article_id)
),
actions AS (
    SELECT CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS day, r.*
    FROM latest r JOIN core.articles a USING (article_id)
)
SELECT
    r.day, r.broker, r.company, r.ticker, r.action, r.rating, r.prior_rating, r.target_price,
    r.prior_target_price, r.currency,
    count(DISTINCT s.feed)                            AS n_sources,
    list(DISTINCT r.article_id ORDER BY r.article_id) AS article_ids
FROM actions r LEFT JOIN core.article_sources s USING (article_id)
WHERE $day::DATE IS NULL OR r.day = $day::DATE
GROUP BY r.day, r.broker, r.company, r.ticker, r.action, r.rating, r.prior_rating, r.target_price,
         r.prior_target_price, r.currency
