-- Entries that could not become articles, with the reason; nothing is dropped silently.
CREATE TABLE IF NOT EXISTS core.rejected_entries (
    entry_key   VARCHAR PRIMARY KEY,
    feed        VARCHAR NOT NULL,
    fetch_id    VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    rejected_at TIMESTAMPTZ NOT NULL
);
