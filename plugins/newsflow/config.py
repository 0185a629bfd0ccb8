"""Settings (from the environment) and the feed list (from feeds.yaml)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

# libyaml's safe loader where PyYAML was built with it: a thousand feeds load in 0.06 s instead of 0.5 s
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = PACKAGE_DIR / "samples"
SAMPLE_HOST = "samples.newsflow.test"  # the bundled samples' stable host, served on loopback by --sample


class ConfigError(ValueError):
    """A feeds file or setting that cannot be used, with the reason."""


@dataclass(frozen=True)
class Settings:
    home: Path
    db_path: Path
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    max_concurrency: int = 32
    per_host_concurrency: int = 2
    user_agent: str = "newsflow/0.1 (+https://github.com/newsflow/newsflow; financial news pipeline)"
    dedupe_window_days: int = 7  # a new article is compared with the stories of the last N days
    # host -> "ip:port" to connect to instead (like curl --connect-to); URLs and Host headers stay as written
    connect_to: tuple[tuple[str, str], ...] = ()
    # Bounds on what one source can cost (docs/reliability.md)
    request_deadline: float = 60.0  # one request, headers and body, redirects included
    stage_deadline: float = 600.0  # all the requests of one stage (the feeds; a batch's pages)
    max_entries_per_fetch: int = 2000  # newest kept; the rest counted in raw.feed_parses.entries_dropped
    max_text_chars: int = 200_000  # of an article's body; the rest cut off and counted
    batch_entries: int = 500  # new entries processed and committed together
    dq_chunk_rows: int = 100_000  # rows of a quality suite's frame validated at once (memory, not results)
    duckdb_memory: str = "512MB"  # DuckDB's memory limit in each connection to the database (beyond it, spills)
    duckdb_threads: int = 0  # DuckDB's threads in each connection (0: one per core); 1 holds less memory, runs slower
    workers: int = 1  # processes that clean and extract (Settings.from_env: one per core)
    shards: int = 4  # on a lake: the parts of the feeds ingested and processed at once, one task each (dags/)
    # hosts (names, addresses or networks such as 10.0.0.0/8) that links and redirects may reach even
    # when they resolve to a private, loopback or link-local address; the configured feeds' own hosts always may
    allow_hosts: tuple[str, ...] = ()
    read_db_path: Path | None = None  # the read copy for people (default: see `read_copy`)
    # NEWSFLOW_STORE=ducklake:<catalog>: the shared store (docs/scale-out.md) instead of the DuckDB file
    lake: str | None = None  # the DuckLake catalog, e.g. "postgres:dbname=newsflow host=db"
    lake_data: str | None = None  # NEWSFLOW_LAKE_DATA: where the lake's Parquet files live (a folder, s3://...)

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def read_copy(self) -> Path:
        """The consistent read-only copy the pipeline publishes for people's sessions (never written in place):
        NEWSFLOW_READ_DB, else $NEWSFLOW_HOME/read.duckdb, or `<name>.read.duckdb` beside a database kept
        elsewhere (each database its own copy)."""
        if self.read_db_path:
            return self.read_db_path
        if self.db_path == self.home / "newsflow.duckdb":
            return self.home / "read.duckdb"
        return self.db_path.with_name(f"{self.db_path.stem}.read.duckdb")

    def with_store(self, spec: str, lake_data: str | None = None) -> "Settings":
        """These settings with another store (`parse_store`)."""
        lake, data, db = parse_store(spec, lake_data)
        return replace(self, lake=lake, lake_data=data, db_path=Path(db) if db else self.db_path)

    @property
    def store_name(self) -> str:
        """The store in words, without any password: the DuckDB file, or the lake's catalog and data path."""
        if not self.lake:
            return str(self.db_path)
        catalog = re.sub(r"password=\S+", "password=…", self.lake)
        return f"the lake ducklake:{catalog} (data {self.lake_data})"

    @property
    def lock_path(self) -> Path:
        return self.db_path.with_name(self.db_path.name + ".lock")

    @classmethod
    def from_env(cls, db_path: str | os.PathLike | None = None, **overrides) -> "Settings":
        home = Path(os.environ.get("NEWSFLOW_HOME", "data")).resolve()
        lake, lake_data, stored_at = None, None, None
        if db_path is None:  # --db names a DuckDB file, whatever NEWSFLOW_STORE says
            lake, lake_data, stored_at = _store_from_env()
        db = Path(db_path or stored_at or os.environ.get("NEWSFLOW_DB") or home / "newsflow.duckdb").resolve()
        settings = cls(
            home=home, db_path=db, connect_to=_connect_to_from_env(), lake=lake, lake_data=lake_data,
            dedupe_window_days=_env_number("NEWSFLOW_DEDUPE_WINDOW_DAYS", 7, int, "days"),
            request_deadline=_env_number("NEWSFLOW_REQUEST_DEADLINE", 60.0, float, "seconds"),
            stage_deadline=_env_number("NEWSFLOW_STAGE_DEADLINE", 600.0, float, "seconds"),
            max_entries_per_fetch=_env_number("NEWSFLOW_MAX_ENTRIES", 2000, int, "entries"),
            max_text_chars=_env_number("NEWSFLOW_MAX_TEXT_CHARS", 200_000, int, "characters"),
            batch_entries=_env_number("NEWSFLOW_BATCH_ENTRIES", 500, int, "entries"),
            dq_chunk_rows=_env_number("NEWSFLOW_DQ_CHUNK_ROWS", 100_000, int, "rows"),
            duckdb_memory=_env_size("NEWSFLOW_DUCKDB_MEMORY", "512MB"),
            duckdb_threads=_env_number("NEWSFLOW_DUCKDB_THREADS", 0, int, "threads"),
            shards=_env_number("NEWSFLOW_SHARDS", 4, int, "shards"),
            workers=_env_number("NEWSFLOW_WORKERS", len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                else os.cpu_count() or 1, int, "processes"),
            allow_hosts=tuple(h.strip().lower() for h in os.environ.get("NEWSFLOW_ALLOW_HOSTS", "").split(",")
                              if h.strip()),
            read_db_path=Path(os.environ["NEWSFLOW_READ_DB"]).resolve() if os.environ.get("NEWSFLOW_READ_DB") else None,
        )
        return replace(settings, **overrides)


