"""Dilatation-érosion (morphological closing) of habitat on a raster, in metres (TVB.md §3.7).

close_d(A) = erode_d(dilate_d(A)) with Euclidean distances between cell centres in metres:
dilate_d(A) = {x : dist(x, A) ≤ d}, erode_d(B) = {x : dist(x, ¬B) > d}. The grid is padded by
⌈d / res⌉ + 1 cells first: the dilation then fits in the padded grid, and cells beyond the padding,
which scipy's distance transform treats as inside B, are farther than d from every original cell,
so the border never erodes (TVB.md §6.11). The result is cropped back to the original grid.

The COMOP TVB / BioDispersal method grows by half the dispersal distance and shrinks by the same
half: pass d = distance / 2. Two patches closer than 2d merge through a band; closing is
extensive (⊇ A), increasing and idempotent.

Pure numpy/scipy (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from .patches import ndimage

# fmt: off
_DISTANCE = QT_TRANSLATE_NOOP("aula",
    "The distance must be a positive number of metres, not {value}")
# fmt: on


def _within(
    features: np.ndarray,
    distance: float,
    sampling: tuple[float, float],
    *,
    strip_cells: int,
    is_canceled: Callable[[], bool] | None,
    progress: Callable[[float], None] | None,
) -> np.ndarray:
    """Cells whose distance to the nearest ``features`` cell is ≤ ``distance``.

    Computed by strips of rows with a halo of ⌈distance / row height⌉ + 1 rows: a feature cell
    farther than the halo is farther than ``distance``, so each strip is exact, and the memory of
    the distance transform (float64 distances plus int32 feature indices) stays that of a strip.
    """
    rows, cols = features.shape
    nd = ndimage()
    halo = int(math.ceil(distance / sampling[0])) + 1
    strip = max(strip_cells // max(cols, 1), 1)
    out = np.zeros(features.shape, dtype=bool)
    for r0 in range(0, rows, strip):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        r1 = min(r0 + strip, rows)
        a0, a1 = max(r0 - halo, 0), min(r1 + halo, rows)
        window = features[a0:a1]
        if window.any():
            # edt measures the distance of each non-zero cell to the nearest zero (a feature)
            dist = nd.distance_transform_edt(~window, sampling=sampling)
            out[r0:r1] = dist[r0 - a0 : r1 - a0] <= distance
        if progress:
            progress(r1 / rows)
    return out


def closing(
    mask: np.ndarray,
    distance_m: float,
    *,
    cell_size: tuple[float, float],
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    strip_cells: int = 4_000_000,
) -> np.ndarray:
    """Closing of boolean ``mask`` by a disc of radius ``distance_m`` (cell_size = (x, y) in m)."""
    if not (distance_m >= 0 and math.isfinite(distance_m)):
        raise AulaError(_DISTANCE, value=distance_m)
    a = np.asarray(mask, dtype=bool)
    if distance_m == 0 or not a.any():
        return a.copy()
    xres, yres = float(cell_size[0]), float(cell_size[1])
    # one more cell than ⌈d / res⌉ so that the outer ring is never grown (a true ¬B cell)
    pad_r = int(math.ceil(distance_m / yres)) + 1
    pad_c = int(math.ceil(distance_m / xres)) + 1
    padded = np.pad(a, ((pad_r, pad_r), (pad_c, pad_c)), constant_values=False)
    sampling = (yres, xres)

    def part(start: float, span: float):
        return (lambda f: progress(start + span * f)) if progress else None

    # dilatation: cells within d of habitat
    grown = _within(
        padded,
        distance_m,
        sampling,
        strip_cells=strip_cells,
        is_canceled=is_canceled,
        progress=part(0.0, 0.5),
    )
    del padded
    # erosion: grown cells farther than d from every non-grown cell
    grown = ~grown
    closed = ~_within(
        grown,
        distance_m,
        sampling,
        strip_cells=strip_cells,
        is_canceled=is_canceled,
        progress=part(0.5, 0.5),
    )
    out = closed[pad_r : pad_r + a.shape[0], pad_c : pad_c + a.shape[1]]
    # exact arithmetic guarantees A ⊆ closing; the union guards against rounding in the EDT
    return out | a
