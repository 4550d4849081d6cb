"""Raster glue shared by the TVB land-cover algorithms (frictionfromlandcover, reservoirs,
dilatationerosion): the EPSG:2154 grid, CRS checks, rasterising QGIS geometries with OGR/GDAL,
polygonising labels, stable ids and the all-or-nothing GeoTIFF writer.

Rasterisation choice: QGIS 3.22 has no native:rasterize, and gdal:rasterize would need a file per
call. Geometries are copied as WKB into an OGR memory layer and burned with gdal.RasterizeLayer on
a GDAL memory dataset: cell-centre rule by default, ALL_TOUCHED for lines narrower than a cell.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, gdal_array, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.errors import AulaError
from ...gis.tvb_raster import Grid as RasterGrid
from ...gis.tvb_raster import read_friction
from ...gis.tvb_raster import write_geotiff as shared_write_geotiff
from ...toolbelt.i18n import tr as tr_aula

# fmt: off
_TOO_BIG = QT_TRANSLATE_NOOP("TvbGrid",
    "{layer}: the grid would have {cells} cells ({cols} × {rows}), over the limit of {limit}: "
    "choose a coarser resolution or a smaller extent")
_NO_CRS = QT_TRANSLATE_NOOP("TvbGrid",
    "{layer} ({what}): the layer has no coordinate reference system")
_GEOGRAPHIC = QT_TRANSLATE_NOOP("TvbGrid",
    "{layer} ({what}) is in a geographic CRS ({crs}): distances and areas need metres; "
    "reproject it to Lambert-93 (EPSG:2154)")
# fmt: on

L93 = QgsCoordinateReferenceSystem("EPSG:2154")
MAX_CELLS = 250_000_000  # ~1 GB per float32 band: refuse early with the size (TVB.md §6.6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TvbGrid", text)


@dataclass
class Grid:
    """A north-up grid in EPSG:2154 (or the raster's own projected CRS)."""

    x0: float
    y0: float  # top
    res_x: float
    res_y: float  # positive
    cols: int
    rows: int
    wkt: str

    @property
    def transform(self) -> tuple[float, float, float, float, float, float]:
        return (self.x0, self.res_x, 0.0, self.y0, 0.0, -self.res_y)

    @property
    def shape(self) -> tuple[int, int]:
        return (self.rows, self.cols)

    @property
    def cell_area(self) -> float:
        return self.res_x * self.res_y

    def extent(self) -> QgsRectangle:
        return QgsRectangle(
            self.x0, self.y0 - self.rows * self.res_y, self.x0 + self.cols * self.res_x, self.y0
        )

    @classmethod
    def around(cls, extent: QgsRectangle, res: float) -> Grid:
        """The grid of cell size ``res`` aligned on multiples of ``res`` that covers ``extent``."""
        x0 = math.floor(extent.xMinimum() / res) * res
        y0 = math.ceil(extent.yMaximum() / res) * res
        cols = max(int(math.ceil((extent.xMaximum() - x0) / res - 1e-9)), 1)
        rows = max(int(math.ceil((y0 - extent.yMinimum()) / res - 1e-9)), 1)
        return cls(
            x0, y0, res, res, cols, rows, L93.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        )

    def check_size(self, name: str) -> None:
        if self.rows * self.cols > MAX_CELLS:
            raise QgsProcessingException(
                _tr(_TOO_BIG).format(
                    layer=name,
                    cells=self.rows * self.cols,
                    cols=self.cols,
                    rows=self.rows,
                    limit=MAX_CELLS,
                )
            )

    def mem(self, dtype: int, fill: float) -> gdal.Dataset:
        ds = gdal.GetDriverByName("MEM").Create("", self.cols, self.rows, 1, dtype)
        ds.SetGeoTransform(self.transform)
        ds.SetProjection(self.wkt)
        band = ds.GetRasterBand(1)
        band.Fill(fill)
        return ds


def sublayer_name(layer: QgsMapLayer) -> str:
    """The table name inside a GeoPackage or other multi-layer source ('' if none)."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:
        return ""
    return str(parts.get("layerName") or "")


def layer_label(layer: QgsMapLayer) -> str:
    """The name users see, with the table name when it differs (``aula_territoire (tvb_routes)``
    for a GeoPackage layer given by path)."""
    name, table = layer.name(), sublayer_name(layer)
    return f"{name} ({table})" if table and table != name else name


def check_crs(layer: QgsMapLayer, what: str) -> None:
    """Refuse a missing or geographic CRS, naming the layer."""
    crs = layer.crs()
    if not crs.isValid():
        raise QgsProcessingException(_tr(_NO_CRS).format(layer=layer_label(layer), what=what))
    if crs.isGeographic():
        raise QgsProcessingException(
            _tr(_GEOGRAPHIC).format(layer=layer_label(layer), what=what, crs=crs.authid())
        )


def to_l93(crs: QgsCoordinateReferenceSystem, context) -> QgsCoordinateTransform | None:
    if crs == L93:
        return None
    return QgsCoordinateTransform(crs, L93, context.transformContext())


def ogr_layer(
    geometries: list[tuple[QgsGeometry, int]], wkt: str
) -> tuple[ogr.DataSource, ogr.Layer]:
    """An OGR memory layer of (geometry, integer value) pairs (value in field ``v``)."""
    ds = ogr.GetDriverByName("Memory").CreateDataSource("tvb")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    layer = ds.CreateLayer("g", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for geom, value in geometries:
        if geom is None or geom.isEmpty():
            continue
        feature = ogr.Feature(defn)
        feature.SetField("v", int(value))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geom.asWkb())))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    return ds, layer


def rasterize(
    grid: Grid,
    geometries: list[tuple[QgsGeometry, int]],
    *,
    fill: int = -1,
    all_touched: bool = False,
) -> np.ndarray:
    """Int32 raster of the ``v`` values (cell-centre rule, or every touched cell)."""
    out = grid.mem(gdal.GDT_Int32, fill)
    if geometries:
        src, layer = ogr_layer(geometries, grid.wkt)
        options = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
        gdal.RasterizeLayer(out, [1], layer, options=options)
        del layer, src  # the layer belongs to the data source: release both
    return out.GetRasterBand(1).ReadAsArray()


def polygonize(
    labels: np.ndarray, transform: tuple[float, ...], wkt: str, is_canceled=None
) -> dict[int, QgsGeometry]:
    """One (multi)polygon per positive label: gdal.Polygonize, parts collected per label."""
    rows, cols = labels.shape
    src = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    src.SetGeoTransform(transform)
    src.SetProjection(wkt)
    band = src.GetRasterBand(1)
    band.WriteArray(labels.astype(np.int32))
    mask_ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mask_ds.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
    ds = ogr.GetDriverByName("Memory").CreateDataSource("poly")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    layer = ds.CreateLayer("p", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, mask_ds.GetRasterBand(1), layer, 0, [])
    parts: dict[int, list[QgsGeometry]] = {}
    for feature in layer:
        if is_canceled is not None and is_canceled():
            break
        geom = QgsGeometry()
        geom.fromWkb(feature.GetGeometryRef().ExportToWkb())
        parts.setdefault(feature.GetField("v"), []).append(geom)
    out = {}
    for value, geoms in parts.items():
        geoms.sort(key=lambda g: bytes(g.asWkb()))
        collected = QgsGeometry.collectGeometry(geoms)
        collected.convertToMultiType()
        out[value] = collected
    return out


def stable_id(prefix: str, geometry: QgsGeometry) -> str:
    """'<prefix>-' + 12 hex of the sha1 of the normalised geometry snapped to the centimetre."""
    geom = geometry.snappedToGrid(0.01, 0.01)
    geom.normalize()
    return f"{prefix}-{hashlib.sha1(bytes(geom.asWkb())).hexdigest()[:12]}"


def as_multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """Polygonal parts only, valid, as a MultiPolygon."""
    geom = QgsGeometry(geometry)
    if not geom.isGeosValid():
        geom = geom.makeValid()
    if geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        polys = [
            p
            for p in geom.asGeometryCollection()
            if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry
        ]
        geom = QgsGeometry.collectGeometry(polys) if polys else QgsGeometry()
    geom.convertToMultiType()
    return geom


def write_geotiff(
    path: str,
    grid: Grid,
    data: np.ndarray,
    *,
    dtype: int,
    nodata: float | None,
    metadata: dict[str, str] | None = None,
    description: str = "",
) -> None:
    """Write ``data`` as GDAL type ``dtype`` atomically (the shared writer of gis.tvb_raster)."""
    array = data.astype(gdal_array.GDALTypeCodeToNumericTypeCode(dtype), copy=False)
    shape_grid = RasterGrid(transform=grid.transform, wkt=grid.wkt, shape=(grid.rows, grid.cols))
    try:
        shared_write_geotiff(path, array, shape_grid, nodata, metadata, description=description)
    except AulaError as exc:
        raise QgsProcessingException(exc.message(tr_aula)) from None


def read_band(
    path: str, name: str, dtype: type = np.float64
) -> tuple[np.ndarray, tuple[float, ...], str]:
    """Band 1 as ``dtype`` with nodata (and ±inf) as NaN, its geotransform and WKT."""
    try:
        data, grid = read_friction(path, dtype=dtype, name=name)
    except AulaError as exc:
        raise QgsProcessingException(exc.message(tr_aula)) from None
    return data, grid.transform, grid.wkt
