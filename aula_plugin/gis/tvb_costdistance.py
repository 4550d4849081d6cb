"""QGIS glue of aula:costdistance: source cells on the friction grid, the raster metadata and the
dispersal areas (the allocation within the maximum cost, one polygon per source)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.tvb.costdistance import METHOD
from ..toolbelt.i18n import tr
from .geometry import MSG_MISSING
from .raster import Grid, SourceReport, polygon_parts, rasterize_sources

#: nodata of the cost raster (costs are never negative; NaN is avoided for older readers)
COST_NODATA = -1.0
UNITS = ("m", "cells")
#: peak memory of a run per cell: the solver's ~24 B (core/tvb/costdistance.py), the source labels
#: and the allocation (4 B each), the Float32 cost written out (4 B), and a margin
BYTES_PER_CELL = 40
AREA_FIELDS = (
    ("source", "int"),
    ("source_fid", "int64"),
    ("max_cost", "double"),
    ("units", "text"),
    ("surface_ha", "double"),
)

# fmt: off
_REPROJECTED = QT_TRANSLATE_NOOP("aula", "{layer}: sources reprojected to the CRS of {raster}")
_INNER_POINT = QT_TRANSLATE_NOOP("aula",
    "{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point")
_NONE_INSIDE = QT_TRANSLATE_NOOP("aula", "{layer}: no source lies inside the raster {raster}")
_OUTSIDE = QT_TRANSLATE_NOOP("aula",
    "{layer}: {n} sources outside the raster {raster} are ignored")
_ALL_BLOCKED = QT_TRANSLATE_NOOP("aula",
    "{layer}: every source lies on impassable cells (friction nodata) of {raster}")
_SOME_BLOCKED = QT_TRANSLATE_NOOP("aula",
    "{layer}: {cells} source cells on impassable cells (friction nodata) are dropped; "
    "{n} sources lose all their cells")
# fmt: on


def source_cells(
    sources: Any,
    grid: Grid,
    friction: np.ndarray,
    feedback: QgsProcessingFeedback,
    transform_context: Any,
) -> tuple[np.ndarray, SourceReport]:
    """Source labels on the friction grid, reported; cells on impassable friction are dropped."""
    labels, report = rasterize_sources(sources, grid, feedback, transform_context=transform_context)
    name, raster = sources.sourceName(), grid.name
    if report.reprojected:
        feedback.pushInfo(tr(_REPROJECTED).format(layer=name, raster=raster))
    if report.empty:
        feedback.pushWarning(tr(MSG_MISSING).format(layer=name, count=report.empty))
    if report.inner_point:
        feedback.pushInfo(tr(_INNER_POINT).format(layer=name, n=report.inner_point))
    if report.labels == 0:
        raise AulaError(_NONE_INSIDE, layer=name, raster=raster)
    if report.outside:
        feedback.pushWarning(tr(_OUTSIDE).format(layer=name, n=report.outside, raster=raster))
    return _drop_impassable(labels, friction, name, raster, feedback), report


def _drop_impassable(
    labels: np.ndarray, friction: np.ndarray, name: str, raster: str, feedback: Any
) -> np.ndarray:
    blocked = (labels > 0) & np.isnan(friction)
    n_cells = int(blocked.sum())
    if not n_cells:
        return labels
    before = set(np.unique(labels[labels > 0]).tolist())
    labels = np.where(blocked, 0, labels).astype(np.int32)
    after = set(np.unique(labels[labels > 0]).tolist())
    if not after:
        raise AulaError(_ALL_BLOCKED, layer=name, raster=raster)
    feedback.pushWarning(tr(_SOME_BLOCKED).format(layer=name, cells=n_cells, n=len(before - after)))
    return labels


def cost_metadata(
    units: str, start_cost: float, max_cost: float, knight: bool, iterations: int
) -> dict[str, str]:
    """GeoTIFF metadata of the cost and allocation rasters."""
    return {
        "AULA_ALGORITHM": "aula:costdistance",
        "AULA_METHOD": METHOD,
        "AULA_COST_UNITS": units,
        "AULA_START_COST": f"{start_cost:g}",
        "AULA_MAX_COST": f"{max_cost:g}",
        "AULA_KNIGHT": "yes" if knight else "no",
        "AULA_ITERATIONS": str(iterations),
        "AULA_NODATA": "-1: unreachable or beyond the maximum cost",
    }


def dispersal_areas(
    allocation: np.ndarray,
    grid: Grid,
    report: SourceReport,
    max_cost: float,
    units: str,
    is_canceled: Callable[[], bool],
) -> list[QgsFeature]:
    """One MultiPolygon feature per source label: its allocated cells, dissolved (fields
    AREA_FIELDS); stops early when cancelled (the caller checks)."""
    features = []
    for label, parts in sorted(polygon_parts(allocation, grid, is_canceled).items()):
        geom = QgsGeometry.unaryUnion(parts)
        geom.convertToMultiType()
        feature = QgsFeature()
        feature.setGeometry(geom)
        fid = report.fids[label - 1] if 0 < label <= len(report.fids) else None
        feature.setAttributes([label, fid, max_cost, units, geom.area() / 10000.0])
        features.append(feature)
    return features
