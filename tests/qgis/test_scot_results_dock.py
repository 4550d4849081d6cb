"""The SCoT results dock in a real headless QGIS: the tree and its counts from a hand-made findings
GeoPackage, the filters, a click that selects, zooms and flashes, the why pane and its link, the
layer picker, reopening a file, refresh on edits, several panels, the plugin's menu action."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import MagicMock

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QWidget

from aula_plugin.core.scot.findings_layer import COLUMNS
from aula_plugin.gis.fields import make_fields
from aula_plugin.gui import scot_results_dock
from aula_plugin.gui.scot_results_dock import ScotResultsDock

DOO = "https://example.invalid/doo_scot_demo.pdf"
X0, Y0 = 690_000.0, 7_035_000.0  # Lens, Lambert-93

#: (rule, title, status, scope, scope key, subject label, evidence square (x offset, size) or None)
FINDINGS = [
    ("COM-02", "Commerce de plus de 300 m² dans une centralité", "pass", "feature", "1", "Projet A",
     (0, 40)),
    ("COM-02", "Commerce de plus de 300 m² dans une centralité", "fail", "feature", "2", "Projet B",
     (5_000, 60)),
    ("COM-02", "Commerce de plus de 300 m² dans une centralité", "fail", "feature", "3", "Projet C",
     (9_000, 30)),
    ("COM-02", "Commerce de plus de 300 m² dans une centralité", "not_applicable", "feature", "4",
     "Projet D", None),
    ("DEN-01", "Densité minimale par niveau d'armature", "warning", "feature", "7", "1AUh",
     (2_000, 200)),
    ("DEN-01", "Densité minimale par niveau d'armature", "pass", "commune", "62498", None,
     (2_000, 400)),
    ("TVB-03", "Pas d'extension urbaine dans un réservoir", "not_evaluable", "feature", "9", "2AU",
     None),
]  # fmt: skip


def write_findings(path: Path, rows: list[tuple] = FINDINGS, name: str = "findings") -> Path:
    """A findings GeoPackage with the contract's columns, MultiPolygon evidence in EPSG:2154."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", name, "memory")
    layer.dataProvider().addAttributes(list(make_fields(COLUMNS)))
    layer.updateFields()
    features = []
    for rule, title, status, scope, key, label, square in rows:
        feature = QgsFeature(layer.fields())
        measured = status in ("pass", "warning", "fail")
        values = {
            "rule_id": rule, "title": title, "relation": "compatibilite", "severity": "fail",
            "scope": scope, "scope_key": key, "status": status, "subject_layer": "projets",
            "subject_id": key, "subject_label": label, "insee": "62498",
            "measure_name": "surface hors centralité" if measured else None,
            "measure_value": 120.5 if measured else None, "measure_unit": "m2",
            "threshold_op": "le", "threshold_value": 50.0 if measured else None,
            "threshold_warning": 1000.0 if measured else None,
            "message": f"{title} : {status}",
            "reason": None if measured else "la couche de référence reservoirs est absente",
            "note": "5 m² hors de la centralité, dans la tolérance de 10 m" if key == "1" else None,
            "citation_document": "DOO", "citation_article": "Orientation 4.2",
            "citation_page": "57", "citation_url": DOO,
            "evidence_role": "outside" if square else None,
        }  # fmt: skip
        for column, value in values.items():
            feature[column] = value
        if square:
            dx, size = square
            polygon = QgsGeometry.fromRect(QgsRectangle(X0 + dx, Y0, X0 + dx + size, Y0 + size))
            polygon.convertToMultiType()
            feature.setGeometry(polygon)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError, error
    return path


@pytest.fixture
def findings(tmp_path: Path, qgis_new_project: Any) -> Iterator[QgsVectorLayer]:
    path = write_findings(tmp_path / "scot_findings.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=findings", "Constats SCoT", "ogr")
    assert layer.isValid() and layer.featureCount() == len(FINDINGS)
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.MultiPolygon
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().clear()


@pytest.fixture
def canvas(qgis_app: Any) -> Iterator[QgsMapCanvas]:
    canvas = QgsMapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))  # not the layer's CRS
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))  # far from Lens
    canvas.show()
    yield canvas
    canvas.close()
    canvas.deleteLater()


@pytest.fixture
def docks(qgis_app: Any) -> Iterator[list[ScotResultsDock]]:
    made: list[ScotResultsDock] = []
    yield made
    for dock in made:
        dock.cleanup()
        dock.close()
        dock.deleteLater()
    QApplication.processEvents()


