"""The Airflow assets that connect the DAGs. Names and URIs are part of the public contract: keep them stable.

    feeds changed ──▶ news_ingest ──▶ raw fetched ──▶ news_process ──▶ articles loaded ──▶ news_publish
                           └── run by pushes alone: no news_process run ──────┘

FEEDS_CHANGED is watched: FeedChangeTrigger (triggers.py) emits its events when a feed has new entries.
The other two are produced by tasks, which attach their report as the event's `extra`. news_ingest's task
on a DuckDB file emits through INGESTED, an alias: RAW_FETCHED as a rule, ARTICLES_LOADED when it processed
what pushes brought itself (`newsflow.dag_tasks.ingest_task`).
"""

from __future__ import annotations

from airflow.sdk import Asset, AssetAlias

GROUP = "newsflow"

FEEDS_CHANGED = Asset(name="newsflow.feeds_changed", uri="newsflow://feeds/changed", group=GROUP)
RAW_FETCHED = Asset(name="newsflow.raw_fetched", uri="newsflow://raw/fetches", group=GROUP)
ARTICLES_LOADED = Asset(name="newsflow.articles_loaded", uri="newsflow://core/articles", group=GROUP)

INGESTED = AssetAlias(name="newsflow.ingested", group=GROUP)
