"""Pinch points (Linkage Mapper's Pinchpoint Mapper) on the least-cost corridors.

For each link A–B of the corridor network:

1. the **corridor**: the normalised least-cost corridor NLCC_AB(x) = C_A(x) + C_B(x) − LCD_AB
   (TVB.md §3.4; C_A, C_B the accumulated cost surfaces from the two reservoirs, LCD_AB =
   min(C_A + C_B), the least cost between them) cut at the cost-weighted width W: the cells with
   NLCC_AB ≤ W, plus the cells of A and B themselves (Linkage Mapper's ``CWDCUTOFF``; Linkage
   Mapper takes LCD_AB from its link table, where the links never cross a third core: there it
   equals min(C_A + C_B));
2. the **current**: Circuitscape's pairwise mode between A and B on that corridor only (the
   friction is the resistance, 8 neighbours, resistances averaged between cells, 1 A from A to
   B), each reservoir short-circuited (one node); as Linkage Mapper
   (``set_focal_node_currents_to_zero`` and ``SETCORESTONULL``) the cells of A and B get no
   current value in that link's map;
3. the links' current maps are **mosaicked by cell-wise maximum** (Linkage Mapper's "MAXIMUM"
   mosaic); the link giving the maximum is kept for every cell, to name the links a pinch point
   sits on.

Optionally, the **all-to-one** current over the whole corridor network (Linkage Mapper's "global
pinch points", ``ALL_PAIR_SCENARIO = all-to-one``): the union of the corridors (and of the linked
reservoirs) as one resistance map, Circuitscape's all-to-one mode over the linked reservoirs,
reservoir cells without value.

Friction 0 (free movement, legal in a friction raster) would be a zero resistance, which
Circuitscape and Linkage Mapper refuse (and which would short-circuit whole woodlands into one
node carrying the full current): such cells take the resistance ``zero_resistance`` (1 by default,
the lowest step of the usual friction ladders).

Cost runs: one per reservoir, bounded by the costliest of its links plus W (exact: a cell of the
corridor has C_A ≤ LCD_AB + W); when the table's link cost is below the true least cost (another
friction raster) the run is repeated without a bound. Runs are cropped to their finite cells and
dropped after their last link.

Pinch points: the cells of the mosaic at or above the chosen percentile of its values (and above
0), grouped 8-connected, ranked by their maximum current.

Widening W only adds cells to each corridor, so the effective resistance between A and B never
rises (Rayleigh's monotonicity law); the unit tests check it.

Pure numpy + scipy (no qgis).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..scipy_support import scipy_module
from . import circuit
from .costdistance import accumulated_cost

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]

# fmt: off
ERR_NO_LINK = QT_TRANSLATE_NOOP("aula", "There is no link to process")
ERR_EMPTY_CORRIDORS = QT_TRANSLATE_NOOP("aula",
    "No corridor has any passable cell (all nodata): no current can flow")
ERR_PERCENTILE = QT_TRANSLATE_NOOP("aula",
    "The percentile must lie between 0 and 100 (found {value})")
# fmt: on


@dataclass
class PinchLink:
    """A link of the corridor network: its id, the labels of its two reservoirs, its cost in the
    links table (a budget hint for the cost runs; NaN when unknown)."""

    key: str
    a: int
    b: int
    cost: float = math.nan


@dataclass
class LinkCircuit:
    key: str
    a: int
    b: int
    #: least cost between the reservoirs, min(C_A + C_B) (NaN: they do not reach each other)
    lcd: float
    #: effective resistance of the corridor (None: not connected inside the corridor)
    resistance: float | None
    #: cells of the corridor (reservoir cells included)
    cells: int


@dataclass
class PinchResult:
    #: current mosaic (float64, NaN outside every corridor and on each link's own reservoirs)
    current: np.ndarray
    #: index (in ``links``) of the link giving the maximum at each cell, −1 where none
    winner: np.ndarray
    links: list[LinkCircuit]
    #: all-to-one current over the corridor network (NaN off it and on the reservoirs), or None
    all_to_one: np.ndarray | None = None
    cost_seconds: float = 0.0
    circuit_seconds: float = 0.0


@dataclass
class Region:
    """A pinch point: 8-connected cells at or above the percentile's threshold."""

    label: int
    rank: int
    current_max: float
    current_mean: float
    cells: int
    #: indices (in the result's links) of the links giving the maximum over the region
    links: list[int] = field(default_factory=list)


def _cropped(cost: np.ndarray, r0: int, c0: int):
    finite = np.isfinite(cost)
    if not finite.any():
        return None
    rows = np.flatnonzero(finite.any(axis=1))
    cols = np.flatnonzero(finite.any(axis=0))
    local = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
    return (r0 + int(rows[0]), c0 + int(cols[0])), cost[local].copy()


