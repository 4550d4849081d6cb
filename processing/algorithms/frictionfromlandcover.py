"""aula:frictionfromlandcover: friction raster of one TVB sub-network from land cover."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale

from ...core.compat import zip_strict
from ...core.errors import AulaError, Cancelled
from ...core.tvb import friction as fr
from ...core.tvb.subnetworks import LABELS, SUBNETWORKS
from ...gis.raster import L93, Grid, check_crs, layer_label, rasterize, to_l93, write_geotiff
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm

TVB_RESOURCES = RESOURCES_DIR / "tvb"
BUILTIN_TABLES = ("friction_ocsge.csv", "friction_clc.csv")
INFRA_TABLE = TVB_RESOURCES / "infrastructures.csv"

# layer-name hints for line layers without a class field
_NAME_HINTS = (
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


def _weight(value: Any) -> float:
    """A lamp weight from an attribute; NULL or text → 0 (the lamp is ignored)."""
    try:
        weight = float(value)
    except (TypeError, ValueError):
        return 0.0
    return weight if math.isfinite(weight) and weight > 0 else 0.0


def subnetwork_options() -> list[str]:
    return [tr_aula(LABELS[s]) for s in SUBNETWORKS]


@dataclass
class _Inputs:
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
    light: QgsMapLayer | None = None


class FrictionFromLandcover(AulaAlgorithm):
    LANDCOVER = "LANDCOVER"
    CODE_FIELD = "CODE_FIELD"
    USAGE_FIELD = "USAGE_FIELD"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"
    SUBNETWORK = "SUBNETWORK"
    RESOLUTION = "RESOLUTION"
    EXTENT = "EXTENT"
    INFRASTRUCTURES = "INFRASTRUCTURES"
    INFRA_CLASS_FIELD = "INFRA_CLASS_FIELD"
    INFRA_TABLE_FILE = "INFRA_TABLE_FILE"
    LIGHT = "LIGHT"
    LIGHT_POWER_FIELD = "LIGHT_POWER_FIELD"
    LIGHT_MODE = "LIGHT_MODE"
    LIGHT_REFERENCE = "LIGHT_REFERENCE"
    LIGHT_RADIUS = "LIGHT_RADIUS"
    LIGHT_FACTOR = "LIGHT_FACTOR"
    LIGHT_FLOOR = "LIGHT_FLOOR"
    LIGHT_THRESHOLD = "LIGHT_THRESHOLD"
    OUTPUT = "OUTPUT"

    group_key = "tvb"

    def name(self) -> str:
        return "frictionfromlandcover"

    def displayName(self) -> str:
        return self.tr("Friction from land cover")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,trame verte et bleue,friction,resistance,cost,land cover,ocs ge,corine,"
            "trame noire,light pollution"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        landcover = QgsProcessingParameterMapLayer(
            self.LANDCOVER,
            self.tr("Land cover"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPolygon],
        )
        landcover.setHelp(self.tr("Raster of integer codes, or polygons with a code field."))
        self.addParameter(landcover)
        code = QgsProcessingParameterField(
            self.CODE_FIELD,
            self.tr("Land-cover code field (polygons)"),
            parentLayerParameterName=self.LANDCOVER,
            optional=True,
        )
        code.setHelp(self.tr("code_cs for OCS GE, CODE_18 for CORINE Land Cover."))
        self.addParameter(code)
        usage = QgsProcessingParameterField(
            self.USAGE_FIELD,
            self.tr("Usage field (OCS GE, optional)"),
            parentLayerParameterName=self.LANDCOVER,
            optional=True,
        )
        usage.setHelp(self.tr("code_us: with the code field, the OCS GE (cover, usage) pair."))
        self.addParameter(usage)
        table = QgsProcessingParameterEnum(
            self.TABLE,
            self.tr("Friction table"),
            options=[
                self.tr("Built-in OCS GE table"),
                self.tr("Built-in CORINE Land Cover table"),
                self.tr("CSV file"),
            ],
            defaultValue=0,
        )
        table.setHelp(self.tr("Sources and versions in resources/tvb/README.md."))
        self.addParameter(table)
        table_file = QgsProcessingParameterFile(
            self.TABLE_FILE, self.tr("Friction table file (CSV)"), extension="csv", optional=True
        )
        table_file.setHelp(self.tr("Used when the friction table is a CSV file."))
        self.addParameter(table_file)
        subnetwork = QgsProcessingParameterEnum(
            self.SUBNETWORK, self.tr("Sub-network"), options=subnetwork_options(), defaultValue=0
        )
        subnetwork.setHelp(self.tr("The column of the friction table to use."))
        self.addParameter(subnetwork)
        resolution = QgsProcessingParameterNumber(
            self.RESOLUTION,
            self.tr("Resolution (m)"),
            QgsProcessingParameterNumber.Type.Double,
            25.0,
            minValue=0.01,
        )
        resolution.setHelp(self.tr("Cell size in metres: 25 to 50 m for an intercommunal study."))
        self.addParameter(resolution)
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True)
        extent.setHelp(self.tr("By default the land cover's extent."))
        self.addParameter(extent)

        infra = QgsProcessingParameterMultipleLayers(
            self.INFRASTRUCTURES,
            self.tr("Linear infrastructure (optional)"),
            QgsProcessing.SourceType.TypeVectorLine,
            optional=True,
        )
        infra.setHelp(
            self.tr("Roads, railways, watercourses: burned with the friction of their class.")
        )
        self.addParameter(infra)
        infra_field = QgsProcessingParameterString(
            self.INFRA_CLASS_FIELD,
            self.tr("Infrastructure class field"),
            defaultValue="classe",
            optional=True,
        )
        infra_field.setHelp(
            self.tr(
                "Field holding the class; a layer without it takes its class from its name "
                "(railway, watercourse, motorway)."
            )
        )
        self.addParameter(infra_field)
        infra_table = QgsProcessingParameterFile(
            self.INFRA_TABLE_FILE,
            self.tr("Infrastructure table (CSV, optional)"),
            extension="csv",
            optional=True,
        )
        infra_table.setHelp(self.tr("Class, width (m) and friction per sub-network."))
        infra_table.setFlags(infra_table.flags() | infra_table.Flag.FlagAdvanced)
        self.addParameter(infra_table)

        light = QgsProcessingParameterMapLayer(
            self.LIGHT,
            self.tr("Light (optional, trame noire)"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        )
        light.setHelp(self.tr("Radiance raster (light increases with the value) or lamp points."))
        self.addParameter(light)
        power = QgsProcessingParameterString(
            self.LIGHT_POWER_FIELD, self.tr("Lamp weight field"), optional=True
        )
        power.setHelp(self.tr("For example puissance_w; each lamp weighs 1 without it."))
        self.addParameter(power)
        mode = QgsProcessingParameterEnum(
            self.LIGHT_MODE,
            self.tr("Effect of light on friction"),
            options=[
                self.tr("Multiply"),
                self.tr("Raise to a floor"),
                self.tr("Barrier above a threshold"),
            ],
            defaultValue=0,
        )
        mode.setHelp(self.tr("f × (1 + (k − 1) s), max(f, g × s), or impassable where s ≥ t."))
        self.addParameter(mode)
        for key, label, default, help_text in (
            (
                self.LIGHT_REFERENCE,
                self.tr("Light at full effect"),
                1.0,
                self.tr("Radiance, or sum of lamp weights × decay, giving s = 1."),
            ),
            (
                self.LIGHT_RADIUS,
                self.tr("Lamp influence radius (m)"),
                100.0,
                self.tr("Lamp light decreases linearly to zero at this distance."),
            ),
            (
                self.LIGHT_FACTOR,
                self.tr("Multiplier at full light (k)"),
                10.0,
                self.tr("Multiply mode: friction × k where s = 1."),
            ),
            (
                self.LIGHT_FLOOR,
                self.tr("Friction floor at full light (g)"),
                1000.0,
                self.tr("Floor mode: friction at least g × s."),
            ),
            (
                self.LIGHT_THRESHOLD,
                self.tr("Barrier threshold (t)"),
                0.5,
                self.tr("Barrier mode: cells with s ≥ t become impassable."),
            ),
        ):
            param = QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Type.Double, default, minValue=0.0
            )
            param.setHelp(help_text)
            param.setFlags(param.flags() | param.Flag.FlagAdvanced)
            self.addParameter(param)

        output = QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Friction"), defaultValue=None
        )
        output.setHelp(self.tr("Float32 GeoTIFF, NaN = impassable, Lambert-93."))
        self.addParameter(output)

    # -- Validation ------------------------------------------------------------------------------

    def _table(self, parameters, context) -> fr.FrictionTable:
        choice = self.parameterAsEnum(parameters, self.TABLE, context)
        try:
            if choice < len(BUILTIN_TABLES):
                return fr.parse_table(TVB_RESOURCES / BUILTIN_TABLES[choice])
            path = self.parameterAsFile(parameters, self.TABLE_FILE, context)
            if not path:
                raise QgsProcessingException(
                    self.tr("Friction table: choose a CSV file (TABLE_FILE)")
                )
            return fr.parse_table(path)
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("Friction table: cannot read {path}: {error}").format(
                    path=exc.filename, error=exc.strerror
                )
            ) from exc
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer = self.parameterAsLayer(parameters, self.LANDCOVER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.tr("Land cover: the layer is missing or invalid"))
        check_crs(layer, self.tr("land cover"))
        is_raster = isinstance(layer, QgsRasterLayer)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        usage_field = self.parameterAsString(parameters, self.USAGE_FIELD, context)
        if not is_raster:
            if not isinstance(layer, QgsVectorLayer) or (
                layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                raise QgsProcessingException(
                    self.tr("{layer}: the land cover must be a raster or polygons").format(
                        layer=layer_label(layer)
                    )
                )
            if layer.featureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the land-cover layer has no feature").format(
                        layer=layer_label(layer)
                    )
                )
            if not code_field:
                raise QgsProcessingException(
                    self.tr("{layer}: choose the land-cover code field (CODE_FIELD)").format(
                        layer=layer_label(layer)
                    )
                )
            for name in (code_field, usage_field):
                if name and layer.fields().lookupField(name) < 0:
                    raise QgsProcessingException(
                        self.tr("{layer}: no field {field}").format(
                            layer=layer_label(layer), field=name
                        )
                    )
        table = self._table(parameters, context)
        subnetwork = SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)]
        try:
            fr.require_subnetwork(table, subnetwork)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        if not resolution > 0:
            raise QgsProcessingException(self.tr("The resolution must be positive"))
        inputs = _Inputs(layer, is_raster, code_field, usage_field, table, subnetwork, resolution)

        infra = self.parameterAsLayerList(parameters, self.INFRASTRUCTURES, context) or []
        if infra:
            inputs.infra_field = self.parameterAsString(parameters, self.INFRA_CLASS_FIELD, context)
            infra_path = self.parameterAsFile(parameters, self.INFRA_TABLE_FILE, context)
            try:
                inputs.infra_classes = fr.parse_infrastructures(infra_path or INFRA_TABLE)
            except AulaError as exc:
                raise QgsProcessingException(exc.message(tr_aula)) from exc
            for line_layer in infra:
                if not isinstance(line_layer, QgsVectorLayer):
                    continue
                check_crs(line_layer, self.tr("linear infrastructure"))
                self._layer_class(line_layer, inputs)
                inputs.infra_layers.append(line_layer)
        light = self.parameterAsLayer(parameters, self.LIGHT, context)
        if light is not None:
            check_crs(light, self.tr("light"))
            if isinstance(light, QgsVectorLayer) and (
                light.geometryType() != QgsWkbTypes.GeometryType.PointGeometry
            ):
                raise QgsProcessingException(
                    self.tr("{layer}: light must be a raster or lamp points").format(
                        layer=layer_label(light)
                    )
                )
            power = self.parameterAsString(parameters, self.LIGHT_POWER_FIELD, context)
            if (
                isinstance(light, QgsVectorLayer)
                and power
                and light.fields().lookupField(power) < 0
            ):
                raise QgsProcessingException(
                    self.tr("{layer}: no field {field}").format(
                        layer=layer_label(light), field=power
                    )
                )
            inputs.light = light
        return inputs

    def _layer_class(self, layer: QgsVectorLayer, inputs: _Inputs) -> fr.InfraClass | None:
        """The class of every feature when the layer has no class field (from its name)."""
        if inputs.infra_field and layer.fields().lookupField(inputs.infra_field) >= 0:
            return None
        name = fr.normalise_class(layer_label(layer))
        if name in inputs.infra_classes:
            return inputs.infra_classes[name]
        for hint, cls in _NAME_HINTS:
            if hint in name and cls in inputs.infra_classes:
                return inputs.infra_classes[cls]
        raise QgsProcessingException(
            self.tr(
                "{layer}: no class field {field} and no class in the layer name; classes: {known}"
            ).format(
                layer=layer_label(layer),
                field=inputs.infra_field or "-",
                known=", ".join(sorted(inputs.infra_classes)),
            )
        )

    # -- Run -------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        try:
            grid = self._grid(parameters, context, inputs, feedback)
            feedback.pushInfo(
                self.tr("Grid: {cols} × {rows} cells of {res} m").format(
                    cols=grid.cols, rows=grid.rows, res=grid.res_x
                )
            )
            if inputs.is_raster:
                index, keys = self._raster_codes(inputs, grid, feedback)
            else:
                index, keys = self._vector_codes(inputs, grid, context, feedback)
            values = fr.friction_lookup(inputs.table, keys, inputs.subnetwork)
            friction = fr.apply_lookup(index, values)
            del index
            feedback.setProgress(55)
            burned = self._burn_infrastructure(inputs, grid, friction, context, feedback)
            feedback.setProgress(75)
            light_note = ""
            if inputs.light is not None:
                friction, light_note = self._apply_light(
                    parameters, inputs, grid, friction, context, feedback
                )
            feedback.setProgress(90)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(
                fr.missing_message(exc, tr_aula, lambda ha: QLocale().toString(ha, "f", 2))
            ) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
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
            out_path,
            friction.astype(np.float32, copy=False),
            grid,
            float("nan"),
            metadata,
            description=f"friction {inputs.subnetwork}",
        )
        impassable = int(np.isnan(friction).sum())
        feedback.pushInfo(
            self.tr(
                "Friction of {subnetwork} from {table}: {cells} cells, {nan} impassable, "
                "{burned} burned by infrastructure"
            ).format(
                subnetwork=inputs.subnetwork,
                table=inputs.table.label(),
                cells=friction.size,
                nan=impassable,
                burned=burned,
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: out_path, "IMPASSABLE_CELLS": impassable, "BURNED_CELLS": burned}

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _grid(self, parameters, context, inputs: _Inputs, feedback) -> Grid:
        if parameters.get(self.EXTENT) not in (None, ""):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, L93)
        else:
            extent = inputs.layer.extent()
            transform = to_l93(inputs.layer.crs(), context)
            if transform is not None:
                extent = transform.transformBoundingBox(extent)
        if extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
            raise QgsProcessingException(
                self.tr("{layer}: the extent is empty").format(layer=layer_label(inputs.layer))
            )
        grid = Grid.around(extent, inputs.resolution)
        grid.check_size(layer_label(inputs.layer))
        if inputs.layer.crs() != L93:
            feedback.pushInfo(
                self.tr("{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)").format(
                    layer=layer_label(inputs.layer), crs=inputs.layer.crs().authid()
                )
            )
        return grid

    def _vector_codes(self, inputs: _Inputs, grid: Grid, context, feedback):
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
        for n, feature in enumerate(layer.getFeatures(request)):
            if feedback.isCanceled():
                raise Cancelled()
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            geom = QgsGeometry(geom)
            if transform is not None:
                geom.transform(transform)
            key = (fr.normalise_code(feature[inputs.code_field]),)
            if inputs.usage_field:
                key = (*key, fr.normalise_code(feature[inputs.usage_field]))
            idx = keys.setdefault(key, len(keys))
            areas[key] = areas.get(key, 0.0) + geom.area()
            geometries.append((geom, idx))
            if n % 500 == 0:
                feedback.setProgress(30 * (n + 1) / total)
        if not geometries:
            raise QgsProcessingException(
                self.tr("{layer}: no land-cover polygon in the extent").format(
                    layer=layer_label(layer)
                )
            )
        fr.check_codes(inputs.table, areas, layer=layer_label(layer))
        feedback.setProgress(35)
        index = rasterize(grid, geometries)
        ordered = sorted(keys, key=keys.get)
        return index, ordered

    def _raster_codes(self, inputs: _Inputs, grid: Grid, feedback):
        layer: QgsRasterLayer = inputs.layer
        src = gdal.Open(layer.source())
        if src is None:
            raise QgsProcessingException(
                self.tr("{layer}: GDAL cannot read this raster").format(layer=layer_label(layer))
            )
        band = src.GetRasterBand(1)
        data = band.ReadAsArray()
        nodata = band.GetNoDataValue()
        valid = np.ones(data.shape, dtype=bool) if nodata is None else data != nodata
        if np.issubdtype(data.dtype, np.floating):
            valid &= np.isfinite(data)
            if np.any(data[valid] != np.round(data[valid])):
                raise QgsProcessingException(
                    self.tr("{layer}: land-cover codes must be whole numbers").format(
                        layer=layer_label(layer)
                    )
                )
        if not valid.any():
            raise QgsProcessingException(
                self.tr("{layer}: every cell of the land cover is nodata").format(
                    layer=layer_label(layer)
                )
            )
        codes, counts = np.unique(data[valid], return_counts=True)
        gt = src.GetGeoTransform()
        pixel_area = abs(gt[1] * gt[5])
        keys = [(fr.normalise_code(float(c)),) for c in codes]
        fr.check_codes(
            inputs.table,
            {k: n * pixel_area for k, n in zip_strict(keys, counts)},
            layer=layer_label(layer),
        )
        del data, valid
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(20)
        # codes → index raster on the source grid, then resampled onto the target grid
        index_src = np.full((src.RasterYSize, src.RasterXSize), -1, dtype=np.int32)
        data = band.ReadAsArray()
        ok = np.ones(data.shape, dtype=bool) if nodata is None else data != nodata
        if np.issubdtype(data.dtype, np.floating):
            ok &= np.isfinite(data)
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
        warped = gdal.Warp(
            "",
            mem,
            format="MEM",
            outputBounds=(
                grid.x0,
                grid.y0 - grid.rows * grid.res_y,
                grid.x0 + grid.cols * grid.res_x,
                grid.y0,
            ),
            width=grid.cols,
            height=grid.rows,
            dstSRS=grid.wkt,
            resampleAlg="mode" if coarser else "near",
            srcNodata=-1,
            dstNodata=-1,
            outputType=gdal.GDT_Int32,
        )
        feedback.setProgress(45)
        return warped.GetRasterBand(1).ReadAsArray(), keys

    def _burn_infrastructure(self, inputs: _Inputs, grid: Grid, friction, context, feedback) -> int:
        if not inputs.infra_layers:
            return 0
        by_class: dict[str, list[QgsGeometry]] = {}
        total = sum(max(lyr.featureCount(), 0) for lyr in inputs.infra_layers) or 1
        done = 0
        for layer in inputs.infra_layers:
            fixed = self._layer_class(layer, inputs)
            transform = to_l93(layer.crs(), context)
            label = layer_label(layer)
            for feature in layer.getFeatures():
                if feedback.isCanceled():
                    raise Cancelled()
                done += 1
                geom = feature.geometry()
                if geom is None or geom.isEmpty():
                    continue
                cls = fixed or fr.resolve_class(
                    inputs.infra_classes, feature[inputs.infra_field], table=label
                )
                geom = QgsGeometry(geom)
                if transform is not None:
                    geom.transform(transform)
                by_class.setdefault(cls.name, []).append(geom)
                if done % 500 == 0:
                    feedback.setProgress(55 + 15 * done / total)
        # one rank per class, by increasing friction (impassable last): features are burned in
        # that order, so each cell keeps the highest class crossing it (two passes: buffered
        # polygons with the cell-centre rule, narrow lines on every touched cell)
        classes = [
            inputs.infra_classes[name]
            for name in by_class
            if inputs.infra_classes[name].friction[inputs.subnetwork] is not None
        ]
        classes.sort(key=lambda c: fr.rank_key(c.friction[inputs.subnetwork]))
        values = np.array([c.friction[inputs.subnetwork] for c in classes], dtype=np.float64)
        wide, narrow = [], []
        for rank, cls in enumerate(classes, start=1):
            if feedback.isCanceled():
                raise Cancelled()
            for geom in by_class[cls.name]:
                if cls.width_m >= grid.res_x:
                    wide.append((geom.buffer(cls.width_m / 2, 8), rank))
                else:
                    narrow.append((geom, rank))
            feedback.pushInfo(
                self.tr("{cls}: {count} lines, width {width} m, friction {value}").format(
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

    def _apply_light(self, parameters, inputs: _Inputs, grid: Grid, friction, context, feedback):
        light = inputs.light
        reference = self.parameterAsDouble(parameters, self.LIGHT_REFERENCE, context)
        mode = fr.LIGHT_MODES[self.parameterAsEnum(parameters, self.LIGHT_MODE, context)]
        if isinstance(light, QgsRasterLayer):
            src = gdal.Open(light.source())
            if src is None:
                raise QgsProcessingException(
                    self.tr("{layer}: GDAL cannot read this raster").format(
                        layer=layer_label(light)
                    )
                )
            warped = gdal.Warp(
                "",
                src,
                format="MEM",
                outputBounds=(
                    grid.x0,
                    grid.y0 - grid.rows * grid.res_y,
                    grid.x0 + grid.cols * grid.res_x,
                    grid.y0,
                ),
                width=grid.cols,
                height=grid.rows,
                dstSRS=grid.wkt,
                resampleAlg="average",
                outputType=gdal.GDT_Float64,
                dstNodata=float("nan"),
            )
            raw = warped.GetRasterBand(1).ReadAsArray()
            note = f"radiance {layer_label(light)}, reference {reference:g}, {mode}"
        else:
            power = self.parameterAsString(parameters, self.LIGHT_POWER_FIELD, context)
            radius = self.parameterAsDouble(parameters, self.LIGHT_RADIUS, context)
            transform = to_l93(light.crs(), context)
            rows, cols, weights = [], [], []
            for feature in light.getFeatures():
                if feedback.isCanceled():
                    raise Cancelled()
                geom = feature.geometry()
                if geom is None or geom.isEmpty():
                    continue
                geom = QgsGeometry(geom)
                if transform is not None:
                    geom.transform(transform)
                for point in geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]:
                    cols.append(math.floor((point.x() - grid.x0) / grid.res_x))
                    rows.append(math.floor((grid.y0 - point.y()) / grid.res_y))
                    weights.append(_weight(feature[power]) if power else 1.0)
            raw = fr.lamp_light(
                np.array(rows, dtype=np.int64),
                np.array(cols, dtype=np.int64),
                np.array(weights, dtype=np.float64),
                grid.shape,
                radius_m=radius,
                cell_size=grid.res_x,
                is_canceled=feedback.isCanceled,
            )
            note = (
                f"lamps {layer_label(light)} ({len(weights)}), radius {radius:g} m, "
                f"reference {reference:g}, {mode}"
            )
        intensity = fr.light_intensity(raw, reference)
        night = fr.night_friction(
            friction,
            intensity,
            mode=mode,
            factor=self.parameterAsDouble(parameters, self.LIGHT_FACTOR, context),
            floor=self.parameterAsDouble(parameters, self.LIGHT_FLOOR, context),
            threshold=self.parameterAsDouble(parameters, self.LIGHT_THRESHOLD, context),
        )
        feedback.pushInfo(
            self.tr("Light: {lit} lit cells ({mode})").format(
                lit=int((intensity > 0).sum()), mode=mode
            )
        )
        return night, note
