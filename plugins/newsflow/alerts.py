"""Alerts people act on: what failed, how much, sample rows, and where the Data Docs are.

Every alert is appended as one JSON line to `$NEWSFLOW_HOME/alerts/alerts.jsonl` and logged. When configured,
it also goes to Slack and by e-mail through Airflow's own notifiers, which read their Airflow connections
(in a deployment from the metadata database, elsewhere from `AIRFLOW_CONN_<ID>` environment variables):

    NEWSFLOW_ALERT_SLACK_CONN_ID   a `slackwebhook` connection: Slack incoming webhook
    NEWSFLOW_ALERT_EMAIL_TO        comma-separated addresses
    NEWSFLOW_ALERT_SMTP_CONN_ID    an `smtp` connection (default: smtp_default)
    NEWSFLOW_ALERT_EMAIL_FROM      sender (default: the connection's from_email)

A channel that fails is logged and reported; it never stops the others or the run.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

GATE_FAILED, WARNINGS, FEEDS_FAILING, TASK_FAILED = "gate_failed", "quality_warnings", "feeds_failing", "task_failed"


@dataclass
class Alert:
    kind: str  # gate_failed | quality_warnings | feeds_failing | task_failed
    summary: str
    run_id: str | None = None
    day: str | None = None
    failures: list[dict] = field(default_factory=list)  # expectation, severity, counts, sample rows
    data_docs: str | None = None
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        lines = [f"newsflow {self.kind}: {self.summary}"]
        for f in self.failures:
            what = f.get("expectation") or f.get("task_id") or "?"
            count = f.get("unexpected_count")
            lines.append(f"- {f.get('suite', '')} {what}" + (f": {count} unexpected" if count is not None else ""))
            lines += [f"    {json.dumps(row, ensure_ascii=False, default=str)}" for row in f.get("sample", [])[:3]]
        if self.data_docs:
            lines.append(f"Data Docs: {self.data_docs}")
        if self.run_id:
            lines.append(f"run: {self.run_id}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Channels:
    slack_conn_id: str | None = None
    email_to: tuple[str, ...] = ()
    smtp_conn_id: str = "smtp_default"
    email_from: str | None = None

    @classmethod
    def from_env(cls) -> Channels:
        to = os.environ.get("NEWSFLOW_ALERT_EMAIL_TO", "")
        return cls(
            slack_conn_id=os.environ.get("NEWSFLOW_ALERT_SLACK_CONN_ID") or None,
            email_to=tuple(a.strip() for a in to.split(",") if a.strip()),
            smtp_conn_id=os.environ.get("NEWSFLOW_ALERT_SMTP_CONN_ID") or "smtp_default",
            email_from=os.environ.get("NEWSFLOW_ALERT_EMAIL_FROM") or None,
        )


def alerts_file(home: Path) -> Path:
    return home / "alerts" / "alerts.jsonl"


def send(alert: Alert, home: Path, channels: Channels | None = None) -> dict[str, str]:
    """Deliver to every configured channel; returns channel -> "sent" or the error."""
    channels = channels or Channels.from_env()
    delivered = {"file": _to_file(alert, home)}
    if channels.slack_conn_id:
        delivered["slack"] = _attempt("slack", lambda: _to_slack(alert, channels))
    if channels.email_to:
        delivered["email"] = _attempt("email", lambda: _to_email(alert, channels))
    return delivered


def _to_file(alert: Alert, home: Path) -> str:
    path = alerts_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(alert.as_dict(), ensure_ascii=False, default=str)
    with path.open("a", encoding="utf-8") as fh:  # one write of one line: concurrent appenders do not interleave
        fh.write(line + "\n")
    log.warning("alert %s: %s (%s)", alert.kind, alert.summary, path)
    return "sent"


def _attempt(channel: str, deliver) -> str:
    try:
        deliver()
    except Exception as exc:  # a channel that is down must not hide the alert from the others
        log.error("alert channel %s failed: %s", channel, exc)
        return f"failed: {exc}"
    return "sent"


def _to_slack(alert: Alert, channels: Channels) -> None:
    from airflow.providers.slack.notifications.slack_webhook import SlackWebhookNotifier

    SlackWebhookNotifier(slack_webhook_conn_id=channels.slack_conn_id, text=alert.text()).notify({})


def _to_email(alert: Alert, channels: Channels) -> None:
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    SmtpNotifier(
        to=list(channels.email_to), from_email=channels.email_from, smtp_conn_id=channels.smtp_conn_id,
        subject=f"[newsflow] {alert.kind}: {alert.summary}"[:200],
        html_content=f"<pre>{escape(alert.text())}</pre>",
    ).notify({})


def send_html(subject: str, html: str, channels: Channels | None = None) -> str:
    """An HTML e-mail (the daily brief) through the alerts' SMTP connection: "sent" or why not."""
    channels = channels or Channels.from_env()
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    return _attempt("email", lambda: SmtpNotifier(
        to=list(channels.email_to), from_email=channels.email_from, smtp_conn_id=channels.smtp_conn_id,
        subject=subject[:200], html_content=html).notify({}))


def task_failure_notifier(home: Path | None = None) -> Any:
    """A task-level on_failure_callback: alerts when a task fails for any reason other than the quality gate,
    whose failure `publish` has already alerted with its details."""
    from airflow.sdk import BaseNotifier

    from .config import Settings

    class TaskFailureNotifier(BaseNotifier):
        template_fields = ()

        def notify(self, context: dict) -> None:
            from .publish import QualityGateFailed

            error = context.get("exception")
            if isinstance(error, QualityGateFailed) or isinstance(getattr(error, "__cause__", None), QualityGateFailed):
                return
            ti = context.get("ti") or context.get("task_instance")
            task_id = getattr(ti, "task_id", None)
            dag_id = getattr(ti, "dag_id", None)
            send(Alert(
                kind=TASK_FAILED, summary=f"{dag_id}.{task_id} failed: {error}", run_id=context.get("run_id"),
                failures=[{"dag_id": dag_id, "task_id": task_id, "try_number": getattr(ti, "try_number", None),
                           "error": repr(error)}],
            ), home or Settings.from_env().home)

    return TaskFailureNotifier()
