"""The territory package kept up to date, in QGIS: copies under any name open their own layers,
aula:checkpackage, and the migrations offered when the territory project is opened."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsProject, QgsSettings, QgsVectorLayer

from aula_plugin.gis.territory import project_uri, read_territory_project
from aula_plugin.gui.territory import TerritoryActions
from aula_plugin.maintenance import migrations, provenance, stored_project

LAYERS = {"commune", "epci", "scot", "pole", "territoire", "centralites_validees"}


def layer_files(project: QgsProject) -> dict[str, Path]:
    """table -> the file each layer of the project reads (every layer valid)."""
    found = {}
    for layer in project.mapLayers().values():
        assert isinstance(layer, QgsVectorLayer) and layer.isValid(), layer.source()
        path, _, options = layer.source().partition("|")
        table = dict(o.split("=", 1) for o in options.split("|") if "=" in o)["layername"]
        found[table] = Path(path).resolve()
    return found


def stored_qgs(gpkg: Path) -> str:
    with sqlite3.connect(gpkg) as con:
        (content,) = con.execute("SELECT content FROM qgis_projects").fetchone()
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".qgs")]
        return archive.read(name).decode("utf-8")


@pytest.fixture
def copies(territory_gpkg: Path, tmp_path: Path) -> list[Path]:
    """Two copies under other names in other folders; the second sits beside an untouched
    aula_territoire.gpkg, which a naive reading would open instead."""
    first = tmp_path / "sauvegardes" / "2025" / "territoire_2025.gpkg"
    second = tmp_path / "ailleurs" / "copie de travail.gpkg"
    for path in (first, second):
        path.parent.mkdir(parents=True)
        shutil.copyfile(territory_gpkg, path)
    shutil.copyfile(territory_gpkg, second.parent / "aula_territoire.gpkg")
    return [first, second]


def test_each_copy_opens_its_own_layers(copies: list[Path]) -> None:
    for copy in copies:
        project = QgsProject()
        assert read_territory_project(copy, project)
        files = layer_files(project)
        assert set(files) >= LAYERS
        assert set(files.values()) == {copy.resolve()}, copy  # never the original
        project.clear()


def test_without_the_preprocessor_copies_lose_their_layers(copies: list[Path]) -> None:
    """What the plugin fixes: QGIS alone resolves ./aula_territoire.gpkg beside the copy."""
    stored_project.uninstall()
    try:
        for copy in copies:
            project = QgsProject()
            project.read(project_uri(copy))
            layers = list(project.mapLayers().values())
            assert not any(
                lyr.isValid() and Path(lyr.source().split("|")[0]).resolve() == copy.resolve()
                for lyr in layers
            )
            project.clear()
    finally:
        stored_project.install()


def test_open_from_geopackage_in_qgis_resolves_to_the_copy(copies: list[Path]) -> None:
    """Project › Open From › GeoPackage: QGIS reads the instance, the plugin's resolver is set."""
    stored_project.install()
    project = QgsProject.instance()
    try:
        for copy in copies:
            assert project.read(project_uri(copy))
            assert set(layer_files(project).values()) == {copy.resolve()}
    finally:
        project.clear()


def test_a_project_saved_into_a_copy_stays_portable(copies: list[Path], tmp_path: Path) -> None:
    first, _ = copies
    stored_project.install()
    project = QgsProject.instance()
    try:
        assert project.read(project_uri(first))
        assert project.write(project_uri(first))  # saved back into the renamed copy
        project.clear()
        qgs = stored_qgs(first)
        assert "./aula_territoire.gpkg|layername=commune" in qgs
        assert first.name not in qgs
        third = tmp_path / "encore" / "autre nom.gpkg"
        third.parent.mkdir()
        shutil.copyfile(first, third)
        assert project.read(project_uri(third))
        assert set(layer_files(project).values()) == {third.resolve()}
    finally:
        project.clear()


# -- aula:checkpackage ---------------------------------------------------------------------------


def test_checkpackage_on_the_shipped_package(
    provider: Any, run_alg: Any, copies: list[Path]
) -> None:
    results = run_alg("aula:checkpackage", {"INPUT": str(copies[0]), "OUTPUT": "memory:"})
    assert results["ERRORS"] == 0
    layer = results["OUTPUT"]
    assert layer.fields().names() == ["check", "severity", "table", "detail", "fix"]
    assert layer.featureCount() == results["WARNINGS"]
    assert {f["severity"] for f in layer.getFeatures()} <= {"warning"}


