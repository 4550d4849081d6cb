"""Cost core (aula_plugin.core.tvb.costdistance) against hand-worked cases and a heap Dijkstra.

References: TVB.md §3.1-3.4 (cost model), §7.1 (GRASS manual fixture), §7.2 (micro cases), §7.3
(properties). The oracle is tests/unit/tvb_dijkstra_reference.py (plain binary heap).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tvb_dijkstra_reference import dijkstra

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.tvb import costdistance
from aula_plugin.core.tvb.costdistance import accumulated_cost, least_cost_path

NAN = np.nan
SQ2 = math.sqrt(2.0)

# GRASS r.cost manual example (TVB.md §7.1)
GRASS_FRICTION = np.array(
    [
        [2, 2, 1, 1, 5, 5, 5],
        [2, 2, 8, 8, 5, 2, 1],
        [7, 1, 1, 8, 2, 2, 2],
        [8, 7, 8, 8, 8, 8, 5],
        [8, 8, 1, 1, 5, 3, 9],
        [8, 1, 1, 2, 5, 3, 9],
    ],
    dtype=float,
)
GRASS_EXPECTED = np.array(
    [
        [22, 21, 21, 20, 17, 15, 14],
        [20, 19, 22, 20, 15, 12, 11],
        [22, 18, 17, 18, 13, 11, 9],
        [21, 14, 13, 12, 8, 6, 6],
        [16, 13, 8, 7, 4, 0, 6],
        [14, 9, 8, 9, 6, 3, 8],
    ]
)


def single(shape, *cells, labels=None):
    s = np.zeros(shape, dtype=np.int32)
    for k, (r, c) in enumerate(cells):
        s[r, c] = labels[k] if labels else k + 1
    return s


def run(f, s, cell=(1.0, 1.0), **kw):
    return accumulated_cost(np.asarray(f, dtype=float), s, cell_size=cell, **kw)


def assert_same(ours, ref, rtol=1e-9):
    fin = np.isfinite(ref)
    np.testing.assert_array_equal(np.isfinite(ours), fin)
    np.testing.assert_allclose(ours[fin], ref[fin], rtol=rtol, atol=1e-12)


def random_case(seed, shape, nodata, n_sources):
    rng = np.random.default_rng(seed)
    f = rng.choice([1.0, 5.0, 30.0, 100.0, 1000.0], size=shape)
    f[rng.random(shape) < nodata] = NAN
    s = np.zeros(shape, dtype=np.int32)
    ok = np.argwhere(np.isfinite(f))
    pick = ok[rng.choice(len(ok), size=n_sources, replace=False)]
    for k, (r, c) in enumerate(pick):
        s[r, c] = k + 1
        if k % 2 and c + 1 < shape[1] and np.isfinite(f[r, c + 1]):
            s[r, c + 1] = k + 1  # multi-cell source
    return f, s


# -- GRASS manual fixture ---------------------------------------------------------------------


def test_grass_manual_fixture_rounded_and_exact():
    r = run(GRASS_FRICTION, single(GRASS_FRICTION.shape, (4, 5)))
    np.testing.assert_array_equal(np.floor(r.cost + 0.5).astype(int), GRASS_EXPECTED)
    # unrounded values of TVB.md §7.1, e.g. (5, 6) = 3√2·2 = (3 + 9)/2·√2 → 6√2 = 8.4853
    for (row, col), value in {
        (0, 0): 21.7782,
        (0, 6): 13.6569,
        (2, 6): 9.1569,
        (3, 1): 13.6569,
        (5, 6): 8.4853,
        (5, 0): 13.9142,
    }.items():
        assert r.cost[row, col] == pytest.approx(value, abs=1e-4)


def test_grass_fixture_in_metres_is_cells_times_cell_size():
    s = single(GRASS_FRICTION.shape, (4, 5))
    cells = run(GRASS_FRICTION, s).cost
    metres = run(GRASS_FRICTION, s, cell=(25.0, 25.0)).cost
    np.testing.assert_allclose(metres, cells * 25.0, rtol=1e-12)


# -- micro cases (TVB.md §7.2) ----------------------------------------------------------------


def test_strip_costs_f_times_k():
    f = np.full((1, 6), 3.0)
    r = run(f, single(f.shape, (0, 0)))
    # C(k) = 3·k in cells
    np.testing.assert_allclose(r.cost[0], [0, 3, 6, 9, 12, 15])
    r = run(f, single(f.shape, (0, 0)), cell=(25.0, 25.0))
    # metres: 3·k·25
    np.testing.assert_allclose(r.cost[0], [0, 75, 150, 225, 300, 375])


def test_vertical_strip_and_diagonal_line():
    f = np.full((5, 1), 2.0)
    np.testing.assert_allclose(run(f, single(f.shape, (0, 0))).cost[:, 0], [0, 2, 4, 6, 8])
    d = np.full((4, 4), NAN)
    np.fill_diagonal(d, 2.0)
    r = run(d, single(d.shape, (0, 0)))
    # only the diagonal is passable: C(k) = 2·k·√2
    np.testing.assert_allclose(np.diag(r.cost), [0, 2 * SQ2, 4 * SQ2, 6 * SQ2])
    assert np.isinf(r.cost[0, 1])


def test_small_strips_from_the_reference():
    # [1, 3]: (1 + 3)/2 = 2
    np.testing.assert_allclose(run([[1.0, 3.0]], single((1, 2), (0, 0))).cost[0], [0, 2])
    # [0, 0, 5]: 0, (0 + 0)/2 = 0, (0 + 5)/2 = 2.5
    np.testing.assert_allclose(run([[0.0, 0, 5]], single((1, 3), (0, 0))).cost[0], [0, 0, 2.5])


def test_wall_with_one_gap_costs_the_detour():
    # friction 1 everywhere, a wall of nodata in column 2 except row 0 (the gap)
    f = np.ones((3, 5))
    f[1:, 2] = NAN
    r = run(f, single(f.shape, (2, 0)))
    # from (2,0) to (2,4): (2,0)->(1,1) √2, (1,1)->(0,2) √2, (0,2)->(1,3) √2, (1,3)->(2,4) √2
    assert r.cost[2, 4] == pytest.approx(4 * SQ2, rel=1e-12)
    assert np.isinf(r.cost[1, 2]) and np.isinf(r.cost[2, 2])


def test_enclosed_cell_is_unreachable():
    f = np.ones((5, 5))
    f[1:4, 1:4] = NAN
    f[2, 2] = 1.0
    r = run(f, single(f.shape, (0, 0)))
    assert np.isinf(r.cost[2, 2])
    assert np.isfinite(r.cost[4, 4])


def test_budget_boundary_is_inclusive_and_never_tentative():
    f = np.full((1, 6), 2.0)
    s = single(f.shape, (0, 0))
    # costs 0, 2, 4, 6, 8, 10: budget 6 keeps exactly the cell at 6
    r = run(f, s, max_cost=6.0)
    np.testing.assert_allclose(r.cost[0, :4], [0, 2, 4, 6])
    assert np.isinf(r.cost[0, 4:]).all()
    r = run(f, s, max_cost=6.0 - 1e-9)
    assert np.isinf(r.cost[0, 3])
    # random grid: no value in (M, M + step]
    f2, s2 = random_case(3, (30, 40), 0.05, 3)
    full = run(f2, s2).cost
    budget = float(np.nanmedian(full[np.isfinite(full)]))
    cut = run(f2, s2, max_cost=budget).cost
    assert np.nanmax(cut[np.isfinite(cut)]) <= budget
    keep = np.isfinite(full) & (full <= budget)
    np.testing.assert_array_equal(np.isfinite(cut), keep)
    np.testing.assert_allclose(cut[keep], full[keep], rtol=1e-12)


def test_anisotropic_cells():
    f = np.ones((3, 3))
    r = run(f, single(f.shape, (0, 0)), cell=(1.0, 2.0))
    # E/W step 1, N/S step 2, diagonal √(1 + 4) = √5
    assert r.cost[0, 1] == pytest.approx(1.0)
    assert r.cost[1, 0] == pytest.approx(2.0)
    assert r.cost[1, 1] == pytest.approx(math.sqrt(5.0))
    assert r.cost[2, 2] == pytest.approx(2 * math.sqrt(5.0))


def test_start_cost_one_adds_one_everywhere():
    f, s = random_case(5, (20, 25), 0.05, 3)
    base = run(f, s).cost
    bio = run(f, s, start_cost=1.0).cost
    fin = np.isfinite(base)
    np.testing.assert_array_equal(np.isfinite(bio), fin)
    np.testing.assert_allclose(bio[fin], base[fin] + 1.0, rtol=1e-12)


def test_start_cost_counts_against_the_budget():
    f = np.full((1, 4), 2.0)
    # with start 1: 1, 3, 5, 7; budget 5 keeps three cells
    r = run(f, single(f.shape, (0, 0)), start_cost=1.0, max_cost=5.0)
    np.testing.assert_allclose(r.cost[0, :3], [1, 3, 5])
    assert np.isinf(r.cost[0, 3])


# -- against the heap oracle ------------------------------------------------------------------


@pytest.fixture(params=["sweeps", "wave"])
def solver(request, monkeypatch):
    """Run a test with each solver: the sweeps (any roughness) or the wave (any roughness)."""
    sweeps = request.param == "sweeps"
    monkeypatch.setattr(costdistance, "ROUGH", 2.0 if sweeps else -1.0)
    # budget runs too: a wide front goes to the wave, unless forced here
    monkeypatch.setattr(costdistance, "WAVE_CELLS_PER_ROUND", np.inf if sweeps else 0.0)
    return request.param


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("nodata", [0.0, 0.05, 0.30])
@pytest.mark.parametrize(
    ("seed", "shape"), [(0, (23, 31)), (1, (40, 17)), (2, (1, 29)), (3, (33, 33))]
)
def test_matches_heap_dijkstra(seed, shape, nodata, knight, solver):
    f, s = random_case(seed, shape, nodata, min(4, shape[0] * shape[1] // 10))
    cell = (25.0, 25.0) if seed % 2 else (10.0, 12.5)
    ref_cost, ref_alloc = dijkstra(f, s, cell, knight=knight)
    r = run(f, s, cell, knight=knight, with_allocation=True)
    assert_same(r.cost, ref_cost)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    assert r.iterations >= 1
    assert r.method == solver


def test_float32_friction_same_as_float64():
    f, s = random_case(7, (30, 30), 0.05, 3)
    f = f * 1.37  # values that are not integers
    f32 = f.astype(np.float32)
    ref, _ = dijkstra(f32.astype(np.float64), s, (10.0, 10.0), knight=True)
    r = accumulated_cost(f32, s, cell_size=(10.0, 10.0), knight=True)
    assert_same(r.cost, ref)


def test_infinite_friction_is_impassable():
    f = np.ones((3, 3))
    f[:, 1] = np.inf
    r = run(f, single(f.shape, (0, 0)))
    assert np.isinf(r.cost[:, 1:]).all()


def test_sources_on_impassable_cells_are_ignored():
    f = np.ones((1, 4))
    f[0, 3] = NAN
    s = single(f.shape, (0, 0), (0, 3))
    r = run(f, s, with_allocation=True)
    np.testing.assert_allclose(r.cost[0, :3], [0, 1, 2])
    assert np.isinf(r.cost[0, 3]) and r.allocation[0, 3] == 0


# -- metamorphic properties (TVB.md §7.3) -----------------------------------------------------


@pytest.mark.parametrize("seed", [11, 12])
def test_metamorphic_properties(seed):
    f, s = random_case(seed, (25, 30), 0.05, 4)
    base = run(f, s, with_allocation=True)
    # friction × k ⇒ cost × k
    np.testing.assert_allclose(run(f * 3.5, s).cost, base.cost * 3.5, rtol=1e-9)
    # raising a friction or adding a barrier never lowers any cost
    rng = np.random.default_rng(seed)
    raised = f.copy()
    raised[rng.random(f.shape) < 0.2] *= 10
    barrier = f.copy()
    barrier[rng.random(f.shape) < 0.05] = NAN
    barrier[s > 0] = f[s > 0]
    for g in (raised, barrier):
        c = run(g, s).cost
        assert np.all(c >= base.cost * (1 - 1e-12))
    # adding a source never raises any cost
    more = s.copy()
    free = np.argwhere((s == 0) & np.isfinite(f))[0]
    more[tuple(free)] = 99
    assert np.all(run(f, more).cost <= base.cost * (1 + 1e-12))
    # multi-source = cell-wise min of single-source runs, allocation = argmin
    labels = np.unique(s[s > 0])
    singles = np.stack([run(f, np.where(s == k, k, 0).astype(np.int32)).cost for k in labels])
    np.testing.assert_allclose(singles.min(axis=0), base.cost, rtol=1e-12)
    fin = np.isfinite(base.cost)
    np.testing.assert_array_equal(labels[singles.argmin(axis=0)][fin], base.allocation[fin])
    # transpose and flips (with the cell sizes swapped for the transpose)
    aniso = run(f, s, cell=(10.0, 20.0)).cost
    np.testing.assert_allclose(run(f.T, s.T, cell=(20.0, 10.0)).cost, aniso.T, rtol=1e-9)
    np.testing.assert_allclose(
        run(f[::-1], s[::-1], cell=(10.0, 20.0)).cost, aniso[::-1], rtol=1e-9
    )
    np.testing.assert_allclose(run(f[:, ::-1], s[:, ::-1]).cost, base.cost[:, ::-1], rtol=1e-9)


def serpentine(walls: int, height: int) -> np.ndarray:
    """Vertical nodata walls with gaps alternately at the bottom and the top."""
    width = 2 * walls + 1
    f = np.ones((height, width))
    for k in range(walls):
        col = 2 * k + 1
        f[:, col] = NAN
        f[height - 1 if k % 2 == 0 else 0, col] = 1.0
    return f


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("transpose", [False, True])
def test_maze_stays_exact_in_a_few_passes(transpose, knight):
    # rows only needed one pass per two corridors (25 here, 101 on 1,000 × 1,000): the sweeps
    # turn to the columns when the front crawls across them, and cross the maze in one pass
    f = serpentine(60, 40)
    s = single(f.shape, (0, 0))
    if transpose:  # walls along the rows: the row sweeps cross it at once
        f, s = f.T.copy(), s.T.copy()
    ref, _ = dijkstra(f, s, (10.0, 10.0), knight=knight)
    ticks = []
    r = accumulated_cost(f, s, cell_size=(10.0, 10.0), knight=knight, progress=ticks.append)
    assert_same(r.cost, ref)
    assert r.method == "sweeps"
    assert r.iterations <= 4
    assert ticks and all(0 <= t <= 1 for t in ticks) and ticks == sorted(ticks)


def test_maze_with_allocation_and_budget_after_turning():
    # labels and the budget survive the turn to the columns (and back to rows at the end)
    f = serpentine(30, 25)
    s = single(f.shape, (0, 0), (24, 60), (12, 30))
    s[np.isnan(f)] = 0
    full, _ = dijkstra(f, s, (25.0, 10.0))
    budget = float(np.quantile(full[np.isfinite(full)], 0.7))
    ref, ref_alloc = dijkstra(f, s, (25.0, 10.0), max_cost=budget)
    r = run(f, s, (25.0, 10.0), max_cost=budget, with_allocation=True)
    assert_same(r.cost, ref)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    assert r.iterations <= 6


def per_cell_random(seed, shape, uniform=False):
    rng = np.random.default_rng(seed)
    if uniform:
        return rng.uniform(0.5, 200.0, size=shape)
    return rng.choice([1.0, 5.0, 30.0, 100.0, 1000.0], size=shape)


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("uniform", [False, True])
def test_per_cell_random_friction_is_exact_with_bounded_work(uniform, knight):
    # friction changing at every cell: rows only needed ~70 passes on 1,000 × 1,000; the wave
    # relaxes each cell about once (counted in iterations: relaxations per cell, rounded up)
    f = per_cell_random(61, (70, 80), uniform)
    f[np.random.default_rng(62).random(f.shape) < 0.05] = NAN
    s = single(f.shape, (10, 10), (60, 70), (35, 5))
    s[np.isnan(f)] = 0
    ref, ref_alloc = dijkstra(f, s, (25.0, 25.0), knight=knight)
    r = run(f, s, (25.0, 25.0), knight=knight, with_allocation=True)
    assert_same(r.cost, ref)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    assert costdistance.roughness(f) > costdistance.ROUGH
    assert r.method == "wave"
    assert r.iterations <= 3


def padded(f: np.ndarray) -> np.ndarray:
    fp = np.full((f.shape[0] + 4, f.shape[1] + 4), NAN)
    fp[2:-2, 2:-2] = f
    return fp


@pytest.mark.parametrize("cell", [(25.0, 25.0), (10.0, 12.5)])
def test_knight_moves_dropped_by_the_wave_are_dominated(cell):
    # brute force, in float64, one move at a time: a cleared bit is a move costing more than
    # the cheaper 8-neighbour path over the two cells it crosses (so it never lowers a cost);
    # a move and its reverse share their bit
    f = per_cell_random(71, (30, 40))
    f[np.random.default_rng(72).random(f.shape) < 0.05] = NAN
    fp = padded(f)
    moves = costdistance._moves(cell, True)
    steps = {(dr, dc): length for dr, dc, length, via in moves if not via}
    jumps = [(dr, dc, length, via) for dr, dc, length, via in moves if via]
    useful = costdistance.useful_knight_moves(fp, moves)
    rows, cols = fp.shape
    dropped = kept = 0
    for r in range(2, rows - 2):
        for c in range(2, cols - 2):
            for k, (dr, dc, length, via) in enumerate(jumps):
                t = (r + dr, c + dc)
                knight = (fp[r, c] + fp[t] + fp[r + via[0][0], c + via[0][1]]
                          + fp[r + via[1][0], c + via[1][1]]) * length / 4  # fmt: skip
                paths = []
                for a, b in via:
                    m = fp[r + a, c + b]
                    paths.append((fp[r, c] + m) * steps[(a, b)] / 2
                                 + (m + fp[t]) * steps[(dr - a, dc - b)] / 2)  # fmt: skip
                bit = bool(useful[r, c] >> k & 1)
                reverse = jumps.index(next(j for j in jumps if j[:2] == (-dr, -dc)))
                assert bit == bool(useful[t] >> reverse & 1)
                if np.isnan(knight):
                    assert not bit  # an impassable cell on the way
                elif bit:
                    kept += 1
                    assert knight < min(paths) * (1 + 2 * costdistance.USEFUL_MARGIN)
                else:
                    dropped += 1
                    assert knight >= min(paths) * (1 - 1e-12)
    # the premise of the speed-up: on per-cell random friction most knight's moves are dominated
    assert dropped > 2 * kept > 0


@pytest.mark.parametrize("seed", [81, 82, 83])
def test_dropping_dominated_knight_moves_changes_no_cost(seed, monkeypatch):
    # the wave with every knight's move relaxed against the wave with the useful ones only:
    # the same costs and allocation, bit for bit (not only within the Dijkstra tolerance)
    f = per_cell_random(seed, (60, 50), uniform=seed % 2 == 1)
    f[np.random.default_rng(seed).random(f.shape) < 0.05] = NAN
    s = single(f.shape, (5, 5), (50, 40))
    s[np.isnan(f)] = 0
    cell = (10.0, 12.5) if seed == 83 else (25.0, 25.0)
    r = run(f, s, cell, knight=True, with_allocation=True)
    assert r.method == "wave"
    monkeypatch.setattr(
        costdistance,
        "useful_knight_moves",
        lambda fp, moves: np.full(fp.shape, 255, dtype=np.uint8),
    )
    every = run(f, s, cell, knight=True, with_allocation=True)
    np.testing.assert_array_equal(r.cost, every.cost)
    np.testing.assert_array_equal(r.allocation, every.allocation)


def test_sweeps_start_along_the_longer_side():
    # smooth friction without walls: the sweeps run along the longer side whichever way the grid
    # is cut (fewer, longer rows: the 25 m bench grid's transpose took 15 passes and twice the
    # time when swept over its short rows), with the same costs; walls still decide first
    rng = np.random.default_rng(91)
    wide = np.repeat(np.repeat(rng.choice([1.0, 5.0, 30.0], size=(6, 25)), 10, 0), 10, 1)
    s = single(wide.shape, (5, 5), (50, 200))
    assert not costdistance._start_on_columns(wide)
    assert costdistance._start_on_columns(wide.T)
    a = run(wide, s, (25.0, 25.0))
    b = run(np.ascontiguousarray(wide.T), np.ascontiguousarray(s.T), (25.0, 25.0))
    assert a.method == b.method == "sweeps"
    assert a.iterations == b.iterations
    np.testing.assert_allclose(b.cost, a.cost.T, rtol=1e-12)
    walls = np.ones((200, 60))
    walls[::10, 1:] = NAN  # walls along the rows of a tall grid: rows first
    assert not costdistance._start_on_columns(walls)


def test_budget_runs_take_the_wave_on_wide_fronts_only():
    # smooth friction, a budget of a few typical steps: few rounds, each over a wide front, for
    # the wave (exact, like the sweeps); the same budget in a maze's narrow corridor, or with the
    # knight's move, or no budget at all: the sweeps
    rng = np.random.default_rng(93)
    f = np.repeat(np.repeat(rng.choice([1.0, 5.0, 30.0], size=(12, 12)), 10, 0), 10, 1)
    s = single(f.shape, (60, 60))
    step = costdistance.typical_step(f, (25.0, 25.0))
    budget = 8 * step  # at most 8 rounds: 14,400 cells, 1,800 a round
    r = run(f, s, (25.0, 25.0), max_cost=budget)
    assert r.method == "wave"
    ref, _ = dijkstra(f, s, (25.0, 25.0), max_cost=budget)
    assert_same(r.cost, ref)
    assert run(f, s, (25.0, 25.0), max_cost=budget, knight=True).method == "sweeps"
    assert run(f, s, (25.0, 25.0)).method == "sweeps"
    maze = serpentine(40, 40)
    far = costdistance.typical_step(maze, (25.0, 25.0)) * 400  # 400 rounds, ~3 cells each
    assert run(maze, single(maze.shape, (0, 0)), (25.0, 25.0), max_cost=far).method == "sweeps"


def test_rows_only_would_need_many_passes_on_these_grids(monkeypatch):
    # the premise of the two tests above: without turning, the serpentine costs a pass per two
    # corridors, and the sweeps on per-cell random friction need many passes (hence the wave)
    monkeypatch.setattr(costdistance._SweepSolver, "_should_turn", lambda self: False)
    monkeypatch.setattr(costdistance, "_walls_across_rows", lambda f: False)
    f = serpentine(40, 40)
    assert run(f, single(f.shape, (0, 0))).iterations > 15
    monkeypatch.setattr(costdistance, "ROUGH", 2.0)
    f = per_cell_random(61, (70, 80))
    assert run(f, single(f.shape, (10, 10), (60, 70))).iterations > 8


def rings(size: int) -> np.ndarray:
    """Concentric square nodata rings, each with one gap, alternately at the top and at the
    bottom: the way in winds around every ring, on both axes (turning does not help)."""
    f = np.ones((size, size))
    for k, off in enumerate(range(1, size // 2 - 1, 2)):
        lo, hi = off, size - 1 - off
        f[lo, lo : hi + 1] = f[hi, lo : hi + 1] = NAN
        f[lo : hi + 1, lo] = f[lo : hi + 1, hi] = NAN
        f[lo if k % 2 == 0 else hi, size // 2] = 1.0
    return f


def test_sweeps_hand_over_to_the_wave_past_max_passes(monkeypatch):
    # the number of passes is bounded: past MAX_PASSES the wave solves from the sources again
    f = rings(41)
    s = single(f.shape, (0, 0))
    ref, _ = dijkstra(f, s, (1.0, 1.0))
    free = run(f, s)
    assert_same(free.cost, ref)
    assert free.method == "sweeps" and free.iterations > 4
    monkeypatch.setattr(costdistance, "MAX_PASSES", 2)
    capped = run(f, s)
    assert capped.method == "sweeps+wave"
    assert_same(capped.cost, ref)


def test_cancellation_raises():
    f = serpentine(10, 200)
    with pytest.raises(Cancelled):
        accumulated_cost(f, single(f.shape, (0, 0)), cell_size=(1, 1), is_canceled=lambda: True)


def test_cancellation_raises_in_the_wave():
    f = per_cell_random(5, (30, 30))
    with pytest.raises(Cancelled):
        accumulated_cost(f, single(f.shape, (0, 0)), cell_size=(1, 1), is_canceled=lambda: True)


# -- least-cost paths -------------------------------------------------------------------------


def path_cost(path, f, cell, knight=False):
    ew, ns = cell
    total = 0.0
    for (r0, c0), (r1, c1) in zip(
        path[1:], path[:-1], strict=True
    ):  # from the source side to the target
        dr, dc = r1 - r0, c1 - c0
        if abs(dr) + abs(dc) == 3:
            if abs(dr) == 2:
                mids = [(r0 + dr // 2, c0), (r0 + dr // 2, c0 + dc)]
                length = math.hypot(2 * ns, ew)
            else:
                mids = [(r0, c0 + dc // 2), (r0 + dr, c0 + dc // 2)]
                length = math.hypot(ns, 2 * ew)
            total += (f[r0, c0] + f[mids[0]] + f[mids[1]] + f[r1, c1]) / 4 * length
        else:
            length = ew if dr == 0 else ns if dc == 0 else math.hypot(ew, ns)
            total += (f[r0, c0] + f[r1, c1]) / 2 * length
    return total


@pytest.mark.parametrize("knight", [False, True])
@pytest.mark.parametrize("seed", [21, 22, 23])
def test_least_cost_path_identity(seed, knight):
    f, s = random_case(seed, (30, 35), 0.1, 3)
    cell = (25.0, 25.0)
    r = run(f, s, cell, knight=knight)
    reach = np.argwhere(np.isfinite(r.cost) & (s == 0))
    rng = np.random.default_rng(seed)
    for target in reach[rng.choice(len(reach), 8, replace=False)]:
        path = least_cost_path(r.cost, f, tuple(target), cell_size=cell, knight=knight, sources=s)
        assert tuple(path[0]) == tuple(target)
        assert s[tuple(path[-1])] > 0  # starts inside a source
        steps = np.abs(np.diff(path, axis=0))
        assert (steps.max(axis=1) <= (2 if knight else 1)).all() and (steps.sum(axis=1) > 0).all()
        assert np.isfinite(f[path[:, 0], path[:, 1]]).all()  # never through nodata
        assert path_cost(path, f, cell, knight) == pytest.approx(r.cost[tuple(target)], rel=1e-9)
        assert np.all(np.diff(r.cost[path[:, 0], path[:, 1]]) <= 1e-9)  # non-increasing


def test_least_cost_path_crosses_zero_friction_plateau_to_the_source():
    f = np.array([[0.0, 0, 0, 0, 4]])
    s = single(f.shape, (0, 0))
    r = run(f, s)
    path = least_cost_path(r.cost, f, (0, 4), cell_size=(1, 1), sources=s)
    assert [tuple(p) for p in path] == [(0, 4), (0, 3), (0, 2), (0, 1), (0, 0)]


def test_least_cost_path_unreachable_target():
    f = np.array([[1.0, NAN, 1.0]])
    r = run(f, single(f.shape, (0, 0)))
    with pytest.raises(AulaError):
        least_cost_path(r.cost, f, (0, 2), cell_size=(1, 1))


# -- bad input --------------------------------------------------------------------------------


def test_negative_friction_counts_them():
    f = np.ones((3, 3))
    f[0, 1] = f[2, 2] = -1
    with pytest.raises(AulaError) as exc:
        run(f, single(f.shape, (1, 1)))
    assert exc.value.values["n"] == 2 and "2 negative" in str(exc.value)


def test_no_source_and_impassable_sources_and_shapes():
    f = np.ones((2, 2))
    with pytest.raises(AulaError, match="no source"):
        run(f, np.zeros((2, 2), dtype=np.int32))
    g = np.full((2, 2), NAN)
    with pytest.raises(AulaError, match="impassable"):
        run(g, single(g.shape, (0, 0)))
    with pytest.raises(AulaError, match="differ"):
        run(f, np.zeros((3, 2), dtype=np.int32))
    with pytest.raises(AulaError, match="cell size"):
        run(f, single(f.shape, (0, 0)), cell=(0.0, 1.0))


# -- scikit-image differential (TVB.md §7.4) --------------------------------------------------


@pytest.mark.parametrize("seed", [31, 32])
def test_matches_scikit_image_mcp_geometric(seed):
    graph = pytest.importorskip("skimage.graph", reason="scikit-image is not installed")
    f, s = random_case(seed, (120, 90), 0.05, 6)
    ns, ew = 20.0, 20.0
    mcp = graph.MCP_Geometric(
        np.where(np.isnan(f), np.inf, f), fully_connected=True, sampling=(ns, ew)
    )
    ref, _ = mcp.find_costs([tuple(p) for p in np.argwhere(s > 0)])
    ours = run(f, s, (ew, ns)).cost
    assert_same(ours, np.where(np.isfinite(ref), ref, np.inf), rtol=1e-9)


@pytest.mark.parametrize("knight", [False, True])
def test_budget_with_allocation_matches_heap_dijkstra(knight, solver):
    f, s = random_case(41, (45, 60), 0.1, 5)
    full, _ = dijkstra(f, s, (25.0, 25.0), knight=knight)
    budget = float(np.quantile(full[np.isfinite(full)], 0.4))
    ref_cost, ref_alloc = dijkstra(f, s, (25.0, 25.0), knight=knight, max_cost=budget)
    r = run(f, s, (25.0, 25.0), knight=knight, max_cost=budget, with_allocation=True)
    assert_same(r.cost, ref_cost)
    np.testing.assert_array_equal(r.allocation, ref_alloc)


def test_blobs_and_lines_need_many_passes_and_stay_exact(solver):
    # nodata blobs and long barrier lines with rare gaps force paths to wind up and down
    rng = np.random.default_rng(51)
    f = rng.choice([1.0, 5.0, 30.0, 100.0, 1000.0], size=(90, 120))
    for r in (20, 45, 70):
        f[r, :] = NAN
        f[r, rng.integers(0, 120, 2)] = 5.0
    for c in (30, 60, 90):
        f[:, c] = NAN
        f[rng.integers(0, 90, 2), c] = 5.0
    s = single(f.shape, (5, 5), (80, 110), (50, 50))
    s[np.isnan(f)] = 0
    ref, ref_alloc = dijkstra(f, s, (10.0, 10.0))
    r = run(f, s, (10.0, 10.0), with_allocation=True)
    assert_same(r.cost, ref)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    assert r.iterations >= (3 if solver == "sweeps" else 1)


def test_budget_equal_to_a_computed_cost_keeps_that_cell():
    # the budget is the exact (oracle) cost of one cell: that cell is kept, never above M
    f, s = random_case(1021, (9, 23), 0.05, 2)
    f = f * 1.37
    cell = (25.0, 10.0)
    ref, _ = dijkstra(f, s, cell)
    fin = np.argwhere(np.isfinite(ref) & (ref > 0))
    target = tuple(fin[len(fin) // 2])
    budget = float(ref[target])
    r = run(f, s, cell, max_cost=budget)
    assert r.cost[target] == pytest.approx(budget, rel=1e-12)
    assert np.nanmax(np.where(np.isfinite(r.cost), r.cost, np.nan)) <= budget
    np.testing.assert_array_equal(np.isfinite(r.cost), np.isfinite(ref) & (ref <= budget))


def test_allocation_ties_go_to_the_lowest_label():
    # strip of 5 cells, label 2 on the left end, label 1 on the right end: the middle cell is at
    # cost 2 from both, so it takes label 1 (the lowest), as a heap ordered by (cost, label) does
    f = np.ones((1, 5))
    s = single(f.shape, (0, 0), (0, 4), labels=[2, 1])
    r = run(f, s, with_allocation=True)
    np.testing.assert_array_equal(r.allocation[0], [2, 2, 1, 1, 1])
    # a zero-friction plateau reached at the same cost from labels 3 and 1 belongs to label 1
    g = np.array([[1.0, 0, 0, 0, 1]])
    t = single(g.shape, (0, 0), (0, 4), labels=[3, 1])
    r = run(g, t, with_allocation=True)
    np.testing.assert_allclose(r.cost[0], [0, 0.5, 0.5, 0.5, 0])
    np.testing.assert_array_equal(r.allocation[0], [3, 1, 1, 1, 1])
    _, ref_alloc = dijkstra(g, t)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    # symmetric square grid, four corners: the diagonals are ties
    h = np.ones((5, 5))
    u = single(h.shape, (0, 0), (0, 4), (4, 0), (4, 4), labels=[4, 3, 2, 1])
    r = run(h, u, with_allocation=True)
    _, ref_alloc = dijkstra(h, u)
    np.testing.assert_array_equal(r.allocation, ref_alloc)
    assert r.allocation[2, 2] == 1


def test_max_cost_beyond_any_cost_is_refused_with_the_bound():
    from aula_plugin.core.tvb.costdistance import check_max_cost, cost_bound

    f = np.array([[1.0, 2.0], [np.nan, 4.0]], dtype=np.float32)
    bound = cost_bound(f, (10.0, 10.0), knight=False, start_cost=1.0)
    # 3 passable cells × friction 4 × diagonal 14.14 m + the start cost
    assert bound == pytest.approx(1.0 + 3 * 4 * math.hypot(10, 10))
    check_max_cost(bound, bound)
    check_max_cost(0.0, bound)  # 0 = no limit
    with pytest.raises(AulaError) as info:
        check_max_cost(1e15, bound)
    assert "1e+15 is beyond any cost" in info.value.message()
    assert f"between 0 and {bound:.6g}" in info.value.message()
    # exact paths never exceed the bound
    r = accumulated_cost(np.ones((5, 5)), np.eye(5, dtype=np.int32), cell_size=(10.0, 10.0))
    assert r.cost.max() <= cost_bound(np.ones((5, 5)), (10.0, 10.0), knight=False)