class _Runs:
    """Cost surfaces of the reservoirs, cropped to their finite cells, computed on demand."""

    def __init__(self, friction, labels, cell_size, budgets, is_canceled) -> None:
        self.f = friction
        self.labels = labels
        self.cell_size = cell_size
        self.budgets = budgets
        self.is_canceled = is_canceled
        self.cache: dict[int, tuple[tuple[int, int], np.ndarray] | None] = {}
        ndimage = scipy_module("scipy.ndimage")
        self.boxes = ndimage.find_objects(labels)
        positive = friction[np.isfinite(friction) & (friction > 0)]
        # the first window's radius: the budget crossed at a low (10th percentile) friction
        self.f_typical = float(np.percentile(positive, 10)) if positive.size else 1.0
        self.unbounded: set[int] = set()
        self.seconds = 0.0

    def get(self, label: int, unbounded: bool = False):
        if unbounded and label not in self.unbounded:
            self.cache.pop(label, None)
            self.unbounded.add(label)
        if label not in self.cache:
            start = time.perf_counter()
            budget = 0.0 if label in self.unbounded else self.budgets.get(label, 0.0)
            self.cache[label] = self._run(label, budget)
            self.seconds += time.perf_counter() - start
        return self.cache[label]

    def _run(self, label: int, budget: float):
        """The run in a window around the reservoir, grown until no cell of its border is within
        the budget: then no path within the budget leaves the window (the first border cell of
        such a path would be reached at its true cost), so the window's costs are exact."""
        rows, cols = self.f.shape
        box = self.boxes[label - 1] if label - 1 < len(self.boxes) else None
        if box is None or not np.isfinite(self.f[box][self.labels[box] == label]).any():
            return None  # a reservoir on nodata only: its links get no corridor
        radius = rows + cols
        if budget > 0:
            radius = int(budget / (self.f_typical * min(self.cell_size))) + 2
        while True:
            r0, r1 = max(box[0].start - radius, 0), min(box[0].stop + radius, rows)
            c0, c1 = max(box[1].start - radius, 0), min(box[1].stop + radius, cols)
            if (r1 - r0) * (c1 - c0) * 3 > rows * cols:  # a retry would cost more than it saves
                r0, r1, c0, c1 = 0, rows, 0, cols
            own = (self.labels[r0:r1, c0:c1] == label).astype(np.int32)
            run = accumulated_cost(
                self.f[r0:r1, c0:c1],
                own,
                cell_size=self.cell_size,
                max_cost=budget,
                is_canceled=self.is_canceled,
            )
            whole = r0 == 0 and c0 == 0 and r1 == rows and c1 == cols
            finite = np.isfinite(run.cost)
            edges = (
                (r0 > 0 and finite[0].any())
                or (r1 < rows and finite[-1].any())
                or (c0 > 0 and finite[:, 0].any())
                or (c1 < cols and finite[:, -1].any())
            )
            if whole or not edges:
                return _cropped(run.cost, r0, c0)
            radius *= 2

    def drop(self, label: int) -> None:
        self.cache.pop(label, None)


def _overlap(ra, rb):
    """The common window of two cropped surfaces: (r0, r1, c0, c1, part of a, part of b)."""
    (ar, ac), ca = ra
    (br, bc), cb = rb
    r0, r1 = max(ar, br), min(ar + ca.shape[0], br + cb.shape[0])
    c0, c1 = max(ac, bc), min(ac + ca.shape[1], bc + cb.shape[1])
    if r1 <= r0 or c1 <= c0:
        return None
    sa = ca[r0 - ar : r1 - ar, c0 - ac : c1 - ac]
    sb = cb[r0 - br : r1 - br, c0 - bc : c1 - bc]
    return r0, r1, c0, c1, sa, sb


def corridor_mask(cost_a: np.ndarray, cost_b: np.ndarray, width: float):
    """(cells with NLCC ≤ width, LCD) of two cost surfaces on the same window; (None, NaN) when
    they share no finite cell. NLCC within a relative 1e-9 of the width counts as inside."""
    total = cost_a + cost_b
    lcd = float(np.min(total)) if total.size else math.inf
    if not np.isfinite(lcd):
        return None, math.nan
    slack = 1e-9 * max(abs(lcd), 1.0)
    return total - lcd <= width + slack, lcd


def _conductance(friction: np.ndarray, keep: np.ndarray, zero_resistance: float) -> np.ndarray:
    """Conductance grid of the kept cells: 1 / friction, zero friction taking ``zero_resistance``;
    NaN elsewhere."""
    f = np.where(keep, friction, np.nan)
    f[keep & (f == 0)] = zero_resistance
    with np.errstate(divide="ignore", invalid="ignore"):
        cond = 1.0 / f
    cond[~np.isfinite(cond) | (cond <= 0)] = np.nan
    return cond


