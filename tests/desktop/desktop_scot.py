"""The SCoT results dock in the real QGIS desktop (issue 13), called by desktop_script.py's
afternoon: a findings GeoPackage written in a temporary folder (the columns of the findings
layer contract, MultiPolygon evidence in Lambert-93), added to the project; the menu action
« Résultats de compatibilité SCoT »; the dock docks on the right, its tree fills with the counts,
a click on a finding moves the map canvas extent onto its evidence, the why pane cites the DOO.

desktop_script.py runs through ``exec`` in QGIS's ``__main__`` (``qgis --code``) and imports
this module when the afternoon calls it: the report and the helpers are taken from there, never
by importing desktop_script again (that would run a second afternoon).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QMenu
from qgis.utils import iface

SCOT_ACTION = "aula_toggle_scot_results"
DOO = "https://example.invalid/doo_scot_demo.pdf"
X0, Y0 = 687_000.0, 7_034_000.0  # Lens (Lambert-93), where the territory project shows
TITLE = "Commerce de plus de 300 m² dans une centralité (test)"
#: (rule, status, scope, key, subject label, evidence square (x offset, size in m) or None)
FINDINGS = [
    ("COM-02", "pass", "feature", "1", "Projet A", (0, 40)),
    ("COM-02", "fail", "feature", "2", "Projet B", (4_000, 60)),
    ("COM-02", "fail", "feature", "3", "Projet C", (8_000, 30)),
    ("COM-02", "not_applicable", "feature", "4", "Projet D", None),
    ("DEN-01", "warning", "feature", "7", "1AUh", (2_000, 200)),
    ("DEN-01", "pass", "commune", "62498", None, (2_000, 400)),
    ("TVB-03", "not_evaluable", "feature", "9", "2AU", None),
]


def _script() -> Any:
    """The running desktop_script (QGIS's ``__main__``), or the module when run otherwise."""
    main = sys.modules.get("__main__")
    if main is not None and hasattr(main, "REPORT") and hasattr(main, "shoot"):
        return main
    import desktop_script  # only outside `qgis --code`: nothing else runs it then

    return desktop_script


def write_findings(path: Path) -> QgsVectorLayer:
    """A findings GeoPackage with the contract's columns (synthetic findings, labelled so)."""
    from aula_plugin.core.scot.findings_layer import COLUMNS
    from aula_plugin.gis.fields import make_fields

    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "constats", "memory")
    memory.dataProvider().addAttributes(list(make_fields(COLUMNS)))
    memory.updateFields()
    features = []
    for rule, status, scope, key, label, square in FINDINGS:
        measured = status in ("pass", "warning", "fail")
        feature = QgsFeature(memory.fields())
        values = {
            "rule_id": rule, "title": TITLE if rule == "COM-02" else f"Règle {rule} (test)",
            "relation": "compatibilite", "severity": "fail", "scope": scope, "scope_key": key,
            "status": status, "subject_layer": "projets (test)", "subject_id": key,
            "subject_label": label, "insee": "62498",
            "measure_name": "surface hors centralité" if measured else None,
            "measure_value": 120.5 if measured else None, "measure_unit": "m2",
            "threshold_op": "le", "threshold_value": 50.0 if measured else None,
            "threshold_warning": 1000.0 if measured else None,
            "message": f"Constat de test : {status}",
            "reason": None if measured else "la couche de référence est absente (test)",
            "citation_document": "DOO", "citation_article": "Orientation 4.2",
            "citation_page": "57", "citation_url": DOO,
            "evidence_role": "outside" if square else None,
        }  # fmt: skip
        for column, value in values.items():
            feature[column] = value
        if square:
            dx, size = square
            box = QgsRectangle(X0 + dx, Y0, X0 + dx + size, Y0 + size)
            geometry = QgsGeometry.fromRect(box)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "constats"
    QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(path), QgsProject.instance().transformContext(), options
    )
    return QgsVectorLayer(f"{path}|layername=constats", "Constats SCoT (test)", "ogr")


def _tree_counts(dock: Any) -> dict[str, dict[str, str]]:
    """rule -> {"total": n, status label: n}"""
    out = {}
    for i in range(dock.tree.topLevelItemCount()):
        rule = dock.tree.topLevelItem(i)
        counts = {"total": rule.text(1)}
        for j in range(rule.childCount()):
            counts[rule.child(j).text(0)] = rule.child(j).text(1)
        out[rule.text(0).split(" · ")[0]] = counts
    return out


