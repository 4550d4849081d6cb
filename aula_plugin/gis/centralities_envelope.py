"""CENTRA-1 geometry (QGIS glue): envelopes, counts inside them, commune split, IoU.

CENTRALITIES.md §3.4 steps 5, 6 and 8, and the IoU of the robustness re-runs (step 10). Everything
is in EPSG:2154 metres; the callers reproject first.

* Envelope: the members buffered by r_env (16 segments per quarter circle), dissolved (unary
  union), closed by +c then −c (same segments; computed as a buffer by r_env + c then −c),
  holes smaller than
  ``hole_max`` m² removed, optional barrier polygons subtracted.
* Counts: points inside a polygon via a sorted-x window and a prepared GEOS engine (boundary
  included: ``intersects``).
* Commune split: intersection with each commune polygon met; the part outside every commune, if
  any, is kept as a piece without commune so that the pieces always union back to the perimeter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.centralities.cluster import covered_discs_kept
from ..core.compat import zip_strict
from ..core.errors import Cancelled

SEGMENTS = 16  # per quarter circle


def _never() -> bool:
    return False


def polygonal(geom: QgsGeometry) -> QgsGeometry:
    """The polygon parts of a geometry as a MultiPolygon (empty geometry when none)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        parts = [
            QgsGeometry(p.clone())
            for p in geom.constParts()
            if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        ]
        if not parts:
            return QgsGeometry()
        geom = QgsGeometry.unaryUnion(parts)
    out = QgsGeometry(geom)
    out.convertToMultiType()
    return out