def link_current(
    friction: np.ndarray,
    in_a: np.ndarray,
    in_b: np.ndarray,
    corridor: np.ndarray,
    zero_resistance: float = 1.0,
):
    """Current between two reservoirs (boolean masks) over a corridor mask (same window): (effective
    resistance, current map with NaN off the corridor and on both reservoirs, cells) or (None, …)
    when they are not connected inside the corridor."""
    keep = corridor | in_a | in_b
    keep &= np.isfinite(friction)
    cells = int(np.count_nonzero(keep))
    graph = circuit.build_graph(_conductance(friction, keep, zero_resistance))
    na = graph.node_of_cell[in_a.ravel()]
    nb = graph.node_of_cell[in_b.ravel()]
    na, nb = na[na >= 0], nb[nb >= 0]
    if na.size == 0 or nb.size == 0:
        return None, None, cells
    solved = circuit.pair_current(graph, na, nb)
    if solved is None:
        return None, None, cells
    resistance, current, _volts = solved
    current = np.where(keep & ~in_a & ~in_b, current, np.nan)
    return resistance, current, cells


def _budgets(links: Sequence[PinchLink], width: float) -> dict[int, float]:
    out: dict[int, float] = {}
    for link in links:
        for label in (link.a, link.b):
            if not math.isfinite(link.cost) or link.cost < 0:
                out[label] = math.inf
            else:
                out[label] = max(out.get(label, 0.0), link.cost + width)
    return {k: (0.0 if math.isinf(v) else v) for k, v in out.items()}


def corridor_currents(
    friction: np.ndarray,
    labels: np.ndarray,
    links: Sequence[PinchLink],
    *,
    cell_size: tuple[float, float],
    width: float,
    all_to_one: bool = False,
    zero_resistance: float = 1.0,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> PinchResult:
    """The current mosaic of the links' corridors (see the module docstring).

    ``friction``: float grid, NaN impassable; ``labels``: reservoir labels (0 none); ``width`` in
    the cost units of ``cell_size`` (map units: friction × m). Progress per link."""
    progress = progress or (lambda _x: None)
    is_canceled = is_canceled or (lambda: False)
    if not links:
        raise AulaError(ERR_NO_LINK)
    f = np.where(np.isfinite(friction), friction, np.nan).astype(np.float64)
    shape = f.shape
    current = np.full(shape, np.nan)
    winner = np.full(shape, -1, dtype=np.int32)
    union = np.zeros(shape, dtype=bool) if all_to_one else None
    ordered = sorted(range(len(links)), key=lambda k: (links[k].a, links[k].b, links[k].key))
    last_use: dict[int, int] = {}
    for pos, k in enumerate(ordered):
        last_use[links[k].a] = pos
        last_use[links[k].b] = pos
    runs = _Runs(f, labels, cell_size, _budgets(links, width), is_canceled)
    share = 0.85 if all_to_one else 1.0
    results: list[LinkCircuit | None] = [None] * len(links)
    circuit_seconds = 0.0
    for pos, k in enumerate(ordered):
        if is_canceled():
            raise Cancelled()
        link = links[k]
        out = LinkCircuit(link.key, link.a, link.b, math.nan, None, 0)
        ra, rb = runs.get(link.a), runs.get(link.b)
        window = _overlap(ra, rb) if ra is not None and rb is not None else None
        mask, lcd = (None, math.nan) if window is None else corridor_mask(*window[4:], width)
        if math.isfinite(link.cost) and (mask is None or lcd > link.cost + width):
            # the table's cost is below the true least cost: bounded runs may miss corridor cells
            ra, rb = runs.get(link.a, True), runs.get(link.b, True)
            window = _overlap(ra, rb) if ra is not None and rb is not None else None
            mask, lcd = (None, math.nan) if window is None else corridor_mask(*window[4:], width)
        if mask is not None:
            r0, r1, c0, c1 = window[:4]
            started = time.perf_counter()
            box = (r0, r1, c0, c1)
            out = _solve_link(
                f, labels, link, box, (mask, lcd), (current, winner, k), zero_resistance
            )
            circuit_seconds += time.perf_counter() - started
            if union is not None:
                union[r0:r1, c0:c1] |= mask
        results[k] = out
        for label in (link.a, link.b):
            if last_use[label] == pos:
                runs.drop(label)
        progress(share * (pos + 1) / len(ordered))
    done = [r for r in results if r is not None]
    if not np.isfinite(current).any():
        raise AulaError(ERR_EMPTY_CORRIDORS)
    result = PinchResult(current, winner, done, None, runs.seconds, circuit_seconds)
    if union is not None:
        started = time.perf_counter()
        result.all_to_one = network_current(
            f,
            labels,
            union,
            sorted({lk.a for lk in links} | {lk.b for lk in links}),
            zero_resistance,
            lambda x: progress(share + (1 - share) * x),
            is_canceled,
        )
        result.circuit_seconds += time.perf_counter() - started
    progress(1.0)
    return result


def _solve_link(f, labels, link, box, corridor, mosaic, zero_resistance) -> LinkCircuit:
    """Crop to the corridor, solve, and mosaic (maximum) into ``current`` / ``winner``."""
    r0, r1, c0, c1 = box
    mask, lcd = corridor
    current, winner, index = mosaic
    lab = labels[r0:r1, c0:c1]
    keep = mask | (lab == link.a) | (lab == link.b)
    rows = np.flatnonzero(keep.any(axis=1))
    cols = np.flatnonzero(keep.any(axis=0))
    sr, sc = slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)
    lab = lab[sr, sc]
    gr0, gc0 = r0 + int(rows[0]), c0 + int(cols[0])
    sub = (slice(gr0, gr0 + lab.shape[0]), slice(gc0, gc0 + lab.shape[1]))
    resistance, cur, cells = link_current(
        f[sub], lab == link.a, lab == link.b, mask[sr, sc], zero_resistance
    )
    if cur is not None:
        view, wins = current[sub], winner[sub]
        better = np.isfinite(cur) & ~(cur <= view)  # NaN in the mosaic counts as lower
        view[better] = cur[better]
        wins[better] = index
    return LinkCircuit(link.key, link.a, link.b, lcd, resistance, cells)


