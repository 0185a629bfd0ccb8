-- One row per article, however many feeds and polls carried it.
CREATE TABLE IF NOT EXISTS core.articles (
    article_id             VARCHAR PRIMARY KEY,  -- hash of the canonical URL (or feed + guid without one)
    feed                   VARCHAR NOT NULL,     -- the feed it was first seen in
    url                    VARCHAR,              -- canonical: no tracking parameters or fragment
    title                  VARCHAR NOT NULL,
    body_text              VARCHAR NOT NULL,
    language               VARCHAR NOT NULL,     -- zh | en | und
    published_at           TIMESTAMPTZ NOT NULL, -- UTC
    published_at_estimated BOOLEAN NOT NULL,     -- the feed gave no plausible date: first_seen_at is used
    first_seen_at          TIMESTAMPTZ NOT NULL,
    content_hash           VARCHAR NOT NULL,
    cluster_id             VARCHAR NOT NULL,     -- the story it belongs to
    full_text              BOOLEAN NOT NULL,     -- body_text comes from the article page
    author                 VARCHAR,
    entry_key              VARCHAR NOT NULL,     -- raw.entries row it was built from
    loaded_at              TIMESTAMPTZ NOT NULL,
    truncated_chars        INTEGER               -- characters cut off a body longer than the limit
);
