"""DEGURBA level 1: hand-worked micro-grids per rule, flexurba's golden sample, naive differential.

References: CENTRALITIES.md §4 (rules), §7.1-7.3 (checks). Micro-grids use land = 1 km² per cell
(LAND = 10⁶ m²) unless stated, so density = population.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from aula_plugin.core.degurba import (
    DegurbaParams,
    classify,
    commune_shares,
    fill_gaps,
    smooth_edges,
    unit_class,
)
from aula_plugin.core.errors import AulaError, Cancelled

sys.path.insert(0, str(Path(__file__).parent))
from degurba_naive import classify_naive

KM2 = 1e6
# rule checks in isolation: no smoothing, no gap filling, no cluster interference unless asked
BARE = DegurbaParams(uc_smoothing="none", uc_gap_fill=False, uc_built=False)


def run(pop, land=None, built=None, params=BARE):
    pop = np.asarray(pop, dtype=np.float64)
    land = np.full(pop.shape, KM2) if land is None else np.asarray(land, dtype=np.float64)
    built = np.zeros(pop.shape) if built is None else np.asarray(built, dtype=np.float64)
    return classify(pop, built, land, params)


def labels(text: str) -> np.ndarray:
    """A label grid from rows of digits ('.' = 0)."""
    rows = [line.strip() for line in text.strip().splitlines()]
    return np.array([[0 if ch == "." else int(ch) for ch in row] for row in rows], dtype=np.int32)


# ---------------------------------------------------------------- contiguity, size, built, NaN


def test_diagonal_cells_two_rook_centres_one_queen_centre_one_cluster():
    pop = [[60000, 0], [0, 60000]]  # each cell alone ≥ 50,000
    rook = run(pop)
    assert rook.centres.max() == 2  # diagonal = not rook-adjacent
    queen = run(pop, params=DegurbaParams(**{**BARE.__dict__, "uc_contiguity": 8}))
    assert queen.centres.max() == 1
    assert rook.clusters.max() == 1  # clusters are queen by default: one cluster


def test_size_exactly_at_threshold_kept_with_ge_dropped_with_gt():
    pop = [[25000, 25000, 0]]  # Σ = 50,000 exactly
    assert run(pop).l1.tolist() == [[3, 3, 1]]
    strict = DegurbaParams(**{**BARE.__dict__, "strict": True})
    # > : centre dropped, but the cluster (Σ 50,000 > 5,000, density 25,000 > 300) stays
    assert run(pop, params=strict).l1.tolist() == [[2, 2, 1]]


def test_density_exactly_at_threshold():
    # one cell of 1,500 inhabitants on 1 km², size threshold lowered to 1,000
    params = DegurbaParams(**{**BARE.__dict__, "uc_size": 1000, "ucl_size": 1000})
    assert run([[1500]], params=params).l1.tolist() == [[3]]
    strict = DegurbaParams(**{**params.__dict__, "strict": True})
    assert run([[1500]], params=strict).l1.tolist() == [[2]]  # 1,500 > 300 still a cluster


def test_built_criterion_at_threshold_joins_just_below_does_not():
    params = DegurbaParams(
        uc_smoothing="none", uc_gap_fill=False, uc_built_threshold=0.2, uc_size=50
    )
    pop = [[100, 100, 100]]  # density 100: not dense by population
    # built shares 0.2, 0.199, 0.1995 -> built_per_land 0.2, 0.199, round(0.1995, 3) = 0.2
    built = [[200000, 199000, 199500]]
    res = run(pop, built=built, params=params)
    assert res.built_per_land.tolist() == [[0.2, 0.199, 0.2]]
    # two 1-cell centres (rook, not adjacent? cells 0 and 2 are not adjacent): both ≥ 50 pop
    assert res.l1.tolist() == [[3, 1, 3]]
    # built criterion switched off: nothing
    off = DegurbaParams(**{**params.__dict__, "uc_built": False})
    assert run(pop, built=built, params=off).l1.tolist() == [[1, 1, 1]]


def test_land_zero_and_nan_population():
    params = DegurbaParams(**{**BARE.__dict__, "uc_size": 100, "ucl_size": 100})
    # land 0 & POP 200 -> density +Inf (dense); land 0 & POP 0 -> NaN (not dense, and water)
    res = run([[200, 0]], land=[[0, 0]], params=params)
    assert np.isinf(res.density[0, 0]) and np.isnan(res.density[0, 1])
    assert res.l1.tolist() == [[3, 0]]
    # NaN population ignored in sums: the NaN cell is dense through the built criterion
    # (built 0.6 of its land ≥ 0.5) so it is inside the component: Σ = 1,600 + 1,600 + NaN must
    # be 3,200 ≥ 3,000 (a NaN-poisoned sum would drop the centre)
    params2 = DegurbaParams(
        uc_smoothing="none", uc_gap_fill=False, uc_built_threshold=0.5, uc_size=3000
    )
    res = run([[1600, 1600, np.nan]], built=[[0, 0, 600000]], params=params2)
    assert res.l1.tolist() == [[3, 3, 3]]
    # with the built criterion off, the NaN cell is neither dense nor water (land 1): rural
    off = DegurbaParams(**{**params2.__dict__, "uc_built": False})
    assert run([[1600, 1600, np.nan]], params=off).l1.tolist() == [[3, 3, 1]]


# ---------------------------------------------------------------- majority rule, R2022A


def test_r2022a_ring_around_empty_cell_is_added():
    grid = labels(
        """
        .....
        .111.
        .1.1.
        .111.
        .....
        """
    )
    out = smooth_edges(grid, "R2022A")
    # the middle has 8/8 neighbours in centre 1; outer cells at most 3 -> only the middle joins
    expected = grid.copy()
    expected[2, 2] = 1
    assert (out == expected).all()


def test_r2022a_mixed_ring_4_plus_3_unchanged():
    grid = labels(
        """
        112
        1.2
        1.2
        """
    )
    # (1,1): neighbours 1,1,2,1,2,1,.,2 -> 4 of centre 1, 3 of centre 2: neither ≥ 5
    out = smooth_edges(grid, "R2022A")
    assert out[1, 1] == 0
    assert smooth_edges(grid, "R2023A", np.ones(grid.shape, bool))[1, 1] == 0  # 8 > 8 is false


def test_r2022a_off_raster_neighbours_never_count():
    # top edge cell (0,1) of a 2x3 raster: 5 in-raster neighbours, all centre 1 -> 5/8: joins
    grid = labels(
        """
        1.1
        111
        """
    )
    assert smooth_edges(grid, "R2022A")[0, 1] == 1
    # corner (0,0) of a 2x2 raster with its 3 neighbours in centre 1: 3/8 -> never
    corner = labels(
        """
        .1
        11
        """
    )
    assert smooth_edges(corner, "R2022A")[0, 0] == 0


# ---------------------------------------------------------------- majority rule, R2023A


def test_r2023a_off_raster_cells_count_in_n():
    corner = labels(
        """
        .1
        11
        """
    )
    # N = 8 (5 off-raster count): 3 × 2 = 6 > 8 is false
    assert smooth_edges(corner, "R2023A", np.ones((2, 2), bool))[0, 0] == 0


def test_r2023a_water_candidate_never_added_ignore_candidate_can_be():
    pop = np.full((3, 3), 20000.0)
    land = np.full((3, 3), KM2)
    built = np.zeros((3, 3))
    pop[1, 1] = 0.0
    land[1, 1] = 0.0  # middle: land 0, pop 0
    params = DegurbaParams(uc_gap_fill=False, uc_built=False)  # R2023A smoothing
    # built 0 -> water: never added, stays water (0): Σ ring 160,000, one centre around it
    res = classify(pop, built, land, params)
    assert res.l1[1, 1] == 0
    # built 1,000 m² -> not water but "ignore" (land < 0.5 & POP 0): can be added
    # (N = 8 in-raster non-ignore neighbours, all centre: 16 > 8); built/land = +Inf would
    # make it dense with the built criterion, which is off here
    built[1, 1] = 1000.0
    res = classify(pop, built, land, params)
    assert res.l1[1, 1] == 3


def test_r2023a_ignore_neighbours_leave_n():
    grid = labels(
        """
        111
        ...
        ...
        """
    )
    counts = np.ones((3, 3), bool)
    counts[2, :] = False  # the bottom row are "ignore" cells
    # (1,1): neighbours top 3 centre, left/right 2 land, bottom 3 ignore -> N = 5, 6 > 5 joins
    assert smooth_edges(grid, "R2023A", counts)[1, 1] == 1
    # all counted: N = 8, 6 > 8 false
    assert smooth_edges(grid, "R2023A", np.ones((3, 3), bool))[1, 1] == 0


def test_smoothing_passes_are_synchronous():
    # flexurba and the manual update all candidates against one snapshot per pass
    # the chain below qualifies only through cells added in the same pass
    chain = labels(
        """
        1111
        1...
        11..
        """
    )
    # snapshot: (1,1) has (0,0),(0,1),(0,2),(1,0),(2,0),(2,1) = 6 -> joins in pass 1;
    # (1,2) has (0,1),(0,2),(0,3),(2,1) = 4 in the snapshot, 5 once (1,1) is in: in-place
    # row-major updating adds it in pass 1, synchronous updating only in pass 2.
    assert smooth_edges(chain, "R2022A", max_passes=1)[1, 2] == 0
    assert smooth_edges(chain, "R2022A", max_passes=1)[1, 1] == 1
    assert smooth_edges(chain, "R2022A", max_passes=2)[1, 2] == 1


def test_smoothing_and_gap_filling_order_matters():
    grid = np.zeros((10, 10), dtype=np.int32)
    grid[1:9, 1:9] = 1
    grid[3:7, 3:7] = 0  # a 4 × 4 = 16-cell hole
    # smoothing first: the 4 hole corners have 5/8 centre neighbours and join; the 12-cell
    # plus-shaped remainder has at most 4 -> stays; then 12 ≤ 14 is filled: no hole left
    a = fill_gaps(smooth_edges(grid, "R2022A"), 14)
    assert (a[1:9, 1:9] == 1).all()
    # filling first: 16 > 14 is kept; smoothing then adds the 4 corners only: 12 cells remain
    b = smooth_edges(fill_gaps(grid, 14), "R2022A")
    assert int((b[1:9, 1:9] == 0).sum()) == 12
    # classify pins smoothing-then-filling
    pop = np.where(grid > 0, 2000.0, 0.0)
    res = classify(
        pop,
        np.zeros(pop.shape),
        np.full(pop.shape, KM2),
        DegurbaParams(uc_smoothing="R2022A", uc_built=False),
    )
    assert (res.l1[1:9, 1:9] == 3).all()


# ---------------------------------------------------------------- gap filling


def _block_with_hole(rows, cols, hole):
    grid = np.zeros((rows + 4, cols + 4), dtype=np.int32)
    grid[1 : rows + 3, 1 : cols + 3] = 1
    grid[2 : rows + 2, 2 : cols + 2][hole] = 0
    return grid


@pytest.mark.parametrize(("shape", "filled"), [((1, 1), True), ((2, 7), True), ((3, 5), False)])
def test_gap_filling_1_and_14_filled_15_kept(shape, filled):
    grid = np.zeros((shape[0] + 4, shape[1] + 4), dtype=np.int32)
    grid[1:-1, 1:-1] = 1
    grid[2:-2, 2:-2] = 0  # hole of 1, 14, 15 cells
    out = fill_gaps(grid, 14)
    assert bool((out[1:-1, 1:-1] == 1).all()) is filled


def test_gap_touching_the_edge_is_kept():
    grid = labels(
        """
        1.1
        111
        """
    )
    assert fill_gaps(grid, 14)[0, 1] == 0


def test_corner_pinched_holes_are_separate():
    grid = np.ones((8, 12), dtype=np.int32)
    grid[0, :] = grid[-1, :] = 0
    grid[2:4, 2:6] = 0  # hole A, 8 cells
    grid[4:6, 6:10] = 0  # hole B, 8 cells, touching A only at a corner ((3,5)-(4,6))
    # one 16-cell hole (> 14) if corners connected; two 8-cell holes (filled) with 4-contiguity
    out = fill_gaps(grid, 14)
    assert (out[1:7, :] == 1).all()


def test_other_centre_inside_a_hole_keeps_its_value_and_counts_in_size():
    grid = np.zeros((7, 7), dtype=np.int32)
    grid[1:6, 1:6] = 1
    grid[2:5, 2:5] = 0
    grid[3, 3] = 2  # 3x3 hole = 8 empty cells + 1 cell of centre 2
    out = fill_gaps(grid, 14)
    assert out[3, 3] == 2 and (out[2:5, 2:5] != 0).all()
    # 14 empty + 1 of centre 2 = 15 > 14: kept
    grid = np.zeros((7, 9), dtype=np.int32)
    grid[1:6, 1:8] = 1
    grid[2:5, 2:7] = 0
    grid[3, 4] = 2
    out = fill_gaps(grid, 14)
    assert int((out == 0).sum()) == 63 - 35 + 14  # outer ring (28) + the 14 cells kept


# ---------------------------------------------------------------- clusters and water


def test_smoothing_added_cell_does_not_join_clusters():
    pop = np.zeros((5, 5))
    pop[1:4, 1:4] = 10000.0
    pop[2, 2] = 0.0  # ring of 8 × 10,000 = 80,000 around an empty cell
    res = run(pop, params=DegurbaParams(uc_built=False, uc_gap_fill=False))  # R2023A
    assert res.l1[2, 2] == 3  # added by smoothing (8 × 2 > 8)
    assert res.clusters[2, 2] == 0  # density 0 < 300: not in any urban cluster


def test_water_overwrites_rural_only():
    pop = np.zeros((5, 5))
    land = np.full((5, 5), KM2)
    pop[1:4, 1:4] = 10000.0
    pop[2, 2] = 0.0
    land[2, 2] = 0.0  # water inside the ring
    land[4, 4] = 0.0  # water outside: rural -> water
    params = DegurbaParams(uc_smoothing="none", uc_built=False)  # gap filling on
    res = run(pop, land=land, params=params)
    assert res.l1[2, 2] == 3  # gap-filled centre, not water
    assert res.l1[4, 4] == 0
    assert res.l1[0, 0] == 1


# ---------------------------------------------------------------- errors, cancel, communes


def test_bad_inputs():
    with pytest.raises(AulaError, match="differ in size"):
        classify(np.zeros((2, 2)), np.zeros((2, 3)), np.zeros((2, 2)))
    with pytest.raises(AulaError, match="empty"):
        classify(np.zeros((0, 0)), np.zeros((0, 0)), np.zeros((0, 0)))
    with pytest.raises(AulaError, match="smoothing"):
        classify(
            np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((1, 1)), DegurbaParams(uc_smoothing="x")
        )
    with pytest.raises(Cancelled):
        classify(np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((1, 1)), is_canceled=lambda: True)


def test_commune_shares_and_class():
    l1 = np.array([[3, 2], [1, 0]], dtype=np.uint8)
    pop = np.array([[1000.0, 100.0], [10.0, np.nan]])
    # commune 0: all of cell 0, half of cell 1; commune 1: the other half of cell 1, cells 2, 3
    shares = commune_shares(
        np.array([0, 0, 1, 1, 1]),
        np.array([0, 1, 1, 2, 3]),
        np.array([1.0, 0.5, 0.5, 1.0, 1.0]),
        l1,
        pop,
        2,
    )
    assert shares.tolist() == [[0, 0, 50, 1000], [0, 10, 50, 0]]
    # commune 0: 1000/1050 in centres -> city (3); commune 1: rural 10/60 ≤ 50 % -> town (2)
    assert unit_class(shares).tolist() == [3, 2]


# ---------------------------------------------------------------- Belgium tile


def _read(path: Path) -> np.ndarray:
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL bindings: apt-get install python3-gdal")
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    arr = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        arr[arr == nodata] = np.nan
    return arr


@pytest.fixture(scope="module")
def belgium(shared_data: Path):
    folder = shared_data / "degurba_belgium"
    return tuple(_read(folder / name) for name in ("POP.tif", "BUILT_S.tif", "LAND.tif"))


GOLDEN_I = [
    int(v)
    for v in """
