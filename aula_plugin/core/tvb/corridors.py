"""Least-cost links between reservoirs, their paths, and the normalised least-cost corridor.

Built on the cost core (``costdistance.accumulated_cost`` and ``least_cost_path``; step model of
TVB.md §3.1). Reservoirs are given as a label grid: 0 = none, 1..n = reservoir (the caller numbers
them in the order of their sorted identifiers, so label order = identifier order). All costs start
at 0 on every cell of a reservoir (edge-to-edge distances, as Graphab).

**Planar graph** (Graphab's planar topology, TVB.md §3.5): one multi-source run with allocation;
two reservoirs are neighbours when their allocation zones touch (two cells x ∈ zone A, y ∈ zone B
adjacent in the move set: 8 neighbours, 16 with knight's moves). The link cost is

    L_AB = min over such pairs (x, y) of C(x) + step(x, y) + C(y)

and the path is the back-trace from x to A inside zone A, the step x → y, and the back-trace from
y to B inside zone B. Since C = C_A on zone A and C = C_B on zone B, L_AB is the cost of a real
A → B path, hence L_AB ≥ LCD_AB (the true pairwise least-cost distance); conversely every path
from A to B that stays inside zones A ∪ B steps at least once from a cell x ∈ A to a cell y ∈ B and
costs at least C_A(x) + step + C_B(y). So **L_AB is exactly the least cost over the paths that stay
inside the two zones**: it equals LCD_AB whenever a least-cost path between A and B crosses no
third zone, and is larger otherwise (then the graph reaches B through the third reservoir's links,
which is what the planar topology means). The tests check both claims against single-source runs.
With knight's moves "inside the zones" applies to the cells visited; the two cells a move crosses
may belong to a third zone.

**All pairs within a maximum cost**: one single-source run per reservoir A with the budget; for
every B > A, LCD_AB = min of C_A over the cells of B (exact), the path is the back-trace from that
cell (lowest raster index among equal minima) to A. LCD_AB = LCD_BA by symmetry of the steps.

**NLCC** (Linkage Mapper, TVB.md §3.4): NLCC_AB(x) = C_A(x) + C_B(x) − min(C_A + C_B) from
single-source runs (min(C_A + C_B) = LCD_AB, so NLCC ≥ 0 and 0 on least-cost paths), mosaicked
over the links by cell-wise minimum. With a width tolerance T only NLCC ≤ T is kept and each run is
limited to max(link cost) + T, which changes no kept value.

Pure numpy/scipy (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..compat import zip_strict
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..scipy_support import scipy_module
from .costdistance import accumulated_cost, least_cost_path

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]

# fmt: off
_NO_RESERVOIR = QT_TRANSLATE_NOOP("aula",
    "There is no reservoir on the friction grid")
_NEED_MAX_COST = QT_TRANSLATE_NOOP("aula",
    "The all-pairs topology needs a maximum cost greater than 0")
# fmt: on


@dataclass
class Link:
    """A least-cost link between reservoirs ``a`` < ``b`` (labels)."""

    a: int
    b: int
    cost: float
    cells: np.ndarray  # (k, 2) int64 (row, col), from a cell of A to a cell of B
    length: float = 0.0  # along cell centres, in the units of cell_size given as lengths
    exact: bool = True  # the path ends in A and in B (False: a tie led the trace elsewhere)


@dataclass
class LinkResult:
    links: list[Link]
    iterations: int  # cost-core sweeps (summed over runs)
    runs: int  # cost-core runs
    unreached: list[int] = field(default_factory=list)  # labels without any finite cost cell
    cost_seconds: float = 0.0  # time spent in the cost core


def _moves(knight: bool) -> list[tuple[int, int, tuple]]:
    out = [(dr, dc, ()) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    if knight:
        for dr, dc in ((-2, -1), (-2, 1), (2, -1), (2, 1)):
            out.append((dr, dc, ((dr // 2, 0), (dr // 2, dc))))
        for dr, dc in ((-1, -2), (-1, 2), (1, -2), (1, 2)):
            out.append((dr, dc, ((0, dc // 2), (dr, dc // 2))))
    return out


def _length(dr: int, dc: int, cell_size: tuple[float, float]) -> float:
    ew, ns = cell_size
    return math.hypot(dc * ew, dr * ns)


def step_cost(
    friction: np.ndarray,
    a: tuple[int, int],
    b: tuple[int, int],
    cell_size: tuple[float, float],
) -> float:
    """Cost of one move a → b (8 neighbours or knight's move), NaN if impassable."""
    dr, dc = b[0] - a[0], b[1] - a[1]
    length = _length(dr, dc, cell_size)
    if max(abs(dr), abs(dc)) == 1:
        return float((friction[a] + friction[b]) / 2 * length)
    if sorted((abs(dr), abs(dc))) != [1, 2]:
        raise ValueError("not a move: {} -> {}".format(a, b))
    for sdr, sdc, crossed in _moves(True):
        if (sdr, sdc) == (dr, dc):
            m1 = (a[0] + crossed[0][0], a[1] + crossed[0][1])
            m2 = (a[0] + crossed[1][0], a[1] + crossed[1][1])
            return float((friction[a] + friction[m1] + friction[m2] + friction[b]) / 4 * length)
    raise ValueError("not a move")  # pragma: no cover


def path_cost(friction: np.ndarray, cells: np.ndarray, cell_size: tuple[float, float]) -> float:
    """Σ of the step costs along consecutive cells (NaN if a step is impassable)."""
    total = 0.0
    for k in range(len(cells) - 1):
        total += step_cost(friction, tuple(cells[k]), tuple(cells[k + 1]), cell_size)
    return total


def path_length(cells: np.ndarray, cell_size: tuple[float, float]) -> float:
    """Length of the polyline through the cell centres."""
    if len(cells) < 2:
        return 0.0
    d = np.diff(np.asarray(cells, dtype=np.float64), axis=0)
    return float(np.hypot(d[:, 1] * cell_size[0], d[:, 0] * cell_size[1]).sum())


def collinear_vertices(cells: np.ndarray) -> np.ndarray:
    """The cells where the direction changes (plus both ends): the line keeps every cell centre
    on it, merging only runs of identical steps."""
    cells = np.asarray(cells)
    if len(cells) <= 2:
        return cells
    d = np.diff(cells, axis=0)
    turn = np.any(d[1:] != d[:-1], axis=1)
    keep = np.concatenate([[True], turn, [True]])
    return cells[keep]


def cost_bound(friction: np.ndarray, cell_size: tuple[float, float], knight: bool) -> float:
    """An upper bound of any least-cost path's cost on this friction grid: every passable cell
    crossed at the longest step (a path enters and leaves each cell at most once, and a step costs
    the mean friction of its cells times its length). A maximum cost above it limits nothing."""
    longest = max(_length(dr, dc, cell_size) for dr, dc, _ in _moves(knight))
    return float(np.nansum(friction, dtype=np.float64)) * longest


def _cost_run(
    friction: np.ndarray,
    sources: np.ndarray,
    cell_size: tuple[float, float],
    knight: bool,
    max_cost: float,
    with_allocation: bool,
    is_canceled: IsCanceled | None,
    stats: dict[str, float],
    progress: Progress | None = None,
):
    import time

    start = time.perf_counter()
    result = accumulated_cost(
        friction,
        sources,
        cell_size=cell_size,
        knight=knight,
        max_cost=max_cost,
        with_allocation=with_allocation,
        progress=progress,
        is_canceled=is_canceled,
    )
    stats["seconds"] = stats.get("seconds", 0.0) + time.perf_counter() - start
    stats["runs"] = stats.get("runs", 0) + 1
    stats["iterations"] = stats.get("iterations", 0) + result.iterations
    return result


def _check_labels(labels: np.ndarray) -> int:
    n = int(labels.max()) if labels.size else 0
    if n <= 0:
        raise AulaError(_NO_RESERVOIR)
    return n


def _shifted(shape: tuple[int, int], dr: int, dc: int) -> tuple[tuple, tuple]:
    rows, cols = shape
    r0, r1 = max(0, -dr), rows - max(0, dr)
    c0, c1 = max(0, -dc), cols - max(0, dc)
    return (slice(r0, r1), slice(c0, c1)), (slice(r0 + dr, r1 + dr), slice(c0 + dc, c1 + dc))


def _zone_boundary_links(
    cost: np.ndarray,
    alloc: np.ndarray,
    friction: np.ndarray,
    cell_size: tuple[float, float],
    knight: bool,
    n: int,
) -> dict[tuple[int, int], tuple[float, int, int]]:
    """(a, b) -> (min C(x) + step + C(y), x index in zone a, y index in zone b)."""
    shape = cost.shape
    flat_index = np.arange(cost.size, dtype=np.int64).reshape(shape)
    keys, values, xs, ys = [], [], [], []
    for dr, dc, crossed in _moves(knight):
        a_sl, b_sl = _shifted(shape, dr, dc)
        za, zb = alloc[a_sl], alloc[b_sl]
        mask = (za > 0) & (zb > 0) & (za < zb)
        if not mask.any():
            continue
        fa, fb = friction[a_sl][mask], friction[b_sl][mask]
        length = _length(dr, dc, cell_size)
        if crossed:  # knight's move: the two cells crossed, offsets from the start cell
            (ar, ac), (br, bc) = crossed
            r, c = np.divmod(flat_index[a_sl][mask], shape[1])
            step = (fa + friction[r + ar, c + ac] + friction[r + br, c + bc] + fb) / 4 * length
        else:
            step = (fa + fb) / 2 * length
        total = cost[a_sl][mask] + step + cost[b_sl][mask]
        ok = np.isfinite(total)
        keys.append((za[mask].astype(np.int64) * (n + 1) + zb[mask])[ok])
        values.append(total[ok])
        xs.append(flat_index[a_sl][mask][ok])
        ys.append(flat_index[b_sl][mask][ok])
    if not keys:
        return {}
    key = np.concatenate(keys)
    value = np.concatenate(values)
    x = np.concatenate(xs)
    y = np.concatenate(ys)
    order = np.lexsort((y, x, value, key))
    key, value, x, y = key[order], value[order], x[order], y[order]
    first = np.concatenate([[True], key[1:] != key[:-1]])
    out = {}
    for k, v, xi, yi in zip_strict(key[first], value[first], x[first], y[first]):
        out[(int(k // (n + 1)), int(k % (n + 1)))] = (float(v), int(xi), int(yi))
    return out


class _Zone:
    """The cost of one allocation zone in its bounding box (inf outside the zone), to back-trace
    the cells of the zone to their own reservoir without leaving the zone."""

    def __init__(
        self,
        cost: np.ndarray,
        alloc: np.ndarray,
        friction: np.ndarray,
        labels: np.ndarray,
        label: int,
        box: tuple[slice, slice],
    ) -> None:
        self.label = label
        self.origin = np.array([box[0].start, box[1].start])
        self.cost = np.where(alloc[box] == label, cost[box], np.inf)
        self.friction = friction[box]
        self.own = (labels[box] == label).astype(np.int32)

    def trace(
        self,
        start: tuple[int, int],
        full: tuple[np.ndarray, np.ndarray, np.ndarray],
        cell_size: tuple[float, float],
        knight: bool,
    ) -> tuple[np.ndarray, bool]:
        """Cells from ``start`` to the reservoir, and whether the trace ended in it.

        If the zone-restricted trace fails (a floating-point tie at the zone's edge), the trace
        over the whole grid (``full`` = cost, friction, labels) is returned and flagged.
        """
        target = (start[0] - int(self.origin[0]), start[1] - int(self.origin[1]))
        try:
            cells = least_cost_path(
                self.cost,
                self.friction,
                target,
                cell_size=cell_size,
                knight=knight,
                sources=self.own,
            )
            if self.own[tuple(cells[-1])]:
                return cells + self.origin, True
        except AulaError:
            pass
        cost, friction, labels = full
        cells = least_cost_path(
            cost, friction, start, cell_size=cell_size, knight=knight, sources=labels
        )
        return cells, bool(labels[tuple(cells[-1])] == self.label)


def planar_links(
    friction: np.ndarray,
    labels: np.ndarray,
    *,
    cell_size: tuple[float, float],
    knight: bool = False,
    max_cost: float = 0.0,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> LinkResult:
    """Links between reservoirs whose cost-allocation zones touch (see the module docstring).

    ``max_cost`` > 0 drops links costing more (and bounds the cost run, which is exact here).
    """
    ndimage = scipy_module("scipy.ndimage")

    progress = progress or (lambda _f: None)
    n = _check_labels(labels)
    stats: dict[str, float] = {}
    run = _cost_run(
        friction,
        labels,
        cell_size,
        knight,
        max_cost,
        True,
        is_canceled,
        stats,
        lambda x: progress(0.5 * x),
    )
    progress(0.5)
    cost, alloc = run.cost, run.allocation
    f = np.where(np.isfinite(friction), friction, np.nan).astype(np.float64)
    best = _zone_boundary_links(cost, alloc, f, cell_size, knight, n)
    if max_cost > 0:
        best = {k: v for k, v in best.items() if v[0] <= max_cost}
    boxes = ndimage.find_objects(alloc, max_label=n)
    cols = cost.shape[1]
    # trace every half path zone by zone (one masked window per zone)
    halves: dict[tuple[int, int], tuple[np.ndarray, bool]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for (a, b), (_, xi, yi) in best.items():
        ends.setdefault(a, []).append(divmod(xi, cols))
        ends.setdefault(b, []).append(divmod(yi, cols))
    done, total = 0, max(sum(len(v) for v in ends.values()), 1)
    for label in sorted(ends):
        zone = _Zone(cost, alloc, f, labels, label, boxes[label - 1])
        for start in sorted(set(ends[label])):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            halves[start] = zone.trace(start, (cost, f, labels), cell_size, knight)
            done += 1
            progress(0.5 + 0.5 * done / total)
    links = []
    for (a, b), (value, xi, yi) in sorted(best.items()):
        side_a, ok_a = halves[divmod(xi, cols)]
        side_b, ok_b = halves[divmod(yi, cols)]
        cells = np.concatenate([side_a[::-1], side_b])
        links.append(
            Link(a, b, value, cells, path_length(cells, cell_size), exact=bool(ok_a and ok_b))
        )
    reached = np.unique(alloc[alloc > 0])
    unreached = sorted(set(range(1, n + 1)) - {int(v) for v in reached})
    return LinkResult(
        links,
        int(stats["iterations"]),
        int(stats["runs"]),
        unreached,
        stats["seconds"],
    )


def _reach(
    friction: np.ndarray, cell_size: tuple[float, float], max_cost: float
) -> tuple[int, int] | None:
    """Rows and columns beyond which no cell can cost ≤ max_cost, or None (zero friction).

    Every step costs at least f_min × its length (the mean of frictions ≥ f_min), so a cell at
    a straight distance d from the sources costs at least f_min × d.
    """
    finite = friction[np.isfinite(friction)]
    f_min = float(finite.min()) if finite.size else 0.0
    if f_min <= 0:
        return None
    ew, ns = cell_size
    return int(math.ceil(max_cost / (f_min * ns))) + 2, int(math.ceil(max_cost / (f_min * ew))) + 2


def pairwise_links(
    friction: np.ndarray,
    labels: np.ndarray,
    *,
    cell_size: tuple[float, float],
    knight: bool = False,
    max_cost: float,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> LinkResult:
    """Links between every pair of reservoirs whose least-cost distance is at most ``max_cost``."""
    ndimage = scipy_module("scipy.ndimage")

    if not max_cost > 0:
        raise AulaError(_NEED_MAX_COST)
    progress = progress or (lambda _f: None)
    n = _check_labels(labels)
    f = np.where(np.isfinite(friction), friction, np.nan).astype(np.float64)
    stats: dict[str, float] = {}
    links: list[Link] = []
    unreached: list[int] = []
    boxes = ndimage.find_objects(labels, max_label=n)
    reach = _reach(f, cell_size, max_cost)
    rows, cols = labels.shape
    for a in range(1, n + 1):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        box = boxes[a - 1]
        if box is None or not np.isfinite(f[box][labels[box] == a]).any():
            unreached.append(a)
            progress(a / n)
            continue
        if reach is None:
            window = (slice(0, rows), slice(0, cols))
        else:  # cells farther than the budget allows cannot be reached: crop (exact)
            window = (
                slice(max(box[0].start - reach[0], 0), min(box[0].stop + reach[0], rows)),
                slice(max(box[1].start - reach[1], 0), min(box[1].stop + reach[1], cols)),
            )
        origin = np.array([window[0].start, window[1].start])
        local_labels = labels[window]
        local_f = f[window]
        own = (local_labels == a).astype(np.int32)
        cost = _cost_run(local_f, own, cell_size, knight, max_cost, False, is_canceled, stats).cost
        others = np.unique(local_labels[local_labels > a])
        if others.size:
            finite = np.where(np.isfinite(cost), cost, np.inf)
            minima = ndimage.minimum(finite, local_labels, others)
            positions = ndimage.minimum_position(finite, local_labels, others)
            for b, value, position in zip_strict(others, minima, positions):
                if not np.isfinite(value):
                    continue
                cells = least_cost_path(
                    cost, local_f, tuple(position), cell_size=cell_size, knight=knight, sources=own
                )
                cells = cells[::-1]
                exact = bool(own[tuple(cells[0])] > 0)
                cells = cells + origin
                links.append(
                    Link(a, int(b), float(value), cells, path_length(cells, cell_size), exact)
                )
        progress(a / n)
    return LinkResult(
        links,
        int(stats.get("iterations", 0)),
        int(stats.get("runs", 0)),
        unreached,
        stats.get("seconds", 0.0),
    )


def nlcc(
    friction: np.ndarray,
    labels: np.ndarray,
    links: list[Link],
    *,
    cell_size: tuple[float, float],
    knight: bool = False,
    tolerance: float = 0.0,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> np.ndarray:
    """Normalised least-cost corridor mosaic: min over links of C_A + C_B − LCD_AB (inf: none).

    ``tolerance`` > 0 keeps only NLCC ≤ tolerance (others inf) and bounds the runs accordingly.
    Runs are kept in memory (cropped to their finite cells) until their last link is done.
    """
    ndimage = scipy_module("scipy.ndimage")

    progress = progress or (lambda _f: None)
    f = np.where(np.isfinite(friction), friction, np.nan).astype(np.float64)
    out = np.full(f.shape, np.inf)
    if not links:
        return out
    budget: dict[int, float] = {}
    last_use: dict[int, int] = {}
    ordered = sorted(links, key=lambda link: (link.a, link.b))
    for k, link in enumerate(ordered):
        for label in (link.a, link.b):
            budget[label] = max(budget.get(label, 0.0), link.cost)
            last_use[label] = k
    cache: dict[int, tuple[tuple[slice, slice], np.ndarray]] = {}
    stats: dict[str, float] = {}

    boxes = ndimage.find_objects(labels, max_label=int(labels.max()))
    height, width = labels.shape

    def run(label: int) -> tuple[tuple[slice, slice], np.ndarray]:
        if label not in cache:
            limit = budget[label] + tolerance if tolerance > 0 else 0.0
            reach = _reach(f, cell_size, limit) if limit > 0 else None
            r0, c0, r1, c1 = 0, 0, height, width
            if reach is not None:  # cells beyond the budget's reach stay inf: crop (exact)
                box = boxes[label - 1]
                r0, r1 = max(box[0].start - reach[0], 0), min(box[0].stop + reach[0], height)
                c0, c1 = max(box[1].start - reach[1], 0), min(box[1].stop + reach[1], width)
            own = (labels[r0:r1, c0:c1] == label).astype(np.int32)
            cost = _cost_run(
                f[r0:r1, c0:c1], own, cell_size, knight, limit, False, is_canceled, stats
            ).cost
            finite = np.isfinite(cost)
            rows = np.flatnonzero(finite.any(axis=1))
            cols = np.flatnonzero(finite.any(axis=0))
            box = (slice(r0 + rows[0], r0 + rows[-1] + 1), slice(c0 + cols[0], c0 + cols[-1] + 1))
            local = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
            cache[label] = (box, cost[local].copy())
        return cache[label]

    for k, link in enumerate(ordered):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        (ba, ca), (bb, cb) = run(link.a), run(link.b)
        r0, r1 = max(ba[0].start, bb[0].start), min(ba[0].stop, bb[0].stop)
        c0, c1 = max(ba[1].start, bb[1].start), min(ba[1].stop, bb[1].stop)
        if r1 > r0 and c1 > c0:
            sa = ca[r0 - ba[0].start : r1 - ba[0].start, c0 - ba[1].start : c1 - ba[1].start]
            sb = cb[r0 - bb[0].start : r1 - bb[0].start, c0 - bb[1].start : c1 - bb[1].start]
            total = sa + sb
            lowest = float(total.min())
            if np.isfinite(lowest):
                value = total - lowest
                if tolerance > 0:
                    value[value > tolerance] = np.inf
                window = out[r0:r1, c0:c1]
                np.minimum(window, value, out=window)
        for label in (link.a, link.b):
            if last_use[label] == k:
                cache.pop(label, None)
        progress((k + 1) / len(ordered))
    return out
