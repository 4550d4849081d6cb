"""CENTRA-1 clustering: neighbour graph, core points, clusters, border points, noise.

CENTRALITIES.md §3.4 steps 1-3, plus the bookkeeping that needs no geometry (stable ids,
robustness verdicts).

* **Order.** Points must come sorted by ``(source, source_id)`` (the adapters do it; see
  :func:`stable_order`): the index of a point *is* its tie-break rank, so the result never depends
  on the input order.
* **Neighbour graph.** Pairs at distance ≤ eps, found with ``scipy.spatial.cKDTree.query_pairs``
  (its radius is inclusive). A tolerance of 1 µm is added to eps so that two points exactly eps
  apart are linked whatever the floating-point rounding of their coordinates (inputs are snapped
  to 0.01 m, so the tolerance never changes an honest comparison). Edges crossing a barrier
  segment (touching included) are removed.
* **Core points**: degree + 1 ≥ min_pts. **Clusters**: connected components of the core points
  (``scipy.sparse.csgraph.connected_components``). **Border points** (not core, at least one
  core neighbour) join the component of their nearest core neighbour, ties (distances rounded to
  1 µm) to the lowest index. The rest is **noise**. Unlike DBSCAN, the border assignment never
  depends on the visiting order, and core components are exactly DBSCAN's.
* Cluster labels are numbered 0, 1, ... in the order of each cluster's lowest member index.

Pure numpy/scipy (no qgis).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError, Cancelled
from ..scipy_support import scipy_module

Progress = Callable[[float], None]
IsCanceled = Callable[[], bool]

CORE, BORDER, NOISE = 0, 1, 2
ROLE_NAMES = ("core", "border", "noise")
TOLERANCE = 1e-6  # metres

# fmt: off
ERR_SHAPES = QT_TRANSLATE_NOOP("aula", "Coordinates: x and y must have the same length")
ERR_NOT_FINITE = QT_TRANSLATE_NOOP("aula", "Coordinates: {n} points have no finite coordinates")
# fmt: on


def _kdtree(points: np.ndarray):
    return scipy_module("scipy.spatial").cKDTree(points)


def _noop_progress(_: float) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class ClusterResult:
    labels: np.ndarray  # int64, cluster number 0..k-1, -1 for noise
    role: np.ndarray  # int8: CORE, BORDER, NOISE
    degree: np.ndarray  # int64, number of linked neighbours (the point itself excluded)
    n_clusters: int
    n_edges: int
    n_cut: int  # edges removed by barriers


def stable_order(source: Sequence[str], source_id: Sequence[str]) -> np.ndarray:
    """Permutation sorting points by (source, source_id): the tie-break order of every step."""
    keys = np.lexsort((np.asarray(source_id, dtype=str), np.asarray(source, dtype=str)))
    return keys.astype(np.int64)


def _cross(ax, ay, bx, by, cx, cy):
    """Sign of the orientation of (a, b, c): > 0 left turn, < 0 right turn, 0 collinear."""
    return np.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))


def segments_intersect(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Row-wise test: does segment p[i] = (x1, y1, x2, y2) meet segment q[i]? (touching counts)"""
    o1 = _cross(p[:, 0], p[:, 1], p[:, 2], p[:, 3], q[:, 0], q[:, 1])
    o2 = _cross(p[:, 0], p[:, 1], p[:, 2], p[:, 3], q[:, 2], q[:, 3])
    o3 = _cross(q[:, 0], q[:, 1], q[:, 2], q[:, 3], p[:, 0], p[:, 1])
    o4 = _cross(q[:, 0], q[:, 1], q[:, 2], q[:, 3], p[:, 2], p[:, 3])
    boxes = (
        (np.minimum(p[:, 0], p[:, 2]) <= np.maximum(q[:, 0], q[:, 2]))
        & (np.minimum(q[:, 0], q[:, 2]) <= np.maximum(p[:, 0], p[:, 2]))
        & (np.minimum(p[:, 1], p[:, 3]) <= np.maximum(q[:, 1], q[:, 3]))
        & (np.minimum(q[:, 1], q[:, 3]) <= np.maximum(p[:, 1], p[:, 3]))
    )
    return (o1 * o2 <= 0) & (o3 * o4 <= 0) & boxes


def split_segments(segments: np.ndarray, max_length: float) -> np.ndarray:
    """Cut segments (n, 4) into pieces no longer than max_length (for the midpoint index)."""
    segments = np.asarray(segments, dtype=np.float64).reshape(-1, 4)
    if len(segments) == 0:
        return segments
    lengths = np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1])
    parts = np.maximum(1, np.ceil(lengths / max_length)).astype(np.int64)
    seg = np.repeat(np.arange(len(segments)), parts)
    first = np.repeat(np.cumsum(parts) - parts, parts)
    k = np.arange(len(seg)) - first
    t0 = k / parts[seg]
    t1 = (k + 1) / parts[seg]
    s = segments[seg]
    dx, dy = s[:, 2] - s[:, 0], s[:, 3] - s[:, 1]
    return np.column_stack(
        [s[:, 0] + t0 * dx, s[:, 1] + t0 * dy, s[:, 0] + t1 * dx, s[:, 1] + t1 * dy]
    )


