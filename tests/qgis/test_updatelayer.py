"""aula:updatelayer in a real QGIS: the dry run (default) writes nothing, the import writes the
layer with its provenance row and a backup; a refused source is a clear Processing error."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProcessingException


def run(params: dict[str, Any]) -> dict[str, Any]:
    from qgis import processing

    return processing.run("aula:updatelayer", {"OUTPUT": "TEMPORARY_OUTPUT", **params})


@pytest.fixture
def package(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "paquet" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copyfile(territory_gpkg, path)
    return path


@pytest.fixture
def source(territory_gpkg: Path, tmp_path: Path) -> Path:
    from osgeo import gdal

    path = tmp_path / "zonages.gpkg"
    gdal.VectorTranslate(str(path), str(territory_gpkg), layers=["tvb_zonages"])
    return path


def test_dry_run_then_import(provider: Any, package: Path, source: Path) -> None:
    before = hashlib.sha256(package.read_bytes()).hexdigest()
    params = {"PACKAGE": str(package), "LAYER": "tvb_zonages", "SOURCE": str(source)}
    dry = run(params)
    assert (dry["UNCHANGED"], dry["ADDED"], dry["REJECTED"]) == (33, 0, 0)
    assert hashlib.sha256(package.read_bytes()).hexdigest() == before
    done = run({**params, "DRY_RUN": False, "RELEASE": "2026"})
    assert Path(done["BACKUP"]).is_file()
    con = sqlite3.connect(str(package))
    try:
        row = con.execute(
            "SELECT source_file, release, tool_version FROM aula_provenance "
            "WHERE layer = 'tvb_zonages'"
        ).fetchone()
    finally:
        con.close()
    assert row[0] == "zonages.gpkg" and row[1] == "2026" and row[2].startswith("AULA")


def test_refused_source_names_the_file(provider: Any, package: Path, tmp_path: Path) -> None:
    bad = tmp_path / "tronque.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(QgsProcessingException, match="tronque.gpkg"):
        run({"PACKAGE": str(package), "LAYER": "tvb_zonages", "SOURCE": str(bad)})
