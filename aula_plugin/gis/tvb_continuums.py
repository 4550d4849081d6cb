"""QGIS glue of aula:dilatationerosion: the habitat mask (from a friction raster or polygons), the
raster closing, the continuum polygons with stable ids and the self-check against the vector form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingFeedback,
)

from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.tvb.closing import closing
from ..core.tvb.patches import habitat_mask, label_patches
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .geometry import GeometryRepair, features_in
from .raster import L93, Grid, layer_label, polygonize, rasterize, read_friction, to_l93
from .tvb_polygons import as_multipolygon, stable_id

SELF_CHECK_MAX_FEATURES = 2000
SELF_CHECK_MAX_CELLS = 4_000_000
FIELDS = (("id", "text"), ("sous_trame", "text"), ("surface_ha", "double"))

# fmt: off
_NO_GEOMETRY = QT_TRANSLATE_NOOP("aula", "{layer}: the habitat layer has no geometry")
_SELF_CHECK = QT_TRANSLATE_NOOP("aula",
    "Self-check: intersection over union with the vector buffer-out-then-in = {iou}")
_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer} is in {crs}: continuums reprojected to Lambert-93")
# fmt: on


def vector_closing(geometries: list[QgsGeometry], distance: float) -> QgsGeometry:
    """BioDispersal's vector form: buffer +d, dissolve, buffer −d (TVB.md §3.7)."""
    grown = [g.buffer(distance, 16) for g in geometries]
    merged = QgsGeometry.unaryUnion(grown)
    return merged.buffer(-distance, 16)


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / union) if union else 1.0


@dataclass
class Continuums:
    grid: Grid
    labels: np.ndarray  # continuum label per cell, 0 outside
    count: int
    dropped: int  # continuums under the minimum area
    features: list[QgsFeature]  # FIELDS, in EPSG:2154


def continuums(
    layer: QgsMapLayer,
    *,
    is_raster: bool,
    max_friction: float,
    resolution: float,
    distance: float,
    min_area_ha: float,
    subnetwork: str,
    context: Any,
    feedback: QgsProcessingFeedback,
) -> Continuums:
    """Habitat grown then shrunk by half ``distance``, as labelled continuums and features."""
    half = distance / 2
    geometries: list[QgsGeometry] = []
    if is_raster:
        data, grid, _ = read_friction(layer.source(), layer_label(layer))
        mask = habitat_mask(data, max_friction)
    else:
        mask, grid, geometries = _polygon_mask(layer, resolution, context, feedback)
    feedback.setProgress(15)
    closed = closing(
        mask,
        half,
        cell_size=(grid.res_x, grid.res_y),
        progress=lambda f: feedback.setProgress(15 + 50 * f),
        is_canceled=feedback.isCanceled,
    )
    patches = label_patches(
        closed, cell_area_m2=grid.cell_area, min_area_m2=min_area_ha * 10_000, connectivity=8
    )
    feedback.setProgress(70)
    polygons = polygonize(patches.labels, grid, feedback.isCanceled)
    check_cancelled(feedback)
    _self_check(geometries, half, grid, closed, feedback)
    check_cancelled(feedback)
    to93 = None
    if layer.crs() != L93 and is_raster:
        to93 = QgsCoordinateTransform(layer.crs(), L93, context.transformContext())
        feedback.pushInfo(
            tr(_REPROJECTED).format(layer=layer_label(layer), crs=layer.crs().authid())
        )
    features = []
    for label in sorted(polygons):
        geom = as_multipolygon(polygons[label])
        if to93 is not None:
            geom.transform(to93)
        feature = QgsFeature()
        feature.setGeometry(geom)
        area_ha = round(float(patches.areas_m2[label - 1]) / 10_000, 4)
        feature.setAttributes([stable_id(subnetwork, geom), subnetwork, area_ha])
        features.append(feature)
    return Continuums(grid, patches.labels, patches.count, patches.dropped, features)


def _polygon_mask(
    layer: QgsMapLayer, resolution: float, context: Any, feedback: QgsProcessingFeedback
) -> tuple[np.ndarray, Grid, list[QgsGeometry]]:
    repair = GeometryRepair()
    transform = to_l93(layer.crs(), context)
    geometries = [geom for _, geom in features_in(layer, transform, feedback, repair)]
    repair.report(feedback, layer_label(layer))
    if not geometries:
        raise AulaError(_NO_GEOMETRY, layer=layer_label(layer))
    extent = geometries[0].boundingBox()
    for geom in geometries[1:]:
        extent.combineExtentWith(geom.boundingBox())
    grid = Grid.around(extent, resolution)
    grid.check_size(layer_label(layer))
    mask = rasterize(grid, [(g, 1) for g in geometries], fill=0) > 0
    return mask, grid, geometries


def _self_check(
    geometries: list[QgsGeometry], half: float, grid: Grid, closed: np.ndarray, feedback: Any
) -> None:
    """IoU of the raster closing with the vector buffer-out-then-in, for small inputs."""
    if not geometries or half <= 0:
        return
    if len(geometries) > SELF_CHECK_MAX_FEATURES or grid.rows * grid.cols > SELF_CHECK_MAX_CELLS:
        return
    vector = vector_closing(geometries, half)
    check_cancelled(feedback)
    reference = rasterize(grid, [(vector, 1)], fill=0) > 0
    feedback.pushInfo(tr(_SELF_CHECK).format(iou=f"{iou(closed, reference):.4f}"))
