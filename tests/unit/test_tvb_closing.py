"""Raster dilatation-érosion: hand cases, extensive, idempotent, merge below 2d, border kept."""

from __future__ import annotations

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.tvb.closing import closing


def test_gap_narrower_than_2d_is_closed_wider_is_not():
    # two 3-cell-wide blocks on a 10 m grid, a gap of 2 empty cells: centres 30 m apart
    a = np.zeros((3, 10), dtype=bool)
    a[:, 0:3] = True
    a[:, 5:8] = True
    # d = 15 m: the gap cells (cols 3, 4) are 10 m from a block → grown; the band erodes only
    # where a non-grown cell is within 15 m, and none is (rows are bordered by the padding, which
    # is grown too), so the gap closes
    closed = closing(a, 15.0, cell_size=(10.0, 10.0))
    assert closed[:, 0:8].all()
    # d = 5 m: gap cell col 3 is 10 m from both blocks > 5 → not grown → stays open
    assert not closing(a, 5.0, cell_size=(10.0, 10.0))[:, 3:5].any()


def test_closing_fills_a_notch_and_keeps_the_border():
    a = np.ones((5, 5), dtype=bool)
    a[2, 2] = False  # a one-cell hole
    closed = closing(a, 10.0, cell_size=(10.0, 10.0))
    # the hole is filled and the raster border is not eroded (padding)
    assert closed.all()


def test_single_cell_stays_a_single_cell():
    a = np.zeros((7, 7), dtype=bool)
    a[3, 3] = True
    np.testing.assert_array_equal(closing(a, 20.0, cell_size=(10.0, 10.0)), a)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_extensive_and_idempotent(seed):
    rng = np.random.default_rng(seed)
    a = rng.random((60, 70)) < 0.08
    c1 = closing(a, 25.0, cell_size=(10.0, 10.0))
    assert np.all(c1 >= a)  # extensive
    c2 = closing(c1, 25.0, cell_size=(10.0, 10.0))
    np.testing.assert_array_equal(c1, c2)  # idempotent
    # increasing: A ⊆ A' ⇒ closing(A) ⊆ closing(A')
    bigger = a | (rng.random(a.shape) < 0.05)
    assert np.all(closing(bigger, 25.0, cell_size=(10.0, 10.0)) >= c1)


def test_two_patches_merge_only_when_closer_than_2d():
    from scipy import ndimage

    def blocks(gap_cells):
        a = np.zeros((50, 60), dtype=bool)
        a[5:45, 2:22] = True
        a[5:45, 22 + gap_cells : 42 + gap_cells] = True
        return a

    # 10 m cells, d = 50 m (2d = 100 m), blocks 400 m tall: a gap of 8 empty cells puts facing
    # centres 90 m apart (< 2d): a band joins them; 11 empty cells → 120 m (> 2d): no merge
    merged = closing(blocks(8), 50.0, cell_size=(10.0, 10.0))
    apart = closing(blocks(11), 50.0, cell_size=(10.0, 10.0))
    assert ndimage.label(merged)[1] == 1
    # the band is as tall as the blocks minus the rounded ends
    assert merged[15:35, 22:30].all()
    assert ndimage.label(apart)[1] == 2
    np.testing.assert_array_equal(apart, blocks(11))


def test_anisotropic_cells():
    # 10 m wide, 20 m high cells; two 10-column bands separated by one empty row: 40 m between
    # centres. d = 20: the gap row is 20 m from both (grown) and every cell within 20 m of it is
    # grown too (row neighbours are habitat), so it closes; d = 15: the gap row is not even grown
    a = np.zeros((5, 10), dtype=bool)
    a[1, :] = a[3, :] = True
    # (the ends of the gap row erode: beyond the bands the disc no longer fits)
    assert closing(a, 20.0, cell_size=(10.0, 20.0))[2, 2:8].all()
    assert not closing(a, 15.0, cell_size=(10.0, 20.0))[2, :].any()


@pytest.mark.parametrize("strip_cells", [70, 700, 7000])
def test_strips_give_the_same_result_as_one_block(strip_cells):
    rng = np.random.default_rng(5)
    a = rng.random((80, 70)) < 0.06
    whole = closing(a, 35.0, cell_size=(10.0, 10.0), strip_cells=10**9)
    np.testing.assert_array_equal(
        closing(a, 35.0, cell_size=(10.0, 10.0), strip_cells=strip_cells), whole
    )
    # anisotropic cells too (the halo is counted in rows)
    whole = closing(a, 35.0, cell_size=(10.0, 7.0), strip_cells=10**9)
    np.testing.assert_array_equal(
        closing(a, 35.0, cell_size=(10.0, 7.0), strip_cells=strip_cells), whole
    )


def test_reference_closing_by_brute_force():
    """The definition, cell by cell: dilate = within d of A, erode = farther than d from ¬B."""
    rng = np.random.default_rng(9)
    a = rng.random((25, 30)) < 0.1
    d, res = 22.0, 10.0
    pad = 4
    p = np.pad(a, pad)
    rr, cc = np.indices(p.shape)
    pts = np.c_[rr.ravel(), cc.ravel()] * res
    src = pts[p.ravel()]
    dist_a = np.sqrt(((pts[:, None, :] - src[None, :, :]) ** 2).sum(-1)).min(1)
    grown = dist_a <= d
    outside = pts[~grown]
    dist_out = np.sqrt(((pts[:, None, :] - outside[None, :, :]) ** 2).sum(-1)).min(1)
    expected = (dist_out > d).reshape(p.shape)[pad:-pad, pad:-pad]
    np.testing.assert_array_equal(closing(a, d, cell_size=(res, res)), expected)


def test_zero_distance_bad_distance_and_cancel():
    a = np.eye(4, dtype=bool)
    np.testing.assert_array_equal(closing(a, 0.0, cell_size=(10.0, 10.0)), a)
    with pytest.raises(AulaError):
        closing(a, -1.0, cell_size=(10.0, 10.0))
    with pytest.raises(Cancelled):
        closing(a, 10.0, cell_size=(10.0, 10.0), is_canceled=lambda: True)
