"""Accumulated cost distance on a friction grid (multi-source), and least-cost path back-tracing.

Cost model (TVB.md §3.1, identical to GRASS ``r.cost`` and scikit-image ``MCP_Geometric``): a step
between adjacent cells a and b costs (f_a + f_b) / 2 × L, with L = ewres east/west, nsres
north/south and hypot(ewres, nsres) on diagonals, in the units of ``cell_size`` (map units by
default; pass ``cell_size=(1, nsres / ewres)`` for GRASS's friction × cells). With ``knight`` the
eight extra moves of ``r.cost -k`` cost (f_a + f_m1 + f_m2 + f_b) / 4 × L, m1 and m2 being the two
cells crossed (both must be passable). NaN or inf friction is impassable; 0 is free movement.

Method: label-correcting directional sweeps, exact (same fixed point as Dijkstra's algorithm).
A *pass* is a sweep down the rows then a sweep up. Sweeping down, row r is first relaxed from the
row above it through the downward moves (vertical and the two diagonals; with the knight's move
also from two rows up), with whole-row numpy operations; then the row is closed along itself, left
to right and right to left: that min-plus scan is exact with ``np.minimum.accumulate`` on
(cost − S), S being the prefix sum of the east-west step costs, and impassable cells split the row
into segments through a lexicographic key (−segment, cost − S) held in a complex number, so that no
value leaks across a barrier. Passes repeat until nothing changes.

Only what changed is revisited: every row keeps a change clock and, for each sweep direction and
row distance (1, and 2 with the knight's move), the span of columns it changed since that
successor last pulled from it; a row pulls only over those spans (± the move's column offset),
and its scans start at the first changed column (left to right) and end at the last one (right to
left). Late passes therefore cost little.

Bounded passes (issue 15). Paths that wind down and up need one more pass per turn, so three
hostile cases are handled apart, all exact:

* walls along the columns (impassable cells cutting far more east-west steps than north-south
  ones), or else columns longer than the rows, make the sweeps start over the columns (on the
  transposed grid: fewer, longer rows), and a front crawling across the columns during the
  sweeps (most rows changed, each over a narrow span) makes the solver *turn* at once: the
  costs are transposed and the pending changes carried over (a 1,000 × 1,000 serpentine maze:
  2 passes instead of 101);
* friction that changes at almost every cell (``roughness`` > ``ROUGH``: per-cell noise) makes
  least-cost paths wind at every cell (~70 row passes on 1,000 × 1,000): such grids go to the
  *wave* (``_WaveSolver``), a vectorised Δ-stepping in cost order that relaxes each cell about
  once whatever the winding;
* any other grid still changing after ``MAX_PASSES`` passes (realistic grids need 11-13) is
  solved again by the wave from the sources.

``CostResult.iterations`` counts the passes, plus the wave's relaxations per cell rounded up, and
``CostResult.method`` names the solver; progress moves on with every pass (or wave round) and
cancellation is checked every 64 rows (or rounds).

Why these methods: a heap Dijkstra in Python runs at ~10 s per million cells; scipy.sparse.csgraph
needs ~0.5 kB per cell (11 GB at 10 m over the territory) and was measured at 4.3 s on a
1,000 × 1,000 per-cell random grid (graph 1.9 s, Dijkstra 2.4 s) against 1.9 s for r.cost and
~0.6 s for the wave; scikit-image is not a run-time dependency. On realistic grids the sweeps
beat the wave (2.6 s against 3.7 s on 1,890 × 1,000), which loses its edge when the costs along
the front are spread evenly; the wave loses on mazes (one round per cell of the longest path).
Memory: float64 cost (8 B/cell), the friction as given (float32 from GeoTIFFs: 4 B), the per-row
prefix sums (8 B) and segment numbers (4 B), ~24 B/cell (+4 B of transposed friction once the
sweeps turned, + 8 B for the time of a transposition, the prefix sums being dropped first): 1.1 GB
at 10 m over the AULA box (47.6 M cells). The wave: friction padded as float64 (8 B), the padded
cost (8 B), a state byte (with the knight's move also 2 B of slots and the work arrays of its
batches), and the cost copied out (8 B) at the end: ≤ 29 B/cell with the given friction.
Measured (benchmarks/bench_tvb_costdistance.py, tracemalloc): sweeps 22-25 B/cell, the wave
24 B/cell (27 with the knight's move); on the synthetic territory grids 12-14 passes, a third of
GRASS r.cost's time or less; the knight's move costs ~1.1-1.4× the 8-neighbour time with the
sweeps, ~1.3-1.5× with the wave (1.7-2.0× when its knight's moves went one at a time per round).

Allocation (``with_allocation``): labels ride along with the costs in the sweeps; once the costs
are final, one more pass settles ties so that each cell takes the lowest label among its tight
predecessors (cost[n] + step = cost[x] within rtol 1e-10), as a heap Dijkstra ordered by
(cost, label) would; this adds about one pass of work.

Precision: the row scan adds rounding of the order of eps × (sum of the step costs along the row),
so costs agree with a heap Dijkstra to ~1e-12 relative on the test grids; a change only counts
when it exceeds that rounding, which guarantees termination. ``max_cost`` prunes the work exactly
(step costs are never negative): cells above it are never entered, so no tentative value beyond the
budget can appear (unlike raw r.cost).

Pure numpy (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..numbers import readable

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]

#: recorded in output metadata (unchanged: the sweeps of the columns are those of the transposed
#: grid's rows, and the wave is another label-correcting order)
METHOD = "label-correcting row sweeps, exact (equal to Dijkstra)"
#: costs within this relative rounding margin above max_cost count as max_cost (kept, clipped)
BUDGET_RTOL = 1e-10


@dataclass
class CostResult:
    #: float64 accumulated cost (friction × units of cell_size); inf = unreachable or > max_cost
    cost: np.ndarray
    #: int32 label of the source reaching each cell at least cost (0 where cost is inf), or None
    allocation: np.ndarray | None
    #: passes of the sweeps (down and up), plus, with the wave, its relaxations per passable
    #: cell rounded up; shows how hard the barrier geometry was
    iterations: int
    #: "sweeps", "wave" (rough friction) or "sweeps+wave" (sweeps stopped at MAX_PASSES)
    method: str = "sweeps"


def _moves(cell_size: tuple[float, float], knight: bool) -> list[tuple[int, int, float, tuple]]:
    """(dr, dc, length, crossed cells) for every allowed move, crossed as (dr, dc) offsets."""
    ew, ns = cell_size
    out = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            length = ew if dr == 0 else ns if dc == 0 else math.hypot(ew, ns)
            out.append((dr, dc, length, ()))
    if knight:
        for dr, dc in ((-2, -1), (-2, 1), (2, -1), (2, 1)):
            out.append((dr, dc, math.hypot(2 * ns, ew), ((dr // 2, 0), (dr // 2, dc))))
        for dr, dc in ((-1, -2), (-1, 2), (1, -2), (1, 2)):
            out.append((dr, dc, math.hypot(ns, 2 * ew), ((0, dc // 2), (dr, dc // 2))))
    return out


# fmt: off
_MAX_COST_BEYOND = QT_TRANSLATE_NOOP("aula",
    "The maximum cost {value} is beyond any cost this friction can give (at most {bound}): give 0 for no limit, or a value between 0 and {bound}")  # noqa: E501
# fmt: on


def cost_bound(
    friction: np.ndarray, cell_size: tuple[float, float], knight: bool, start_cost: float = 0.0
) -> float:
    """An upper bound of every finite accumulated cost on ``friction``: a least-cost path enters
    each passable cell at most once, each step costing at most the highest friction times the
    longest move."""
    f = np.asarray(friction)
    passable = int(np.count_nonzero(np.isfinite(f)))
    if not passable:
        return float(start_cost)
    highest = float(np.nanmax(np.where(np.isfinite(f), f, np.nan)))
    longest = max(length for _, _, length, _ in _moves(cell_size, knight))
    return float(start_cost) + passable * highest * longest


def check_max_cost(max_cost: float, bound: float) -> None:
    """Refuse a maximum cost above ``bound`` (cost_bound): it could never limit anything."""
    if max_cost > 0 and bound > 0 and max_cost > bound:
        raise AulaError(_MAX_COST_BEYOND, value=readable(max_cost), bound=readable(bound))


def _check_inputs(
    friction: np.ndarray, sources: np.ndarray, cell_size: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Validate; return (friction, float32 kept as is, with NaN for impassable; int32 labels).

    float32 friction is kept (half the memory); every step cost is computed in float64.
    """
    f = np.asarray(friction)
    if f.ndim != 2 or f.size == 0:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "The friction grid must be a non-empty 2-D array.")
        )
    src = np.asarray(sources)
    if src.shape != f.shape:
        # fmt: off
        msg = QT_TRANSLATE_NOOP("aula", "The source grid ({src}) and the friction grid ({fr}) differ in shape.")  # noqa: E501
        # fmt: on
        raise AulaError(msg, src="×".join(map(str, src.shape)), fr="×".join(map(str, f.shape)))
    ew, ns = (float(v) for v in cell_size)
    if not (ew > 0 and ns > 0 and math.isfinite(ew) and math.isfinite(ns)):
        msg = QT_TRANSLATE_NOOP("aula", "The cell size must be positive (got {ew} × {ns}).")
        raise AulaError(msg, ew=ew, ns=ns)
    if f.dtype not in (np.float32, np.float64):
        f = f.astype(np.float64)
    with np.errstate(invalid="ignore"):
        negative = int(np.count_nonzero(f < 0))
    if negative:
        msg = QT_TRANSLATE_NOOP("aula", "The friction contains {n} negative values.")
        raise AulaError(msg, n=negative)
    infinite = np.isinf(f)
    if infinite.any():  # the caller's array is never modified
        f = f.copy()
        f[infinite] = np.nan
    del infinite
    src = src.astype(np.int32, copy=False)
    if not np.any(src > 0):
        raise AulaError(QT_TRANSLATE_NOOP("aula", "There is no source cell."))
    if not np.any((src > 0) & ~np.isnan(f)):
        # fmt: off
        msg = QT_TRANSLATE_NOOP("aula", "Every source cell is impassable (friction without data).")
        # fmt: on
        raise AulaError(msg)
    return f, src


