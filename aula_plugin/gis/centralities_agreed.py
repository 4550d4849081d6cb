"""Agreed centrality perimeters: the hand-edited layer, its history, and the comparison with a run.

Perimeters agreed with elected officials live in their own layer, ``centralites_validees``, of the
working GeoPackage. The agency draws and edits them by hand; a run of aula:centralities never
writes to them. Every UPDATE and DELETE copies the old row (geometry included) into
``centralites_validees_historique`` through plain SQLite triggers, so editing in QGIS or with OGR
keeps the history without any plugin code running.

:func:`create_agreed_layer` adds both tables and the triggers to a GeoPackage (idempotent, one
transaction). :func:`compare_with_agreed` compares the computed perimeters with the agreed ones
(IoU, activities inside both or one of them, area difference).

This module has no relative import at module level: gpkg/synthetic/centra_agreed.py loads it from
its file to build the territory GeoPackage.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QVariant

from .geometry import GeometryRepair, features_in

AGREED_LAYER = "centralites_validees"
HISTORY_LAYER = "centralites_validees_historique"
STATUSES = ("en discussion", "validé", "rejeté")
REJECTED = "rejeté"
#: columns edited by hand (geometry included): an UPDATE of one of them is recorded
EDITED_COLUMNS = (
    "id",
    "nom",
    "insee_com",
    "statut",
    "date_decision",
    "ref_decision",
    "commentaire",
    "centralite_id",
)
_FIELDS = (
    ("id", ogr.OFTString),
    ("nom", ogr.OFTString),
    ("insee_com", ogr.OFTString),
    ("statut", ogr.OFTString),
    ("date_decision", ogr.OFTDate),
    ("ref_decision", ogr.OFTString),
    ("commentaire", ogr.OFTString),
    ("centralite_id", ogr.OFTString),
    ("modifie_le", ogr.OFTDateTime),
)
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
WORK_CRS = "EPSG:2154"

MSG_BEST = QT_TRANSLATE_NOOP("aula", "Agreed perimeter {agreed}: best match {computed}, IoU {iou}")
MSG_AREA = QT_TRANSLATE_NOOP("aula", "area difference {diff} ha")
MSG_ACTIVITIES = QT_TRANSLATE_NOOP(
    "aula", "activities inside both {both}, only agreed {agreed}, only computed {computed}"
)
MSG_NO_OVERLAP = QT_TRANSLATE_NOOP(
    "aula", "Agreed perimeter {agreed}: no computed perimeter overlaps it (IoU 0)"
)
MSG_UNMATCHED = QT_TRANSLATE_NOOP(
    "aula", "Computed perimeter {computed} overlaps no agreed perimeter"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("aula", text)


def _styles_dir() -> Path | None:
    """resources/styles of the staged plugin (aula_plugin/resources) or of the repository."""
    here = Path(__file__).parent
    for candidate in (
        here.parent / "resources" / "styles",
        here.parents[1] / "resources" / "styles",
    ):
        if candidate.is_dir():
            return candidate
    return None


# -- The agreed layer and its history -------------------------------------------------------------


def _trigger_sql(geom: str) -> list[str]:
    """Triggers in plain SQLite (no GDAL function): they also fire when QGIS or OGR edit the layer.

    - history on UPDATE of an edited column (and only when a value really changed) and on DELETE;
    - ``modifie_le`` set on INSERT (when empty) and on UPDATE of an edited column. Its own UPDATE
      touches only ``modifie_le``, which is in none of the ``UPDATE OF`` lists: no recursion and no
      second history row.
    - ``statut`` restricted to the three values (NULL allowed: read as "en discussion").
    """
    t, h = AGREED_LAYER, HISTORY_LAYER
    edited = [geom, *EDITED_COLUMNS]
    of_list = ", ".join(f'"{c}"' for c in edited)
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in edited)
    copied = [geom, *EDITED_COLUMNS, "modifie_le"]
    columns = ", ".join(f'"{c}"' for c in ["fid_origine", *copied, "operation", "horodatage"])

    def old_values(operation: str) -> str:
        return ", ".join(["OLD.fid", *(f'OLD."{c}"' for c in copied), f"'{operation}'", NOW])

    statuses = ", ".join(f"'{s}'" for s in STATUSES)
    check = (
        f"SELECT RAISE(ABORT, 'statut must be one of: {', '.join(STATUSES)}') "
        f"WHERE NEW.statut IS NOT NULL AND NEW.statut NOT IN ({statuses});"
    )
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{t}_historique_update" AFTER UPDATE OF {of_list} '
        f'ON "{t}" WHEN {changed} BEGIN INSERT INTO "{h}" ({columns}) '
        f"VALUES ({old_values('UPDATE')}); END",
        f'CREATE TRIGGER IF NOT EXISTS "{t}_historique_delete" AFTER DELETE ON "{t}" '
        f'BEGIN INSERT INTO "{h}" ({columns}) VALUES ({old_values("DELETE")}); END',
        f'CREATE TRIGGER IF NOT EXISTS "{t}_modifie_le_update" AFTER UPDATE OF {of_list} '
        f'ON "{t}" WHEN {changed} BEGIN UPDATE "{t}" SET modifie_le = {NOW} '
        "WHERE fid = NEW.fid; END",
        f'CREATE TRIGGER IF NOT EXISTS "{t}_modifie_le_insert" AFTER INSERT ON "{t}" '
        f'WHEN NEW.modifie_le IS NULL BEGIN UPDATE "{t}" SET modifie_le = {NOW} '
        "WHERE fid = NEW.fid; END",
        f'CREATE TRIGGER IF NOT EXISTS "{t}_statut_insert" BEFORE INSERT ON "{t}" '
        f"BEGIN {check} END",
        f'CREATE TRIGGER IF NOT EXISTS "{t}_statut_update" BEFORE UPDATE OF "statut" ON "{t}" '
        f"BEGIN {check} END",
    ]


def _create(ds: ogr.DataSource, name: str, history: bool) -> ogr.Layer:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    if history:
        options = [
            "GEOMETRY_NAME=geom",
            "SPATIAL_INDEX=NO",  # rows come from triggers, which cannot call GDAL's functions
            "IDENTIFIER=Centralités validées — historique",
            "DESCRIPTION=Anciennes versions des périmètres validés (opération, horodatage)",
        ]
    else:
        options = [
            "GEOMETRY_NAME=geom",
            "IDENTIFIER=Centralités validées",
            "DESCRIPTION=Périmètres de centralité convenus avec les élus (saisis par l'agence)",
        ]
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, options)
    if layer is None:
        raise RuntimeError(f"cannot create layer {name}")
    fields = list(_FIELDS)
    if history:
        fields = [("fid_origine", ogr.OFTInteger64), *fields]
        fields += [("operation", ogr.OFTString), ("horodatage", ogr.OFTDateTime)]
    for field_name, kind in fields:
        definition = ogr.FieldDefn(field_name, kind)
        if field_name == "statut" and not history:
            definition.SetDefault("'en discussion'")
        if layer.CreateField(definition) != 0:
            raise RuntimeError(f"cannot create field {name}.{field_name}")
    return layer


def create_agreed_layer(
    gpkg_path: Path | str, *, styles: bool = True, styles_dir: Path | None = None
) -> bool:
    """Add the empty ``centralites_validees`` layer, its history and triggers if absent.

    Idempotent: existing tables and their rows are kept, missing pieces are added (triggers are
    ``CREATE TRIGGER IF NOT EXISTS``). The tables and triggers are written in one transaction.
    With ``styles``, the default QML styles (and the attribute form) are embedded for the tables
    that have none. Returns True when something was created.
    """
    path = Path(gpkg_path)
    ds = ogr.Open(str(path), update=1)
    if ds is None:
        raise OSError(f"{path}: cannot open the GeoPackage for writing")
    created = False
    try:
        ds.StartTransaction()
        try:
            for name, history in ((AGREED_LAYER, False), (HISTORY_LAYER, True)):
                if ds.GetLayerByName(name) is None:
                    _create(ds, name, history)
                    created = True
            geom = ds.GetLayerByName(AGREED_LAYER).GetGeometryColumn() or "geom"
            before = _trigger_names(ds)
            for statement in _trigger_sql(geom):
                ds.ExecuteSQL(statement)
            created = created or _trigger_names(ds) != before
            ds.CommitTransaction()
        except Exception:
            ds.RollbackTransaction()
            raise
    finally:
        ds = None
    if styles:
        embed_default_styles(path, styles_dir=styles_dir)
    return created


def _trigger_names(ds: ogr.DataSource) -> set[str]:
    result = ds.ExecuteSQL(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' " f"AND tbl_name = '{AGREED_LAYER}'"
    )
    names = {feature.GetField(0) for feature in result} if result is not None else set()
    if result is not None:
        ds.ReleaseResultSet(result)
    return names


def embed_default_styles(gpkg_path: Path | str, *, styles_dir: Path | None = None) -> list[str]:
    """Embed resources/styles/<table>.qml as the default style of the two tables lacking one.

    Returns the tables styled. A table that already has a default style keeps it (QGIS 3.22
    hangs when it has to replace a default style of the same name through OGR).
    """
    path = Path(gpkg_path)
    folder = styles_dir or _styles_dir()
    if folder is None:
        return []
    styled: list[str] = []
    with contextlib.closing(sqlite3.connect(path)) as con:
        has_styles = con.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'"
        ).fetchone()
        existing = (
            {r[0] for r in con.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
            if has_styles
            else set()
        )
    for name in (AGREED_LAYER, HISTORY_LAYER):
        qml = folder / f"{name}.qml"
        if name in existing or not qml.is_file():
            continue
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise OSError(f"{path}: QGIS cannot open layer {name}")
        message, ok = layer.loadNamedStyle(str(qml))
        if not ok:
            raise OSError(f"{qml}: {message}")
        error = layer.saveStyleToDatabase(
            name[:30],  # the styleName column holds 30 characters
            f"AULA Territoires default style (resources/styles/{name}.qml)",
            True,
            "",
        )
        if error:
            raise OSError(f"{name}: could not embed its style: {error}")
        del layer
        styled.append(name)
    return styled


# -- Comparison with a run ------------------------------------------------------------------------


@dataclass
class _Polygon:
    key: str
    name: str
    status: str
    geometry: QgsGeometry
    area: float


def _text(value: Any) -> str:
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return ""
    return str(value).strip()


def _number(value: float, decimals: int) -> str:
    """A number in the user's language (decimal comma in French)."""
    return QLocale(QgsApplication.locale() or "en").toString(float(value), "f", decimals)


