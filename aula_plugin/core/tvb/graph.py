"""Patch graph and connectivity metrics: PC, IIC, EC, dPC (intra, flux, connector), link importance.

Method (TVB.md §3.5-3.6): Pascual-Hortal & Saura 2006 (IIC), Saura & Pascual-Hortal 2007 (PC),
Saura & Rubio 2010 (dPC fractions).

* Nodes: patches (reservoirs) with a capacity a_i (area in ha by default). Links: least-cost
  distance d_ij (cost units of the run that produced them); duplicate links keep their minimum.
* Dispersal kernel p_ij = exp(−α d_ij), α = −ln(p0) / d0, so that p(d0) = p0.
* Max-product probability p*_ij = max over paths of Π p_kl = exp(−α D_ij) with D_ij the graph
  distance (Dijkstra on the link graph, weights d_kl); p*_ii = 1, 0 between components.
* PCnum = Σ_i Σ_j a_i a_j p*_ij (both orders, i = j included); PC = PCnum / A_L²; EC = √PCnum.
* IIC = Σ_i Σ_j a_i a_j / (1 + nl_ij) / A_L² on the graph thresholded at d ≤ threshold, nl_ij the
  number of links of the topological shortest path (0 if i = j; the term is 0 between components).
* dPC_k = 100 (PCnum − PCnum₋k) / PCnum with node k and its links removed, paths re-routed and
  A_L unchanged; intra_k = 100 a_k² / PCnum; flux_k = 100 · 2 Σ_{i≠k} a_i a_k p*_ik / PCnum;
  connector_k = dPC_k − intra_k − flux_k (≥ 0 up to rounding, > 0 only for stepping stones).
  dIIC_k is the same with IICnum.
* Link importance = 100 (PCnum − PCnum₋l) / PCnum with link l removed (used to rank conflict
  points). A link longer than the graph distance between its ends is on no best path: 0.

Removing a node or a link only changes the distances from the sources whose shortest-path tree
uses it, so only those sources are recomputed (exact; see ``_Removals``). Cost: one all-pairs
Dijkstra plus, per removal, a Dijkstra from the affected sources — about 3 s for 200 patches and
600 links, a minute for 600 patches. Pure numpy/scipy (no qgis).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..numbers import readable
from ..scipy_support import scipy_module

#: Sensible ranges of the kernel parameters, refused outside (issue 10: 1e300 ran without a word).
#: Costs are friction × metres (or × cells): below 1 a cost is less than one metre (one cell) at
#: the lowest friction; 1e9 is 1,000 km at friction 1000, beyond any dispersal distance.
D0_RANGE = (1.0, 1e9)
#: p0 = 0.5 at the median dispersal distance, 0.05 or 0.01 at the maximum (Saura); below 0.001
#: the kernel says nothing crosses d0; 1 makes every link certain whatever its cost (a limit case).
P0_RANGE = (0.001, 1.0)
#: The IIC threshold is a cost, as d0 (0: only links of cost 0 connect).
IIC_THRESHOLD_RANGE = (0.0, D0_RANGE[1])
#: The landscape area A_L in ha (0: the patches' bounding box); 1e8 ha is twice France.
LANDSCAPE_AREA_RANGE = (0.0, 1e8)

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]


def _scipy_graph() -> tuple:
    csgraph = scipy_module("scipy.sparse.csgraph")
    return scipy_module("scipy.sparse").csr_matrix, csgraph.connected_components, csgraph.dijkstra


@dataclass(frozen=True)
class LinkSet:
    """Undirected links between n nodes: i < j, unique pairs, sorted by (i, j)."""

    n: int
    i: np.ndarray  # int64
    j: np.ndarray  # int64
    cost: np.ndarray  # float64, >= 0

    @property
    def size(self) -> int:
        return int(self.i.size)

    def subset(self, keep: np.ndarray) -> LinkSet:
        return LinkSet(self.n, self.i[keep], self.j[keep], self.cost[keep])


def build_links(ids: Sequence[str], links: Iterable[tuple[str, str, float]]) -> LinkSet:
    """Index links (from_id, to_id, cost) on ``ids``; loops are dropped, duplicates keep the min.

    Raises AulaError listing unknown ids, or the first negative or missing cost.
    """
    index = {key: k for k, key in enumerate(ids)}
    if len(index) != len(ids):
        counts: dict[str, int] = {}
        for key in ids:
            counts[key] = counts.get(key, 0) + 1
        dup = sorted(key for key, count in counts.items() if count > 1)
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "Duplicate patch identifiers: {ids}"), ids=", ".join(dup)
        )
    best: dict[tuple[int, int], float] = {}
    unknown: set[str] = set()
    for a, b, cost in links:
        if a not in index or b not in index:
            unknown.update(key for key in (a, b) if key not in index)
            continue
        value = float(cost) if cost is not None else math.nan
        if not value >= 0 or math.isinf(value):
            raise AulaError(
                QT_TRANSLATE_NOOP(
                    "aula", "Link {a} – {b}: the cost {cost} is not a finite number >= 0"
                ),
                a=a,
                b=b,
                cost=readable(cost),
            )
        ia, ib = index[a], index[b]
        if ia == ib:
            continue
        key = (min(ia, ib), max(ia, ib))
        if key not in best or value < best[key]:
            best[key] = value
    if unknown:
        shown = sorted(unknown)
        more = len(shown) - 20
        text = ", ".join(shown[:20]) + (" (+{})".format(more) if more > 0 else "")
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "Links name {count} unknown patch identifiers: {ids}"),
            count=len(shown),
            ids=text,
        )
    pairs = sorted(best)
    i = np.array([p[0] for p in pairs], dtype=np.int64)
    j = np.array([p[1] for p in pairs], dtype=np.int64)
    cost = np.array([best[p] for p in pairs], dtype=np.float64)
    return LinkSet(len(ids), i, j, cost)


def alpha_from(d0: float, p0: float) -> float:
    """α of the kernel exp(−α d) such that p(d0) = p0 (0 < p0 <= 1, d0 > 0)."""
    if not (d0 > 0 and math.isfinite(d0)):
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "The reference distance d0 must be > 0 (got {d0})"), d0=d0
        )
    if not 0 < p0 <= 1:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "The probability p0 must be in ]0, 1] (got {p0})"), p0=p0
        )
    return -math.log(p0) / d0


def graph_distances(
    links: LinkSet, nodes: np.ndarray | None = None, *, unweighted: bool = False
) -> np.ndarray:
    """All-pairs shortest path lengths among ``nodes`` (default all), inf between components.

    Weighted by the link costs, or counting links when ``unweighted``; links touching a node
    outside ``nodes`` are ignored. Rows and columns follow the order of ``nodes``.
    """
    csr_matrix, _, dijkstra = _scipy_graph()
    if nodes is None:
        nodes = np.arange(links.n)
    m = nodes.size
    if m == 0:
        return np.zeros((0, 0))
    local = np.full(links.n, -1, dtype=np.int64)
    local[nodes] = np.arange(m)
    li, lj = local[links.i], local[links.j]
    keep = (li >= 0) & (lj >= 0)
    weights = np.ones(int(keep.sum())) if unweighted else links.cost[keep]
    # explicit zeros are edges of zero weight for scipy's csgraph (cost 0 = free movement)
    graph = csr_matrix((weights, (li[keep], lj[keep])), shape=(m, m))
    return dijkstra(graph, directed=False)


def probabilities(distances: np.ndarray, alpha: float) -> np.ndarray:
    """p* = exp(−α D), 0 where D is infinite (also when α = 0)."""
    p = np.zeros_like(distances, dtype=np.float64)
    finite = np.isfinite(distances)
    p[finite] = np.exp(-alpha * distances[finite])
    return p


def _kernel(distances: np.ndarray, alpha: float | None) -> np.ndarray:
    """exp(−α D) for PC, 1 / (1 + D) for IIC (α None: D counts links); 0 where D is inf."""
    if alpha is not None:
        return probabilities(distances, alpha)
    out = np.zeros_like(distances, dtype=np.float64)
    finite = np.isfinite(distances)
    out[finite] = 1.0 / (1.0 + distances[finite])
    return out


class _Removals:
    """Σ_i Σ_j a_i a_j k(D_ij) of a graph, and of the graph without one node or one link.

    Removing a node or a link can only change the distances from the sources whose shortest-path
    tree uses it (as an inner node, or as a tree edge): every other source keeps a tree of
    shortest paths that avoids it, hence all its distances. Only those sources are recomputed
    (scipy's Dijkstra from several sources at once), so the result is exact.
    """

    def __init__(self, capacity: np.ndarray, links: LinkSet, alpha: float | None) -> None:
        csr_matrix, _, dijkstra = _scipy_graph()
        self._csr, self._dijkstra = csr_matrix, dijkstra
        self.a, self.links, self.alpha = capacity, links, alpha
        self.unweighted = alpha is None
        n = links.n
        self.distances, self.pred = dijkstra(
            self._graph(np.ones(links.size, dtype=bool)),
            directed=False,
            unweighted=self.unweighted,
            return_predecessors=True,
        )
        self.kernel = _kernel(self.distances, alpha)
        self.rows = self.kernel @ capacity  # Σ_j a_j k_ij for every source i
        self.total = float(capacity @ self.rows)
        # inner[s, v]: v is the parent of some node in the shortest-path tree of s
        self.inner = np.zeros((n, n), dtype=bool)
        source, child = np.nonzero(self.pred >= 0)
        self.inner[source, self.pred[source, child]] = True

    def _graph(self, keep: np.ndarray) -> Any:
        links = self.links
        weights = np.ones(int(keep.sum())) if self.unweighted else links.cost[keep]
        return self._csr((weights, (links.i[keep], links.j[keep])), shape=(links.n, links.n))

    def _rows(self, keep: np.ndarray, sources: np.ndarray) -> np.ndarray:
        """Σ_j a_j k_ij from ``sources`` in the graph keeping the links ``keep``."""
        if sources.size == 0:
            return np.zeros(0)
        distances = self._dijkstra(
            self._graph(keep), directed=False, unweighted=self.unweighted, indices=sources
        )
        return _kernel(distances, self.alpha) @ self.a

    def without_node(self, k: int) -> float:
        links = self.links
        keep = (links.i != k) & (links.j != k)
        sources = np.flatnonzero(self.inner[:, k])
        sources = sources[sources != k]
        # unaffected sources lose only their term towards k; k itself is gone
        rows = self.rows - self.a[k] * self.kernel[:, k]
        rows[sources] = self._rows(keep, sources)  # k is isolated there: its term is 0
        rows[k] = 0.0
        return float(self.a @ rows)

    def without_link(self, index: int) -> float:
        u, v = int(self.links.i[index]), int(self.links.j[index])
        sources = np.flatnonzero((self.pred[:, v] == u) | (self.pred[:, u] == v))
        if sources.size == 0:
            return self.total
        keep = np.ones(self.links.size, dtype=bool)
        keep[index] = False
        rows = self.rows.copy()
        rows[sources] = self._rows(keep, sources)
        return float(self.a @ rows)


@dataclass
class Metrics:
    """Landscape metrics and per-node removal fractions (percent of PCnum / IICnum)."""

    n_patches: int
    n_links: int
    landscape_area: float
    alpha: float
    pc_num: float
    pc: float
    ec: float
    iic_num: float
    iic: float
    n_iic_links: int
    dpc: np.ndarray
    dpc_intra: np.ndarray
    dpc_flux: np.ndarray
    dpc_connector: np.ndarray
    diic: np.ndarray


def connectivity(
    capacity: Sequence[float] | np.ndarray,
    links: LinkSet,
    *,
    landscape_area: float,
    alpha: float,
    iic_threshold: float,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> Metrics:
    """PC, EC, IIC of the landscape and dPC (with its fractions) and dIIC of every node."""
    a = np.asarray(capacity, dtype=np.float64)
    if a.shape != (links.n,):
        raise ValueError("one capacity per node")
    bad = np.flatnonzero(~np.isfinite(a) | (a < 0))
    if bad.size:
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "{count} patches have a missing or negative capacity"),
            count=int(bad.size),
        )
    if not (landscape_area > 0 and math.isfinite(landscape_area)):
        raise AulaError(
            QT_TRANSLATE_NOOP("aula", "The landscape area must be > 0 (got {area})"),
            area=landscape_area,
        )
    if links.n == 0:
        raise AulaError(QT_TRANSLATE_NOOP("aula", "There is no patch in the graph"))
    iic_links = links.subset(links.cost <= iic_threshold)
    total_steps = 2 * links.n + 2
    done = [0]

    def step() -> None:
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        done[0] += 1
        if progress is not None:
            progress(min(done[0] / total_steps, 1.0))

    pc = _Removals(a, links, alpha)
    iic = _Removals(a, iic_links, None)
    pc_num, iic_num, p_star = pc.total, iic.total, pc.kernel
    step()
    pc_removed = np.empty(links.n)
    iic_removed = np.empty(links.n)
    for k in range(links.n):
        pc_removed[k] = pc.without_node(k)
        step()
        iic_removed[k] = iic.without_node(k)
        step()

    with np.errstate(divide="ignore", invalid="ignore"):
        scale = 100.0 / pc_num if pc_num > 0 else 0.0
        dpc = (pc_num - pc_removed) * scale
        intra = a * a * scale
        off_diagonal = p_star * (1.0 - np.eye(links.n))
        flux = 2.0 * a * (off_diagonal @ a) * scale
        connector = dpc - intra - flux
        # rounding noise around a true zero (leaves, isolated patches)
        connector[np.abs(connector) <= 1e-9 * max(1.0, float(np.abs(dpc).max()))] = 0.0
        diic = (iic_num - iic_removed) * (100.0 / iic_num if iic_num > 0 else 0.0)
    step()
    area2 = landscape_area * landscape_area
    return Metrics(
        n_patches=links.n,
        n_links=links.size,
        landscape_area=landscape_area,
        alpha=alpha,
        pc_num=pc_num,
        pc=pc_num / area2,
        ec=math.sqrt(pc_num),
        iic_num=iic_num,
        iic=iic_num / area2,
        n_iic_links=iic_links.size,
        dpc=dpc,
        dpc_intra=intra,
        dpc_flux=flux,
        dpc_connector=connector,
        diic=diic,
    )


def link_importance(
    capacity: Sequence[float] | np.ndarray,
    links: LinkSet,
    *,
    alpha: float,
    progress: Progress | None = None,
    is_canceled: IsCanceled | None = None,
) -> np.ndarray:
    """Relative drop of PC (%) when each link is removed alone (order of ``links``).

    A link that no shortest-path tree uses (a longer or equal alternative route) scores 0.
    """
    a = np.asarray(capacity, dtype=np.float64)
    importance = np.zeros(links.size)
    if links.size == 0:
        return importance
    pc = _Removals(a, links, alpha)
    if pc.total <= 0:
        return importance
    for k in range(links.size):
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        importance[k] = max(100.0 * (pc.total - pc.without_link(k)) / pc.total, 0.0)
        if progress is not None:
            progress((k + 1) / links.size)
    return importance
