"""QGIS glue of aula:leastcostcorridors: reservoir labels on the friction grid, links, report.

The least-cost paths themselves are core.tvb.corridors; here the reservoirs are burned as labels
(label k = k-th identifier in sorted order), and the links become lines or table rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.tvb.corridors import Link, LinkResult, collinear_vertices, path_length
from .feedback import check_cancelled
from .geometry import GeometryRepair
from .raster import Grid, rasterize_sources
from .tvb_graph import all_features, refuse_bad_ids
from .values import optional_text

#: the fields of the patch graph table; the corridor lines have an "id" (int) first
LINK_FIELDS = (
    ("from_id", "text"),
    ("to_id", "text"),
    ("cost", "double"),
    ("length_m", "double"),
    ("sous_trame", "text"),
    ("units", "text"),
)
LINE_FIELDS = (("id", "int"), *LINK_FIELDS)


# fmt: off
_REPROJECTED = QT_TRANSLATE_NOOP("TvbCorridors",
    "{layer}: reservoirs reprojected to the CRS of {raster}")
_INNER_POINT = QT_TRANSLATE_NOOP("TvbCorridors",
    "{layer}: {n} polygons too thin to cover a cell centre use the cell of "
    "their inner point")
_NONE_INSIDE = QT_TRANSLATE_NOOP("TvbCorridors",
    "{layer}: no reservoir lies inside the raster {raster}")
_OUTSIDE = QT_TRANSLATE_NOOP("TvbCorridors",
    "{layer}: {n} reservoirs outside the raster {raster}: {ids}")
_UNREACHED = QT_TRANSLATE_NOOP("TvbCorridors",
    "{n} reservoirs lie only on impassable cells (friction nodata) and get "
    "no link: {ids}")
_TIES = QT_TRANSLATE_NOOP("TvbCorridors",
    "{n} paths end in another reservoir at exactly the same cost (a tie); "
    "their cost is right")
_ISOLATED = QT_TRANSLATE_NOOP("TvbCorridors", "{n} reservoirs without any link: {ids}")
_SUMMARY = QT_TRANSLATE_NOOP("TvbCorridors",
    "{links} links ({topology}) in {seconds:.1f} s, of which {cost:.1f} s in "
    "{runs} cost runs ({passes} passes)")
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("TvbCorridors", template)


def short(keys: list[str], limit: int = 20) -> str:
    """At most ``limit`` identifiers, then how many more."""
    text = ", ".join(keys[:limit])
    return text + (" (+{})".format(len(keys) - limit) if len(keys) > limit else "")


def reservoir_labels(
    source: QgsProcessingFeatureSource,
    layer: str,
    id_field: str,
    grid: Grid,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> tuple[list[str], np.ndarray]:
    """Reservoir ids sorted, and their label grid (label k = k-th id), as costdistance burns
    sources: the reservoirs are copied in id order so that the labels (and the lowest label
    winning where polygons overlap) do not depend on the order of the input features."""
    rows: dict[str, QgsGeometry] = {}
    empty_id = 0
    repair = GeometryRepair()
    duplicates: set[str] = set()
    for feature in all_features(source):
        check_cancelled(feedback)
        key = optional_text(feature[id_field])
        if key is None:
            empty_id += 1
        elif key in rows:
            duplicates.add(key)
        else:
            # counted when missing or dropped; kept (empty) so that the labels follow the ids
            geometry = repair(QgsGeometry(feature.geometry()))
            rows[key] = QgsGeometry() if geometry is None else geometry
    refuse_bad_ids(layer, id_field, empty_id, duplicates)
    repair.report(feedback, layer)
    ids = sorted(rows)
    crs: QgsCoordinateReferenceSystem = source.sourceCrs()
    copy = QgsVectorLayer(
        "MultiPolygon?crs={}".format(crs.authid() or "EPSG:2154"), "reservoirs", "memory"
    )
    if crs.isValid():
        copy.setCrs(crs)
    features = []
    for key in ids:
        feature = QgsFeature()
        geometry = QgsGeometry(rows[key])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    labels, report = rasterize_sources(
        copy, grid, feedback, transform_context=context.transformContext()
    )
    # label k belongs to the k-th feature with a geometry, in fid (= sorted id) order
    with_geometry = [key for key in ids if not rows[key].isNull() and not rows[key].isEmpty()]
    if report.reprojected:
        feedback.pushInfo(_t(_REPROJECTED).format(layer=layer, raster=grid.name))
    if report.inner_point:
        feedback.pushInfo(_t(_INNER_POINT).format(layer=layer, n=report.inner_point))
    if report.labels == 0:
        raise QgsProcessingException(_t(_NONE_INSIDE).format(layer=layer, raster=grid.name))
    present = set(np.unique(labels[labels > 0]).tolist())
    outside = [key for k, key in enumerate(with_geometry, start=1) if k not in present]
    if outside:
        feedback.pushWarning(
            _t(_OUTSIDE).format(layer=layer, n=len(outside), raster=grid.name, ids=short(outside))
        )
    return with_geometry, labels


def report_links(
    result: LinkResult,
    ids: list[str],
    topology: str,
    seconds: float,
    feedback: QgsProcessingFeedback,
) -> None:
    """Unreached, tied and isolated reservoirs, then the counts and times of the cost runs."""
    unreached = [ids[label - 1] for label in result.unreached]
    if unreached:
        feedback.pushWarning(_t(_UNREACHED).format(n=len(unreached), ids=short(unreached)))
    inexact = sum(1 for link in result.links if not link.exact)
    if inexact:
        feedback.pushWarning(_t(_TIES).format(n=inexact))
    linked = {link.a for link in result.links} | {link.b for link in result.links}
    isolated = [ids[k] for k in range(len(ids)) if k + 1 not in linked]
    if isolated:
        feedback.pushInfo(_t(_ISOLATED).format(n=len(isolated), ids=short(isolated)))
    feedback.pushInfo(
        _t(_SUMMARY).format(
            links=len(result.links),
            topology=topology,
            seconds=seconds,
            cost=result.cost_seconds,
            runs=result.runs,
            passes=result.iterations,
        )
    )


def link_features(
    fields: QgsFields,
    links: list[Link],
    ids: list[str],
    grid: Grid,
    subnetwork: str,
    units: str,
    lines: bool,
) -> Iterator[QgsFeature]:
    """The links as lines through their cell centres (with an id), or as table rows."""
    x0, dx, _, y0, _, dy = grid.transform
    for k, link in enumerate(links, start=1):
        values: list[Any] = [
            ids[link.a - 1],
            ids[link.b - 1],
            float(link.cost),
            path_length(link.cells, grid.cell_size),
            subnetwork,
            units,
        ]
        feature = QgsFeature(fields)
        if lines:
            vertices = collinear_vertices(link.cells)
            points = [
                QgsPointXY(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy) for r, c in vertices.tolist()
            ]
            feature.setGeometry(QgsGeometry.fromPolylineXY(points))
            values.insert(0, k)
        feature.setAttributes(values)
        yield feature
