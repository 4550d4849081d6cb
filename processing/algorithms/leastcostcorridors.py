"""aula:leastcostcorridors: least-cost paths between reservoirs, the patch graph, and the NLCC."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import AulaError, Cancelled
from ...core.tvb.corridors import (
    Link,
    LinkResult,
    collinear_vertices,
    nlcc,
    pairwise_links,
    path_length,
    planar_links,
)
from ...core.tvb.subnetworks import LABELS, SUBNETWORKS
from ...gis.raster import Grid, check_crs, rasterize_sources, read_band, write_geotiff
from ...gis.values import optional_text
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm
from ..tvb_parameters import TvbParameters

UNITS = ("m", "cells")
TOPOLOGIES = ("planar", "all_pairs")
#: nodata of the NLCC raster (as the cost rasters of aula:costdistance)
NLCC_NODATA = -1.0


@dataclass
class _Inputs:
    friction_layer: Any
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
    RESERVOIRS = "RESERVOIRS"
    ID_FIELD = "ID_FIELD"
    SUBNETWORK = "SUBNETWORK"
    TOPOLOGY = "TOPOLOGY"
    MAX_COST = "MAX_COST"
    COST_UNITS = "COST_UNITS"
    KNIGHT = "KNIGHT"
    OUTPUT = "OUTPUT"
    OUTPUT_GRAPH = "OUTPUT_GRAPH"
    OUTPUT_CORRIDOR = "OUTPUT_CORRIDOR"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"

    group_key = "tvb"

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
        reservoirs = QgsProcessingParameterFeatureSource(
            self.RESERVOIRS, self.tr("Reservoirs"), [QgsProcessing.TypeVectorPolygon]
        )
        reservoirs.setHelp(self.tr("Polygons of the sub-network, e.g. from aula:reservoirs."))
        self.addParameter(reservoirs)
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
        layer = self.parameterAsRasterLayer(parameters, self.FRICTION, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, self.FRICTION))
        ds = gdal.Open(layer.source())
        if ds is None:
            raise QgsProcessingException(
                self.tr("{layer}: GDAL cannot read this raster").format(layer=layer.name())
            )
        grid = Grid(
            tuple(ds.GetGeoTransform()),
            ds.GetProjection() or "",
            (ds.RasterYSize, ds.RasterXSize),
            layer.name(),
        )
        ds = None
        try:
            crs_note = check_crs(grid)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        source = self.parameterAsSource(parameters, self.RESERVOIRS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESERVOIRS))
        name = source.sourceName()
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=name)
            )
        id_name = self.parameterAsString(parameters, self.ID_FIELD, context) or "id"
        index = source.fields().lookupField(id_name)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: field {field} does not exist").format(layer=name, field=id_name)
            )
        topology = TOPOLOGIES[self.parameterAsEnum(parameters, self.TOPOLOGY, context)]
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        if not (max_cost >= 0 and math.isfinite(max_cost)):
            raise QgsProcessingException(self.tr("The maximum cost must be positive or zero"))
        if topology == "all_pairs" and max_cost <= 0:
            raise QgsProcessingException(
                self.tr("The topology “all pairs” needs a maximum cost greater than 0")
            )
        return _Inputs(
            friction_layer=layer,
            grid=grid,
            crs_note=crs_note,
            reservoirs=source,
            layer=name,
            id_field=source.fields().at(index).name(),
            subnetwork=SUBNETWORKS[self.parameterAsEnum(parameters, self.SUBNETWORK, context)],
            topology=topology,
            max_cost=max_cost,
            units=UNITS[self.parameterAsEnum(parameters, self.COST_UNITS, context)],
            knight=self.parameterAsBoolean(parameters, self.KNIGHT, context),
            width=self.parameterAsDouble(parameters, self.CORRIDOR_WIDTH, context),
        )

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
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
        try:
            friction, grid, _ = read_band(
                inputs.friction_layer.source(), inputs.friction_layer.name(), dtype=np.float32
            )
            ids, labels = self._labels(inputs, grid, context, feedback)
            ew, ns = grid.cell_size
            cell = (ew, ns) if inputs.units == "m" else (1.0, ns / ew)
            feedback.pushInfo(
                self.tr("Grid: {grid}; {n} reservoirs").format(grid=grid.describe(), n=len(ids))
            )
            span = 60.0 if want_nlcc else 90.0
            progress = lambda f: feedback.setProgress(5 + span * f)  # noqa: E731
            if inputs.topology == "planar":
                result = planar_links(
                    friction,
                    labels,
                    cell_size=cell,
                    knight=inputs.knight,
                    max_cost=inputs.max_cost,
                    progress=progress,
                    is_canceled=feedback.isCanceled,
                )
            else:
                result = pairwise_links(
                    friction,
                    labels,
                    cell_size=cell,
                    knight=inputs.knight,
                    max_cost=inputs.max_cost,
                    progress=progress,
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
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())
        self._report(result, ids, inputs, feedback, time.perf_counter() - started)

        # Everything is computed: only now write the outputs.
        outputs: dict[str, Any] = {
            self.OUTPUT: self._write_lines(parameters, context, inputs, grid, ids, result.links),
            "LINKS": len(result.links),
        }
        if parameters.get(self.OUTPUT_GRAPH) not in (None, ""):
            outputs[self.OUTPUT_GRAPH] = self._write_graph(
                parameters, context, inputs, grid, ids, result
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

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _labels(
        self,
        inputs: _Inputs,
        grid: Grid,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> tuple[list[str], np.ndarray]:
        """Reservoir ids sorted, and their label grid (label k = k-th id), as costdistance burns
        sources: the reservoirs are copied in id order so that the labels (and the lowest label
        winning where polygons overlap) do not depend on the order of the input features."""
        source = inputs.reservoirs
        rows: dict[str, QgsGeometry] = {}
        empty_id = 0
        duplicates: set[str] = set()
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            key = optional_text(feature[inputs.id_field])
            if key is None:
                empty_id += 1
            elif key in rows:
                duplicates.add(key)
            else:
                rows[key] = QgsGeometry(feature.geometry())
        if empty_id:
            raise QgsProcessingException(
                self.tr("{layer}: {count} features have an empty identifier ({field})").format(
                    layer=inputs.layer, count=empty_id, field=inputs.id_field
                )
            )
        if duplicates:
            raise QgsProcessingException(
                self.tr("{layer}: duplicate identifiers in {field}: {ids}").format(
                    layer=inputs.layer, field=inputs.id_field, ids=", ".join(sorted(duplicates))
                )
            )
        ids = sorted(rows)
        crs: QgsCoordinateReferenceSystem = source.sourceCrs()
        copy = QgsVectorLayer(
            "MultiPolygon?crs={}".format(crs.authid() or "EPSG:2154"), "reservoirs", "memory"
        )
        if crs.isValid():
            copy.setCrs(crs)
        features = []
        for key in ids:
            feature = QgsFeature()
            geometry = QgsGeometry(rows[key])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            features.append(feature)
        copy.dataProvider().addFeatures(features)
        labels, report = rasterize_sources(
            copy, grid, feedback, transform_context=context.transformContext()
        )
        # label k belongs to the k-th feature with a geometry, in fid (= sorted id) order
        with_geometry = [key for key in ids if not rows[key].isNull() and not rows[key].isEmpty()]
        if len(with_geometry) != len(ids):
            feedback.pushWarning(
                self.tr("{layer}: {n} features without geometry are ignored").format(
                    layer=inputs.layer, n=len(ids) - len(with_geometry)
                )
            )
        if report.reprojected:
            feedback.pushInfo(
                self.tr("{layer}: reservoirs reprojected to the CRS of {raster}").format(
                    layer=inputs.layer, raster=grid.name
                )
            )
        if report.inner_point:
            feedback.pushInfo(
                self.tr(
                    "{layer}: {n} polygons too thin to cover a cell centre use the cell of "
                    "their inner point"
                ).format(layer=inputs.layer, n=report.inner_point)
            )
        if report.labels == 0:
            raise QgsProcessingException(
                self.tr("{layer}: no reservoir lies inside the raster {raster}").format(
                    layer=inputs.layer, raster=grid.name
                )
            )
        present = set(np.unique(labels[labels > 0]).tolist())
        outside = [key for k, key in enumerate(with_geometry, start=1) if k not in present]
        if outside:
            feedback.pushWarning(
                self.tr("{layer}: {n} reservoirs outside the raster {raster}: {ids}").format(
                    layer=inputs.layer, n=len(outside), raster=grid.name, ids=_short(outside)
                )
            )
        return with_geometry, labels

    def _report(
        self,
        result: LinkResult,
        ids: list[str],
        inputs: _Inputs,
        feedback: QgsProcessingFeedback,
        seconds: float,
    ) -> None:
        unreached = [ids[label - 1] for label in result.unreached]
        if unreached:
            feedback.pushWarning(
                self.tr(
                    "{n} reservoirs lie only on impassable cells (friction nodata) and get "
                    "no link: {ids}"
                ).format(n=len(unreached), ids=_short(unreached))
            )
        inexact = sum(1 for link in result.links if not link.exact)
        if inexact:
            feedback.pushWarning(
                self.tr(
                    "{n} paths end in another reservoir at exactly the same cost (a tie); "
                    "their cost is right"
                ).format(n=inexact)
            )
        linked = {link.a for link in result.links} | {link.b for link in result.links}
        isolated = [ids[k] for k in range(len(ids)) if k + 1 not in linked]
        if isolated:
            feedback.pushInfo(
                self.tr("{n} reservoirs without any link: {ids}").format(
                    n=len(isolated), ids=_short(isolated)
                )
            )
        feedback.pushInfo(
            self.tr(
                "{links} links ({topology}) in {seconds:.1f} s, of which {cost:.1f} s in "
                "{runs} cost runs ({passes} passes)"
            ).format(
                links=len(result.links),
                topology=self._topology_label(inputs.topology),
                seconds=seconds,
                cost=result.cost_seconds,
                runs=result.runs,
                passes=result.iterations,
            )
        )

    def _topology_label(self, topology: str) -> str:
        if topology == "planar":
            return self.tr("planar (neighbouring reservoirs)")
        return self.tr("all pairs within the maximum cost")

    def _link_fields(self, lines: bool) -> QgsFields:
        fields = QgsFields()
        if lines:
            fields.append(QgsField("id", QVariant.Int))
        fields.append(QgsField("from_id", QVariant.String))
        fields.append(QgsField("to_id", QVariant.String))
        fields.append(QgsField("cost", QVariant.Double))
        fields.append(QgsField("length_m", QVariant.Double))
        fields.append(QgsField("sous_trame", QVariant.String))
        fields.append(QgsField("units", QVariant.String))
        return fields

    def _values(self, link: Link, ids: list[str], grid: Grid, inputs: _Inputs) -> list[Any]:
        return [
            ids[link.a - 1],
            ids[link.b - 1],
            float(link.cost),
            path_length(link.cells, grid.cell_size),
            inputs.subnetwork,
            inputs.units,
        ]

    def _write_lines(self, parameters, context, inputs, grid: Grid, ids, links) -> str:
        fields = self._link_fields(lines=True)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString, grid.crs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        x0, dx, _, y0, _, dy = grid.transform
        for k, link in enumerate(links, start=1):
            vertices = collinear_vertices(link.cells)
            points = [
                QgsPointXY(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy) for r, c in vertices.tolist()
            ]
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY(points))
            feature.setAttributes([k, *self._values(link, ids, grid, inputs)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest

    def _write_graph(self, parameters, context, inputs, grid: Grid, ids, result) -> str:
        fields = self._link_fields(lines=False)
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT_GRAPH,
            context,
            fields,
            QgsWkbTypes.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_GRAPH))
        for link in result.links:
            feature = QgsFeature(fields)
            feature.setAttributes(self._values(link, ids, grid, inputs))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest


def _short(keys: list[str], limit: int = 20) -> str:
    text = ", ".join(keys[:limit])
    return text + (" (+{})".format(len(keys) - limit) if len(keys) > limit else "")