def _transform(
    layer: QgsVectorLayer, context: QgsCoordinateTransformContext
) -> QgsCoordinateTransform | None:
    target = QgsCoordinateReferenceSystem(WORK_CRS)
    if layer.crs() == target:
        return None
    return QgsCoordinateTransform(layer.crs(), target, context)


def _field(layer: QgsVectorLayer, *names: str) -> int:
    fields = layer.fields()
    for name in names:
        index = fields.lookupField(name)
        if index >= 0:
            return index
    return -1


def _polygons(
    layer: QgsVectorLayer,
    context: QgsCoordinateTransformContext,
    feedback: QgsProcessingFeedback,
    *,
    agreed: bool,
) -> list[_Polygon]:
    id_index = _field(layer, "id")
    name_index = _field(layer, "nom", "nom_com")
    status_index = _field(layer, "statut") if agreed else -1
    repair = GeometryRepair()
    found: list[_Polygon] = []
    for feature, geometry in features_in(layer, _transform(layer, context), feedback, repair):
        status = _text(feature.attribute(status_index)) if status_index >= 0 else ""
        if agreed and status.lower() == REJECTED:
            continue
        key = _text(feature.attribute(id_index)) if id_index >= 0 else ""
        found.append(
            _Polygon(
                key=key or str(feature.id()),
                name=_text(feature.attribute(name_index)) if name_index >= 0 else "",
                status=status or STATUSES[0],
                geometry=geometry,
                area=geometry.area(),
            )
        )
    repair.report(feedback, layer.name())
    return found


