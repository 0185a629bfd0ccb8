-- The settings a fetched feed body is read with (language hint, timezone, full text), recorded by the run
-- that fetched it: a process run whose config does not name that feed (removed since, or another writer's
-- shard on a lake) reads it as configured (docs/scale-out.md). Earlier fetches have none: read as before.
ALTER TABLE raw.fetches ADD COLUMN IF NOT EXISTS feed_settings VARCHAR;