def lake_configured() -> bool:
    """Whether NEWSFLOW_STORE names a lake: the DAGs fan out over shards then (read when they are parsed)."""
    return os.environ.get("NEWSFLOW_STORE", "").strip().startswith("ducklake:")


def _store_from_env() -> tuple[str | None, str | None, str | None]:
    """NEWSFLOW_STORE (see `parse_store`), with NEWSFLOW_LAKE_DATA."""
    spec = os.environ.get("NEWSFLOW_STORE", "").strip()
    if not spec:
        return None, None, None
    return parse_store(spec, os.environ.get("NEWSFLOW_LAKE_DATA", ""), "NEWSFLOW_STORE")


def parse_store(spec: str, lake_data: str | None, name: str = "store") -> tuple[str | None, str | None, str | None]:
    """`duckdb:PATH` (a DuckDB file) or `ducklake:postgres:<libpq string>` with its data path; returns (lake
    catalog, lake data path, DuckDB file)."""
    kind, _, where = spec.strip().partition(":")
    if kind == "duckdb" and where.strip():
        return None, None, str(Path(where.strip()).resolve())
    if kind == "ducklake" and where.startswith("postgres:") and where[len("postgres:"):].strip():
        data = (lake_data or "").strip()
        if not data:
            raise ConfigError("NEWSFLOW_LAKE_DATA: required with a ducklake: store (a folder every worker sees, "
                              "or an s3:// path)")
        if "://" not in data:
            data = str(Path(data).resolve())
        return where, data.rstrip("/") + "/", None
    raise ConfigError(f"{name}: expected duckdb:PATH or ducklake:postgres:dbname=… host=…, got {spec!r}")


def _connect_to_from_env() -> tuple[tuple[str, str], ...]:
    """NEWSFLOW_CONNECT_TO="samples.newsflow.test=127.0.0.1:8711,...", so Airflow tasks reach the samples."""
    pairs = []
    for pair in filter(None, (p.strip() for p in os.environ.get("NEWSFLOW_CONNECT_TO", "").split(","))):
        host, _, target = pair.partition("=")
        if not host or not re.fullmatch(r"\[?[\w.:-]+\]?:\d+", target):
            raise ConfigError(f"NEWSFLOW_CONNECT_TO: expected host=ip:port, got {pair!r}")
        pairs.append((host, target))
    return tuple(pairs)


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:B|[KMGT]i?B)", re.IGNORECASE)


