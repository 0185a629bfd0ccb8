"""Alert channels against loopback receivers: the alerts file, a Slack webhook server, an SMTP server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from newsflow.alerts import Alert, Channels, alerts_file, send, task_failure_notifier

ALERT = Alert(kind="gate_failed", summary="1 blocking expectation(s) failed; nothing was published",
              run_id="20250917T000000Z-abc123", data_docs="/data/data_docs/index.html",
              failures=[{"suite": "core_metrics", "expectation": "metric_unit_in_vocabulary", "severity": "blocking",
                         "unexpected_count": 1, "sample": [{"article_id": "a1", "unit": "furlongs"}]}])


@contextmanager
def webhook_receiver(status: int = 200) -> Iterator[tuple[str, list[dict]]]:
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "body": json.loads(body)})
            self.send_response(status)
            self.end_headers()
            self.wfile.write(b"ok" if status == 200 else b"no_service")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/services/T000/B000/XXXX", received
    finally:
        server.shutdown()
        server.server_close()


def _lines(home) -> list[dict]:
    return [json.loads(line) for line in alerts_file(home).read_text().splitlines()]


def test_the_default_channel_appends_one_json_line_per_alert(tmp_path, caplog):
    assert send(ALERT, tmp_path, Channels()) == {"file": "sent"}
    assert send(Alert(kind="feeds_failing", summary="2 feeds"), tmp_path, Channels()) == {"file": "sent"}
    lines = _lines(tmp_path)
    assert [line["kind"] for line in lines] == ["gate_failed", "feeds_failing"]
    assert lines[0]["failures"][0]["sample"] == [{"article_id": "a1", "unit": "furlongs"}]
    assert lines[0]["data_docs"] == "/data/data_docs/index.html" and lines[0]["at"]
    assert "alert gate_failed" in caplog.text


def test_slack_webhook_through_the_airflow_notifier(tmp_path, monkeypatch):
    with webhook_receiver() as (url, received):
        monkeypatch.setenv("AIRFLOW_CONN_NEWSFLOW_SLACK", json.dumps({"conn_type": "slackwebhook", "password": url}))
        delivered = send(ALERT, tmp_path, Channels(slack_conn_id="newsflow_slack"))
    assert delivered == {"file": "sent", "slack": "sent"}
    [post] = received
    assert post["path"] == "/services/T000/B000/XXXX"
    text = post["body"]["text"]
    assert text.startswith("newsflow gate_failed: 1 blocking") and "metric_unit_in_vocabulary" in text
    assert "furlongs" in text and "/data/data_docs/index.html" in text


def test_email_through_the_airflow_notifier(tmp_path, monkeypatch, smtp_receiver):
    port, messages = smtp_receiver
    monkeypatch.setenv("AIRFLOW_CONN_NEWSFLOW_SMTP", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": port,
        "extra": {"disable_tls": True, "disable_ssl": True, "from_email": "newsflow@localhost", "timeout": 5}}))
    channels = Channels(email_to=("desk@localhost", "ops@localhost"), smtp_conn_id="newsflow_smtp")
    assert send(ALERT, tmp_path, channels) == {"file": "sent", "email": "sent"}
    [message] = messages
    assert message["From"] == "newsflow@localhost" and "desk@localhost" in message["To"]
    assert message["Subject"].startswith("[newsflow] gate_failed: 1 blocking")
    body = next(p for p in message_from_bytes(message.as_bytes()).walk() if p.get_content_type() == "text/html")
    assert "furlongs" in body.get_payload(decode=True).decode()


def test_a_channel_that_is_down_does_not_stop_the_others(tmp_path, monkeypatch):
    with webhook_receiver(status=500) as (url, received):
        monkeypatch.setenv("AIRFLOW_CONN_NEWSFLOW_SLACK", json.dumps({"conn_type": "slackwebhook", "password": url}))
        delivered = send(ALERT, tmp_path, Channels(slack_conn_id="newsflow_slack"))
    assert delivered["file"] == "sent" and delivered["slack"].startswith("failed")
    assert len(received) >= 1 and len(_lines(tmp_path)) == 1


def test_channels_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFLOW_ALERT_SLACK_CONN_ID", "slack_alerts")
    monkeypatch.setenv("NEWSFLOW_ALERT_EMAIL_TO", "a@localhost, b@localhost")
    assert Channels.from_env() == Channels(slack_conn_id="slack_alerts", email_to=("a@localhost", "b@localhost"))


def test_the_task_failure_notifier_alerts_on_errors_but_not_twice_on_a_failed_gate(tmp_path):
    from newsflow.publish import PublishReport, QualityGateFailed

    notifier = task_failure_notifier(home=tmp_path)

    class TI:
        dag_id, task_id, try_number = "news_publish", "publish_marts", 2

    notifier.notify({"ti": TI(), "run_id": "manual__1", "exception": RuntimeError("database busy")})
    gate = QualityGateFailed(PublishReport(run_id="r", day=None))
    notifier.notify({"ti": TI(), "run_id": "manual__2", "exception": gate})
    [line] = _lines(tmp_path)
    assert line["kind"] == "task_failed" and line["run_id"] == "manual__1"
    assert line["summary"] == "news_publish.publish_marts failed: database busy"
