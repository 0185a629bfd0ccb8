-- marts.target_consensus: per company, per day, per target currency, the brokers' consensus from every
-- rating action seen within the window ($window_days, NEWSFLOW_CONSENSUS_WINDOW_DAYS, default 90) up to
-- that day: each broker counts once, with its latest rating and its latest target (a note without a
-- target keeps the broker's earlier target). Targets in different currencies are never converted: a
-- broker is counted in the row of its target's currency (NULL: no target, a rating only).
-- Buckets: buy (buy, outperform, overweight), hold (hold, neutral, equal-weight, in-line, market/peer/
-- sector perform), sell (sell, underperform, underweight, reduce).
-- Changes are against the previous day this mart has: brokers new to the consensus, targets raised or
-- cut, ratings moved to a higher or lower bucket, and the median's move.
-- Days: every day an article was published on (UTC). The whole mart is built at every publish, whatever
-- days changed: a note changes every later day of its window.
WITH newest AS (  -- each article's newest extraction (by when it ran: a version string does not sort)
    SELECT article_id, extractor_version FROM core.extractions
    QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY extracted_at DESC, extractor_version DESC) = 1
),
notes AS (
    SELECT CAST(a.published_at AT TIME ZONE 'UTC' AS DATE) AS note_day, a.published_at, r.action_seq,
           coalesce(r.company_key, 'name:' || lower(r.company)) AS company_key, r.company, r.ticker,
           coalesce(r.broker_key, 'name:' || lower(r.broker)) AS broker_key, r.broker,
           r.rating, r.target_price, r.currency
    FROM core.rating_actions r JOIN newest USING (article_id, extractor_version)
    JOIN core.articles a USING (article_id)
    WHERE coalesce(r.company_key, r.company) IS NOT NULL AND coalesce(r.broker_key, r.broker) IS NOT NULL
),
days AS (
    SELECT day, lag(day) OVER (ORDER BY day) AS previous_day
    FROM (SELECT DISTINCT CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day FROM core.articles)
),
brokers AS (  -- each broker's standing on each company, on each day
    SELECT d.day, n.company_key, n.broker_key,
           arg_max(n.broker, (n.published_at, n.action_seq))  AS broker,
           arg_max(n.company, (n.published_at, n.action_seq)) AS company,
           arg_max(n.ticker, (n.published_at, n.action_seq)) FILTER (WHERE n.ticker IS NOT NULL) AS ticker,
           arg_max(n.rating, (n.published_at, n.action_seq)) FILTER (WHERE n.rating IS NOT NULL) AS rating,
           arg_max(n.target_price, (n.published_at, n.action_seq)) FILTER (WHERE n.target_price IS NOT NULL)
                                                                AS target_price,
           arg_max(n.currency, (n.published_at, n.action_seq)) FILTER (WHERE n.target_price IS NOT NULL)
                                                                AS currency,
           max(n.published_at)                                  AS as_of
    FROM days d JOIN notes n ON n.note_day BETWEEN d.day - ($window_days - 1) AND d.day
    GROUP BY d.day, n.company_key, n.broker_key
),
bucketed AS (
    SELECT *, CASE WHEN rating IN ('buy', 'outperform', 'overweight') THEN 3
                   WHEN rating IN ('hold', 'neutral', 'equal-weight', 'in-line', 'market perform', 'peer perform',
                                   'sector perform') THEN 2
                   WHEN rating IN ('sell', 'underperform', 'underweight', 'reduce') THEN 1 END AS bucket
    FROM brokers
),
moves AS (  -- each broker against its own standing on the previous day
    SELECT t.day, t.company_key, t.currency,
           count(*) FILTER (WHERE y.broker_key IS NULL)                   AS new_brokers,
           count(*) FILTER (WHERE t.target_price > y.target_price)       AS targets_raised,
           count(*) FILTER (WHERE t.target_price < y.target_price)       AS targets_cut,
           count(*) FILTER (WHERE t.bucket > y.bucket)                   AS upgrades,
           count(*) FILTER (WHERE t.bucket < y.bucket)                   AS downgrades
    FROM bucketed t JOIN days d USING (day)
    LEFT JOIN bucketed y ON y.day = d.previous_day AND y.company_key = t.company_key
                        AND y.broker_key = t.broker_key AND y.currency IS NOT DISTINCT FROM t.currency
    GROUP BY t.day, t.company_key, t.currency
),
consensus AS (
    SELECT day, company_key, currency,
           arg_max(company, as_of)                           AS company,
           arg_max(ticker, as_of) FILTER (WHERE ticker IS NOT NULL) AS ticker,
           count(*)                                          AS n_brokers,
           count(target_price)                               AS n_targets,
           median(target_price)                              AS target_median,
           avg(target_price)                                 AS target_mean,
           max(target_price)                                 AS target_high,
           min(target_price)                                 AS target_low,
           count(*) FILTER (WHERE bucket = 3)                AS n_buy,
           count(*) FILTER (WHERE bucket = 2)                AS n_hold,
           count(*) FILTER (WHERE bucket = 1)                AS n_sell,
           list({'broker': broker, 'rating': rating, 'target_price': target_price, 'as_of': as_of}
                ORDER BY broker)                             AS brokers
    FROM bucketed GROUP BY day, company_key, currency
)
SELECT c.day, c.company, c.company_key, c.ticker, c.currency, c.n_brokers, c.n_targets,
       c.target_median, c.target_mean, c.target_high, c.target_low, c.n_buy, c.n_hold, c.n_sell, c.brokers,
       m.new_brokers, m.targets_raised, m.targets_cut, m.upgrades, m.downgrades,
       c.target_median - p.target_median                     AS target_median_change
FROM consensus c JOIN days d USING (day)
JOIN moves m ON m.day = c.day AND m.company_key = c.company_key AND m.currency IS NOT DISTINCT FROM c.currency
LEFT JOIN consensus p ON p.day = d.previous_day AND p.company_key = c.company_key
                     AND p.currency IS NOT DISTINCT FROM c.currency
