"""aula-gpkg's table work with sqlite-utils (gpkg/package_tables.py): ``tables`` and
``provenance`` read the package without changing a byte of it (nor leaving -wal/-shm files), and
``migrate --dry-run`` lists what the library's migrations would change, found on a copy."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _aula_gpkg_tool import aula_gpkg
from _package_sources import ZONAGE_FIELDS, write_source, zonages

from aula_plugin.maintenance import imports

ogr = pytest.importorskip("osgeo.ogr")
pytest.importorskip("sqlite_utils")


@pytest.fixture
def package(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "territoire.gpkg"
    shutil.copyfile(territory_gpkg, path)
    return path


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """The file's bytes, its modification time and the files beside it."""
    files = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, files


def wal_package(package: Path) -> Path:
    """The package in WAL mode, as QGIS may leave a GeoPackage."""
    with closing(sqlite3.connect(package)) as con:
        con.execute("PRAGMA journal_mode = WAL")
    return package


@pytest.mark.parametrize("wal", [False, True], ids=["delete", "wal"])
def test_tables_counts_are_ogr_s_and_the_file_is_untouched(
    repo_root: Path, package: Path, wal: bool
) -> None:
    if wal:
        wal_package(package)
    before = fingerprint(package)
    done = aula_gpkg(repo_root, "tables", "--json", str(package))
    assert done.returncode == 0, done.stderr
    assert fingerprint(package) == before
    tables = {t["name"]: t for t in json.loads(done.stdout)}
    dataset = ogr.Open(str(package))
    layers = {
        dataset.GetLayer(i).GetName(): dataset.GetLayer(i) for i in range(dataset.GetLayerCount())
    }
    assert layers and set(layers) <= set(tables)
    for name, layer in layers.items():
        assert tables[name]["rows"] == layer.GetFeatureCount(), name
        geometry = layer.GetGeometryColumn() or None
        assert tables[name]["geometry_column"] == geometry, name
        assert tables[name]["data_type"] == ("features" if geometry else "attributes"), name
    dataset = None
    assert tables["commune"]["spatial_index"] is True
    assert tables["aula_metadata"]["spatial_index"] is False
    assert not any(name.startswith(("gpkg_", "rtree_", "sqlite_")) for name in tables)
    text = aula_gpkg(repo_root, "tables", str(package), lang="fr_FR.UTF-8")
    assert text.returncode == 0 and "index spatial" in text.stdout
    assert f"{package} : {len(tables)} table(s)." in text.stdout
    assert fingerprint(package) == before


def test_tables_refuses_a_truncated_file(repo_root: Path, package: Path) -> None:
    package.write_bytes(package.read_bytes()[:4096])
    done = aula_gpkg(repo_root, "tables", str(package))
    assert done.returncode == 1 and f"{package}: not a GeoPackage" in done.stderr


def zonages_source(package: Path, path: Path) -> Path:
    """The package's tvb_zonages with one name changed: a valid source."""
    rows = zonages(package)
    rows[0][1]["nom"] = "renommée"
    return write_source(
        path, ZONAGE_FIELDS, rows, geometry=ogr.wkbMultiPolygon, layer_name="tvb_zonages"
    )


def test_provenance_shows_an_applied_import(repo_root: Path, package: Path, tmp_path: Path) -> None:
    source = zonages_source(package, tmp_path / "zonages_2025.gpkg")
    done = aula_gpkg(repo_root, "import", str(package), "--layer", "tvb_zonages", "--source",
                     str(source), "--release", "2025", "--operator", "technicien",
                     "--apply")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    before = fingerprint(package)
    shown = aula_gpkg(repo_root, "provenance", str(package), "--layer", "tvb_zonages", "--json")
    assert shown.returncode == 0, shown.stderr
    (row,) = json.loads(shown.stdout)
    assert row["source_file"] == "zonages_2025.gpkg" and row["release"] == "2025"
    assert row["operator"] == "technicien"
    assert row["source_sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert json.loads(row["counts"])["changed"] == 1
    everything = aula_gpkg(repo_root, "provenance", str(package), "--json")
    rows = json.loads(everything.stdout)
    assert rows[0]["layer"] == "tvb_zonages" and len(rows) > 1  # newest first
    text = aula_gpkg(repo_root, "provenance", str(package), lang="fr_FR.UTF-8")
    first = text.stdout.splitlines()[:8]
    assert first[0].startswith("tvb_zonages  (enregistré ")
    assert "    version : 2025" in first or "    version: 2025" in first
    assert f"    sha256: {row['source_sha256']}" in first
    assert "    opérateur: technicien" in first
    assert fingerprint(package) == before


def test_provenance_of_a_package_without_the_table(repo_root: Path, package: Path) -> None:
    with closing(sqlite3.connect(package)) as con, con:
        con.execute("DROP TABLE aula_provenance")
    done = aula_gpkg(repo_root, "provenance", str(package))
    assert done.returncode == 1 and "no aula_provenance table" in done.stderr


def test_migrate_dry_run_lists_what_the_library_would_change(
    repo_root: Path, package: Path
) -> None:
    with closing(sqlite3.connect(package)) as con, con:
        for name in ("source_file", "source_sha256", "release", "recorded_at", "operator",
                     "tool_version", "counts"):  # fmt: skip
            con.execute(f"ALTER TABLE aula_provenance DROP COLUMN {name}")
        con.execute("UPDATE aula_metadata SET value = '1' WHERE key = 'schema_version'")
    before = fingerprint(package)
    dry = aula_gpkg(repo_root, "migrate", "--dry-run", str(package))
    assert dry.returncode == 0, dry.stderr
    assert "2: Provenance of imports" in dry.stdout
    assert "would add column aula_provenance.source_sha256 TEXT" in dry.stdout
    assert dry.stdout.count("would add column") == 7
    assert fingerprint(package) == before  # the library migrated a copy
    assert imports.pending_migrations(package)
