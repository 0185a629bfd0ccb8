-- Key metrics extracted from articles (one row per value expression). Spans index into
-- title || '\n\n' || body_text of the article; evidence is the sentence that holds the value.
CREATE TABLE IF NOT EXISTS core.metrics (
    article_id        VARCHAR NOT NULL,
    metric            VARCHAR,               -- NULL: an amount whose metric the text does not tell
    value             DOUBLE,
    low               DOUBLE,
    high              DOUBLE,
    prior_value       DOUBLE,
    prior_low         DOUBLE,
    prior_high        DOUBLE,
    unit              VARCHAR,
    period            VARCHAR,
    basis             VARCHAR,
    modality          VARCHAR,
    entity            VARCHAR,
    ticker            VARCHAR,
    attributed_to     VARCHAR,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL,
    metric_seq        INTEGER NOT NULL,      -- order within the article
    PRIMARY KEY (article_id, extractor_version, metric_seq)
);
