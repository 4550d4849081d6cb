"""The measures of the SCoT rule tests on geometries in the metric CRS (QGIS glue).

A :class:`Reference` holds one source's features read into the metric CRS (Lambert-93), with
their boxes in an index built in one sort (:class:`~aula_plugin.core.box_index.BoxIndex`) and
prepared GEOS engines made once: each subject is tested against the few reference features its
bounding box meets, never against every feature (no quadratic loop). A reference of lines or
points tested by an area test is buffered by the rule's ``buffer_m`` (:meth:`Reference.buffered`,
each feature when first met); the ``tolerance_m`` of ``within`` buffers it too. Pieces of an
overlapping reference are unioned per cluster of meeting boxes only (:func:`merged`).

Edge semantics: areas are those of the GEOS intersection, rounded by the status logic to the
unit's decimals: two polygons sharing an edge overlap by 0 m² (touching is not overlap).
Evidence is the overlap, the part outside, or the shortest line, as :class:`Measure` returns it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qgis.core import Qgis, QgsGeometry, QgsRectangle, QgsWkbTypes

from ..core.box_index import BoxIndex
from ..core.errors import Cancelled
from .geometry import polygon_part

#: segments per quarter circle of the buffers (tolerance, corridors' width)
BUFFER_SEGMENTS = 8
#: a subject of more vertices is clipped to each reference feature's box before the intersection
CLIP_ABOVE = 200
#: decimals of the evidence WKT (cm in Lambert-93): deterministic text
WKT_DECIMALS = 2


@dataclass
class Measure:
    """What one test measured on one subject: ``value`` in metres or m² (or dwellings and ha for
    a density), the parts a group sums (``numerator``, ``denominator``), the evidence."""

    value: float | None
    numerator: float = 0.0
    denominator: float = 0.0
    before_tolerance: float | None = None
    evidence: QgsGeometry | None = None
    role: str | None = None


class Tiles:
    """A detailed subject cut into the cells of a loose quadtree, cut once and shared by every
    rule: the part of the subject around a reference feature is clipped from the smallest cell
    holding that feature's box (a cell of side ``s`` holds the boxes of side up to ``s`` whose
    centre lies in it: its clipping box reaches ``s / 2`` beyond it), itself clipped from its
    parent, instead of from the whole subject each time. The part is the subject within a box
    that holds the feature: its intersection with the feature is the subject's."""

    def __init__(self, geometry: QgsGeometry, limit: int = CLIP_ABOVE, depth: int = 12) -> None:
        self.geometry = geometry
        self.limit = limit
        self.depth = depth
        box = geometry.boundingBox()
        self.x0, self.y0 = box.xMinimum(), box.yMinimum()
        self.size = max(box.width(), box.height(), 1.0)
        self._cells: dict[tuple[int, int, int], QgsGeometry] = {}
        self.simple = not self._detailed(geometry)

    def _detailed(self, piece: QgsGeometry) -> bool:
        return not piece.isEmpty() and piece.constGet().nCoordinates() > self.limit

    def around(self, box: QgsRectangle) -> QgsGeometry:
        """The subject clipped to a box holding ``box`` (the subject itself when it is simple)."""
        piece = self.geometry
        if self.simple:
            return piece
        centre = box.center()
        width = max(box.width(), box.height())
        level, i, j = 0, 0, 0
        while level < self.depth and self._detailed(piece):
            level += 1
            side = self.size / (1 << level)
            if width > side:
                break
            last = (1 << level) - 1
            i = min(max(int((centre.x() - self.x0) // side), 0), last)
            j = min(max(int((centre.y() - self.y0) // side), 0), last)
            x, y = self.x0 + i * side, self.y0 + j * side
            cell = QgsRectangle(x - side / 2, y - side / 2, x + 1.5 * side, y + 1.5 * side)
            if not cell.contains(box):
                break
            found = self._cells.get((level, i, j))
            if found is None:
                found = piece.clipped(cell)
                self._cells[(level, i, j)] = found
            piece = found
        if self._detailed(piece):
            piece = piece.clipped(box)
        return piece


class _Buffers(Sequence):
    """The features buffered by ``distance``, each when first asked for (cached)."""

    def __init__(self, geometries: Sequence[QgsGeometry], distance: float) -> None:
        self.geometries = geometries
        self.distance = distance
        self._done: dict[int, QgsGeometry] = {}

    def __len__(self) -> int:
        return len(self.geometries)

    def __getitem__(self, n: Any) -> Any:
        found = self._done.get(n)
        if found is None:
            found = self.geometries[n].buffer(self.distance, BUFFER_SEGMENTS)
            self._done[n] = found
        return found


class Reference:
    """Features of one source in the metric CRS, indexed."""

    def __init__(
        self,
        geometries: Sequence[QgsGeometry],
        attributes: list[dict[str, Any]],
        is_canceled: Callable[[], bool] = lambda: False,
        boxes: list[QgsRectangle] | None = None,
    ) -> None:
        self.geometries = geometries
        self.attributes = attributes
        self.is_canceled = is_canceled
        self.boxes = boxes if boxes is not None else [g.boundingBox() for g in geometries]
        if is_canceled():
            raise Cancelled
        self.index = box_index(self.boxes)
        self._engines: dict[tuple[int, int], Any] = {}
        self._buffered: dict[float, Reference] = {}
        self._disjoint: bool | None = None

    def __len__(self) -> int:
        return len(self.geometries)

    def engine(self, n: int) -> Any:
        """The prepared engine of feature ``n``, one per thread (a prepared GEOS geometry builds
        its index when first queried: never shared by rules running in parallel)."""
        key = (threading.get_ident(), n)
        engine = self._engines.get(key)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.geometries[n].constGet())
            engine.prepareGeometry()
            self._engines[key] = engine
        return engine

    def buffered(self, distance: float) -> Reference:
        """The same features buffered by ``distance`` metres (cached; 0: itself)."""
        if distance <= 0:
            return self
        found = self._buffered.get(distance)
        if found is None:
            boxes = [QgsRectangle(box) for box in self.boxes]
            for box in boxes:
                box.grow(distance)  # the buffer's box: each feature is buffered when first met
            found = Reference(
                _Buffers(self.geometries, distance), self.attributes, self.is_canceled, boxes
            )
            self._buffered[distance] = found
        return found

    def candidates(self, box: QgsRectangle) -> list[int]:
        """The features whose box meets ``box`` (edges included), in order."""
        return self.index.query(
            box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
        ).tolist()

    @property
    def disjoint(self) -> bool:
        """True when no two features share area (a partition, touching allowed): the overlap of
        a subject is then the sum of its pieces, without a union."""
        if self._disjoint is None:
            self._disjoint = True
            for n, other in self.index.pairs():
                engine = self.engine(n)  # only for the features whose boxes meet another
                g = self.geometries[other].constGet()
                if engine.overlaps(g) or engine.contains(g) or engine.within(g):
                    self._disjoint = False
                    return False
        return self._disjoint

    def pieces(
        self, subject: QgsGeometry, prepared: Any, tiles: Tiles | None = None
    ) -> tuple[float, list[QgsGeometry]]:
        """(area of ``subject`` over the reference, the pieces): each candidate is met through the
        subject's prepared engine, and intersected with the part of the subject around it
        (:class:`Tiles`: a large, detailed zone is never intersected whole with each feature)."""
        area, parts, _members = self._pieces(subject, prepared, tiles)
        return area, parts

    def _pieces(
        self, subject: QgsGeometry, prepared: Any, tiles: Tiles | None
    ) -> tuple[float, list[QgsGeometry], list[int]]:
        """:meth:`pieces`, and the features met (none when the subject lies in one)."""
        total = subject.area()
        if tiles is None:
            tiles = Tiles(subject)
        box = subject.boundingBox()
        parts: list[QgsGeometry] = []
        members: list[int] = []
        for n in self.candidates(box):
            reference = self.geometries[n]
            g = reference.constGet()
            if not prepared.intersects(g):
                continue
            # the boxes first: each GEOS call converts its argument (the whole subject here)
            if box.contains(self.boxes[n]) and prepared.contains(g):
                parts.append(reference)
                members.append(n)
                continue
            if self.boxes[n].contains(box) and self.engine(n).contains(subject.constGet()):
                return total, [subject], []
            part = polygon_part(tiles.around(self.boxes[n]).intersection(reference))
            if not part.isNull() and not part.isEmpty():
                parts.append(part)
                members.append(n)
        if not parts:
            return 0.0, [], []
        if len(parts) > 1 and not self.disjoint:
            parts = merged(parts)
        return min(total, sum(p.area() for p in parts)), parts, members

    # -- measures ---------------------------------------------------------------------------------

    def overlap(
        self, subject: QgsGeometry, prepared: Any, tiles: Tiles | None = None
    ) -> tuple[float, QgsGeometry | None]:
        """(area shared with the reference, the shared part or None)."""
        area, parts = self.pieces(subject, prepared, tiles)
        return area, collect(parts)

    def outside(
        self, subject: QgsGeometry, prepared: Any, evidence: bool = True, tiles: Tiles | None = None
    ) -> tuple[float, QgsGeometry | None]:
        """(area of ``subject`` outside the reference, that part when ``evidence`` and there is
        one)."""
        area, parts, members = self._pieces(subject, prepared, tiles)
        outside = max(0.0, subject.area() - area)
        if not evidence or round(outside, 2) <= 0:
            return outside, None
        if not parts:
            return outside, subject
        if self.disjoint:
            # the features themselves, not the pieces: no edge shared with the subject (the
            # pieces run along it), a cheaper and steadier difference, the same part outside
            cut = [self.geometries[n] for n in members]
            part = polygon_part(subject.difference(collect(cut)))
        elif len(parts) == 1:
            part = polygon_part(subject.difference(parts[0]))
        else:  # pieces sharing no area: one difference with their collection, else their union
            part = polygon_part(subject.difference(QgsGeometry.collectGeometry(parts)))
            if part.isNull() or part.isEmpty():
                part = polygon_part(subject.difference(QgsGeometry.unaryUnion(parts)))
        return outside, (None if part.isNull() or part.isEmpty() else part)

    def nearest(
        self, subject: QgsGeometry, prepared: Any = None
    ) -> tuple[float, QgsGeometry] | None:
        """(distance to the nearest feature, the shortest line), ties to the first feature;
        None for an empty reference. Exact: the search box grows until it holds a feature, then
        every feature within that distance of the subject's box is measured."""
        if not self.geometries:
            return None
        box = subject.boundingBox()
        grow = max(box.width(), box.height(), 1.0)
        found = self.candidates(box)
        if prepared is not None:
            for n in found:
                if prepared.intersects(self.geometries[n].constGet()):
                    return 0.0, subject.shortestLine(self.geometries[n])
        measure = prepared.distance if prepared is not None else None
        while not found:
            search = QgsRectangle(box)
            search.grow(grow)
            found = self.candidates(search)
            grow *= 2.0

        def distance(n: int) -> float:
            if measure is not None:
                return measure(self.geometries[n].constGet())
            return subject.distance(self.geometries[n])

        best = min((distance(n), n) for n in found)
        search = QgsRectangle(box)
        search.grow(best[0])
        for n in self.candidates(search):
            distance_n = distance(n)
            if (distance_n, n) < best:
                best = (distance_n, n)
        return best[0], subject.shortestLine(self.geometries[best[1]])

    def containing(self, point: QgsGeometry) -> int | None:
        """The first feature (in order) holding ``point``, or None."""
        abstract = point.constGet()
        for n in self.candidates(point.boundingBox()):
            if self.engine(n).intersects(abstract):
                return n
        return None


def box_index(boxes: list[QgsRectangle]) -> BoxIndex:
    """The box index of QGIS rectangles (ids in list order)."""
    return BoxIndex([(b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()) for b in boxes])


def merged(parts: list[QgsGeometry]) -> list[QgsGeometry]:
    """Pieces sharing no area: those whose boxes chain together are unioned (one unaryUnion per
    cluster), the others kept as they are. Sums of their areas are then the area of the union."""
    clusters = box_index([p.boundingBox() for p in parts]).clusters()
    return [
        parts[c[0]] if len(c) == 1 else QgsGeometry.unaryUnion([parts[i] for i in c])
        for c in clusters
    ]


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