def test_checkpackage_reports_a_missing_index_in_french(
    provider: Any, run_alg: Any, copies: list[Path], french_labels: None
) -> None:
    with sqlite3.connect(copies[0]) as con:
        con.execute("DROP TABLE rtree_commune_geom")
    results = run_alg("aula:checkpackage", {"INPUT": str(copies[0]), "OUTPUT": "memory:"})
    assert results["ERRORS"] == 1
    (row,) = [f for f in results["OUTPUT"].getFeatures() if f["severity"] == "error"]
    assert (row["check"], row["table"]) == ("spatial_index", "commune")
    assert "index spatial" in row["detail"].lower()
    assert "CreateSpatialIndex('commune', 'geom')" in row["fix"]


def test_checkpackage_on_a_truncated_file(provider: Any, run_alg: Any, copies: list[Path]) -> None:
    data = copies[0].read_bytes()
    copies[0].write_bytes(data[: len(data) // 3])
    results = run_alg("aula:checkpackage", {"INPUT": str(copies[0]), "OUTPUT": "memory:"})
    assert results["ERRORS"] == 1
    (row,) = list(results["OUTPUT"].getFeatures())
    assert (row["check"], row["severity"]) == ("file", "error")


def test_checkpackage_in_the_data_package_group(provider: Any) -> None:
    alg = provider.algorithm("checkpackage")
    assert alg.groupId() == "package"
    assert alg.parameterDefinition("INPUT").defaultValue().endswith("aula_territoire.gpkg")


# -- migrations offered when the territory project is opened --------------------------------------


@pytest.fixture
def old_working_copy(territory_gpkg: Path, tmp_path: Path) -> Iterator[Path]:
    """A working folder holding a working copy of schema 1."""
    settings = QgsSettings()
    saved = settings.value("aula/working_folder", "")
    folder = tmp_path / "travail"
    folder.mkdir()
    copy = folder / territory_gpkg.name
    shutil.copyfile(territory_gpkg, copy)
    with sqlite3.connect(copy) as con:
        for name in provenance.COLUMNS_V2:
            con.execute(f"ALTER TABLE aula_provenance DROP COLUMN {name}")
        con.execute("UPDATE aula_metadata SET value = '1' WHERE key = 'schema_version'")
    settings.setValue("aula/working_folder", str(folder))
    yield copy
    settings.setValue("aula/working_folder", saved or "")
    QgsProject.instance().clear()


def schema(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT value FROM aula_metadata WHERE key = 'schema_version'"
        ).fetchone()[0]


def test_opening_an_old_copy_offers_the_update_and_names_the_backup(
    iface: Any, old_working_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(TerritoryActions, "ask", lambda self, t, q: asked.append(q) or True)
    before = len(iface.messageBar().get_messages(Qgis.Success))
    assert TerritoryActions(iface).open_project()
    (question,) = asked
    assert str(old_working_copy) in question and "schema 1" in question
    assert schema(old_working_copy) == str(migrations.CURRENT_SCHEMA_VERSION)
    (backup,) = old_working_copy.parent.glob("aula_territoire_sauvegarde_schema1_*.gpkg")
    assert schema(backup) == "1"
    (message,) = iface.messageBar().get_messages(Qgis.Success)[before:]
    assert backup.name in message
    assert set(layer_files(QgsProject.instance()).values()) == {old_working_copy.resolve()}


def test_declining_the_update_keeps_the_copy_as_it_is(
    iface: Any, old_working_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TerritoryActions, "ask", lambda self, t, q: False)
    data = old_working_copy.read_bytes()
    before = len(iface.messageBar().get_messages(Qgis.Warning))
    assert TerritoryActions(iface).open_project()
    assert schema(old_working_copy) == "1"
    assert old_working_copy.read_bytes() == data
    assert list(old_working_copy.parent.iterdir()) == [old_working_copy]
    (message,) = iface.messageBar().get_messages(Qgis.Warning)[before:]
    assert "kept as is" in message
