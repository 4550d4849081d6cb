"""aula:circuitflow: Circuitscape's raster pairwise, one-to-all and all-to-one modes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsFeature,
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
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...core import layer_roles as roles
from ...core.errors import AulaError
from ...core.numbers import check_memory
from ...core.tvb import circuit
from ...gis.raster import Grid, read_band, write_geotiff
from ...gis.tvb_circuit import (
    BYTES_PER_CELL,
    CURRENT_NODATA,
    TABLE_FIELDS,
    check_on_nodata,
    current_raster,
    focal_from_features,
    focal_from_raster,
    short_circuit_regions,
    table_rows,
    write_matrix_csv,
    write_pair_maps,
)
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

MODES = ["pairwise", "one-to-all", "all-to-one"]


@dataclass
class _Inputs:
    layer: Any
    grid: Grid
    crs_note: str | None
    focal: Any
    focal_raster: Any
    id_field: str | None
    short: Any
    mode: str


class CircuitFlow(AulaAlgorithm):
    RASTER = "RASTER"
    IS_RESISTANCE = "IS_RESISTANCE"
    FOCAL = "FOCAL"
    ID_FIELD = "ID_FIELD"
    FOCAL_RASTER = "FOCAL_RASTER"
    SHORT_CIRCUIT = "SHORT_CIRCUIT"
    MODE = "MODE"
    FOUR_NEIGHBOURS = "FOUR_NEIGHBOURS"
    AVG_CONDUCTANCES = "AVG_CONDUCTANCES"
    VOLTAGES = "VOLTAGES"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_MAX = "OUTPUT_MAX"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    group_key = "tvb"
    OUTPUT_STYLES = {
        "OUTPUT_CURRENT": "tvb_result_current.qml",
        "OUTPUT_MAX": "tvb_result_current.qml",
    }
    LAYER_ROLES = {RASTER: roles.FRICTION, FOCAL: roles.RESERVOIRS}

    def name(self) -> str:
        return "circuitflow"

    def displayName(self) -> str:
        return self.tr("Current flow (circuit theory)")

    def tags(self) -> list[str]:
        return self.tr("tvb,circuitscape,current,circuit,resistance,courant,trame verte").split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        raster = QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Resistance raster"))
        raster.setHelp(self.tr("Band 1; nodata = impassable; EPSG:2154 expected."))
        self.addParameter(raster)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.IS_RESISTANCE,
                self.tr("Values are resistances (unchecked: conductances)"),
                True,
            )
        )
        focal = QgsProcessingParameterFeatureSource(
            self.FOCAL,
            self.tr("Focal nodes"),
            [
                QgsProcessing.SourceType.TypeVectorPoint,
                QgsProcessing.SourceType.TypeVectorPolygon,
            ],
            optional=True,
        )
        focal.setHelp(self.tr("Points or polygons (e.g. reservoirs); or a raster of ids below."))
        self.addParameter(focal)
        field = QgsProcessingParameterField(
            self.ID_FIELD,
            self.tr("Focal node identifier (empty: feature id)"),
            parentLayerParameterName=self.FOCAL,
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
        field.setHelp(self.tr("Positive integers; features sharing an id form one region."))
        self.addParameter(field)
        focal_raster = QgsProcessingParameterRasterLayer(
            self.FOCAL_RASTER, self.tr("Focal nodes raster (ids > 0)"), optional=True
        )
        focal_raster.setHelp(self.tr("Same grid as the resistance raster, as in Circuitscape."))
        self.addParameter(focal_raster)
        short = QgsProcessingParameterFeatureSource(
            self.SHORT_CIRCUIT,
            self.tr("Short-circuit regions"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        )
        short.setHelp(self.tr("Each polygon is one node of zero resistance (e.g. a lake)."))
        self.addParameter(short)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                self.tr("Mode"),
                [self.tr("Pairwise"), self.tr("One-to-all"), self.tr("All-to-one")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.FOUR_NEIGHBOURS, self.tr("Four neighbours only (else eight)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.AVG_CONDUCTANCES,
                self.tr("Average conductances between cells (else resistances)"),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.VOLTAGES, self.tr("Voltage maps in the per-pair folder"), False
            )
        )
        table = QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE,
            self.tr("Effective resistances"),
            QgsProcessing.SourceType.TypeVector,
        )
        table.setHelp(self.tr("One row per pair; NULL and connected = 0 when disconnected."))
        self.addParameter(table)
        csv = QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV,
            self.tr("Resistance matrix (Circuitscape layout)"),
            self.tr("CSV files (*.csv)"),
            optional=True,
            createByDefault=False,
        )
        csv.setHelp(self.tr("As Circuitscape's _resistances.out: −1 for disconnected pairs."))
        self.addParameter(csv)
        current = QgsProcessingParameterRasterDestination(
            self.OUTPUT_CURRENT, self.tr("Cumulative current")
        )
        current.setHelp(self.tr("Float32 GeoTIFF (A); nodata on impassable cells."))
        self.addParameter(current)
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_MAX, self.tr("Maximum current"), optional=True, createByDefault=False
            )
        )
        folder = QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER,
            self.tr("Per-pair maps folder"),
            optional=True,
            createByDefault=False,
        )
        folder.setHelp(self.tr("curmap_a_b.tif (and voltmap_a_b.tif) for every pair."))
        self.addParameter(folder)

    # -- validation -----------------------------------------------------------------------------

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        layer, grid, crs_note = self.raster_input(parameters, self.RASTER, context)
        check_memory(grid.rows * grid.cols * BYTES_PER_CELL, grid.name)
        focal = self.parameterAsSource(parameters, self.FOCAL, context)
        focal_raster = self.parameterAsRasterLayer(parameters, self.FOCAL_RASTER, context)
        if (focal is None) == (focal_raster is None):
            raise QgsProcessingException(
                self.tr("Give the focal nodes either as a layer or as a raster of ids")
            )
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        short = self.parameterAsSource(parameters, self.SHORT_CIRCUIT, context)
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        return _Inputs(layer, grid, crs_note, focal, focal_raster, id_field, short, mode)

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
        grid = inputs.grid
        band = read_band(inputs.layer.source(), inputs.layer.name())
        values = band.data
        is_res = self.parameterAsBoolean(parameters, self.IS_RESISTANCE, context)
        cond = self._named(inputs, circuit.conductances, values, is_res)
        if inputs.focal is not None:
            labels = focal_from_features(
                inputs.focal, inputs.id_field, grid, feedback, context.transformContext()
            )
        else:
            labels = focal_from_raster(
                inputs.focal_raster.source(), inputs.focal_raster.name(), grid
            )
        short = None
        if inputs.short is not None:
            short = short_circuit_regions(inputs.short, grid, feedback, context.transformContext())
        passable = np.isfinite(cond)
        ids = np.unique(labels[labels > 0])
        on_nodata = [int(i) for i in ids if not passable[labels == i].any()]
        check_on_nodata(on_nodata, grid.name)
        if inputs.mode == "pairwise" and ids.size < 2:
            raise AulaError(circuit.ERR_ONE_FOCAL, count=int(ids.size))
        feedback.pushInfo(
            self.tr("Grid: {grid}; {n} focal nodes; mode {mode}; solver: {method}").format(
                grid=grid.describe(), n=int(ids.size), mode=inputs.mode, method=circuit.METHOD
            )
        )
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        want_folder = bool(folder) and parameters.get(self.OUTPUT_FOLDER) not in (None, "")
        want_volts = self.parameterAsBoolean(parameters, self.VOLTAGES, context)
        max_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_MAX, context)
        metadata = {
            "AULA_ALGORITHM": "aula:circuitflow",
            "AULA_METHOD": circuit.METHOD,
            "AULA_MODE": inputs.mode,
            "AULA_UNITS": "A (1 A per pair), resistances in the raster's units",
        }
        pair_maps: list[tuple[str, np.ndarray, Any]] = []

        def on_pair(a, b, _r, cur, volt):
            # kept as float32 until everything is solved: nothing is written before that
            pair_maps.append(
                (
                    f"{a}_{b}",
                    cur.astype(np.float32),
                    None if volt is None else volt.astype(np.float32),
                )
            )

        def on_node(a, _r, cur):
            pair_maps.append((str(a), cur.astype(np.float32), None))

        options = {
            "is_resistance": False,  # conductances computed above
            "four_neighbours": self.parameterAsBoolean(parameters, self.FOUR_NEIGHBOURS, context),
            "avg_resistances": not self.parameterAsBoolean(
                parameters, self.AVG_CONDUCTANCES, context
            ),
            "short_circuit": short,
            "with_max": bool(max_path),
            "progress": lambda x: feedback.setProgress(90.0 * x),
            "is_canceled": feedback.isCanceled,
        }
        cond_in = np.where(passable, cond, np.nan)
        del values, band
        if inputs.mode == "pairwise":
            result = circuit.pairwise(
                cond_in,
                labels,
                on_pair=on_pair if want_folder else None,
                with_voltages=want_volts,
                **options,
            )
        else:
            result = circuit.one_to_all(
                cond_in,
                labels,
                all_to_one=inputs.mode == "all-to-one",
                on_node=on_node if want_folder else None,
                **options,
            )
        self.check_cancelled(feedback)
        pairwise = inputs.mode == "pairwise"
        rows = table_rows(result, pairwise)
        lost = sum(1 for row in rows if not row[3])
        if lost:
            feedback.pushWarning(
                self.tr("{n} disconnected pairs or nodes: resistance NULL, connected = 0").format(
                    n=lost
                )
            )
        # Everything is computed: only now write the outputs (each one atomically).
        sink, table_id = self.output_sink(parameters, self.OUTPUT_TABLE, context, TABLE_FIELDS)
        for row in rows:
            feature = QgsFeature()
            feature.setAttributes(row)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CURRENT, context)
        write_geotiff(
            out_path,
            current_raster(result.cumulative, passable),
            grid,
            CURRENT_NODATA,
            metadata,
            description="cumulative current (A)",
        )
        outputs: dict[str, Any] = {self.OUTPUT_TABLE: table_id, self.OUTPUT_CURRENT: out_path}
        if max_path and result.maximum is not None:
            write_geotiff(
                max_path,
                current_raster(result.maximum, passable),
                grid,
                CURRENT_NODATA,
                metadata,
                description="maximum current (A)",
            )
            outputs[self.OUTPUT_MAX] = max_path
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path and parameters.get(self.OUTPUT_CSV) not in (None, ""):
            outputs[self.OUTPUT_CSV] = write_matrix_csv(csv_path, result, pairwise)
        if want_folder:
            for name, cur, volt in pair_maps:
                self.check_cancelled(feedback)
                write_pair_maps(folder, grid, passable, metadata, name, cur, volt)
            os.makedirs(folder, exist_ok=True)
            outputs[self.OUTPUT_FOLDER] = folder
        feedback.setProgress(100)
        return outputs

    def _named(self, inputs: _Inputs, func, *args):
        """A core check whose errors concern the raster: name it."""
        try:
            return func(*args)
        except AulaError as exc:
            raise QgsProcessingException(
                self.tr("{layer}: {problem}").format(
                    layer=inputs.grid.name, problem=exc.message(tr_aula)
                )
            ) from exc
