"""Habitat patches: 4 vs 8 connectivity, minimum area at the threshold, deterministic labels."""

from __future__ import annotations

import numpy as np
import pytest

from aula_plugin.core.errors import AulaError
from aula_plugin.core.tvb.patches import habitat_mask, label_patches


def test_two_diagonal_cells_are_one_patch_with_8_and_two_with_4():
    mask = np.array([[1, 0], [0, 1]], dtype=bool)
    assert label_patches(mask, cell_area_m2=1.0, connectivity=8).count == 1
    assert label_patches(mask, cell_area_m2=1.0, connectivity=4).count == 2


def test_min_area_keeps_a_patch_at_the_threshold():
    # patch A: 4 cells of 625 m² (25 m) = 2,500 m² = 0.25 ha; patch B: 3 cells = 1,875 m²
    mask = np.zeros((6, 6), dtype=bool)
    mask[0:2, 0:2] = True
    mask[4, 3:6] = True
    kept = label_patches(mask, cell_area_m2=625.0, min_area_m2=2500.0)
    assert kept.count == 1 and kept.dropped == 1
    assert kept.areas_m2.tolist() == [2500.0]
    assert kept.labels[0, 0] == 1 and kept.labels[4, 4] == 0
    # just above the threshold: A dropped too
    assert label_patches(mask, cell_area_m2=625.0, min_area_m2=2500.01).count == 0


def test_labels_follow_raster_order():
    mask = np.zeros((4, 4), dtype=bool)
    mask[3, 0] = mask[0, 3] = mask[1, 0] = True
    labels = label_patches(mask, cell_area_m2=1.0).labels
    # first cells in raster order: (0, 3) → 1, (1, 0) → 2, (3, 0) → 3
    assert (labels[0, 3], labels[1, 0], labels[3, 0]) == (1, 2, 3)


def test_habitat_mask_from_friction():
    f = np.array([0.0, 5.0, np.nan, np.inf, 30.0])
    assert habitat_mask(f, 0.0).tolist() == [True, False, False, False, False]
    assert habitat_mask(f, 5.0).tolist() == [True, True, False, False, False]


def test_empty_and_bad_connectivity():
    empty = label_patches(np.zeros((3, 3), dtype=bool), cell_area_m2=1.0)
    assert empty.count == 0 and not empty.labels.any()
    with pytest.raises(AulaError):
        label_patches(np.ones((2, 2), dtype=bool), cell_area_m2=1.0, connectivity=6)
