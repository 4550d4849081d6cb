"""Habitat patches: connected components of habitat cells above a minimum area.

Habitat cells come from a friction raster (friction ≤ a maximum, NaN never habitat) or any boolean
mask. Components are labelled with 4-connectivity (rook) or 8-connectivity (queen, the Graphab and
BioDispersal default; TVB.md §2.3), and those whose area is below the minimum are dropped (a patch
of exactly the minimum area is kept). Labels are 1..n in raster order of each patch's first cell,
so identical inputs give identical labels.

Pure numpy/scipy (no qgis).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import QT_TRANSLATE_NOOP, AulaError
from ..scipy_support import scipy_module

# fmt: off
_CONNECTIVITY = QT_TRANSLATE_NOOP("aula",
    "Connectivity must be 4 or 8 neighbours, not {value}")
# fmt: on


@dataclass
class Patches:
    labels: np.ndarray  # int32, 0 = not a patch, 1..n
    areas_m2: np.ndarray  # float64, area of patch k at index k - 1
    dropped: int  # components under the minimum area

    @property
    def count(self) -> int:
        return int(self.areas_m2.size)


def ndimage():
    return scipy_module("scipy.ndimage")


def habitat_mask(friction: np.ndarray, max_friction: float) -> np.ndarray:
    """Cells whose friction is ≤ ``max_friction`` (NaN and inf are never habitat)."""
    f = np.asarray(friction, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.isfinite(f) & (f <= max_friction)


def structure(connectivity: int) -> np.ndarray:
    if connectivity not in (4, 8):
        raise AulaError(_CONNECTIVITY, value=connectivity)
    return ndimage().generate_binary_structure(2, 1 if connectivity == 4 else 2)


def label_patches(
    mask: np.ndarray,
    *,
    cell_area_m2: float,
    min_area_m2: float = 0.0,
    connectivity: int = 8,
    progress: Callable[[float], None] | None = None,
) -> Patches:
    """Label the components of ``mask`` and keep those of at least ``min_area_m2``."""
    nd = ndimage()
    labels, n = nd.label(np.asarray(mask, dtype=bool), structure=structure(connectivity))
    if progress:
        progress(0.5)
    if n == 0:
        return Patches(np.zeros(mask.shape, dtype=np.int32), np.zeros(0), 0)
    counts = np.bincount(labels.ravel(), minlength=n + 1)[1:]
    areas = counts * float(cell_area_m2)
    # relative tolerance so that a patch of exactly the minimum area is kept despite rounding
    keep = areas >= min_area_m2 * (1 - 1e-9)
    # ndimage.label numbers components in raster order of their first cell: keep that order
    new_ids = np.zeros(n + 1, dtype=np.int32)
    new_ids[1:][keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    out = new_ids[labels]
    if progress:
        progress(1.0)
    return Patches(out.astype(np.int32), areas[keep].astype(np.float64), int((~keep).sum()))
