-- Every feed entry that carried an article: the feeds it came from, under which link, and when.
CREATE TABLE IF NOT EXISTS core.article_sources (
    article_id    VARCHAR NOT NULL,
    entry_key     VARCHAR NOT NULL,
    feed          VARCHAR NOT NULL,
    url           VARCHAR,               -- canonical form of the entry's link
    source_url    VARCHAR,               -- the link as the feed wrote it
    guid          VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, entry_key)
);
