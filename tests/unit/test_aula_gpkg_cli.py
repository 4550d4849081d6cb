"""gpkg/aula_gpkg.py (aula-gpkg), run as a technician runs it: a subprocess, exit codes, French
help under a French locale."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _aula_gpkg_tool import aula_gpkg


@pytest.fixture
def copy(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copie.gpkg"
    shutil.copyfile(territory_gpkg, path)
    return path


def test_check_passes_on_the_shipped_package(repo_root: Path, copy: Path) -> None:
    done = aula_gpkg(repo_root, "check", str(copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout or "no problem found" in done.stdout


def test_check_fails_on_a_broken_package(repo_root: Path, copy: Path) -> None:
    with sqlite3.connect(copy) as con:
        con.execute("DROP TABLE rtree_commune_geom")
    done = aula_gpkg(repo_root, "check", str(copy), lang="fr_FR.UTF-8")
    assert done.returncode == 1
    assert "ERREUR [spatial_index] commune" in done.stdout
    assert "correction : " in done.stdout or "correction: " in done.stdout
    assert "CreateSpatialIndex('commune', 'geom')" in done.stdout


def test_check_refuses_a_truncated_file(repo_root: Path, copy: Path) -> None:
    data = copy.read_bytes()
    copy.write_bytes(data[:4096])
    done = aula_gpkg(repo_root, "check", str(copy))
    assert done.returncode == 1
    assert "truncated" in done.stdout


def test_help_in_french_and_english(repo_root: Path) -> None:
    french = aula_gpkg(repo_root, "--help", lang="fr_FR.UTF-8")
    assert french.returncode == 0
    assert "Vérifier un GeoPackage" in french.stdout and "utilisation" in french.stdout
    english = aula_gpkg(repo_root, "check", "--help")
    assert english.returncode == 0 and "Check a GeoPackage" in english.stdout
    assert aula_gpkg(repo_root, "frobnicate").returncode == 2


def test_migrate_backs_up_then_updates(repo_root: Path, copy: Path) -> None:
    with sqlite3.connect(copy) as con:
        for name in ("source_file", "source_sha256", "release", "recorded_at", "operator",
                     "tool_version", "counts"):  # fmt: skip
            con.execute(f"ALTER TABLE aula_provenance DROP COLUMN {name}")
        con.execute("UPDATE aula_metadata SET value = '1' WHERE key = 'schema_version'")
    dry = aula_gpkg(repo_root, "migrate", "--dry-run", str(copy))
    assert dry.returncode == 0 and "2: Provenance of imports" in dry.stdout
    done = aula_gpkg(repo_root, "migrate", str(copy), lang="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr
    (backup,) = copy.parent.glob("copie_sauvegarde_schema1_*.gpkg")
    assert f"sauvegarde : {backup}" in done.stdout
    again = aula_gpkg(repo_root, "migrate", str(copy))
    assert again.returncode == 0 and "up to date" in again.stdout
    assert len(list(copy.parent.glob("*.gpkg"))) == 2  # no second backup


def test_migrate_refuses_a_non_geopackage(repo_root: Path, tmp_path: Path) -> None:
    path = tmp_path / "texte.gpkg"
    path.write_text("ceci n'est pas un GeoPackage")
    done = aula_gpkg(repo_root, "migrate", str(path), lang="fr_FR.UTF-8")
    assert done.returncode == 1
    assert "pas un GeoPackage" in done.stderr
