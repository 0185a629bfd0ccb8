-- Source rows that broke a warning expectation. They stay in core and in the marts; this says which and why.
CREATE TABLE IF NOT EXISTS dq.flagged_rows (
    table_name  VARCHAR NOT NULL,            -- core.articles | core.metrics | core.rating_actions
    row_key     VARCHAR NOT NULL,            -- the row's primary key, '|'-joined
    expectation VARCHAR NOT NULL,
    detail      JSON NOT NULL,               -- the row's checked values
    run_id      VARCHAR NOT NULL,            -- the first run that flagged it
    flagged_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (table_name, row_key, expectation)
);
