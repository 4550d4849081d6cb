"""Least-cost links, paths and NLCC (core.tvb.corridors) against single-source cost runs."""

from __future__ import annotations

import math

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.tvb.corridors import (
    collinear_vertices,
    cost_bound,
    nlcc,
    pairwise_links,
    path_cost,
    path_length,
    planar_links,
    step_cost,
)
from aula_plugin.core.tvb.costdistance import accumulated_cost

CELL = (25.0, 25.0)
LADDER = np.array([1.0, 5.0, 30.0, 100.0, 1000.0])


def scene(seed: int, shape=(36, 44), n=6, continuous=False, holes=0.05):
    """Random friction (ladder or continuous) with nodata holes and n blob reservoirs."""
    rng = np.random.default_rng(seed)
    friction = rng.uniform(0.5, 50.0, shape) if continuous else LADDER[rng.integers(0, 5, shape)]
    friction[rng.random(shape) < holes] = np.nan
    labels = np.zeros(shape, dtype=np.int32)
    rows, cols = shape
    for k in range(1, n + 1):
        while True:
            r, c = rng.integers(2, rows - 2), rng.integers(2, cols - 2)
            h, w = rng.integers(1, 3), rng.integers(1, 3)
            window = labels[r - h : r + h, c - w : c + w]
            if not window.any():
                window[...] = k
                friction[r - h : r + h, c - w : c + w] = 1.0  # habitat
                break
    return friction, labels


def single(friction, labels, a, cell_size=CELL, knight=False, allowed=None):
    f = friction.copy()
    if allowed is not None:
        f[~allowed] = np.nan
    return accumulated_cost(
        f, (labels == a).astype(np.int32), cell_size=cell_size, knight=knight
    ).cost


def lcd(friction, labels, a, b, **kw):
    cost = single(friction, labels, a, **kw)
    return float(cost[labels == b].min())


def check_path(friction, labels, link, cell_size=CELL):
    cells = link.cells
    assert labels[tuple(cells[0])] == link.a
    assert labels[tuple(cells[-1])] == link.b
    # every cell passable, every move a legal 8-neighbour (or knight) move
    assert np.isfinite(friction[cells[:, 0], cells[:, 1]]).all()
    steps = np.abs(np.diff(cells, axis=0))
    assert (steps.max(axis=1) <= 2).all() and (steps.sum(axis=1) <= 3).all()
    # cost identity: Σ step costs along the line's cells = the link's cost
    assert path_cost(friction, cells, cell_size) == pytest.approx(link.cost, rel=1e-9, abs=1e-9)
    assert link.length == pytest.approx(path_length(cells, cell_size))


# -- hand-made cases ------------------------------------------------------------------------------


def test_strip_two_reservoirs():
    # 1 × 7 strip, reservoirs in cells 0 and 6, friction 2 between, 10 m cells:
    # steps 0→1: (1+2)/2·10 = 15, four steps of 2·10 = 20, 5→6: (2+1)/2·10 = 15 → 110
    friction = np.array([[1.0, 2, 2, 2, 2, 2, 1]])
    labels = np.array([[1, 0, 0, 0, 0, 0, 2]], dtype=np.int32)
    res = planar_links(friction, labels, cell_size=(10.0, 10.0))
    assert [(link.a, link.b) for link in res.links] == [(1, 2)]
    link = res.links[0]
    assert link.cost == pytest.approx(110.0)
    assert link.cells.tolist() == [[0, c] for c in range(7)]
    assert link.length == pytest.approx(60.0)
    pair = pairwise_links(friction, labels, cell_size=(10.0, 10.0), max_cost=1000.0)
    assert pair.links[0].cost == pytest.approx(110.0)
    # budget 100 < 110: no link in either topology
    assert planar_links(friction, labels, cell_size=(10.0, 10.0), max_cost=100.0).links == []
    assert pairwise_links(friction, labels, cell_size=(10.0, 10.0), max_cost=100.0).links == []


def test_wall_with_gap_detour():
    # 5 × 5, friction 1, nodata wall in column 2 except row 4; A = (0,0), B = (0,4), cell 1:
    # path (0,0)→(1,1)→(2,1)→(3,1)→(4,2)→(3,3)→(2,3)→(1,3)→(0,4): 4 diagonals + 4 straight
    friction = np.ones((5, 5))
    friction[0:4, 2] = np.nan
    labels = np.zeros((5, 5), dtype=np.int32)
    labels[0, 0], labels[0, 4] = 1, 2
    link = planar_links(friction, labels, cell_size=(1.0, 1.0)).links[0]
    assert link.cost == pytest.approx(4 * math.sqrt(2) + 4)
    check_path(friction, labels, link, (1.0, 1.0))


