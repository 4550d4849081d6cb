"""The measures of the SCoT rule tests on geometries in the metric CRS (QGIS glue).

A :class:`Reference` holds one source's features read into the metric CRS (Lambert-93), with a
QgsSpatialIndex and prepared GEOS engines made once: each subject is tested against the few
reference features its bounding box meets, never against every feature (no quadratic loop).
A reference of lines or points tested by an area test is buffered once by the rule's
``buffer_m`` (:meth:`Reference.buffered`); the ``tolerance_m`` of ``within`` buffers it too.

Edge semantics: areas are those of the GEOS intersection, rounded by the status logic to the
unit's decimals: two polygons sharing an edge overlap by 0 m² (touching is not overlap).
Evidence is the overlap, the part outside, or the shortest line, as :class:`Measure` returns it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Optional

from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from ..core.errors import Cancelled
from .geometry import polygon_part

#: segments per quarter circle of the buffers (tolerance, corridors' width)
BUFFER_SEGMENTS = 8
#: decimals of the evidence WKT (cm in Lambert-93): deterministic text
WKT_DECIMALS = 2


@dataclass
class Measure:
    """What one test measured on one subject: ``value`` in metres or m² (or dwellings and ha for
    a density), the parts a group sums (``numerator``, ``denominator``), the evidence."""

    value: Optional[float]
    numerator: float = 0.0
    denominator: float = 0.0
    before_tolerance: Optional[float] = None
    evidence: Optional[QgsGeometry] = None
    role: Optional[str] = None


class Reference:
    """Features of one source in the metric CRS, indexed."""

    def __init__(
        self,
        geometries: list[QgsGeometry],
        attributes: list[dict[str, Any]],
        is_canceled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.geometries = geometries
        self.attributes = attributes
        self.is_canceled = is_canceled
        self.index = QgsSpatialIndex(QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
        for n, geometry in enumerate(geometries):
            if n % 1000 == 0 and is_canceled():
                raise Cancelled
            feature = QgsFeature(n)
            feature.setGeometry(geometry)
            self.index.addFeature(feature)
        self._engines: dict[int, Any] = {}
        self._buffered: dict[float, Reference] = {}

    def __len__(self) -> int:
        return len(self.geometries)

    def engine(self, n: int) -> Any:
        engine = self._engines.get(n)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.geometries[n].constGet())
            engine.prepareGeometry()
            self._engines[n] = engine
        return engine

    def buffered(self, distance: float) -> Reference:
        """The same features buffered by ``distance`` metres (cached; 0: itself)."""
        if distance <= 0:
            return self
        found = self._buffered.get(distance)
        if found is None:
            geometries = [g.buffer(distance, BUFFER_SEGMENTS) for g in self.geometries]
            found = Reference(geometries, self.attributes, self.is_canceled)
            self._buffered[distance] = found
        return found

    def candidates(self, box: QgsRectangle) -> list[int]:
        return sorted(self.index.intersects(box))

    def overlapping(self, subject: QgsGeometry) -> list[int]:
        """Reference features whose interior may share area with ``subject`` (GEOS intersects on
        prepared geometries; touching ones are weeded out by the area, 0 m²)."""
        abstract = subject.constGet()
        return [
            n for n in self.candidates(subject.boundingBox()) if self.engine(n).intersects(abstract)
        ]

    def union(self, ids: list[int]) -> QgsGeometry:
        if len(ids) == 1:
            return self.geometries[ids[0]]
        return QgsGeometry.unaryUnion([self.geometries[n] for n in ids])

    # -- measures ---------------------------------------------------------------------------------

    def overlap(self, subject: QgsGeometry) -> tuple[float, QgsGeometry | None]:
        """(area shared with the reference, the shared part or None)."""
        ids = self.overlapping(subject)
        if not ids:
            return 0.0, None
        if len(ids) == 1 and self.engine(ids[0]).contains(subject.constGet()):
            return subject.area(), subject
        part = polygon_part(subject.intersection(self.union(ids)))
        if part.isNull() or part.isEmpty():
            return 0.0, None
        return part.area(), part

    def outside(self, subject: QgsGeometry) -> tuple[float, QgsGeometry | None]:
        """(area of ``subject`` outside the reference, that part or None)."""
        ids = self.overlapping(subject)
        if not ids:
            return subject.area(), subject
        if len(ids) == 1 and self.engine(ids[0]).contains(subject.constGet()):
            return 0.0, None
        part = polygon_part(subject.difference(self.union(ids)))
        if part.isNull() or part.isEmpty():
            return 0.0, None
        return part.area(), part

    def nearest(self, subject: QgsGeometry) -> tuple[float, QgsGeometry] | None:
        """(distance to the nearest feature, the shortest line), ties to the first feature;
        None for an empty reference."""
        if not self.geometries:
            return None
        ids = self.index.nearestNeighbor(subject, 1)
        best: tuple[float, int] | None = None
        for n in sorted(ids):
            distance = subject.distance(self.geometries[n])
            if best is None or distance < best[0]:
                best = (distance, n)
        if best is None:
            return None
        line = subject.shortestLine(self.geometries[best[1]])
        return best[0], line

    def containing(self, point: QgsGeometry) -> int | None:
        """The first feature (in order) holding ``point``, or None."""
        abstract = point.constGet()
        for n in self.candidates(point.boundingBox()):
            if self.engine(n).intersects(abstract):
                return n
        return None


def collect(geometries: Iterable[QgsGeometry | None]) -> QgsGeometry | None:
    """The parts of several geometries as one multi geometry (None when there is none)."""
    parts = [g for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return QgsGeometry.collectGeometry(parts)


def wkt(geometry: QgsGeometry | None) -> str | None:
    """Deterministic WKT, rounded to the centimetre; None for no geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return geometry.asWkt(WKT_DECIMALS)


def as_multipolygon(geometry: QgsGeometry | None) -> QgsGeometry:
    """A polygon geometry as MultiPolygon; a null geometry for anything else."""
    if geometry is None or geometry.isNull():
        return QgsGeometry()
    if geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        geometry = polygon_part(geometry)
        if geometry.isNull():
            return QgsGeometry()
    out = QgsGeometry(geometry)
    out.convertToMultiType()
    return out


def as_line(geometry: QgsGeometry | None) -> QgsGeometry:
    if geometry is None or geometry.isNull():
        return QgsGeometry()
    if geometry.type() != QgsWkbTypes.GeometryType.LineGeometry:
        return QgsGeometry()
    out = QgsGeometry(geometry)
    out.convertToMultiType()
    return out


def invalid_reason(geometry: QgsGeometry) -> str | None:
    """What GEOS finds wrong with ``geometry`` (None when valid)."""
    if geometry.isGeosValid():
        return None
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    return errors[0].what() if errors else "GEOS"
