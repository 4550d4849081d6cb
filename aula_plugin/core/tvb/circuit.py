"""Circuit theory on a raster (Circuitscape's raster pairwise, one-to-all and all-to-one modes).

Graph (as Circuitscape.jl ``construct_node_map`` / ``construct_graph``): every cell with a finite
positive conductance is a node (a resistance r gives the conductance 1/r; nodata, NaN and a zero
conductance are impassable); a cell joins its 4 or 8 neighbours by a conductance that is the mean
of the two cells' conductances (``avg_resistances=False``) or the inverse of the mean of their
resistances (``avg_resistances=True``, Circuitscape's default), divided by √2 on diagonals. The cell
size plays no part, as in Circuitscape. The cells of a short-circuit region (same positive id) are
one node; parallel links between two nodes add up. A nodata cell of a short-circuit region or of a
focal region takes part in the node (its current is mapped) but links to nothing: nodata stays
impassable. (Circuitscape does the same with averaged resistances; with averaged conductances it
would give such a cell half its neighbour's conductance.)

Focal regions: the cells carrying the same positive id. In pairwise mode the two regions of a pair
are each short-circuited for that pair only (Circuitscape's "focal regions"); the other regions stay
ordinary cells. In one-to-all / all-to-one mode every region is one node. A region without any
passable cell has no node: its pairs are disconnected (resistance −1, as Circuitscape).

Solver: one factorisation of the Laplacian grounded at one node per connected component, reused
for every pair: a nested-dissection Cholesky in dense batched blocks when every node is one cell
(``grid_cholesky.py``), else sparse LU (SuperLU) in a nested-dissection order of the cells (short-
circuit regions merged, or a pair's regions merged by ``pair_current``). Its columns for the
*terminal* nodes (the nodes of a focal region that touch a node outside it) give, for each pair, a
small dense system: the voltages of the two regions, the current entering each terminal, and one
potential offset per component touched (a region spanning two components joins them). The voltages
over the whole grid follow by superposition, the currents from the voltages. Effective resistance
R_ab = V_a − V_b with 1 A injected at a and drawn at b; with single-cell regions this is
G_aa + G_bb − 2 G_ab. When the terminals are too many to keep their columns (large polygons), each
pair is factorised on its own (Circuitscape's method), through ``pair_current``.

Current maps (Circuitscape ``get_node_currents``): the current of a node is the larger of the
current entering it and the current leaving it, a short-circuited region counting as one node (its
value is mapped on all its cells); the cumulative map is the sum over pairs (or over the focal nodes
in one-to-all / all-to-one), the maximum map the cell-wise maximum.

Pure numpy + scipy.sparse (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..disjoint_sets import DisjointSets
from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..scipy_support import scipy_module
from .grid_cholesky import DIRECTIONS, GridCholesky

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]
#: called for every solved pair: (id_a, id_b, resistance, current map, voltage map or None)
OnPair = Callable[[int, int, float, np.ndarray, "np.ndarray | None"], None]

#: recorded in output metadata and logged
METHOD = (
    "nested-dissection Cholesky (SuperLU when regions are merged) of the grounded Laplacian,"
    " one factorisation reused for all pairs"
)
#: memory allowed for the terminal columns of the shared factorisation (bytes)
TERMINAL_BUDGET = 1 << 30
#: at most this many terminal columns (beyond that, one factorisation per pair is faster)
MAX_TERMINALS = 2000
#: value of a disconnected pair in the resistance matrix (Circuitscape)
DISCONNECTED = -1.0

# fmt: off
ERR_NEGATIVE = QT_TRANSLATE_NOOP("aula",
    "{count} cells have a negative value: resistances and conductances must be positive")
ERR_ZERO_RESISTANCE = QT_TRANSLATE_NOOP("aula",
    "{count} cells have a zero resistance: use a small positive value, or nodata for a barrier")
ERR_NO_FOCAL = QT_TRANSLATE_NOOP("aula", "No focal node falls on the raster")
ERR_ONE_FOCAL = QT_TRANSLATE_NOOP("aula",
    "Pairwise mode needs at least two focal nodes; only {count} found")
ERR_SHAPE = QT_TRANSLATE_NOOP("aula", "The focal nodes grid does not match the raster")
# fmt: on

_NEIGHBOURS4 = ((0, 1, 1.0), (1, 0, 1.0))
_NEIGHBOURS8 = (*_NEIGHBOURS4, (1, 1, math.sqrt(2.0)), (-1, 1, math.sqrt(2.0)))


@dataclass
class Graph:
    """Conductance graph of a raster: nodes, node of each cell, and the links between nodes."""

    shape: tuple[int, int]
    #: int64 node of every cell (row-major), −1 where none
    node_of_cell: np.ndarray
    n_nodes: int
    #: links a < b (int64) and their conductance (float64), parallel links added up
    link_a: np.ndarray
    link_b: np.ndarray
    link_g: np.ndarray
    #: passable cells (bool, shape)
    passable: np.ndarray


def conductances(values: np.ndarray, is_resistance: bool, nodata_mask=None) -> np.ndarray:
    """float64 conductance of each cell, NaN where impassable; AulaError on invalid values."""
    v = np.asarray(values, dtype=np.float64)
    bad = ~np.isfinite(v)
    if nodata_mask is not None:
        bad |= np.asarray(nodata_mask, dtype=bool)
    with np.errstate(invalid="ignore"):
        negative = int(np.count_nonzero((v < 0) & ~bad))
    if negative:
        raise AulaError(ERR_NEGATIVE, count=negative)
    if is_resistance:
        zero = int(np.count_nonzero((v == 0) & ~bad))
        if zero:
            raise AulaError(ERR_ZERO_RESISTANCE, count=zero)
        with np.errstate(divide="ignore"):
            g = 1.0 / v
    else:
        g = v.copy()
    g[bad | (g <= 0) | ~np.isfinite(g)] = np.nan
    return g


def build_graph(
    cond: np.ndarray,
    four_neighbours: bool = False,
    avg_resistances: bool = True,
    short_circuit: np.ndarray | None = None,
) -> Graph:
    """The graph of a conductance grid (NaN = impassable); short-circuit regions (id > 0) merged."""
    rows, cols = cond.shape
    passable = np.isfinite(cond)
    flat_ok = passable.ravel()
    node = np.full(rows * cols, -1, dtype=np.int64)
    node[flat_ok] = np.arange(int(flat_ok.sum()), dtype=np.int64)
    if short_circuit is not None:
        node = _merge_regions(node, np.asarray(short_circuit).ravel(), flat_ok)
    n_nodes = int(node.max()) + 1 if node.size and node.max() >= 0 else 0
    links_a, links_b, links_g = [], [], []
    steps = _NEIGHBOURS4 if four_neighbours else _NEIGHBOURS8
    for dr, dc, div in steps:
        r0, r1 = max(0, -dr), rows - max(0, dr)
        c0, c1 = 0, cols - dc
        if r1 <= r0 or c1 <= c0:
            continue
        g1 = cond[r0:r1, c0:c1]
        g2 = cond[r0 + dr : r1 + dr, c0 + dc : c1 + dc]
        ok = np.isfinite(g1) & np.isfinite(g2)
        a, b = g1[ok], g2[ok]
        w = 2.0 * a * b / (a + b) if avg_resistances else (a + b) / 2.0
        idx = np.arange(rows * cols, dtype=np.int64).reshape(rows, cols)
        ia = node[idx[r0:r1, c0:c1][ok]]
        ib = node[idx[r0 + dr : r1 + dr, c0 + dc : c1 + dc][ok]]
        del idx
        keep = ia != ib
        links_a.append(ia[keep])
        links_b.append(ib[keep])
        links_g.append(w[keep] / div)
    a = np.concatenate(links_a) if links_a else np.zeros(0, np.int64)
    b = np.concatenate(links_b) if links_b else np.zeros(0, np.int64)
    w = np.concatenate(links_g) if links_g else np.zeros(0)
    a, b, w = _sum_links(np.minimum(a, b), np.maximum(a, b), w, n_nodes)
    return Graph((rows, cols), node, n_nodes, a, b, w, passable)


def _merge_regions(node: np.ndarray, labels: np.ndarray, flat_ok: np.ndarray) -> np.ndarray:
    """Cells of a region (same id > 0) share the node of its first passable cell; renumbered."""
    node = node.copy()
    region = np.where(labels > 0, labels, 0)
    ids = np.unique(region[region > 0])
    for rid in ids:
        cells = np.flatnonzero(region == rid)
        ok = cells[flat_ok[cells]]
        if ok.size:
            node[cells] = node[ok[0]]
    used = node >= 0
    _, inverse = np.unique(node[used], return_inverse=True)
    node[used] = inverse
    return node


def _sum_links(a, b, w, n):
    if a.size == 0:
        return a, b, w
    key = a * n + b
    order = np.argsort(key, kind="stable")
    key, a, b, w = key[order], a[order], b[order], w[order]
    first = np.r_[True, key[1:] != key[:-1]]
    starts = np.flatnonzero(first)
    return a[starts], b[starts], np.add.reduceat(w, starts)


def merge_nodes(graph: Graph, groups: Sequence[np.ndarray]) -> tuple[Graph, np.ndarray]:
    """A graph where each group of nodes is one node; also the new node of every old node."""
    relabel = np.arange(graph.n_nodes, dtype=np.int64)
    for g in groups:
        g = np.asarray(g, dtype=np.int64)
        if g.size:
            relabel[g] = relabel[g].min()
    # chains (overlapping groups) settle in a few rounds
    while True:
        for g in groups:
            g = np.asarray(g, dtype=np.int64)
            if g.size:
                relabel[g] = relabel[relabel[g]].min()
        fixed = relabel[relabel]
        if np.array_equal(fixed, relabel):
            break
        relabel = fixed
    _, new = np.unique(relabel, return_inverse=True)
    new = new.astype(np.int64)
    n = int(new.max()) + 1 if new.size else 0
    a, b = new[graph.link_a], new[graph.link_b]
    keep = a != b
    a, b, w = _sum_links(np.minimum(a, b)[keep], np.maximum(a, b)[keep], graph.link_g[keep], n)
    node = np.where(graph.node_of_cell >= 0, new[np.maximum(graph.node_of_cell, 0)], -1)
    return Graph(graph.shape, node, n, a, b, w, graph.passable), new


# -- focal regions ----------------------------------------------------------------------------


@dataclass
class Focal:
    """Focal regions: id → passable cells' nodes (empty when the region has no passable cell)."""

    ids: list[int]
    cells: dict[int, np.ndarray]
    nodes: dict[int, np.ndarray]
    #: ids whose cells are all impassable
    on_nodata: list[int] = field(default_factory=list)


