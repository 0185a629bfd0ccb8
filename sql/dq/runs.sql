-- One row per publish attempt: the gate's verdict and where its Data Docs are.
CREATE TABLE IF NOT EXISTS dq.runs (
    run_id           VARCHAR PRIMARY KEY,
    day              DATE,                   -- the day rebuilt; NULL when every day was rebuilt
    status           VARCHAR NOT NULL,       -- published | gate_failed
    blocking_failed  INTEGER NOT NULL,       -- blocking expectations that failed
    warnings         INTEGER NOT NULL,       -- warning expectations that failed
    data_docs        VARCHAR,                -- index.html of the Data Docs site
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ NOT NULL
);