def scot_results(plugin: Any) -> None:
    s = _script()
    report, shoot, wait = s.REPORT, s.shoot, s.wait
    folder = Path(tempfile.mkdtemp(prefix="aula_scot_dock_"))
    layer = write_findings(folder / "constats_scot_test.gpkg")
    written = f"{folder}: valid {layer.isValid()}, {layer.featureCount()} rows"
    ok = layer.isValid() and layer.featureCount() == len(FINDINGS)
    if not report.check("scot_dock:findings_gpkg_written", ok, written):
        return
    QgsProject.instance().addMapLayer(layer)
    window = iface.mainWindow()
    actions = [a for a in window.findChildren(QAction) if a.objectName() == SCOT_ACTION]
    menu = window.findChild(QMenu, "AulaTerritoiresMenu")
    in_menu = bool(actions) and menu is not None and actions[0] in menu.actions()
    if not report.check("scot_dock:action_in_aula_menu", in_menu, f"{len(actions)} action(s)"):
        return
    french, _shown = s.english_and_french(plugin, "AulaPlugin", "SCoT compatibility results")
    report.check("scot_dock:action_french",
                 french == "Résultats de compatibilité SCoT" and actions[0].text() == french,
                 actions[0].text())  # fmt: skip
    actions[0].trigger()
    wait(lambda: getattr(plugin, "scot_results_dock", None) is not None, 5)
    dock = plugin.scot_results_dock
    wait(lambda: dock is not None and dock.isVisible(), 5)
    area = window.dockWidgetArea(dock) if dock is not None else None
    if not report.check(
        "scot_dock:docks_on_the_right",
        dock is not None and dock.isVisible() and area == Qt.RightDockWidgetArea,
        f"dock: {dock is not None}, area: {area}",
    ):
        return
    if dock.layer is not layer:
        dock.layer_combo.setLayer(layer)  # the planner picks the layer in the dock
        wait(timeout=0.3)
    counts = _tree_counts(dock)
    expected = {
        "COM-02": {"total": "4", "écart": "2", "respecté": "1", "non applicable": "1"},
        "DEN-01": {"total": "2", "à examiner": "1", "respecté": "1"},
        "TVB-03": {"total": "1", "non évaluable": "1"},
    }
    report.check("scot_dock:tree_fills_with_counts", dock.layer is layer and counts == expected,
                 counts)  # fmt: skip
    offered = [dock.layer_combo.layer(i) for i in range(dock.layer_combo.count())]
    others = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr is not layer]
    report.check("scot_dock:only_findings_layers_offered",
                 layer in offered and not any(o in offered for o in others),
                 [o.name() for o in offered if o is not None])  # fmt: skip
    shoot(window, "scot_dock_arbre")

    canvas = iface.mapCanvas()
    s.canvas_idle()
    before = canvas.extent()
    items = [i for i in dock.finding_items() if i.text(0).startswith("Projet C")]
    if not report.check("scot_dock:finding_listed", len(items) == 1,
                        [i.text(0) for i in dock.finding_items()]):  # fmt: skip
        return
    item = items[0]
    dock.tree.scrollToItem(item)
    wait(timeout=0.2)
    QTest.mouseClick(dock.tree.viewport(), Qt.LeftButton, Qt.NoModifier,
                     dock.tree.visualItemRect(item).center())  # fmt: skip
    wait(timeout=0.5)
    s.canvas_idle()
    fid = dock.current_fid()
    evidence = layer.getFeature(fid).geometry() if fid is not None else QgsGeometry()
    transform = QgsCoordinateTransform(
        layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    box = transform.transformBoundingBox(evidence.boundingBox()) if fid is not None else None
    extent = canvas.extent()
    report.check(
        "scot_dock:click_moves_the_canvas_onto_the_evidence",
        box is not None and extent.contains(box) and extent != before
        and extent.width() < 20 * max(box.width(), 100.0),
        f"before {before.toString(0)}, after {extent.toString(0)}, evidence "
        f"{box.toString(0) if box is not None else None}",
    )  # fmt: skip
    report.check("scot_dock:click_selects_the_finding", layer.selectedFeatureIds() == [fid],
                 f"selected {layer.selectedFeatureIds()}, shown {fid}")  # fmt: skip
    why = dock.why_pane.toPlainText()
    report.check(
        "scot_dock:why_pane_cites_the_doo",
        "DOO, Orientation 4.2, p. 57" in why and f"{DOO}#page=57" in dock.why_pane.toHtml()
        and "Seuil" in why,
        why[:400],
    )  # fmt: skip
    shoot(window, "scot_dock_clic_constat")
    shoot(dock, "scot_dock_panneau")
