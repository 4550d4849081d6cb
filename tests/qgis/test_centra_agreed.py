"""Agreed centrality perimeters: layer + history triggers in a GeoPackage, and the comparison."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from osgeo import ogr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

X0, Y0 = 650_000.0, 7_000_000.0


def _square(x: float, y: float, w: float, h: float | None = None) -> str:
    h = w if h is None else h
    x, y = X0 + x, Y0 + y
    return f"MULTIPOLYGON((({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y})))"


def _agreed_module() -> Any:
    from aula_plugin.gis import centralities_agreed

    return centralities_agreed


@pytest.fixture
def gpkg(tmp_path: Path) -> Path:
    path = tmp_path / "travail.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path)).FlushCache()
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as con:
        return con.execute(sql).fetchall()


def _insert(path: Path, fid_values: dict[str, Any], wkt: str) -> int:
    ds = ogr.Open(str(path), update=1)
    layer = ds.GetLayerByName("centralites_validees")
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in fid_values.items():
        feature.SetField(key, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    error = layer.CreateFeature(feature)
    fid = feature.GetFID()
    ds = None
    if error != 0:
        raise RuntimeError("insert refused")
    return fid


def test_create_agreed_layer_schema_and_idempotence(qgis_app: Any, gpkg: Path) -> None:
    module = _agreed_module()
    assert module.create_agreed_layer(gpkg) is True
    columns = [r[1] for r in _rows(gpkg, "PRAGMA table_info(centralites_validees)")]
    assert columns == [
        "fid",
        "geom",
        "id",
        "nom",
        "insee_com",
        "statut",
        "date_decision",
        "ref_decision",
        "commentaire",
        "centralite_id",
        "modifie_le",
    ]
    history = [r[1] for r in _rows(gpkg, "PRAGMA table_info(centralites_validees_historique)")]
    assert history[2:] == ["fid_origine", *columns[2:], "operation", "horodatage"]
    contents = dict(_rows(gpkg, "SELECT table_name, data_type FROM gpkg_contents"))
    assert contents["centralites_validees"] == "features"
    assert contents["centralites_validees_historique"] == "features"
    geometry = dict(_rows(gpkg, "SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert geometry["centralites_validees"] == "MULTIPOLYGON"
    triggers = {
        r[0]
        for r in _rows(
            gpkg,
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'centralites_validees' AND name LIKE 'centralites_validees_%'",
        )
    }
    assert triggers == {
        "centralites_validees_historique_update",
        "centralites_validees_historique_delete",
        "centralites_validees_modifie_le_update",
        "centralites_validees_modifie_le_insert",
        "centralites_validees_statut_insert",
        "centralites_validees_statut_update",
    }
    # The default style with its form is embedded (value map on statut, read-only modifie_le).
    styles = dict(_rows(gpkg, "SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault"))
    assert set(styles) == {"centralites_validees", "centralites_validees_historique"}
    form = ElementTree.fromstring(styles["centralites_validees"])
    widgets = {f.get("name"): f.find("editWidget").get("type") for f in form.iter("field")
               if f.find("editWidget") is not None}  # fmt: skip
    assert widgets["statut"] == "ValueMap"
    assert widgets["date_decision"] == "DateTime"
    editable = {f.get("name"): f.get("editable") for f in form.find("editable")}
    assert editable["modifie_le"] == "0"

    fid = _insert(gpkg, {"id": "V1", "nom": "Centre", "statut": "validé"}, _square(0, 0, 100))
    # A second call changes nothing and keeps the rows and the styles.
    assert module.create_agreed_layer(gpkg) is False
    assert _rows(gpkg, "SELECT fid, id FROM centralites_validees") == [(fid, "V1")]
    assert len(_rows(gpkg, "SELECT 1 FROM layer_styles")) == 2


def test_insert_sets_modifie_le_and_statut_is_checked(qgis_app: Any, gpkg: Path) -> None:
    _agreed_module().create_agreed_layer(gpkg, styles=False)
    _insert(gpkg, {"id": "V1"}, _square(0, 0, 100))
    ((statut, stamp),) = _rows(gpkg, "SELECT statut, modifie_le FROM centralites_validees")
    assert statut == "en discussion"  # the column default
    assert stamp is not None and stamp.endswith("Z") and "T" in stamp
    with pytest.raises(RuntimeError):
        _insert(gpkg, {"id": "V2", "statut": "accepté"}, _square(0, 0, 100))
    assert _rows(gpkg, "SELECT id FROM centralites_validees") == [("V1",)]
    assert _rows(gpkg, "SELECT count(*) FROM centralites_validees_historique") == [(0,)]


def test_qgis_edits_fill_the_history(qgis_app: Any, gpkg: Path) -> None:
    _agreed_module().create_agreed_layer(gpkg, styles=False)
    fid = _insert(
        gpkg, {"id": "V1", "nom": "Centre", "statut": "en discussion"}, _square(0, 0, 100)
    )
    _insert(gpkg, {"id": "V2", "nom": "Gare", "statut": "en discussion"}, _square(500, 0, 50))
    # a known old stamp, so that the trigger's new one is visibly different (through OGR: the
    # GeoPackage's own R-tree triggers call GDAL's SQL functions)
    ds = ogr.Open(str(gpkg), update=1)
    ds.ExecuteSQL("UPDATE centralites_validees SET modifie_le = '2000-01-01T00:00:00.000Z'")
    ds = None
    # that direct UPDATE of modifie_le alone is not an edit: no history
    assert _rows(gpkg, "SELECT count(*) FROM centralites_validees_historique") == [(0,)]

    layer = QgsVectorLayer(f"{gpkg}|layername=centralites_validees", "v", "ogr")
    assert layer.isValid()
    statut = layer.fields().indexOf("statut")
    # 1. attribute edit -> one UPDATE row holding the old values, modifie_le refreshed
    assert layer.startEditing()
    assert layer.changeAttributeValue(fid, statut, "validé")
    assert layer.commitChanges(), layer.commitErrors()
    rows = _rows(
        gpkg,
        "SELECT operation, fid_origine, id, statut, modifie_le, horodatage, geom IS NOT NULL "
        "FROM centralites_validees_historique ORDER BY fid",
    )
    assert len(rows) == 1
    operation, origin, key, old_statut, old_stamp, when, has_geom = rows[0]
    assert (operation, origin, key, old_statut, old_stamp) == (
        "UPDATE",
        fid,
        "V1",
        "en discussion",
        "2000-01-01T00:00:00.000Z",
    )
    assert has_geom == 1 and when.endswith("Z")
    current = _rows(gpkg, f"SELECT statut, modifie_le FROM centralites_validees WHERE fid={fid}")
    assert current[0][0] == "validé"
    assert current[0][1] > "2000-01-01T00:00:00.000Z"

    # 2. geometry edit -> one more row, with the old geometry (a 100 m square: 1 ha)
    assert layer.startEditing()
    assert layer.changeGeometry(fid, QgsGeometry.fromWkt(_square(0, 0, 200)))
    assert layer.commitChanges(), layer.commitErrors()
    history = QgsVectorLayer(f"{gpkg}|layername=centralites_validees_historique", "h", "ogr")
    areas = [round(f.geometry().area()) for f in history.getFeatures()]
    assert areas == [10_000, 10_000]  # both rows hold the 100 m square; the table has 40 000
    # 3. delete -> a DELETE row with the last state (the 200 m square, statut validé)
    assert layer.startEditing()
    assert layer.deleteFeature(fid)
    assert layer.commitChanges(), layer.commitErrors()
    rows = _rows(
        gpkg,
        "SELECT operation, id, statut FROM centralites_validees_historique ORDER BY fid",
    )
    assert rows == [
        ("UPDATE", "V1", "en discussion"),
        ("UPDATE", "V1", "validé"),
        ("DELETE", "V1", "validé"),
    ]
    history = QgsVectorLayer(f"{gpkg}|layername=centralites_validees_historique", "h", "ogr")
    assert [round(f.geometry().area()) for f in history.getFeatures()][-1] == 40_000
    # the other perimeter was never touched
    assert _rows(gpkg, "SELECT id, modifie_le FROM centralites_validees") == [
        ("V2", "2000-01-01T00:00:00.000Z")
    ]
    del layer, history


def _memory(kind: str, fields: str, rows: list[tuple[list[Any], str]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:2154&{fields}", "m", "memory")
    features = []
    for values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _point(x: float, y: float) -> str:
    return f"POINT({X0 + x} {Y0 + y})"


def test_compare_with_agreed_hand_computed(qgis_app: Any) -> None:
    module = _agreed_module()
    computed = _memory(
        "MultiPolygon",
        "field=id:string&field=nom_com:string",
        [
            (["B", "Alpha"], _square(50, 0, 100)),  # A offset by half: IoU 1/3
            (["B2", "Alpha"], _square(-10, 0, 10, 100)),  # shares only the edge x = 0 with A
            (["B3", "Alpha"], _square(90, 0, 20, 100)),  # overlaps A on 10 × 100
            (["D", "Gamma"], _square(5000, 0, 100)),  # overlaps only a rejected perimeter
        ],
    )
    agreed = _memory(
        "MultiPolygon",
        "field=id:string&field=nom:string&field=statut:string",
        [
            (["A", "Centre", "validé"], _square(0, 0, 100)),
            (["C", "Hameau", "en discussion"], _square(2000, 0, 100)),
            (["R", "Zone", "rejeté"], _square(5000, 0, 100)),
        ],
    )
    activities = _memory(
        "Point",
        "field=function:string",
        [
            (["C"], _point(25, 50)),  # A only
            (["C"], _point(75, 50)),  # A and B
            (["S"], _point(80, 20)),  # A and B
            (["E"], _point(125, 50)),  # B only
            (["E"], _point(2050, 50)),  # C only
            (["E"], _point(5050, 50)),  # D (and the rejected R)
        ],
    )
    feedback = QgsProcessingFeedback()
    fractions: list[float] = []
    rows = module.compare_with_agreed(
        computed, agreed, activities, feedback, progress=fractions.append
    )
    assert fractions == [0.5, 1.0]  # two agreed perimeters (R is rejected)
    assert feedback.progress() == 0  # the caller's progress bar is left alone
    assert [(r["kind"], r["agreed_id"], r["computed_id"]) for r in rows] == [
        ("agreed", "A", "B"),
        ("agreed", "C", None),
        ("computed", None, "B2"),
        ("computed", None, "D"),
    ]
    a, c, b2, d = rows
    # A = [0,100]², B = [50,150]×[0,100]: A∩B = 50 × 100 = 5,000 m², A∪B = 15,000 m² -> 1/3
    assert a["iou"] == pytest.approx(1 / 3)
    assert a["area_agreed_ha"] == pytest.approx(1.0)
    assert a["area_computed_ha"] == pytest.approx(1.0)
    assert a["area_diff_ha"] == pytest.approx(0.0)
    assert (a["act_both"], a["act_agreed_only"], a["act_computed_only"]) == (2, 1, 1)
    # B3 = [90,110]×[0,100]: A∩B3 = 10 × 100 = 1,000; A∪B3 = 10,000 + 2,000 − 1,000 = 11,000
    # B2 = [-10,0]×[0,100] only touches A along x = 0: no area, not an overlap
    assert dict(a["overlaps"]) == pytest.approx({"B": 1 / 3, "B3": 1 / 11})
    assert "IoU 0.33" in a["message"]
    assert c["iou"] == 0.0 and c["area_diff_ha"] is None
    assert (c["act_both"], c["act_agreed_only"], c["act_computed_only"]) == (0, 1, 0)
    assert "no computed perimeter overlaps it" in c["message"]
    assert (b2["act_computed_only"], d["act_computed_only"], d["iou"]) == (0, 1, None)
    assert "overlaps no agreed perimeter" in d["message"]
    # the largest IoU of each computed perimeter with any agreed one (field agreed_iou)
    assert module.agreed_iou_by_computed(rows) == pytest.approx({"B": 1 / 3, "B3": 1 / 11})
    assert len(module.comparison_attributes(a)) == module.comparison_fields().count()

    # Without activities: counts are None; input order changes nothing.
    again = module.compare_with_agreed(computed, agreed, None, None)
    assert [r["act_both"] for r in again] == [None] * 4
    assert [(r["agreed_id"], r["computed_id"], r["iou"]) for r in again] == [
        (r["agreed_id"], r["computed_id"], r["iou"]) for r in rows
    ]


def test_compare_ignores_rejected_and_never_writes(qgis_app: Any, gpkg: Path) -> None:
    module = _agreed_module()
    module.create_agreed_layer(gpkg, styles=False)
    _insert(gpkg, {"id": "R", "statut": "rejeté"}, _square(0, 0, 100))
    agreed = QgsVectorLayer(f"{gpkg}|layername=centralites_validees", "v", "ogr")
    computed = _memory("MultiPolygon", "field=id:string", [(["B"], _square(0, 0, 100))])
    before = _rows(gpkg, "SELECT * FROM centralites_validees")
    rows = module.compare_with_agreed(computed, agreed, None, None)
    assert [(r["kind"], r["computed_id"]) for r in rows] == [("computed", "B")]
    assert _rows(gpkg, "SELECT * FROM centralites_validees") == before
    assert _rows(gpkg, "SELECT count(*) FROM centralites_validees_historique") == [(0,)]
    del agreed


def test_compare_reprojects_to_lambert93(qgis_app: Any) -> None:
    """An agreed layer in Web Mercator: compared in EPSG:2154, IoU still 1/3 (to 1e-4)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
    )

    module = _agreed_module()
    to_3857 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsCoordinateTransformContext(),
    )
    square = QgsGeometry.fromWkt(_square(0, 0, 100))
    square.transform(to_3857)
    agreed = QgsVectorLayer("MultiPolygon?crs=EPSG:3857&field=id:string", "v", "memory")
    feature = QgsFeature(agreed.fields())
    feature.setAttributes(["A"])
    feature.setGeometry(square)
    agreed.dataProvider().addFeatures([feature])
    computed = _memory("MultiPolygon", "field=id:string", [(["B"], _square(50, 0, 100))])
    (row,) = module.compare_with_agreed(computed, agreed, None, None)
    assert row["computed_id"] == "B"
    assert row["iou"] == pytest.approx(1 / 3, abs=1e-4)
    assert row["area_agreed_ha"] == pytest.approx(1.0, abs=1e-4)  # not Mercator's inflated area


