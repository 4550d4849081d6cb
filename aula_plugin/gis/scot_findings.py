"""Reading a SCoT findings layer back (the results dock): which layers are findings, their rows,
a findings file reopened, and the evidence of one finding on the map canvas.

A findings layer is any vector layer with the columns of
:data:`~aula_plugin.core.scot.findings_layer.REQUIRED` (what ``aula:scotcompatibility`` writes,
or last week's GeoPackage reopened): :func:`is_findings_layer`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.scot.findings_layer import NAMES, missing_columns
from ..core.scot.results_view import FindingRow, make_row

#: the smallest extent shown around an evidence (metres in a projected canvas), and the margin
MIN_EXTENT_M = 100.0
MARGIN = 0.25


def is_findings_layer(layer: QgsMapLayer | None) -> bool:
    """A vector layer whose fields hold every required column of the findings contract."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    return missing_columns([f.name() for f in layer.fields()]) == []


def findings_layers(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """The project's findings layers, by name."""
    project = project or QgsProject.instance()
    found = [lyr for lyr in project.mapLayers().values() if is_findings_layer(lyr)]
    return sorted(found, key=lambda lyr: (lyr.name().casefold(), lyr.id()))


def read_rows(layer: QgsVectorLayer) -> list[FindingRow]:
    """The rows of a findings layer (its edit buffer included), as the dock's view reads them."""
    names = [f.name() for f in layer.fields()]
    wanted = [n for n in names if n.lower() in NAMES]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, layer.fields())
    rows = []
    for feature in layer.getFeatures(request):
        values = {}
        for name in wanted:
            value = feature[name]
            values[name] = None if _is_null(value) else value
        geometry = feature.geometry()
        rows.append(make_row(feature.id(), values, bool(geometry) and not geometry.isEmpty()))
    return rows


def _is_null(value: Any) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def open_findings_file(path: str | Path) -> list[QgsVectorLayer]:
    """The findings layers of a file (each table of a GeoPackage whose columns fit), not added to
    the project; [] when the file holds none."""
    path = str(path)
    details = QgsProviderRegistry.instance().querySublayers(path)
    layers = []
    for detail in details:
        if detail.type() != QgsMapLayer.VectorLayer:
            continue
        name = detail.name() or Path(path).stem
        layer = QgsVectorLayer(detail.uri(), name, detail.providerKey() or "ogr")
        if is_findings_layer(layer):
            layers.append(layer)
    return layers


def evidence(layer: QgsVectorLayer, fid: int) -> QgsGeometry | None:
    """The evidence geometry of finding ``fid`` in the layer's CRS (None: none or empty)."""
    feature = layer.getFeature(fid)
    if not feature.isValid():
        return None
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return QgsGeometry(geometry)


def evidence_in_canvas(layer: QgsVectorLayer, fid: int, canvas: Any) -> QgsGeometry | None:
    """The evidence of ``fid`` in the canvas CRS."""
    geometry = evidence(layer, fid)
    if geometry is None:
        return None
    target = canvas.mapSettings().destinationCrs()
    if layer.crs().isValid() and target.isValid() and layer.crs() != target:
        transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
        geometry.transform(transform)
    return geometry


def zoom_to_evidence(canvas: Any, layer: QgsVectorLayer, fid: int) -> QgsGeometry | None:
    """Zoom the canvas onto the evidence of ``fid`` (with a margin, at least
    :data:`MIN_EXTENT_M` across in a projected canvas) and flash it; the geometry in the canvas
    CRS, or None (and nothing moves) when the finding has none."""
    geometry = evidence_in_canvas(layer, fid, canvas)
    if geometry is None:
        return None
    box = QgsRectangle(geometry.boundingBox())
    geographic = canvas.mapSettings().destinationCrs().isGeographic()
    least = MIN_EXTENT_M / 111_000 if geographic else MIN_EXTENT_M
    grow_x = max(box.width() * MARGIN, (least - box.width()) / 2, 0.0)
    grow_y = max(box.height() * MARGIN, (least - box.height()) / 2, 0.0)
    box = QgsRectangle(
        box.xMinimum() - grow_x,
        box.yMinimum() - grow_y,
        box.xMaximum() + grow_x,
        box.yMaximum() + grow_y,
    )
    canvas.setExtent(box)
    canvas.refresh()
    canvas.flashGeometries([geometry], canvas.mapSettings().destinationCrs())
    return geometry
