-- What parsing each fetched feed body gave; a fetch with a row here has been processed.
CREATE TABLE IF NOT EXISTS raw.feed_parses (
    fetch_id     VARCHAR PRIMARY KEY,
    feed         VARCHAR NOT NULL,
    version      VARCHAR,                -- rss20, atom10, rss10, ...; NULL when not a feed
    encoding     VARCHAR,
    bozo         BOOLEAN NOT NULL,       -- malformed; its entries are kept
    bozo_reason  VARCHAR,
    entries      INTEGER NOT NULL,
    new_entries  INTEGER NOT NULL,
    error        VARCHAR,                -- set when the body is not a feed at all
    parsed_at    TIMESTAMPTZ NOT NULL
);
