"""aula:degurbagrid: Degree of Urbanisation level-1 grid classification, and commune shares."""

from __future__ import annotations

from typing import Any, NamedTuple

from qgis.core import (
    QgsFeatureSink,
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
)

from ...core import layer_roles as roles
from ...core.degurba import DegurbaParams, classify
from ...gis.degurba import (
    check_same_grid,
    commune_features,
    commune_fields,
    commune_overlay,
    name_column,
    read_grid,
    write_l1,
)
from ...gis.fields import field_name
from ...gis.raster import check_crs, checked_grid
from ..base import AulaAlgorithm

SMOOTHING_RULES = ["R2023A", "R2022A", "none"]


class Prepared(NamedTuple):
    """The checked inputs of a run (communes: None when no commune output is asked for); the
    grids' headers are checked, their cells are read once, by process()."""

    pop: QgsRasterLayer
    built: QgsRasterLayer
    land: QgsRasterLayer
    params: DegurbaParams
    communes: Any
    id_field: str


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
    LAYER_ROLES = {COMMUNES: roles.COMMUNES}
    FIELD_DEFAULTS = {COMMUNE_ID: "insee"}
    OUTPUT_STYLES = {OUTPUT: "degurba_grille.qml", COMMUNE_OUTPUT: "degurba_communes.qml"}

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

    def _layer(
        self, parameters: dict[str, Any], key: str, context: QgsProcessingContext
    ) -> QgsRasterLayer:
        """A grid checked from its header: readable, not truncated, metric, fits in memory."""
        layer = self.parameterAsRasterLayer(parameters, key, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, key))
        check_crs(layer, self.tr("DEGURBA grid"))  # cells in metres: densities per km²
        checked_grid(layer.source(), layer.name())  # memory: checked when the cells are read
        return layer

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Prepared:
        pop, built, land = (
            self._layer(parameters, key, context)
            for key in (self.POPULATION, self.BUILT, self.LAND)
        )
        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        id_field = self.parameterAsString(parameters, self.COMMUNE_ID, context)
        if communes is not None:
            if communes.featureCount() == 0:
                raise QgsProcessingException(
                    self.tr("{layer}: the layer has no feature").format(layer=communes.sourceName())
                )
            if id_field:
                id_field = field_name(communes.fields(), communes.sourceName(), id_field)
        want_communes = (
            communes is not None
            and self.COMMUNE_OUTPUT in parameters
            and parameters[self.COMMUNE_OUTPUT] not in (None, "")
        )
        params = self._params(parameters, context)
        return Prepared(pop, built, land, params, communes if want_communes else None, id_field)

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
        prepared = self._prepare(parameters, context)
        pop, built, land = (read_grid(layer) for layer in prepared[:3])  # the cells, read once
        check_same_grid(pop, [built, land])
        params, communes, id_field = prepared.params, prepared.communes, prepared.id_field
        want_communes = communes is not None
        span = 60.0 if want_communes else 90.0
        result = classify(
            pop.data,
            built.data,
            land.data,
            params,
            cell_area_m2=abs(pop.transform[1] * pop.transform[5]),
            progress=lambda f: feedback.setProgress(span * f),
            is_canceled=feedback.isCanceled,
        )
        overlay = (
            commune_overlay(communes, pop, result.l1, context, feedback) if want_communes else None
        )
        self.check_cancelled(feedback)

        # Everything is computed: only now write the outputs.
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_l1(out_path, result.l1, pop, params.label())
        outputs: dict[str, Any] = {self.OUTPUT: out_path}
        if overlay is not None:
            name = name_column(communes.fields(), id_field)
            fields = commune_fields(communes.fields(), id_field, with_name=name[0])
            sink, outputs[self.COMMUNE_OUTPUT] = self.output_sink(
                parameters,
                self.COMMUNE_OUTPUT,
                context,
                fields,
                communes.wkbType(),
                communes.sourceCrs(),
            )
            for feature in commune_features(fields, overlay, id_field, params.label(), name):
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
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