def network_current(
    friction: np.ndarray,
    labels: np.ndarray,
    corridors: np.ndarray,
    reservoirs: Sequence[int],
    zero_resistance: float = 1.0,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> np.ndarray:
    """All-to-one cumulative current over the corridors' union and the given reservoirs (NaN off
    them and on the reservoirs)."""
    focal = np.isin(labels, np.asarray(list(reservoirs), dtype=labels.dtype))
    keep = (corridors | focal) & np.isfinite(friction)
    cond = _conductance(friction, keep, zero_resistance)
    focal_labels = np.where(focal, labels, 0).astype(np.int64)
    present = np.unique(focal_labels[keep & focal])
    out = np.full(friction.shape, np.nan)
    if present.size < 2:
        return out
    result = circuit.one_to_all(
        cond,
        focal_labels,
        all_to_one=True,
        is_resistance=False,
        progress=progress or (lambda _x: None),
        is_canceled=is_canceled or (lambda: False),
    )
    out[keep & ~focal] = result.cumulative[keep & ~focal]
    return out


def pinch_regions(
    current: np.ndarray, winner: np.ndarray, percentile: float
) -> tuple[float, np.ndarray, list[Region]]:
    """(threshold, region labels, regions ranked) of the cells at or above the percentile of the
    mosaic's values (and above 0), 8-connected; rank 1 = highest maximum current."""
    if not 0 <= percentile <= 100:
        raise AulaError(ERR_PERCENTILE, value=percentile)
    ndimage = scipy_module("scipy.ndimage")
    values = current[np.isfinite(current)]
    if values.size == 0:
        return math.nan, np.zeros(current.shape, dtype=np.int32), []
    threshold = float(np.percentile(values, percentile))
    with np.errstate(invalid="ignore"):
        hot = np.isfinite(current) & (current >= threshold) & (current > 0)
    lab, n = ndimage.label(hot, structure=np.ones((3, 3), dtype=bool))
    if n == 0:
        return threshold, lab.astype(np.int32), []
    index = np.arange(1, n + 1)
    vals = np.where(hot, current, 0.0)
    maxima = ndimage.maximum(vals, lab, index)
    sums = ndimage.sum(vals, lab, index)
    counts = ndimage.sum(hot, lab, index)
    firsts = ndimage.minimum(np.arange(lab.size).reshape(lab.shape), lab, index)
    order = sorted(range(n), key=lambda i: (-maxima[i], -counts[i], firsts[i]))
    flat_lab, flat_win = lab.ravel(), winner.ravel()
    sel = flat_lab > 0
    pairs = np.unique(np.stack([flat_lab[sel], flat_win[sel]], axis=1), axis=0)
    by_region: dict[int, list[int]] = {}
    for region, link in pairs.tolist():
        if link >= 0:
            by_region.setdefault(region, []).append(link)
    regions = [
        Region(
            label=i + 1,
            rank=rank,
            current_max=float(maxima[i]),
            current_mean=float(sums[i] / counts[i]),
            cells=int(counts[i]),
            links=by_region.get(i + 1, []),
        )
        for rank, i in enumerate(order, start=1)
    ]
    return threshold, lab.astype(np.int32), regions
