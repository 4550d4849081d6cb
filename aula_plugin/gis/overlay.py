"""Overlay of land-cover or project polygons with communes (QGIS glue, shared by ZAN algorithms).

Most OCS GE polygons lie inside one commune: they are found with a spatial index over the communes
and a prepared-geometry ``contains`` test, and counted with their own area, without any
intersection; only the polygons that cross a commune boundary are clipped. Areas are planimetric,
in the CRS the geometries come in (the algorithms request EPSG:2154).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..core.zan.ocsge import departement
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .fields import field_name as existing_field
from .fields import make_fields
from .geometry import GeometryRepair, polygon_part
from .territory_names import territory_names
from .values import key_text, plain_date_text

#: (commune index, area in m², clipped geometry or None when the whole polygon lies in it)
# Optional, not "X | None": a type alias is evaluated at run time (Python 3.9)
Piece = tuple[int, float, Optional[QgsGeometry]]


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
MSG_NO_COMMUNE = QT_TRANSLATE_NOOP("aula",
    "{layer}: no commune with a code in field {field} and a geometry")
MSG_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas")
# fmt: on

#: context of the texts below: "aula" translates "the layer has no feature" differently
CONTEXT = "ZanOverlay"
MSG_EMPTY = QT_TRANSLATE_NOOP("ZanOverlay", "{layer}: the layer has no feature")


def required_features(source: QgsProcessingFeatureSource) -> QgsProcessingFeatureSource:
    """The source itself; a clear error when it has no feature."""
    if source.featureCount() == 0:
        raise QgsProcessingException(tr(MSG_EMPTY, CONTEXT).format(layer=source.sourceName()))
    return source


def field_name(source: QgsProcessingFeatureSource, name: str, default: str = "") -> str | None:
    """The field's name as the layer spells it (lookupField ignores case); None for no name.

    ``name`` is the parameter's text, blank meaning ``default``.
    """
    name = name.strip() or default
    if not name:
        return None
    try:
        return existing_field(source.fields(), source.sourceName(), name)
    except AulaError as exc:
        # the overlay glue has always reported in Processing's terms
        raise QgsProcessingException(exc.message(tr)) from None


def lambert93_request(context: QgsProcessingContext) -> QgsFeatureRequest:
    """A request that hands geometries over in Lambert-93, where areas are measured."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext())
    return request


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
    request = lambert93_request(context)
    reproject_note(source, feedback)
    insee_idx = fields.lookupField(insee_field)
    group_idx = fields.lookupField(group_field) if group_field else -1
    insee: list[str] = []
    territory: list[str] = []
    geometries: list[QgsGeometry] = []
    repair = GeometryRepair()
    for feature in source.getFeatures(
        request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    ):
        check_cancelled(feedback)
        code = key_text(plain_date_text(feature.attribute(insee_idx)))
        if not code:
            continue
        geometry = repair(feature.geometry())
        if geometry is None:
            continue
        insee.append(code)
        territory.append(
            key_text(plain_date_text(feature.attribute(group_idx))) if group_idx >= 0 else code
        )
        geometries.append(geometry)
    repair.report(feedback, layer)
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


def _key(value: Any) -> str | None:
    return key_text(plain_date_text(value))


def overlay_names(
    source: QgsProcessingFeatureSource,
    insee_field: str,
    group_field: str | None,
    feedback: QgsProcessingFeedback,
) -> dict[str, str]:
    """Key -> name of the territories of :func:`read_communes` (its group field's, or the
    communes' when there is none), keyed as it keys them."""
    return territory_names(source, group_field, feedback, commune_field=insee_field, key=_key)


def reproject_note(source: QgsProcessingFeatureSource, feedback: QgsProcessingFeedback) -> None:
    crs = source.sourceCrs()
    if crs.authid() != LAMBERT93:
        feedback.pushInfo(
            tr(MSG_REPROJECTED).format(
                layer=source.sourceName(), crs=crs.authid() or crs.description()
            )
        )


def table_sink(
    algorithm: Any,
    parameters: dict[str, Any],
    name: str,
    context: QgsProcessingContext,
    fields: Sequence[tuple[str, str]],
    rows: list[list[Any]],
    feedback: QgsProcessingFeedback,
) -> str:
    """Write ``rows`` to the geometry-less output ``name`` of an AulaAlgorithm (its output_sink)."""
    qgs_fields = make_fields(fields)
    sink, dest_id = algorithm.output_sink(parameters, name, context, qgs_fields)
    for row in rows:
        check_cancelled(feedback)
        feature = QgsFeature(qgs_fields)
        feature.setAttributes(row)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id
