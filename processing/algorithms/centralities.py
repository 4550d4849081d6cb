"""aula:centralities: urban centralities delineated with the deterministic CENTRA-1 method.

CENTRALITIES.md §3 (rule, parameters, steps) and the issue's conventions. This module holds the
parameters, their validation and the order of the steps; the work lives in:

* gis/centralities_inputs.py: every input read in Lambert-93 (EPSG:2154), reprojected with a log
  line when needed; the adapters (core/centralities/adapters.py) map the codes, drop bad
  locations, merge duplicates and sort by (source, source_id), the tie-break order of every step;
* gis/centralities_delineation.py: one run (clusters, envelopes, counts, verdicts; rules in
  core/centralities/rules.py) and the 9 robustness runs;
* gis/centralities_outputs.py: the commune split, the comparison with the agreed perimeters, the
  rows of each output (core/centralities/outputs.py) and the JSON sidecar
  (core/centralities/sidecar.py).

Points are snapped to 0.01 m. Nothing is written before everything is computed.
"""

from __future__ import annotations

from typing import Any

from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import layer_roles as roles
from ...core.centralities import sidecar
from ...core.centralities.outputs import (
    OUTPUT_STYLES,
    PERIMETER_FIELDS,
    POINT_FIELDS,
    REJECTED_FIELDS,
)
from ...core.centralities.rules import RULESET_VERSION, TYPE_CENTRALITY
from ...gis.centralities_agreed import comparison_attributes, comparison_fields
from ...gis.centralities_delineation import (
    delineate,
    name_perimeters,
    robustness_runs,
    summary,
)
from ...gis.centralities_inputs import L93, CentralitiesInputs, data_vintages, read_scene
from ...gis.centralities_outputs import (
    add_features,
    compare_with_agreed_perimeters,
    perimeter_rows,
    point_rows,
    rejected_rows,
    write_sidecar,
)
from ...gis.fields import make_fields
from ..base import AulaAlgorithm
from ..centralities_parameters import (
    ACTIVITIES,
    AGREED,
    BARRIERS,
    COMMUNE_CODE_FIELD,
    COMMUNE_NAME_FIELD,
    COMMUNES,
    DWELLINGS_FIELD,
    FUNCTION_FIELD,
    HOUSING,
    HOUSING_GRID,
    ID_FIELD,
    INPUT_FORMAT,
    OUTPUT,
    OUTPUT_COMPARISON,
    OUTPUT_JSON,
    OUTPUT_POINTS,
    OUTPUT_REJECTED,
    ROBUSTNESS,
    SKIP_UNKNOWN,
    TYPE_FIELD,
    CentraParameters,
)

FORMATS = ("bpe", "sirene", "generic")
# field names, per format, that must exist (any one of them, case-insensitive)
REQUIRED_FIELDS = {
    "bpe": ("TYPEQU",),
    "sirene": ("activitePrincipaleEtablissement", "APET700", "naf"),
}


def _find_field(source: Any, wanted: str) -> str | None:
    """The source's field named ``wanted``, case-insensitive."""
    for name in source.fields().names():
        if name.lower() == wanted.lower():
            return name
    return None