def cut_by_barriers(
    x: np.ndarray,
    y: np.ndarray,
    pairs: np.ndarray,
    barriers: np.ndarray | None,
    eps: float,
    is_canceled: IsCanceled = _never,
) -> np.ndarray:
    """Keep the pairs (m, 2) whose segment crosses no barrier segment (k, 4)."""
    if barriers is None or len(barriers) == 0 or len(pairs) == 0:
        return np.ones(len(pairs), dtype=bool)
    # barrier pieces of length ≤ eps: a piece crossing an edge (length ≤ eps) has its midpoint
    # within (eps + eps) / 2 = eps of the edge's midpoint
    pieces = split_segments(barriers, eps)
    bmid = np.column_stack([(pieces[:, 0] + pieces[:, 2]) / 2, (pieces[:, 1] + pieces[:, 3]) / 2])
    i, j = pairs[:, 0], pairs[:, 1]
    emid = np.column_stack([(x[i] + x[j]) / 2, (y[i] + y[j]) / 2])
    keep = np.ones(len(pairs), dtype=bool)
    btree = _kdtree(bmid)
    chunk = 200_000
    for start in range(0, len(pairs), chunk):
        if is_canceled():
            raise Cancelled()
        stop = min(start + chunk, len(pairs))
        etree = _kdtree(emid[start:stop])
        near = etree.sparse_distance_matrix(btree, eps + TOLERANCE, output_type="ndarray")
        if len(near) == 0:
            continue
        e = near["i"].astype(np.int64) + start
        b = near["j"].astype(np.int64)
        edges = np.column_stack([x[i[e]], y[i[e]], x[j[e]], y[j[e]]])
        hit = segments_intersect(edges, pieces[b])
        keep[np.unique(e[hit])] = False
    return keep


def neighbour_pairs(
    x: np.ndarray,
    y: np.ndarray,
    eps: float,
    barriers: np.ndarray | None = None,
    is_canceled: IsCanceled = _never,
) -> tuple[np.ndarray, int]:
    """Pairs (i < j) at distance ≤ eps not crossing a barrier, and the number of cut edges."""
    if len(x) < 2:
        return np.empty((0, 2), dtype=np.int64), 0
    tree = _kdtree(np.column_stack([x, y]))
    pairs = tree.query_pairs(eps + TOLERANCE, output_type="ndarray").astype(np.int64)
    if is_canceled():
        raise Cancelled()
    keep = cut_by_barriers(x, y, pairs, barriers, eps, is_canceled)
    return pairs[keep], int((~keep).sum())


