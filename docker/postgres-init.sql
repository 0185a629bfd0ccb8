-- The lake's catalog (NEWSFLOW_STORE=ducklake:postgres:dbname=newsflow ...), beside Airflow's own database.
-- The postgres image runs this on its first start only; on an older volume:
--   docker compose exec postgres createdb -U airflow newsflow
CREATE DATABASE newsflow OWNER airflow;
