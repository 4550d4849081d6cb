"""aula:pinchpoints: Linkage Mapper's Pinchpoint Mapper on the least-cost corridors."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.numbers import in_range
from ...core.tvb import pinch
from ...core.tvb.corridors import cost_bound
from ...gis.fields import make_fields
from ...gis.raster import FrictionBand, read_friction, write_geotiff
from ...gis.sinks import write_features
from ...gis.tvb_corridors import reservoir_labels
from ...gis.tvb_graph import field_name, source_label
from ...gis.tvb_pinch import (
    CURRENT_NODATA,
    LINK_TABLE_FIELDS,
    PINCH_FIELDS,
    link_rows,
    pinch_features,
    read_links,
    report_disconnected,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import ID_FIELD, RESERVOIRS, TvbParameters


@dataclass
class _Inputs:
    friction_layer: QgsRasterLayer
    friction: FrictionBand
    crs_note: str | None
    reservoirs: QgsProcessingFeatureSource
    reservoirs_layer: str
    id_field: str
    links: QgsProcessingFeatureSource
    links_layer: str
    width: float
    percentile: float
    zero_resistance: float


class PinchPoints(AulaAlgorithm):
    FRICTION = "FRICTION"
    RESERVOIRS = RESERVOIRS
    ID_FIELD = ID_FIELD
    LINKS = "LINKS"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"
    ZERO_RESISTANCE = "ZERO_RESISTANCE"
    ALL_TO_ONE = "ALL_TO_ONE"
    PERCENTILE = "PERCENTILE"
    OUTPUT = "OUTPUT"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_ALL_TO_ONE = "OUTPUT_ALL_TO_ONE"
    OUTPUT_LINKS = "OUTPUT_LINKS"

    group_key = "tvb"
    OUTPUT_STYLES = {
        "OUTPUT": "tvb_result_pinchpoints.qml",
        "OUTPUT_CURRENT": "tvb_result_current.qml",
        "OUTPUT_ALL_TO_ONE": "tvb_result_current.qml",
    }
    LAYER_ROLES = {FRICTION: roles.FRICTION, RESERVOIRS: roles.RESERVOIRS, LINKS: roles.CORRIDORS}

    def name(self) -> str:
        return "pinchpoints"

    def displayName(self) -> str:
        return self.tr("Pinch points (circuit theory in the corridors)")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,pinch point,pinchpoint mapper,linkage mapper,circuitscape,current,corridor,"
            "goulet d'étranglement,point de pincement,courant"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        friction = QgsProcessingParameterRasterLayer(self.FRICTION, self.tr("Friction raster"))
        friction.setHelp(self.tr("The friction of the corridor run; it is also the resistance."))
        self.addParameter(friction)
        self.addParameter(
            TvbParameters.reservoirs(
                self.tr("Reservoirs"), self.tr("The reservoirs of the corridor run.")
            )
        )
        self.addParameter(
            TvbParameters.reservoir_id(self.RESERVOIRS, self.tr("Reservoir identifier field"))
        )
        links = QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links (aula:leastcostcorridors)"), [QgsProcessing.TypeVector]
        )
        links.setHelp(self.tr("Corridor lines or patch graph: from_id, to_id, cost, units."))
        self.addParameter(links)
        width = QgsProcessingParameterNumber(
            self.CORRIDOR_WIDTH,
            self.tr("Corridor width (cost units)"),
            QgsProcessingParameterNumber.Double,
            10000.0,
            minValue=0.0,
        )
        width.setHelp(self.tr("Cells whose NLCC is at most this value form the corridor."))
        self.addParameter(width)
        zero = QgsProcessingParameterNumber(
            self.ZERO_RESISTANCE,
            self.tr("Resistance of zero-friction cells"),
            QgsProcessingParameterNumber.Double,
            1.0,
            minValue=1e-6,
        )
        zero.setHelp(self.tr("Circuit theory needs positive resistances."))
        self.addParameter(zero)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ALL_TO_ONE, self.tr("All-to-one current over the corridor network"), False
            )
        )
        percentile = QgsProcessingParameterNumber(
            self.PERCENTILE,
            self.tr("Pinch point percentile"),
            QgsProcessingParameterNumber.Double,
            95.0,
            minValue=0.0,
            maxValue=100.0,
        )
        percentile.setHelp(self.tr("Cells at or above this percentile of the current mosaic."))
        self.addParameter(percentile)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Pinch points"), QgsProcessing.TypeVectorPolygon
        )
        output.setHelp(self.tr("Polygons ranked by current, with the links they sit on."))
        self.addParameter(output)
        current = QgsProcessingParameterRasterDestination(
            self.OUTPUT_CURRENT, self.tr("Current density (corridor mosaic)")
        )
        current.setHelp(self.tr("Float32 GeoTIFF (A, 1 A per link); maximum over the links."))
        self.addParameter(current)
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_ALL_TO_ONE,
                self.tr("All-to-one current"),
                optional=True,
                createByDefault=False,
            )
        )
        table = QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS,
            self.tr("Effective resistance of the links"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=False,
        )
        table.setHelp(self.tr("One row per link: resistance, cost-to-resistance ratio."))
        self.addParameter(table)

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer, grid, crs_note = self.raster_input(parameters, self.FRICTION, context)
        friction = read_friction(layer.source(), layer.name())
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        name = source_label(
            source, self.parameterAsVectorLayer(parameters, self.RESERVOIRS, context)
        )
        links = self.parameterAsSource(parameters, self.LINKS, context)
        if links is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LINKS))
        links_layer = source_label(
            links, self.parameterAsVectorLayer(parameters, self.LINKS, context)
        )
        for src, label in ((source, name), (links, links_layer)):
            if src.featureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the layer has no feature").format(layer=label)
                )
        id_field = field_name(
            source, name, self.parameterAsString(parameters, self.ID_FIELD, context) or "id"
        )
        ew, ns = friction.grid.cell_size
        bound = cost_bound(friction.data, (ew, ns), False)
        width = in_range(
            self.parameterAsDouble(parameters, self.CORRIDOR_WIDTH, context),
            self.tr("Corridor width (no path on {layer} costs more)").format(layer=layer.name()),
            0.0,
            max(bound, 0.0),
        )
        return _Inputs(
            friction_layer=layer,
            friction=friction,
            crs_note=crs_note,
            reservoirs=source,
            reservoirs_layer=name,
            id_field=id_field,
            links=links,
            links_layer=links_layer,
            width=width,
            percentile=self.parameterAsDouble(parameters, self.PERCENTILE, context),
            zero_resistance=self.parameterAsDouble(parameters, self.ZERO_RESISTANCE, context),
        )

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        grid = inputs.friction.grid
        if inputs.crs_note:
            feedback.pushWarning(tr_aula(inputs.crs_note).format(layer=grid.name))
        started = time.perf_counter()
        ids, labels = reservoir_labels(
            inputs.reservoirs, inputs.reservoirs_layer, inputs.id_field, grid, context, feedback
        )
        present = set(np.unique(labels[labels > 0]).tolist())
        labels_of = {key: k for k, key in enumerate(ids, start=1) if k in present}
        links, units = read_links(
            inputs.links, inputs.links_layer, labels_of, inputs.reservoirs_layer
        )
        ew, ns = grid.cell_size
        cell = (ew, ns) if units == "m" else (1.0, ns / ew)
        want_a2o = self.parameterAsBoolean(parameters, self.ALL_TO_ONE, context) or bool(
            parameters.get(self.OUTPUT_ALL_TO_ONE)
        )
        feedback.pushInfo(
            self.tr("Grid: {grid}; {n} links; corridor width {width:g} ({units})").format(
                grid=grid.describe(), n=len(links), width=inputs.width, units=units
            )
        )
        result = pinch.corridor_currents(
            inputs.friction.data,
            labels,
            links,
            cell_size=cell,
            width=inputs.width,
            all_to_one=want_a2o,
            zero_resistance=inputs.zero_resistance,
            progress=lambda f: feedback.setProgress(5 + 85 * f),
            is_canceled=feedback.isCanceled,
        )
        self.check_cancelled(feedback)
        report_disconnected(result.links, feedback)
        threshold, region_labels, regions = pinch.pinch_regions(
            result.current, result.winner, inputs.percentile
        )
        feedback.pushInfo(
            self.tr(
                "{n} pinch points at or above {threshold:.4g} A (percentile {p:g}); {seconds:.1f} s"
                ", of which {cost:.1f} s in cost runs and {circuit:.1f} s in circuits"
            ).format(
                n=len(regions),
                threshold=threshold,
                p=inputs.percentile,
                seconds=time.perf_counter() - started,
                cost=result.cost_seconds,
                circuit=result.circuit_seconds,
            )
        )
        fields = make_fields(PINCH_FIELDS)
        keys = [link.key for link in result.links]
        features = list(pinch_features(fields, regions, region_labels, grid, keys))
        self.check_cancelled(feedback)

        # Everything is computed: only now write the outputs.
        metadata = {
            "AULA_ALGORITHM": "aula:pinchpoints",
            "AULA_COST_UNITS": units,
            "AULA_CORRIDOR_WIDTH": f"{inputs.width:g}",
            "AULA_UNITS": "A (1 A between the two reservoirs of each link)",
            "AULA_NODATA": "-9999: outside the corridors, or on the link's own reservoirs",
        }
        sink, dest = self.output_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, grid.crs()
        )
        write_features(sink, features, self.tr("Pinch points"))
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CURRENT, context)
        write_geotiff(
            out_path,
            result.current.astype(np.float32),
            grid,
            CURRENT_NODATA,
            metadata,
            description="current density, maximum over the corridors (A)",
        )
        outputs: dict[str, Any] = {
            self.OUTPUT: dest,
            self.OUTPUT_CURRENT: out_path,
            "PINCH_POINTS": len(features),
            "THRESHOLD": threshold,
        }
        a2o_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ALL_TO_ONE, context)
        if a2o_path and result.all_to_one is not None:
            write_geotiff(
                a2o_path,
                result.all_to_one.astype(np.float32),
                grid,
                CURRENT_NODATA,
                dict(metadata, AULA_MODE="all-to-one over the corridor network"),
                description="all-to-one current over the corridor network (A)",
            )
            outputs[self.OUTPUT_ALL_TO_ONE] = a2o_path
        if parameters.get(self.OUTPUT_LINKS) not in (None, ""):
            table, table_id = self.output_sink(
                parameters, self.OUTPUT_LINKS, context, LINK_TABLE_FIELDS
            )
            for row in link_rows(result.links, ids, grid.cell_size, units):
                feature = QgsFeature()
                feature.setAttributes(row)
                table.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            outputs[self.OUTPUT_LINKS] = table_id
        feedback.setProgress(100)
        return outputs
