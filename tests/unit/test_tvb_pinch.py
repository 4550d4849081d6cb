"""Pinch points (core.tvb.pinch): the narrowing of a corridor carries the highest current, widening
the corridor never raises the resistance, and the pieces agree with the cost and circuit cores."""

from __future__ import annotations

import math

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError, Cancelled
from aula_plugin.core.tvb import circuit
from aula_plugin.core.tvb.conflicts import current_scores
from aula_plugin.core.tvb.costdistance import accumulated_cost
from aula_plugin.core.tvb.pinch import (
    PinchLink,
    corridor_currents,
    corridor_mask,
    link_current,
    pinch_regions,
)

CELL = (25.0, 25.0)


def narrowing_scene():
    """Two reservoirs (labels 1, 2) joined by a cheap band 9 cells wide, pinched to 1 cell in the
    middle (column 20); everything else costs 100."""
    rows, cols = 21, 41
    f = np.full((rows, cols), 100.0)
    f[6:15, 3:38] = 1.0
    f[:, 20] = 100.0
    f[10, 20] = 1.0  # the narrowing
    labels = np.zeros((rows, cols), dtype=np.int32)
    labels[8:13, 1:4] = 1
    labels[8:13, 37:40] = 2
    f[labels > 0] = 1.0
    return f, labels


def cost_of(f, labels, a, b):
    ca = accumulated_cost(f, (labels == a).astype(np.int32), cell_size=CELL).cost
    return float(np.min(ca[labels == b]))


def test_the_narrowing_carries_the_highest_current() -> None:
    f, labels = narrowing_scene()
    link = PinchLink("1", 1, 2, cost_of(f, labels, 1, 2))
    result = corridor_currents(f, labels, [link], cell_size=CELL, width=500.0)
    current = result.current
    peak = np.unravel_index(np.nanargmax(current), current.shape)
    assert peak == (10, 20)
    assert current[10, 20] == pytest.approx(1.0, rel=1e-6)  # all the current goes through it
    # elsewhere in the band the current is shared between parallel cells
    assert np.nanmax(current[:, 8]) < 0.5
    assert np.isnan(current[labels > 0]).all()  # the reservoirs get no value
    _threshold, regions_grid, regions = pinch_regions(current, result.winner, 99.0)
    assert regions[0].rank == 1 and regions[0].links == [0]
    assert regions_grid[10, 20] == regions[0].label


def test_widening_the_corridor_never_raises_the_resistance() -> None:
    rng = np.random.default_rng(7)
    f = rng.choice([1.0, 5.0, 30.0, 100.0], size=(30, 40))
    f[rng.random(f.shape) < 0.05] = np.nan
    labels = np.zeros(f.shape, dtype=np.int32)
    labels[3:7, 2:6] = 1
    labels[22:27, 33:38] = 2
    f[labels > 0] = 1.0
    link = PinchLink("a", 1, 2, cost_of(f, labels, 1, 2))
    previous = math.inf
    sizes = []
    for width in (0.0, 50.0, 200.0, 800.0, 3000.0, 20000.0, 1e6):
        result = corridor_currents(f, labels, [link], cell_size=CELL, width=width)
        (circ,) = result.links
        assert circ.resistance is not None
        assert circ.resistance <= previous * (1 + 1e-9)
        previous = circ.resistance
        sizes.append(circ.cells)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    # the widest corridor holds every passable cell: the plain circuit on the whole grid
    cond = circuit.conductances(f, True)
    graph = circuit.build_graph(cond)
    full = circuit.pair_current(
        graph,
        graph.node_of_cell[(labels == 1).ravel()],
        graph.node_of_cell[(labels == 2).ravel()],
    )
    assert previous == pytest.approx(full[0], rel=1e-9)


def test_corridor_is_the_nlcc_cut_at_the_width() -> None:
    f, labels = narrowing_scene()
    ca = accumulated_cost(f, (labels == 1).astype(np.int32), cell_size=CELL).cost
    cb = accumulated_cost(f, (labels == 2).astype(np.int32), cell_size=CELL).cost
    mask, lcd = corridor_mask(ca, cb, 300.0)
    assert lcd == pytest.approx(cost_of(f, labels, 1, 2))
    np.testing.assert_array_equal(mask, ca + cb - lcd <= 300.0 + 1e-9 * lcd)
    assert mask[10, 20] and not mask[0, 0]


