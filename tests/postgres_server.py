"""A throwaway PostgreSQL server for the lake-mode tests and benchmarks: the installed server binaries, a data
directory of its own under a temporary folder, a free loopback port; stopped and removed on exit.

PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user (the Debian
package's), which owns the temporary folder.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries here, or no user to run them as."""


def server_binaries() -> Path:
    """The folder of the newest installed server (initdb, pg_ctl, createdb): $NEWSFLOW_PG_BIN, else
    /usr/lib/postgresql/<version>/bin."""
    if os.environ.get("NEWSFLOW_PG_BIN"):
        candidates = [os.environ["NEWSFLOW_PG_BIN"]]
    else:
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))[::-1]
    for folder in candidates:
        if all(os.access(Path(folder) / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "createdb")):
            return Path(folder)
    raise PostgresUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin "
                              "(apt-get install postgresql, or set NEWSFLOW_PG_BIN)")


@contextmanager
def postgres_server() -> Iterator["Server"]:
    binaries = server_binaries()
    user = None
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user to run the server as") from None
        user = "postgres"
    root = Path(tempfile.mkdtemp(prefix="newsflow-pg-"))
    if user:
        shutil.chown(root, user)
    server = Server(binaries, root, _free_port(), user)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class Server:
    def __init__(self, binaries: Path, root: Path, port: int, user: str | None):
        self.binaries, self.root, self.port, self.user = binaries, root, port, user
        self.data = root / "data"
        self.started = False

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([str(self.binaries / tool), *args], user=self.user, capture_output=True, text=True,
                                cwd=self.root)
        if result.returncode:
            raise RuntimeError(f"{tool} failed ({result.returncode}): {(result.stderr or result.stdout).strip()}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")
        self.started = True

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.started = False

    def create_database(self, name: str) -> str:
        """A new database; returns its libpq connection string."""
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return self.dsn(name)

    def dsn(self, name: str) -> str:
        return f"dbname={name} host=127.0.0.1 port={self.port} user=postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
