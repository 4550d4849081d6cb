"""Connections to a GeoPackage are closed when their block ends, never left to the garbage
collector (sqlite3's statement cache makes a reference cycle: a connection dropped without
close() keeps the file open until a collection, and with it a stale WAL index)."""

from __future__ import annotations

import gc
import os
import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core import workcopy
from aula_plugin.core.gpkg_store import read_only


def handles(path: Path) -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            out.append(target)
    return out


@pytest.fixture
def wal_db(tmp_path: Path) -> Path:
    path = tmp_path / "w.gpkg"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE aula_metadata (key TEXT, value TEXT)")
    con.execute("INSERT INTO aula_metadata VALUES ('schema_version', '2')")
    con.commit()
    con.close()
    return path


@pytest.fixture
def no_collection():
    gc.disable()
    yield
    gc.enable()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux /proc needed")
def test_dropped_connection_stays_open_until_collected(wal_db: Path, no_collection) -> None:
    """Why the rule exists: this check fails the day sqlite3 frees such connections at once."""

    def careless() -> None:
        with sqlite3.connect(wal_db) as con:  # commits, does not close
            con.execute("SELECT 1").fetchone()

    careless()
    assert handles(wal_db)
    gc.collect()
    assert not handles(wal_db)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux /proc needed")
def test_read_only_closes_its_connection(wal_db: Path, no_collection) -> None:
    with read_only(wal_db) as con:
        assert con.execute("SELECT value FROM aula_metadata").fetchone() == ("2",)
        assert handles(wal_db)
    assert not handles(wal_db)
    assert workcopy.schema_version(wal_db) == 2
    assert not handles(wal_db)
