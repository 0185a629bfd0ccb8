-- marts.daily_feed_health: per day (UTC, by fetch time) and feed, how polling went and what it brought.
-- duplicate_rate: share of the feed's entries that carried an article already known (syndication, re-posts).
-- quarantined: fetched bodies that could not be parsed, set aside (`newsflow replay` after a fix);
-- entries_dropped: older entries beyond the per-fetch limit.
-- $days: the days to build (UTC, by fetch time), or NULL for every day.
WITH polls AS (
    SELECT CAST(f.fetched_at AT TIME ZONE 'UTC' AS DATE) AS day, f.*, p.entries AS parsed_entries,
           p.quarantined, p.entries_dropped
    FROM raw.fetches f LEFT JOIN raw.feed_parses p USING (fetch_id)
    WHERE f.kind = 'feed'
),
fetch_stats AS (
    SELECT
        day, feed,
        count(*)                                                        AS fetches,
        count(*) FILTER (WHERE outcome = 'not_modified')                AS not_modified,
        count(*) FILTER (WHERE outcome = 'failed')                      AS failures,
        arg_max(error, fetched_at) FILTER (WHERE outcome = 'failed')    AS last_error,
        coalesce(sum(parsed_entries), 0)::BIGINT                        AS entries,
        median(elapsed_ms)                                              AS median_latency_ms,
        count(*) FILTER (WHERE quarantined)                             AS quarantined,
        coalesce(sum(entries_dropped), 0)::BIGINT                       AS entries_dropped
    FROM polls
    GROUP BY day, feed
),
arrivals AS (
    SELECT
        CAST(s.first_seen_at AT TIME ZONE 'UTC' AS DATE) AS day, s.feed,
        count(*)                                        AS carried,
        count(*) FILTER (WHERE a.entry_key = s.entry_key) AS new_articles
    FROM core.article_sources s JOIN core.articles a USING (article_id)
    GROUP BY ALL
)
SELECT
    f.day, f.feed, f.fetches, f.not_modified, f.failures, f.last_error, f.entries,
    coalesce(r.new_articles, 0)                                                  AS new_articles,
    CASE WHEN r.carried > 0 THEN round(1 - r.new_articles / r.carried, 4) END  AS duplicate_rate,
    f.median_latency_ms, f.quarantined, f.entries_dropped
FROM fetch_stats f LEFT JOIN arrivals r USING (day, feed)
WHERE $days::DATE[] IS NULL OR list_contains($days::DATE[], f.day)
