"""A deliberately naive DEGURBA level-1 implementation (plain loops), for differential tests only.

Written from CENTRALITIES.md §4 without looking at the fast code's tricks: breadth-first
components over the whole raster, smoothing cell by cell over Python lists, gap filling by
flood-filling the whole raster's non-centre regions and checking whether each touches the edge.
"""

from __future__ import annotations

import math
from collections import deque

ROOK = [(-1, 0), (1, 0), (0, -1), (0, 1)]
QUEEN = [*ROOK, (-1, -1), (-1, 1), (1, -1), (1, 1)]


def _ge(value: float, threshold: float, strict: bool) -> bool:
    if math.isnan(value):
        return False
    return value > threshold if strict else value >= threshold


def _components(mask, rows, cols, steps):
    """List of components (lists of (r, c)) of True cells, in row-major order of first cell."""
    seen = [[False] * cols for _ in range(rows)]
    comps = []
    for r in range(rows):
        for c in range(cols):
            if mask[r][c] and not seen[r][c]:
                seen[r][c] = True
                queue, comp = deque([(r, c)]), []
                while queue:
                    y, x = queue.popleft()
                    comp.append((y, x))
                    for dy, dx in steps:
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and mask[ny][nx] and not seen[ny][nx]:
                            seen[ny][nx] = True
                            queue.append((ny, nx))
                comps.append(comp)
    return comps


def classify_naive(pop, built, land, p):
    """pop, built, land: 2-D numpy arrays (NaN nodata, m²); p: DegurbaParams. Returns list rows."""
    rows, cols = len(pop), len(pop[0])
    pp = [[float(pop[r][c]) for c in range(cols)] for r in range(rows)]
    ll = [[float(land[r][c]) / 1e6 for c in range(cols)] for r in range(rows)]
    bb = [[float(built[r][c]) / 1e6 for c in range(cols)] for r in range(rows)]

    def div(a, b):
        if math.isnan(a) or math.isnan(b):
            return math.nan
        if b == 0:
            return math.nan if a == 0 else math.copysign(math.inf, a)
        return a / b

    dens = [[div(pp[r][c], ll[r][c]) for c in range(cols)] for r in range(rows)]

    def round3(value):
        # Python's round() rounds the exact binary value (numpy scales by 1000 then rints)
        return value if math.isnan(value) or math.isinf(value) else round(value, 3)

    bpl = [[round3(div(bb[r][c], ll[r][c])) for c in range(cols)] for r in range(rows)]

    def popv(r, c):
        return 0.0 if math.isnan(pp[r][c]) else pp[r][c]

    def water(r, c):
        land_ok = math.isnan(ll[r][c]) or ll[r][c] < p.water_land
        pop_ok = math.isnan(pp[r][c]) or pp[r][c] <= p.water_pop
        built_ok = math.isnan(bb[r][c]) or bb[r][c] <= p.water_built
        return land_ok and pop_ok and built_ok

    # urban centres
    dense = [
        [
            _ge(dens[r][c], p.uc_density, p.strict)
            or (p.uc_built and _ge(bpl[r][c], p.uc_built_threshold, p.strict))
            for c in range(cols)
        ]
        for r in range(rows)
    ]
    uc = [[0] * cols for _ in range(rows)]
    k = 0
    for comp in _components(dense, rows, cols, ROOK if p.uc_contiguity == 4 else QUEEN):
        if _ge(sum(popv(r, c) for r, c in comp), p.uc_size, p.strict):
            k += 1
            for r, c in comp:
                uc[r][c] = k

    # smoothing: synchronous passes over every cell
    if p.uc_smoothing != "none":
        while True:
            adds = []
            for r in range(rows):
                for c in range(cols):
                    if uc[r][c] != 0:
                        continue
                    if p.uc_smoothing == "R2023A" and water(r, c):
                        continue
                    counts, n = {}, 0
                    for dy, dx in QUEEN:
                        y, x = r + dy, c + dx
                        inside = 0 <= y < rows and 0 <= x < cols
                        if (
                            p.uc_smoothing == "R2023A"
                            and inside
                            and (water(y, x) or (ll[y][x] < 0.5 and pp[y][x] == 0))
                        ):
                            continue
                        n += 1
                        if inside and uc[y][x]:
                            counts[uc[y][x]] = counts.get(uc[y][x], 0) + 1
                    for lab, cnt in counts.items():
                        ok = cnt >= 5 if p.uc_smoothing == "R2022A" else 2 * cnt > n
                        if ok:
                            adds.append((r, c, lab))
            if not adds:
                break
            for r, c, lab in adds:
                uc[r][c] = lab

    # gap filling: per centre, flood the whole raster's non-centre cells
    if p.uc_gap_fill:
        snapshot = [row[:] for row in uc]
        for lab in range(1, k + 1):
            other = [[snapshot[r][c] != lab for c in range(cols)] for r in range(rows)]
            if not any(snapshot[r][c] == lab for r in range(rows) for c in range(cols)):
                continue
            for comp in _components(other, rows, cols, ROOK):
                edge = any(r in (0, rows - 1) or c in (0, cols - 1) for r, c in comp)
                if not edge and len(comp) <= p.uc_max_hole:
                    for r, c in comp:
                        if snapshot[r][c] == 0:
                            uc[r][c] = lab

    # urban clusters
    semi = [[_ge(dens[r][c], p.ucl_density, p.strict) for c in range(cols)] for r in range(rows)]
    ucl = [[False] * cols for _ in range(rows)]
    for comp in _components(semi, rows, cols, ROOK if p.ucl_contiguity == 4 else QUEEN):
        if _ge(sum(popv(r, c) for r, c in comp), p.ucl_size, p.strict):
            for r, c in comp:
                ucl[r][c] = True

    out = [[1] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if uc[r][c]:
                out[r][c] = 3
            elif ucl[r][c]:
                out[r][c] = 2
            elif water(r, c):
                out[r][c] = 0
    return out
