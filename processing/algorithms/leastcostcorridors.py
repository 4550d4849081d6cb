"""aula:leastcostcorridors: least-cost paths between reservoirs, the patch graph, and the NLCC."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.numbers import in_range
from ...core.tvb.corridors import LinkResult, cost_bound, nlcc, pairwise_links, planar_links
from ...core.tvb.subnetworks import LABELS, SUBNETWORKS
from ...gis.fields import make_fields
from ...gis.raster import FrictionBand, Grid, read_friction, write_geotiff
from ...gis.sinks import write_features
from ...gis.tvb_corridors import (
    LINE_FIELDS,
    LINK_FIELDS,
    link_features,
    report_links,
    reservoir_labels,
)
from ...gis.tvb_graph import field_name, source_label
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import COST_UNITS, ID_FIELD, RESERVOIRS, TvbParameters

UNITS = ("m", "cells")
TOPOLOGIES = ("planar", "all_pairs")
#: nodata of the NLCC raster (as the cost rasters of aula:costdistance)
NLCC_NODATA = -1.0


@dataclass
class _Inputs:
    friction_layer: QgsRasterLayer
    friction: FrictionBand
    grid: Grid
    crs_note: str | None
    reservoirs: QgsProcessingFeatureSource
    layer: str
    id_field: str
    subnetwork: str
    topology: str
    max_cost: float
    units: str
    knight: bool
    width: float


class LeastCostCorridors(AulaAlgorithm):
    FRICTION = "FRICTION"
    RESERVOIRS = RESERVOIRS
    ID_FIELD = ID_FIELD
    SUBNETWORK = "SUBNETWORK"
    TOPOLOGY = "TOPOLOGY"
    MAX_COST = "MAX_COST"
    COST_UNITS = COST_UNITS
    KNIGHT = "KNIGHT"
    OUTPUT = "OUTPUT"
    OUTPUT_GRAPH = "OUTPUT_GRAPH"
    OUTPUT_CORRIDOR = "OUTPUT_CORRIDOR"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"

    group_key = "tvb"
    OUTPUT_STYLES = {
        "OUTPUT": "tvb_result_corridors.qml",
        "OUTPUT_CORRIDOR": "tvb_result_corridor_raster.qml",
    }
    LAYER_ROLES = {FRICTION: roles.FRICTION, RESERVOIRS: roles.RESERVOIRS}

    def name(self) -> str:
        return "leastcostcorridors"

    def displayName(self) -> str:
        return self.tr("Least-cost corridors")

    def tags(self) -> list[str]:
        return self.tr(
            "tvb,corridor,least-cost path,graph,graphab,linkage mapper,nlcc,corridor écologique,"
            "chemin de moindre coût,graphe paysager"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        friction = QgsProcessingParameterRasterLayer(self.FRICTION, self.tr("Friction raster"))
        friction.setHelp(self.tr("Band 1; nodata = impassable; EPSG:2154 expected."))
        self.addParameter(friction)
        self.addParameter(
            TvbParameters.reservoirs(
                self.tr("Reservoirs"),
                self.tr("Polygons of the sub-network, e.g. from aula:reservoirs."),
            )
        )
        self.addParameter(
            TvbParameters.reservoir_id(self.RESERVOIRS, self.tr("Reservoir identifier field"))
        )
        subnetwork = QgsProcessingParameterEnum(
            self.SUBNETWORK,
            self.tr("Sub-network"),
            options=[tr_aula(LABELS[key]) for key in SUBNETWORKS],
            defaultValue=0,
        )
        subnetwork.setHelp(self.tr("Written in the sous_trame field of the outputs."))
        self.addParameter(subnetwork)
        topology = QgsProcessingParameterEnum(
            self.TOPOLOGY,
            self.tr("Graph topology"),
            options=[
                self.tr("planar (neighbouring reservoirs)"),
                self.tr("all pairs within the maximum cost"),
            ],
            defaultValue=0,
        )
        topology.setHelp(self.tr("Planar: one cost run; all pairs: one run per reservoir."))
        self.addParameter(topology)
        max_cost = QgsProcessingParameterNumber(
            self.MAX_COST,
            self.tr("Maximum cost (0 = unlimited)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        max_cost.setHelp(self.tr("Links costing more are dropped; required for all pairs."))
        self.addParameter(max_cost)
        self.addParameter(TvbParameters.cost_units())
        knight = QgsProcessingParameterBoolean(
            self.KNIGHT, self.tr("Knight's move (16 neighbours)"), False
        )
        knight.setHelp(self.tr("More accurate directions, slower (r.cost -k)."))
        self.addParameter(knight)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Least-cost corridors"), QgsProcessing.TypeVectorLine
        )
        output.setHelp(self.tr("Lines: id, from_id, to_id, cost, length_m, sous_trame, units."))
        self.addParameter(output)
        graph = QgsProcessingParameterFeatureSink(
            self.OUTPUT_GRAPH,
            self.tr("Patch graph"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        )
        graph.setHelp(self.tr("Table: from_id, to_id, cost, length_m, sous_trame, units."))
        self.addParameter(graph)
        corridor = QgsProcessingParameterRasterDestination(
            self.OUTPUT_CORRIDOR,
            self.tr("Normalised least-cost corridor (NLCC)"),
            optional=True,
            createByDefault=False,
        )
        corridor.setHelp(self.tr("Float32 GeoTIFF, nodata -1; one cost run per reservoir."))
        self.addParameter(corridor)
        width = QgsProcessingParameterNumber(
            self.CORRIDOR_WIDTH,
            self.tr("Corridor width tolerance (cost units, 0 = all)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        width.setHelp(self.tr("Keep only the cells whose NLCC is at most this value."))
        self.addParameter(width)

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer, grid, crs_note = self.raster_input(parameters, self.FRICTION, context)
        # read before anything is computed: an unreadable block or a negative friction is refused
        # here, in the dialog, not after the cost runs
        friction = read_friction(layer.source(), layer.name())
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        name = source_label(
            source, self.parameterAsVectorLayer(parameters, self.RESERVOIRS, context)
        )
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=name)
            )
        id_field = field_name(
            source, name, self.parameterAsString(parameters, self.ID_FIELD, context) or "id"
        )
        topology = TOPOLOGIES[self.parameterAsEnum(parameters, self.TOPOLOGY, context)]
        units = UNITS[self.parameterAsEnum(parameters, self.COST_UNITS, context)]
        knight = self.parameterAsBoolean(parameters, self.KNIGHT, context)
        # a budget above the costliest possible path limits nothing: a unit mistake (1e300)
        ew, ns = friction.grid.cell_size
        bound = cost_bound(friction.data, (ew, ns) if units == "m" else (1.0, ns / ew), knight)
        budget = self.tr("{what} (no path on {layer} costs more)")
        max_cost = in_range(
            self.parameterAsDouble(parameters, self.MAX_COST, context),
            budget.format(what=self.tr("Maximum cost"), layer=layer.name()),
            0.0,
            max(bound, 0.0),
        )
        width = in_range(
            self.parameterAsDouble(parameters, self.CORRIDOR_WIDTH, context),
            budget.format(what=self.tr("Corridor width tolerance"), layer=layer.name()),
            0.0,
            max(bound, 0.0),
        )
        if topology == "all_pairs" and max_cost <= 0:
            raise QgsProcessingException(
                self.tr("The topology “all pairs” needs a maximum cost greater than 0")
            )
        return _Inputs(
            friction_layer=layer,
            friction=friction,
            grid=grid,
            crs_note=crs_note,
            reservoirs=source,
            layer=name,
            id_field=id_field,
            subnetwork=SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)],
            topology=topology,
            max_cost=max_cost,
            units=units,
            knight=knight,
            width=width,
        )

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        if inputs.crs_note:
            feedback.pushWarning(tr_aula(inputs.crs_note).format(layer=inputs.grid.name))
        want_nlcc = bool(parameters.get(self.OUTPUT_CORRIDOR))
        started = time.perf_counter()
        friction, grid = inputs.friction.data, inputs.friction.grid
        ids, labels = reservoir_labels(
            inputs.reservoirs, inputs.layer, inputs.id_field, grid, context, feedback
        )
        ew, ns = grid.cell_size
        cell = (ew, ns) if inputs.units == "m" else (1.0, ns / ew)
        feedback.pushInfo(
            self.tr("Grid: {grid}; {n} reservoirs").format(grid=grid.describe(), n=len(ids))
        )
        span = 60.0 if want_nlcc else 90.0
        find_links = planar_links if inputs.topology == "planar" else pairwise_links
        result = find_links(
            friction,
            labels,
            cell_size=cell,
            knight=inputs.knight,
            max_cost=inputs.max_cost,
            progress=lambda f: feedback.setProgress(5 + span * f),
            is_canceled=feedback.isCanceled,
        )
        corridor = None
        if want_nlcc:
            corridor = nlcc(
                friction,
                labels,
                result.links,
                cell_size=cell,
                knight=inputs.knight,
                tolerance=inputs.width,
                progress=lambda f: feedback.setProgress(65 + 30 * f),
                is_canceled=feedback.isCanceled,
            )
        self.check_cancelled(feedback)
        topology = self._topology_label(inputs.topology)
        report_links(result, ids, topology, time.perf_counter() - started, feedback)

        # Everything is computed: only now write the outputs.
        outputs: dict[str, Any] = {
            self.OUTPUT: self._write_links(parameters, context, inputs, grid, ids, result, True),
            "LINKS": len(result.links),
        }
        if parameters.get(self.OUTPUT_GRAPH) not in (None, ""):
            outputs[self.OUTPUT_GRAPH] = self._write_links(
                parameters, context, inputs, grid, ids, result, False
            )
        if corridor is not None:
            path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CORRIDOR, context)
            unit_label = "friction × m" if inputs.units == "m" else "friction × cells"
            write_geotiff(
                path,
                corridor.astype(np.float32),
                grid,
                NLCC_NODATA,
                {
                    "AULA_ALGORITHM": "aula:leastcostcorridors",
                    "AULA_COST_UNITS": inputs.units,
                    "AULA_SOUS_TRAME": inputs.subnetwork,
                    "AULA_CORRIDOR_WIDTH": f"{inputs.width:g}",
                    "AULA_NODATA": "-1: beyond the width tolerance or no link",
                },
                description=f"NLCC ({unit_label})",
            )
            outputs[self.OUTPUT_CORRIDOR] = path
        feedback.setProgress(100)
        return outputs

    def _topology_label(self, topology: str) -> str:
        if topology == "planar":
            return self.tr("planar (neighbouring reservoirs)")
        return self.tr("all pairs within the maximum cost")

    def _write_links(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        inputs: _Inputs,
        grid: Grid,
        ids: list[str],
        result: LinkResult,
        lines: bool,
    ) -> str:
        """The corridor lines (OUTPUT) or the patch graph table (OUTPUT_GRAPH)."""
        fields = make_fields(LINE_FIELDS if lines else LINK_FIELDS)
        sink, dest = self.output_sink(
            parameters,
            self.OUTPUT if lines else self.OUTPUT_GRAPH,
            context,
            fields,
            QgsWkbTypes.LineString if lines else QgsWkbTypes.NoGeometry,
            grid.crs() if lines else None,
        )
        write_features(
            sink,
            link_features(fields, result.links, ids, grid, inputs.subnetwork, inputs.units, lines),
            self.tr("Least-cost corridors") if lines else self.tr("Patch graph"),
        )
        return dest