14873 19879 44156 44649 11081 33299 2891 6168 27915 47788 36022 36158 33640 47865 62974
2040 7974 44823 66183 63057 12289 27462 23013 2148 30621 948 26150 36813 1340 20439 4238
46025 49123 46819 47402 14129 22984 4325 63191 34252 52215 30000 14992 4848 43788 62939
23006 52372 64814 51888""".split()
]
GOLDEN_L1 = [
    int(v)
    for v in """1 1 1 1 1 1 1 1 3 1 2 2 2 1 1 3 1 1 1 1 2 1 2 0 1 0 1 2 1 3
1 1 1 1 1 1 1 0 1 1 1 1 2 1 1 1 1 1 2 1""".split()
]


def test_golden_sample_flexurba(belgium):
    pop, built, land = belgium
    assert pop.shape == (219, 303)
    res = classify(pop, built, land, DegurbaParams(uc_built_threshold=0.5, uc_smoothing="R2022A"))
    flat = res.l1.ravel()  # row-major over 303 columns, i is 1-based
    got = [int(flat[i - 1]) for i in GOLDEN_I]
    assert got == GOLDEN_L1


DIFF_SETS = {
    "R2022A_0.5": DegurbaParams(uc_built_threshold=0.5, uc_smoothing="R2022A"),
    "R2023A_0.2": DegurbaParams(),
    "no_gap_fill": DegurbaParams(uc_gap_fill=False),
    "no_smoothing": DegurbaParams(uc_smoothing="none"),
    "queen_centres": DegurbaParams(uc_contiguity=8),
    "other_thresholds": DegurbaParams(
        uc_density=1000,
        uc_size=20000,
        ucl_density=200,
        ucl_size=3000,
        ucl_contiguity=4,
        uc_max_hole=30,
    ),
    "strict": DegurbaParams(strict=True, uc_smoothing="R2022A"),
}


@pytest.mark.parametrize("name", list(DIFF_SETS))
def test_differential_fast_vs_naive_on_belgium(belgium, name):
    pop, built, land = belgium
    params = DIFF_SETS[name]
    fast = classify(pop, built, land, params).l1
    naive = np.array(classify_naive(pop, built, land, params), dtype=np.uint8)
    diff = np.argwhere(fast != naive)
    assert diff.size == 0, f"{len(diff)} cells differ, first {diff[:5].tolist()}"
    # the parameter set must matter: every class present
    assert set(np.unique(fast)) == {0, 1, 2, 3}


def test_negative_or_infinite_cells_are_refused_with_count_and_example():
    from aula_plugin.core.degurba import check_cells
    from aula_plugin.core.errors import AulaError

    grid = np.array([[10.0, -1000.0], [np.inf, np.nan]])
    with pytest.raises(AulaError) as info:
        check_cells(grid, None, "pop")
    assert info.value.values == {"layer": "pop", "count": 2, "value": "-1000"}
    # the nodata value and NaN are missing cells, not errors
    check_cells(np.array([[-200.0, 5.0], [np.nan, 0.0]]), -200.0, "pop")
    with pytest.raises(AulaError, match=r"1 cell\(s\) hold .* \(e.g. \+Inf\)"):
        check_cells(np.array([[np.inf, 5.0]]), -200.0, "pop")