def test_gpkg_module_adds_the_empty_structure(
    qgis_app: Any, territory_gpkg: Path, repo_root: Path, tmp_path: Path
) -> None:
    """gpkg/synthetic/centra_agreed.py on a copy of the template: empty layers, styles with the
    form, provenance rows saying "structure vide"; a second run changes nothing."""
    import importlib.util
    import shutil

    copy = tmp_path / "aula_territoire.gpkg"
    shutil.copyfile(territory_gpkg, copy)
    spec = importlib.util.spec_from_file_location(
        "aula_gpkg_centra_agreed", repo_root / "gpkg" / "synthetic" / "centra_agreed.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for _ in range(2):
        module.add_to_gpkg(copy, "2026-11-23")
        tables = ("centralites_validees", "centralites_validees_historique")
        for table in tables:
            assert _rows(copy, f"SELECT count(*) FROM {table}") == [(0,)]  # no feature: empty
        styles = _rows(
            copy,
            "SELECT f_table_name, count(*) FROM layer_styles WHERE useAsDefault "
            "AND f_table_name LIKE 'centralites_validees%' GROUP BY f_table_name",
        )
        assert styles == [(t, 1) for t in tables]
        provenance = dict(
            _rows(
                copy,
                "SELECT layer, notes FROM aula_provenance WHERE layer LIKE 'centralites_v%'",
            )
        )
        assert sorted(provenance) == list(tables)
        assert all(
            "structure vide" in n.lower() or "empty structure" in n for n in provenance.values()
        )
        assert not any("SYNTH" in n.upper() for n in provenance.values())
    # the territory layers are untouched
    assert _rows(copy, "SELECT count(*) FROM commune") == [(319,)]
