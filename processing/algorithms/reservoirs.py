"""aula:reservoirs: biodiversity reservoirs = union of chosen zonings and large habitat patches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.tvb.subnetworks import SUBNETWORKS
from ...core.tvb.zonings import ZONING_TYPES
from ...gis.raster import L93, check_crs, checked_grid, layer_label
from ...gis.tvb_reservoirs import (
    BYTES_PER_CELL,
    FIELDS,
    habitat_parts,
    layer_type,
    reservoir_features,
    zoning_parts,
)
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters


@dataclass
class _Inputs:
    zonings: list[QgsVectorLayer] = field(default_factory=list)
    type_field: str = ""
    types: tuple[str, ...] = ZONING_TYPES
    habitat: QgsRasterLayer | None = None
    max_friction: float = 0.0
    subnetwork: str = SUBNETWORKS[0]
    min_area_ha: float = 1.0
    connectivity: int = 8


class Reservoirs(AulaAlgorithm):
    ZONINGS = "ZONINGS"
    ZONING_TYPE_FIELD = "ZONING_TYPE_FIELD"
    ZONING_TYPES = "ZONING_TYPES"
    HABITAT = "HABITAT"
    HABITAT_MAX_FRICTION = "HABITAT_MAX_FRICTION"
    SUBNETWORK = "SUBNETWORK"
    MIN_AREA_HA = "MIN_AREA_HA"
    CONNECTIVITY = "CONNECTIVITY"
    OUTPUT = "OUTPUT"

    group_key = "tvb"
    OUTPUT_STYLES = {"OUTPUT": "tvb_result_reservoirs.qml"}
    LAYER_ROLES = {ZONINGS: roles.ZONINGS, HABITAT: roles.FRICTION}

    def name(self) -> str:
        return "reservoirs"

    def displayName(self) -> str:
        return self.tr("Biodiversity reservoirs")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,trame verte et bleue,reservoir,znieff,natura 2000,appb,habitat,patch"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        zonings = QgsProcessingParameterMultipleLayers(
            self.ZONINGS,
            self.tr("Zonings (optional)"),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
        )
        zonings.setHelp(
            self.tr("ZNIEFF 1, Natura 2000, APPB, reserves, ENS: one layer each or one layer.")
        )
        self.addParameter(zonings)
        type_field = QgsProcessingParameterString(
            self.ZONING_TYPE_FIELD,
            self.tr("Zoning type field"),
            defaultValue="type",
            optional=True,
        )
        type_field.setHelp(
            self.tr(
                "Field giving the zoning type; a layer without it takes its type from its "
                "name (e.g. znieff1, natura2000)."
            )
        )
        self.addParameter(type_field)
        types = QgsProcessingParameterEnum(
            self.ZONING_TYPES,
            self.tr("Zoning types kept"),
            options=list(ZONING_TYPES),
            allowMultiple=True,
            optional=True,
        )
        types.setHelp(self.tr("None chosen: every type present."))
        self.addParameter(types)
        habitat = QgsProcessingParameterRasterLayer(
            self.HABITAT, self.tr("Friction raster for habitat patches (optional)"), optional=True
        )
        habitat.setHelp(self.tr("Band 1; NaN and nodata are never habitat."))
        self.addParameter(habitat)
        max_friction = QgsProcessingParameterNumber(
            self.HABITAT_MAX_FRICTION,
            self.tr("Habitat: friction at most"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            minValue=0.0,
        )
        max_friction.setHelp(self.tr("0 is the habitat value of the BioDispersal ladder."))
        self.addParameter(max_friction)
        self.addParameter(
            TvbParameters.subnetwork(self.tr("Written in the sous_trame field and in the ids."))
        )
        min_area = QgsProcessingParameterNumber(
            self.MIN_AREA_HA,
            self.tr("Minimum patch area (ha)"),
            QgsProcessingParameterNumber.Type.Double,
            1.0,
            minValue=0.0,
        )
        min_area.setHelp(self.tr("Habitat patches smaller than this are dropped (≥ is kept)."))
        self.addParameter(min_area)
        connectivity = QgsProcessingParameterEnum(
            self.CONNECTIVITY,
            self.tr("Patch connectivity"),
            options=[self.tr("8 neighbours"), self.tr("4 neighbours")],
            defaultValue=0,
        )
        connectivity.setHelp(self.tr("8: cells touching by a corner belong to the same patch."))
        self.addParameter(connectivity)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT,
            self.tr("Biodiversity reservoirs"),
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        output.setHelp(self.tr("Fields id, sous_trame, surface_ha, origine; Lambert-93."))
        self.addParameter(output)

    # -- Validation ------------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        inputs = _Inputs()
        inputs.type_field = self.parameterAsString(parameters, self.ZONING_TYPE_FIELD, context)
        # parameterAsEnums gives [0] for an absent optional enum: look at the raw value first
        if parameters.get(self.ZONING_TYPES) in (None, "", []):
            inputs.types = ZONING_TYPES
        else:
            chosen = self.parameterAsEnums(parameters, self.ZONING_TYPES, context)
            inputs.types = tuple(ZONING_TYPES[i] for i in chosen) or ZONING_TYPES
        for layer in self.parameterAsLayerList(parameters, self.ZONINGS, context) or []:
            if not isinstance(layer, QgsVectorLayer):
                continue
            check_crs(layer, self.tr("zonings"))
            if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(
                    self.tr("{layer}: zonings must be polygons").format(layer=layer_label(layer))
                )
            layer_type(layer, inputs.type_field)
            inputs.zonings.append(layer)
        habitat = self.parameterAsRasterLayer(parameters, self.HABITAT, context)
        if habitat is not None:
            if not habitat.isValid():
                raise QgsProcessingException(self.invalidRasterError(parameters, self.HABITAT))
            check_crs(habitat, self.tr("habitat"))
            checked_grid(habitat.source(), layer_label(habitat), BYTES_PER_CELL)
            inputs.habitat = habitat
        if not inputs.zonings and inputs.habitat is None:
            raise QgsProcessingException(
                self.tr("Give zonings, a friction raster for habitat patches, or both")
            )
        inputs.max_friction = self.parameterAsDouble(parameters, self.HABITAT_MAX_FRICTION, context)
        inputs.subnetwork = SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)]
        inputs.min_area_ha = self.parameterAsDouble(parameters, self.MIN_AREA_HA, context)
        inputs.connectivity = (8, 4)[self.parameterAsEnum(parameters, self.CONNECTIVITY, context)]
        return inputs

    # -- Run -------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        parts = zoning_parts(inputs.zonings, inputs.type_field, inputs.types, context, feedback)
        feedback.setProgress(30)
        if inputs.habitat is not None:
            parts += habitat_parts(
                inputs.habitat,
                inputs.max_friction,
                inputs.min_area_ha,
                inputs.connectivity,
                context,
                feedback,
            )
        feedback.setProgress(60)
        reservoirs = reservoir_features(parts, inputs.subnetwork, feedback)
        self.check_cancelled(feedback)
        sink, dest_id = self.output_sink(
            parameters, self.OUTPUT, context, FIELDS, QgsWkbTypes.Type.MultiPolygon, L93
        )
        sink.addFeatures(reservoirs, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            self.tr("{count} reservoirs of {subnetwork}").format(
                count=len(reservoirs), subnetwork=inputs.subnetwork
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, "COUNT": len(reservoirs)}