def focal_regions(graph: Graph, labels: np.ndarray) -> Focal:
    """Regions of the focal grid (id > 0); cells outside the raster must be 0."""
    lab = np.asarray(labels).ravel()
    if lab.size != graph.node_of_cell.size:
        raise AulaError(ERR_SHAPE)
    flat = np.flatnonzero(lab > 0)
    ids_all = lab[flat].astype(np.int64)
    order = np.argsort(ids_all, kind="stable")
    flat, ids_all = flat[order], ids_all[order]
    ids, starts = np.unique(ids_all, return_index=True)
    bounds = [*starts[1:].tolist(), flat.size]
    cells, nodes, on_nodata = {}, {}, []
    for rid, s, e in zip(ids.tolist(), starts.tolist(), bounds):
        c = flat[s:e]
        n = graph.node_of_cell[c]
        n = np.unique(n[n >= 0])
        cells[int(rid)] = c
        nodes[int(rid)] = n
        if n.size == 0:
            on_nodata.append(int(rid))
    return Focal([int(i) for i in ids], cells, nodes, on_nodata)


# -- solver -----------------------------------------------------------------------------------


class _Factor:
    """One grounded factorisation of a graph; columns of its inverse for the terminal nodes."""

    def __init__(self, graph: Graph, terminals: np.ndarray, progress, is_canceled):
        sp = scipy_module("scipy.sparse")
        csgraph = scipy_module("scipy.sparse.csgraph")
        sla = scipy_module("scipy.sparse.linalg")
        n = graph.n_nodes
        self.graph = graph
        adj = sp.coo_matrix((graph.link_g, (graph.link_a, graph.link_b)), shape=(n, n)).tocsr()
        adj = adj + adj.T
        _, comp = csgraph.connected_components(adj, directed=False)
        self.comp = comp.astype(np.int64)
        n_comp = int(comp.max()) + 1 if n else 0
        self.n_comp = n_comp
        # ground: the last non-terminal node of each component (else its last node)
        is_term = np.zeros(n, dtype=bool)
        is_term[terminals] = True
        ground = np.full(n_comp, -1, dtype=np.int64)
        nodes = np.arange(n, dtype=np.int64)
        ground[self.comp[~is_term]] = nodes[~is_term]
        missing = ground < 0
        if missing.any():
            last = np.full(n_comp, -1, dtype=np.int64)
            last[self.comp] = nodes
            ground[missing] = last[missing]
        keep = np.ones(n, dtype=bool)
        keep[ground] = False
        self.keep = keep
        self._boundaries: dict = {}
        degree = np.asarray(adj.sum(axis=1)).ravel()
        if is_canceled():
            raise Cancelled
        if _is_plain_grid(graph):
            self.method = "grid"
            del adj
            self._grid = _grid_factor(graph, keep, degree, is_canceled)
        else:
            self.method = "superlu"
            lap = (sp.diags(degree) - adj).tocsr()
            del adj
            # fill-reducing order: nested dissection of the grid (kept nodes, by position)
            self._perm = _nested_dissection_order(graph, keep)
            lap = lap[keep][:, keep]
            lap = lap[self._perm][:, self._perm].tocsc()
            self._lu = (
                sla.splu(
                    lap,
                    permc_spec="NATURAL",
                    diag_pivot_thresh=0.0,
                    options={"SymmetricMode": True},
                )
                if lap.shape[0]
                else None
            )
            del lap
        progress(0.5)
        self.terminals = np.asarray(terminals, dtype=np.int64)
        self.column = {int(t): i for i, t in enumerate(self.terminals.tolist())}
        # columns of the inverse for the terminals (a ground node's column and row stay 0)
        self.cols = np.zeros((n, self.terminals.size), order="F")
        chunk = 20
        for s in range(0, self.terminals.size, chunk):
            if is_canceled():
                raise Cancelled
            part = self.terminals[s : s + chunk]
            self._unit_solve(part, self.cols[:, s : s + part.size])
            progress(0.5 + 0.5 * min(1.0, (s + chunk) / max(1, self.terminals.size)))
        progress(1.0)

    def _unit_solve(self, part: np.ndarray, out: np.ndarray) -> None:
        """Grounded solution for 1 A into each node of ``part`` in turn, into ``out`` (n × k).

        A ground node's row stays 0 (``out`` comes zeroed), as its column (1 A into a ground node).
        """
        keep = self.keep
        if not keep.any():
            return
        ok = np.flatnonzero(keep[part])
        if self.method == "grid":
            grid, ext_of_node = self._grid
            ext = np.zeros((grid.n_ext, part.size))
            ext[ext_of_node[part[ok]], ok] = 1.0
            grid.solve_ext(ext)
            out[:] = ext[ext_of_node]
            del ext
            out[~keep] = 0.0
        else:
            rhs = np.zeros((int(keep.sum()), part.size))
            rhs[np.searchsorted(np.flatnonzero(keep), part[ok]), ok] = 1.0
            sol = np.empty(rhs.shape)
            sol[self._perm] = self._lu.solve(rhs[self._perm]).reshape(sol.shape)
            out[keep] = sol

    def solve(
        self, regions: Sequence[np.ndarray], charge: Sequence[float], ground_region: int
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """Voltages (NaN off the circuit) and region voltages for regions holding given currents.

        Each region is a set of terminal nodes kept at one voltage; ``charge[r]`` amperes enter
        region r (they add up to 0); ``ground_region`` is at 0 V. None when a charged region is
        not connected to the ground region.
        """
        comp = self.comp
        terms, owner = [], []
        for r, nodes in enumerate(regions):
            t = self._boundary(nodes)
            terms.append(t)
            owner.append(np.full(t.size, r, dtype=np.int64))
        t_all = np.concatenate(terms) if terms else np.zeros(0, np.int64)
        t_reg = np.concatenate(owner) if owner else np.zeros(0, np.int64)
        if not _connected(comp, regions, charge, ground_region):
            return None
        comps = np.unique(comp[t_all])
        k, kc, m = t_all.size, comps.size, len(regions)
        t_comp = np.searchsorted(comps, comp[t_all])
        cols = np.array([self.column[int(t)] for t in t_all], dtype=np.int64)
        z = self.cols[t_all][:, cols]
        # unknowns: i (k), c (kc), V (m, ground region's removed)
        v_index = [j for j in range(m) if j != ground_region]
        size = k + kc + len(v_index)
        mat = np.zeros((size, size))
        rhs = np.zeros(size)
        mat[:k, :k] = z
        mat[np.arange(k), k + t_comp] = 1.0
        for j, r in enumerate(v_index):
            mat[np.flatnonzero(t_reg == r), k + kc + j] = -1.0
        for c in range(kc):
            mat[k + c, np.flatnonzero(t_comp == c)] = 1.0
        for j, r in enumerate(v_index):
            mat[k + kc + j, np.flatnonzero(t_reg == r)] = 1.0
            rhs[k + kc + j] = charge[r]
        sol = np.linalg.lstsq(mat, rhs, rcond=None)[0] if k else np.zeros(size)
        current, offset = sol[:k], sol[k : k + kc]
        volts = np.zeros(m)
        for j, r in enumerate(v_index):
            volts[r] = sol[k + kc + j]
        v = self.cols[:, cols] @ current
        if self.n_comp == 1 and kc == 1:
            v += offset[0]
        else:
            shift = np.full(self.n_comp, np.nan)
            shift[comps] = offset
            v += shift[comp]
        return v, volts

    def _boundary(self, nodes: np.ndarray) -> np.ndarray:
        key = nodes.tobytes()
        if key not in self._boundaries:
            self._boundaries[key] = terminal_nodes(self.graph, nodes)
        return self._boundaries[key]


def _is_plain_grid(graph: Graph) -> bool:
    """Whether every node is one cell (no short-circuit region merged), numbered in cell order."""
    return graph.n_nodes == int(np.count_nonzero(graph.node_of_cell >= 0))


def _grid_factor(graph: Graph, keep: np.ndarray, degree: np.ndarray, is_canceled):
    """Nested-dissection Cholesky of the grounded Laplacian on the grid; (factor, cell of node)."""
    rows, cols = graph.shape
    cell_of_node = np.flatnonzero(graph.node_of_cell >= 0)
    diag = np.ones(rows * cols)
    diag[cell_of_node[keep]] = degree[keep]
    on = keep[graph.link_a] & keep[graph.link_b]  # links to a ground node leave the matrix
    ca, cb = cell_of_node[graph.link_a[on]], cell_of_node[graph.link_b[on]]
    dr, dc = cb // cols - ca // cols, cb % cols - ca % cols
    weights = {}
    for d in DIRECTIONS:
        sel = (dr == d[0]) & (dc == d[1])
        if sel.any():
            w = np.zeros(rows * cols)
            w[ca[sel]] = graph.link_g[on][sel]
            weights[d] = w.reshape(rows, cols)
    factor = GridCholesky(diag.reshape(rows, cols), weights, is_canceled)
    return factor, factor.cell_index[cell_of_node]


#: nested dissection stops splitting rectangles of at most this many cells
_ND_LEAF = 16


def _nested_dissection_order(graph: Graph, keep: np.ndarray) -> np.ndarray:
    """Permutation of the kept nodes (indices into them) in nested-dissection order.

    The grid's rectangle is split in two by its middle row or column (the longer side), each half
    is ordered recursively, then the separating line: a line of cells separates the two halves
    with 4 or 8 neighbours alike, so the factor fills far less than with a minimum-degree order
    (2D grid: O(n log n) entries). A node spanning several cells (short-circuit region) takes the
    place of its last cell. Any order gives the same solution; only the speed depends on it.
    """
    rows, cols = graph.shape
    parts: list[np.ndarray] = []
    stack = [(0, rows, 0, cols, False)]
    while stack:  # post-order: both halves, then the separator
        r0, r1, c0, c1, sep = stack.pop()
        h, w = r1 - r0, c1 - c0
        if h <= 0 or w <= 0:
            continue
        if sep or h * w <= _ND_LEAF:
            cells = np.arange(r0, r1)[:, None] * cols + np.arange(c0, c1)[None, :]
            parts.append(cells.ravel())
        elif h >= w:
            m = r0 + h // 2
            stack += [(m, m + 1, c0, c1, True), (m + 1, r1, c0, c1, False), (r0, m, c0, c1, False)]
        else:
            m = c0 + w // 2
            stack += [(r0, r1, m, m + 1, True), (r0, r1, m + 1, c1, False), (r0, r1, c0, m, False)]
    order = np.concatenate(parts) if parts else np.zeros(0, np.int64)
    nodes = graph.node_of_cell[order]
    nodes = nodes[nodes >= 0]
    # last position of every node: first occurrence in the reversed sequence
    _, first_rev = np.unique(nodes[::-1], return_index=True)
    position = np.full(graph.n_nodes, np.iinfo(np.int64).max, dtype=np.int64)
    position[np.unique(nodes)] = nodes.size - 1 - first_rev
    return np.argsort(position[np.flatnonzero(keep)], kind="stable")


def terminal_nodes(graph: Graph, nodes: np.ndarray) -> np.ndarray:
    """Nodes of a region linked to a node outside it (the others carry no current)."""
    nodes = np.asarray(nodes, dtype=np.int64)
    if nodes.size <= 1:
        return nodes
    inside = np.zeros(graph.n_nodes, dtype=bool)
    inside[nodes] = True
    out_a = inside[graph.link_a] & ~inside[graph.link_b]
    out_b = inside[graph.link_b] & ~inside[graph.link_a]
    touching = np.unique(np.concatenate([graph.link_a[out_a], graph.link_b[out_b]]))
    return touching if touching.size else nodes[:1]


def _connected(comp, regions, charge, ground_region) -> bool:
    """Whether every charged region reaches the ground region (regions join their components)."""
    sets = DisjointSets()
    for r, nodes in enumerate(regions):
        if len(nodes) == 0:
            if charge[r] != 0 or r == ground_region:
                return False
            continue
        for c in np.unique(comp[nodes]).tolist():
            sets.union(("r", r), ("c", c))
    root = sets.find(("r", ground_region))
    return all(
        charge[r] == 0 or sets.find(("r", r)) == root
        for r in range(len(regions))
        if r != ground_region
    )


def node_currents(
    graph: Graph,
    volts: np.ndarray,
    regions: Sequence[np.ndarray],
    region_cells: Sequence[np.ndarray] = (),
) -> np.ndarray:
    """Current map (rows × cols, float64): max(in, out) of each node, a region being one node."""
    n = graph.n_nodes
    la, lb = graph.link_a, graph.link_b
    flow = graph.link_g * (volts[la] - volts[lb])
    flow[~np.isfinite(flow)] = 0.0
    groups = [np.unique(np.asarray(nodes, dtype=np.int64)) for nodes in regions]
    for nodes in groups:  # a region is short-circuited: no current inside it
        if nodes.size > 1:
            flow[_inner_links(graph, nodes)] = 0.0
    pos, neg = np.maximum(flow, 0.0), np.maximum(-flow, 0.0)
    into = np.bincount(lb, pos, n) + np.bincount(la, neg, n)
    out = np.bincount(la, pos, n) + np.bincount(lb, neg, n)
    current = np.maximum(into, out)
    value = [max(float(into[g].sum()), float(out[g].sum())) for g in groups]
    for nodes, v in zip(groups, value):
        current[nodes] = v
    node = graph.node_of_cell
    out_map = np.where(node >= 0, current[np.maximum(node, 0)], 0.0)
    for r, cells in enumerate(region_cells):
        if len(groups[r]):
            out_map[cells] = value[r]
    return out_map.reshape(graph.shape)


def _inner_links(graph: Graph, nodes: np.ndarray) -> np.ndarray:
    """Indices of the links joining two nodes of a set (unique nodes)."""
    la, lb = graph.link_a, graph.link_b
    inside = np.zeros(graph.n_nodes, dtype=bool)
    inside[nodes] = True
    if la.size > 1 and not np.all(la[1:] >= la[:-1]):
        return np.flatnonzero(inside[la] & inside[lb])
    starts = np.searchsorted(la, nodes, "left")
    lengths = np.searchsorted(la, nodes, "right") - starts
    total = int(lengths.sum())
    idx = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    idx += np.repeat(starts, lengths)
    return idx[inside[lb[idx]]]


def voltage_map(graph: Graph, volts: np.ndarray) -> np.ndarray:
    """Voltage of each cell's node (NaN off the circuit)."""
    return np.where(
        graph.node_of_cell >= 0, volts[np.maximum(graph.node_of_cell, 0)], np.nan
    ).reshape(graph.shape)


# -- modes ------------------------------------------------------------------------------------


@dataclass
class CircuitResult:
    #: focal ids, ascending
    ids: list[int]
    #: pairwise: effective resistances (k × k, −1 disconnected, 0 diagonal); one-to-all: (k,)
    resistance: np.ndarray
    #: cumulative current (rows × cols, float64; 0 off the circuit)
    cumulative: np.ndarray
    #: cell-wise maximum current, when asked
    maximum: np.ndarray | None
    #: focal ids without any passable cell
    on_nodata: list[int]
    #: pairs solved, and how ("shared" factorisation or one "per pair")
    solves: int = 0
    method: str = "shared"


def _prepare(values, focal_labels, is_resistance, four_neighbours, avg_resistances, short, nodata):
    cond = conductances(values, is_resistance, nodata)
    graph = build_graph(cond, four_neighbours, avg_resistances, short)
    focal = focal_regions(graph, focal_labels)
    if not focal.ids:
        raise AulaError(ERR_NO_FOCAL)
    return graph, focal


def pairwise(
    values: np.ndarray,
    focal_labels: np.ndarray,
    *,
    is_resistance: bool = True,
    four_neighbours: bool = False,
    avg_resistances: bool = True,
    short_circuit: np.ndarray | None = None,
    nodata_mask: np.ndarray | None = None,
    with_max: bool = False,
    on_pair: OnPair | None = None,
    with_voltages: bool = False,
    progress: Progress = lambda _x: None,
    is_canceled: IsCanceled = lambda: False,
) -> CircuitResult:
    """Circuitscape's raster pairwise mode (see the module docstring)."""
    graph, focal = _prepare(
        values,
        focal_labels,
        is_resistance,
        four_neighbours,
        avg_resistances,
        short_circuit,
        nodata_mask,
    )
    ids = focal.ids
    if len(ids) < 2:
        raise AulaError(ERR_ONE_FOCAL, count=len(ids))
    k = len(ids)
    res = np.full((k, k), DISCONNECTED)
    np.fill_diagonal(res, 0.0)
    cum = np.zeros(graph.shape)
    mx = np.zeros(graph.shape) if with_max else None
    pairs = [(i, j) for i in range(k) for j in range(i + 1, k)]
    terminals = [terminal_nodes(graph, focal.nodes[i]) for i in ids]
    n_terms = int(sum(t.size for t in terminals))
    shared = n_terms <= MAX_TERMINALS and 8 * graph.n_nodes * n_terms <= TERMINAL_BUDGET
    factor = None
    if shared:
        all_terms = np.unique(np.concatenate(terminals)) if n_terms else np.zeros(0, np.int64)
        factor = _Factor(graph, all_terms, lambda x: progress(0.3 * x), is_canceled)
    solves = 0
    for p, (i, j) in enumerate(pairs):
        if is_canceled():
            raise Cancelled
        a, b = ids[i], ids[j]
        na, nb = focal.nodes[a], focal.nodes[b]
        if na.size and nb.size and np.intersect1d(na, nb).size:
            res[i, j] = res[j, i] = 0.0  # one node (a short-circuit region holds both)
            continue
        if factor is not None:
            out = factor.solve([na, nb], [1.0, -1.0], 1)
            regions = [na, nb]
            pair_graph = graph
        else:
            out, pair_graph, regions = _pair_own_factor(graph, na, nb)
        if out is not None:
            volts, vreg = out
            r = float(vreg[0] - vreg[1])
            res[i, j] = res[j, i] = r
            cur = node_currents(pair_graph, volts, regions, [focal.cells[a], focal.cells[b]])
            cum += cur
            if mx is not None:
                np.maximum(mx, cur, out=mx)
            if on_pair is not None:
                vmap = voltage_map(pair_graph, volts) if with_voltages else None
                on_pair(a, b, r, cur, vmap)
            solves += 1
        progress(0.3 + 0.7 * (p + 1) / len(pairs))
    return CircuitResult(
        ids, res, cum, mx, focal.on_nodata, solves, "shared" if shared else "per pair"
    )


def _pair_own_factor(graph: Graph, na: np.ndarray, nb: np.ndarray):
    """Factorise the graph with both regions merged (one pair); (solution, graph, regions)."""
    if na.size == 0 or nb.size == 0:
        return None, graph, [na, nb]
    merged, new = merge_nodes(graph, [na, nb])
    ta, tb = np.unique(new[na]), np.unique(new[nb])
    factor = _Factor(merged, np.concatenate([ta, tb]), lambda _x: None, lambda: False)
    return factor.solve([ta, tb], [1.0, -1.0], 1), merged, [ta, tb]


def pair_current(
    graph: Graph, nodes_a: np.ndarray, nodes_b: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray] | None:
    """Current between two node sets of a graph (each short-circuited), 1 A from a to b.

    Returns (effective resistance, current map, voltage map), or None when they are not
    connected. For pinch points: build the graph of a masked grid (NaN outside the corridor) with
    ``build_graph`` and pass the nodes of the two reservoirs' cells.
    """
    na = np.unique(np.asarray(nodes_a, dtype=np.int64))
    nb = np.unique(np.asarray(nodes_b, dtype=np.int64))
    if na.size and nb.size and np.intersect1d(na, nb).size:
        return 0.0, np.zeros(graph.shape), np.zeros(graph.shape)
    out, merged, regions = _pair_own_factor(graph, na, nb)
    if out is None:
        return None
    volts, vreg = out
    return (
        float(vreg[0] - vreg[1]),
        node_currents(merged, volts, regions),
        voltage_map(merged, volts),
    )


def one_to_all(
    values: np.ndarray,
    focal_labels: np.ndarray,
    *,
    all_to_one: bool = False,
    is_resistance: bool = True,
    four_neighbours: bool = False,
    avg_resistances: bool = True,
    short_circuit: np.ndarray | None = None,
    nodata_mask: np.ndarray | None = None,
    with_max: bool = False,
    on_node: Callable[[int, float, np.ndarray], None] | None = None,
    progress: Progress = lambda _x: None,
    is_canceled: IsCanceled = lambda: False,
) -> CircuitResult:
    """Circuitscape's one-to-all (1 A into each focal node in turn, the others grounded) or
    all-to-one (1 A into every other focal node, the one in turn grounded) mode.

    Every focal region is one node. ``resistance[i]``: one-to-all, the voltage of node i (its
    effective resistance to all the others in parallel); all-to-one, the mean voltage of the
    sources. −1 when node i reaches no other focal node.
    """
    graph, focal = _prepare(
        values,
        focal_labels,
        is_resistance,
        four_neighbours,
        avg_resistances,
        short_circuit,
        nodata_mask,
    )
    ids = focal.ids
    if len(ids) < 2:
        raise AulaError(ERR_ONE_FOCAL, count=len(ids))
    groups = [focal.nodes[i] for i in ids if focal.nodes[i].size]
    merged, new = merge_nodes(graph, groups)
    reg = [
        np.unique(new[focal.nodes[i]]) if focal.nodes[i].size else np.zeros(0, np.int64)
        for i in ids
    ]
    terms = np.unique(np.concatenate([r for r in reg if r.size])) if groups else np.zeros(0)
    factor = _Factor(merged, terms.astype(np.int64), lambda x: progress(0.3 * x), is_canceled)
    k = len(ids)
    res = np.full(k, DISCONNECTED)
    cum = np.zeros(graph.shape)
    mx = np.zeros(graph.shape) if with_max else None
    solves = 0
    for i in range(k):
        if is_canceled():
            raise Cancelled
        if reg[i].size:
            out, regions, cells = _one_node(factor, reg, i, all_to_one, focal, ids)
            if out is not None:
                volts, vreg = out
                res[i] = float(vreg[0]) if not all_to_one else float(np.mean(vreg[1:]))
                cur = node_currents(merged, volts, regions, cells)
                cum += cur
                if mx is not None:
                    np.maximum(mx, cur, out=mx)
                if on_node is not None:
                    on_node(ids[i], float(res[i]), cur)
                solves += 1
        progress(0.3 + 0.7 * (i + 1) / k)
    return CircuitResult(ids, res, cum, mx, focal.on_nodata, solves, "shared")


def _one_node(factor: _Factor, reg, i, all_to_one, focal, ids):
    comp = factor.comp
    mine = set(np.unique(comp[reg[i]]).tolist())
    others = [
        j
        for j in range(len(reg))
        if j != i and reg[j].size and mine & set(np.unique(comp[reg[j]]).tolist())
    ]
    if not others:
        return None, [], []
    if not all_to_one:
        sink = np.unique(np.concatenate([reg[j] for j in others]))
        regions = [reg[i], sink]
        cells = [focal.cells[ids[i]], np.concatenate([focal.cells[ids[j]] for j in others])]
        return factor.solve(regions, [1.0, -1.0], 1), regions, cells
    regions = [reg[i]] + [reg[j] for j in others]
    charge = [-float(len(others))] + [1.0] * len(others)
    cells = [focal.cells[ids[i]]] + [focal.cells[ids[j]] for j in others]
    return factor.solve(regions, charge, 0), regions, cells
