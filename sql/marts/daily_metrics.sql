-- marts.daily_metrics: one row per figure per story and day. The same figure carried by several articles of a
-- story is one row, with the feeds that reported it (n_sources) and the articles (article_ids); modality and
-- attributed_to tell a broker's forecast from a reported figure.
-- A figure's entity is its entity_key, so copies that write one company differently (Tencent, 騰訊, 0700.HK)
-- are one row; entity and ticker show what the earliest article wrote. Rows without a key fall back to the
-- written entity and ticker. confidence: the highest among the articles carrying the figure.
-- $days: the days to build (UTC, by article publication time), or NULL for every day.
WITH newest AS (  -- each article's newest extraction (by when it ran: a version string does not sort)
    SELECT article_id, extractor_version FROM core.extractions
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY extracted_at DESC, extractor_version DESC) = 1
),
latest AS (  -- its rows only (none, when the newest extraction found none)
    SELECT x.* FROM core.metrics x JOIN newest USING (article_id, extractor_version)
),
facts AS (
    SELECT CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS day, a.cluster_id AS story, a.published_at, m.*,
           CASE WHEN m.entity_key IS NULL THEN m.entity END AS unkeyed_entity,  -- the fallback grouping
           CASE WHEN m.entity_key IS NULL THEN m.ticker END AS unkeyed_ticker
    FROM latest m JOIN core.articles a USING (article_id)
)
SELECT
    f.day, f.story,
    first(f.entity ORDER BY f.published_at, f.article_id, f.metric_seq) FILTER (WHERE f.entity IS NOT NULL)
                                                      AS entity,
    f.entity_key,
    first(f.ticker ORDER BY f.published_at, f.article_id, f.metric_seq) FILTER (WHERE f.ticker IS NOT NULL)
                                                      AS ticker,
    f.metric, f.value, f.low, f.high, f.prior_value, f.prior_low, f.prior_high, f.unit, f.period,
    mode(f.modality)                                  AS modality,  -- actual, forecast, target, guidance
    arg_min(f.attributed_to, f.published_at) FILTER (WHERE f.attributed_to IS NOT NULL) AS attributed_to,
    count(DISTINCT s.feed)                            AS n_sources,
    list(DISTINCT f.article_id ORDER BY f.article_id) AS article_ids,
    arg_min(f.evidence, f.published_at)               AS evidence,  -- as the first article worded it
    max(f.confidence)                                 AS confidence
FROM facts f LEFT JOIN core.article_sources s USING (article_id)
WHERE $days::DATE[] IS NULL OR list_contains($days::DATE[], f.day)
GROUP BY f.day, f.story, f.entity_key, f.unkeyed_entity, f.unkeyed_ticker, f.metric, f.value, f.low, f.high,
         f.prior_value, f.prior_low, f.prior_high, f.unit, f.period