def _env_size(name: str, default: str) -> str:
    """An amount of memory as DuckDB reads it ("512MB", "2GiB") from the environment, or the default when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    size = _SIZE.fullmatch(value)
    if size is None or not float(size.group(1)) > 0:
        raise ConfigError(f"{name}: expected an amount of memory such as 512MB or 2GB, got {value!r}")
    return value


def _env_number(name: str, default: int | float, kind: type, unit: str) -> int | float:
    """A positive number from the environment, or the default when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = kind(value)
    except ValueError:
        number = 0
    if not number > 0 or number == float("inf"):
        whole = "a whole number of " if kind is int else "a number of "
        raise ConfigError(f"{name}: expected {whole}{unit} > 0, got {value!r}")
    return number


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    language: str | None = None  # hint: "zh", "en"; detected when absent
    full_text: bool = False  # fetch each entry's linked page and extract its main text
    enabled: bool = True
    timezone: str = "UTC"  # for dates the feed writes without an offset
    tags: tuple[str, ...] = field(default_factory=tuple)
    poll_every: float | None = None  # seconds: a fixed polling interval instead of the learned one


FEED_KEYS = {"name", "url", "language", "full_text", "enabled", "timezone", "tags", "poll_every"}


def load_feeds(path: str | os.PathLike) -> list[Feed]:
    """Read a feeds file; every problem is reported with the feed's position and name."""
    path = Path(path)
    try:  # bytes: YAML reads UTF-8 and, by their byte order mark, UTF-16 and UTF-32
        doc = yaml.load(path.read_bytes(), Loader=SafeLoader)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read feeds file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not a YAML feeds file: {' '.join(str(exc).split())[:300]}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("feeds"), list):
        raise ConfigError(f"{path}: expected a mapping with a 'feeds:' list")
    if not doc["feeds"]:
        raise ConfigError(f"{path}: the 'feeds:' list is empty (disable a feed with 'enabled: false' instead)")
    feeds, names = [], set()
    for i, item in enumerate(doc["feeds"], 1):
        where = f"{path}: feed #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a mapping, got {type(item).__name__}")
        unknown = set(item) - FEED_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
        name, url = item.get("name"), item.get("url")
        if not name or not isinstance(name, str):
            raise ConfigError(f"{where}: 'name' is required")
        if name in names:
            raise ConfigError(f"{where}: duplicate feed name {name!r}")
        if not url or not isinstance(url, str):
            raise ConfigError(f"{where} ({name}): 'url' is required")
        if not url.startswith(("http://", "https://")) or re.search(r"\s", url):
            raise ConfigError(f"{where} ({name}): url must be an http(s) URL without spaces, got {url!r}")
        names.add(name)
        where = f"{where} ({name})"
        feeds.append(
            Feed(
                name=name,
                url=url,
                language=_language(item.get("language"), where),
                full_text=_flag(item, "full_text", False, where),
                enabled=_flag(item, "enabled", True, where),
                timezone=_timezone(item.get("timezone", "UTC"), where),
                tags=_tags(item.get("tags", ()), where),
                poll_every=_duration(item.get("poll_every"), where),
            )
        )
    return feeds


_UNITS = {"s": 1, "m": 60, "h": 3600}


def _duration(value: object, where: str) -> float | None:
    """Seconds, as a number or with a unit: 90, "90s", "5m", "1h"."""
    if value is None:
        return None
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", str(value)) if not isinstance(value, bool) else None
    if not found or float(found.group(1)) <= 0:
        raise ConfigError(f"{where}: 'poll_every' must be a positive duration such as 90, 90s, 5m or 1h, "
                          f"got {value!r}")
    return float(found.group(1)) * _UNITS[found.group(2) or "s"]


def _tags(value: object, where: str) -> tuple[str, ...]:
    """A list of words; one word alone is a list of one."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (list, tuple)) or not all(isinstance(t, str) and t for t in value):
        raise ConfigError(f"{where}: 'tags' must be a list of words, got {value!r}")
    return tuple(value)


def _flag(item: dict, key: str, default: bool, where: str) -> bool:
    value = item.get(key, default)
    if not isinstance(value, bool):  # "no" in quotes is a string, and a true one
        raise ConfigError(f"{where}: '{key}' must be true or false, got {value!r}")
    return value


def _language(value: object, where: str) -> str | None:
    """A language tag (zh, en, zh-CN, ...) reduced to its primary subtag."""
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", value):
        raise ConfigError(f"{where}: 'language' must be a language code such as zh or en, got {value!r}")
    return value.split("-")[0].split("_")[0].lower()


def _timezone(value: object, where: str) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ConfigError(f"{where}: unknown 'timezone' {value!r} (use an IANA name such as Asia/Shanghai)") from exc
    return str(value)


def default_feeds_path() -> Path:
    """NEWSFLOW_FEEDS, else config/feeds.yaml in the working directory."""
    return Path(os.environ.get("NEWSFLOW_FEEDS", "config/feeds.yaml"))
