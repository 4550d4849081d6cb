"""Sparse Cholesky of a grid's grounded Laplacian by nested dissection, batched in dense blocks.

The matrix: one unknown per cell of an R × C grid, ``diag[r, c]`` on the diagonal and
``-weights[(dr, dc)][r, c]`` between cell (r, c) and cell (r + dr, c + dc) (4 or 8 neighbours).
It must be symmetric positive definite: a grounded Laplacian, with a unit diagonal and no link on
the cells that are not unknowns (nodata, ground).

Method (multifrontal Cholesky, geometric nested dissection): the grid is padded to
(Lr + 1)·2^kr − 1 rows and (Lc + 1)·2^kc − 1 columns (decoupled padding cells) so that halving
a rectangle by its middle row or column always gives two rectangles of one shape. With 4 or 8
neighbours a line of cells separates the two halves. Every rectangle of one level has the same
shape: its separator (or, for the smallest ones, all its cells) is eliminated against the ring of
cells around it, for all the rectangles of the level at once (numpy's stacked Cholesky, inverse
and matrix products: BLAS 3). Rectangles touching the same sides of the grid share one pattern.
Storage: the inverse of each diagonal block and the block L_EE⁻¹·A_EB, about 70 floats a cell
for a 1000 × 1000 grid; work O(n^1.5). Solves take many right-hand sides at once.

Pure numpy + scipy.sparse (no qgis).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from ..scipy_support import scipy_module

#: directions of the links (the other half of the 8 neighbours is their opposite)
DIRECTIONS = ((0, 1), (1, 0), (1, 1), (1, -1))


def padded_size(d: int) -> tuple[int, int]:
    """(leaf side L, halvings k) with (L + 1)·2^k − 1 ≥ d, smallest such size."""
    if d <= 7:
        return max(d, 1), 0
    best = None
    for leaf in range(3, 8):
        k = 0
        while (leaf + 1) * 2**k - 1 < d:
            k += 1
        size = (leaf + 1) * 2**k - 1
        if best is None or size < best[0]:
            best = (size, leaf, k)
    assert best is not None
    return best[1], best[2]


@dataclass
class _Group:
    """Rectangles of one level touching the same sides of the grid: one pattern."""

    origins: np.ndarray  # flat extended index of each rectangle's top-left cell
    off_e: np.ndarray  # flat offsets of the eliminated cells
    off_b: np.ndarray  # flat offsets of the ring cells (outside the grid left out)
    rc_local: dict  # (dr, dc) relative to the origin → local index (E then B)
    # children: per half, (group index at the next level, positions in it)
    children: list
    linv: np.ndarray | None = None  # (nf, E, E)
    w: np.ndarray | None = None  # (nf, E, B): L_EE⁻¹ A_EB
    # per chunk of rectangles: (lo, hi, unique ring cells, sparse scatter ring cells × (hi-lo)·B)
    chunks: list | None = None


class GridCholesky:
    """Factorisation of the grid matrix; ``solve(rhs)`` for rhs (R·C × k) in row-major order."""

    def __init__(self, diag: np.ndarray, weights: dict, is_canceled=lambda: False):
        self.shape = rows, cols = diag.shape
        lr, kr = padded_size(rows)
        lc, kc = padded_size(cols)
        self.pr, self.pc = (lr + 1) * 2**kr - 1, (lc + 1) * 2**kc - 1
        self.width = width = self.pc + 2
        self.n_ext = (self.pr + 2) * width
        ext = np.ones((self.pr + 2, width))
        ext[1 : rows + 1, 1 : cols + 1] = diag
        self._diag = ext.ravel()
        self._w = {}
        for d in DIRECTIONS:
            e = np.zeros((self.pr + 2, width))
            if d in weights:
                e[1 : rows + 1, 1 : cols + 1] = weights[d]
            self._w[d] = e.ravel()
        idx = np.arange(self.n_ext, dtype=np.int64).reshape(self.pr + 2, width)
        self.cell_index = idx[1 : rows + 1, 1 : cols + 1].ravel()
        self.levels = self._tree(lr, kr, lc, kc)
        self._factorise(is_canceled)
        del self._w, self._diag

    # -- tree ---------------------------------------------------------------------------------

    def _tree(self, lr, kr, lc, kc):
        width = self.width
        h, w = self.pr, self.pc
        r0 = np.array([1], dtype=np.int64)
        c0 = np.array([1], dtype=np.int64)
        sides = np.array([[True, True, True, True]])  # touches top, bottom, left, right
        levels = []
        while True:
            split = None
            if kr > 0 and (h >= w or kc == 0):
                split = "rows"
            elif kc > 0:
                split = "cols"
            key = sides @ np.array([8, 4, 2, 1])
            groups, pos = [], np.empty(key.size, dtype=np.int64)
            group_of = np.empty(key.size, dtype=np.int64)
            for gi, k in enumerate(np.unique(key).tolist()):
                members = np.flatnonzero(key == k)
                pos[members] = np.arange(members.size)
                group_of[members] = gi
                s = sides[members[0]]
                off_e, rc_e = self._eliminated(h, w, split)
                rc_b = _ring(h, w, tuple(bool(x) for x in s))
                rc_all = rc_e + rc_b
                groups.append(
                    _Group(
                        origins=r0[members] * width + c0[members],
                        off_e=np.array([dr * width + dc for dr, dc in rc_e], dtype=np.int64),
                        off_b=np.array([dr * width + dc for dr, dc in rc_b], dtype=np.int64),
                        rc_local={rc: i for i, rc in enumerate(rc_all)},
                        children=[],
                    )
                )
                groups[-1].members = members
                del off_e
            levels.append((groups, group_of, pos, split, h, w))
            if split is None:
                break
            if split == "rows":
                half = (h - 1) // 2
                nr0 = np.stack([r0, r0 + half + 1], axis=1).ravel()
                nc0 = np.repeat(c0, 2)
                s0, s1 = sides.copy(), sides.copy()
                s0[:, 1] = False
                s1[:, 0] = False
                h, kr = half, kr - 1
            else:
                half = (w - 1) // 2
                nr0 = np.repeat(r0, 2)
                nc0 = np.stack([c0, c0 + half + 1], axis=1).ravel()
                s0, s1 = sides.copy(), sides.copy()
                s0[:, 3] = False
                s1[:, 2] = False
                w, kc = half, kc - 1
            r0, c0 = nr0, nc0
            sides = np.stack([s0, s1], axis=1).reshape(-1, 4)
        # children links and extend-add maps
        for li in range(len(levels) - 1):
            groups, _, _, split, h, w = levels[li]
            child_groups, child_group_of, child_pos, _, ch, cw = levels[li + 1]
            for g in groups:
                for half in (0, 1):
                    kids = 2 * g.members + half
                    cg = int(child_group_of[kids[0]])
                    shift = (0, 0)
                    if half == 1:
                        shift = (ch + 1, 0) if split == "rows" else (0, cw + 1)
                    kid = child_groups[cg]
                    rc_kid = sorted(kid.rc_local, key=kid.rc_local.get)[kid.off_e.size :]
                    mapping = np.array(
                        [g.rc_local[(dr + shift[0], dc + shift[1])] for dr, dc in rc_kid],
                        dtype=np.int64,
                    )
                    g.children.append((cg, child_pos[kids], _runs(mapping)))
        return [lv[0] for lv in levels]

    @staticmethod
    def _eliminated(h, w, split):
        if split == "rows":
            m = (h - 1) // 2
            rc = [(m, c) for c in range(w)]
        elif split == "cols":
            m = (w - 1) // 2
            rc = [(r, m) for r in range(h)]
        else:
            rc = [(r, c) for r in range(h) for c in range(w)]
        return None, rc

    # -- factorisation ------------------------------------------------------------------------

    def _factorise(self, is_canceled):
        updates_below = None
        for li in range(len(self.levels) - 1, -1, -1):
            if is_canceled():
                from ..errors import Cancelled

                raise Cancelled
            updates = []
            for g in self.levels[li]:
                ne, nb = g.off_e.size, g.off_b.size
                nf = g.origins.size
                g.linv = np.empty((nf, ne, ne))
                g.w = np.empty((nf, ne, nb)) if nb else None
                upd = np.empty((nf, nb, nb)) if nb else None
                links = _links(g, self.width)
                g.chunks = []
                for lo, hi in _chunk_bounds(nf, ne + nb):
                    self._factorise_chunk(g, lo, hi, links, updates_below, upd)
                updates.append(upd)
            updates_below = updates

    def _factorise_chunk(self, g, lo, hi, links, updates_below, upd):
        """Fronts of the rectangles lo:hi of a group: assemble, eliminate, keep the update."""
        sp = scipy_module("scipy.sparse")
        ne, nb = g.off_e.size, g.off_b.size
        s = ne + nb
        origins = g.origins[lo:hi]
        front = np.zeros((hi - lo, s, s))
        for cg, pos, runs in g.children:
            below = updates_below[cg]
            part = pos[lo:hi]
            if part.size and part[-1] - part[0] == part.size - 1 and np.all(np.diff(part) == 1):
                below = below[part[0] : part[-1] + 1]
            else:
                below = below[part]
            for ci, pi, ln in runs:
                for cj, pj, lj in runs:
                    front[:, pi : pi + ln, pj : pj + lj] += below[:, ci : ci + ln, cj : cj + lj]
        rows_, cols_, src, which = links
        cells_e = origins[:, None] + g.off_e[None, :]
        front[:, np.arange(ne), np.arange(ne)] += self._diag[cells_e]
        for di, d in enumerate(DIRECTIONS):
            sel = which == di
            if sel.any():
                front[:, rows_[sel], cols_[sel]] -= self._w[d][origins[:, None] + src[sel][None, :]]
        g.linv[lo:hi] = np.linalg.inv(np.linalg.cholesky(front[:, :ne, :ne]))
        if nb:
            w = np.matmul(g.linv[lo:hi], front[:, :ne, ne:], out=g.w[lo:hi])
            upd[lo:hi] = front[:, ne:, ne:]
            upd[lo:hi] -= np.swapaxes(w, 1, 2) @ w
            cells_b = (origins[:, None] + g.off_b[None, :]).ravel()
            uniq, inv = np.unique(cells_b, return_inverse=True)
            scatter = sp.csr_matrix(
                (np.ones(cells_b.size), (inv, np.arange(cells_b.size))),
                shape=(uniq.size, cells_b.size),
            )
            g.chunks.append((lo, hi, uniq, scatter))
        else:
            g.chunks.append((lo, hi, None, None))

    # -- solve --------------------------------------------------------------------------------

    def solve(self, rhs: np.ndarray) -> np.ndarray:
        """Solution of A x = rhs, rhs of shape (R·C,) or (R·C, k)."""
        one = rhs.ndim == 1
        k = 1 if one else rhs.shape[1]
        b = np.zeros((self.n_ext, k))
        b[self.cell_index] = rhs.reshape(-1, k)
        self.solve_ext(b)
        out = b[self.cell_index]
        return out[:, 0] if one else out

    def solve_ext(self, b: np.ndarray) -> None:
        """Solve in place, b (n_ext × k) indexed by the padded grid's cells (``cell_index``).

        Rectangle by chunk of rectangles, so that the temporaries stay small (in cache, and
        taken from the heap instead of fresh pages).
        """
        k = b.shape[1]
        for groups in reversed(self.levels):
            for g in groups:
                for lo, hi, ring_cells, scatter in g.chunks:
                    cells_e = g.origins[lo:hi, None] + g.off_e[None, :]
                    y = g.linv[lo:hi] @ b[cells_e]
                    b[cells_e] = y
                    if scatter is not None:
                        contrib = np.swapaxes(g.w[lo:hi], 1, 2) @ y
                        b[ring_cells] -= scatter @ contrib.reshape(-1, k)
        for groups in self.levels:
            for g in groups:
                for lo, hi, _, _ in g.chunks:
                    cells_e = g.origins[lo:hi, None] + g.off_e[None, :]
                    y = b[cells_e]
                    if g.w is not None:
                        y -= g.w[lo:hi] @ b[g.origins[lo:hi, None] + g.off_b[None, :]]
                    b[cells_e] = np.swapaxes(g.linv[lo:hi], 1, 2) @ y


#: cells (eliminated and ring, summed over the rectangles) in one chunk of a level's work
CHUNK_CELLS = 1 << 14


def _chunk_bounds(nf: int, cells: int) -> list[tuple[int, int]]:
    """(lo, hi) chunks of nf rectangles of ``cells`` cells each, about CHUNK_CELLS cells a chunk."""
    step = max(1, CHUNK_CELLS // max(1, cells))
    return [(lo, min(nf, lo + step)) for lo in range(0, nf, step)]


@cache
def _ring(h, w, sides):
    """Ring cells around an h × w rectangle, (dr, dc) from its top-left, without the grid's edge.

    Side by side (top row, bottom row, left column, right column) so that a child's ring falls on
    a few runs of its parent's front.
    """
    top, bottom, left, right = sides
    rc = []
    if not top:
        rc += [(-1, c) for c in range(-1, w + 1) if not ((c == -1 and left) or (c == w and right))]
    if not bottom:
        rc += [(h, c) for c in range(-1, w + 1) if not ((c == -1 and left) or (c == w and right))]
    if not left:
        rc += [(r, -1) for r in range(h)]
    if not right:
        rc += [(r, w) for r in range(h)]
    return rc


def _runs(mapping: np.ndarray) -> list[tuple[int, int, int]]:
    """(start in the child, start in the parent, length) of the consecutive runs of a mapping."""
    if mapping.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(mapping) != 1) + 1
    starts = np.r_[0, breaks]
    ends = np.r_[breaks, mapping.size]
    return [(int(a), int(mapping[a]), int(b - a)) for a, b in zip(starts, ends)]


def _links(g: _Group, width: int):
    """Front positions (row, col) of each link of an eliminated cell, its weight cell, direction."""
    ne = g.off_e.size
    rows_, cols_, src, which = [], [], [], []
    rc_of = sorted(g.rc_local, key=g.rc_local.get)
    for j in range(ne):
        r, c = rc_of[j]
        for di, (dr, dc) in enumerate(DIRECTIONS):
            for sign in (1, -1):
                nbr = (r + sign * dr, c + sign * dc)
                k = g.rc_local.get(nbr)
                if k is None:
                    continue
                base = (r, c) if sign == 1 else nbr  # the link's weight sits on its first cell
                off = base[0] * width + base[1]
                rows_.append(j)
                cols_.append(k)
                src.append(off)
                which.append(di)
                if k >= ne:  # ring cell: the symmetric entry too
                    rows_.append(k)
                    cols_.append(j)
                    src.append(off)
                    which.append(di)
    return (
        np.array(rows_, dtype=np.int64),
        np.array(cols_, dtype=np.int64),
        np.array(src, dtype=np.int64),
        np.array(which, dtype=np.int64),
    )
