-- Key metrics extracted from articles (one row per value expression). Spans index into
-- title || '\n\n' || body_text of the article; evidence is the sentence that holds the value.
-- entity is the name as the article writes it; entity_key is one key per entity across names, scripts
-- and codes (腾讯控股, 騰訊, Tencent, 0700.HK), so the marts group by it.
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
    entity_key        VARCHAR,               -- NULL: the extractor could not name the entity canonically
    confidence        DOUBLE,                -- 0-1, the extractor's; NULL: extracted before it was recorded
    PRIMARY KEY (article_id, extractor_version, metric_seq)
);
