"""A static spatial index of rectangles, in numpy (no qgis): boxes sorted along x.

Built in one sort (no per-feature insertion: filling a QgsSpatialIndex feature by feature took
longer than all the queries of a SCoT check), queried with a rectangle: the ids of the boxes that
meet it, edges included, in increasing order (deterministic results).

A query reads the strip of boxes whose left edge lies between the query's left edge minus the
widest box and its right edge (two binary searches), then tests that strip only. Boxes much wider
than the usual ones (a whole-territory zone) would widen every strip: they are kept apart and
tested at every query.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .disjoint_sets import DisjointSets

#: a box wider than this many times the median width is kept apart (tested at every query)
WIDE = 16.0
#: up to this many boxes, :meth:`BoxIndex.pairs` tests every pair in one array operation (the
#: sweep's per-box steps cost more on the few pieces of one subject)
DENSE = 256


class BoxIndex:
    """Boxes ``(xmin, ymin, xmax, ymax)``, one per id ``0..n-1``."""

    def __init__(self, bounds: Sequence[Sequence[float]] | np.ndarray) -> None:
        b = np.asarray(bounds, dtype=np.float64).reshape(-1, 4)
        self.x0, self.y0, self.x1, self.y1 = (np.ascontiguousarray(c) for c in b.T)
        widths = self.x1 - self.x0
        limit = WIDE * float(np.median(widths)) if len(b) else 0.0
        wide = widths > limit
        self.wide = np.flatnonzero(wide)
        narrow = np.flatnonzero(~wide)
        self.order = narrow[np.argsort(self.x0[narrow], kind="stable")]
        self.sorted_x0 = self.x0[self.order]
        self.reach = float(widths[narrow].max()) if narrow.size else 0.0

    def __len__(self) -> int:
        return len(self.x0)

    def query(self, xmin: float, ymin: float, xmax: float, ymax: float) -> np.ndarray:
        """Ids of the boxes meeting the rectangle (edges included), sorted."""
        lo = np.searchsorted(self.sorted_x0, xmin - self.reach, side="left")
        hi = np.searchsorted(self.sorted_x0, xmax, side="right")
        found = np.concatenate([self.order[lo:hi], self.wide])
        keep = (self.x0[found] <= xmax) & (self.x1[found] >= xmin)
        keep &= (self.y0[found] <= ymax) & (self.y1[found] >= ymin)
        return np.sort(found[keep])

    def pairs(self) -> list[tuple[int, int]]:
        """Every pair ``(a, b)``, ``a < b``, of boxes that meet, in order (a sweep along x)."""
        if len(self) <= DENSE:
            meet = (self.x0[:, None] <= self.x1[None, :]) & (self.x1[:, None] >= self.x0[None, :])
            meet &= (self.y0[:, None] <= self.y1[None, :]) & (self.y1[:, None] >= self.y0[None, :])
            a, b = np.nonzero(np.triu(meet, 1))
            return list(zip(a.tolist(), b.tolist()))
        order = np.argsort(self.x0, kind="stable")
        x0 = self.x0[order]
        ends = np.searchsorted(x0, self.x1[order], side="right")
        out: list[tuple[int, int]] = []
        for k in range(len(order)):
            later = order[k + 1 : ends[k]]  # left edges from this one's to its right edge
            if later.size:
                a = order[k]
                later = later[(self.y0[later] <= self.y1[a]) & (self.y1[later] >= self.y0[a])]
                out.extend((min(int(a), b), max(int(a), b)) for b in later.tolist())
        return sorted(out)

    def clusters(self) -> list[list[int]]:
        """The ids grouped by chains of meeting boxes (each group in id order, groups by their
        first id)."""
        sets = DisjointSets()
        for a, b in self.pairs():
            sets.union(a, b)
        groups: dict = {}
        for i in range(len(self)):
            groups.setdefault(sets.find(i), []).append(i)
        return sorted(groups.values())
