"""Where corridors cross transport infrastructure and watercourse obstacles (aula:conflictpoints).

Corridors and infrastructure are read from QGIS layers, crossed with a spatial index, and the
crossings scored (link importance × class weight) and ranked into point features.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.compat import zip_strict
from ..core.numbers import readable
from ..core.tvb.conflicts import OBSTACLE_CLASS, RAILWAY_CLASS, current_scores
from ..core.tvb.graph import LinkSet
from .feedback import check_cancelled
from .geometry import GeometryRepair
from .raster import layer_label
from .tvb_graph import Patches, all_features
from .values import key_text, number, optional_text

#: the fields of the conflict points, in order
CONFLICT_FIELDS = (
    ("id", "int"),
    *((name, "text") for name in ("corridor_id", "from_id", "to_id", "infra_class", "infra_name")),
    *((name, "double") for name in ("link_importance", "weight", "score")),
    ("rank", "int"),
)
#: appended at the end when a current raster is given
CURRENT_FIELDS = (("crossing_current", "double"), ("current_score", "double"))


# fmt: off
_BAD_IMPORTANCE = QT_TRANSLATE_NOOP("TvbConflicts",
    "{layer}: {count} corridors have an importance ({field}) that is not a finite number, "
    "e.g. {value}")
_NULL_IMPORTANCE = QT_TRANSLATE_NOOP("TvbConflicts",
    "{layer}: {count} corridors without importance ({field}) count as 0")
_EMPTY_LAYER = QT_TRANSLATE_NOOP("TvbConflicts",
    "{layer}: the layer has no feature: it crosses no corridor")
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("TvbConflicts", template)


@dataclass
class Corridor:
    key: str  # corridor_id as text
    from_id: str
    to_id: str
    geometry: QgsGeometry
    importance: float = 0.0


@dataclass
class Infra:
    layer: str
    infra_class: str
    name: str
    geometry: QgsGeometry


@dataclass
class Crossing:
    corridor: Corridor
    infra: Infra
    point: QgsPointXY


def read_corridors(
    source: QgsProcessingFeatureSource,
    importance_field: str | None,
    feedback: QgsProcessingFeedback,
    layer: str,
) -> list[Corridor]:
    """The corridors with a geometry, from_id and to_id; importance from the field if given.

    Invalid geometries are repaired (the plugin's policy, with the counts in the log); an
    importance that is NaN or infinite is refused, a NULL one counts as 0 with a warning."""
    id_index = source.fields().lookupField("id")
    out = []
    null_importance = 0
    repair = GeometryRepair()
    bad_importance: list[float] = []
    for feature in all_features(source):
        check_cancelled(feedback)
        geometry = feature.geometry()
        a, b = optional_text(feature["from_id"]), optional_text(feature["to_id"])
        if geometry.isNull() or geometry.isEmpty() or a is None or b is None:
            continue
        geometry = repair(geometry)
        if geometry is None:
            continue
        key = optional_text(feature.attributes()[id_index]) if id_index >= 0 else None
        corridor = Corridor(key or str(feature.id()), a, b, QgsGeometry(geometry))
        if importance_field:
            value = number(feature[importance_field])
            if value is None:
                null_importance += 1
            elif not math.isfinite(value):
                bad_importance.append(value)
            else:
                corridor.importance = value
        out.append(corridor)
    repair.report(feedback, layer)
    if bad_importance:
        raise QgsProcessingException(
            _t(_BAD_IMPORTANCE).format(
                layer=layer,
                count=len(bad_importance),
                field=importance_field,
                value=readable(bad_importance[0]),
            )
        )
    if null_importance:
        feedback.pushWarning(
            _t(_NULL_IMPORTANCE).format(layer=layer, count=null_importance, field=importance_field)
        )
    return out


def set_pc_drop(
    corridors: list[Corridor], patches: Patches, links: LinkSet, importance: list[float]
) -> None:
    """Give each corridor the importance (PC drop) of the link between its two patches."""
    index = {key: k for k, key in enumerate(patches.ids)}
    by_pair = {(int(i), int(j)): float(v) for i, j, v in zip_strict(links.i, links.j, importance)}
    for corridor in corridors:
        a, b = index.get(corridor.from_id), index.get(corridor.to_id)
        if a is not None and b is not None:
            corridor.importance = by_pair.get((min(a, b), max(a, b)), 0.0)


def read_infrastructure(
    layers: list[QgsVectorLayer],
    railways: QgsProcessingFeatureSource | None,
    obstacles: QgsProcessingFeatureSource | None,
    class_field: str,
    name_field: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> list[Infra]:
    """Infrastructure lines (class from ``class_field``), railways and obstacles, in ``crs``."""
    out: list[Infra] = []

    def read(
        features: Iterator[QgsFeature],
        source_crs: QgsCoordinateReferenceSystem,
        layer: str,
        fields: QgsFields,
        fixed_class: str | None,
    ) -> None:
        transform = None
        if source_crs.isValid() and crs.isValid() and source_crs != crs:
            transform = QgsCoordinateTransform(source_crs, crs, context.transformContext())
        class_index = fields.lookupField(class_field)
        name_index = fields.lookupField(name_field) if name_field else -1
        read = 0
        repair = GeometryRepair()
        for feature in features:
            check_cancelled(feedback)
            read += 1
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry = repair(geometry)
            if geometry is None:
                continue
            if transform is not None:
                geometry.transform(transform)
            attributes = feature.attributes()
            if fixed_class is not None:
                infra_class = fixed_class
            else:
                infra_class = key_text(attributes[class_index])
            name = key_text(attributes[name_index]) if name_index >= 0 else ""
            out.append(Infra(layer, infra_class, name, geometry))
        repair.report(feedback, layer)
        if read == 0:
            feedback.pushWarning(_t(_EMPTY_LAYER).format(layer=layer))

    for lyr in layers:
        read(lyr.getFeatures(), lyr.crs(), layer_label(lyr), lyr.fields(), None)
    for source, fixed_class in ((railways, RAILWAY_CLASS), (obstacles, OBSTACLE_CLASS)):
        if source is not None:
            read(
                all_features(source),
                source.sourceCrs(),
                source.sourceName(),
                source.fields(),
                fixed_class,
            )
    return out


def crossings(
    corridors: list[Corridor],
    infra: list[Infra],
    distance: float,
    feedback: QgsProcessingFeedback,
) -> list[Crossing]:
    """Where each corridor crosses a line, or passes within ``distance`` of an obstacle point."""
    index = QgsSpatialIndex()
    for k, item in enumerate(infra):
        feature = QgsFeature(k)
        feature.setGeometry(item.geometry)
        index.addFeature(feature)
    out = []
    for n, corridor in enumerate(corridors):
        check_cancelled(feedback)
        box = corridor.geometry.boundingBox()
        box.grow(distance)
        engine = QgsGeometry.createGeometryEngine(corridor.geometry.constGet())
        engine.prepareGeometry()
        for k in sorted(index.intersects(box)):
            item = infra[k]
            if item.geometry.type() == QgsWkbTypes.PointGeometry:
                for vertex in item.geometry.vertices():
                    point = QgsPointXY(vertex)
                    if corridor.geometry.distance(QgsGeometry.fromPointXY(point)) <= distance:
                        out.append(Crossing(corridor, item, point))
                continue
            if not engine.intersects(item.geometry.constGet()):
                continue
            seen: set[tuple[float, float]] = set()
            for point in _points(corridor.geometry.intersection(item.geometry)):
                key = (round(point.x(), 6), round(point.y(), 6))
                if key not in seen:
                    seen.add(key)
                    out.append(Crossing(corridor, item, point))
        feedback.setProgress(40 + 55 * (n + 1) / len(corridors))
    return out


def _points(geometry: QgsGeometry) -> list[QgsPointXY]:
    """Points of an intersection: points as they are, overlapping stretches by their middle."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    out: list[QgsPointXY] = []
    for part in geometry.asGeometryCollection() or [geometry]:
        kind = part.type()
        if kind == QgsWkbTypes.PointGeometry:
            out.extend(QgsPointXY(vertex) for vertex in part.vertices())
        elif kind == QgsWkbTypes.LineGeometry:
            merged = part.mergeLines() if part.isMultipart() else part
            for line in merged.asGeometryCollection() or [merged]:
                middle = line.interpolate(line.length() / 2)
                if not middle.isNull():
                    out.append(middle.asPoint())
    return out


def conflict_points(
    found: list[Crossing],
    weights: dict[str, float],
    fields: QgsFields,
    currents: list[float | None] | None = None,
) -> list[QgsFeature]:
    """The crossings scored (importance × class weight) and ranked, best first, ties stable.

    With ``currents`` (the current density under each crossing) the rank follows the score
    weighted by the current (core.tvb.conflicts.current_scores), appended as the last two
    fields with the current itself."""
    scores = [c.corridor.importance * weights[c.infra.infra_class] for c in found]
    ranking = scores
    if currents is not None:
        ranking, _c_max = current_scores(scores, currents)
    rows = []
    for k, crossing in enumerate(found):
        corridor, item, point = crossing.corridor, crossing.infra, crossing.point
        key = (
            -ranking[k],
            corridor.from_id,
            corridor.to_id,
            corridor.key,
            item.infra_class,
            round(point.x(), 6),
            round(point.y(), 6),
            item.name,
        )
        rows.append((key, k))
    rows.sort(key=lambda row: row[0])
    out = []
    for rank, (_, k) in enumerate(rows, start=1):
        crossing = found[k]
        corridor, item = crossing.corridor, crossing.infra
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(crossing.point))
        values = [
            rank,
            corridor.key,
            corridor.from_id,
            corridor.to_id,
            item.infra_class,
            item.name,
            corridor.importance,
            weights[item.infra_class],
            scores[k],
            rank,
        ]
        if currents is not None:
            values += [currents[k], ranking[k]]
        feature.setAttributes(values)
        out.append(feature)
    return out