class Centralities(AulaAlgorithm):
    group_key = "centralities"
    LAYER_ROLES = {
        ACTIVITIES: roles.ACTIVITIES,
        HOUSING: roles.DWELLINGS,
        COMMUNES: roles.COMMUNES,
        BARRIERS: roles.RAILWAYS,
        AGREED: roles.AGREED_CENTRALITIES,
    }
    OUTPUT_STYLES = OUTPUT_STYLES  # the comparison is a table: labels only

    def name(self) -> str:
        return "centralities"

    def displayName(self) -> str:
        return self.tr("Urban centralities (CENTRA-1)")

    def tags(self) -> list[str]:
        return self.tr("centrality,centralité,daacl,scot,bpe,sirene,dbscan,commerce").split(",")

    # -- Parameters -----------------------------------------------------------------------------

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        for parameter in (
            *CentraParameters.inputs(),
            *CentraParameters.rules(),
            *CentraParameters.options(),
            *CentraParameters.outputs(),
        ):
            self.addParameter(parameter)

    # -- Validation -----------------------------------------------------------------------------

    def _layer(self, parameters, key, context) -> QgsVectorLayer | None:
        try:
            return self.parameterAsVectorLayer(parameters, key, context)
        except Exception:
            return None

    def _missing(self, source: Any, field: str) -> QgsProcessingException:
        return QgsProcessingException(
            self.tr("{layer}: field {field} is missing (fields found: {fields})").format(
                layer=source.sourceName(), field=field, fields=", ".join(source.fields().names())
            )
        )

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext):
        source = self.parameterAsSource(parameters, ACTIVITIES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, ACTIVITIES))
        name = source.sourceName()
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=name)
            )
        fmt = FORMATS[self.parameterAsEnum(parameters, INPUT_FORMAT, context)]
        function_field = self.parameterAsString(parameters, FUNCTION_FIELD, context)
        if fmt == "generic" and not function_field:
            raise QgsProcessingException(
                self.tr("{layer}: choose the function field (C, S, E)").format(layer=name)
            )
        if fmt in REQUIRED_FIELDS and not any(_find_field(source, f) for f in REQUIRED_FIELDS[fmt]):
            raise self._missing(source, " / ".join(REQUIRED_FIELDS[fmt]))
        for key in (FUNCTION_FIELD, TYPE_FIELD, ID_FIELD):
            value = self.parameterAsString(parameters, key, context)
            if value and _find_field(source, value) is None:
                raise self._missing(source, value)

        housing = self.parameterAsSource(parameters, HOUSING, context)
        grid_layer = self.parameterAsRasterLayer(parameters, HOUSING_GRID, context)
        if housing is not None and grid_layer is not None:
            raise QgsProcessingException(
                self.tr("Give either dwelling points or a dwellings grid, not both")
            )
        dwellings_field = self.parameterAsString(parameters, DWELLINGS_FIELD, context)
        if housing is not None:
            found = _find_field(housing, dwellings_field or "logements")
            if found is None:
                raise self._missing(housing, dwellings_field or "logements")
            dwellings_field = found
        if grid_layer is not None:
            grid = grid_layer.name()
            gdal.PushErrorHandler("CPLQuietErrorHandler")  # a truncated file: cells unreadable
            ds = gdal.Open(grid_layer.source()) if grid_layer.isValid() else None
            cells = ds.GetRasterBand(1).ReadAsArray() if ds and ds.RasterCount else None
            gdal.PopErrorHandler()
            if cells is None:
                raise QgsProcessingException(
                    self.tr("{layer}: the dwellings grid cannot be read").format(layer=grid)
                )
            if grid_layer.crs().isGeographic() or not grid_layer.crs().isValid():
                raise QgsProcessingException(
                    self.tr("{layer}: the dwellings grid needs a projected CRS").format(layer=grid)
                )

        communes = self.parameterAsSource(parameters, COMMUNES, context)
        code_field = self.parameterAsString(parameters, COMMUNE_CODE_FIELD, context)
        name_field = self.parameterAsString(parameters, COMMUNE_NAME_FIELD, context)
        if communes is not None:
            found = _find_field(communes, code_field or "insee")
            if found is None:
                raise self._missing(communes, code_field or "insee")
            code_field = found
            name_field = _find_field(communes, name_field or "nom") or ""

        barriers = self.parameterAsLayerList(parameters, BARRIERS, context)
        for layer in barriers:
            if not isinstance(layer, QgsVectorLayer):
                raise QgsProcessingException(
                    self.tr("{layer}: barriers must be vector layers").format(layer=layer.name())
                )
        params = CentraParameters.read_rules(self, parameters, context)  # AulaError
        return CentralitiesInputs(
            activities=source,
            activities_layer=self._layer(parameters, ACTIVITIES, context),
            fmt=fmt,
            function_field=_find_field(source, function_field) if function_field else "",
            type_field=self.parameterAsString(parameters, TYPE_FIELD, context),
            id_field=self.parameterAsString(parameters, ID_FIELD, context),
            skip_unknown=self.parameterAsBoolean(parameters, SKIP_UNKNOWN, context),
            housing=housing,
            housing_layer=self._layer(parameters, HOUSING, context) if housing else None,
            dwellings_field=dwellings_field,
            grid_layer=grid_layer,
            communes=communes,
            communes_layer=self._layer(parameters, COMMUNES, context) if communes else None,
            code_field=code_field,
            name_field=name_field,
            barriers=list(barriers),
            agreed=self.parameterAsSource(parameters, AGREED, context),
            agreed_layer=self._layer(parameters, AGREED, context),
            params=params,
            robustness=self.parameterAsBoolean(parameters, ROBUSTNESS, context),
        )

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        params = inputs.params
        phash = params.params_hash()
        feedback.pushInfo(
            self.tr("Rule set {rules}, parameters {hash}").format(rules=RULESET_VERSION, hash=phash)
        )
        scene, communes, report, mappings = read_scene(inputs, context, feedback)
        feedback.setProgress(10)
        span = (10, 35 if inputs.robustness else 75)
        result, perimeters = delineate(scene, params, feedback, span, True)
        name_perimeters(scene.acts, perimeters, phash)
        kept = [p for p in perimeters if p.verdict.type is not None]
        rejected = [p for p in perimeters if p.verdict.type is None]
        feedback.pushInfo(summary(len(scene.acts), result, len(kept), len(rejected)))
        if inputs.robustness and kept:
            robustness_runs(scene, params, perimeters, kept, feedback)
        feedback.setProgress(90)

        vintages = data_vintages(inputs, report, mappings, feedback)
        rows = perimeter_rows(kept, communes, scene, params, phash, vintages, feedback)
        comparison = compare_with_agreed_perimeters(inputs, rows, scene.acts, context, feedback)

        # everything is computed: only now create the outputs
        polygons = QgsWkbTypes.Type.MultiPolygon
        outputs: dict[str, Any] = {
            OUTPUT: self._write(parameters, OUTPUT, context, PERIMETER_FIELDS, polygons, rows)
        }
        if self._wanted(parameters, OUTPUT_POINTS):
            cluster_ids = {p.label: p.id for p in perimeters}
            points = point_rows(scene.acts, result, cluster_ids, feedback)
            outputs[OUTPUT_POINTS] = self._write(
                parameters, OUTPUT_POINTS, context, POINT_FIELDS, QgsWkbTypes.Type.Point, points
            )
        if self._wanted(parameters, OUTPUT_REJECTED):
            outputs[OUTPUT_REJECTED] = self._write(
                parameters, OUTPUT_REJECTED, context, REJECTED_FIELDS, polygons,
                rejected_rows(rejected),
            )  # fmt: skip
        if comparison is not None and self._wanted(parameters, OUTPUT_COMPARISON):
            fields = comparison_fields()
            sink, outputs[OUTPUT_COMPARISON] = self.output_sink(
                parameters, OUTPUT_COMPARISON, context, fields
            )
            add_features(sink, fields, ((None, comparison_attributes(r)) for r in comparison))
        n_central = sum(1 for p in kept if p.verdict.type == TYPE_CENTRALITY)
        feedback.pushInfo(
            self.tr("{c} centralities, {p} peripheral poles, {r} rejected candidates").format(
                c=n_central, p=len(kept) - n_central, r=len(rejected)
            )
        )
        outputs["N_CENTRALITIES"] = n_central
        outputs["N_PERIPHERAL"] = len(kept) - n_central
        outputs["N_REJECTED"] = len(rejected)

        path = self.parameterAsFileOutput(parameters, OUTPUT_JSON, context)
        path = path or sidecar.default_path(outputs[OUTPUT])
        results = {
            "centralities": outputs["N_CENTRALITIES"],
            "peripheral_poles": outputs["N_PERIPHERAL"],
            "rejected": outputs["N_REJECTED"],
            "perimeter_ids": sorted(p.id for p in kept),
        }
        outputs[OUTPUT_JSON] = (
            write_sidecar(path, inputs, report, mappings, vintages, results) if path else None
        )
        feedback.setProgress(100)
        return outputs

    def _write(self, parameters, key, context, spec, geometry_type, rows) -> str:
        """Make the output ``key`` with the (name, kind) columns ``spec`` and add ``rows``."""
        fields = make_fields(spec)
        sink, dest = self.output_sink(parameters, key, context, fields, geometry_type, L93)
        add_features(sink, fields, rows)
        return dest

    @staticmethod
    def _wanted(parameters, key) -> bool:
        value = parameters.get(key)
        if value is None or value == "":
            return False
        return not (hasattr(value, "sink") and not value.sink.staticValue())