def test_collinear_vertices_keep_turns_only():
    cells = np.array([[0, 0], [0, 1], [0, 2], [1, 3], [2, 4], [2, 5]])
    assert collinear_vertices(cells).tolist() == [[0, 0], [0, 2], [2, 4], [2, 5]]
    assert collinear_vertices(cells[:2]).tolist() == [[0, 0], [0, 1]]


def test_step_cost_knight():
    # knight move (0,0)→(1,2): cells crossed (0,1) and (1,1); (1+2+3+4)/4 · √(1 + 4)
    f = np.array([[1.0, 2.0, 9.0], [9.0, 3.0, 4.0]])
    assert step_cost(f, (0, 0), (1, 2), (1.0, 1.0)) == pytest.approx(2.5 * math.sqrt(5))


def test_errors():
    friction = np.ones((3, 3))
    with pytest.raises(AulaError, match="no reservoir"):
        planar_links(friction, np.zeros((3, 3), dtype=np.int32), cell_size=CELL)
    labels = np.zeros((3, 3), dtype=np.int32)
    labels[0, 0], labels[2, 2] = 1, 2
    with pytest.raises(AulaError, match="maximum cost"):
        pairwise_links(friction, labels, cell_size=CELL, max_cost=0.0)


def test_unreachable_reservoir_is_reported():
    # reservoir 3 walled in by nodata: no link to it, reported unreached only if on nodata;
    # here it is reachable by nobody but has cost 0 itself
    friction = np.ones((5, 7))
    friction[:, 3] = np.nan
    labels = np.zeros((5, 7), dtype=np.int32)
    labels[0, 0], labels[4, 2], labels[2, 6] = 1, 2, 3
    res = planar_links(friction, labels, cell_size=(1.0, 1.0))
    assert [(link.a, link.b) for link in res.links] == [(1, 2)]
    friction[2, 6] = np.nan
    res = planar_links(friction, labels, cell_size=(1.0, 1.0))
    assert res.unreached == [3]


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("seed", range(3))
def test_cost_bound_exceeds_every_link(seed, knight):
    friction, labels = scene(seed)
    bound = cost_bound(friction, CELL, knight)
    links = pairwise_links(friction, labels, cell_size=CELL, knight=knight, max_cost=bound).links
    assert links and max(link.cost for link in links) <= bound
    assert cost_bound(np.full((2, 2), np.nan), CELL, knight) == 0.0


# -- random scenes against single-source runs ---------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_planar_links_against_single_source_runs(seed):
    friction, labels = scene(seed)
    res = planar_links(friction, labels, cell_size=CELL)
    assert res.links, "a connected scene has links"
    alloc = accumulated_cost(friction, labels, cell_size=CELL, with_allocation=True).allocation
    equal = 0
    for link in res.links:
        check_path(friction, labels, link)
        true = lcd(friction, labels, link.a, link.b)
        assert link.cost >= true * (1 - 1e-12)
        # exact claim: the least cost over paths staying inside zones A ∪ B
        zones = (alloc == link.a) | (alloc == link.b)
        restricted = lcd(friction, labels, link.a, link.b, allowed=zones)
        assert link.cost == pytest.approx(restricted, rel=1e-9)
        equal += link.cost == pytest.approx(true, rel=1e-9)
    assert equal >= len(res.links) // 2  # most neighbours' best path crosses no third zone


@pytest.mark.parametrize("seed", range(3))
def test_planar_links_knight(seed):
    friction, labels = scene(seed, continuous=True)
    res = planar_links(friction, labels, cell_size=CELL, knight=True)
    alloc = accumulated_cost(
        friction, labels, cell_size=CELL, knight=True, with_allocation=True
    ).allocation
    for link in res.links:
        check_path(friction, labels, link)
        # a knight's move may cross cells of a third zone: masking them too is stricter, so
        # true LCD ≤ link cost ≤ LCD with every cell, crossed ones included, inside A ∪ B
        zones = (alloc == link.a) | (alloc == link.b)
        restricted = lcd(friction, labels, link.a, link.b, knight=True, allowed=zones)
        true = lcd(friction, labels, link.a, link.b, knight=True)
        assert true * (1 - 1e-12) <= link.cost <= restricted * (1 + 1e-12)


@pytest.mark.parametrize("seed", range(4))
def test_pairwise_links_are_exact_and_symmetric(seed):
    friction, labels = scene(seed)
    max_cost = 4000.0
    res = pairwise_links(friction, labels, cell_size=CELL, max_cost=max_cost)
    found = {(link.a, link.b): link for link in res.links}
    n = int(labels.max())
    for a in range(1, n + 1):
        for b in range(a + 1, n + 1):
            ab, ba = lcd(friction, labels, a, b), lcd(friction, labels, b, a)
            assert ab == pytest.approx(ba, rel=1e-9)  # LCD_AB = LCD_BA
            if ab <= max_cost:
                assert found[(a, b)].cost == pytest.approx(ab, rel=1e-12)
                check_path(friction, labels, found[(a, b)])
            else:
                assert (a, b) not in found


