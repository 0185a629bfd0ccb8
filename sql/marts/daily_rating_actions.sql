-- marts.daily_rating_actions: one row per distinct analyst action per day, with the feeds that reported it.
-- Broker and company are their keys (broker_key, company_key), so copies that write them differently are one
-- row; broker, company and ticker show what the earliest article wrote. Without a key the written name (and
-- for a company its ticker) stands in. confidence: the highest among the articles carrying the action.
-- $days: the days to build (UTC, by article publication time), or NULL for every day.
WITH newest AS (  -- each article's newest extraction (by when it ran: a version string does not sort)
    SELECT article_id, extractor_version FROM core.extractions
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY extracted_at DESC, extractor_version DESC) = 1
),
latest AS (  -- its rows only (none, when the newest extraction found none)
    SELECT x.* FROM core.rating_actions x JOIN newest USING (article_id, extractor_version)
),
actions AS (
    SELECT CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS day, a.published_at, r.*,
           CASE WHEN r.broker_key IS NULL THEN r.broker END   AS unkeyed_broker,  -- the fallback grouping
           CASE WHEN r.company_key IS NULL THEN r.company END AS unkeyed_company,
           CASE WHEN r.company_key IS NULL THEN r.ticker END  AS unkeyed_ticker
    FROM latest r JOIN core.articles a USING (article_id)
)
SELECT
    r.day,
    first(r.broker ORDER BY r.published_at, r.article_id, r.action_seq) FILTER (WHERE r.broker IS NOT NULL)
                                                      AS broker,
    r.broker_key,
    first(r.company ORDER BY r.published_at, r.article_id, r.action_seq) FILTER (WHERE r.company IS NOT NULL)
                                                      AS company,
    r.company_key,
    first(r.ticker ORDER BY r.published_at, r.article_id, r.action_seq) FILTER (WHERE r.ticker IS NOT NULL)
                                                      AS ticker,
    r.action, r.rating, r.prior_rating, r.target_price, r.prior_target_price, r.currency,
    count(DISTINCT s.feed)                            AS n_sources,
    list(DISTINCT r.article_id ORDER BY r.article_id) AS article_ids,
    max(r.confidence)                                 AS confidence
FROM actions r LEFT JOIN core.article_sources s USING (article_id)
WHERE $days::DATE[] IS NULL OR list_contains($days::DATE[], r.day)
GROUP BY r.day, r.broker_key, r.unkeyed_broker, r.company_key, r.unkeyed_company, r.unkeyed_ticker, r.action,
         r.rating, r.prior_rating, r.target_price, r.prior_target_price, r.currency
