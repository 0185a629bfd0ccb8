-- Key metrics extracted from articles (one row per value expression).
CREATE TABLE IF NOT EXISTS core.metrics (
    article_id        VARCHAR NOT NULL,
    metric            VARCHAR NOT NULL,
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
    PRIMARY KEY (article_id, extractor_version, span_start, span_end, metric)
);
