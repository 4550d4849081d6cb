"""Plain binary-heap Dijkstra on a friction grid: the test oracle for the cost core (tests only).

Straight from TVB.md §3.2: step(a, b) = (f_a + f_b) / 2 × L(a, b), L = ewres east/west, nsres
north/south, hypot(ewres, nsres) on diagonals; with ``knight`` the 8 extra moves cost
(f_a + f_m1 + f_m2 + f_b) / 4 × L with m1, m2 the two cells crossed (both must be passable, as in
GRASS r.cost -k). NaN or inf friction = impassable; sources on impassable cells are ignored. Ties
are broken by (cost, label, linear index), so the allocation keeps the lowest label at equal cost.
Slow (pure Python): use on grids up to a few thousand cells.
"""

from __future__ import annotations

import heapq
import math

import numpy as np


def moves(cell_size: tuple[float, float], knight: bool) -> list[tuple[int, int, float, tuple]]:
    """(dr, dc, length, crossed cells as (dr, dc) offsets) for every allowed move."""
    ew, ns = cell_size
    out = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            if dr == 0:
                length = ew
            elif dc == 0:
                length = ns
            else:
                length = math.hypot(ew, ns)
            out.append((dr, dc, length, ()))
    if knight:
        for dr, dc in ((-2, -1), (-2, 1), (2, -1), (2, 1)):
            # two rows, one column: crosses (dr/2, 0) and (dr/2, dc)
            out.append((dr, dc, math.hypot(2 * ns, ew), ((dr // 2, 0), (dr // 2, dc))))
        for dr, dc in ((-1, -2), (-1, 2), (1, -2), (1, 2)):
            # one row, two columns: crosses (0, dc/2) and (dr, dc/2)
            out.append((dr, dc, math.hypot(ns, 2 * ew), ((0, dc // 2), (dr, dc // 2))))
    return out


def dijkstra(
    friction: np.ndarray,
    sources: np.ndarray,
    cell_size: tuple[float, float] = (1.0, 1.0),
    *,
    knight: bool = False,
    start_cost: float = 0.0,
    max_cost: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Return (cost float64 with inf, allocation int32 with 0 where unreachable)."""
    f = np.asarray(friction, dtype=np.float64)
    rows, cols = f.shape
    ok = np.isfinite(f)
    cost = np.full(f.shape, np.inf)
    alloc = np.zeros(f.shape, dtype=np.int32)
    heap: list[tuple[float, int, int]] = []
    for r, c in zip(*np.nonzero(sources > 0), strict=True):
        if not ok[r, c]:
            continue
        lab = int(sources[r, c])
        if start_cost < cost[r, c] or (start_cost == cost[r, c] and lab < alloc[r, c]):
            cost[r, c] = start_cost
            alloc[r, c] = lab
        heapq.heappush(heap, (start_cost, lab, r * cols + c))
    mv = moves(cell_size, knight)
    done = np.zeros(f.shape, dtype=bool)
    while heap:
        d, lab, idx = heapq.heappop(heap)
        r, c = divmod(idx, cols)
        if done[r, c] or d > cost[r, c] or lab != alloc[r, c]:
            continue
        done[r, c] = True
        for dr, dc, length, crossed in mv:
            rr, cc = r + dr, c + dc
            if not (0 <= rr < rows and 0 <= cc < cols) or not ok[rr, cc] or done[rr, cc]:
                continue
            if crossed:
                mids = [(r + a, c + b) for a, b in crossed]
                if not all(ok[m] for m in mids):
                    continue
                nd = d + (f[r, c] + f[mids[0]] + f[mids[1]] + f[rr, cc]) / 4 * length
            else:
                nd = d + (f[r, c] + f[rr, cc]) / 2 * length
            if nd < cost[rr, cc] or (nd == cost[rr, cc] and lab < alloc[rr, cc]):
                cost[rr, cc] = nd
                alloc[rr, cc] = lab
                heapq.heappush(heap, (nd, lab, rr * cols + cc))
    if max_cost > 0:
        beyond = cost > max_cost
        cost[beyond] = np.inf
        alloc[beyond] = 0
    return cost, alloc
