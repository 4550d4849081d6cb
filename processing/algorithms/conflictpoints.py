"""aula:conflictpoints: where transport infrastructure (and watercourse obstacles) cut corridors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.numbers import in_range
from ...core.tvb.conflicts import (
    DEFAULT_WEIGHTS,
    OBSTACLE_DISTANCE_RANGE,
    parse_weights,
    unweighted_classes,
)
from ...core.tvb.graph import link_importance
from ...gis.fields import make_fields
from ...gis.raster import check_crs, layer_label, read_band
from ...gis.sinks import write_features
from ...gis.tvb_conflicts import (
    CONFLICT_FIELDS,
    CURRENT_FIELDS,
    conflict_points,
    crossings,
    read_corridors,
    read_infrastructure,
    set_pc_drop,
)
from ...gis.tvb_graph import (
    PatchLayer,
    check_link_fields,
    field_name,
    kernel_alpha,
    patch_layer,
    read_links,
    read_patches,
    source_label,
)
from ...gis.tvb_pinch import sample_raster
from ..base import AulaAlgorithm
from ..tvb_parameters import CAPACITY_FIELD, D0, ID_FIELD, P0, RESERVOIRS, TvbParameters

__all__ = ["DEFAULT_WEIGHTS", "ConflictPoints", "parse_weights"]


@dataclass
class _Inputs:
    corridors: QgsProcessingFeatureSource
    corridors_layer: str
    importance_field: str | None
    patches: PatchLayer | None  # the reservoirs, for the PC drop (no importance field)
    alpha: float
    distance: float
    infra_layers: list[QgsVectorLayer]
    railways: QgsProcessingFeatureSource | None
    obstacles: QgsProcessingFeatureSource | None
    class_field: str
    name_field: str
    weights: dict[str, float] = field(default_factory=dict)
    current: QgsRasterLayer | None = None


class ConflictPoints(AulaAlgorithm):
    CORRIDORS = "CORRIDORS"
    IMPORTANCE_FIELD = "IMPORTANCE_FIELD"
    RESERVOIRS = RESERVOIRS
    ID_FIELD = ID_FIELD
    CAPACITY_FIELD = CAPACITY_FIELD
    D0 = D0
    P0 = P0
    INFRASTRUCTURES = "INFRASTRUCTURES"
    CLASS_FIELD = "CLASS_FIELD"
    NAME_FIELD = "NAME_FIELD"
    RAILWAYS = "RAILWAYS"
    CLASS_WEIGHTS = "CLASS_WEIGHTS"
    OBSTACLES = "OBSTACLES"
    OBSTACLE_DISTANCE = "OBSTACLE_DISTANCE"
    CURRENT = "CURRENT"
    OUTPUT = "OUTPUT"

    group_key = "tvb"
    OUTPUT_STYLES = {"OUTPUT": "tvb_result_conflicts.qml"}
    LAYER_ROLES = {
        CORRIDORS: roles.CORRIDORS,
        RESERVOIRS: roles.RESERVOIRS,
        INFRASTRUCTURES: roles.ROADS,
        RAILWAYS: roles.RAILWAYS,
        OBSTACLES: roles.WATERCOURSE_OBSTACLES,
    }

    def name(self) -> str:
        return "conflictpoints"

    def displayName(self) -> str:
        return self.tr("Conflict points")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,corridor,road,railway,conflict,barrier,crossing,point de conflit,route,"
            "voie ferrée,obstacle,infrastructure"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        corridors = QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Corridors"), [QgsProcessing.TypeVectorLine]
        )
        corridors.setHelp(
            self.tr("Corridor lines with from_id, to_id and cost (aula:leastcostcorridors).")
        )
        self.addParameter(corridors)
        importance = QgsProcessingParameterField(
            self.IMPORTANCE_FIELD,
            self.tr("Link importance field (optional)"),
            parentLayerParameterName=self.CORRIDORS,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        importance.setHelp(self.tr("Empty: computed as the PC drop from the reservoirs."))
        self.addParameter(importance)
        self.addParameter(
            TvbParameters.reservoirs(
                self.tr("Reservoirs (for the PC drop)"),
                self.tr("Patches of the graph, needed without an importance field."),
                optional=True,
            )
        )
        for parameter in TvbParameters.patch_fields(self.tr("Reservoir identifier field")):
            self.addParameter(parameter)
        for parameter in TvbParameters.kernel():
            self.addParameter(parameter)
        infra = QgsProcessingParameterMultipleLayers(
            self.INFRASTRUCTURES,
            self.tr("Transport infrastructure (lines)"),
            QgsProcessing.TypeVectorLine,
            optional=True,
        )
        infra.setHelp(self.tr("Line layers whose class field gives the class of each line."))
        self.addParameter(infra)
        class_field = QgsProcessingParameterString(
            self.CLASS_FIELD, self.tr("Infrastructure class field"), defaultValue="classe"
        )
        class_field.setHelp(self.tr("Field of every infrastructure layer holding the class."))
        self.addParameter(class_field)
        name_field = QgsProcessingParameterString(
            self.NAME_FIELD, self.tr("Infrastructure name field"), defaultValue="nom"
        )
        name_field.setHelp(self.tr("Copied to infra_name when the layer has it."))
        self.addParameter(name_field)
        railways = QgsProcessingParameterFeatureSource(
            self.RAILWAYS,
            self.tr("Railways (optional, class voie_ferree)"),
            [QgsProcessing.TypeVectorLine],
            optional=True,
        )
        railways.setHelp(self.tr("Every line of this layer has the class voie_ferree."))
        self.addParameter(railways)
        weights = QgsProcessingParameterString(
            self.CLASS_WEIGHTS, self.tr("Class weights"), defaultValue=DEFAULT_WEIGHTS
        )
        weights.setHelp(self.tr("class=weight pairs separated by semicolons."))
        self.addParameter(weights)
        obstacles = QgsProcessingParameterFeatureSource(
            self.OBSTACLES,
            self.tr("Watercourse obstacles (optional)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine],
            optional=True,
        )
        obstacles.setHelp(self.tr("Points or lines of obstacles, class obstacle."))
        self.addParameter(obstacles)
        distance = QgsProcessingParameterNumber(
            self.OBSTACLE_DISTANCE,
            self.tr("Obstacle point search distance (m)"),
            QgsProcessingParameterNumber.Double,
            25.0,
            minValue=0.0,
        )
        distance.setHelp(self.tr("An obstacle point this close to a corridor cuts it."))
        self.addParameter(distance)
        current = QgsProcessingParameterRasterLayer(
            self.CURRENT, self.tr("Current density (optional)"), optional=True
        )
        current.setHelp(
            self.tr("E.g. from aula:pinchpoints: score × (1 + current / largest current).")
        )
        self.addParameter(current)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Conflict points"), QgsProcessing.TypeVectorPoint
            )
        )

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        corridors = self.parameterAsSource(parameters, self.CORRIDORS, context)
        if corridors is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CORRIDORS))
        corridors_layer = self.parameterAsVectorLayer(parameters, self.CORRIDORS, context)
        layer = source_label(corridors, corridors_layer)
        if corridors.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=layer)
            )
        if corridors_layer is not None:  # crossings and the obstacle distance are in metres
            check_crs(corridors_layer, self.tr("corridors"))
        importance = self.parameterAsString(parameters, self.IMPORTANCE_FIELD, context) or None
        check_link_fields(corridors, layer, cost=not importance)
        patches, alpha = None, 0.0
        if importance:
            importance = field_name(corridors, layer, importance, numeric=True)
        else:
            reservoirs = self.parameterAsSource(parameters, self.RESERVOIRS, context)
            if reservoirs is None:
                raise QgsProcessingException(
                    self.tr(
                        "Give the reservoirs (to compute the PC drop of each link) or an "
                        "importance field of {layer}"
                    ).format(layer=layer)
                )
            patches = patch_layer(
                reservoirs,
                self.parameterAsString(parameters, self.ID_FIELD, context),
                self.parameterAsString(parameters, self.CAPACITY_FIELD, context),
                label=source_label(
                    reservoirs, self.parameterAsVectorLayer(parameters, self.RESERVOIRS, context)
                ),
            )
            alpha = kernel_alpha(
                self.parameterAsDouble(parameters, self.D0, context),
                self.parameterAsDouble(parameters, self.P0, context),
            )
        distance = in_range(
            self.parameterAsDouble(parameters, self.OBSTACLE_DISTANCE, context),
            self.tr("Obstacle point search distance (m)"),
            *OBSTACLE_DISTANCE_RANGE,
        )
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context).strip()
        infra_layers = [
            lyr
            for lyr in self.parameterAsLayerList(parameters, self.INFRASTRUCTURES, context)
            if isinstance(lyr, QgsVectorLayer)
        ]
        for lyr in infra_layers:
            if lyr.fields().lookupField(class_field) < 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the class field {field} does not exist").format(
                        layer=layer_label(lyr), field=class_field
                    )
                )
        railways = self.parameterAsSource(parameters, self.RAILWAYS, context)
        obstacles = self.parameterAsSource(parameters, self.OBSTACLES, context)
        if not infra_layers and railways is None and obstacles is None:
            raise QgsProcessingException(
                self.tr("Give at least one infrastructure layer, railway layer or obstacle layer")
            )
        weights, bad = parse_weights(
            self.parameterAsString(parameters, self.CLASS_WEIGHTS, context)
        )
        if bad:
            raise QgsProcessingException(
                self.tr("Class weights: cannot read {entries} (expected class=weight)").format(
                    entries="; ".join(bad)
                )
            )
        current = None
        if parameters.get(self.CURRENT) not in (None, ""):
            current, _grid, _note = self.raster_input(parameters, self.CURRENT, context)
        return _Inputs(
            current=current,
            corridors=corridors,
            corridors_layer=layer,
            importance_field=importance,
            patches=patches,
            alpha=alpha,
            distance=distance,
            infra_layers=infra_layers,
            railways=railways,
            obstacles=obstacles,
            class_field=class_field,
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context).strip(),
            weights=weights,
        )

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        corridors = read_corridors(
            inputs.corridors, inputs.importance_field, feedback, inputs.corridors_layer
        )
        if not corridors:
            raise QgsProcessingException(
                self.tr("{layer}: no corridor with a geometry, from_id and to_id").format(
                    layer=inputs.corridors_layer
                )
            )
        if inputs.importance_field is None:
            self._pc_drop(context, feedback, inputs, corridors)
        feedback.setProgress(40)
        infra = read_infrastructure(
            inputs.infra_layers,
            inputs.railways,
            inputs.obstacles,
            inputs.class_field,
            inputs.name_field,
            inputs.corridors.sourceCrs(),
            context,
            feedback,
        )
        unknown = unweighted_classes((item.infra_class for item in infra), inputs.weights)
        if unknown:
            raise QgsProcessingException(
                self.tr(
                    "Infrastructure classes without a weight in the class weights: {classes}"
                ).format(classes=unknown)
            )
        found = crossings(corridors, infra, inputs.distance, feedback)
        self.check_cancelled(feedback)

        currents = None
        fields = make_fields(CONFLICT_FIELDS)
        if inputs.current is not None:
            band = read_band(inputs.current.source(), inputs.current.name())
            currents = sample_raster(
                band.data,
                band.grid,
                [crossing.point for crossing in found],
                inputs.corridors.sourceCrs(),
                context.transformContext(),
            )
            fields = make_fields((*CONFLICT_FIELDS, *CURRENT_FIELDS))
        points = conflict_points(found, inputs.weights, fields, currents)
        sink, dest = self.output_sink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Point,
            inputs.corridors.sourceCrs(),
        )
        write_features(sink, points, self.tr("Conflict points"))
        feedback.pushInfo(
            self.tr("{points} conflict points on {corridors} corridors").format(
                points=len(points), corridors=len({crossing.corridor.key for crossing in found})
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "POINTS": len(points)}

    def _pc_drop(self, context, feedback, inputs: _Inputs, corridors) -> None:
        """Importance of each corridor = PC drop (%) of its link (graph module)."""
        assert inputs.patches is not None
        patches = read_patches(inputs.patches, context, feedback)
        links, _ = read_links(inputs.corridors, inputs.corridors_layer, patches, feedback)
        importance = link_importance(
            patches.capacity,
            links,
            alpha=inputs.alpha,
            progress=lambda f: feedback.setProgress(10 + 30 * f),
            is_canceled=feedback.isCanceled,
        )
        set_pc_drop(corridors, patches, links, importance)
