"""aula:dilatationerosion: continuums of a sub-network by dilatation-érosion (raster closing)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.tvb.closing import closing
from ...core.tvb.patches import habitat_mask, label_patches
from ...core.tvb.subnetworks import SUBNETWORKS
from ...gis.raster import (
    L93,
    Grid,
    check_crs,
    layer_label,
    polygonize,
    rasterize,
    read_band,
    to_l93,
    write_geotiff,
)
from ...gis.tvb_polygons import as_multipolygon, stable_id
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from .frictionfromlandcover import subnetwork_options

SELF_CHECK_MAX_FEATURES = 2000
SELF_CHECK_MAX_CELLS = 4_000_000


def vector_closing(geometries: list[QgsGeometry], distance: float) -> QgsGeometry:
    """BioDispersal's vector form: buffer +d, dissolve, buffer −d (TVB.md §3.7)."""
    grown = [g.buffer(distance, 16) for g in geometries]
    merged = QgsGeometry.unaryUnion(grown)
    return merged.buffer(-distance, 16)


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / union) if union else 1.0


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
        subnetwork = QgsProcessingParameterEnum(
            self.SUBNETWORK, self.tr("Sub-network"), options=subnetwork_options(), defaultValue=0
        )
        subnetwork.setHelp(self.tr("Written in the sous_trame field and in the ids."))
        self.addParameter(subnetwork)
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
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not (distance >= 0 and math.isfinite(distance)):
            raise QgsProcessingException(self.tr("The distance must be a positive number"))
        return _Inputs(
            layer=layer,
            is_raster=is_raster,
            max_friction=self.parameterAsDouble(parameters, self.HABITAT_MAX_FRICTION, context),
            subnetwork=SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)],
            distance=distance,
            resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
        )

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        half = inputs.distance / 2
        geometries: list[QgsGeometry] = []
        try:
            if inputs.is_raster:
                mask, grid = self._raster_mask(inputs)
            else:
                mask, grid, geometries = self._polygon_mask(inputs, context, feedback)
            feedback.setProgress(15)
            closed = closing(
                mask,
                half,
                cell_size=(grid.res_x, grid.res_y),
                progress=lambda f: feedback.setProgress(15 + 50 * f),
                is_canceled=feedback.isCanceled,
            )
            patches = label_patches(
                closed,
                cell_area_m2=grid.cell_area,
                min_area_m2=inputs.min_area_ha * 10_000,
                connectivity=8,
            )
            feedback.setProgress(70)
            polygons = polygonize(patches.labels, grid, feedback.isCanceled)
            if feedback.isCanceled():
                raise Cancelled()
            self._self_check(geometries, half, grid, closed, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        to93 = None
        if inputs.layer.crs() != L93 and inputs.is_raster:
            to93 = QgsCoordinateTransform(inputs.layer.crs(), L93, context.transformContext())
            feedback.pushInfo(
                self.tr("{layer} is in {crs}: continuums reprojected to Lambert-93").format(
                    layer=layer_label(inputs.layer), crs=inputs.layer.crs().authid()
                )
            )
        fields = QgsFields()
        fields.append(QgsField("id", QVariant.String))
        fields.append(QgsField("sous_trame", QVariant.String))
        fields.append(QgsField("surface_ha", QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, L93
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for label in sorted(polygons):
            geom = as_multipolygon(polygons[label])
            if to93 is not None:
                geom.transform(to93)
            feature = QgsFeature(fields)
            feature.setGeometry(geom)
            feature.setAttributes(
                [
                    stable_id(inputs.subnetwork, geom),
                    inputs.subnetwork,
                    round(float(patches.areas_m2[label - 1]) / 10_000, 4),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs: dict[str, Any] = {self.OUTPUT: dest_id, "COUNT": patches.count}
        if parameters.get(self.OUTPUT_RASTER) not in (None, ""):
            path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
            if path:
                write_geotiff(
                    path,
                    (patches.labels > 0).astype(np.uint8),
                    grid,
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
                count=patches.count,
                distance=inputs.distance,
                half=half,
                dropped=patches.dropped,
                min=inputs.min_area_ha,
            )
        )
        feedback.setProgress(100)
        return outputs

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _raster_mask(self, inputs: _Inputs) -> tuple[np.ndarray, Grid]:
        layer = inputs.layer
        data, grid, _ = read_band(layer.source(), layer_label(layer), dtype=np.float32)
        return habitat_mask(data, inputs.max_friction), grid

    def _polygon_mask(self, inputs: _Inputs, context, feedback):
        layer = inputs.layer
        transform = to_l93(layer.crs(), context)
        geometries = []
        for feature in layer.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            geom = feature.geometry()
            if geom is None or geom.isEmpty():
                continue
            geom = QgsGeometry(geom)
            if transform is not None:
                geom.transform(transform)
            geometries.append(geom)
        if not geometries:
            raise QgsProcessingException(
                self.tr("{layer}: the habitat layer has no geometry").format(
                    layer=layer_label(layer)
                )
            )
        extent = geometries[0].boundingBox()
        for geom in geometries[1:]:
            extent.combineExtentWith(geom.boundingBox())
        grid = Grid.around(extent, inputs.resolution)
        grid.check_size(layer_label(layer))
        mask = rasterize(grid, [(g, 1) for g in geometries], fill=0) > 0
        return mask, grid, geometries

    def _self_check(self, geometries, half: float, grid: Grid, closed, feedback) -> None:
        """IoU of the raster closing with the vector buffer-out-then-in, for small inputs."""
        if not geometries or half <= 0:
            return
        if (
            len(geometries) > SELF_CHECK_MAX_FEATURES
            or grid.rows * grid.cols > SELF_CHECK_MAX_CELLS
        ):
            return
        vector = vector_closing(geometries, half)
        if feedback.isCanceled():
            raise Cancelled()
        reference = rasterize(grid, [(vector, 1)], fill=0) > 0
        feedback.pushInfo(
            self.tr(
                "Self-check: intersection over union with the vector buffer-out-then-in = {iou}"
            ).format(iou=f"{iou(closed, reference):.4f}")
        )
