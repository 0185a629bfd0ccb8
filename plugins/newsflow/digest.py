"""The daily brief: one self-contained HTML page per day, what an analyst opens each morning.

`$NEWSFLOW_HOME/digest/<day>.html`: the day's top stories (most outlets first), rating changes and
consensus moves, key metrics by company with their sources, a chart of stories per hour and one of the
biggest consensus-target moves (plotly, its JavaScript inlined: the page opens without a network), feed
health and the quality gate's status. Read from the published marts and the core tables; `write_digest`
is the one entry point (the CLI's `newsflow digest` and news_publish's task call it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from . import store
from .config import Settings

DIGEST_DIR = "digest"
TOP_STORIES = 20
TEMPLATE_DIR = Path(__file__).parent / "templates"


@dataclass
class Digest:
    day: date
    stories: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)
    consensus: list[dict] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    hourly: list[int] = field(default_factory=lambda: [0] * 24)
    feeds: list[dict] = field(default_factory=list)
    gate: dict | None = None


def latest_day(settings: Settings) -> date | None:
    """The newest day (UTC) articles were published on, not after today."""
    _, rows = store.query(settings, "SELECT max(CAST(timezone('UTC', published_at) AS DATE)) FROM core.articles "
                                    "WHERE published_at <= now()")
    return rows[0][0]


def collect(settings: Settings, day: date) -> Digest:
    """What the page shows for `day`, from the database."""
    digest = Digest(day)
    with store.connect(settings, read_only=True) as con:
        def rows(sql: str, params: list | None = None) -> list[dict]:
            cur = con.execute(sql, params if params is not None else [day])
            return [dict(zip([d[0] for d in cur.description], row)) for row in cur.fetchall()]

        digest.stories = rows(f"SELECT title, url, n_outlets, outlets, languages, n_articles, first_published "
                              f"FROM core.stories_on(?::DATE) LIMIT {TOP_STORIES}")
        links = {r["article_id"]: r["url"] for r in rows(
            "SELECT article_id, url FROM core.articles WHERE CAST(timezone('UTC', published_at) AS DATE) = ?")}
        digest.ratings = rows("SELECT broker, company, ticker, action, rating, prior_rating, target_price, "
                              "prior_target_price, currency, article_ids FROM marts.daily_rating_actions "
                              "WHERE day = ? ORDER BY company, broker")
        digest.consensus = rows(
            "SELECT company, ticker, currency, n_brokers, target_median, target_median_change, new_brokers, "
            "targets_raised, targets_cut, upgrades, downgrades, n_buy, n_hold, n_sell FROM marts.target_consensus "
            "WHERE day = ? AND new_brokers + targets_raised + targets_cut + upgrades + downgrades > 0 "
            "ORDER BY abs(coalesce(target_median_change / nullif(target_median - target_median_change, 0), 0)) DESC, "
            "company")
        digest.metrics = rows(
            "SELECT coalesce(entity, ticker, '(unnamed)') AS company, ticker, metric, value, low, high, unit, "
            "prior_value, period, modality, article_ids FROM marts.daily_metrics WHERE day = ? "
            "ORDER BY company, metric, value")
        for r in digest.ratings + digest.metrics:
            r["link"] = next((links[a] for a in r.pop("article_ids") or [] if links.get(a)), None)
        for hour, count in con.execute(
                "SELECT hour(timezone('UTC', first_published)), count(*) FROM core.stories "
                "WHERE CAST(timezone('UTC', first_published) AS DATE) = ? GROUP BY 1", [day]).fetchall():
            digest.hourly[hour] = count
        # feeds are fetched on their own days: that day's health, else the latest day's
        digest.feeds = rows("SELECT day, feed, fetches, not_modified, failures, last_error, new_articles, duplicate_rate "
                            "FROM marts.daily_feed_health WHERE day = (SELECT coalesce(max(day) FILTER (WHERE day <= ?), "
                            "max(day)) FROM marts.daily_feed_health) ORDER BY failures DESC, feed")
        gate = rows("SELECT run_id, status, blocking_failed, warnings, finished_at FROM dq.runs "
                    "ORDER BY finished_at DESC LIMIT 1", [])
        digest.gate = gate[0] if gate else None
    return digest


def render(digest: Digest, charts: bool = True) -> str:
    """The page; without `charts` (for e-mail, whose readers run no JavaScript) the tables only."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "j2"]))
    env.filters["number"] = _number
    figures = _charts(digest) if charts else {}
    return env.get_template("digest.html.j2").render(
        d=digest, charts=figures, generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


def write_digest(settings: Settings, day: date | None = None, out: Path | None = None) -> Path:
    """Write the day's page (default: the newest day with articles) and return where; replaced in one
    rename, so a reader never opens half a page."""
    day = day or latest_day(settings) or datetime.now(timezone.utc).date()
    path = out or settings.home / DIGEST_DIR / f"{day.isoformat()}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(render(collect(settings, day)), encoding="utf-8")
    os.replace(partial, path)
    return path


def publish_digest(settings: Settings, day: date | None = None) -> dict:
    """After a published run: write the day's page and, when alert e-mail is configured, send it (its
    tables: mail readers run no JavaScript). Returns where it is and what the e-mail did."""
    from . import alerts

    day = day or latest_day(settings) or datetime.now(timezone.utc).date()
    path = write_digest(settings, day)
    channels = alerts.Channels.from_env()
    emailed = alerts.send_html(f"[newsflow] daily brief {day}", render(collect(settings, day), charts=False)
                               + f"<p>With charts: {path}</p>", channels) if channels.email_to else None
    return {"day": day.isoformat(), "path": str(path), "emailed": emailed}


def _charts(digest: Digest) -> dict[str, str]:
    """The two charts as HTML fragments; plotly's JavaScript is inlined once, in the first."""
    import plotly.graph_objects as go

    layout = dict(margin=dict(l=40, r=20, t=40, b=40), height=320, template="plotly_white")
    hours = go.Figure(go.Bar(x=[f"{h:02d}:00" for h in range(24)], y=digest.hourly, marker_color="#3a6ea5"),
                      layout=dict(title="Stories per hour (UTC, by first publication)", **layout))
    moves = [c for c in digest.consensus if c["target_median_change"]][:10]
    labels = [f"{c['company']} ({c['currency']})" for c in moves]
    change = [100 * c["target_median_change"] / (c["target_median"] - c["target_median_change"]) for c in moves]
    consensus = go.Figure(
        go.Bar(x=change, y=labels, orientation="h", marker_color=["#2e8b57" if v > 0 else "#c0392b" for v in change],
               text=[f"{v:+.1f}%" for v in change], textposition="auto"),
        layout=dict(title="Consensus target moves (median, % on the day)", **layout))
    consensus.update_yaxes(automargin=True)
    if not moves:
        consensus.add_annotation(text="No consensus target moved on this day", showarrow=False, x=0.5, y=0.5,
                                 xref="paper", yref="paper", font=dict(size=14))
        consensus.update_xaxes(visible=False)
        consensus.update_yaxes(visible=False)
    config = {"displayModeBar": False, "responsive": True}
    return {"hourly": hours.to_html(full_html=False, include_plotlyjs="inline", config=config, div_id="chart-hourly"),
            "consensus": consensus.to_html(full_html=False, include_plotlyjs=False, config=config,
                                           div_id="chart-consensus")}


def _number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() and abs(value) >= 1 else f"{value:,.{digits}f}"
