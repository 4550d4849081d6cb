"""core.box_index: the grid index returns exactly what a brute-force box test returns."""

from __future__ import annotations

import numpy as np
import pytest

from aula_plugin.core.box_index import BoxIndex


def brute(bounds: np.ndarray, box: tuple[float, float, float, float]) -> list[int]:
    x0, y0, x1, y1 = box
    hit = (bounds[:, 0] <= x1) & (bounds[:, 2] >= x0) & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0)
    return np.flatnonzero(hit).tolist()


def random_boxes(rng: np.random.Generator, n: int, extent: float, size: float) -> np.ndarray:
    corner = rng.uniform(0, extent, (n, 2))
    wh = rng.exponential(size, (n, 2))
    return np.column_stack([corner, corner + wh])


@pytest.mark.parametrize("n", [1, 7, 500, 3000])
def test_queries_equal_brute_force(n: int) -> None:
    rng = np.random.default_rng(n)
    bounds = random_boxes(rng, n, 10000.0, 150.0)
    bounds[: max(n // 50, 1), 2:] += 6000.0  # a few huge boxes, kept apart
    index = BoxIndex(bounds)
    for box in random_boxes(rng, 200, 12000.0, 800.0) - 1000.0:
        assert index.query(*box).tolist() == brute(bounds, tuple(box))


def test_edges_count_and_queries_outside_the_extent() -> None:
    bounds = np.array([[0, 0, 10, 10], [10, 0, 20, 10], [30, 30, 40, 40]], dtype=float)
    index = BoxIndex(bounds)
    assert index.query(10, 10, 10, 10).tolist() == [0, 1]  # touching corners meet
    assert index.query(-100, -100, -50, -50).tolist() == []
    assert index.query(-100, -100, 1000, 1000).tolist() == [0, 1, 2]
    assert index.query(41, 41, 50, 50).tolist() == []


def test_wide_boxes_are_kept_apart_and_still_found() -> None:
    rng = np.random.default_rng(3)
    bounds = random_boxes(rng, 400, 1000.0, 5.0)
    bounds[0] = (0, 0, 1000, 1000)
    index = BoxIndex(bounds)
    assert index.wide.tolist() == [0]
    assert index.reach < 100  # the strips stay narrow
    assert 0 in index.query(500, 500, 501, 501).tolist()


@pytest.mark.parametrize("n", [2, 40, 256, 300, 1200])  # one array test up to DENSE, else sweep
def test_pairs_equal_brute_force(n: int) -> None:
    rng = np.random.default_rng(11)
    bounds = random_boxes(rng, n, 70.0 * n**0.5, 60.0)
    index = BoxIndex(bounds)
    expected = [(a, b) for a in range(n) for b in brute(bounds, tuple(bounds[a])) if b > a]
    assert index.pairs() == expected
    assert n < 40 or len(expected) > n // 4  # the boxes do meet


def test_empty_index() -> None:
    index = BoxIndex(np.zeros((0, 4)))
    assert len(index) == 0 and index.query(0, 0, 1, 1).tolist() == [] and index.pairs() == []


def test_clusters_chain_meeting_boxes() -> None:
    bounds = np.array(
        [[0, 0, 1, 1], [5, 5, 6, 6], [1, 1, 2, 2], [2, 0, 3, 1], [10, 10, 11, 11], [6, 6, 7, 7]],
        dtype=float,
    )
    assert BoxIndex(bounds).clusters() == [[0, 2, 3], [1, 5], [4]]
