"""aula:checkoutpackage and aula:mergepackage in a headless QGIS: the checked-out copy opens its own
layers, edits in QGIS merged back, the conflicts table and report, each policy, the dry run, and the
one sentence when pygeodiff is missing."""

from __future__ import annotations

import csv
import hashlib
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProject, QgsVectorLayer

from aula_plugin.gis.territory import read_territory_project
from aula_plugin.maintenance import migrations, offline

pytest.importorskip("pygeodiff", reason="pygeodiff is in requirements-dev.txt: make setup-venv")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_name(path: Path, fid: int, name: str) -> None:
    """Edit a commune's name as a planner does: a QGIS layer edit session, committed."""
    layer = QgsVectorLayer(f"{path}|layername=commune", "commune", "ogr")
    assert layer.isValid()
    index = layer.fields().indexOf("nom")
    assert layer.startEditing()
    assert layer.changeAttributeValue(fid, index, name)
    assert layer.commitChanges(), layer.commitErrors()


def names(path: Path) -> dict[int, str]:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT fid, nom FROM commune"))
    finally:
        con.close()


@pytest.fixture
def master(territory_gpkg: Path, tmp_path: Path) -> Path:
    path = tmp_path / "serveur" / "aula_territoire.gpkg"
    path.parent.mkdir()
    shutil.copyfile(territory_gpkg, path)
    migrations.migrate_package(path, backup=False)
    return path


@pytest.fixture
def copy(provider: Any, run_alg: Any, master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "portable" / "réunion du 12.gpkg"
    target.parent.mkdir()
    results = run_alg("aula:checkoutpackage", {"INPUT": str(master), "OUTPUT": str(target)})
    assert Path(results["OUTPUT"]) == target and target.is_file()
    assert Path(results["BASE"]).parent == master.parent / offline.BASE_FOLDER
    assert offline.checkout_info(target)["checkout_id"] == results["CHECKOUT_ID"]
    return target


def test_the_checked_out_copy_opens_its_own_layers(copy: Path) -> None:
    project = QgsProject()
    try:
        assert read_territory_project(copy, project)
        layers = list(project.mapLayers().values())
        assert layers and all(layer.isValid() for layer in layers)
        files = {Path(layer.source().split("|")[0]).resolve() for layer in layers}
        assert files == {copy.resolve()}
    finally:
        project.clear()


def test_edits_made_in_qgis_are_merged_with_a_conflict_decided(
    run_alg: Any, master: Path, copy: Path, tmp_path: Path
) -> None:
    set_name(copy, 1, "Nom de la copie")
    set_name(copy, 2, "Seulement la copie")
    set_name(master, 1, "Nom du maître")
    report = tmp_path / "conflits.csv"
    before = sha256(master)
    dry = run_alg("aula:mergepackage", {"INPUT": str(master), "COPY": str(copy),
                                        "DRY_RUN": True, "OUTPUT": "memory:",
                                        "REPORT": str(report)})  # fmt: skip
    assert sha256(master) == before
    assert (dry["APPLIED"], dry["CONFLICTS"], dry["UNRESOLVED"]) == (0, 1, 1)
    (row,) = list(dry["OUTPUT"].getFeatures())
    assert (row["table"], row["key"], row["field"]) == ("commune", "1", "nom")
    assert (row["master"], row["copy"]) == ("Nom du maître", "Nom de la copie")
    with report.open(encoding="utf-8") as stream:
        lines = list(csv.DictReader(stream))
    lines[0]["resolution"] = "maître"
    with report.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, offline.REPORT_FIELDS)
        writer.writeheader()
        writer.writerows(lines)
    done = run_alg("aula:mergepackage", {"INPUT": str(master), "COPY": str(copy),
                                         "CHOICES": str(report), "OUTPUT": "memory:"})  # fmt: skip
    assert done["APPLIED"] == 1 and done["UNRESOLVED"] == 0 and Path(done["BACKUP"]).is_file()
    after = names(master)
    assert after[1] == "Nom du maître" and after[2] == "Seulement la copie"
    assert names(Path(done["BACKUP"]))[2] != "Seulement la copie"
    # the merged master still opens in QGIS, its layers valid
    layer = QgsVectorLayer(f"{master}|layername=commune", "commune", "ogr")
    assert layer.isValid() and layer.featureCount() == len(after)
    request = QgsFeatureRequest().setFilterFid(2)
    assert next(layer.getFeatures(request))["nom"] == "Seulement la copie"


@pytest.mark.parametrize(("policy", "expected"), [(1, "Nom du maître"), (2, "Nom de la copie")])
def test_each_policy(run_alg: Any, master: Path, copy: Path, policy: int, expected: str) -> None:
    set_name(copy, 1, "Nom de la copie")
    set_name(master, 1, "Nom du maître")
    stopped = run_alg("aula:mergepackage", {"INPUT": str(master), "COPY": str(copy),
                                            "OUTPUT": "memory:"})  # fmt: skip
    assert stopped["APPLIED"] == 0 and names(master)[1] == "Nom du maître"
    done = run_alg("aula:mergepackage", {"INPUT": str(master), "COPY": str(copy),
                                         "POLICY": policy, "OUTPUT": "memory:"})  # fmt: skip
    assert done["APPLIED"] == 1 and names(master)[1] == expected
    (row,) = list(done["OUTPUT"].getFeatures())
    assert row["resolution"] == ("master" if policy == 1 else "copy")


def test_without_pygeodiff_the_merge_says_how_to_get_it(
    run_alg: Any, master: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "pygeodiff" or m.startswith("pygeodiff.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pygeodiff", None)
    monkeypatch.setitem(sys.modules, "Mergin", None)
    with pytest.raises(QgsProcessingException, match="pip install pygeodiff") as caught:
        run_alg("aula:mergepackage", {"INPUT": str(master), "COPY": str(copy),
                                      "OUTPUT": "memory:"})  # fmt: skip
    assert "Mergin Maps" in str(caught.value)


def test_in_the_data_package_group(provider: Any) -> None:
    for name in ("checkoutpackage", "mergepackage"):
        alg = provider.algorithm(name)
        assert alg.groupId() == "package" and alg.shortHelpString()
