"""The data-quality gate: Great Expectations suites over the core tables and the staged marts.

Every expectation has a stable name and a severity:
- blocking: our integrity (ids, references, vocabularies, finite numbers, confidences within 0-1, unique
  mart keys). One failure stops the publish; the previous marts stay.
- warning: the sources and the extractor's reach (dates in the future, empty full text, implausible
  percentages, entities without a key, volume, freshness, failing feeds). They alert; the offending rows are
  recorded in `dq.flagged_rows` and stay in the marts.

The frames are written from DuckDB to Parquet with `export_frames` (under the store's lock), then validated
by `validate` with no database open, so GX's seconds of work never hold the file, a part at a time, so
memory stays flat however many rows changed. Suites live here, in code, versioned by
SUITE_VERSION; bump it when an expectation or threshold changes meaning.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from . import store
from .marts import MART_KEYS, MARTS, WHOLE_MARTS

SUITE_VERSION = "2"
BLOCKING, WARNING = "blocking", "warning"
SAMPLE_ROWS = 5
CHUNK_ROWS = 100_000  # rows of a frame validated at once (Settings.dq_chunk_rows)
DATA_DOCS_SITE = "newsflow"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Thresholds:
    """Limits of the warning expectations; each can be set by an environment variable."""

    future_tolerance_hours: float = 2.0  # NEWSFLOW_DQ_FUTURE_HOURS: published_at may run ahead of the clock
    percent_min: float = -100.0  # NEWSFLOW_DQ_PERCENT_MIN
    percent_max: float = 1000.0  # NEWSFLOW_DQ_PERCENT_MAX
    volume_ratio_min: float = 0.3  # NEWSFLOW_DQ_VOLUME_RATIO: of the trailing 7-day median
    freshness_hours: float = 24.0  # NEWSFLOW_DQ_FRESHNESS_HOURS: newest article at most this old
    feed_failure_runs: int = 3  # NEWSFLOW_DQ_FEED_FAILURES: consecutive failed fetches before a feed alerts

    @classmethod
    def from_env(cls) -> Thresholds:
        names = {"future_tolerance_hours": "FUTURE_HOURS", "percent_min": "PERCENT_MIN",
                 "percent_max": "PERCENT_MAX", "volume_ratio_min": "VOLUME_RATIO",
                 "freshness_hours": "FRESHNESS_HOURS", "feed_failure_runs": "FEED_FAILURES"}
        values = {}
        for attr, suffix in names.items():
            raw = os.environ.get(f"NEWSFLOW_DQ_{suffix}")
            if raw is not None:
                values[attr] = type(getattr(cls, attr))(raw)
        return cls(**values)


def metric_units() -> frozenset[str]:
    """The units the extractor can write."""
    from .extract import vocabulary

    return vocabulary()["units"]


def rating_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(ratings, actions) the extractor can write."""
    from .extract import vocabulary

    words = vocabulary()
    return words["ratings"], words["actions"]


# The confidence column of a frame, for its 0-1 range check. A NaN would reach pandas as a missing value,
# which the check skips, so it is shown as infinity and fails.
CONFIDENCE = "CASE WHEN isnan(confidence) THEN 'inf'::DOUBLE ELSE confidence END AS confidence"
CONFIDENCE_MARTS = ("daily_metrics", "daily_rating_actions")


@dataclass(frozen=True)
class Suite:
    name: str
    sql: str  # the frame; parameters $as_of, $day, $since and $days, {stage} for the staging schema
    keys: tuple[str, ...]  # identify a row in samples and flags
    table: str | None = None  # source table whose rows are flagged on warnings


CONSENSUS_COLUMNS = ("n_brokers", "target_low", "target_median", "target_high")


def _mart_suite(name: str) -> Suite:
    columns = [*MART_KEYS[name], *([CONFIDENCE] if name in CONFIDENCE_MARTS else []),
               *(CONSENSUS_COLUMNS if name == "target_consensus" else [])]
    where = "" if name in WHOLE_MARTS else "WHERE $days::DATE[] IS NULL OR list_contains($days::DATE[], day)"
    return Suite(f"marts_{name}", f"SELECT {', '.join(columns)} FROM {{stage}}.{name} {where}", MART_KEYS[name])


