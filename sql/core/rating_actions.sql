-- Analyst rating actions extracted from articles.
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
    PRIMARY KEY (article_id, extractor_version, action_seq)
);