def cluster_points(
    x: np.ndarray,
    y: np.ndarray,
    eps: float,
    min_pts: int,
    barriers: np.ndarray | None = None,
    *,
    progress: Progress = _noop_progress,
    is_canceled: IsCanceled = _never,
) -> ClusterResult:
    """Steps 1-3 of CENTRA-1 on points already sorted in the stable order."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape:
        raise AulaError(ERR_SHAPES)
    bad = ~(np.isfinite(x) & np.isfinite(y))
    if bad.any():
        raise AulaError(ERR_NOT_FINITE, n=int(bad.sum()))
    n = len(x)
    pairs, n_cut = neighbour_pairs(x, y, eps, barriers, is_canceled)
    progress(0.5)
    if is_canceled():
        raise Cancelled()
    degree = np.bincount(pairs.ravel(), minlength=n).astype(np.int64)
    core = degree + 1 >= min_pts
    labels = np.full(n, -1, dtype=np.int64)
    role = np.full(n, NOISE, dtype=np.int8)
    core_idx = np.flatnonzero(core)
    if len(core_idx):
        pos = np.full(n, -1, dtype=np.int64)
        pos[core_idx] = np.arange(len(core_idx))
        cc = pairs[core[pairs[:, 0]] & core[pairs[:, 1]]]
        graph = scipy_module("scipy.sparse").coo_matrix(
            (np.ones(len(cc), dtype=np.int8), (pos[cc[:, 0]], pos[cc[:, 1]])),
            shape=(len(core_idx), len(core_idx)),
        )
        n_comp, comp = scipy_module("scipy.sparse.csgraph").connected_components(
            graph, directed=False
        )
        # canonical numbering: by the lowest index of each component
        first = np.full(n_comp, n, dtype=np.int64)
        np.minimum.at(first, comp, core_idx)
        rank = np.empty(n_comp, dtype=np.int64)
        rank[np.argsort(first, kind="stable")] = np.arange(n_comp)
        labels[core_idx] = rank[comp]
        role[core_idx] = CORE
        # border points: nearest core neighbour, ties to the lowest index
        mixed = core[pairs[:, 0]] != core[pairs[:, 1]]
        m = pairs[mixed]
        c = np.where(core[m[:, 0]], m[:, 0], m[:, 1])
        b = np.where(core[m[:, 0]], m[:, 1], m[:, 0])
        if len(b):
            d = np.round(np.hypot(x[c] - x[b], y[c] - y[b]), 6)
            order = np.lexsort((c, d, b))
            b, c = b[order], c[order]
            first_of_b = np.ones(len(b), dtype=bool)
            first_of_b[1:] = b[1:] != b[:-1]
            labels[b[first_of_b]] = labels[c[first_of_b]]
            role[b[first_of_b]] = BORDER
        n_clusters = n_comp
    else:
        n_clusters = 0
    progress(1.0)
    return ClusterResult(labels, role, degree, n_clusters, len(pairs), n_cut)


def members_by_cluster(labels: np.ndarray) -> list[np.ndarray]:
    """Indices of the members of each cluster 0..k-1 (increasing indices)."""
    k = int(labels.max()) + 1 if len(labels) else 0
    if k <= 0:
        return []
    idx = np.flatnonzero(labels >= 0)
    order = np.argsort(labels[idx], kind="stable")
    idx = idx[order]
    bounds = np.searchsorted(labels[idx], np.arange(k + 1))
    return [idx[bounds[i] : bounds[i + 1]] for i in range(k)]


def stable_id(member_keys: Sequence[str], params_hash: str) -> str:
    """12 hex digits of sha256(params hash + sorted "source:source_id" of the members)."""
    payload = params_hash + "\n" + "\n".join(sorted(member_keys))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def piece_id(parent_id: str, commune_code: str) -> str:
    """Id of the piece of a perimeter in one commune (the parent's id when it is not split)."""
    return hashlib.sha256(f"{parent_id}\n{commune_code}".encode()).hexdigest()[:12]


ROBUST_IOU = 0.7
ROBUST_MIN_SHARE = 7 / 9


def robustness(best_iou: np.ndarray, iou_min: float = ROBUST_IOU) -> tuple[float, str]:
    """best_iou: for one perimeter, its best IoU in each re-run (9 values including the base run).

    Returns (share of runs with IoU ≥ iou_min, "stable" if that share ≥ 7/9 else "fragile").
    """
    best = np.asarray(best_iou, dtype=np.float64)
    k = int((best >= iou_min - 1e-12).sum())
    share = k / len(best) if len(best) else 0.0
    return round(share, 6), ("stable" if share >= ROBUST_MIN_SHARE - 1e-12 else "fragile")


def covered_discs_kept(x: np.ndarray, y: np.ndarray, radius: float) -> np.ndarray:
    """Mask of the discs to keep so that their union equals the union of all the discs.

    The union of thousands of overlapping discs is the slow part of the envelopes; in a dense
    centre most discs add nothing to it. A skeleton is kept first: the first point (in the stable
    order) of each square cell of R/4 (cells aligned on the cluster's lower-left corner). Any
    other disc D(p, R) (its inscribed 64-gon, 16 segments per quarter) is dropped when skeleton
    points lie in each of the 6 sectors of 60° around p at a distance δ ∈ [0.01 R, 0.95 R]:
    the inscribed discs D(q, R' = R cos(π/64)) of those points then cover it. Indeed the
    boundary point of D(p, R) in direction u is within R' of q when cos(u, q − p) ≥ (R² − R'² +
    δ²) / (2 R δ), which is ≤ 0.48 (an angle ≥ 61°) for δ in that range, so points in
    consecutive sectors (at most 120° apart) leave no gap; and p itself is within δ < R' of q,
    so by convexity every radius is covered. Only skeleton discs cover, and they are all kept:
    the union never changes.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = len(x)
    keep = np.ones(n, dtype=bool)
    if n < 7:
        return keep
    cell = radius / 4.0
    ix = np.floor((x - x.min()) / cell).astype(np.int64)
    iy = np.floor((y - y.min()) / cell).astype(np.int64)
    key = ix * (int(iy.max()) + 1) + iy
    order = np.lexsort((np.arange(n), key))
    first = np.ones(n, dtype=bool)
    first[1:] = key[order][1:] != key[order][:-1]
    skeleton = np.zeros(n, dtype=bool)
    skeleton[order[first]] = True
    others = np.flatnonzero(~skeleton)
    if len(others) == 0:
        return keep
    sk = np.flatnonzero(skeleton)
    near = _kdtree(np.column_stack([x[others], y[others]])).sparse_distance_matrix(
        _kdtree(np.column_stack([x[sk], y[sk]])), 0.95 * radius, output_type="ndarray"
    )
    if len(near) == 0:
        return keep
    a = others[near["i"].astype(np.int64)]
    b = sk[near["j"].astype(np.int64)]
    ok = near["v"] >= 0.01 * radius
    a, b = a[ok], b[ok]
    sector = np.floor((np.arctan2(y[b] - y[a], x[b] - x[a]) + np.pi) / (np.pi / 3))
    bits = np.zeros(n, dtype=np.int64)
    np.bitwise_or.at(bits, a, np.left_shift(1, sector.astype(np.int64) % 6))
    keep[bits == 63] = False
    return keep
