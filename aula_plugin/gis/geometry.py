"""Geometry validity: ONE policy for every algorithm of the plugin (QGIS glue).

The policy: an invalid geometry (GEOS) is repaired with ``makeValid`` and kept, only its parts of
the input's geometry type (the polygons of a polygon, ...); a geometry empty after repair is
dropped; a feature without geometry is ignored. Nothing is silent: each count is reported as one
French warning naming the layer.

Use it as::

    repair = GeometryRepair()
    for feature in source.getFeatures(...):
        geometry = repair(feature.geometry())
        if geometry is None:
            continue  # no geometry, or empty after repair: counted
        ...
    repair.report(feedback, source.sourceName())

or, for a layer read into Lambert-93 (or any CRS): ``features_in(layer, transform, feedback,
repair)``.

``repaired`` and ``polygon_part`` are the stateless building blocks (no counting).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsWkbTypes,
)

from ..core.errors import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .feedback import check_cancelled

# fmt: off
MSG_REPAIRED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} invalid geometry(ies) repaired with makeValid")
MSG_DROPPED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} invalid geometry(ies) empty after repair with makeValid, feature(s) ignored")
MSG_MISSING = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} feature(s) without geometry ignored")
# fmt: on


def parts_of_type(geometry: QgsGeometry, geometry_type: int) -> QgsGeometry:
    """The parts of ``geometry`` of ``geometry_type`` (a QgsWkbTypes.GeometryType); may be null."""
    if geometry.isNull() or geometry.type() == geometry_type:
        return geometry
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == geometry_type
    ]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def polygon_part(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of a geometry (collections from makeValid or intersection)."""
    return parts_of_type(geometry, QgsWkbTypes.GeometryType.PolygonGeometry)


def repaired(geometry: QgsGeometry, geometry_type: int | None = None) -> tuple[QgsGeometry, bool]:
    """The geometry, made valid when GEOS finds it invalid, and whether it was repaired.

    Only the parts of ``geometry_type`` are kept (default: the polygons). The result may be empty.
    """
    if geometry.isGeosValid():
        return geometry, False
    wanted = QgsWkbTypes.GeometryType.PolygonGeometry if geometry_type is None else geometry_type
    return _made_valid(geometry, wanted), True


def _made_valid(geometry: QgsGeometry, geometry_type: int) -> QgsGeometry:
    fixed = geometry.makeValid()
    if fixed.type() != geometry_type:
        fixed = parts_of_type(fixed, geometry_type)
    return fixed


class GeometryRepair:
    """Applies the policy to the geometries of one layer and counts what it did.

    ``geometry_type``: the QgsWkbTypes.GeometryType to keep after repair; None keeps the type of
    each input geometry (polygons stay polygons, lines stay lines).
    Counters: ``repaired`` (invalid, repaired and kept), ``dropped`` (empty after repair) and
    ``missing`` (null or empty geometry in the input).
    """

    def __init__(self, geometry_type: int | None = None) -> None:
        self.geometry_type = geometry_type
        self.repaired = 0
        self.dropped = 0
        self.missing = 0

    def __call__(self, geometry: QgsGeometry) -> QgsGeometry | None:
        """The geometry to use (repaired when invalid), or None when the feature must be skipped."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            self.missing += 1
            return None
        if geometry.isGeosValid():
            return geometry
        wanted = geometry.type() if self.geometry_type is None else self.geometry_type
        fixed = _made_valid(geometry, wanted)
        if fixed.isNull() or fixed.isEmpty():
            self.dropped += 1
            return None
        self.repaired += 1
        return fixed

    def report(self, feedback: QgsProcessingFeedback | None, layer_name: str) -> None:
        """One French warning per non-zero count, naming ``layer_name``."""
        if feedback is None:
            return
        for template, count in (
            (MSG_REPAIRED, self.repaired),
            (MSG_DROPPED, self.dropped),
            (MSG_MISSING, self.missing),
        ):
            if count:
                feedback.pushWarning(tr(template).format(layer=layer_name, count=count))


def features_in(
    layer: Any,
    transform: QgsCoordinateTransform | None,
    feedback: QgsProcessingFeedback,
    repair: GeometryRepair,
    request: QgsFeatureRequest | None = None,
) -> Iterator[tuple[QgsFeature, QgsGeometry]]:
    """(feature, geometry) for each feature of ``layer`` (a layer or a feature source, optionally
    through ``request``) with a usable geometry: ``repair`` applied (and counting), then a copy
    transformed with ``transform`` (None: kept in the layer's CRS). Checks cancellation; the caller
    reports ``repair`` once the loop is done."""
    features = layer.getFeatures() if request is None else layer.getFeatures(request)
    for feature in features:
        check_cancelled(feedback)
        geometry = repair(feature.geometry())
        if geometry is None:
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        yield feature, geometry
