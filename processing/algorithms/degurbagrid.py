"""aula:degurbagrid: Degree of Urbanisation level-1 grid classification, and commune shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QVariant

from ...core.compat import zip_strict
from ...core.degurba import DegurbaParams, classify, commune_shares, unit_class
from ...core.errors import AulaError, Cancelled
from ...gis.raster import Grid, read_band, write_geotiff
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

SMOOTHING_RULES = ["R2023A", "R2022A", "none"]
CLASS_FIELDS = ["pop_water", "pop_rural", "pop_cluster", "pop_centre"]


@dataclass
class _Grid:
    name: str
    data: np.ndarray
    transform: tuple[float, ...]
    wkt: str
    crs: QgsCoordinateReferenceSystem


class DegurbaGrid(AulaAlgorithm):
    POPULATION = "POPULATION"
    BUILT = "BUILT"
    LAND = "LAND"
    SMOOTHING = "SMOOTHING"
    USE_BUILT = "USE_BUILT"
    BUILT_THRESHOLD = "BUILT_THRESHOLD"
    UC_DENSITY = "UC_DENSITY"
    UC_SIZE = "UC_SIZE"
    UC_CONTIGUITY = "UC_CONTIGUITY"
    GAP_FILL = "GAP_FILL"
    MAX_HOLE = "MAX_HOLE"
    UCL_DENSITY = "UCL_DENSITY"
    UCL_SIZE = "UCL_SIZE"
    UCL_CONTIGUITY = "UCL_CONTIGUITY"
    WATER_LAND = "WATER_LAND"
    STRICT = "STRICT"
    COMMUNES = "COMMUNES"
    COMMUNE_ID = "COMMUNE_ID"
    OUTPUT = "OUTPUT"
    COMMUNE_OUTPUT = "COMMUNE_OUTPUT"

    group_key = "centralities"

    def name(self) -> str:
        return "degurbagrid"

    def displayName(self) -> str:
        return self.tr("Degree of Urbanisation grid (DEGURBA level 1)")

    def tags(self) -> list[str]:
        return self.tr("degurba,urbanisation,urban centre,cluster,ghsl,grid,grille,densité").split(
            ","
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        for key, label, help_text in (
            (
                self.POPULATION,
                self.tr("Population grid"),
                self.tr("Inhabitants per cell (e.g. GHS-POP), nodata = missing."),
            ),
            (
                self.BUILT,
                self.tr("Built-up surface grid (m²)"),
                self.tr("Built-up surface in m² per cell (e.g. GHS-BUILT-S)."),
            ),
            (
                self.LAND,
                self.tr("Land surface grid (m²)"),
                self.tr("Permanent land surface in m² per cell (the cell area minus water)."),
            ),
        ):
            param = QgsProcessingParameterRasterLayer(key, label)
            param.setHelp(help_text)
            self.addParameter(param)

        smoothing = QgsProcessingParameterEnum(
            self.SMOOTHING,
            self.tr("Edge smoothing (majority rule)"),
            options=["R2023A", "R2022A", self.tr("None")],
            defaultValue=0,
        )
        smoothing.setHelp(
            self.tr(
                "R2023A: majority of the neighbours that are land or populated; R2022A: 5 of "
                "the 8 neighbours; None: no smoothing."
            )
        )
        self.addParameter(smoothing)

        self._boolean(
            self.USE_BUILT,
            self.tr("Built-up criterion for urban centres"),
            True,
            self.tr(
                "Cells whose built-up share of land reaches the threshold are "
                "dense even below the density threshold."
            ),
        )
        self._number(
            self.BUILT_THRESHOLD,
            self.tr("Built-up share threshold"),
            0.2,
            0.0,
            1.0,
            self.tr("0.5 in R2022A; 0.2 for 2020 data in R2023A (flexurba default)."),
        )
        self._number(
            self.UC_DENSITY,
            self.tr("Urban centre density (inhabitants/km²)"),
            1500.0,
            0.0,
            None,
            self.tr("Density threshold of urban centre cells."),
        )
        self._number(
            self.UC_SIZE,
            self.tr("Urban centre population"),
            50000.0,
            0.0,
            None,
            self.tr("Minimum population of an urban centre."),
        )
        contiguity = QgsProcessingParameterEnum(
            self.UC_CONTIGUITY,
            self.tr("Urban centre contiguity"),
            options=[self.tr("Rook (4 neighbours)"), self.tr("Queen (8 neighbours)")],
            defaultValue=0,
        )
        contiguity.setHelp(self.tr("Rook in the method."))
        self.addParameter(contiguity)
        self._boolean(
            self.GAP_FILL,
            self.tr("Fill gaps in urban centres"),
            True,
            self.tr("Fill holes enclosed by an urban centre."),
        )
        max_hole = QgsProcessingParameterNumber(
            self.MAX_HOLE,
            self.tr("Largest gap filled (cells)"),
            QgsProcessingParameterNumber.Type.Integer,
            14,
            minValue=0,
        )
        max_hole.setHelp(self.tr("14 cells of 1 km² in the method (gaps under 15 km²)."))
        self.addParameter(max_hole)
        self._number(
            self.UCL_DENSITY,
            self.tr("Urban cluster density (inhabitants/km²)"),
            300.0,
            0.0,
            None,
            self.tr("Density threshold of urban cluster cells."),
        )
        self._number(
            self.UCL_SIZE,
            self.tr("Urban cluster population"),
            5000.0,
            0.0,
            None,
            self.tr("Minimum population of an urban cluster."),
        )
        ucl_contiguity = QgsProcessingParameterEnum(
            self.UCL_CONTIGUITY,
            self.tr("Urban cluster contiguity"),
            options=[self.tr("Queen (8 neighbours)"), self.tr("Rook (4 neighbours)")],
            defaultValue=0,
        )
        ucl_contiguity.setHelp(self.tr("Queen in the method."))
        self.addParameter(ucl_contiguity)
        self._number(
            self.WATER_LAND,
            self.tr("Water: land share below"),
            0.5,
            0.0,
            1.0,
            self.tr(
                "Unpopulated cells without built-up surface and with a smaller "
                "land share are water."
            ),
        )
        self._boolean(
            self.STRICT,
            self.tr("Strict thresholds (> instead of ≥)"),
            False,
            self.tr("“More than” as in Eurostat and INSEE texts; GHSL uses ≥."),
        )

        communes = QgsProcessingParameterFeatureSource(
            self.COMMUNES,
            self.tr("Communes (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        communes.setHelp(self.tr("Polygons classified from the share of their population."))
        self.addParameter(communes)
        commune_id = QgsProcessingParameterField(
            self.COMMUNE_ID,
            self.tr("Commune identifier field"),
            parentLayerParameterName=self.COMMUNES,
            optional=True,
        )
        commune_id.setHelp(self.tr("Copied to the commune output (e.g. the INSEE code)."))
        self.addParameter(commune_id)

        output = QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("DEGURBA level 1 grid")
        )
        output.setHelp(self.tr("Byte raster: 3 urban centre, 2 urban cluster, 1 rural, 0 water."))
        self.addParameter(output)
        commune_output = QgsProcessingParameterFeatureSink(
            self.COMMUNE_OUTPUT,
            self.tr("Communes classified"),
            QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True,
            createByDefault=False,
        )
        commune_output.setHelp(self.tr("Population by class, share in centres and class."))
        self.addParameter(commune_output)

    def _number(self, key, label, default, minimum, maximum, help_text) -> None:
        param = QgsProcessingParameterNumber(
            key, label, QgsProcessingParameterNumber.Type.Double, default, minValue=minimum
        )
        if maximum is not None:
            param.setMaximum(maximum)
        param.setHelp(help_text)
        self.addParameter(param)

    def _boolean(self, key, label, default, help_text) -> None:
        param = QgsProcessingParameterBoolean(key, label, default)
        param.setHelp(help_text)
        self.addParameter(param)

    # -- Inputs ---------------------------------------------------------------------------------

    def _read(self, parameters, key, context) -> _Grid:
        layer: QgsRasterLayer | None = self.parameterAsRasterLayer(parameters, key, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, key))
        name = layer.name()
        data, grid, nonfinite = read_band(layer.source(), name)
        if nonfinite == data.size:
            raise QgsProcessingException(
                self.tr("{layer}: every cell is nodata").format(layer=name)
            )
        return _Grid(name, data, grid.transform, grid.wkt, layer.crs())

    def _check_grids(self, pop: _Grid, others: list[_Grid]) -> None:
        for grid in others:
            same = grid.data.shape == pop.data.shape and np.allclose(
                grid.transform, pop.transform, rtol=0, atol=1e-6 * abs(pop.transform[1])
            )
            if not same:
                raise QgsProcessingException(
                    self.tr(
                        "{layer} is not on the grid of {pop}: {cols} × {rows} cells from "
                        "({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), "
                        "cell {psize}"
                    ).format(
                        layer=grid.name,
                        pop=pop.name,
                        cols=grid.data.shape[1],
                        rows=grid.data.shape[0],
                        x=grid.transform[0],
                        y=grid.transform[3],
                        size=grid.transform[1],
                        pcols=pop.data.shape[1],
                        prows=pop.data.shape[0],
                        px=pop.transform[0],
                        py=pop.transform[3],
                        psize=pop.transform[1],
                    )
                )
            if grid.wkt and pop.wkt:
                a, b = osr.SpatialReference(grid.wkt), osr.SpatialReference(pop.wkt)
                if not a.IsSame(b):
                    raise QgsProcessingException(
                        self.tr("{layer} and {pop} have different CRS").format(
                            layer=grid.name, pop=pop.name
                        )
                    )

    def _params(self, parameters, context) -> DegurbaParams:
        def num(key: str) -> float:
            return self.parameterAsDouble(parameters, key, context)

        return DegurbaParams(
            uc_density=num(self.UC_DENSITY),
            uc_size=num(self.UC_SIZE),
            uc_contiguity=(4, 8)[self.parameterAsEnum(parameters, self.UC_CONTIGUITY, context)],
            uc_built=self.parameterAsBoolean(parameters, self.USE_BUILT, context),
            uc_built_threshold=num(self.BUILT_THRESHOLD),
            uc_smoothing=SMOOTHING_RULES[self.parameterAsEnum(parameters, self.SMOOTHING, context)],
            uc_gap_fill=self.parameterAsBoolean(parameters, self.GAP_FILL, context),
            uc_max_hole=self.parameterAsInt(parameters, self.MAX_HOLE, context),
            ucl_density=num(self.UCL_DENSITY),
            ucl_size=num(self.UCL_SIZE),
            ucl_contiguity=(8, 4)[self.parameterAsEnum(parameters, self.UCL_CONTIGUITY, context)],
            water_land=num(self.WATER_LAND),
            strict=self.parameterAsBoolean(parameters, self.STRICT, context),
        )

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        pop = self._read(parameters, self.POPULATION, context)
        built = self._read(parameters, self.BUILT, context)
        land = self._read(parameters, self.LAND, context)
        self._check_grids(pop, [built, land])
        params = self._params(parameters, context)
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        want_communes = (
            communes is not None
            and self.COMMUNE_OUTPUT in parameters
            and parameters[self.COMMUNE_OUTPUT] not in (None, "")
        )
        if communes is not None and communes.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=communes.sourceName())
            )
        cell_area = abs(pop.transform[1] * pop.transform[5])
        span = 60.0 if want_communes else 90.0
        try:
            result = classify(
                pop.data,
                built.data,
                land.data,
                params,
                cell_area_m2=cell_area,
                progress=lambda f: feedback.setProgress(span * f),
                is_canceled=feedback.isCanceled,
            )
            shares = None
            if want_communes:
                shares = self._overlay(communes, pop, result.l1, context, feedback)
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self._cancelled())

        # Everything is computed: only now write the outputs.
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        self._write_raster(out_path, result.l1, pop, params)
        outputs: dict[str, Any] = {self.OUTPUT: out_path}
        if shares is not None:
            outputs[self.COMMUNE_OUTPUT] = self._write_communes(
                parameters, context, communes, shares, params
            )
        feedback.pushInfo(self.tr("Rule set: {rules}").format(rules=params.label()))
        names = [
            self.tr("water"),
            self.tr("rural"),
            self.tr("urban cluster"),
            self.tr("urban centre"),
        ]
        for value, label in enumerate(names):
            feedback.pushInfo(
                self.tr("{label}: {cells} cells, {pop} inhabitants").format(
                    label=label,
                    cells=result.cells_by_class[value],
                    pop=round(result.population_by_class[value]),
                )
            )
        feedback.setProgress(100)
        for value, key in enumerate(
            ("WATER_CELLS", "RURAL_CELLS", "CLUSTER_CELLS", "CENTRE_CELLS")
        ):
            outputs[key] = result.cells_by_class[value]
        outputs["CENTRES"] = int(result.centres.max())
        return outputs

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    def _write_raster(self, path: str, l1: np.ndarray, pop: _Grid, params: DegurbaParams) -> None:
        grid = Grid(pop.transform, pop.wkt, l1.shape)
        metadata = {"DEGURBA_RULES": params.label()}
        write_geotiff(
            path, l1.astype(np.uint8, copy=False), grid, None, metadata, description="DEGURBA L1"
        )

    def _overlay(self, communes, pop: _Grid, l1, context, feedback) -> tuple[list, np.ndarray]:
        """Area-weighted overlay of the cells with each commune: (features, population shares)."""
        transform = QgsCoordinateTransform(
            communes.sourceCrs(), pop.crs, context.transformContext()
        )
        x0, dx, _, y0, _, dy = pop.transform
        rows, cols = l1.shape
        features, c_idx, cell_idx, weights = [], [], [], []
        total = max(communes.featureCount(), 1)
        for n, feature in enumerate(communes.getFeatures()):
            if feedback.isCanceled():
                raise Cancelled()
            features.append(feature)
            geom = QgsGeometry(feature.geometry())
            if geom.isEmpty():
                continue
            geom.transform(transform)
            engine = QgsGeometry.createGeometryEngine(geom.constGet())
            engine.prepareGeometry()
            box = geom.boundingBox()
            c0 = max(int(np.floor((box.xMinimum() - x0) / dx)), 0)
            c1 = min(int(np.ceil((box.xMaximum() - x0) / dx)), cols)
            r0 = max(int(np.floor((box.yMaximum() - y0) / dy)), 0)
            r1 = min(int(np.ceil((box.yMinimum() - y0) / dy)), rows)
            area = abs(dx * dy)
            for r in range(r0, r1):
                for c in range(c0, c1):
                    cell = QgsGeometry.fromRect(
                        QgsRectangle(x0 + c * dx, y0 + (r + 1) * dy, x0 + (c + 1) * dx, y0 + r * dy)
                    )
                    if engine.contains(cell.constGet()):
                        w = 1.0
                    elif engine.intersects(cell.constGet()):
                        w = geom.intersection(cell).area() / area
                    else:
                        continue
                    c_idx.append(len(features) - 1)
                    cell_idx.append(r * cols + c)
                    weights.append(w)
            feedback.setProgress(60 + 30 * (n + 1) / total)
        shares = commune_shares(
            np.array(c_idx, dtype=np.int64),
            np.array(cell_idx, dtype=np.int64),
            np.array(weights),
            l1,
            pop.data,
            len(features),
        )
        return features, shares

    def _write_communes(self, parameters, context, communes, overlay, params) -> str:
        features, shares = overlay
        id_field = self.parameterAsString(parameters, self.COMMUNE_ID, context)
        fields = QgsFields()
        if id_field:
            fields.append(communes.fields().field(id_field))
        for name in (*CLASS_FIELDS, "pop_total"):
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("share_centre", QVariant.Double))
        fields.append(QgsField("degurba", QVariant.Int))
        fields.append(QgsField("degurba_rules", QVariant.String))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.COMMUNE_OUTPUT,
            context,
            fields,
            communes.wkbType(),
            communes.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.COMMUNE_OUTPUT))
        classes = unit_class(shares)
        label = params.label()
        for feature, row, cls in zip_strict(features, shares, classes):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            total = float(row.sum())
            values = [feature[id_field]] if id_field else []
            values += [float(v) for v in row] + [total]
            values += [float(row[3] / total) if total > 0 else None, int(cls), label]
            out.setAttributes(values)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id
