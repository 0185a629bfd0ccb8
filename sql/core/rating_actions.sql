-- Analyst rating actions extracted from articles. broker and company are written as the article writes
-- them; broker_key and company_key name each entity canonically (see core.metrics.entity_key).
CREATE TABLE IF NOT EXISTS core.rating_actions (
    article_id         VARCHAR NOT NULL,
    broker             VARCHAR,
    company            VARCHAR,
    ticker             VARCHAR,
    action             VARCHAR,
    rating             VARCHAR,
    prior_rating       VARCHAR,
    target_price       DOUBLE,
    prior_target_price DOUBLE,
    currency           VARCHAR,
    evidence           VARCHAR,
    extractor_version  VARCHAR NOT NULL,
    action_seq         INTEGER NOT NULL,      -- order within the article
    company_key        VARCHAR,
    broker_key         VARCHAR,
    confidence         DOUBLE,                -- 0-1, the extractor's; NULL: extracted before it was recorded
    PRIMARY KEY (article_id, extractor_version, action_seq)
);
