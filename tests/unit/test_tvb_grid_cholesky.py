"""Nested-dissection Cholesky of a grid (core/tvb/grid_cholesky.py) against scipy's sparse solve."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
import scipy.sparse.linalg as sla

from aula_plugin.core.tvb import grid_cholesky
from aula_plugin.core.tvb.grid_cholesky import DIRECTIONS, GridCholesky, padded_size


def grid_system(rows, cols, four, seed):
    """Random grounded grid Laplacian: (diag, weights, the same matrix as scipy CSC)."""
    rng = np.random.default_rng(seed)
    weights = {}
    n = rows * cols
    idx = np.arange(n).reshape(rows, cols)
    a, b, w = [], [], []
    for dr, dc in DIRECTIONS[:2] if four else DIRECTIONS:
        wd = rng.uniform(0.1, 3.0, (rows, cols))
        r, c = np.indices((rows, cols))
        inside = (r + dr >= 0) & (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        wd[~inside] = 0.0
        wd[rng.random((rows, cols)) < 0.1] = 0.0  # some links cut
        weights[(dr, dc)] = wd
        a.append(idx[inside])
        b.append(idx[r[inside] + dr, c[inside] + dc])
        w.append(wd[inside])
    a, b, w = np.concatenate(a), np.concatenate(b), np.concatenate(w)
    adj = sp.coo_matrix((w, (a, b)), shape=(n, n)).tocsr()
    adj = adj + adj.T
    diag = np.asarray(adj.sum(axis=1)).ravel() + rng.uniform(0.0, 0.05, n)  # grounded a little
    diag[diag == 0] = 1.0
    mat = (sp.diags(diag) - adj).tocsc()
    return diag.reshape(rows, cols), weights, mat


@pytest.mark.parametrize("shape", [(1, 1), (1, 9), (13, 1), (7, 7), (8, 8), (31, 45), (64, 17)])
@pytest.mark.parametrize("four", [True, False])
def test_solve_equals_scipy(shape, four):
    diag, weights, mat = grid_system(*shape, four, seed=sum(shape))
    rhs = np.random.default_rng(1).normal(size=(mat.shape[0], 3))
    got = GridCholesky(diag, weights).solve(rhs)
    want = sla.spsolve(mat, rhs).reshape(rhs.shape)
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)
    one = GridCholesky(diag, weights).solve(rhs[:, 0])
    np.testing.assert_allclose(one, want[:, 0], rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("chunk", [1, 7, 100])
def test_chunks_of_rectangles_give_the_same_solution(chunk, monkeypatch):
    diag, weights, mat = grid_system(40, 53, False, seed=5)
    rhs = np.random.default_rng(2).normal(size=(mat.shape[0], 2))
    monkeypatch.setattr(grid_cholesky, "CHUNK_CELLS", chunk)
    got = GridCholesky(diag, weights).solve(rhs)
    np.testing.assert_allclose(got, sla.spsolve(mat, rhs), rtol=1e-9, atol=1e-12)


def test_padded_size_is_the_smallest_of_its_form():
    for d in range(1, 300):
        leaf, k = padded_size(d)
        size = (leaf + 1) * 2**k - 1
        assert size >= d
        assert size < 2 * d + 8