SUITES: tuple[Suite, ...] = (
    Suite("core_articles", """
        SELECT a.article_id, a.feed, a.title,
               date_diff('second', $as_of::TIMESTAMPTZ, a.published_at) / 3600.0 AS hours_ahead,
               CASE WHEN a.feed IN (SELECT feed FROM raw.fetches WHERE kind = 'page')  -- a full-text feed
                    THEN CASE WHEN a.full_text THEN length(trim(a.body_text)) ELSE 0 END END AS full_text_chars
        FROM core.articles a
        WHERE $since::TIMESTAMPTZ IS NULL OR a.loaded_at >= $since::TIMESTAMPTZ""", ("article_id",), "core.articles"),
    Suite("core_metrics", f"""
        SELECT m.article_id, m.extractor_version, m.metric_seq, m.span_start, m.span_end, m.metric, m.value, m.low, m.high,
               m.prior_value, m.unit, {CONFIDENCE},
               CASE WHEN m.entity_key IS NULL THEN m.entity END AS entity_without_key,
               a.article_id IS NOT NULL AS article_exists,
               coalesce(isfinite(m.value), true) AND coalesce(isfinite(m.low), true)
                   AND coalesce(isfinite(m.high), true) AND coalesce(isfinite(m.prior_value), true)
                   AND coalesce(isfinite(m.prior_low), true) AND coalesce(isfinite(m.prior_high), true)
                   AS numbers_finite,
               CASE WHEN m.unit = '%' THEN  -- the number farthest from zero among all the row's numbers
                   (SELECT v FROM unnest([m.value, m.low, m.high, m.prior_value, m.prior_low, m.prior_high]) t(v)
                    ORDER BY abs(v) DESC NULLS LAST LIMIT 1) END AS percent_value
        FROM core.metrics m LEFT JOIN core.articles a ON a.article_id = m.article_id
        WHERE $since::TIMESTAMPTZ IS NULL OR m.article_id IN (
            SELECT article_id FROM core.extractions WHERE extracted_at >= $since::TIMESTAMPTZ)""",
          ("article_id", "extractor_version", "metric_seq"), "core.metrics"),
    Suite("core_rating_actions", f"""
        SELECT r.article_id, r.extractor_version, r.action_seq, r.broker, r.company, r.action, r.rating,
               r.prior_rating, r.target_price, r.prior_target_price, r.currency, {CONFIDENCE},
               a.article_id IS NOT NULL AS article_exists,
               coalesce(isfinite(r.target_price), true) AND coalesce(isfinite(r.prior_target_price), true)
                   AS prices_finite
        FROM core.rating_actions r LEFT JOIN core.articles a ON a.article_id = r.article_id
        WHERE $since::TIMESTAMPTZ IS NULL OR r.article_id IN (
            SELECT article_id FROM core.extractions WHERE extracted_at >= $since::TIMESTAMPTZ)""",
          ("article_id", "extractor_version", "action_seq"), "core.rating_actions"),
    *(_mart_suite(name) for name in MARTS),
    Suite("sources", """
        WITH arrivals AS (
            SELECT CAST(first_seen_at AT TIME ZONE 'UTC' AS DATE) AS day, count(*) AS n FROM core.articles GROUP BY 1
        ),
        baseline AS (  -- the 7 days before, days without articles counting as 0
            SELECT median(coalesce(n, 0)) AS median_articles
            FROM generate_series($day::DATE - INTERVAL 7 DAY, $day::DATE - INTERVAL 1 DAY, INTERVAL 1 DAY) g(d)
            LEFT JOIN arrivals ON arrivals.day = CAST(g.d AS DATE)
        ),
        elapsed AS (  -- share of the day gone by at $as_of: a day in progress is compared pro rata
            SELECT least(1.0, greatest(date_diff('second', $day::DATE::TIMESTAMP AT TIME ZONE 'UTC',
                                                 $as_of::TIMESTAMPTZ) / 86400.0, 1 / 24.0)) AS share
        )
        SELECT $day::DATE AS day,
               coalesce((SELECT n FROM arrivals WHERE arrivals.day = $day::DATE), 0) AS day_articles,
               (SELECT median_articles FROM baseline) AS baseline_median,
               CASE WHEN (SELECT median_articles FROM baseline) > 0
                    THEN coalesce((SELECT n FROM arrivals WHERE arrivals.day = $day::DATE), 0)
                         / ((SELECT median_articles FROM baseline) * (SELECT share FROM elapsed)) END AS volume_ratio,
               date_diff('second', (SELECT max(published_at) FROM core.articles), $as_of::TIMESTAMPTZ) / 3600.0
                   AS newest_age_hours""", ("day",)),
    Suite("feeds", """
        WITH polls AS (
            SELECT feed, outcome, error, fetched_at,
                   count(*) FILTER (WHERE outcome <> 'failed')
                       OVER (PARTITION BY feed ORDER BY fetched_at DESC ROWS UNBOUNDED PRECEDING) AS successes_since
            FROM raw.fetches WHERE kind = 'feed'
        )
        SELECT feed,
               count(*) FILTER (WHERE successes_since = 0) AS consecutive_failures,
               arg_max(error, fetched_at) FILTER (WHERE outcome = 'failed') AS last_error,
               max(fetched_at) FILTER (WHERE outcome <> 'failed') AS last_success_at
        FROM polls
        GROUP BY feed
        HAVING max(fetched_at) >= (SELECT max(fetched_at) FROM raw.fetches WHERE kind = 'feed') - INTERVAL 1 DAY
        ORDER BY feed""", ("feed",)),
)


