"""aula:frictionfromlandcover: friction raster of one TVB sub-network from land cover."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import (
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

from ...core import layer_roles as roles
from ...core.textfiles import READ_AS
from ...core.tvb import friction as fr
from ...core.tvb.parameters import check_resolution
from ...core.tvb.subnetworks import SUBNETWORKS
from ...gis.fields import field_name
from ...gis.raster import L93, check_crs, checked_grid, layer_label
from ...gis.tvb_friction import (
    FrictionInputs,
    Light,
    friction_grid,
    friction_raster,
    layer_class,
    write_friction,
)
from ...toolbelt.i18n import tr as tr_aula
from ...toolbelt.paths import RESOURCES_DIR
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters

TVB_RESOURCES = RESOURCES_DIR / "tvb"
BUILTIN_TABLES = ("friction_ocsge.csv", "friction_clc.csv")
INFRA_TABLE = TVB_RESOURCES / "infrastructures.csv"


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
    OUTPUT_STYLES = {"OUTPUT": "tvb_result_friction.qml"}
    LAYER_ROLES = {LANDCOVER: roles.LAND_COVER, INFRASTRUCTURES: roles.TRANSPORT}
    FIELD_DEFAULTS = {CODE_FIELD: "code_cs", USAGE_FIELD: "code_us"}

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
        self.addParameter(
            TvbParameters.subnetwork(self.tr("The column of the friction table to use."))
        )
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
        if choice < len(BUILTIN_TABLES):
            return fr.parse_table(TVB_RESOURCES / BUILTIN_TABLES[choice])
        path = self.parameterAsFile(parameters, self.TABLE_FILE, context)
        if not path:
            raise QgsProcessingException(self.tr("Friction table: choose a CSV file (TABLE_FILE)"))
        return fr.parse_table(path)  # AulaError naming the file when unreadable or not text

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> FrictionInputs:
        layer = self.parameterAsLayer(parameters, self.LANDCOVER, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.tr("Land cover: the layer is missing or invalid"))
        check_crs(layer, self.tr("land cover"))
        is_raster = isinstance(layer, QgsRasterLayer)
        if is_raster:
            checked_grid(layer.source(), layer_label(layer))  # truncated files refused here
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
        fr.require_subnetwork(table, subnetwork)
        resolution = check_resolution(
            self.parameterAsDouble(parameters, self.RESOLUTION, context),
            self.tr("Resolution (RESOLUTION)"),
        )
        inputs = FrictionInputs(
            layer, is_raster, code_field, usage_field, table, subnetwork, resolution
        )
        if self.parameterAsEnum(parameters, self.TABLE, context) >= len(BUILTIN_TABLES):
            inputs.read_as.append((table.name, table.encoding))
        friction_grid(layer, self._extent(parameters, context), resolution, context, None)

        infra = self.parameterAsLayerList(parameters, self.INFRASTRUCTURES, context) or []
        if infra:
            inputs.infra_field = self.parameterAsString(parameters, self.INFRA_CLASS_FIELD, context)
            infra_path = self.parameterAsFile(parameters, self.INFRA_TABLE_FILE, context)
            inputs.infra_classes, encoding = fr.read_infrastructures(infra_path or INFRA_TABLE)
            if infra_path:
                inputs.read_as.append((Path(infra_path).name, encoding))
            for line_layer in infra:
                if not isinstance(line_layer, QgsVectorLayer):
                    continue
                check_crs(line_layer, self.tr("linear infrastructure"))
                layer_class(line_layer, inputs.infra_field, inputs.infra_classes)
                inputs.infra_layers.append(line_layer)
        light = self.parameterAsLayer(parameters, self.LIGHT, context)
        if light is not None:
            check_crs(light, self.tr("light"))
            if isinstance(light, QgsRasterLayer):
                checked_grid(light.source(), layer_label(light))
            if isinstance(light, QgsVectorLayer) and (
                light.geometryType() != QgsWkbTypes.GeometryType.PointGeometry
            ):
                raise QgsProcessingException(
                    self.tr("{layer}: light must be a raster or lamp points").format(
                        layer=layer_label(light)
                    )
                )
            power = self.parameterAsString(parameters, self.LIGHT_POWER_FIELD, context)
            if isinstance(light, QgsVectorLayer) and power:  # weights: a numeric field
                power = field_name(light.fields(), layer_label(light), power, numeric=True)
            inputs.light = Light(
                light,
                mode=fr.LIGHT_MODES[self.parameterAsEnum(parameters, self.LIGHT_MODE, context)],
                reference=self.parameterAsDouble(parameters, self.LIGHT_REFERENCE, context),
                power_field=power,
                radius=self.parameterAsDouble(parameters, self.LIGHT_RADIUS, context),
                factor=self.parameterAsDouble(parameters, self.LIGHT_FACTOR, context),
                floor=self.parameterAsDouble(parameters, self.LIGHT_FLOOR, context),
                threshold=self.parameterAsDouble(parameters, self.LIGHT_THRESHOLD, context),
            )
        return inputs

    def _extent(self, parameters, context):
        if parameters.get(self.EXTENT) in (None, ""):
            return None
        return self.parameterAsExtent(parameters, self.EXTENT, context, L93)

    # -- Run -------------------------------------------------------------------------------------
    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        for name, encoding in inputs.read_as:
            feedback.pushInfo(tr_aula(READ_AS).format(file=name, encoding=encoding))
        extent = self._extent(parameters, context)
        grid = friction_grid(inputs.layer, extent, inputs.resolution, context, feedback)
        feedback.pushInfo(
            self.tr("Grid: {cols} × {rows} cells of {res} m").format(
                cols=grid.cols, rows=grid.rows, res=grid.res_x
            )
        )
        result = friction_raster(inputs, grid, context, feedback)
        self.check_cancelled(feedback)

        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_friction(out_path, result.friction, grid, inputs, result.light_note)
        impassable = int(np.isnan(result.friction).sum())
        feedback.pushInfo(
            self.tr(
                "Friction of {subnetwork} from {table}: {cells} cells, {nan} impassable, "
                "{burned} burned by infrastructure"
            ).format(
                subnetwork=inputs.subnetwork,
                table=inputs.table.label(),
                cells=result.friction.size,
                nan=impassable,
                burned=result.burned,
            )
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT: out_path,
            "IMPASSABLE_CELLS": impassable,
            "BURNED_CELLS": result.burned,
        }