def _open(docks: list[ScotResultsDock], canvas: Any, layer: Any = None) -> ScotResultsDock:
    dock = ScotResultsDock(canvas=canvas)
    dock.duplicated.connect(docks.append)
    docks.append(dock)
    dock.resize(480, 800)
    dock.start(layer)
    dock.show()
    QApplication.processEvents()
    return dock


def _tree(dock: ScotResultsDock) -> dict[str, tuple[str, dict[str, tuple[str, list[str]]]]]:
    """rule -> (total, status label -> (count, finding labels))"""
    out = {}
    for i in range(dock.tree.topLevelItemCount()):
        rule = dock.tree.topLevelItem(i)
        groups = {}
        for j in range(rule.childCount()):
            group = rule.child(j)
            labels = [group.child(k).text(0) for k in range(group.childCount())]
            groups[group.text(0)] = (group.text(1), labels)
        out[rule.text(0).split(" · ")[0]] = (rule.text(1), groups)
    return out


def test_the_tree_fills_with_the_counts_of_the_findings(findings, canvas, docks) -> None:
    dock = _open(docks, canvas)  # the project's findings layer, picked at once
    assert dock.layer is findings and dock.layer_combo.currentLayer() is findings
    tree = _tree(dock)
    assert list(tree) == ["COM-02", "DEN-01", "TVB-03"]
    total, groups = tree["COM-02"]
    assert total == "4"
    assert list(groups) == ["deviation", "respected", "not applicable"]  # deviations first
    assert groups["deviation"] == ("2", ["Projet B (62498)", "Projet C (62498)"])
    assert groups["respected"][0] == "1" and groups["not applicable"][0] == "1"
    assert tree["DEN-01"][0] == "2" and list(tree["DEN-01"][1]) == ["to be examined", "respected"]
    assert tree["DEN-01"][1]["respected"][1] == ["commune 62498"]
    assert tree["TVB-03"][1] == {"not evaluable": ("1", ["2AU (62498)"])}
    assert "7 findings" in dock.status_label.text()
    assert dock.rows and {r.rule_id for r in dock.rows} == {"COM-02", "DEN-01", "TVB-03"}


def test_filters_by_status_and_by_scope(findings, canvas, docks) -> None:
    dock = _open(docks, canvas, findings)
    dock.status_boxes["pass"].setChecked(False)
    dock.status_boxes["not_applicable"].setChecked(False)
    tree = _tree(dock)
    assert list(tree["COM-02"][1]) == ["deviation"] and tree["COM-02"][0] == "4"  # counts kept
    assert list(tree["DEN-01"][1]) == ["to be examined"]
    scopes = [dock.scope_combo.itemData(i) for i in range(dock.scope_combo.count())]
    assert scopes == ["", "feature", "commune"]
    dock.scope_combo.setCurrentIndex(dock.scope_combo.findData("commune"))
    assert _tree(dock) == {"DEN-01": ("1", {})}  # its one finding is a pass, hidden
    dock.status_boxes["pass"].setChecked(True)
    assert _tree(dock) == {"DEN-01": ("1", {"respected": ("1", ["commune 62498"])})}


def _item(dock: ScotResultsDock, label: str) -> Any:
    (item,) = [i for i in dock.finding_items() if i.text(0) == label]
    return item


