"""A throw-away PostgreSQL + PostGIS server on loopback, from Debian's packages, for the tests.

``initdb`` into a temporary folder, ``pg_ctl start`` on a free 127.0.0.1 port with its unix
socket in that folder, one database with ``CREATE EXTENSION postgis``; ``stop()`` removes it
all. PostgreSQL refuses to run as root: as root the server runs as the ``postgres`` user (Debian's
package creates it) through ``runuser``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_VERSION = "15"
BIN = Path(f"/usr/lib/postgresql/{PG_VERSION}/bin")
POSTGIS_CONTROL = Path(f"/usr/share/postgresql/{PG_VERSION}/extension/postgis.control")
PACKAGES = f"postgresql-{PG_VERSION} postgresql-{PG_VERSION}-postgis-3"
USER = "aula"
DATABASE = "aula_test"


def missing() -> str | None:
    """Why no server can be started here (a sentence naming the package), or None."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (BIN / tool).is_file():
            return f"{BIN / tool} is missing: apt-get install {PACKAGES} (make setup-system)"
    if not POSTGIS_CONTROL.is_file():
        return f"PostGIS is missing ({POSTGIS_CONTROL}): apt-get install {PACKAGES}"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser: PostgreSQL cannot be started"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgisServer:
    """The running server: ``conninfo`` (libpq), ``uri`` (QGIS) and ``psql``-like ``sql()``."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="aula-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.conninfo = f"host=127.0.0.1 port={self.port} user={USER} dbname={DATABASE}"
        self.uri = f"dbname='{DATABASE}' host=127.0.0.1 port={self.port} user='{USER}'"

    def _tool(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgisServer:
        self._tool(str(BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", USER,
                   "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._tool(str(BIN / "pg_ctl"), "-D", str(self.data), "-o", options,
                   "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")  # fmt: skip
        self.sql(f"CREATE DATABASE {DATABASE}", database="postgres", autocommit=True)
        self.sql("CREATE EXTENSION postgis")
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._tool(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def sql(
        self, statement: str, params: tuple = (), *, database: str = DATABASE,
        autocommit: bool = False,
    ) -> list[tuple]:  # fmt: skip
        """Rows of one statement (committed), through psycopg2."""
        import psycopg2

        con = psycopg2.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname={database}")
        try:
            con.autocommit = autocommit
            with con.cursor() as cur:
                cur.execute(statement, params or None)
                rows = cur.fetchall() if cur.description else []
            if not autocommit:
                con.commit()
            return rows
        finally:
            con.close()


def save_connection(name: str, uri: str) -> str:
    """Save ``uri`` as QGIS's PostgreSQL connection ``name`` (user name kept), return the name."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    config = {"saveUsername": True, "savePassword": True}  # else QGIS drops the user name
    metadata.saveConnection(metadata.createConnection(uri, config), name)
    return name


def forget_connection(name: str) -> None:
    from qgis.core import QgsProviderRegistry

    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(name)
