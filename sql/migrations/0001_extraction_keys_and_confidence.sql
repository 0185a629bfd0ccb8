-- Entity keys and the extractor's confidence (see sql/core/metrics.sql and rating_actions.sql).
-- Rows extracted before keep NULL until a new extractor version re-reads their articles.
ALTER TABLE core.metrics ADD COLUMN IF NOT EXISTS entity_key VARCHAR;
ALTER TABLE core.metrics ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE core.rating_actions ADD COLUMN IF NOT EXISTS company_key VARCHAR;
ALTER TABLE core.rating_actions ADD COLUMN IF NOT EXISTS broker_key VARCHAR;
ALTER TABLE core.rating_actions ADD COLUMN IF NOT EXISTS confidence DOUBLE;
