"""Circuit theory core (core/tvb/circuit.py): Circuitscape.jl's verification cases, hand-worked
micro cases against a dense Laplacian solve, and metamorphic properties."""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _circuitscape_cases import case_folders, load_case

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.tvb import circuit


@pytest.fixture(scope="module")
def cases(shared_data: Path):
    return [load_case(folder) for folder in case_folders(shared_data)]


def test_the_four_circuitscape_cases_are_there(cases):
    assert [c.name for c in cases] == ["pairwise_10", "pairwise_14", "pairwise_4", "pairwise_6"]
    # 4 and 8 neighbours, resistances and conductances, with and without short-circuit regions
    assert {c.parameters["four_neighbours"] for c in cases} == {True, False}
    assert {c.parameters["is_resistance"] for c in cases} == {True, False}
    assert {c.short_circuit is None for c in cases} == {True, False}


@pytest.mark.parametrize("index", range(4))
def test_circuitscape_pairwise_resistances_and_cumulative_current(cases, index):
    case = cases[index]
    result = circuit.pairwise(case.habitat.values, case.focal, **case.parameters)
    assert result.ids == case.expected_ids
    expected = case.expected_resistances
    assert np.array_equal(result.resistance == -1, expected == -1)
    np.testing.assert_allclose(result.resistance, expected, rtol=1e-6, atol=0)
    cum = result.cumulative.copy()
    if case.null_currents_to_nodata:  # set_null_currents_to_nodata = True
        cum[~np.isfinite(case.habitat.values)] = np.nan
    want = case.expected_cumulative.values
    assert np.array_equal(np.isnan(cum), np.isnan(want))
    ok = ~np.isnan(want)
    assert np.max(np.abs(cum[ok] - want[ok])) <= 1e-6 * np.max(want[ok])


# -- dense reference ---------------------------------------------------------------------------


def dense_resistance(cond, four, avg_res, a, b):
    """Effective resistance between cells a and b (row, col) by the pseudo-inverse of the
    Laplacian built cell by cell, written independently of the module."""
    rows, cols = cond.shape
    n = rows * cols
    lap = np.zeros((n, n))
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if not four:
        steps += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    for r, c in itertools.product(range(rows), range(cols)):
        for dr, dc in steps:
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols:
                g1, g2 = cond[r, c], cond[rr, cc]
                if np.isnan(g1) or np.isnan(g2):
                    continue
                g = 1 / ((1 / g1 + 1 / g2) / 2) if avg_res else (g1 + g2) / 2
                if dr and dc:
                    g /= math.sqrt(2)
                i, j = r * cols + c, rr * cols + cc
                lap[i, j] -= g
                lap[i, i] += g
    pinv = np.linalg.pinv(lap)
    i, j = a[0] * cols + a[1], b[0] * cols + b[1]
    return pinv[i, i] + pinv[j, j] - 2 * pinv[i, j]


def labels(shape, *cells):
    out = np.zeros(shape, dtype=np.int64)
    for k, (r, c) in enumerate(cells, start=1):
        out[r, c] = k
    return out


def test_hand_worked_averaged_conductances_two_cells():
    # conductances 1 and 3: averaged conductances give 2 S (0.5 Ω), averaged resistances 1.5 S
    cond = np.array([[1.0, 3.0]])
    lab = labels(cond.shape, (0, 0), (0, 1))
    r = circuit.pairwise(cond, lab, is_resistance=False, avg_resistances=False)
    assert r.resistance[0, 1] == pytest.approx(0.5, rel=1e-12)
    r = circuit.pairwise(cond, lab, is_resistance=False, avg_resistances=True)
    assert r.resistance[0, 1] == pytest.approx(1 / 1.5, rel=1e-12)


def test_hand_worked_4_against_8_neighbours_square():
    # 2 x 2 unit conductances, opposite corners: 4 neighbours = two 2 Ω paths in parallel = 1 Ω;
    # 8 neighbours adds the diagonal of 1/√2 S (√2 Ω) in parallel: 1 / (1 + 1/√2)
    cond = np.ones((2, 2))
    lab = labels(cond.shape, (0, 0), (1, 1))
    four = circuit.pairwise(cond, lab, is_resistance=False, four_neighbours=True)
    eight = circuit.pairwise(cond, lab, is_resistance=False, four_neighbours=False)
    assert four.resistance[0, 1] == pytest.approx(1.0, rel=1e-12)
    assert eight.resistance[0, 1] == pytest.approx(1 / (1 + 1 / math.sqrt(2)), rel=1e-12)


