"""aula:dilatationerosion: continuums of a sub-network by dilatation-érosion (raster closing)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.numbers import check_memory
from ...core.tvb.parameters import check_closing_distance, check_resolution, closing_bytes
from ...core.tvb.subnetworks import SUBNETWORKS
from ...gis.raster import L93, Grid, check_crs, checked_grid, layer_label, to_l93, write_geotiff
from ...gis.tvb_continuums import FIELDS, continuums
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters


@dataclass
class _Inputs:
    layer: QgsMapLayer
    is_raster: bool
    max_friction: float
    subnetwork: str
    distance: float
    resolution: float
    min_area_ha: float


class DilatationErosion(AulaAlgorithm):
    INPUT = "INPUT"
    HABITAT_MAX_FRICTION = "HABITAT_MAX_FRICTION"
    SUBNETWORK = "SUBNETWORK"
    DISTANCE = "DISTANCE"
    RESOLUTION = "RESOLUTION"
    MIN_AREA_HA = "MIN_AREA_HA"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    group_key = "tvb"
    OUTPUT_STYLES = {
        "OUTPUT": "tvb_result_continuums.qml",
        "OUTPUT_RASTER": "tvb_result_continuum_raster.qml",
    }
    LAYER_ROLES = {INPUT: roles.FRICTION}

    def name(self) -> str:
        return "dilatationerosion"

    def displayName(self) -> str:
        return self.tr("Dilatation-erosion (continuums)")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,trame verte et bleue,continuum,dilatation,erosion,closing,corridor"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterMapLayer(
            self.INPUT,
            self.tr("Habitat (friction raster or polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPolygon],
        )
        source.setHelp(self.tr("A friction raster of the sub-network, or habitat polygons."))
        self.addParameter(source)
        max_friction = QgsProcessingParameterNumber(
            self.HABITAT_MAX_FRICTION,
            self.tr("Habitat: friction at most"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            minValue=0.0,
        )
        max_friction.setHelp(self.tr("Raster input only; NaN and nodata are never habitat."))
        self.addParameter(max_friction)
        self.addParameter(
            TvbParameters.subnetwork(self.tr("Written in the sous_trame field and in the ids."))
        )
        distance = QgsProcessingParameterNumber(
            self.DISTANCE,
            self.tr("Dispersal distance (m)"),
            QgsProcessingParameterNumber.Type.Double,
            1000.0,
            minValue=0.0,
        )
        distance.setHelp(self.tr("Habitat grows then shrinks by half this distance."))
        self.addParameter(distance)
        resolution = QgsProcessingParameterNumber(
            self.RESOLUTION,
            self.tr("Resolution for polygons (m)"),
            QgsProcessingParameterNumber.Type.Double,
            10.0,
            minValue=0.01,
        )
        resolution.setHelp(self.tr("Cell size used to rasterise habitat polygons."))
        self.addParameter(resolution)
        min_area = QgsProcessingParameterNumber(
            self.MIN_AREA_HA,
            self.tr("Minimum continuum area (ha)"),
            QgsProcessingParameterNumber.Type.Double,
            1.0,
            minValue=0.0,
        )
        min_area.setHelp(self.tr("Smaller continuums are dropped (≥ is kept)."))
        self.addParameter(min_area)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Continuums"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        output.setHelp(self.tr("Fields id, sous_trame, surface_ha; Lambert-93."))
        self.addParameter(output)
        raster = QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER,
            self.tr("Continuum raster"),
            optional=True,
            createByDefault=False,
        )
        raster.setHelp(self.tr("Byte GeoTIFF: 1 in a continuum, 0 elsewhere."))
        self.addParameter(raster)

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.tr("Habitat: the layer is missing or invalid"))
        check_crs(layer, self.tr("habitat"))
        is_raster = isinstance(layer, QgsRasterLayer)
        if not is_raster:
            if not isinstance(layer, QgsVectorLayer) or (
                layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                raise QgsProcessingException(
                    self.tr("{layer}: habitat must be a raster or polygons").format(
                        layer=layer_label(layer)
                    )
                )
            if layer.featureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the habitat layer has no feature").format(
                        layer=layer_label(layer)
                    )
                )
        label = layer_label(layer)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        if is_raster:
            grid = checked_grid(layer.source(), label)
        else:
            resolution = check_resolution(resolution, self.tr("Resolution (RESOLUTION)"))
            extent = layer.extent()
            transform = to_l93(layer.crs(), context)
            if transform is not None:
                extent = transform.transformBoundingBox(extent)
            grid = Grid.around(extent, resolution)
            grid.check_size(label)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not (distance >= 0 and math.isfinite(distance)):
            raise QgsProcessingException(self.tr("The distance must be a positive number"))
        # the memory first: it names the figure a far too long distance would need
        check_memory(closing_bytes(grid.shape, distance, grid.cell_size), label)
        what = self.tr("Dispersal distance (DISTANCE)")
        check_closing_distance(distance, min(grid.cell_size), what)
        return _Inputs(
            layer=layer,
            is_raster=is_raster,
            max_friction=self.parameterAsDouble(parameters, self.HABITAT_MAX_FRICTION, context),
            subnetwork=SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)],
            distance=distance,
            resolution=resolution,
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
        )

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        result = continuums(
            inputs.layer,
            is_raster=inputs.is_raster,
            max_friction=inputs.max_friction,
            resolution=inputs.resolution,
            distance=inputs.distance,
            min_area_ha=inputs.min_area_ha,
            subnetwork=inputs.subnetwork,
            context=context,
            feedback=feedback,
        )
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, FIELDS, QgsWkbTypes.Type.MultiPolygon, L93
        )
        sink.addFeatures(result.features, QgsFeatureSink.Flag.FastInsert)
        outputs: dict[str, Any] = {self.OUTPUT: dest_id, "COUNT": result.count}
        if parameters.get(self.OUTPUT_RASTER) not in (None, ""):
            path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
            if path:
                write_geotiff(
                    path,
                    (result.labels > 0).astype(np.uint8),
                    result.grid,
                    None,
                    {
                        "TVB_SUBNETWORK": inputs.subnetwork,
                        "TVB_DISTANCE_M": f"{inputs.distance:g}",
                        "TVB_METHOD": "dilatation-erosion by half the distance",
                    },
                    description=f"continuum {inputs.subnetwork}",
                )
                outputs[self.OUTPUT_RASTER] = path
        feedback.pushInfo(
            self.tr(
                "{count} continuums (distance {distance} m: grown and shrunk by {half} m), "
                "{dropped} under {min} ha dropped"
            ).format(
                count=result.count,
                distance=inputs.distance,
                half=inputs.distance / 2,
                dropped=result.dropped,
                min=inputs.min_area_ha,
            )
        )
        feedback.setProgress(100)
        return outputs
