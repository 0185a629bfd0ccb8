-- Each distinct version of a feed entry, as received (a repeat on a later poll adds nothing).
CREATE TABLE IF NOT EXISTS raw.entries (
    entry_key     VARCHAR PRIMARY KEY,   -- hash of feed, guid/link and content
    feed          VARCHAR NOT NULL,
    fetch_id      VARCHAR NOT NULL,      -- the fetch it first arrived in
    guid          VARCHAR,
    link          VARCHAR,
    title         VARCHAR,
    summary_html  VARCHAR,
    content_html  VARCHAR,
    author        VARCHAR,
    published_raw VARCHAR,
    entry_json    JSON NOT NULL,         -- the whole entry as feedparser gave it, less the texts in the columns above
    received_at   TIMESTAMPTZ NOT NULL
);