def test_planar_costs_invariant_under_relabelling():
    # continuous friction (no ties): renumbering the reservoirs gives the same links and costs
    friction, labels = scene(11, continuous=True, n=7)
    perm = np.array([0, 4, 7, 1, 3, 6, 2, 5], dtype=np.int32)  # label k → perm[k]
    base = planar_links(friction, labels, cell_size=CELL)
    other = planar_links(friction, perm[labels], cell_size=CELL)
    inverse = np.argsort(perm)
    mapped = {
        tuple(sorted((int(inverse[link.a]), int(inverse[link.b])))): link.cost
        for link in other.links
    }
    assert mapped == pytest.approx({(link.a, link.b): link.cost for link in base.links})


@pytest.mark.parametrize("seed", range(3))
def test_nlcc_non_negative_and_zero_on_paths(seed):
    friction, labels = scene(seed)
    res = pairwise_links(friction, labels, cell_size=CELL, max_cost=3000.0)
    corridor = nlcc(friction, labels, res.links, cell_size=CELL)
    finite = np.isfinite(corridor)
    assert (corridor[finite] >= 0).all()
    assert not finite[np.isnan(friction)].any()
    for link in res.links:
        on_path = corridor[link.cells[:, 0], link.cells[:, 1]]
        assert on_path.max() <= 1e-9 * link.cost + 1e-9
    # one link by hand: NLCC = C_A + C_B − LCD_AB wherever it is the minimum
    link = res.links[0]
    mine = single(friction, labels, link.a) + single(friction, labels, link.b) - link.cost
    assert (corridor[finite] <= mine[finite] + 1e-9 * link.cost).all()
    # width tolerance: keeps exactly the cells of the unbounded mosaic under T
    t = 200.0
    narrow = nlcc(friction, labels, res.links, cell_size=CELL, tolerance=t)
    expected = np.where(corridor <= t, corridor, np.inf)
    assert np.array_equal(np.isfinite(narrow), np.isfinite(expected))
    assert np.allclose(narrow[np.isfinite(narrow)], expected[np.isfinite(expected)], atol=1e-9)


def test_nlcc_planar_links_non_negative():
    friction, labels = scene(5)
    res = planar_links(friction, labels, cell_size=CELL)
    corridor = nlcc(friction, labels, res.links, cell_size=CELL)
    assert (corridor[np.isfinite(corridor)] >= 0).all()
    assert np.isfinite(corridor[labels > 0]).all()


@pytest.mark.parametrize("zero", [False, True])
def test_pairwise_tight_budget_crop_is_exact(zero):
    # budget 400 on 25 m cells with f_min = 1: runs are cropped to ±18 cells around each
    # reservoir (with a zero-friction cell, f_min = 0: no crop); links equal full runs
    friction, labels = scene(21, shape=(60, 90), n=12, holes=0.02)
    friction[friction > 1] = 2.0  # cheap landscape: links of up to 16 cells under the budget
    if zero:
        friction[0, 0] = 0.0
    res = pairwise_links(friction, labels, cell_size=CELL, max_cost=400.0)
    found = {(link.a, link.b): link.cost for link in res.links}
    expected = {}
    for a in range(1, 13):
        cost = single(friction, labels, a)
        for b in range(a + 1, 13):
            value = cost[labels == b].min()
            if value <= 400.0:
                expected[(a, b)] = value
    assert expected, "the scene has links under the budget"
    assert found.keys() == expected.keys()
    assert found == pytest.approx(expected, rel=1e-9)
    for link in res.links:
        check_path(friction, labels, link)


def test_nlcc_tolerance_crop_is_exact():
    # same cheap scene: with T = 100 each run is limited to its links' cost + 100 and cropped
    # to the cells that budget can reach; the kept cells equal the unbounded mosaic's ≤ T
    friction, labels = scene(21, shape=(60, 90), n=12, holes=0.02)
    friction[friction > 1] = 2.0
    res = pairwise_links(friction, labels, cell_size=CELL, max_cost=400.0)
    full = nlcc(friction, labels, res.links, cell_size=CELL)
    narrow = nlcc(friction, labels, res.links, cell_size=CELL, tolerance=100.0)
    expected = np.where(full <= 100.0, full, np.inf)
    assert np.isfinite(expected).sum() > 50
    # cells within rounding of T itself may fall either side (the runs differ in rounding)
    clear = np.abs(full - 100.0) > 1e-9
    assert np.array_equal(np.isfinite(narrow)[clear], np.isfinite(expected)[clear])
    kept = np.isfinite(narrow) & np.isfinite(expected)
    assert np.allclose(narrow[kept], expected[kept], rtol=0, atol=1e-9)
