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
    error        VARCHAR,                -- set when the body is not a feed, or could not be parsed at all
    parsed_at    TIMESTAMPTZ NOT NULL,
    rejected        INTEGER DEFAULT 0,      -- entries that could not be read (core.rejected_entries)
    entries_dropped INTEGER DEFAULT 0,      -- older entries beyond the per-fetch limit, not stored
    quarantined     BOOLEAN DEFAULT false   -- parsing failed: set aside with its error (`newsflow replay`)
);
