"""'Open the territory project': the shipped GeoPackage is a template, the user works on a copy."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsSettings,
    QgsVectorLayer,
)

from aula_plugin.gui.territory import TerritoryActions


def table(layer: QgsMapLayer) -> str:
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source())["layerName"]


def layer_of(name: str) -> QgsMapLayer:
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if table(lyr) == name]
    return layer


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def working_folder(tmp_path: Path) -> Iterator[Path]:
    settings = QgsSettings()
    saved = settings.value("aula/working_folder", "")
    folder = tmp_path / "travail"
    settings.setValue("aula/working_folder", str(folder))
    yield folder
    settings.setValue("aula/working_folder", saved or "")
    QgsProject.instance().clear()


def test_open_copies_once_and_never_touches_the_template(
    iface: Any, territory_gpkg: Path, working_folder: Path
) -> None:
    template_hash = sha256(territory_gpkg)
    assert TerritoryActions(iface).open_project()
    copy = working_folder / "aula_territoire.gpkg"
    assert copy.is_file()

    layers = list(QgsProject.instance().mapLayers().values())
    tables = {table(layer) for layer in layers}
    assert {"commune", "epci", "scot", "pole", "territoire", "centralites_validees"} <= tables
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert Path(layer.source().split("|")[0]) == copy  # the copy, never the template

    # an edit goes to the working copy
    commune = layer_of("commune")
    assert isinstance(commune, QgsVectorLayer)
    field = commune.fields().indexOf("nom")
    feature = next(commune.getFeatures())
    assert commune.startEditing()
    assert commune.changeAttributeValue(feature.id(), field, "Commune modifiée")
    assert commune.commitChanges()
    QgsProject.instance().clear()

    # opening again keeps the user's edit and leaves the template as shipped
    reopened = TerritoryActions(iface).open_project()
    assert reopened, iface.messageBar().get_messages(Qgis.Critical)  # what the user was told
    commune = layer_of("commune")
    assert commune.getFeature(feature.id())["nom"] == "Commune modifiée"
    assert sha256(territory_gpkg) == template_hash
    assert iface.messageBar().get_messages(Qgis.Critical) == []


def test_unwritable_working_folder_is_reported_not_raised(
    iface: Any, territory_gpkg: Path, working_folder: Path
) -> None:
    working_folder.parent.mkdir(parents=True, exist_ok=True)
    working_folder.write_text("a file where a folder should be")
    before = len(iface.messageBar().get_messages(Qgis.Critical))
    assert not TerritoryActions(iface).open_project()
    messages = iface.messageBar().get_messages(Qgis.Critical)[before:]
    assert len(messages) == 1
    assert str(working_folder) in messages[0]


def test_the_message_bar_shows_the_working_copy_with_a_link_to_its_folder(
    iface: Any, territory_gpkg: Path, working_folder: Path
) -> None:
    """The copy sits in a profile folder a planner would not find: the message bar names it,
    with a link the bar opens in the file manager, when it is made and on every opening."""
    from qgis.PyQt.QtCore import QUrl

    copy = working_folder / "aula_territoire.gpkg"
    link = f'<a href="{QUrl.fromLocalFile(str(working_folder)).toString()}">{copy}</a>'
    before = len(iface.messageBar().get_messages(Qgis.Info))
    assert TerritoryActions(iface).open_project()  # makes the copy
    QgsProject.instance().clear()
    assert TerritoryActions(iface).open_project()  # opens it again
    created, opened = iface.messageBar().get_messages(Qgis.Info)[before:]
    assert link in created and "created" in created
    assert link in opened and "opened" in opened
