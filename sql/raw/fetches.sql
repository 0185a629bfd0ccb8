-- One row per HTTP exchange (feeds and full-text pages), whatever its outcome.
CREATE TABLE IF NOT EXISTS raw.fetches (
    fetch_id      VARCHAR PRIMARY KEY,
    run_id        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,      -- feed | page | robots (a site's robots.txt)
    feed          VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    final_url     VARCHAR,               -- after redirects
    outcome       VARCHAR NOT NULL,      -- ok | not_modified | failed
    status        INTEGER,               -- HTTP status; NULL when no response arrived
    error         VARCHAR,               -- why it failed, in words
    bytes         BIGINT NOT NULL,
    content_type  VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    body_sha256   VARCHAR,               -- the archived body: $NEWSFLOW_HOME/archive/ab/cd/<sha>.gz
    elapsed_ms    INTEGER,
    fetched_at    TIMESTAMPTZ NOT NULL,
    feed_settings VARCHAR                -- kind feed: how its body is read (JSON: language, timezone, full_text),
                                         -- as the feed was configured in the run that fetched it
);