def _points(
    layer: QgsVectorLayer | None,
    context: QgsCoordinateTransformContext,
    is_canceled: Callable[[], bool],
) -> tuple[QgsSpatialIndex, dict[int, QgsGeometry]] | None:
    if layer is None:
        return None
    transform = _transform(layer, context)
    index = QgsSpatialIndex()
    points: dict[int, QgsGeometry] = {}
    request = QgsFeatureRequest().setNoAttributes()
    for feature in layer.getFeatures(request):
        if is_canceled():
            from ..core.errors import Cancelled

            raise Cancelled
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        points[feature.id()] = geometry
        index.addFeature(feature.id(), geometry.boundingBox())
    return index, points


def _inside(
    points: tuple[QgsSpatialIndex, dict[int, QgsGeometry]], geometry: QgsGeometry
) -> set[int]:
    index, by_id = points
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    box: QgsRectangle = geometry.boundingBox()
    return {fid for fid in index.intersects(box) if engine.intersects(by_id[fid].constGet())}


def compare_with_agreed(
    computed: QgsVectorLayer,
    agreed: QgsVectorLayer,
    activities: QgsVectorLayer | None,
    feedback: QgsProcessingFeedback | None,
    *,
    transform_context: QgsCoordinateTransformContext | None = None,
    progress: Callable[[float], None] | None = None,
) -> list[dict[str, Any]]:
    """Compare computed perimeters with agreed ones (statut other than "rejeté"), in Lambert-93.

    One row per agreed perimeter (``kind`` "agreed"): the computed perimeter with the largest
    intersection (``computed_id``, None when nothing overlaps), IoU = area(A∩B) / area(A∪B) (0
    without overlap), activities inside both / only in the agreed / only in the computed
    perimeter (None without an activity layer), areas and their difference in ha (computed −
    agreed), and ``overlaps``: every overlapping computed id with its IoU. Then one row per
    computed perimeter overlapping no agreed one (``kind`` "computed"). Each row has a
    ``message`` in the user's language, also sent to ``feedback`` (whose progress bar is left to
    the caller: ``progress`` receives the fraction done). Nothing is written.
    """
    feedback = feedback or QgsProcessingFeedback()
    context = transform_context or QgsCoordinateTransformContext()
    is_canceled = feedback.isCanceled
    computed_polys = _polygons(computed, context, feedback, agreed=False)
    agreed_polys = _polygons(agreed, context, feedback, agreed=True)
    agreed_polys.sort(key=lambda p: p.key)
    points = _points(activities, context, is_canceled)
    index = QgsSpatialIndex()
    for n, poly in enumerate(computed_polys):
        index.addFeature(n, poly.geometry.boundingBox())

    rows: list[dict[str, Any]] = []
    matched: set[int] = set()
    total = max(len(agreed_polys), 1)
    for step, a in enumerate(agreed_polys):
        if is_canceled():
            from ..core.errors import Cancelled

            raise Cancelled
        engine = QgsGeometry.createGeometryEngine(a.geometry.constGet())
        engine.prepareGeometry()
        overlaps: list[tuple[str, float, float, int]] = []  # id, intersection, iou, index
        for n in index.intersects(a.geometry.boundingBox()):
            b = computed_polys[n]
            if not engine.intersects(b.geometry.constGet()):
                continue
            inter = a.geometry.intersection(b.geometry).area()
            if inter <= 0:
                continue
            iou = inter / (a.area + b.area - inter)
            overlaps.append((b.key, inter, iou, n))
            matched.add(n)
        overlaps.sort(key=lambda o: (-o[1], o[0]))
        row: dict[str, Any] = {
            "kind": "agreed",
            "agreed_id": a.key,
            "agreed_nom": a.name,
            "statut": a.status,
            "computed_id": None,
            "iou": 0.0,
            "area_agreed_ha": a.area / 10_000,
            "area_computed_ha": None,
            "area_diff_ha": None,
            "act_both": None,
            "act_agreed_only": None,
            "act_computed_only": None,
            "overlaps": [(o[0], o[2]) for o in overlaps],
        }
        inside_a = _inside(points, a.geometry) if points is not None else None
        if overlaps:
            best = computed_polys[overlaps[0][3]]
            row.update(
                computed_id=best.key,
                iou=overlaps[0][2],
                area_computed_ha=best.area / 10_000,
                area_diff_ha=(best.area - a.area) / 10_000,
            )
            if inside_a is not None and points is not None:
                inside_b = _inside(points, best.geometry)
                row.update(
                    act_both=len(inside_a & inside_b),
                    act_agreed_only=len(inside_a - inside_b),
                    act_computed_only=len(inside_b - inside_a),
                )
            parts = [
                _tr(MSG_BEST).format(
                    agreed=_label(a), computed=best.key, iou=_number(row["iou"], 2)
                ),
                _tr(MSG_AREA).format(diff=_number(row["area_diff_ha"], 2)),
            ]
            if row["act_both"] is not None:
                parts.append(
                    _tr(MSG_ACTIVITIES).format(
                        both=row["act_both"],
                        agreed=row["act_agreed_only"],
                        computed=row["act_computed_only"],
                    )
                )
            row["message"] = "; ".join(parts)
            feedback.pushInfo(row["message"])
        else:
            if inside_a is not None:
                row.update(act_both=0, act_agreed_only=len(inside_a), act_computed_only=0)
            row["message"] = _tr(MSG_NO_OVERLAP).format(agreed=_label(a))
            feedback.pushWarning(row["message"])
        rows.append(row)
        if progress is not None:
            progress((step + 1) / total)

    unmatched = sorted(
        (n for n in range(len(computed_polys)) if n not in matched),
        key=lambda n: computed_polys[n].key,
    )
    for n in unmatched:
        b = computed_polys[n]
        row = {
            "kind": "computed",
            "agreed_id": None,
            "agreed_nom": None,
            "statut": None,
            "computed_id": b.key,
            "iou": None,
            "area_agreed_ha": None,
            "area_computed_ha": b.area / 10_000,
            "area_diff_ha": None,
            "act_both": None,
            "act_agreed_only": None,
            "act_computed_only": None,
            "overlaps": [],
        }
        if points is not None:
            row.update(
                act_both=0, act_agreed_only=0, act_computed_only=len(_inside(points, b.geometry))
            )
        row["message"] = _tr(MSG_UNMATCHED).format(computed=b.key)
        feedback.pushInfo(row["message"])
        rows.append(row)
    return rows


