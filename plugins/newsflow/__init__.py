"""newsflow: financial news feeds (English and Chinese) into clean, queryable facts in DuckDB."""

import logging
import os

__version__ = "0.1.0"

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# NEWSFLOW_LOG_LEVEL: the level of newsflow's own loggers wherever the package runs, so a task log can be made
# quieter (WARNING) without touching Airflow's level; Airflow's [logging] namespace_levels did not filter
# standard-library loggers in our tests. The CLI shows these lines only when asked (newsflow.cli).
if (_level := os.environ.get("NEWSFLOW_LOG_LEVEL", "").strip().upper()) in LOG_LEVELS:
    logging.getLogger(__name__).setLevel(_level)