def import_great_expectations():
    """The `great_expectations` module, its chatter kept out of the logs and its warnings and errors in.

    At INFO, importing GX and running the gate write some 220 lines into the publish task's log ("Skipping
    registering function ... because it does not have a class", "Multiple declarations of metric ...",
    "Created temporary directory ..."), most of them while GX is imported: so its logger is set to WARNING
    first. A level someone gave the `great_expectations` logger (to debug GX) is kept."""
    gx_logger = logging.getLogger("great_expectations")
    if gx_logger.level == logging.NOTSET:
        gx_logger.setLevel(logging.WARNING)
    import great_expectations

    # the one GX module that sets its own logger to INFO on import: make it follow the others
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.NOTSET)
    return great_expectations


def _expectations(th: Thresholds) -> dict[str, list[tuple[str, str, Any]]]:
    """Suite name -> [(expectation name, severity, GX expectation)]."""
    E = import_great_expectations().expectations

    units = sorted(metric_units())
    ratings, actions = sorted(rating_vocabulary()[0]), sorted(rating_vocabulary()[1])
    in_set, between = E.ExpectColumnValuesToBeInSet, E.ExpectColumnValuesToBeBetween
    not_null = E.ExpectColumnValuesToNotBeNull
    checks: dict[str, list[tuple[str, str, Any]]] = {
        "core_articles": [
            ("article_id_not_null", BLOCKING, not_null(column="article_id")),
            ("article_id_unique", BLOCKING, E.ExpectColumnValuesToBeUnique(column="article_id")),
            ("published_at_not_in_future", WARNING,
             between(column="hours_ahead", max_value=th.future_tolerance_hours)),
            ("full_text_body_not_empty", WARNING, between(column="full_text_chars", min_value=1)),
        ],
        "core_metrics": [
            ("metric_article_exists", BLOCKING, in_set(column="article_exists", value_set=[True])),
            ("metric_unit_in_vocabulary", BLOCKING, in_set(column="unit", value_set=units)),
            ("metric_values_finite", BLOCKING, in_set(column="numbers_finite", value_set=[True])),
            ("metric_range_ordered", BLOCKING, E.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="high", column_B="low", or_equal=True, ignore_row_if="either_value_is_missing")),
            ("metric_confidence_in_range", BLOCKING, between(column="confidence", min_value=0, max_value=1)),
            ("metric_percent_plausible", WARNING, between(
                column="percent_value", min_value=th.percent_min, max_value=th.percent_max)),
            # a named entity the extractor could not key is counted apart from its other spellings in the marts
            ("metric_entity_keyed", WARNING, E.ExpectColumnValuesToBeNull(column="entity_without_key")),
        ],
        "core_rating_actions": [
            ("rating_article_exists", BLOCKING, in_set(column="article_exists", value_set=[True])),
            ("rating_in_vocabulary", BLOCKING, in_set(column="rating", value_set=ratings)),
            ("prior_rating_in_vocabulary", BLOCKING,
             in_set(column="prior_rating", value_set=ratings)),
            ("rating_action_in_vocabulary", BLOCKING,
             in_set(column="action", value_set=actions)),
            ("target_price_positive", BLOCKING,
             between(column="target_price", min_value=0, strict_min=True)),
            ("prior_target_price_positive", BLOCKING,
             between(column="prior_target_price", min_value=0, strict_min=True)),
            ("rating_prices_finite", BLOCKING, in_set(column="prices_finite", value_set=[True])),
            ("rating_confidence_in_range", BLOCKING, between(column="confidence", min_value=0, max_value=1)),
        ],
        "sources": [
            ("article_volume_normal", WARNING,
             between(column="volume_ratio", min_value=th.volume_ratio_min)),
            ("articles_fresh", WARNING, between(column="newest_age_hours",
                                                                         max_value=th.freshness_hours)),
        ],
        "feeds": [
            ("feed_not_failing", WARNING, between(
                column="consecutive_failures", max_value=th.feed_failure_runs - 1)),
        ],
    }
    for name in MARTS:
        checks[f"marts_{name}"] = [
            (f"{name}_key_unique", BLOCKING, E.ExpectCompoundColumnsToBeUnique(
                column_list=list(MART_KEYS[name]), ignore_row_if="never")),
            (f"{name}_day_not_null", BLOCKING, not_null(column="day")),
        ]
    for name in CONFIDENCE_MARTS:
        checks[f"marts_{name}"].append(
            (f"{name}_confidence_in_range", BLOCKING, between(column="confidence", min_value=0, max_value=1)))
    ordered = E.ExpectColumnPairValuesAToBeGreaterThanB
    checks["marts_target_consensus"] += [
        ("consensus_has_brokers", BLOCKING, between(column="n_brokers", min_value=1)),
        ("consensus_median_not_below_low", BLOCKING, ordered(
            column_A="target_median", column_B="target_low", or_equal=True, ignore_row_if="either_value_is_missing")),
        ("consensus_high_not_below_median", BLOCKING, ordered(
            column_A="target_high", column_B="target_median", or_equal=True, ignore_row_if="either_value_is_missing")),
    ]
    return checks