@pytest.mark.parametrize("four", [True, False])
@pytest.mark.parametrize("avg_res", [True, False])
def test_micro_grids_against_dense_laplacian(four, avg_res):
    rng = np.random.default_rng(7)
    cond = rng.uniform(0.2, 5.0, (5, 6))
    cond[1, 2] = cond[3, 3] = np.nan
    cells = [(0, 0), (4, 5), (2, 4), (4, 0)]
    lab = labels(cond.shape, *cells)
    r = circuit.pairwise(
        cond, lab, is_resistance=False, four_neighbours=four, avg_resistances=avg_res
    )
    for (i, a), (j, b) in itertools.combinations(enumerate(cells), 2):
        want = dense_resistance(cond, four, avg_res, a, b)
        assert r.resistance[i, j] == pytest.approx(want, rel=1e-9)


# -- metamorphic properties --------------------------------------------------------------------


@pytest.fixture(scope="module")
def landscape():
    rng = np.random.default_rng(3)
    res = rng.uniform(1.0, 20.0, (30, 40))
    res[rng.random(res.shape) < 0.15] = np.nan
    lab = np.zeros(res.shape, dtype=np.int64)
    for k, (r, c) in enumerate([(2, 3), (27, 36), (15, 20), (5, 33), (25, 5)], start=1):
        lab[r : r + 2, c : c + 2] = k
        res[r : r + 2, c : c + 2] = 1.0
    return res, lab


def test_symmetry_and_triangle_inequality(landscape):
    res, lab = landscape
    r = circuit.pairwise(res, lab).resistance
    np.testing.assert_array_equal(r, r.T)
    k = r.shape[0]
    assert (r[~np.eye(k, dtype=bool)] > 0).all()
    for i, j, m in itertools.permutations(range(k), 3):
        assert r[i, j] <= r[i, m] + r[m, j] + 1e-12


