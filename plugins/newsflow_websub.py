"""Airflow plugin: the WebSub callback of newsflow, served by the api-server at /newsflow/websub/{token}.

Airflow loads it from its plugins folder (AIRFLOW__CORE__PLUGINS_FOLDER, this folder). The app itself is
`newsflow.websub_app.create_app`; `.airflowignore` keeps the package's own modules from being loaded as plugins.
"""

from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin


class LazyCallbackApp:
    """An ASGI app that builds the FastAPI app at its first request. Every Airflow component loads the
    plugins, task processes too, and only the api-server serves requests: the others skip importing FastAPI."""

    def __init__(self) -> None:
        self._app = None

    async def __call__(self, scope, receive, send) -> None:
        if self._app is None:
            from newsflow.websub_app import create_app

            self._app = create_app()
        await self._app(scope, receive, send)


class NewsflowWebSubPlugin(AirflowPlugin):
    name = "newsflow_websub"
    fastapi_apps = [{"app": LazyCallbackApp(), "url_prefix": "/newsflow", "name": "newsflow WebSub callback"}]
