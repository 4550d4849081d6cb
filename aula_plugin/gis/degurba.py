"""QGIS glue of aula:degurbagrid: the input grids, the L1 raster, the commune overlay and rows.

The classification itself is core.degurba; here the population, built-up and land grids are read
(through gis.raster) and checked to share one grid, the L1 grid is written, and the communes are
laid over the grid cells (area-weighted) with their population by class and DEGURBA class.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.compat import zip_strict
from ..core.degurba import check_cells, commune_shares, unit_class
from ..core.names import own_name_field
from .feedback import check_cancelled
from .fields import make_field
from .geometry import GeometryRepair
from .raster import Grid, as_band, read_raw, write_geotiff
from .values import optional_text

#: population of the communes by grid class (0 water … 3 urban centre)
CLASS_FIELDS = ("pop_water", "pop_rural", "pop_cluster", "pop_centre")
#: the commune's name, appended after the other columns (NULL when the layer names none)
NAME_FIELD = "nom_com"


# fmt: off
_ALL_NODATA = QT_TRANSLATE_NOOP("Degurba", "{layer}: every cell is nodata")
_OFF_GRID = QT_TRANSLATE_NOOP("Degurba",
    "{layer} is not on the grid of {pop}: {cols} × {rows} cells from "
    "({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), "
    "cell {psize}")
_OTHER_CRS = QT_TRANSLATE_NOOP("Degurba", "{layer} and {pop} have different CRS")
# fmt: on


def _t(template: str) -> str:
    return QCoreApplication.translate("Degurba", template)


@dataclass
class InputGrid:
    """One input grid: band 1 (nodata as NaN), its geotransform, CRS (WKT and QGIS's)."""

    name: str
    data: np.ndarray
    transform: tuple[float, ...]
    wkt: str
    crs: QgsCoordinateReferenceSystem


def read_grid(layer: QgsRasterLayer) -> InputGrid:
    """Band 1 of a population, built-up or land raster; refused when the file is damaged, when a
    cell is negative or infinite (core.degurba.check_cells) or when every cell is nodata."""
    name = layer.name()
    raw = read_raw(layer.source(), name)
    check_cells(raw.data, raw.nodata, name)
    data, grid, nonfinite = as_band(raw)
    if nonfinite == data.size:
        raise QgsProcessingException(_t(_ALL_NODATA).format(layer=name))
    return InputGrid(name, data, grid.transform, grid.wkt, layer.crs())


def check_same_grid(pop: InputGrid, others: list[InputGrid]) -> None:
    """The other grids have the population grid's cells (to 1e-6 cell) and CRS."""
    for grid in others:
        same = grid.data.shape == pop.data.shape and np.allclose(
            grid.transform, pop.transform, rtol=0, atol=1e-6 * abs(pop.transform[1])
        )
        if not same:
            raise QgsProcessingException(
                _t(_OFF_GRID).format(
                    layer=grid.name,
                    pop=pop.name,
                    cols=grid.data.shape[1],
                    rows=grid.data.shape[0],
                    x=grid.transform[0],
                    y=grid.transform[3],
                    size=grid.transform[1],
                    pcols=pop.data.shape[1],
                    prows=pop.data.shape[0],
                    px=pop.transform[0],
                    py=pop.transform[3],
                    psize=pop.transform[1],
                )
            )
        if grid.wkt and pop.wkt:
            a, b = osr.SpatialReference(grid.wkt), osr.SpatialReference(pop.wkt)
            if not a.IsSame(b):
                raise QgsProcessingException(_t(_OTHER_CRS).format(layer=grid.name, pop=pop.name))


def write_l1(path: str, l1: np.ndarray, pop: InputGrid, rules: str) -> None:
    """The L1 grid as a Byte GeoTIFF on the population grid, with its rule set."""
    grid = Grid(pop.transform, pop.wkt, l1.shape)
    write_geotiff(
        path,
        l1.astype(np.uint8, copy=False),
        grid,
        None,
        {"DEGURBA_RULES": rules},
        description="DEGURBA L1",
    )


@dataclass
class CommuneShares:
    """The communes as read, and their population by class (one row per commune)."""

    features: list[QgsFeature]
    shares: np.ndarray


def commune_overlay(
    communes: QgsProcessingFeatureSource,
    pop: InputGrid,
    l1: np.ndarray,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
) -> CommuneShares:
    """Area-weighted overlay of the grid cells with each commune, then population shares."""
    to_grid = QgsCoordinateTransform(communes.sourceCrs(), pop.crs, context.transformContext())
    x0, dx, _, y0, _, dy = pop.transform
    rows, cols = l1.shape
    features, c_idx, cell_idx, weights = [], [], [], []
    total = max(communes.featureCount(), 1)
    repair = GeometryRepair()
    request = QgsFeatureRequest()
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks  # repaired below
    for n, feature in enumerate(communes.getFeatures(request, flags)):
        check_cancelled(feedback)
        features.append(feature)
        geom = repair(feature.geometry())
        if geom is None:
            continue
        geom = QgsGeometry(geom)
        geom.transform(to_grid)
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        box = geom.boundingBox()
        c0 = max(int(np.floor((box.xMinimum() - x0) / dx)), 0)
        c1 = min(int(np.ceil((box.xMaximum() - x0) / dx)), cols)
        r0 = max(int(np.floor((box.yMaximum() - y0) / dy)), 0)
        r1 = min(int(np.ceil((box.yMinimum() - y0) / dy)), rows)
        area = abs(dx * dy)
        for r in range(r0, r1):
            for c in range(c0, c1):
                cell = QgsGeometry.fromRect(
                    QgsRectangle(x0 + c * dx, y0 + (r + 1) * dy, x0 + (c + 1) * dx, y0 + r * dy)
                )
                if engine.contains(cell.constGet()):
                    w = 1.0
                elif engine.intersects(cell.constGet()):
                    w = geom.intersection(cell).area() / area
                else:
                    continue
                c_idx.append(len(features) - 1)
                cell_idx.append(r * cols + c)
                weights.append(w)
        feedback.setProgress(60 + 30 * (n + 1) / total)
    repair.report(feedback, communes.sourceName())
    shares = commune_shares(
        np.array(c_idx, dtype=np.int64),
        np.array(cell_idx, dtype=np.int64),
        np.array(weights),
        l1,
        pop.data,
        len(features),
    )
    return CommuneShares(features, shares)


def name_column(fields: QgsFields, id_field: str) -> tuple[bool, str | None]:
    """(whether the output gains the NAME_FIELD column, the communes' field it copies): not when
    the identifier already is the commune's name; NULL values when the layer names none."""
    name = own_name_field(fields.names(), id_field or None)
    if id_field and (id_field.lower() == NAME_FIELD or (name or "").lower() == id_field.lower()):
        return False, None
    return True, name


def commune_fields(fields: QgsFields, id_field: str, with_name: bool = False) -> QgsFields:
    """The identifier field (if any), population by class, total, share in centres, class, rule
    set, then the commune's name (``with_name``)."""
    out = QgsFields()
    if id_field:
        out.append(fields.field(id_field))
    for name in (*CLASS_FIELDS, "pop_total", "share_centre"):
        out.append(make_field(name, "double"))
    out.append(make_field("degurba", "int"))
    out.append(make_field("degurba_rules", "text"))
    if with_name:
        out.append(make_field(NAME_FIELD, "text"))
    return out


def commune_features(
    fields: QgsFields,
    overlay: CommuneShares,
    id_field: str,
    rules: str,
    name: tuple[bool, str | None] = (False, None),
) -> Iterator[QgsFeature]:
    """Each commune with its geometry, population by class and DEGURBA class, then its name when
    ``name`` (name_column's answer) says so."""
    with_name, name_field = name
    classes = unit_class(overlay.shares)
    for feature, row, cls in zip_strict(overlay.features, overlay.shares, classes):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        total = float(row.sum())
        values = [feature[id_field]] if id_field else []
        values += [float(v) for v in row] + [total]
        values += [float(row[3] / total) if total > 0 else None, int(cls), rules]
        if with_name:
            values.append(optional_text(feature[name_field]) if name_field else None)
        out.setAttributes(values)
        yield out