@dataclass
class ExpectationResult:
    suite: str
    expectation: str
    expectation_type: str
    severity: str
    success: bool
    observed_value: Any = None
    element_count: int | None = None
    unexpected_count: int | None = None
    sample: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def add(self, part: ExpectationResult) -> ExpectationResult:
        """This result and the same expectation's result on another part of the frame, as one."""
        def total(a: int | None, b: int | None) -> int | None:
            return None if a is None and b is None else (a or 0) + (b or 0)

        return replace(self, success=self.success and part.success,
                       observed_value=self.observed_value if self.observed_value == part.observed_value else None,
                       element_count=total(self.element_count, part.element_count),
                       unexpected_count=total(self.unexpected_count, part.unexpected_count),
                       sample=(self.sample + part.sample)[:SAMPLE_ROWS])


@dataclass
class GateOutcome:
    run_id: str
    results: list[ExpectationResult]
    data_docs: Path | None
    flags: list[dict] = field(default_factory=list)  # rows for dq.flagged_rows

    @property
    def passed(self) -> bool:
        return not self.blocking_failures

    @property
    def blocking_failures(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.severity == BLOCKING and not r.success]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.severity == WARNING and not r.success]


def export_frames(con: duckdb.DuckDBPyConnection, stage: str, day: date, as_of: datetime, folder: Path,
                  since: datetime | None = None, mart_days: dict[str, list[date] | None] | None = None) -> None:
    """Every suite's frame written to `folder` as `<suite>.parquet`. With `since` (the last published run),
    the core suites check only the rows loaded or read since, and each mart suite only the days it rebuilt
    (`mart_days`): the rest passed the gate before and has not changed. DuckDB streams the rows to disk, so
    the database is held for a few seconds and the frames are never in memory together."""
    for suite in SUITES:
        sql = suite.sql.replace("{stage}", stage)
        days = (mart_days or {}).get(suite.name.removeprefix("marts_"))
        values = {"as_of": as_of, "day": day, "since": since, "days": days}
        target = store.literal(str(folder / f"{suite.name}.parquet"))
        con.execute(f"COPY ({sql}) TO {target} (FORMAT parquet)",
                    {k: v for k, v in values.items() if re.search(rf"\${k}\b", sql)})


