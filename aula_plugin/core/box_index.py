"""A static spatial index of rectangles on a uniform grid, in numpy (no qgis).

Built in one pass (no per-feature insertion: building a QgsSpatialIndex feature by feature took
longer than all the queries of a SCoT check), queried with a rectangle: the ids of the boxes that
meet it, edges included, in increasing order (deterministic results).

Each box is listed in the grid cells it covers (cells as compressed rows: one slice per grid row
a query spans); a box covering more than ``BIG_CELLS`` cells is kept apart and tested at every
query, so that a few huge boxes (a département, a whole-territory zone) cost no memory.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: a box spanning more cells than this is tested at every query rather than listed per cell
BIG_CELLS = 64


class BoxIndex:
    """Boxes ``(xmin, ymin, xmax, ymax)``, one per id ``0..n-1``."""

    def __init__(self, bounds: Sequence[Sequence[float]] | np.ndarray) -> None:
        b = np.asarray(bounds, dtype=np.float64).reshape(-1, 4)
        self.x0, self.y0, self.x1, self.y1 = (np.ascontiguousarray(c) for c in b.T)
        n = len(b)
        self.size = max(int(np.ceil(np.sqrt(n))), 1)  # about one box per cell
        if n:
            self.ox, self.oy = float(self.x0.min()), float(self.y0.min())
            width = max(float(self.x1.max()) - self.ox, float(self.y1.max()) - self.oy)
        else:
            self.ox = self.oy = 0.0
            width = 1.0
        self.cell = max(width / self.size, 1e-9)
        i0, j0 = self._cells(self.x0, self.y0)
        i1, j1 = self._cells(self.x1, self.y1)
        spans = (i1 - i0 + 1) * (j1 - j0 + 1)
        big = spans > BIG_CELLS
        self.big = np.flatnonzero(big)
        # (cell, id) pairs of the small boxes, sorted by cell then id
        small = np.flatnonzero(~big)
        reps = spans[small]
        ids = np.repeat(small, reps)
        offset = np.arange(len(ids)) - np.repeat(np.cumsum(reps) - reps, reps)
        width_i = (i1 - i0 + 1)[ids]
        ci = i0[ids] + offset % width_i
        cj = j0[ids] + offset // width_i
        cells = cj * self.size + ci
        order = np.lexsort((ids, cells))
        self.ids = ids[order]
        self.starts = np.searchsorted(cells[order], np.arange(self.size * self.size + 1))

    def _cells(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        last = self.size - 1
        i = np.clip(((x - self.ox) // self.cell).astype(np.int64), 0, last)
        j = np.clip(((y - self.oy) // self.cell).astype(np.int64), 0, last)
        return i, j

    def __len__(self) -> int:
        return len(self.x0)

    def query(self, xmin: float, ymin: float, xmax: float, ymax: float) -> np.ndarray:
        """Ids of the boxes meeting the rectangle (edges included), sorted."""
        if not len(self):
            return np.zeros(0, dtype=np.int64)
        (i0, i1), (j0, j1) = self._cells(np.array([xmin, xmax]), np.array([ymin, ymax]))
        rows = np.arange(j0, j1 + 1) * self.size
        parts = [self.ids[self.starts[r + i0] : self.starts[r + i1 + 1]] for r in rows]
        parts.append(self.big)
        found = np.unique(np.concatenate(parts))
        keep = (self.x0[found] <= xmax) & (self.x1[found] >= xmin)
        keep &= (self.y0[found] <= ymax) & (self.y1[found] >= ymin)
        return found[keep]

    def pairs(self) -> list[tuple[int, int]]:
        """Every pair ``(a, b)``, ``a < b``, of boxes that meet, in order."""
        out: list[tuple[int, int]] = []
        for a in range(len(self)):
            found = self.query(self.x0[a], self.y0[a], self.x1[a], self.y1[a])
            out.extend((a, int(b)) for b in found[found > a])
        return out