def _label(polygon: _Polygon) -> str:
    return f"{polygon.key} ({polygon.name})" if polygon.name else polygon.key


def agreed_iou_by_computed(rows: list[dict[str, Any]]) -> dict[str, float]:
    """For each computed id overlapping an agreed perimeter, its largest IoU (the ``agreed_iou``
    field of aula:centralities; computed perimeters overlapping none are absent: NULL)."""
    best: dict[str, float] = {}
    for row in rows:
        for computed_id, iou in row.get("overlaps", []):
            best[computed_id] = max(iou, best.get(computed_id, 0.0))
    return best


#: columns of the comparison table (aula:centralities OUTPUT_COMPARISON)
COMPARISON_COLUMNS = (
    ("kind", QVariant.String),
    ("agreed_id", QVariant.String),
    ("agreed_nom", QVariant.String),
    ("statut", QVariant.String),
    ("computed_id", QVariant.String),
    ("iou", QVariant.Double),
    ("area_agreed_ha", QVariant.Double),
    ("area_computed_ha", QVariant.Double),
    ("area_diff_ha", QVariant.Double),
    ("act_both", QVariant.Int),
    ("act_agreed_only", QVariant.Int),
    ("act_computed_only", QVariant.Int),
    ("message", QVariant.String),
)


def comparison_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in COMPARISON_COLUMNS:
        fields.append(QgsField(name, kind))
    return fields


def comparison_attributes(row: dict[str, Any]) -> list[Any]:
    """The row's values in the order of :func:`comparison_fields`."""
    return [row.get(name) for name, _ in COMPARISON_COLUMNS]