def _parts(folder: Path, suite: Suite, chunk_rows: int) -> Iterator[tuple[int, int, Any]]:
    """(part, parts, pandas DataFrame) of a suite's frame, at most about `chunk_rows` rows each. Rows are
    parted by a hash of the suite's keys, so rows with the same key share a part and "unique" is checked
    whole; each part is in key order."""
    source = store.literal(str(folder / f"{suite.name}.parquet"))
    config = {"memory_limit": "256MB", "temp_directory": str(folder / "spill"), "threads": 1}
    with closing(duckdb.connect(config=config)) as con:
        rows = con.execute(f"SELECT count(*) FROM read_parquet({source})").fetchone()[0]
        parts = max(1, -(-rows // chunk_rows))
        keys = ", ".join(suite.keys)
        for part in range(parts):
            where = f"WHERE hash({keys}) % {parts} = {part}" if parts > 1 else ""
            yield part, parts, con.execute(f"SELECT * FROM read_parquet({source}) {where} ORDER BY {keys}").df()


def validate(folder: Path, run_id: str, docs_dir: Path | None, thresholds: Thresholds | None = None,
             chunk_rows: int = CHUNK_ROWS) -> GateOutcome:
    """Run every suite on its frame (`export_frames`) with Great Expectations, a part of at most about
    `chunk_rows` rows at a time so that memory does not grow with the backlog; build the Data Docs site
    under `docs_dir`. The results of a suite's parts are summed into one result per expectation."""
    gx = import_great_expectations()
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig

    checks = _expectations(thresholds or Thresholds.from_env())
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        docs_dir.mkdir(parents=True, exist_ok=True)
        ctx.add_data_docs_site(DATA_DOCS_SITE, {
            "class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)}})
    source = ctx.data_sources.add_pandas("newsflow")
    engine = source.get_execution_engine()
    gx_run = RunIdentifier(run_name=run_id, run_time=datetime.now(timezone.utc))
    results: list[ExpectationResult] = []
    flags: list[dict] = []
    for suite in SUITES:
        named = {name: (severity, exp) for name, severity, exp in checks[suite.name]}
        for name, (severity, exp) in named.items():
            exp.meta = {"name": name, "severity": severity}
            exp.severity = "critical" if severity == BLOCKING else "warning"
        gx_suite = ctx.suites.add(gx.ExpectationSuite(
            name=suite.name, expectations=[exp for _, exp in named.values()], meta={"version": SUITE_VERSION}))
        merged: dict[str, ExpectationResult] = {}
        for part, parts, frame in _parts(folder, suite, chunk_rows):
            label = suite.name if parts == 1 else f"{suite.name}-part-{part + 1}-of-{parts}"  # a page each in the docs
            batch = source.add_dataframe_asset(label).add_batch_definition_whole_dataframe(label)
            definition = ctx.validation_definitions.add(gx.ValidationDefinition(name=label, data=batch, suite=gx_suite))
            validation = definition.run(batch_parameters={"dataframe": frame}, run_id=gx_run,
                                        result_format={"result_format": "COMPLETE"})
            for er in validation.results:
                name = er.expectation_config.meta["name"]
                severity = named[name][0]
                result = er.result or {}
                rows = result.get("unexpected_index_list") or []
                columns = _checked_columns(suite, er.expectation_config.kwargs, frame)
                found = ExpectationResult(
                    suite=suite.name, expectation=name, expectation_type=er.expectation_config.type,
                    severity=severity, success=bool(er.success), observed_value=_jsonable(result.get("observed_value")),
                    element_count=result.get("element_count"), unexpected_count=result.get("unexpected_count"),
                    sample=_records(frame, rows[:SAMPLE_ROWS], columns),
                )
                merged[name] = merged[name].add(found) if name in merged else found
                if severity == WARNING and suite.table and not er.success:
                    flags += [{"table_name": suite.table, "row_key": "|".join(str(r[k]) for k in suite.keys),
                               "expectation": name, "detail": json.dumps(r, ensure_ascii=False)}
                              for r in _records(frame, rows, columns)]
            # GX keeps every batch it loaded, frame and all, for the life of the context
            engine.batch_manager.reset_batch_cache()
            engine.batch_manager.batch_data_cache.clear()
        results += merged.values()
    if docs_dir is not None:  # once, for every suite's results (the context holds this run's only)
        ctx.build_data_docs(site_names=[DATA_DOCS_SITE])
    index = docs_dir / "index.html" if docs_dir is not None else None
    return GateOutcome(run_id=run_id, results=results, data_docs=index if index and index.exists() else None,
                       flags=flags)


def record(con: duckdb.DuckDBPyConnection, outcome: GateOutcome, at: datetime | None = None) -> None:
    """Write dq.results and dq.flagged_rows for the run, in one transaction."""
    at = at or datetime.now(timezone.utc)
    with store.transaction(con):
        _record(con, outcome, at)


def _record(con: duckdb.DuckDBPyConnection, outcome: GateOutcome, at: datetime) -> None:
    store.insert_rows(con, "dq.results", [
        {"run_id": outcome.run_id, "suite": r.suite, "suite_version": SUITE_VERSION, "expectation": r.expectation,
         "expectation_type": r.expectation_type, "severity": r.severity, "success": r.success,
         "observed_value": json.dumps(r.observed_value, ensure_ascii=False, default=str),
         "element_count": r.element_count, "unexpected_count": r.unexpected_count,
         "unexpected_sample": json.dumps(r.sample, ensure_ascii=False, default=str), "checked_at": at}
        for r in outcome.results])
    store.insert_rows(con, "dq.flagged_rows",
                      [{**f, "run_id": outcome.run_id, "flagged_at": at} for f in outcome.flags])


def _checked_columns(suite: Suite, kwargs: dict, frame) -> list[str]:
    named = [kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B"), *(kwargs.get("column_list") or [])]
    wanted = list(dict.fromkeys([*suite.keys, *(c for c in named if c)]))
    if suite.name == "feeds":
        wanted.append("last_error")
    return [c for c in wanted if c in frame.columns]


def _records(frame, index: list, columns: list[str]) -> list[dict]:
    if not index:
        return []
    rows = frame.loc[index, columns].to_dict(orient="records")
    return [{k: _jsonable(v) for k, v in row.items()} for row in rows]


def _jsonable(value: Any) -> Any:
    """NaN and missing become null, infinities a string, numpy scalars plain Python, timestamps ISO text."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (str, int, bool)):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value.isoformat() if hasattr(value, "isoformat") else str(value)

