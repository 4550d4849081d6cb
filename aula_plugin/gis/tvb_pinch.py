"""QGIS glue of aula:pinchpoints: the links of aula:leastcostcorridors on the reservoir labels, the
pinch-point polygons and the per-link table; the current sampled at points (aula:conflictpoints).

The corridors, currents and pinch regions themselves are core.tvb.pinch.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.tvb.pinch import LinkCircuit, PinchLink, Region
from .raster import Grid, polygonize
from .tvb_corridors import short
from .tvb_graph import all_features, check_link_fields
from .values import number, optional_text

#: current mosaic and all-to-one rasters: nodata off the corridors and on the reservoirs
CURRENT_NODATA = -9999.0
#: the pinch-point polygons, in order
PINCH_FIELDS = (
    ("id", "int"),
    ("rank", "int"),
    ("current_max", "double"),
    ("current_mean", "double"),
    ("area_ha", "double"),
    ("link_ids", "text"),
)
#: the per-link table
LINK_TABLE_FIELDS = (
    ("link_id", "text"),
    ("from_id", "text"),
    ("to_id", "text"),
    ("cost", "double"),
    ("resistance", "double"),
    ("cost_to_resistance", "double"),
    ("corridor_ha", "double"),
    ("connected", "int"),
)

# fmt: off
_MISSING = QT_TRANSLATE_NOOP("TvbPinch",
    "{layer}: {n} links name reservoirs missing from {reservoirs} (or without a cell on the "
    "friction grid): {ids}")
_NO_LINKS = QT_TRANSLATE_NOOP("TvbPinch", "{layer}: no link with a from_id and a to_id")
_UNITS = QT_TRANSLATE_NOOP("TvbPinch",
    "{layer}: links in different cost units ({units}); run aula:leastcostcorridors again")
_DISCONNECTED = QT_TRANSLATE_NOOP("TvbPinch",
    "{n} links have no current (their reservoirs do not meet within the corridor width): {ids}")
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("TvbPinch", template)


def read_links(
    source: QgsProcessingFeatureSource,
    layer: str,
    labels_of: dict[str, int],
    reservoirs: str,
) -> tuple[list[PinchLink], str]:
    """The links (id: the ``id`` field, else the feature number) and their cost units ("m" or
    "cells", from the ``units`` field; "m" without it); refuses links naming absent reservoirs."""
    check_link_fields(source, layer, cost=False)
    fields = source.fields()
    has_id = fields.lookupField("id") >= 0
    has_cost = fields.lookupField("cost") >= 0
    has_units = fields.lookupField("units") >= 0
    links: list[PinchLink] = []
    missing: list[str] = []
    units: set[str] = set()
    for feature in all_features(source):
        a, b = optional_text(feature["from_id"]), optional_text(feature["to_id"])
        if a is None or b is None:
            continue
        key = optional_text(feature["id"]) if has_id else None
        key = key or str(feature.id())
        if a not in labels_of or b not in labels_of:
            missing.append(f"{key} ({a} – {b})")
            continue
        cost = number(feature["cost"]) if has_cost else None
        links.append(
            PinchLink(
                key,
                labels_of[a],
                labels_of[b],
                cost if cost is not None and math.isfinite(cost) else math.nan,
            )
        )
        if has_units:
            units.add(optional_text(feature["units"]) or "m")
    if missing:
        raise QgsProcessingException(
            _t(_MISSING).format(
                layer=layer, n=len(missing), reservoirs=reservoirs, ids=short(missing)
            )
        )
    if not links:
        raise QgsProcessingException(_t(_NO_LINKS).format(layer=layer))
    if len(units) > 1:
        raise QgsProcessingException(_t(_UNITS).format(layer=layer, units=", ".join(sorted(units))))
    return links, (units.pop() if units else "m")


def report_disconnected(links: list[LinkCircuit], feedback: Any) -> None:
    lost = [link.key for link in links if link.resistance is None]
    if lost:
        feedback.pushWarning(_t(_DISCONNECTED).format(n=len(lost), ids=short(lost)))


def pinch_features(
    fields: QgsFields,
    regions: list[Region],
    region_labels: np.ndarray,
    grid: Grid,
    link_keys: list[str],
) -> Iterator[QgsFeature]:
    """One polygon per pinch point, in rank order."""
    shapes = polygonize(region_labels, grid)
    cell_ha = grid.cell_area / 10_000.0
    for region in regions:
        feature = QgsFeature(fields)
        feature.setGeometry(shapes[region.label])
        keys = sorted({link_keys[k] for k in region.links}, key=_natural)
        feature.setAttributes(
            [
                region.rank,
                region.rank,
                region.current_max,
                region.current_mean,
                region.cells * cell_ha,
                ", ".join(keys),
            ]
        )
        yield feature


def _natural(key: str) -> tuple[int, Any]:
    return (0, int(key)) if key.isdigit() else (1, key)


def link_rows(
    links: list[LinkCircuit], ids: list[str], cell_size: tuple[float, float], units: str
) -> list[list[Any]]:
    """[link_id, from_id, to_id, cost, resistance, cost_to_resistance, corridor_ha, connected].

    ``cost_to_resistance`` is Linkage Mapper's CWD-to-resistance ratio: the least cost over the
    effective resistance times the cell size (in cost units per metre, as the least cost)."""
    rows = []
    ew, ns = cell_size
    scale = ew if units == "m" else 1.0
    for link in links:
        ok = link.resistance is not None
        lcd = link.lcd if math.isfinite(link.lcd) else None
        ratio = None
        if ok and lcd is not None and link.resistance > 0:
            ratio = lcd / (link.resistance * scale)
        rows.append(
            [
                link.key,
                ids[link.a - 1],
                ids[link.b - 1],
                lcd,
                link.resistance if ok else None,
                ratio,
                link.cells * ew * ns / 10_000.0,
                int(ok),
            ]
        )
    return rows


def sample_raster(
    values: np.ndarray,
    grid: Grid,
    points: list[QgsPointXY],
    crs: QgsCoordinateReferenceSystem,
    transform_context: Any,
) -> list[float | None]:
    """The value of the cell under each point (None off the grid or on nodata/NaN)."""
    transform = None
    if crs.isValid() and grid.crs().isValid() and crs != grid.crs():
        transform = QgsCoordinateTransform(crs, grid.crs(), transform_context)
    xs, ys = [], []
    for point in points:
        p = transform.transform(point) if transform is not None else point
        xs.append(p.x())
        ys.append(p.y())
    if not xs:
        return []
    rows, cols = grid.cell_of(np.array(xs), np.array(ys))
    out: list[float | None] = []
    for r, c in zip(rows.tolist(), cols.tolist()):
        if 0 <= r < grid.rows and 0 <= c < grid.cols and np.isfinite(values[r, c]):
            out.append(float(values[r, c]))
        else:
            out.append(None)
    return out