def test_a_click_selects_zooms_onto_and_flashes_the_evidence(findings, canvas, docks) -> None:
    dock = _open(docks, canvas, findings)
    flashed = []
    canvas.flashGeometries = lambda geoms, crs=None, *a, **k: flashed.append((geoms, crs))
    item = _item(dock, "Projet C (62498)")
    dock.tree.scrollToItem(item)
    rect = dock.tree.visualItemRect(item)
    QTest.mouseClick(dock.tree.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QApplication.processEvents()
    fid = item.data(0, scot_results_dock.FID_ROLE)
    assert dock.current_fid() == fid and findings.selectedFeatureIds() == [fid]
    evidence = findings.getFeature(fid).geometry()
    transform = QgsCoordinateTransform(
        findings.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    box = transform.transformBoundingBox(evidence.boundingBox())
    extent = canvas.extent()
    assert extent.contains(box), (extent.toString(), box.toString())
    assert extent.width() < 2_000  # onto the evidence, not the whole layer (9 km across)
    assert len(flashed) == 1 and flashed[0][1] == canvas.mapSettings().destinationCrs()
    assert flashed[0][0][0].boundingBox().contains(box.center())
    # the keyboard: the next finding (Projet B is above, Projet A below C's group)
    before = canvas.extent()
    dock.tree.setFocus()
    QTest.keyClick(dock.tree, Qt.Key_Up)
    assert dock.current_fid() != fid and canvas.extent() != before
    # a finding without evidence changes the why pane but leaves the map where it is
    before = canvas.extent()
    dock.show_finding(_item(dock, "Projet D (62498)").data(0, scot_results_dock.FID_ROLE))
    assert canvas.extent() == before and "no evidence geometry" in dock.why_pane.toPlainText()


def _spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_why_pane_shows_measure_threshold_citation_and_a_link(
    findings, canvas, docks, monkeypatch
) -> None:
    dock = _open(docks, canvas, findings)
    opened = []
    monkeypatch.setattr(
        scot_results_dock.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dock.show_finding(_item(dock, "Projet A (62498)").data(0, scot_results_dock.FID_ROLE))
    text = _spaces(dock.why_pane.toPlainText())  # Qt gives no-break spaces as spaces
    for expected in (
        "surface hors centralité: 120,5\u00a0m²",
        "≤ 50\u00a0m², warning up to ≤ 1\u202f000\u00a0m²",
        "DOO, Orientation 4.2, p. 57",
        "5 m² hors de la centralité, dans la tolérance de 10 m",  # the note
        "Commerce de plus de 300 m² dans une centralité : pass",  # the message
        "Open the cited page",
    ):
        assert _spaces(expected) in text, (expected, text)
    assert text.count("Commerce de plus de 300 m² dans une centralité (compatibility)") == 1
    assert f'href="{DOO}#page=57"' in dock.why_pane.toHtml()
    dock.why_pane.anchorClicked.emit(QUrl(f"{DOO}#page=57"))
    assert [u.toString() for u in opened] == [f"{DOO}#page=57"]
    dock.show_finding(_item(dock, "2AU (62498)").data(0, scot_results_dock.FID_ROLE))
    assert "la couche de référence reservoirs est absente" in dock.why_pane.toPlainText()


def test_only_findings_layers_are_offered(findings, canvas, docks, tmp_path) -> None:
    plain = QgsVectorLayer("Polygon?crs=EPSG:2154&field=rule_id:string&field=status:string",
                           "pas des constats", "memory")  # fmt: skip
    QgsProject.instance().addMapLayer(plain)
    dock = _open(docks, canvas)
    offered = [dock.layer_combo.layer(i) for i in range(dock.layer_combo.count())]
    assert findings in offered and plain not in offered
    assert not dock.set_layer(plain) and "not a findings layer" in dock.status_label.text()
    assert dock.layer is findings
    # a findings layer added later is offered too
    path = write_findings(tmp_path / "second.gpkg", FINDINGS[:2], "autre")
    later = QgsVectorLayer(f"{path}|layername=autre", "Constats 2", "ogr")
    QgsProject.instance().addMapLayer(later)
    QApplication.processEvents()
    offered = [dock.layer_combo.layer(i) for i in range(dock.layer_combo.count())]
    assert later in offered and plain not in offered


def test_open_reloads_last_weeks_file(tmp_path, canvas, docks, qgis_new_project) -> None:
    path = write_findings(tmp_path / "semaine_derniere.gpkg")
    dock = _open(docks, canvas)
    assert dock.layer is None and dock.tree.topLevelItemCount() == 0
    assert "No findings layer" in dock.status_label.text()
    layer = dock.open_file(path)
    assert layer is not None and layer in QgsProject.instance().mapLayers().values()
    assert dock.layer is layer and list(_tree(dock)) == ["COM-02", "DEN-01", "TVB-03"]
    other = tmp_path / "autre.gpkg"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        QgsVectorLayer("Point?crs=EPSG:2154&field=a:integer", "a", "memory"), str(other),
        QgsProject.instance().transformContext(), QgsVectorFileWriter.SaveVectorOptions(),
    )  # fmt: skip
    assert dock.open_file(other) is None and "holds no findings layer" in dock.status_label.text()
    assert dock.layer is layer
    QgsProject.instance().clear()


def test_the_tree_follows_edits_of_the_layer(findings, canvas, docks) -> None:
    dock = _open(docks, canvas, findings)
    fid = _item(dock, "Projet B (62498)").data(0, scot_results_dock.FID_ROLE)
    dock.show_finding(fid)
    assert findings.startEditing()
    findings.changeAttributeValue(fid, findings.fields().indexOf("status"), "pass")
    QTest.qWait(scot_results_dock.REFRESH_DELAY_MS + 150)
    groups = _tree(dock)["COM-02"][1]
    assert groups["deviation"] == ("1", ["Projet C (62498)"])
    assert groups["respected"][0] == "2"
    assert dock.current_fid() == fid  # the finding shown stays shown
    assert findings.rollBack()
    QTest.qWait(scot_results_dock.REFRESH_DELAY_MS + 150)
    assert _tree(dock)["COM-02"][1]["deviation"][0] == "2"


def test_panels_are_independent(findings, canvas, docks) -> None:
    dock = _open(docks, canvas, findings)
    dock.status_boxes["pass"].setChecked(False)
    other = dock.duplicate()
    assert other in docks and other.layer is findings and other.objectName() != dock.objectName()
    assert not other.status_boxes["pass"].isChecked()  # starts with the same filters
    other.status_boxes["pass"].setChecked(True)
    other.scope_combo.setCurrentIndex(other.scope_combo.findData("commune"))
    assert list(_tree(dock)) == ["COM-02", "DEN-01", "TVB-03"] and list(_tree(other)) == ["DEN-01"]


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab goes to from ``widget`` (the focus chain's next one taking Tab focus)."""
    after = widget.nextInFocusChain()
    while after is not widget and not (after.focusPolicy() & Qt.TabFocus and after.isVisible()):
        after = after.nextInFocusChain()
    return after


def test_keyboard_order_and_accessible_names(findings, canvas, docks) -> None:
    dock = _open(docks, canvas, findings)
    chain = dock._focus_chain
    assert chain[:3] == [dock.layer_combo, dock.open_button, dock.scope_combo]
    assert chain[-2:] == [dock.tree, dock.why_pane]
    assert chain.index(dock.refresh_button) > chain.index(dock.status_boxes["fail"])
    for widget in chain:
        assert widget.accessibleName(), widget
    # Tab from the scope picker goes to the first status box, from the last one to Refresh
    assert _next_tab_stop(dock.scope_combo) is dock.status_boxes["fail"]
    assert _next_tab_stop(dock.status_boxes["not_applicable"]) is dock.refresh_button
    assert _next_tab_stop(dock.duplicate_button) is dock.tree
    focusable = [w for w in dock.widget().findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus]
    unnamed = [type(w).__name__ for w in focusable if w.isVisible() and not w.accessibleName()]
    assert not [n for n in unnamed if n not in ("QScrollBar", "QSplitterHandle", "QLineEdit")]


def test_the_dock_renders(findings, canvas, docks, tmp_path) -> None:
    dock = _open(docks, canvas, findings)
    dock.show_finding(_item(dock, "Projet B (62498)").data(0, scot_results_dock.FID_ROLE))
    image = dock.grab().toImage().convertToFormat(QImage.Format_RGB32)
    assert image.save(str(tmp_path / "scot_results_dock.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}  # fmt: skip
    assert len(colours) >= 20, "the dock looks blank"


def test_the_menu_action_opens_the_dock_on_the_right(plugin, iface, findings, monkeypatch) -> None:
    monkeypatch.setattr(iface, "addDockWidget", MagicMock(name="addDockWidget"))
    (action,) = [a for a in plugin.actions if a.objectName() == "aula_toggle_scot_results"]
    assert action in plugin.menu.actions() and not action.icon().isNull()
    assert action.text() == "SCoT compatibility results"
    action.trigger()
    dock = plugin.scot_results_dock
    assert dock is not None and dock.objectName() == "AulaScotResultsDock"
    assert iface.addDockWidget.call_args.args[:2] == (Qt.RightDockWidgetArea, dock)
    assert dock.layer is findings and dock.tree.topLevelItemCount() == 3
    action.trigger()  # a second click hides rather than adding another dock
    assert plugin.scot_results_dock is dock
    other = dock.duplicate()
    assert plugin.extra_docks == [other]
    plugin.unload()
    assert plugin.scot_results_dock is None and plugin.extra_docks == []
    assert QCoreApplication.translate("AulaPlugin", "SCoT compatibility results")
