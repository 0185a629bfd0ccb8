-- One row per expectation per quality run: what was checked, how it went, and a sample of offending rows.
CREATE TABLE IF NOT EXISTS dq.results (
    run_id            VARCHAR NOT NULL,
    suite             VARCHAR NOT NULL,      -- core_articles, core_metrics, ..., marts_daily_metrics, sources, feeds
    suite_version     VARCHAR NOT NULL,      -- newsflow.quality.SUITE_VERSION when the run happened
    expectation       VARCHAR NOT NULL,      -- stable name, e.g. metric_unit_in_vocabulary
    expectation_type  VARCHAR NOT NULL,      -- the Great Expectations class, e.g. expect_column_values_to_be_in_set
    severity          VARCHAR NOT NULL,      -- blocking | warning
    success           BOOLEAN NOT NULL,
    observed_value    VARCHAR,               -- JSON
    element_count     BIGINT,
    unexpected_count  BIGINT,
    unexpected_sample JSON,                  -- up to 5 offending rows (key columns and the checked value)
    checked_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, suite, expectation)
);