def accumulated_cost(
    friction: np.ndarray,
    sources: np.ndarray,
    *,
    cell_size: tuple[float, float],
    knight: bool = False,
    max_cost: float = 0.0,
    start_cost: float = 0.0,
    with_allocation: bool = False,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> CostResult:
    """Least accumulated cost from the nearest source to every cell.

    ``sources``: int labels, 0 = not a source; sources on impassable cells are ignored (the caller
    reports them). ``max_cost`` 0 = unlimited, otherwise cells costing more than it (start cost
    included) are inf. The allocation is computed once the costs are final: a cell takes the lowest
    label among its tight predecessors (neighbours n with cost[n] + step(n, x) = cost[x] within
    rtol 1e-10), so ties go to the lowest label, as in a heap Dijkstra ordered by (cost, label).
    """
    f, src = _check_inputs(friction, sources, cell_size)
    if max_cost < 0 or start_cost < 0:
        msg = QT_TRANSLATE_NOOP("aula", "The maximum cost and the start cost cannot be negative.")
        raise AulaError(msg)
    progress = progress or (lambda _x: None)
    is_canceled = is_canceled or (lambda: False)
    share = 0.9 if with_allocation else 1.0
    args = (f, src, cell_size, knight, start_cost, max_cost, with_allocation)
    method, iterations = "wave", 0
    if roughness(f) <= ROUGH and not _wave_suits_budget(f, cell_size, knight, max_cost):
        method, solver = "sweeps", _SweepSolver(*args)
        cost, alloc, iterations = solver.run(lambda x: progress(share * x), is_canceled)
        del solver
        if cost is None:  # stopped at MAX_PASSES: the wave, from the sources again
            method = "sweeps+wave"
    if method != "sweeps":
        done = 1.0 - 0.5**iterations
        solver = _WaveSolver(*args)
        cost, alloc, relaxations = solver.run(
            lambda x: progress(share * (done + (1.0 - done) * x)), is_canceled
        )
        del solver
        iterations += relaxations
    if alloc is not None:  # ties: the lowest label among the tight predecessors
        alloc = _settle_labels(cost, f, src, alloc, cell_size, knight, progress, is_canceled)
    if max_cost > 0:
        # a cost equal to the budget up to rounding (rtol BUDGET_RTOL) is the budget: kept, as M
        beyond = cost > max_cost * (1 + BUDGET_RTOL)
        cost[beyond] = np.inf
        np.minimum(cost, max_cost, out=cost, where=~beyond)
        if alloc is not None:
            alloc[beyond] = 0
    progress(1.0)
    return CostResult(cost, alloc if with_allocation else None, iterations, method)


def least_cost_path(
    cost: np.ndarray,
    friction: np.ndarray,
    target: tuple[int, int],
    *,
    cell_size: tuple[float, float],
    knight: bool = False,
    sources: np.ndarray | None = None,
) -> np.ndarray:
    """Back-trace a least-cost path from ``target`` to a source cell.

    Returns a (k, 2) int array of (row, col), target first. Each step from ``prev`` to ``cur``
    satisfies cost[prev] + step(prev, cur) == cost[cur] (rtol 1e-9), and among those the cheapest
    ``prev`` is taken (steepest descent), so the path never crosses impassable cells and its summed
    step costs equal cost[target]. Paths are 8-connected (16-connected with ``knight``). Across
    zero-friction plateaus the trace continues to a cell reached from outside the plateau or, when
    ``sources`` (labels, as given to accumulated_cost) is passed, to a source cell.
    """
    cost = np.asarray(cost)
    f = np.asarray(friction)  # read cell by cell (as float64): never copied, grids can be large
    rows, cols = cost.shape
    r, c = int(target[0]), int(target[1])
    if not (0 <= r < rows and 0 <= c < cols) or not np.isfinite(cost[r, c]):
        msg = QT_TRANSLATE_NOOP(
            "aula", "The cell ({row}, {col}) cannot be reached from any source."
        )
        raise AulaError(msg, row=r, col=c)
    mv = _moves(cell_size, knight)
    is_source = (lambda rc: sources[rc] > 0) if sources is not None else (lambda rc: False)

    def predecessors(rc: tuple[int, int]) -> list[tuple[float, tuple[int, int]]]:
        out = []
        here = float(cost[rc])
        f_here = float(f[rc])
        tol = 1e-9 * max(abs(here), 1e-300) + 1e-12
        for dr, dc, length, crossed in mv:
            pr, pc = rc[0] - dr, rc[1] - dc  # prev -> cur is the move (dr, dc)
            if not (0 <= pr < rows and 0 <= pc < cols):
                continue
            before, f_prev = float(cost[pr, pc]), float(f[pr, pc])
            if not math.isfinite(before) or math.isnan(f_prev) or math.isnan(f_here):
                continue
            if crossed:
                fm = [float(f[pr + a, pc + b]) for a, b in crossed]
                if any(math.isnan(x) for x in fm):
                    continue
                step = (f_prev + fm[0] + fm[1] + f_here) / 4 * length
            else:
                step = (f_prev + f_here) / 2 * length
            if abs(before + step - here) <= tol:
                out.append((before, (pr, pc)))
        out.sort()
        return out

    path = [(r, c)]
    seen = {(r, c)}
    cur = (r, c)
    while not is_source(cur):
        preds = predecessors(cur)
        lower = [p for p in preds if p[0] < cost[cur]]
        if lower:
            cur = lower[0][1]
            path.append(cur)
            seen.add(cur)
            continue
        # plateau (zero steps): breadth-first search inside it for an exit or a source
        plateau_path = _search_plateau(cur, predecessors, cost, seen, is_source)
        if plateau_path is None:
            break  # a start plateau without a known source: every cell of it is a start
        path.extend(plateau_path)
        seen.update(plateau_path)
        cur = plateau_path[-1]
    return np.asarray(path, dtype=np.int64).reshape(-1, 2)


def _search_plateau(start, predecessors, cost, seen, is_source):
    """Cells from ``start`` (excluded) to a plateau cell with a lower predecessor or a source."""
    from collections import deque

    parent = {start: None}
    queue = deque([start])
    level = cost[start]
    while queue:
        cur = queue.popleft()
        preds = predecessors(cur)
        if cur != start and (is_source(cur) or any(p[0] < level for p in preds)):
            chain = []
            while cur != start:
                chain.append(cur)
                cur = parent[cur]
            return chain[::-1]
        for value, nxt in preds:
            if value == level and nxt not in parent and nxt not in seen:
                parent[nxt] = cur
                queue.append(nxt)
    return None


_EPS = float(np.finfo(np.float64).eps)


class _SweepSolver:
    """Label-correcting sweeps over the rows of the grid or of its transpose (exact; see the
    module notes for the method).

    Per row r: ``mod[r]`` is the clock of its last change; ``seen[d][r]`` the clock when it last
    pulled from the rows before it in sweep direction d; ``span[d, k]`` holds, for each row p, the
    columns [lo, hi) it changed since row p + k·d last pulled from it (k = 1, and 2 with the
    knight's move), so that a pull only touches those columns; ``scan`` the columns of a row still
    to be closed along the row (sources, and every changed cell after a change of orientation).
    """

    def __init__(self, f, src, cell_size, knight, start_cost, max_cost, with_allocation):
        ew, ns = (float(v) for v in cell_size)
        self.cell_size = (ew, ns)
        self.given = f  # float32 or float64, NaN = impassable; never modified
        self.other: np.ndarray | None = None  # its transposed copy, made at the first turn
        start = (src > 0) & ~np.isnan(f)
        self.cost = np.full(f.shape, np.inf)
        self.cost[start] = start_cost
        self.alloc = np.where(start, src, 0).astype(np.int32) if with_allocation else None
        # the budget with the solver's rounding margin (see accumulated_cost)
        self.max_cost = float(max_cost) * (1 + BUDGET_RTOL) if max_cost > 0 else np.inf
        self.knight = knight
        self.reach = 2 if knight else 1
        self.transposed = False
        self.clock = 1
        # a pull counts only beyond the rounding of the closures along rows or columns
        top = float(np.nanmax(f)) if np.isfinite(f).any() else 0.0
        self.slack = 8 * _EPS * top * max(f.shape[1] * ew, f.shape[0] * ns)
        self._orient(f, (ew, ns))
        rows = np.flatnonzero(start.any(axis=1))
        lo = np.full(self.n, self.m, dtype=np.int64)
        hi = np.zeros(self.n, dtype=np.int64)
        lo[rows], hi[rows] = 0, self.m
        self._track(lo, hi)
        #: per sweep: (rows changed, cells in the changed spans), to decide when to turn
        self.history: list[tuple[int, int]] = []
        if _start_on_columns(f):
            self.turn()  # start over the columns (along the walls, or the longer side)

    # -- orientation and bookkeeping --------------------------------------------------------------
    def _orient(self, f: np.ndarray, cell_size: tuple[float, float]) -> None:
        """Work on the rows of ``f`` (the grid or its transpose) with cells of ``cell_size``."""
        ew, ns = cell_size
        n, m = f.shape
        self.f, self.n, self.m = f, n, m
        self.half_along = ew / 2.0
        # pulls: (k, dc, factor, crossed) per sweep direction, from row r - k·d to row r
        self.pulls: dict[int, list[tuple[int, int, float, tuple]]] = {+1: [], -1: []}
        for dr, dc, length, crossed in _moves((ew, ns), self.knight):
            if dr:
                d = 1 if dr > 0 else -1
                factor = length / (4.0 if crossed else 2.0)
                self.pulls[d].append((abs(dr), dc, factor, crossed))
        # per row: prefix sums of the east-west steps (float64), segment numbers (exact float32)
        self.prefix = np.empty((n, m))
        self.segment = np.empty((n, m), dtype=np.float32)
        self.prepared = np.zeros(n, dtype=bool)
        self.row_cache: dict[int, np.ndarray] = {}
        self.z = np.empty(m, dtype=np.complex128)
        self.arange = np.arange(m)

    def _track(self, lo: np.ndarray, hi: np.ndarray) -> None:
        """Start the bookkeeping with the cells [lo[r], hi[r]) of each row r to propagate from."""
        n = self.n
        dirty = lo < hi
        self.clock += 1
        self.mod = np.zeros(n, dtype=np.int64)
        self.mod[dirty] = self.clock
        self.seen = {d: np.full(n, self.clock - 1, dtype=np.int64) for d in (+1, -1)}
        keys = [(d, k) for d in (+1, -1) for k in range(1, self.reach + 1)]
        self.span_lo = {key: np.where(dirty, lo, self.m) for key in keys}
        self.span_hi = {key: np.where(dirty, hi, 0) for key in keys}
        self.scan_lo = np.where(dirty, lo, self.m)
        self.scan_hi = np.where(dirty, hi, 0)

    def _pending(self) -> tuple[np.ndarray, np.ndarray]:
        """Per row, the columns changed and not yet pulled from by some row (after a pass)."""
        lo = np.minimum.reduce(list(self.span_lo.values()))
        hi = np.maximum.reduce(list(self.span_hi.values()))
        return lo, hi

    def turn(self) -> None:
        """Sweep the other axis from now on: transpose the costs (and labels), carry the pending
        changes over, and start the bookkeeping again (the row closures are recomputed)."""
        lo, hi = self._pending()
        new_lo = np.full(self.m, self.n, dtype=np.int64)
        new_hi = np.zeros(self.m, dtype=np.int64)
        for r in np.flatnonzero(lo < hi):  # old row r, columns [lo, hi) -> new rows lo..hi-1
            a, b = int(lo[r]), int(hi[r])
            np.minimum(new_lo[a:b], r, out=new_lo[a:b])
            np.maximum(new_hi[a:b], r + 1, out=new_hi[a:b])
        del self.prefix, self.segment  # freed before the costs are copied (peak memory)
        self.cost = np.ascontiguousarray(self.cost.T)
        if self.alloc is not None:
            self.alloc = np.ascontiguousarray(self.alloc.T)
        if self.other is None:
            self.other = np.ascontiguousarray(self.given.T)
        self.transposed = not self.transposed
        ew, ns = self.cell_size
        if self.transposed:
            self._orient(self.other, (ns, ew))
        else:
            self._orient(self.given, (ew, ns))
        self._track(new_lo, new_hi)

    def result(self) -> tuple[np.ndarray, np.ndarray | None]:
        """Costs and labels in the grid's orientation."""
        if not self.transposed:
            return self.cost, self.alloc
        del self.prefix, self.segment
        self.other = None
        cost = np.ascontiguousarray(self.cost.T)
        self.cost = None
        alloc = None if self.alloc is None else np.ascontiguousarray(self.alloc.T)
        return cost, alloc

    # -- one row --------------------------------------------------------------------------------
    def _row64(self, r: int) -> np.ndarray:
        """Friction of row r as float64 (a small cache: a sweep reads each row several times)."""
        row = self.row_cache.get(r)
        if row is None:
            row = self.f[r].astype(np.float64)
            if len(self.row_cache) > 10:
                self.row_cache.clear()
            self.row_cache[r] = row
        return row

    def _pair(self, r: int) -> np.ndarray:
        """f[r, j] + f[r, j + 1] (float64), cached: the knight's moves cross such pairs."""
        key = -1 - r
        pair = self.row_cache.get(key)
        if pair is None:
            row = self._row64(r)
            pair = row[:-1] + row[1:]
            self.row_cache[key] = pair
        return pair

    def _pull(self, r: int, d: int) -> tuple[int, int] | None:
        """Relax row r from the rows before it (r - d, and r - 2d with the knight's move), over
        the columns they changed since row r last pulled from them."""
        m = self.m
        spans = {}
        lo, hi = m, 0
        for k in range(1, self.reach + 1):
            p = r - k * d
            if not 0 <= p < self.n:
                continue
            key = (d, k)
            a, b = int(self.span_lo[key][p]), int(self.span_hi[key][p])
            self.span_lo[key][p], self.span_hi[key][p] = m, 0
            if b > a:
                spans[k] = (a, b)
                reach = 2 if self.knight else 1
                lo, hi = min(lo, max(a - reach, 0)), max(hi, min(b + reach, m))
        if hi <= lo:
            return None
        best = np.full(hi - lo, np.inf)
        labels = None if self.alloc is None else np.zeros(hi - lo, dtype=np.int32)
        fr = self._row64(r)
        cost = self.cost
        for k, dc, factor, crossed in self.pulls[d]:
            if k not in spans:
                continue
            p = r - k * d
            a, b = spans[k]
            t0, t1 = max(a + dc, 0), min(b + dc, m)
            if t1 <= t0:
                continue
            s0, s1 = t0 - dc, t1 - dc
            if not crossed:
                cand = fr[t0:t1] + self._row64(p)[s0:s1]
            elif k == 1:  # (d, ±2) crosses (p, s ± 1) and (r, s ± 1): two pairs of neighbours
                h = dc // 2
                ps, rs = s0 + min(0, h), s0 + h + min(0, h)
                cand = self._pair(p)[ps : ps + s1 - s0] + self._pair(r)[rs : rs + s1 - s0]
            else:  # (2d, ±1) crosses (q, s) and (q, t), q = r - d: one pair
                qs = min(s0, t0)
                cand = fr[t0:t1] + self._row64(p)[s0:s1]
                cand += self._pair(p + crossed[0][0])[qs : qs + s1 - s0]
            cand *= factor
            cand += cost[p, s0:s1]
            bt = best[t0 - lo : t1 - lo]
            if labels is None:
                np.fmin(bt, cand, out=bt)
            else:
                wins = cand < bt
                bt[wins] = cand[wins]
                labels[t0 - lo : t1 - lo][wins] = self.alloc[p, s0:s1][wins]
        if self.max_cost < np.inf:
            best[best > self.max_cost] = np.inf
        c = cost[r, lo:hi]
        margin = best * (1 + 8 * _EPS)
        margin += self.slack
        better = margin < c
        first = int(better.argmax())
        if not better[first]:
            return None
        np.copyto(c, best, where=better)
        if labels is not None:
            self.alloc[r, lo:hi][better] = labels[better]
        return lo + first, hi - int(better[::-1].argmax())

    def _prepare_row(self, r: int) -> None:
        """Prefix sums of the east-west steps and segment numbers: fixed, computed once."""
        fr = self._row64(r)
        h = fr[:-1] + fr[1:]
        h *= self.half_along
        barrier = np.isnan(h)
        h[barrier] = 0.0
        self.prefix[r, 0] = 0.0
        np.cumsum(h, out=self.prefix[r, 1:])
        self.segment[r, 0] = 0
        np.cumsum(barrier, out=self.segment[r, 1:])
        self.prepared[r] = True

    def _close(self, r: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Exact min-plus closure of row r along itself after changes in columns [lo, hi).

        Left to right from lo to the end of the segment holding hi - 1, then right to left from
        the last changed column to the start of the segment holding lo: the rest of the row was
        closed already, and nothing crosses an impassable cell.
        """
        if not self.prepared[r]:
            self._prepare_row(r)
        c = self.cost[r]
        prefix, seg = self.prefix[r], self.segment[r]
        slack = 8 * _EPS * float(prefix[-1])
        span = None
        for rev in (False, True):
            if rev:
                last = hi if span is None else max(hi, span[1])
                first_col = int(np.searchsorted(seg, seg[lo], side="left"))
                cc = c[first_col:last][::-1]
                s = prefix[last - 1] - prefix[first_col:last][::-1]
                k = cc.shape[0]
                z = self.z[:k]
                z.real = seg[first_col:last][::-1]
            else:
                end = int(np.searchsorted(seg, seg[hi - 1], side="right"))
                cc = c[lo:end]
                s = prefix[lo:end] - prefix[lo]
                k = cc.shape[0]
                z = self.z[:k]
                np.negative(seg[lo:end], out=z.real)
            if k < 2:
                continue
            np.subtract(cc, s, out=z.imag)
            np.minimum.accumulate(z, out=z)
            best = np.add(z.imag, s)
            if self.max_cost < np.inf:
                best[best > self.max_cost] = np.inf
            margin = best * (1 + 8 * _EPS)
            margin += slack
            better = margin < cc
            first = int(better.argmax())
            if not better[first]:
                continue
            if self.alloc is not None:
                lab = self.alloc[r, first_col:last][::-1] if rev else self.alloc[r, lo:end]
                origin = np.where(better, 0, self.arange[:k])
                np.maximum.accumulate(origin, out=origin)
                lab[better] = lab[origin[better]]
            np.copyto(cc, best, where=better)
            final = k - 1 - int(better[::-1].argmax())
            part = (last - 1 - final, last - first) if rev else (lo + first, lo + final + 1)
            span = _union(span, part)
        return span

    def _process(self, r: int, d: int) -> bool:
        """Pull row r in sweep direction d and close it along itself; True if it changed."""
        span = self._pull(r, d)
        self.seen[d][r] = self.clock
        scan = None
        if self.scan_lo[r] < self.scan_hi[r]:
            scan = (int(self.scan_lo[r]), int(self.scan_hi[r]))
            self.scan_lo[r], self.scan_hi[r] = self.m, 0
        todo = _union(span, scan)
        if todo is not None:
            span = _union(span, self._close(r, *todo))
        if span is None:
            return False
        self.clock += 1
        self.mod[r] = self.clock
        for key in self.span_lo:
            self.span_lo[key][r] = min(self.span_lo[key][r], span[0])
            self.span_hi[key][r] = max(self.span_hi[key][r], span[1])
        self.changed_rows += 1
        self.changed_cells += span[1] - span[0]
        return True

    # -- sweeps ---------------------------------------------------------------------------------
    def _sweep(self, d: int, tick) -> bool:
        order = range(self.n) if d > 0 else range(self.n - 1, -1, -1)
        seen, mod, reach, n = self.seen[d], self.mod, self.reach, self.n
        scan_lo, scan_hi = self.scan_lo, self.scan_hi
        any_change = False
        for k, r in enumerate(order):
            if k % 64 == 0:
                tick(k / n)
            if scan_lo[r] >= scan_hi[r]:
                a, b = (r - reach, r) if d > 0 else (r + 1, r + reach + 1)
                a, b = max(a, 0), min(b, n)
                if b <= a or mod[a:b].max() <= seen[r]:
                    continue
            any_change |= self._process(r, d)
        return any_change

    def run(self, progress: Progress, is_canceled: IsCanceled):
        passes = 0
        half = [0]

        def tick(fraction: float) -> None:
            if is_canceled():
                raise Cancelled
            progress(1.0 - 0.5 ** (passes + (half[0] + fraction) / 2))

        while True:
            changed = False
            for half[0], d in enumerate((+1, -1)):
                self.changed_rows = self.changed_cells = 0
                changed |= self._sweep(d, tick)
                self.history.append((self.changed_rows, self.changed_cells))
                if self.changed_rows and self._should_turn():
                    self.turn()  # at once: the other half of this pass runs on the new axis
            passes += 1
            if not changed:
                break
            if passes >= MAX_PASSES:
                return None, None, passes
        cost, alloc = self.result()
        return cost, alloc, passes

    def _should_turn(self) -> bool:
        """Turn when the last sweep changed most rows, each over a narrow span: a front crawling
        across the columns (walls along the columns), which sweeps over the columns cross in one
        pass. Dense sweeps (the wave spreading) and sparse ones (late corrections) stay."""
        rows, cells = self.history[-1]
        return rows >= 0.5 * self.n and cells < 0.25 * self.m * rows


#: the sweeps stop after this many passes (realistic grids: 11-13) and the wave takes over
MAX_PASSES = 24
#: friction rougher than this (share of east-west neighbours with different frictions) goes to
#: the wave solver directly: per-cell noise makes least-cost paths wind at every cell
ROUGH = 0.5


def typical_step(f: np.ndarray, cell_size: tuple[float, float]) -> float:
    """The wave's band width: the median positive friction (on ~256 rows) × the shorter cell
    side, a typical step's cost."""
    sample = f[:: max(1, f.shape[0] // 256)]
    positive = sample[np.isfinite(sample) & (sample > 0)]
    typical = float(np.median(positive)) if positive.size else 1.0
    return typical * min(float(v) for v in cell_size)


#: a run with a budget goes to the wave when its rounds (at most budget / typical step) would
#: settle this many passable cells each on average: a wide front, where the wave beats the
#: sweeps (the pinch points' 128 cost runs: 21 s against 39 s, equal within 1.1e-12); a narrow
#: one, a maze's corridor, costs the wave a round per few cells (a 1,000 × 1,000 maze with a
#: budget: 5.4 s against 0.14 s) and stays with the sweeps
WAVE_CELLS_PER_ROUND = 512


def _wave_suits_budget(
    f: np.ndarray, cell_size: tuple[float, float], knight: bool, max_cost: float
) -> bool:
    """True for an 8-neighbour run whose budget bounds the wave to few, wide rounds (the
    knight's move stays with the sweeps on smooth friction: measured faster there)."""
    if knight or not max_cost > 0:
        return False
    rounds = max(max_cost / typical_step(f, cell_size), 1.0)
    return int(np.count_nonzero(np.isfinite(f))) >= WAVE_CELLS_PER_ROUND * rounds


def roughness(f: np.ndarray) -> float:
    """Share of east-west neighbour pairs (both passable) whose frictions differ, on at most
    ~256 rows spread over the grid (cheap)."""
    step = max(1, f.shape[0] // 256)
    a, b = f[::step, :-1], f[::step, 1:]
    both = ~np.isnan(a) & ~np.isnan(b)
    pairs = int(np.count_nonzero(both))
    return int(np.count_nonzero((a != b) & both)) / pairs if pairs else 0.0


#: the wave relaxes the knight's moves of the cells taken over this many rounds at once (or
#: when the band is over): larger batches, each cell about once; waiting longer lets shortcuts
#: arrive after their band was settled (measured: 2 rounds as many as without waiting, 8 rounds
#: +30 % rounds, the whole band nearly twice as many)
JUMP_ROUNDS = 2


#: a knight's move is kept unless it costs more than this relative margin above the cheaper of
#: the two 8-neighbour paths over the cells it crosses (tested in float32: its rounding, ~1e-7,
#: stays far below): dropping it then changes no cost, not even by rounding
USEFUL_MARGIN = 1e-5


def useful_knight_moves(fp: np.ndarray, moves: list) -> np.ndarray:
    """Which knight's moves can shorten a path, one bit per move (in the order of ``moves``'
    knight's moves) for each cell of the padded friction ``fp`` (2 impassable cells around).

    A knight's move crosses two cells m1 and m2; the 8-neighbour paths cell -> m1 -> target and
    cell -> m2 -> target join the same cells. When the knight's step costs more than the cheaper
    of them, the move never gives a cell a lower cost (the least costs satisfy every 8-neighbour
    step): on per-cell random friction ~80 % of the moves are so, and the wave relaxes only the
    others. A move and its reverse cross the same cells: one test for both. Float32 and row
    blocks of ~64k cells: a few milliseconds per million cells, small temporaries.
    """
    rows, cols = fp.shape
    g = fp.astype(np.float32)
    useful = np.zeros(fp.shape, dtype=np.uint8)
    jumps = [(dr, dc, length, via) for dr, dc, length, via in moves if via]
    half = {(dr, dc): np.float32(length / 2.0) for dr, dc, length, _ in moves}
    shift = {(dr, dc): np.uint8(k) for k, (dr, dc, _, _) in enumerate(jumps)}
    block = max(1, 65536 // cols)
    for dr, dc, length, ((a1, b1), (a2, b2)) in jumps:
        if dr < 0:
            continue  # the reverse of a move tested from its other end
        step = np.float32(length / 4.0 * (1.0 - USEFUL_MARGIN))
        c0, c1 = max(0, -dc, -b1, -b2), cols - max(0, dc, b1, b2)
        for r0 in range(0, rows - dr, block):
            r1 = min(r0 + block, rows - dr)
            fc, ft, m1, m2 = [
                g[r0 + i : r1 + i, c0 + j : c1 + j]
                for i, j in ((0, 0), (dr, dc), (a1, b1), (a2, b2))
            ]
            knight = fc + ft
            knight += m1
            knight += m2
            knight *= step
            paths = []
            for (a, b), m in (((a1, b1), m1), ((a2, b2), m2)):
                path, second = fc + m, m + ft
                path *= half[(a, b)]
                second *= half[(dr - a, dc - b)]
                path += second
                paths.append(path)
            keep = np.less(knight, np.minimum(*paths, out=paths[0])).view(np.uint8)
            mine = useful[r0:r1, c0:c1]  # NaN (an impassable cell on the way): never kept
            mine |= keep << shift[(dr, dc)]
            theirs = useful[r0 + dr : r1 + dr, c0 + dc : c1 + dc]
            theirs |= keep << shift[(-dr, -dc)]
    return useful


class _WaveSolver:
    """Label-correcting wave from the sources, in cost order by bands of width ``delta``
    (Δ-stepping, vectorised): each round takes the open cells costing less than the lowest open
    cost + delta and relaxes their moves (one numpy operation per move over all of them); the
    cells it improved are open for the next rounds. Exact (the fixed point of the relaxations),
    each cell is relaxed about once (1.0-1.5 times measured), and the number of rounds is about
    the highest cost / delta: it never depends on how the paths wind, only on their lengths.
    The grid is padded with impassable cells (2 rows and columns with the knight's move), so that
    no move needs a bounds check. Far open cells wait in a second pile, split off by cost; a far
    cell improved below the limit joins the near pile at once. The knight's moves of the cells
    taken over ``JUMP_ROUNDS`` rounds are relaxed together, from their costs at that time (still
    a relaxation, so the same fixed point), and only those that can shorten a path
    (:func:`useful_knight_moves`, a bit per move and cell): on rough friction most cannot.
    """

    def __init__(self, f, src, cell_size, knight, start_cost, max_cost, with_allocation):
        ew, ns = (float(v) for v in cell_size)
        n, m = f.shape
        pad = 2 if knight else 1
        self.shape, self.pad = (n, m), pad
        width = m + 2 * pad
        fp = np.full((n + 2 * pad, width), np.nan)
        fp[pad : pad + n, pad : pad + m] = f
        self.f = fp.ravel()
        self.cost = np.full(self.f.size, np.inf)
        start = (src > 0) & ~np.isnan(f)
        rows, cols = np.nonzero(start)
        self.open = (rows + pad) * width + (cols + pad)
        self.cost[self.open] = start_cost
        self.alloc = None
        if with_allocation:
            self.alloc = np.zeros(self.f.size, dtype=np.int32)
            self.alloc[self.open] = src[rows, cols]
        self.max_cost = float(max_cost) * (1 + BUDGET_RTOL) if max_cost > 0 else np.inf
        # the 8 neighbours as flat offsets and step factors (one column each for the knight)
        moves = _moves((ew, ns), knight)
        self.moves = [(dr * width + dc, length / 2.0) for dr, dc, length, via in moves if not via]
        steps = self.moves
        self.offsets = np.array([[o] for o, _ in steps], dtype=np.int64)
        # the knight's moves, relaxed together: flat offsets of the targets and of the two cells
        # each one crosses, step factors, and which of them can shorten any path (a bit each)
        self.knight = None
        if knight:
            jumps = [(dr, dc, length, via) for dr, dc, length, via in moves if via]
            factors = np.array([length / 4.0 for _, _, length, _ in jumps])
            self.knight = (
                np.array([dr * width + dc for dr, dc, _, _ in jumps], dtype=np.int64),
                # square cells: one factor, a scalar (cheaper than indexing an array)
                float(factors[0]) if (factors == factors[0]).all() else factors,
                np.array([a * width + b for _, _, _, ((a, b), _) in jumps], dtype=np.int64),
                np.array([a * width + b for _, _, _, (_, (a, b)) in jumps], dtype=np.int64),
            )
            self.useful = useful_knight_moves(fp, moves).ravel()
        self.delta = typical_step(f, (ew, ns))  # the band width
        self.window = 8 * self.delta

    def _jumps(self, cells: np.ndarray, state: np.ndarray) -> np.ndarray | None:
        """The useful knight's moves from ``cells`` at once, from their current costs (same step
        costs as one move at a time): the improved cells not yet in the near pile, once each."""
        cost, f = self.cost, self.f
        offsets, factors, via1, via2 = self.knight
        # (cell, move) pairs: the set bits of each cell's useful moves
        pairs = np.flatnonzero(np.unpackbits(self.useful.take(cells), bitorder="little"))
        if not pairs.size:
            return None
        which, move = pairs >> 3, pairs & 7
        src = cells[which]
        t = offsets[move]
        t += src  # (the padding keeps every index in the grid)
        cand = f[t]
        cand += f[cells][which]  # (fc + f_b) + f_m1 + f_m2: the one-move-at-a-time order
        cand += f[via1[move] + src]
        cand += f[via2[move] + src]
        cand *= factors if isinstance(factors, float) else factors[move]
        cand += cost[cells][which]
        better = cand < cost[t]
        if self.max_cost < np.inf:
            better &= cand <= self.max_cost
        hit = np.flatnonzero(better)  # then two takes: cheaper than two boolean selections
        if not hit.size:
            return None
        tb, cb = t.take(hit), cand.take(hit)
        cost[tb] = cb
        # two moves can reach one cell: the least candidate wins, whatever the write order
        tl, cl = tb, cb
        lost = cost[tl] > cl
        while lost.any():
            tl, cl = tl[lost], cl[lost]
            cost[tl] = cl
            lost = cost[tl] > cl
        if self.alloc is not None:  # the label of a winning candidate (ties: each one is tight)
            won = cost[tb] == cb
            labels = self.alloc[src.take(hit)]
            self.alloc[tb[won]] = labels[won]
        tb = self._once(tb[state[tb] != 1])  # closed, or waiting in the far pile
        state[tb] = 1
        return tb

    def _jump(self, waiting: list[np.ndarray], state: np.ndarray, fresh: list) -> None:
        """The knight's moves of the ``waiting`` cells (emptied): the cells they opened join
        ``fresh``."""
        tb = self._jumps(self._once(np.concatenate(waiting)), state)
        waiting.clear()
        if tb is not None:
            fresh.append(tb)

    def _once(self, cells: np.ndarray) -> np.ndarray:
        """``cells`` without repeats, in no particular order (a sort is slower): the position
        that wrote a cell's slot last keeps it. A cell taken again in the next round has its
        knight's moves relaxed once."""
        if cells.size >= 65536:
            return np.unique(cells)
        ids = np.arange(cells.size, dtype=np.uint16)
        self.slot[cells] = ids
        return cells[self.slot[cells] == ids]

    def run(self, progress: Progress, is_canceled: IsCanceled):
        cost, f, moves = self.cost, self.f, self.moves
        if self.knight is not None:
            self.slot = np.zeros(f.size, dtype=np.uint16)
        # 0 closed, 1 in the near pile (cost <= limit), 2 in the far pile
        state = np.zeros(f.size, dtype=np.uint8)
        state[self.open] = 2
        near, far = np.empty(0, dtype=np.int64), self.open.astype(np.int64)
        limit = -np.inf
        # cells whose knight's moves wait (JUMP_ROUNDS rounds at most, or the band's end)
        waiting: list[np.ndarray] = []
        top = -np.inf  # upper bound of the band being settled
        rounds = 0
        total = max(int(np.count_nonzero(~np.isnan(f))), 1)
        done = 0
        while True:
            fresh = []
            values = None
            if waiting and near.size:  # is the band over?
                values = cost[near]
                lowest = float(values.min())
            if waiting and (not near.size or lowest >= top):  # its knight's moves first
                self._jump(waiting, state, fresh)
            else:
                if not near.size:
                    far = far[state[far] == 2]
                    if not far.size:
                        break
                    far = np.unique(far)  # a far cell improved beyond the limit was added again
                    limit = float(cost[far].min()) + self.window
                    low = cost[far] <= limit
                    near, far = far[low], far[~low]
                    state[near] = 1
                rounds += 1
                if rounds % 64 == 1:
                    if is_canceled():
                        raise Cancelled
                    progress(min(done / total, 0.99))
                if values is None:
                    values = cost[near]
                    lowest = float(values.min())
                top = (math.floor(lowest / self.delta) + 1.0) * self.delta
                take = values < top
                cur = near[take]
                near = near[~take]
                state[cur] = 0
                done += cur.size
                if self.knight is not None:  # (cells without a useful knight's move skip it)
                    waiting.append(cur[self.useful[cur] != 0])
                cc, fc = cost[cur], f[cur]
                labels = None if self.alloc is None else self.alloc[cur]
                bases = {}
                for offset, factor in moves:
                    t = cur + offset
                    base = bases.get(factor)
                    if base is None:
                        base = bases[factor] = fc * factor + cc
                    cand = f[t] * factor
                    cand += base
                    better = cand < cost[t]
                    if self.max_cost < np.inf:
                        better &= cand <= self.max_cost
                    tb = t[better]
                    if not tb.size:
                        continue
                    cost[tb] = cand[better]
                    if labels is not None:
                        self.alloc[tb] = labels[better]
                    tb = tb[state[tb] != 1]  # closed, or waiting in the far pile
                    state[tb] = 1
                    fresh.append(tb)
                if len(waiting) >= JUMP_ROUNDS:  # in this round: one update of the piles
                    self._jump(waiting, state, fresh)
            if fresh:
                new = np.concatenate(fresh)
                low = cost[new] <= limit
                if not low.all():
                    beyond = new[~low]
                    state[beyond] = 2
                    far = np.concatenate((far, beyond))
                    new = new[low]
                near = np.concatenate((near, new))
        n, m = self.shape
        pad = self.pad
        del state, near, far
        self.f = self.slot = self.useful = None
        grid = cost.reshape(n + 2 * pad, m + 2 * pad)
        out = np.ascontiguousarray(grid[pad : pad + n, pad : pad + m])
        alloc = None
        if self.alloc is not None:
            labels = self.alloc.reshape(grid.shape)
            alloc = np.ascontiguousarray(labels[pad : pad + n, pad : pad + m])
        self.rounds = rounds
        return out, alloc, -(-done // total)


def _walls_across_rows(f: np.ndarray) -> bool:
    """True when impassable cells cut far more east-west steps than north-south ones (walls
    along the columns, on ~256 sampled rows): row closures would stop at every wall, column
    closures run along them."""
    step = max(1, f.shape[0] // 256)
    row, col = np.isnan(f[::step]), np.isnan(f[: f.shape[0] - 1 : step])
    across = int(np.count_nonzero(row[:, :-1] != row[:, 1:]))
    below = np.isnan(f[1::step])[: col.shape[0]]
    along = int(np.count_nonzero(col != below))
    return across > 4 * along + f.shape[1] // 100


def _start_on_columns(f: np.ndarray) -> bool:
    """Sweep the columns first (on the transposed grid) when walls run along them; when the
    walls decide nothing, when the columns are longer than the rows: fewer, longer rows, each
    closed by a few numpy operations (measured on the 25 m bench grid and its transpose: 12
    passes, 4.8 s, against 15 passes, 10.4 s, sweeping its short rows)."""
    if _walls_across_rows(f):
        return True
    if _walls_across_rows(f.T):
        return False
    return f.shape[0] > f.shape[1]


def _union(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a[0], b[0]), max(a[1], b[1])


_TIGHT_RTOL = 1e-10


def _settle_labels(cost, f, src, initial, cell_size, knight, progress, is_canceled) -> np.ndarray:
    """Allocation from the final costs: the lowest label over tight predecessors (row sweeps).

    The least fixed point of label(x) = min(label(n) for tight predecessors n), sources keeping
    their own label. ``initial`` (the labels carried by the solver, each the label of a tight
    chain, hence never below that fixed point) is lowered by the same down/up row sweeps
    (vertical/diagonal/knight pulls, then runs of tight east-west steps closed with a segmented
    running minimum): one full pass, then only the rows whose neighbours changed.
    """
    ew, ns = (float(v) for v in cell_size)
    n, m = cost.shape
    big = np.iinfo(np.int32).max
    start = (src > 0) & ~np.isnan(f) & np.isfinite(cost)
    lab = np.where(start, src, np.where(initial > 0, initial, big)).astype(np.int32)
    moves = _moves((ew, ns), knight)
    by_dir = {+1: [mv for mv in moves if mv[0] > 0], -1: [mv for mv in moves if mv[0] < 0]}
    reach = 2 if knight else 1
    half_along = ew / 2.0
    clock = 1
    mod = np.zeros(n, dtype=np.int64)
    seen = {+1: np.full(n, -1, dtype=np.int64), -1: np.full(n, -1, dtype=np.int64)}
    mod[:] = clock  # every row is visited once
    pending = np.ones(n, dtype=bool)
    z = np.empty(m, dtype=np.complex128)

    def tight(before, step, after):
        with np.errstate(invalid="ignore"):
            gap = np.abs(before + step - after)
            return gap <= _TIGHT_RTOL * np.abs(after) + 1e-12

    def close_row(r):
        cr, lr = cost[r], lab[r]
        fr = f[r].astype(np.float64)
        h = fr[:-1] + fr[1:]
        h *= half_along
        changed = False
        for rev in (False, True):
            if rev:
                edge = tight(cr[1:], h, cr[:-1])[::-1]  # from j + 1 to j, reversed
                ll = lr[::-1]
            else:
                edge = tight(cr[:-1], h, cr[1:])  # from j - 1 to j
                ll = lr
            if not edge.any():
                continue
            run = np.empty(m)
            run[0] = 0.0
            np.cumsum(~edge, out=run[1:])
            np.negative(run, out=z.real)
            z.imag = ll
            np.minimum.accumulate(z, out=z)
            new = z.imag.astype(np.int32)
            lower = new < ll
            if lower.any():
                ll[lower] = new[lower]
                changed = True
        return changed

    def pull_row(r, d):
        cr, lr = cost[r], lab[r]
        fr = f[r].astype(np.float64)
        changed = False
        for dr, dc, length, crossed in by_dir[d]:
            p = r - dr
            if not (0 <= p < n) or mod[p] <= seen[d][r]:
                continue
            t = slice(max(0, dc), m + min(0, dc))
            s = slice(max(0, -dc), m - max(0, dc))
            w = fr[t] + f[p, s]
            if crossed:
                (a1, b1), (a2, b2) = crossed
                w += f[p + a1, s.start + b1 : s.stop + b1]
                w += f[p + a2, s.start + b2 : s.stop + b2]
                w *= length / 4.0
            else:
                w *= length / 2.0
            ok = tight(cost[p, s], w, cr[t])
            cand = np.where(ok, lab[p, s], big)
            lower = cand < lr[t]
            if lower.any():
                lr[t][lower] = cand[lower]
                changed = True
        return changed

    passes = 0
    while True:
        any_change = False
        for half, d in enumerate((+1, -1)):
            order = range(n) if d > 0 else range(n - 1, -1, -1)
            for k, r in enumerate(order):
                if k % 64 == 0:
                    if is_canceled():
                        raise Cancelled
                    progress(0.9 + 0.1 * (1.0 - 0.5 ** (passes + (half + k / n) / 2)))
                a, b = (r - reach, r) if d > 0 else (r + 1, r + reach + 1)
                a, b = max(a, 0), min(b, n)
                pulled = b > a and mod[a:b].max() > seen[d][r]
                if not pulled and not pending[r]:
                    continue
                changed = pull_row(r, d) if pulled else False
                seen[d][r] = clock
                if changed or pending[r]:
                    pending[r] = False
                    changed = close_row(r) or changed
                if changed:
                    clock += 1
                    mod[r] = clock
                    any_change = True
        passes += 1
        if not any_change:
            break
    lab[lab == big] = 0
    lab[~np.isfinite(cost)] = 0
    return lab
