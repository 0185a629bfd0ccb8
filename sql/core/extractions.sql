-- Which articles each extractor version has read (an article may hold no metrics at all).
-- A new extractor version re-reads every article from its stored text and replaces the older rows.
CREATE TABLE IF NOT EXISTS core.extractions (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    metrics           INTEGER NOT NULL,
    rating_actions    INTEGER NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    error             VARCHAR,           -- the extractor failed on this article: why (no rows from it)
    PRIMARY KEY (article_id, extractor_version)
);
