"""Overlay of land-cover or project polygons with communes (QGIS glue, shared by ZAN algorithms).

Most OCS GE polygons lie inside one commune: they are found with a spatial index over the communes
and a prepared-geometry ``contains`` test, and counted with their own area, without any
intersection; only the polygons that cross a commune boundary are clipped. Areas are planimetric,
in the CRS the geometries come in (the algorithms request EPSG:2154).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import QT_TRANSLATE_NOOP, Cancelled
from ..core.zan.ocsge import departement
from ..toolbelt.i18n import tr

#: (commune index, area in m², clipped geometry or None when the whole polygon lies in it)
Piece = tuple[int, float, QgsGeometry | None]


def repaired(geometry: QgsGeometry) -> tuple[QgsGeometry, bool]:
    """The geometry, made valid (polygon parts only) when GEOS finds it invalid."""
    if geometry.isGeosValid():
        return geometry, False
    fixed = geometry.makeValid()
    if fixed.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        fixed = polygon_part(fixed)
    return fixed, True


def polygon_part(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of a geometry (collections from makeValid or intersection)."""
    if geometry.isNull() or geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geometry
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    ]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


@dataclass
class _Zone:
    geometry: QgsGeometry
    engine: object
    box: QgsRectangle


class ZoneOverlay:
    """Zones (communes, or any polygons) indexed for repeated clipping of small polygons."""

    def __init__(
        self,
        geometries: Sequence[QgsGeometry],
        is_canceled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.zones: list[_Zone] = []
        self.index = QgsSpatialIndex()
        for n, geometry in enumerate(geometries):
            if is_canceled():
                raise Cancelled
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            box = geometry.boundingBox()
            self.zones.append(_Zone(geometry, engine, box))
            self.index.addFeature(n, box)

    def __len__(self) -> int:
        return len(self.zones)

    def candidates(self, box: QgsRectangle) -> list[int]:
        return self.index.intersects(box)

    def clip(self, geometry: QgsGeometry, keep_geometry: bool = False) -> list[Piece]:
        """Pieces of ``geometry`` in each zone it touches (area > 0)."""
        box = geometry.boundingBox()
        pieces: list[Piece] = []
        found = self.index.intersects(box)
        abstract = geometry.constGet()
        for n in found:
            zone = self.zones[n]
            if zone.box.contains(box) and zone.engine.contains(abstract):
                pieces.append((n, geometry.area(), geometry if keep_geometry else None))
                if len(found) == 1:
                    return pieces
                continue
            if not zone.engine.intersects(abstract):
                continue
            part = polygon_part(zone.geometry.intersection(geometry))
            area = part.area() if not part.isNull() else 0.0
            if area > 0:
                pieces.append((n, area, part if keep_geometry else None))
        return pieces


class StatusIndex:
    """Polygons of one millésime with a boolean status, to measure pieces of another over them."""

    def __init__(self) -> None:
        self.geometries: list[QgsGeometry] = []
        self.status: list[bool] = []
        self.index = QgsSpatialIndex()

    def add(self, geometry: QgsGeometry, status: bool) -> None:
        self.index.addFeature(len(self.geometries), geometry.boundingBox())
        self.geometries.append(geometry)
        self.status.append(status)

    def area_with_status(self, geometry: QgsGeometry, status: bool) -> float:
        """Area of ``geometry`` lying over the indexed polygons whose status is ``status``."""
        total = 0.0
        engine = None
        for n in self.index.intersects(geometry.boundingBox()):
            if self.status[n] != status:
                continue
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                engine.prepareGeometry()
            other = self.geometries[n]
            if not engine.intersects(other.constGet()):
                continue
            if engine.contains(other.constGet()):
                total += other.area()
                continue
            part = polygon_part(geometry.intersection(other))
            if not part.isNull():
                total += part.area()
        return total


# -- Shared glue of the ZAN algorithms ----------------------------------------------------------

LAMBERT93 = "EPSG:2154"

# fmt: off
MSG_REPAIRED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} invalid geometry(ies) repaired with makeValid")
MSG_NO_COMMUNE = QT_TRANSLATE_NOOP("aula",
    "{layer}: no commune with a code in field {field} and a geometry")
MSG_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas")
# fmt: on


def plain(value: Any) -> Any:
    """QVariant NULL as None; QDate/QDateTime as ISO text."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def key_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


@dataclass
class Communes:
    """Communes in EPSG:2154: INSEE codes, territories, départements, areas, overlay."""

    insee: list[str]
    territory: list[str]
    dep: list[str]
    area: np.ndarray
    overlay: ZoneOverlay


def read_communes(
    source: QgsProcessingFeatureSource,
    insee_field: str,
    group_field: str | None,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> Communes:
    """Communes reprojected to Lambert-93, invalid outlines repaired; shared by both ZAN tools."""
    layer = source.sourceName()
    fields = source.fields()
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext())
    reproject_note(source, feedback)
    insee_idx = fields.lookupField(insee_field)
    group_idx = fields.lookupField(group_field) if group_field else -1
    insee: list[str] = []
    territory: list[str] = []
    geometries: list[QgsGeometry] = []
    fixed = 0
    for feature in source.getFeatures(
        request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    ):
        if feedback.isCanceled():
            raise Cancelled
        code = key_text(plain(feature.attribute(insee_idx)))
        geometry = feature.geometry()
        if not code or geometry.isNull() or geometry.isEmpty():
            continue
        geometry, was_fixed = repaired(geometry)
        fixed += was_fixed
        insee.append(code)
        territory.append(key_text(plain(feature.attribute(group_idx))) if group_idx >= 0 else code)
        geometries.append(geometry)
    if fixed:
        feedback.pushWarning(tr(MSG_REPAIRED).format(layer=layer, count=fixed))
    if not insee:
        raise QgsProcessingException(tr(MSG_NO_COMMUNE).format(layer=layer, field=insee_field))
    overlay = ZoneOverlay(geometries, feedback.isCanceled)
    return Communes(
        insee,
        territory,
        [departement(code) for code in insee],
        np.array([g.area() for g in geometries]),
        overlay,
    )


def reproject_note(source: QgsProcessingFeatureSource, feedback: QgsProcessingFeedback) -> None:
    crs = source.sourceCrs()
    if crs.authid() != LAMBERT93:
        feedback.pushInfo(
            tr(MSG_REPROJECTED).format(
                layer=source.sourceName(), crs=crs.authid() or crs.description()
            )
        )


def table_sink(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    name: str,
    context: QgsProcessingContext,
    fields: QgsFields,
    rows: list[list[Any]],
    feedback: QgsProcessingFeedback,
) -> str:
    sink, dest_id = algorithm.parameterAsSink(
        parameters,
        name,
        context,
        fields,
        QgsWkbTypes.Type.NoGeometry,
        QgsCoordinateReferenceSystem(),
    )
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    for row in rows:
        if feedback.isCanceled():
            raise Cancelled
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def make_fields(spec: list[tuple[str, QVariant.Type]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields
