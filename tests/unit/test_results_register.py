"""The working copy's results register (core/results_register.py): rows, latest of a kind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.indicators.store import create_geopackage
from aula_plugin.core.results_register import (
    TABLE,
    Result,
    history,
    kind_of,
    latest,
    record,
)


@pytest.fixture
def gpkg(tmp_path: Path) -> Path:
    path = tmp_path / "copie.gpkg"
    create_geopackage(path)
    with sqlite3.connect(path) as con:
        for table in ("traj_a", "traj_b", "centra"):
            con.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY)')
    return path


def _row(table: str, **parameters: object) -> Result:
    return Result("aula:zantrajectory", kind_of("aula:zantrajectory", "OUTPUT"), table,
                  "Trajectory", parameters=parameters)  # fmt: skip


def test_a_run_is_one_row_and_latest_is_the_newest(gpkg: Path) -> None:
    assert latest(gpkg, "zantrajectory:OUTPUT") is None  # no register yet: nothing, no error
    (first,) = record(gpkg, [_row("traj_a", TERRITORY="200072460", RATE=54.47)])
    assert first.kind == "zantrajectory:OUTPUT" and first.run_at.endswith("Z")
    found = latest(gpkg, "zantrajectory:OUTPUT")
    assert found is not None and found.table_name == "traj_a"
    assert found.parameters == {"TERRITORY": "200072460", "RATE": 54.47}
    record(gpkg, [_row("traj_b", TERRITORY="246200299")])
    assert latest(gpkg, "zantrajectory:OUTPUT").table_name == "traj_b"  # same second: by fid
    assert latest(gpkg, "aula:zantrajectory").table_name == "traj_b"  # any output of it
    assert [r.table_name for r in history(gpkg)] == ["traj_b", "traj_a"]
    assert latest(gpkg, "centralities:OUTPUT") is None
    with sqlite3.connect(gpkg) as con:  # listed in gpkg_contents: QGIS shows it as a table
        assert con.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name = ?", (TABLE,)
        ).fetchone() == ("attributes",)


def test_a_dropped_table_is_no_longer_the_latest(gpkg: Path) -> None:
    record(gpkg, [_row("traj_a")])
    record(gpkg, [_row("traj_b")])
    with sqlite3.connect(gpkg) as con:
        con.execute('DROP TABLE "traj_b"')
    assert latest(gpkg, "zantrajectory:OUTPUT").table_name == "traj_a"


def test_a_locked_file_is_an_error_naming_the_lock_and_writes_nothing(gpkg: Path) -> None:
    holder = sqlite3.connect(gpkg, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(AulaError, match="locked"):
            record(gpkg, [_row("traj_a")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert history(gpkg) == []