def test_bounded_cost_runs_match_unbounded_ones() -> None:
    """A wrong (too low) cost in the links table only costs time: the runs are redone unbounded."""
    f, labels = narrowing_scene()
    true = cost_of(f, labels, 1, 2)
    good = corridor_currents(f, labels, [PinchLink("1", 1, 2, true)], cell_size=CELL, width=300.0)
    low = corridor_currents(
        f, labels, [PinchLink("1", 1, 2, true / 10)], cell_size=CELL, width=300.0
    )
    unknown = corridor_currents(
        f, labels, [PinchLink("1", 1, 2, math.nan)], cell_size=CELL, width=300.0
    )
    for other in (low, unknown):
        np.testing.assert_allclose(other.current, good.current, equal_nan=True)
        assert other.links[0].resistance == pytest.approx(good.links[0].resistance)


def test_mosaic_is_the_cellwise_maximum_and_names_the_link() -> None:
    f, labels = narrowing_scene()
    labels[0:3, 18:23] = 3  # a third reservoir above the narrowing
    f[0:3, 18:23] = 1.0
    f[3:6, 20] = 1.0
    links = [
        PinchLink("12", 1, 2, cost_of(f, labels, 1, 2)),
        PinchLink("13", 1, 3, cost_of(f, labels, 1, 3)),
    ]
    both = corridor_currents(f, labels, links, cell_size=CELL, width=400.0)
    singles = [corridor_currents(f, labels, [lk], cell_size=CELL, width=400.0) for lk in links]
    expected = np.fmax(singles[0].current, singles[1].current)
    np.testing.assert_allclose(both.current, expected, equal_nan=True)
    first = np.isfinite(singles[0].current) & ~(singles[1].current > singles[0].current)
    assert (both.winner[first] == 0).all()


def test_link_current_disconnected_and_zero_friction() -> None:
    f = np.array([[1.0, 1.0, np.nan, 1.0, 1.0]])
    a = np.array([[True, False, False, False, False]])
    b = np.array([[False, False, False, False, True]])
    keep = np.ones(f.shape, dtype=bool)
    resistance, current, _cells = link_current(f, a, b, keep)
    assert resistance is None and current is None
    # a zero friction is a resistance of zero_resistance: a 1 × 3 strip, series formula
    f = np.array([[1.0, 0.0, 4.0]])
    a = np.array([[True, False, False]])
    b = np.array([[False, False, True]])
    resistance, current, _ = link_current(f, a, b, np.ones(f.shape, bool), zero_resistance=2.0)
    # links: 1/((1+2)/2) and 1/((2+4)/2) in series
    assert resistance == pytest.approx(1.5 + 3.0)
    assert current[0, 1] == pytest.approx(1.0)


def test_all_to_one_over_the_network() -> None:
    f, labels = narrowing_scene()
    link = PinchLink("1", 1, 2, cost_of(f, labels, 1, 2))
    result = corridor_currents(f, labels, [link], cell_size=CELL, width=500.0, all_to_one=True)
    assert result.all_to_one is not None
    # two reservoirs: all-to-one sends 1 A from one to the other, twice (each in turn grounded)
    assert result.all_to_one[10, 20] == pytest.approx(2.0, rel=1e-6)
    assert np.isnan(result.all_to_one[labels > 0]).all()


def test_refusals_and_cancellation() -> None:
    f, labels = narrowing_scene()
    with pytest.raises(AulaError):
        corridor_currents(f, labels, [], cell_size=CELL, width=10.0)
    blocked = np.full(f.shape, np.nan)
    with pytest.raises(AulaError, match="all nodata"):
        corridor_currents(blocked, labels, [PinchLink("1", 1, 2)], cell_size=CELL, width=10.0)
    with pytest.raises(Cancelled):
        corridor_currents(
            f, labels, [PinchLink("1", 1, 2)], cell_size=CELL, width=10.0, is_canceled=lambda: True
        )
    with pytest.raises(AulaError):
        pinch_regions(np.zeros((2, 2)), np.zeros((2, 2), np.int32), 101.0)


def test_current_scores_formula() -> None:
    scores, c_max = current_scores([2.0, 2.0, 1.0], [0.5, None, 1.0])
    assert c_max == 1.0
    assert scores == [3.0, 2.0, 2.0]
    unchanged, c_max = current_scores([2.0, 1.0], [None, 0.0])
    assert unchanged == [2.0, 1.0] and c_max == 0.0
