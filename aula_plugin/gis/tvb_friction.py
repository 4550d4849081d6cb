"""QGIS glue of aula:frictionfromlandcover: the grid, land-cover codes as an index raster (from
polygons or a raster of codes), the infrastructure burning, the light (trame noire) and the
GeoTIFF with its provenance metadata. The rules themselves are in core/tvb/friction.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ..core.compat import zip_strict
from ..core.errors import QT_TRANSLATE_NOOP, AulaError
from ..core.numbers import check_memory
from ..core.tvb import friction as fr
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .geometry import GeometryRepair, features_in
from .raster import L93, UNREADABLE, Grid, damaged, layer_label, rasterize, to_l93, write_geotiff
from .values import number

# layer-name hints for line layers without a class field
NAME_HINTS = (
    ("ferr", "voie_ferree"),
    ("rail", "voie_ferree"),
    ("sncf", "voie_ferree"),
    ("cours_eau", "cours_eau"),
    ("coursdeau", "cours_eau"),
    ("hydro", "cours_eau"),
    ("riviere", "cours_eau"),
    ("river", "cours_eau"),
    ("watercourse", "cours_eau"),
    ("autoroute", "autoroute"),
    ("motorway", "autoroute"),
)

#: peak memory per cell: the code index and its GDAL copy (8 B), the friction (4 B), the
#: infrastructure ranks and their GDAL copy (8 B), the light (raw, intensity, night: 16 B), the
#: written copy (4 B)
BYTES_PER_CELL = 40

# fmt: off
_NO_WEIGHT = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} lamps with an empty, zero, negative or non-finite {field} are ignored")
_NO_CLASS = QT_TRANSLATE_NOOP("aula",
    "{layer}: no class field {field} and no class in the layer name; classes: {known}")
_EMPTY_EXTENT = QT_TRANSLATE_NOOP("aula", "{layer}: the extent is empty")
_REPROJECTED = QT_TRANSLATE_NOOP("aula",
    "{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)")
_NO_POLYGON = QT_TRANSLATE_NOOP("aula", "{layer}: no land-cover polygon in the extent")
_NOT_WHOLE = QT_TRANSLATE_NOOP("aula", "{layer}: land-cover codes must be whole numbers")
_ALL_NODATA = QT_TRANSLATE_NOOP("aula", "{layer}: every cell of the land cover is nodata")
_CLASS_BURNED = QT_TRANSLATE_NOOP("aula",
    "{cls}: {count} lines, width {width} m, friction {value}")
_LIT = QT_TRANSLATE_NOOP("aula", "Light: {lit} lit cells ({mode})")
# fmt: on


@dataclass
class Light:
    """The light layer (radiance raster or lamp points) and how it raises friction."""

    layer: QgsMapLayer
    mode: str
    reference: float
    power_field: str = ""
    radius: float = 100.0
    factor: float = 10.0
    floor: float = 1000.0
    threshold: float = 0.5


@dataclass
class FrictionInputs:
    """The validated parameters of one friction raster."""

    layer: QgsMapLayer
    is_raster: bool
    code_field: str
    usage_field: str
    table: fr.FrictionTable
    subnetwork: str
    resolution: float
    infra_layers: list[QgsVectorLayer] = field(default_factory=list)
    infra_field: str = ""
    infra_classes: dict[str, fr.InfraClass] = field(default_factory=dict)
    light: Light | None = None
    read_as: list[tuple[str, str]] = field(default_factory=list)  # (CSV file, encoding) to log


class Friction(NamedTuple):
    friction: np.ndarray  # float32, NaN = impassable
    burned: int  # cells burned by infrastructure
    light_note: str  # the TVB_LIGHT metadata ("" without light)


def layer_class(
    layer: QgsVectorLayer, class_field: str, classes: dict[str, fr.InfraClass]
) -> fr.InfraClass | None:
    """The class of every feature when the layer has no class field (from its name)."""
    if class_field and layer.fields().lookupField(class_field) >= 0:
        return None
    name = fr.normalise_class(layer_label(layer))
    if name in classes:
        return classes[name]
    for hint, cls in NAME_HINTS:
        if hint in name and cls in classes:
            return classes[cls]
    raise AulaError(
        _NO_CLASS,
        layer=layer_label(layer),
        field=class_field or "-",
        known=", ".join(sorted(classes)),
    )


def friction_grid(
    layer: QgsMapLayer,
    extent: QgsRectangle | None,
    resolution: float,
    context: Any,
    feedback: QgsProcessingFeedback | None,
) -> Grid:
    """The Lambert-93 grid over ``extent`` (in EPSG:2154), by default the land cover's extent;
    refused when it has too many cells or would need more memory than there is."""
    if extent is None:
        extent = layer.extent()
        transform = to_l93(layer.crs(), context)
        if transform is not None:
            extent = transform.transformBoundingBox(extent)
    if extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        raise AulaError(_EMPTY_EXTENT, layer=layer_label(layer))
    grid = Grid.around(extent, resolution)
    check_memory(grid.rows * grid.cols * BYTES_PER_CELL, layer_label(layer))  # the figure first
    grid.check_size(layer_label(layer))
    if layer.crs() != L93 and feedback is not None:
        feedback.pushInfo(
            tr(_REPROJECTED).format(layer=layer_label(layer), crs=layer.crs().authid())
        )
    return grid


def friction_raster(
    inputs: FrictionInputs, grid: Grid, context: Any, feedback: QgsProcessingFeedback
) -> Friction:
    """Land-cover friction on ``grid``, burned by infrastructure, raised by light.

    Missing land-cover codes are reported with translated lines and localised areas.
    """
    try:
        if inputs.is_raster:
            index, keys = landcover_raster_index(inputs.layer, inputs.table, grid, feedback)
        else:
            index, keys = landcover_polygon_index(inputs, grid, context, feedback)
        values = fr.friction_lookup(inputs.table, keys, inputs.subnetwork)
    except AulaError as exc:
        raise fr.localised_missing(exc, tr, _hectares) from exc
    friction = fr.apply_lookup(index, values)
    del index
    feedback.setProgress(55)
    burned = burn_infrastructure(inputs, grid, friction, context, feedback)
    feedback.setProgress(75)
    light_note = ""
    if inputs.light is not None:
        friction, light_note = apply_light(inputs.light, grid, friction, context, feedback)
    feedback.setProgress(90)
    return Friction(friction, burned, light_note)


def _hectares(ha: float) -> str:
    return QLocale().toString(ha, "f", 2)


# -- land cover -----------------------------------------------------------------------------------


def landcover_polygon_index(
    inputs: FrictionInputs, grid: Grid, context: Any, feedback: QgsProcessingFeedback
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """Index raster of the land-cover keys (code or code/usage pair) burned from the polygons,
    and the keys by index; every key is checked against the friction table first."""
    layer: QgsVectorLayer = inputs.layer
    transform = to_l93(layer.crs(), context)
    attrs = [layer.fields().lookupField(inputs.code_field)]
    if inputs.usage_field:
        attrs.append(layer.fields().lookupField(inputs.usage_field))
    request = QgsFeatureRequest().setSubsetOfAttributes(attrs)
    if transform is None:
        request.setFilterRect(grid.extent())
    keys: dict[tuple[str, ...], int] = {}
    areas: dict[tuple[str, ...], float] = {}
    geometries: list[tuple[QgsGeometry, int]] = []
    total = max(layer.featureCount(), 1)
    repair = GeometryRepair()
    for n, (feature, geom) in enumerate(features_in(layer, transform, feedback, repair, request)):
        key = (fr.normalise_code(feature[inputs.code_field]),)
        if inputs.usage_field:
            key = (*key, fr.normalise_code(feature[inputs.usage_field]))
        idx = keys.setdefault(key, len(keys))
        areas[key] = areas.get(key, 0.0) + geom.area()
        geometries.append((geom, idx))
        if n % 500 == 0:
            feedback.setProgress(30 * (n + 1) / total)
    repair.report(feedback, layer_label(layer))
    if not geometries:
        raise AulaError(_NO_POLYGON, layer=layer_label(layer))
    fr.check_codes(inputs.table, areas, layer=layer_label(layer))
    feedback.setProgress(35)
    index = rasterize(grid, geometries)
    return index, sorted(keys, key=keys.get)


def landcover_raster_index(
    layer: QgsRasterLayer, table: fr.FrictionTable, grid: Grid, feedback: QgsProcessingFeedback
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """Index raster of the codes of a land-cover raster on ``grid``, and the keys by index.

    The band is read by hand rather than with raster.read_band: codes keep their integer type
    (1 byte per cell for OCS GE rasters) and gdal.Warp takes any orientation and CRS. The codes
    are checked against the friction table, then an index raster on the source grid is resampled
    onto ``grid`` (mode when coarser, nearest otherwise).
    """
    src = gdal.Open(layer.source())
    if src is None:
        raise AulaError(UNREADABLE, layer=layer_label(layer))
    band = src.GetRasterBand(1)
    data = _read(band, layer)
    nodata = band.GetNoDataValue()
    valid = fr.code_cells(data, nodata)
    if np.issubdtype(data.dtype, np.floating) and np.any(data[valid] != np.round(data[valid])):
        raise AulaError(_NOT_WHOLE, layer=layer_label(layer))
    if not valid.any():
        raise AulaError(_ALL_NODATA, layer=layer_label(layer))
    codes, counts = np.unique(data[valid], return_counts=True)
    gt = src.GetGeoTransform()
    pixel_area = abs(gt[1] * gt[5])
    keys = [(fr.normalise_code(float(c)),) for c in codes]
    fr.check_codes(
        table, {k: n * pixel_area for k, n in zip_strict(keys, counts)}, layer=layer_label(layer)
    )
    del data, valid
    check_cancelled(feedback)
    feedback.setProgress(20)
    # read again rather than keep both the codes and the index in memory
    index_src = np.full((src.RasterYSize, src.RasterXSize), -1, dtype=np.int32)
    data = _read(band, layer)
    ok = fr.code_cells(data, nodata)
    index_src[ok] = np.searchsorted(codes, data[ok]).astype(np.int32)
    del data, ok
    mem = gdal.GetDriverByName("MEM").Create(
        "", src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Int32
    )
    mem.SetGeoTransform(gt)
    mem.SetProjection(src.GetProjection())
    mem.GetRasterBand(1).WriteArray(index_src)
    mem.GetRasterBand(1).SetNoDataValue(-1)
    del index_src
    coarser = grid.res_x > abs(gt[1]) * 1.5
    warped = _warp(
        mem,
        grid,
        layer,
        resampleAlg="mode" if coarser else "near",
        srcNodata=-1,
        dstNodata=-1,
        outputType=gdal.GDT_Int32,
    )
    feedback.setProgress(45)
    return warped, keys


def _read(band: Any, layer: QgsMapLayer) -> np.ndarray:
    """The cells of a band; AulaError naming the file when GDAL cannot read them (truncated)."""
    gdal.ErrorReset()
    data = band.ReadAsArray()
    if data is None:
        raise damaged(layer.source(), layer_label(layer), gdal.GetLastErrorMsg() or "GDAL")
    return data


def _warp(src: gdal.Dataset, grid: Grid, layer: QgsMapLayer, **options: Any) -> np.ndarray:
    """Band 1 of ``src`` resampled onto ``grid`` in memory (AulaError naming the layer's file
    when its cells cannot be read)."""
    gdal.ErrorReset()
    warped = _warp_ds(src, grid, **options)
    if warped is None or gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise damaged(layer.source(), layer_label(layer), gdal.GetLastErrorMsg() or "GDAL")
    return warped.GetRasterBand(1).ReadAsArray()


def _warp_ds(src: gdal.Dataset, grid: Grid, **options: Any) -> gdal.Dataset:
    """``src`` resampled onto ``grid`` in memory."""
    return gdal.Warp(
        "",
        src,
        format="MEM",
        outputBounds=grid.bounds,
        width=grid.cols,
        height=grid.rows,
        dstSRS=grid.wkt,
        **options,
    )


# -- infrastructure -------------------------------------------------------------------------------


def burn_infrastructure(
    inputs: FrictionInputs,
    grid: Grid,
    friction: np.ndarray,
    context: Any,
    feedback: QgsProcessingFeedback,
) -> int:
    """Burn the infrastructure lines into ``friction`` (in place); the number of cells burned."""
    if not inputs.infra_layers:
        return 0
    by_class: dict[str, list[QgsGeometry]] = {}
    total = sum(max(lyr.featureCount(), 0) for lyr in inputs.infra_layers) or 1
    done = 0
    for layer in inputs.infra_layers:
        fixed = layer_class(layer, inputs.infra_field, inputs.infra_classes)
        transform = to_l93(layer.crs(), context)
        label = layer_label(layer)
        repair = GeometryRepair()
        for feature, geom in features_in(layer, transform, feedback, repair):
            done += 1
            cls = fixed or fr.resolve_class(
                inputs.infra_classes, feature[inputs.infra_field], table=label
            )
            by_class.setdefault(cls.name, []).append(geom)
            if done % 500 == 0:
                feedback.setProgress(55 + 15 * done / total)
        repair.report(feedback, label)
    # one rank per class (two passes: buffered polygons with the cell-centre rule, narrow lines
    # on every touched cell)
    classes = fr.ranked_classes(inputs.infra_classes, by_class, inputs.subnetwork)
    values = np.array([c.friction[inputs.subnetwork] for c in classes], dtype=np.float64)
    wide, narrow = [], []
    for rank, cls in enumerate(classes, start=1):
        check_cancelled(feedback)
        for geom in by_class[cls.name]:
            if cls.width_m >= grid.res_x:
                wide.append((geom.buffer(cls.width_m / 2, 8), rank))
            else:
                narrow.append((geom, rank))
        feedback.pushInfo(
            tr(_CLASS_BURNED).format(
                cls=cls.name,
                count=len(by_class[cls.name]),
                width=cls.width_m,
                value=cls.friction[inputs.subnetwork],
            )
        )
    ranks = np.zeros(grid.shape, dtype=np.int32)
    if wide:
        ranks = np.maximum(ranks, rasterize(grid, wide, fill=0))
    if narrow:
        ranks = np.maximum(ranks, rasterize(grid, narrow, fill=0, all_touched=True))
    return fr.burn_ranked(friction, ranks, values)


# -- light (trame noire) --------------------------------------------------------------------------


def apply_light(
    light: Light,
    grid: Grid,
    friction: np.ndarray,
    context: Any,
    feedback: QgsProcessingFeedback,
) -> tuple[np.ndarray, str]:
    """Night friction and the TVB_LIGHT metadata note."""
    layer = light.layer
    if isinstance(layer, QgsRasterLayer):
        raw = read_light_raster(layer, grid)
        note = f"radiance {layer_label(layer)}, reference {light.reference:g}, {light.mode}"
    else:
        raw, lamps = lamp_points_light(light, grid, context, feedback)
        note = (
            f"lamps {layer_label(layer)} ({lamps}), radius {light.radius:g} m, "
            f"reference {light.reference:g}, {light.mode}"
        )
    intensity = fr.light_intensity(raw, light.reference)
    night = fr.night_friction(
        friction,
        intensity,
        mode=light.mode,
        factor=light.factor,
        floor=light.floor,
        threshold=light.threshold,
    )
    feedback.pushInfo(tr(_LIT).format(lit=int((intensity > 0).sum()), mode=light.mode))
    return night, note


def read_light_raster(layer: QgsRasterLayer, grid: Grid) -> np.ndarray:
    """The radiance averaged onto ``grid`` (float64, NaN where there is no data)."""
    src = gdal.Open(layer.source())
    if src is None:
        raise AulaError(UNREADABLE, layer=layer_label(layer))
    return _warp(
        src,
        grid,
        layer,
        resampleAlg="average",
        outputType=gdal.GDT_Float64,
        dstNodata=float("nan"),
    )


def lamp_points_light(
    light: Light, grid: Grid, context: Any, feedback: QgsProcessingFeedback
) -> tuple[np.ndarray, int]:
    """The lamps' light on ``grid`` (weights × linear decay) and the number of lamps."""
    layer = light.layer
    transform = to_l93(layer.crs(), context)
    xs, ys, weights = [], [], []
    ignored = 0
    repair = GeometryRepair()
    for feature, geom in features_in(layer, transform, feedback, repair):
        weight = fr.lamp_weight(number(feature[light.power_field])) if light.power_field else 1.0
        ignored += weight == 0
        for point in geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]:
            xs.append(point.x())
            ys.append(point.y())
            weights.append(weight)
    label = layer_label(layer)
    repair.report(feedback, label)
    if ignored:
        feedback.pushWarning(
            tr(_NO_WEIGHT).format(layer=label, count=ignored, field=light.power_field)
        )
    rows, cols = grid.cell_of(np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64))
    raw = fr.lamp_light(
        rows,
        cols,
        np.array(weights, dtype=np.float64),
        grid.shape,
        radius_m=light.radius,
        cell_size=grid.res_x,
        is_canceled=feedback.isCanceled,
    )
    return raw, len(weights)


# -- output ---------------------------------------------------------------------------------------


def write_friction(
    path: str, friction: np.ndarray, grid: Grid, inputs: FrictionInputs, light_note: str
) -> None:
    """The Float32 GeoTIFF (NaN = impassable) with the table, sub-network and inputs used."""
    metadata = {
        "TVB_TABLE": inputs.table.name,
        "TVB_TABLE_VERSION": inputs.table.version,
        "TVB_TABLE_SOURCE": inputs.table.source,
        "TVB_SUBNETWORK": inputs.subnetwork,
        "TVB_RESOLUTION": f"{grid.res_x:g}",
        "TVB_LANDCOVER": layer_label(inputs.layer),
        "TVB_INFRASTRUCTURES": ", ".join(layer_label(lyr) for lyr in inputs.infra_layers),
        "TVB_LIGHT": light_note,
        "TVB_UNITS": "friction per metre",
    }
    write_geotiff(
        path,
        friction.astype(np.float32, copy=False),
        grid,
        float("nan"),
        metadata,
        description=f"friction {inputs.subnetwork}",
    )
