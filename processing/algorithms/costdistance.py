"""aula:costdistance: accumulated cost distance from sources over a friction raster."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
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
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.tvb.costdistance import METHOD, accumulated_cost
from ...gis.raster import Grid, check_crs, rasterize_sources, read_band, write_geotiff
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters

#: nodata of the cost raster (costs are never negative; NaN is avoided for older readers)
COST_NODATA = -1.0
UNITS = ("m", "cells")


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
        layer = self.parameterAsRasterLayer(parameters, self.FRICTION, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, self.FRICTION))
        ds = gdal.Open(layer.source())
        if ds is None:
            raise QgsProcessingException(
                self.tr("{layer}: GDAL cannot read this raster").format(layer=layer.name())
            )
        gt = ds.GetGeoTransform()
        grid = Grid(
            tuple(gt), ds.GetProjection() or "", (ds.RasterYSize, ds.RasterXSize), layer.name()
        )
        ds = None
        try:
            crs_note = check_crs(grid)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        sources = self.parameterAsSource(parameters, self.SOURCES, context)
        if sources is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SOURCES))
        if sources.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the source layer has no feature").format(
                    layer=sources.sourceName()
                )
            )
        if sources.sourceCrs().isValid() and sources.sourceCrs().isGeographic():
            pass  # reprojected to the raster's CRS (logged); only the raster must be metric
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

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        if inputs.crs_note:
            feedback.pushWarning(tr_aula(inputs.crs_note).format(layer=inputs.grid.name))
        want_alloc = bool(self.parameterAsOutputLayer(parameters, self.OUTPUT_ALLOCATION, context))
        want_areas = parameters.get(self.OUTPUT_AREAS) not in (None, "")
        if want_areas and inputs.max_cost <= 0:
            feedback.pushWarning(
                self.tr("Dispersal areas need a maximum cost above 0: they are not written")
            )
            want_areas = False
        try:
            friction, grid, _ = read_band(
                inputs.friction_layer.source(), inputs.friction_layer.name(), dtype=np.float32
            )
            labels, report = rasterize_sources(
                inputs.sources, grid, feedback, transform_context=context.transformContext()
            )
            self._report_sources(report, inputs, feedback)
            labels = self._drop_impassable(labels, friction, inputs, feedback)
            ew, ns = grid.cell_size
            cell = (ew, ns) if inputs.units == "m" else (1.0, ns / ew)
            feedback.pushInfo(
                self.tr("Grid: {grid}; {n} source cells").format(
                    grid=grid.describe(), n=int(np.count_nonzero(labels))
                )
            )
            result = self._solve(
                inputs,
                friction,
                labels,
                cell_size=cell,
                knight=inputs.knight,
                max_cost=inputs.max_cost,
                start_cost=inputs.start_cost,
                with_allocation=want_alloc or want_areas,
                progress=lambda x: feedback.setProgress(90.0 * x),
                is_canceled=feedback.isCanceled,
            )
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())
        feedback.pushInfo(
            self.tr("Solved in {n} passes (down and up sweeps over the rows)").format(
                n=result.iterations
            )
        )
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
        metadata = {
            "AULA_ALGORITHM": "aula:costdistance",
            "AULA_METHOD": METHOD,
            "AULA_COST_UNITS": inputs.units,
            "AULA_START_COST": f"{inputs.start_cost:g}",
            "AULA_MAX_COST": f"{inputs.max_cost:g}",
            "AULA_KNIGHT": "yes" if inputs.knight else "no",
            "AULA_ITERATIONS": str(result.iterations),
            "AULA_NODATA": "-1: unreachable or beyond the maximum cost",
        }
        # Everything is computed: only now write the outputs (each one atomically).
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        unit_label = "friction × m" if inputs.units == "m" else "friction × cells"
        write_geotiff(
            out_path, cost, grid, COST_NODATA, metadata, description=f"cost ({unit_label})"
        )
        outputs: dict[str, Any] = {self.OUTPUT: out_path, "ITERATIONS": result.iterations}
        if want_alloc:
            alloc_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ALLOCATION, context)
            write_geotiff(
                alloc_path, result.allocation, grid, 0, metadata, description="source label"
            )
            outputs[self.OUTPUT_ALLOCATION] = alloc_path
        if want_areas:
            outputs[self.OUTPUT_AREAS] = self._write_areas(
                parameters, context, feedback, result.allocation, grid, report, inputs
            )
        feedback.setProgress(100)
        return outputs

    def _solve(self, inputs: _Inputs, friction, labels, **kwargs):
        """The core run; its input errors concern the friction raster: name it."""
        try:
            return accumulated_cost(friction, labels, **kwargs)
        except AulaError as exc:
            raise QgsProcessingException(
                self.tr("{layer}: {problem}").format(
                    layer=inputs.grid.name, problem=exc.message(tr_aula)
                )
            ) from exc

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _report_sources(self, report, inputs: _Inputs, feedback) -> None:
        name = inputs.sources.sourceName()
        if report.reprojected:
            feedback.pushInfo(
                self.tr("{layer}: sources reprojected to the CRS of {raster}").format(
                    layer=name, raster=inputs.grid.name
                )
            )
        if report.empty:
            feedback.pushWarning(
                self.tr("{layer}: {n} features without geometry are ignored").format(
                    layer=name, n=report.empty
                )
            )
        if report.inner_point:
            feedback.pushInfo(
                self.tr(
                    "{layer}: {n} polygons too thin to cover a cell centre use the cell of "
                    "their inner point"
                ).format(layer=name, n=report.inner_point)
            )
        if report.labels == 0:
            raise QgsProcessingException(
                self.tr("{layer}: no source lies inside the raster {raster}").format(
                    layer=name, raster=inputs.grid.name
                )
            )
        if report.outside:
            feedback.pushWarning(
                self.tr("{layer}: {n} sources outside the raster {raster} are ignored").format(
                    layer=name, n=report.outside, raster=inputs.grid.name
                )
            )

    def _drop_impassable(self, labels, friction, inputs: _Inputs, feedback) -> np.ndarray:
        blocked = (labels > 0) & np.isnan(friction)
        n_cells = int(blocked.sum())
        if not n_cells:
            return labels
        before = set(np.unique(labels[labels > 0]).tolist())
        labels = np.where(blocked, 0, labels).astype(np.int32)
        after = set(np.unique(labels[labels > 0]).tolist())
        name = inputs.sources.sourceName()
        if not after:
            raise QgsProcessingException(
                self.tr(
                    "{layer}: every source lies on impassable cells (friction nodata) of {raster}"
                ).format(layer=name, raster=inputs.grid.name)
            )
        feedback.pushWarning(
            self.tr(
                "{layer}: {cells} source cells on impassable cells (friction nodata) are "
                "dropped; {n} sources lose all their cells"
            ).format(layer=name, cells=n_cells, n=len(before - after))
        )
        return labels

    def _write_areas(self, parameters, context, feedback, allocation, grid, report, inputs):
        """Polygonise the allocation within the maximum cost, dissolved per source label."""
        rows, cols = grid.shape
        mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
        mem.SetGeoTransform(grid.transform)
        band = mem.GetRasterBand(1)
        band.WriteArray(allocation)
        band.SetNoDataValue(0)
        srs = osr.SpatialReference(grid.wkt) if grid.wkt else None
        vec = ogr.GetDriverByName("Memory").CreateDataSource("areas")
        layer = vec.CreateLayer("areas", srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
        gdal.Polygonize(band, band, layer, 0, [], callback=None)
        parts: dict[int, list[QgsGeometry]] = {}
        for feat in layer:
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            geom = QgsGeometry()
            geom.fromWkb(bytes(feat.GetGeometryRef().ExportToWkb()))
            parts.setdefault(int(feat.GetField("label")), []).append(geom)
        fields = QgsFields()
        fields.append(QgsField("source", QVariant.Int))
        fields.append(QgsField("source_fid", QVariant.LongLong))
        fields.append(QgsField("max_cost", QVariant.Double))
        fields.append(QgsField("units", QVariant.String))
        fields.append(QgsField("surface_ha", QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT_AREAS,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            grid.crs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_AREAS))
        for label in sorted(parts):
            geom = QgsGeometry.unaryUnion(parts[label])
            geom.convertToMultiType()
            out = QgsFeature(fields)
            out.setGeometry(geom)
            fid = report.fids[label - 1] if 0 < label <= len(report.fids) else None
            out.setAttributes([label, fid, inputs.max_cost, inputs.units, geom.area() / 10000.0])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id