def test_doubling_resistances_doubles_r_and_keeps_currents(landscape):
    res, lab = landscape
    one = circuit.pairwise(res, lab, with_max=True)
    two = circuit.pairwise(2 * res, lab, with_max=True)
    np.testing.assert_allclose(two.resistance, 2 * one.resistance, rtol=1e-10)
    np.testing.assert_allclose(two.cumulative, one.cumulative, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(two.maximum, one.maximum, rtol=1e-9, atol=1e-12)


def test_single_cell_strip_is_the_series_formula():
    res = np.array([[2.0, 3.0, 5.0, 7.0, 11.0]])
    lab = labels(res.shape, (0, 0), (0, 4))
    r = circuit.pairwise(res, lab).resistance[0, 1]
    # averaged resistances: each link is (r1 + r2) / 2
    series = sum((a + b) / 2 for a, b in zip(res[0], res[0, 1:], strict=False))
    assert r == pytest.approx(series, rel=1e-12)


def test_two_parallel_strips_halve_the_resistance():
    strip = np.array([[2.0, 3.0, 5.0, 7.0, 11.0]])
    one = np.full((1, 5), np.nan)
    both = np.vstack([strip, np.full((1, 5), np.nan), strip])  # separated: no cross links
    ends_one = np.zeros((1, 5), np.int64)
    ends_one[0, 0], ends_one[0, 4] = 1, 2
    ends_both = np.zeros((3, 5), np.int64)
    ends_both[[0, 2], 0], ends_both[[0, 2], 4] = 1, 2  # each end region spans both strips
    del one
    r1 = circuit.pairwise(strip, ends_one).resistance[0, 1]
    r2 = circuit.pairwise(both, ends_both).resistance[0, 1]
    assert r2 == pytest.approx(r1 / 2, rel=1e-12)


def test_kirchhoff_at_non_focal_cells(landscape):
    res, lab = landscape
    cond = circuit.conductances(res, True)
    graph = circuit.build_graph(cond)
    focal = circuit.focal_regions(graph, lab)
    na, nb = focal.nodes[1], focal.nodes[2]
    resistance, _cur, volts = circuit.pair_current(graph, na, nb)
    v = volts.ravel()[graph.node_of_cell >= 0]
    v_node = np.empty(graph.n_nodes)
    v_node[graph.node_of_cell[graph.node_of_cell >= 0]] = v
    flow = graph.link_g * (v_node[graph.link_a] - v_node[graph.link_b])
    net = np.bincount(graph.link_a, flow, graph.n_nodes) - np.bincount(
        graph.link_b, flow, graph.n_nodes
    )
    other = np.ones(graph.n_nodes, bool)
    other[na] = other[nb] = False
    other &= np.isfinite(v_node)
    assert np.max(np.abs(net[other])) <= 1e-9  # of the 1 A injected
    assert net[na].sum() == pytest.approx(1.0, rel=1e-9)
    assert resistance == pytest.approx(circuit.pairwise(res, lab).resistance[0, 1], rel=1e-9)


def test_shared_factorisation_equals_one_factorisation_per_pair(landscape, monkeypatch):
    res, lab = landscape
    shared = circuit.pairwise(res, lab)
    monkeypatch.setattr(circuit, "MAX_TERMINALS", 0)
    own = circuit.pairwise(res, lab)
    assert (shared.method, own.method) == ("shared", "per pair")
    np.testing.assert_allclose(own.resistance, shared.resistance, rtol=1e-9)
    np.testing.assert_allclose(own.cumulative, shared.cumulative, rtol=1e-8, atol=1e-10)


# -- disconnected, one-to-all, bad input -------------------------------------------------------


def test_disconnected_pairs_are_minus_one_and_get_no_current():
    res = np.ones((3, 5))
    res[:, 2] = np.nan
    lab = labels(res.shape, (0, 0), (2, 1), (1, 4))
    r = circuit.pairwise(res, lab)
    assert r.resistance[0, 2] == r.resistance[1, 2] == -1
    assert r.resistance[0, 1] > 0
    assert (r.cumulative[:, 3:] == 0).all()


def test_on_nodata_focal_nodes_are_reported():
    res = np.ones((3, 3))
    res[2, 2] = np.nan
    lab = labels(res.shape, (0, 0), (0, 2), (2, 2))
    r = circuit.pairwise(res, lab)
    assert r.on_nodata == [3]
    assert (r.resistance[2, :2] == -1).all()


def test_one_to_all_is_the_parallel_resistance_to_the_others():
    # a strip 0 - 1 - 2 of unit resistances: from the middle, the two ends are in parallel
    res = np.ones((1, 3))
    lab = labels(res.shape, (0, 0), (0, 1), (0, 2))
    r = circuit.one_to_all(res, lab)
    assert r.resistance.tolist() == pytest.approx([1.0, 0.5, 1.0])
    # all-to-one, node currents max(in, out): into the left end [2, 2, 1] (the right end's 1 A
    # crosses the middle), into the middle [1, 2, 1], into the right end [1, 2, 2]
    r = circuit.one_to_all(res, lab, all_to_one=True)
    assert r.cumulative[0].tolist() == pytest.approx([4.0, 6.0, 4.0], rel=1e-12)


def test_bad_values_and_single_focal_node():
    lab = labels((2, 2), (0, 0), (1, 1))
    with pytest.raises(AulaError, match="zero resistance"):
        circuit.pairwise(np.array([[1.0, 0.0], [1.0, 1.0]]), lab)
    with pytest.raises(AulaError, match="negative"):
        circuit.pairwise(np.array([[1.0, -2.0], [1.0, 1.0]]), lab)
    with pytest.raises(AulaError, match="at least two"):
        circuit.pairwise(np.ones((2, 2)), labels((2, 2), (0, 0)))


def test_progress_and_cancel(landscape):
    res, lab = landscape
    seen = []
    circuit.pairwise(res, lab, progress=seen.append)
    assert seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        circuit.pairwise(res, lab, is_canceled=lambda: True)
