-- Isolation and bounds (docs/reliability.md): quarantined fetches, entries over the limit, truncated
-- bodies, extractor failures. Earlier rows take the defaults: nothing was quarantined, dropped or cut.
ALTER TABLE raw.feed_parses ADD COLUMN IF NOT EXISTS rejected INTEGER DEFAULT 0;
ALTER TABLE raw.feed_parses ADD COLUMN IF NOT EXISTS entries_dropped INTEGER DEFAULT 0;
ALTER TABLE raw.feed_parses ADD COLUMN IF NOT EXISTS quarantined BOOLEAN DEFAULT false;
ALTER TABLE core.articles ADD COLUMN IF NOT EXISTS truncated_chars INTEGER;
ALTER TABLE core.extractions ADD COLUMN IF NOT EXISTS error VARCHAR;