def envelope(
    x: np.ndarray,
    y: np.ndarray,
    radius: float,
    closing: float,
    hole_max: float,
    barrier_polygons: QgsGeometry | None = None,
) -> QgsGeometry:
    """Step 5: buffer, dissolve, close, fill small holes, subtract barrier polygons.

    The closing of the dissolved discs of radius r by c, (P ⊕ D_r ⊕ D_c) ⊖ D_c, is computed as
    (P ⊕ D_(r+c)) ⊖ D_c: the same set (Minkowski sums of discs add their radii), one buffer of a
    large polygon fewer. Discs covered by their neighbours are left out of the union (exact, see
    covered_discs_kept); the unary (cascaded) union of the discs is several times faster in GEOS
    than the buffer of the multipoint.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    grow = radius + max(closing, 0.0)
    keep = covered_discs_kept(x, y, grow)
    template = QgsGeometry.fromPointXY(QgsPointXY(0.0, 0.0)).buffer(grow, SEGMENTS)
    discs = []
    for a, b in zip_strict(x[keep], y[keep]):
        disc = QgsGeometry(template)
        disc.translate(float(a), float(b))
        discs.append(disc)
    geom = QgsGeometry.unaryUnion(discs) if len(discs) > 1 else discs[0]
    if closing > 0:
        geom = geom.buffer(-closing, SEGMENTS)
    if hole_max > 0:
        geom = geom.removeInteriorRings(hole_max)
    if (
        barrier_polygons is not None
        and not barrier_polygons.isEmpty()
        and geom.boundingBox().intersects(barrier_polygons.boundingBox())
    ):
        geom = geom.difference(barrier_polygons)
    return polygonal(geom)


class PointIndex:
    """Points sorted by x for fast window queries, then an exact test with a prepared engine."""

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        self.order = np.argsort(x, kind="stable")
        self.xs = np.asarray(x, dtype=np.float64)[self.order]
        self.ys = np.asarray(y, dtype=np.float64)[self.order]

    def inside(self, geom: QgsGeometry) -> np.ndarray:
        """Indices (in the original order, increasing) of the points in or on the polygon."""
        if geom.isEmpty() or len(self.xs) == 0:
            return np.empty(0, dtype=np.int64)
        box = geom.boundingBox()
        lo = np.searchsorted(self.xs, box.xMinimum(), side="left")
        hi = np.searchsorted(self.xs, box.xMaximum(), side="right")
        ys = self.ys[lo:hi]
        window = np.flatnonzero((ys >= box.yMinimum()) & (ys <= box.yMaximum())) + lo
        if len(window) == 0:
            return np.empty(0, dtype=np.int64)
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        keep = [k for k in window if engine.intersects(QgsPoint(self.xs[k], self.ys[k]))]
        return np.sort(self.order[np.asarray(keep, dtype=np.int64)])


@dataclass
class Grid:
    """A raster of dwelling counts (nodata already 0) in its own CRS, for area weighting."""

    data: np.ndarray
    transform: tuple[float, ...]


def grid_sum(grid: Grid, geom: QgsGeometry) -> float:
    """Area-weighted sum of the cells under the polygon (geom in the grid's CRS)."""
    if geom.isEmpty():
        return 0.0
    x0, dx, _, y0, _, dy = grid.transform
    rows, cols = grid.data.shape
    box = geom.boundingBox()
    c0 = max(int(np.floor((box.xMinimum() - x0) / dx)), 0)
    c1 = min(int(np.ceil((box.xMaximum() - x0) / dx)), cols)
    r0 = max(int(np.floor((box.yMaximum() - y0) / dy)), 0)
    r1 = min(int(np.ceil((box.yMinimum() - y0) / dy)), rows)
    if c0 >= c1 or r0 >= r1:
        return 0.0
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    area = abs(dx * dy)
    total = 0.0
    for r in range(r0, r1):
        for c in range(c0, c1):
            value = float(grid.data[r, c])
            if value == 0:
                continue
            cell = QgsGeometry.fromRect(
                QgsRectangle(x0 + c * dx, y0 + (r + 1) * dy, x0 + (c + 1) * dx, y0 + r * dy)
            )
            if engine.contains(cell.constGet()):
                total += value
            elif engine.intersects(cell.constGet()):
                total += value * geom.intersection(cell).area() / area
    return total


@dataclass
class Commune:
    code: str
    name: str
    geometry: QgsGeometry


@dataclass
class Piece:
    code: str | None
    name: str | None
    geometry: QgsGeometry


class CommuneSplitter:
    def __init__(self, communes: Sequence[Commune]) -> None:
        self.communes = list(communes)
        self.index = QgsSpatialIndex()
        for i, c in enumerate(self.communes):
            self.index.addFeature(i, c.geometry.boundingBox())
        self.engines = {}

    def _engine(self, i: int):
        if i not in self.engines:
            engine = QgsGeometry.createGeometryEngine(self.communes[i].geometry.constGet())
            engine.prepareGeometry()
            self.engines[i] = engine
        return self.engines[i]

    def split(self, geom: QgsGeometry, min_area: float = 1e-3) -> list[Piece]:
        """Step 8: the pieces of a perimeter per commune (sorted by commune code)."""
        pieces: list[Piece] = []
        used: list[QgsGeometry] = []
        for i in sorted(self.index.intersects(geom.boundingBox())):
            c = self.communes[i]
            if not self._engine(i).intersects(geom.constGet()):
                continue
            if self._engine(i).contains(geom.constGet()):
                return [Piece(c.code, c.name, QgsGeometry(geom))]
            part = polygonal(geom.intersection(c.geometry))
            if part.isEmpty() or part.area() < min_area:
                continue
            pieces.append(Piece(c.code, c.name, part))
            used.append(c.geometry)
        rest = polygonal(geom.difference(QgsGeometry.unaryUnion(used))) if used else geom
        if not rest.isEmpty() and rest.area() >= min_area:
            pieces.append(Piece(None, None, rest))
        pieces.sort(key=lambda p: (p.code is None, p.code or ""))
        return pieces


def absorb_empty_pieces(pieces: list[Piece], count: Callable[[QgsGeometry], int]) -> list[Piece]:
    """Pieces holding no activity join the piece of the same perimeter holding the most.

    The 50 m envelope often spills a few metres over a commune limit (generalised outlines, a
    street on the limit): such a sliver is an edge effect, not an extension of a centrality into
    the next commune. The union of the pieces is unchanged.
    """
    counts = [count(piece.geometry) for piece in pieces]
    keep = [i for i, n in enumerate(counts) if n > 0]
    if len(keep) in (0, len(pieces)):
        return pieces
    host = max(keep, key=lambda i: (counts[i], -i))  # ties: first commune code
    empty = [pieces[i].geometry for i, n in enumerate(counts) if n == 0]
    parts = [pieces[host].geometry, *empty]
    merged = Piece(pieces[host].code, pieces[host].name, polygonal(QgsGeometry.unaryUnion(parts)))
    return [merged if i == host else pieces[i] for i in keep]


def iou(a: QgsGeometry, b: QgsGeometry) -> float:
    inter = a.intersection(b).area()
    if inter <= 0:
        return 0.0
    union = a.area() + b.area() - inter
    return inter / union if union > 0 else 0.0


def best_iou(
    base: Sequence[QgsGeometry],
    other: Sequence[QgsGeometry],
    is_canceled: Callable[[], bool] = _never,
) -> np.ndarray:
    """For each base perimeter, its largest IoU with a perimeter of the other set (0 if none)."""
    index = QgsSpatialIndex()
    for i, g in enumerate(other):
        index.addFeature(i, g.boundingBox())
    out = np.zeros(len(base))
    for k, g in enumerate(base):
        if is_canceled():
            raise Cancelled()
        for i in index.intersects(g.boundingBox()):
            out[k] = max(out[k], iou(g, other[i]))
    return out
