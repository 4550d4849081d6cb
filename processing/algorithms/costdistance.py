"""aula:costdistance: accumulated cost distance from sources over a friction raster."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.errors import AulaError
from ...core.numbers import check_memory, float32
from ...core.tvb.costdistance import accumulated_cost, check_max_cost, cost_bound
from ...gis.raster import Grid, read_friction, write_geotiff
from ...gis.tvb_costdistance import (
    AREA_FIELDS,
    BYTES_PER_CELL,
    COST_NODATA,
    UNITS,
    cost_metadata,
    dispersal_areas,
    source_cells,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters


@dataclass
class _Inputs:
    friction_layer: Any
    grid: Grid
    crs_note: str | None
    sources: Any
    max_cost: float
    start_cost: float
    knight: bool
    units: str


class CostDistance(AulaAlgorithm):
    FRICTION = "FRICTION"
    SOURCES = "SOURCES"
    MAX_COST = "MAX_COST"
    KNIGHT = "KNIGHT"
    COST_UNITS = "COST_UNITS"
    START_COST = "START_COST"
    OUTPUT = "OUTPUT"
    OUTPUT_ALLOCATION = "OUTPUT_ALLOCATION"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    group_key = "tvb"
    OUTPUT_STYLES = {
        "OUTPUT": "tvb_result_cost.qml",
        "OUTPUT_ALLOCATION": "tvb_result_allocation.qml",
        "OUTPUT_AREAS": "tvb_result_dispersal_areas.qml",
    }
    LAYER_ROLES = {FRICTION: roles.FRICTION, SOURCES: roles.RESERVOIRS}

    def name(self) -> str:
        return "costdistance"

    def displayName(self) -> str:
        return self.tr("Cost distance")

    def tags(self) -> list[str]:
        return self.tr("tvb,cost,friction,dispersal,r.cost,corridor,coût,trame verte").split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        friction = QgsProcessingParameterRasterLayer(self.FRICTION, self.tr("Friction raster"))
        friction.setHelp(self.tr("Band 1; nodata = impassable; EPSG:2154 expected."))
        self.addParameter(friction)
        sources = QgsProcessingParameterFeatureSource(
            self.SOURCES,
            self.tr("Sources"),
            [
                QgsProcessing.SourceType.TypeVectorPoint,
                QgsProcessing.SourceType.TypeVectorPolygon,
            ],
        )
        sources.setHelp(self.tr("Points or polygons (e.g. reservoirs), labelled in fid order."))
        self.addParameter(sources)
        max_cost = QgsProcessingParameterNumber(
            self.MAX_COST,
            self.tr("Maximum cost (0 = unlimited)"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            minValue=0.0,
        )
        max_cost.setHelp(self.tr("In the cost units below; cells beyond it are nodata."))
        self.addParameter(max_cost)
        knight = QgsProcessingParameterBoolean(
            self.KNIGHT, self.tr("Knight's move (16 neighbours)"), False
        )
        knight.setHelp(self.tr("More accurate directions, slower (r.cost -k)."))
        self.addParameter(knight)
        self.addParameter(TvbParameters.cost_units())
        start = QgsProcessingParameterNumber(
            self.START_COST,
            self.tr("Start cost"),
            QgsProcessingParameterNumber.Type.Double,
            0.0,
            optional=True,
            minValue=0.0,
        )
        start.setHelp(self.tr("Cost of the source cells: 0, or 1 as in BioDispersal."))
        self.addParameter(start)
        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Accumulated cost"))
        output.setHelp(self.tr("Float32 GeoTIFF, nodata -1 (unreachable or beyond the maximum)."))
        self.addParameter(output)
        allocation = QgsProcessingParameterRasterDestination(
            self.OUTPUT_ALLOCATION,
            self.tr("Nearest source (allocation)"),
            optional=True,
            createByDefault=False,
        )
        allocation.setHelp(self.tr("Int32 label of the source reaching each cell; nodata 0."))
        self.addParameter(allocation)
        areas = QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS,
            self.tr("Dispersal areas"),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
            createByDefault=False,
        )
        areas.setHelp(self.tr("Cells within the maximum cost, one polygon per source."))
        self.addParameter(areas)
        self.addOutput(QgsProcessingOutputNumber("ITERATIONS", self.tr("Passes of the solver")))

    # -- validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer, grid, crs_note = self.raster_input(parameters, self.FRICTION, context)
        check_memory(grid.rows * grid.cols * BYTES_PER_CELL, grid.name)
        sources = self.parameterAsSource(parameters, self.SOURCES, context)
        if sources is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SOURCES))
        if sources.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the source layer has no feature").format(
                    layer=sources.sourceName()
                )
            )
        # sources in another CRS are reprojected to the raster's (logged): only it must be metric
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        start = parameters.get(self.START_COST)
        start_cost = (
            0.0
            if start in (None, "")
            else self.parameterAsDouble(parameters, self.START_COST, context)
        )
        if max_cost < 0 or start_cost < 0 or not math.isfinite(max_cost + start_cost):
            raise QgsProcessingException(
                self.tr("The maximum cost and the start cost must be positive or zero")
            )
        float32(max_cost, self.tr("Maximum cost (MAX_COST)"))
        float32(start_cost, self.tr("Start cost (START_COST)"))
        if 0 < max_cost < start_cost:
            raise QgsProcessingException(
                self.tr("The start cost ({start}) exceeds the maximum cost ({max})").format(
                    start=start_cost, max=max_cost
                )
            )
        units = UNITS[self.parameterAsEnum(parameters, self.COST_UNITS, context)]
        knight = self.parameterAsBoolean(parameters, self.KNIGHT, context)
        return _Inputs(layer, grid, crs_note, sources, max_cost, start_cost, knight, units)

    # -- run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        if inputs.crs_note:
            feedback.pushWarning(tr_aula(inputs.crs_note).format(layer=inputs.grid.name))
        # asked once: each call makes a new temporary path, and a layer to load that nothing writes
        alloc_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ALLOCATION, context)
        want_alloc = bool(alloc_path)
        want_areas = parameters.get(self.OUTPUT_AREAS) not in (None, "")
        if want_areas and inputs.max_cost <= 0:
            feedback.pushWarning(
                self.tr("Dispersal areas need a maximum cost above 0: they are not written")
            )
            want_areas = False
        layer = inputs.friction_layer
        friction, grid, _ = read_friction(layer.source(), layer.name())
        labels, report = source_cells(
            inputs.sources, grid, friction, feedback, context.transformContext()
        )
        ew, ns = grid.cell_size
        cell_size = (ew, ns) if inputs.units == "m" else (1.0, ns / ew)
        bound = cost_bound(friction, cell_size, inputs.knight, inputs.start_cost)
        try:
            check_max_cost(inputs.max_cost, bound)
        except AulaError as exc:
            raise self._named(inputs, exc) from exc
        feedback.pushInfo(
            self.tr("Grid: {grid}; {n} source cells").format(
                grid=grid.describe(), n=int(np.count_nonzero(labels))
            )
        )
        result = self._solve(
            inputs,
            friction,
            labels,
            cell_size=cell_size,
            knight=inputs.knight,
            max_cost=inputs.max_cost,
            start_cost=inputs.start_cost,
            with_allocation=want_alloc or want_areas,
            progress=lambda x: feedback.setProgress(90.0 * x),
            is_canceled=feedback.isCanceled,
        )
        self.check_cancelled(feedback)
        # fmt: off
        solved = {
            "sweeps": self.tr("Solved in {n} passes (down and up sweeps over the rows or the columns)"),  # noqa: E501
            "wave": self.tr("Solved by a wave in cost order (friction changing at almost every cell): {n} passes' worth of relaxations"),  # noqa: E501
            "sweeps+wave": self.tr("Solved by a wave in cost order after the sweeps stalled: {n} passes in all"),  # noqa: E501
        }
        # fmt: on
        feedback.pushInfo(solved[result.method].format(n=result.iterations))
        del friction, labels  # keep the peak memory down on large grids
        cost = result.cost.astype(np.float32)
        result.cost = None
        reached = np.isfinite(cost)
        if reached.any():
            feedback.pushInfo(
                self.tr("{n} cells reached; highest cost {peak:g} ({units})").format(
                    n=int(reached.sum()), peak=float(cost[reached].max()), units=inputs.units
                )
            )
        metadata = cost_metadata(
            inputs.units, inputs.start_cost, inputs.max_cost, inputs.knight, result.iterations
        )
        areas = []
        if want_areas:  # polygonised before anything is written
            areas = dispersal_areas(
                result.allocation,
                grid,
                report,
                inputs.max_cost,
                inputs.units,
                feedback.isCanceled,
            )
            self.check_cancelled(feedback)
        # Everything is computed: only now write the outputs (each one atomically).
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        unit_label = "friction × m" if inputs.units == "m" else "friction × cells"
        write_geotiff(
            out_path, cost, grid, COST_NODATA, metadata, description=f"cost ({unit_label})"
        )
        outputs: dict[str, Any] = {self.OUTPUT: out_path, "ITERATIONS": result.iterations}
        if want_alloc:
            write_geotiff(
                alloc_path, result.allocation, grid, 0, metadata, description="source label"
            )
            outputs[self.OUTPUT_ALLOCATION] = alloc_path
        if want_areas:
            sink, dest_id = self.output_sink(
                parameters,
                self.OUTPUT_AREAS,
                context,
                AREA_FIELDS,
                QgsWkbTypes.MultiPolygon,
                grid.crs(),
            )
            sink.addFeatures(areas, QgsFeatureSink.Flag.FastInsert)
            outputs[self.OUTPUT_AREAS] = dest_id
        feedback.setProgress(100)
        return outputs

    def _solve(self, inputs: _Inputs, friction, labels, **kwargs):
        """The core run; its input errors concern the friction raster: name it."""
        try:
            return accumulated_cost(friction, labels, **kwargs)
        except AulaError as exc:
            raise self._named(inputs, exc) from exc

    def _named(self, inputs: _Inputs, exc: AulaError) -> QgsProcessingException:
        return QgsProcessingException(
            self.tr("{layer}: {problem}").format(
                layer=inputs.grid.name, problem=exc.message(tr_aula)
            )
        )
