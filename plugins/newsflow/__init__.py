"""newsflow: financial news feeds (English and Chinese) into clean, queryable facts in DuckDB."""

__version__ = "0.1.0"
