"""aula:aggregateindicators: sums and ratio-of-sums rates of a commune layer, per parent."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import layer_roles as roles
from ...core.aggregation import aggregate, validate_spec
from ...core.names import own_name_field, parent_name_field
from ...gis.aggregation_io import (
    NO_PARENT_FIELD,
    NO_PARENT_KEY,
    AggregationInputs,
    member_records,
    numeric_field,
    output_fields,
    parent_geometries,
    rate_specs,
    write_parents,
)
from ...gis.fields import field_name
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

# Share of the progress bar given to reading INPUT, then to reading PARENT_LAYER; writing: the rest.
_READ_SHARE, _PARENTS_SHARE = 80.0, 10.0


class AggregateIndicators(AulaAlgorithm):
    INPUT = "INPUT"
    PARENT_FIELD = "PARENT_FIELD"
    SUM_FIELDS = "SUM_FIELDS"
    RATES = "RATES"
    PARENT_LAYER = "PARENT_LAYER"
    PARENT_KEY = "PARENT_KEY"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"

    group_key = "indicators"
    # the dialog aggregates the project's communes to the EPCI, with their polygons
    LAYER_ROLES = {INPUT: roles.COMMUNES, PARENT_LAYER: roles.EPCI}
    FIELD_DEFAULTS = {PARENT_FIELD: "epci_siren", SUM_FIELDS: ("population",)}
    OUTPUT_STYLES = {OUTPUT: "indicateurs_agreges.qml"}  # with the parents' geometries

    def name(self) -> str:
        return "aggregateindicators"

    def displayName(self) -> str:
        return self.tr("Aggregate indicators to a parent level")

    def tags(self) -> list[str]:
        return self.tr(
            "aggregate,sum,rate,ratio,epci,scot,commune,indicator,agréger,taux,somme"
        ).split(",")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        source = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer (communes)"), [QgsProcessing.SourceType.TypeVector]
        )
        source.setHelp(
            self.tr("Layer or table holding one feature per commune (or any member unit).")
        )
        self.addParameter(source)

        parent_field = QgsProcessingParameterField(
            self.PARENT_FIELD,
            self.tr("Parent key field (empty: whole territory)"),
            parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parent_field.setHelp(
            self.tr(
                "Field of the input layer giving each feature's parent (e.g. epci_siren, "
                "scot_id). Empty: the whole layer is one group, keyed territoire = ensemble."
            )
        )
        self.addParameter(parent_field)

        sum_fields = QgsProcessingParameterField(
            self.SUM_FIELDS,
            self.tr("Fields to sum (counts, stocks)"),
            parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric,
            allowMultiple=True,
            optional=True,
        )
        sum_fields.setHelp(
            self.tr(
                "Numeric fields summed per parent (population, dwellings, areas). Never put a "
                "rate here: give it in the rates table."
            )
        )
        self.addParameter(sum_fields)

        rates = QgsProcessingParameterMatrix(
            self.RATES,
            self.tr("Rates (ratio of sums)"),
            numberRows=1,
            hasFixedNumberRows=False,
            headers=[
                self.tr("Output field"),
                self.tr("Numerator field"),
                self.tr("Denominator field"),
                self.tr("Multiplier"),
            ],
            optional=True,
        )
        rates.setHelp(
            self.tr(
                "One row per rate: output field, numerator field, denominator field, multiplier "
                "(empty = 1). Computed as Σ numerator / Σ denominator × multiplier. From a "
                "script: see the README."
            )
        )
        self.addParameter(rates)

        parent_layer = QgsProcessingParameterFeatureSource(
            self.PARENT_LAYER,
            self.tr("Parent layer (optional, for geometries)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            optional=True,
        )
        parent_layer.setHelp(
            self.tr(
                "Layer of the parents (e.g. EPCI polygons). When given, each output row gets "
                "its parent's geometry and the output its CRS; otherwise the output is a table."
            )
        )
        self.addParameter(parent_layer)

        parent_key = QgsProcessingParameterField(
            self.PARENT_KEY,
            self.tr("Key field of the parent layer"),
            parentLayerParameterName=self.PARENT_LAYER,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        parent_key.setHelp(
            self.tr(
                "Field of the parent layer matching the parent key field (compared as text). "
                "Empty: the field of the parent layer named like the parent key field."
            )
        )
        self.addParameter(parent_key)

        name_field = QgsProcessingParameterField(
            self.NAME_FIELD,
            self.tr("Name field of the parent layer (optional)"),
            parentLayerParameterName=self.PARENT_LAYER,
            type=QgsProcessingParameterField.DataType.Any,
            optional=True,
        )
        name_field.setHelp(
            self.tr(
                "Field of the parent layer giving each parent's name (nom_territoire column). "
                "Empty: the name field of the parents' kind (epci_nom for epci_siren), else nom "
                "or name; without a parent layer, the input's field of that kind (epci_nom), "
                "when all the members of a parent give the same name."
            )
        )
        self.addParameter(name_field)

        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Aggregated indicators"), QgsProcessing.SourceType.TypeVector
        )
        output.setHelp(
            self.tr(
                "One row per parent: parent key, nb_features, the sums, the rates and the "
                "parent's name; with the parents' geometries when a parent layer is given, else "
                "a table."
            )
        )
        self.addParameter(output)

    # -- Validation -----------------------------------------------------------------------------

    def _prepare(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> AggregationInputs:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = source.sourceName()
        fields = source.fields()

        parent_field: str | None = None
        name = self.parameterAsString(parameters, self.PARENT_FIELD, context).strip()
        if name:
            parent_field = field_name(fields, layer, name, missing=NO_PARENT_FIELD)

        sum_fields = [
            numeric_field(fields, layer, name)
            for name in self.parameterAsFields(parameters, self.SUM_FIELDS, context)
        ]
        matrix = self.parameterAsMatrix(parameters, self.RATES, context)
        rates = rate_specs(matrix, fields, layer)
        validate_spec(parent_field, sum_fields, rates, layer)
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=layer)
            )
        inputs = AggregationInputs(source, layer, parent_field, sum_fields, rates)
        if parent_field:
            inputs.name_field = parent_name_field(fields.names(), parent_field)
        self._prepare_parent(parameters, context, inputs)
        return inputs

    def _prepare_parent(
        self, parameters: dict[str, Any], context: QgsProcessingContext, inputs: AggregationInputs
    ) -> None:
        given = parameters.get(self.PARENT_LAYER)
        if given is None or given == "" or (isinstance(given, QVariant) and given.isNull()):
            return
        parent_source = self.parameterAsSource(parameters, self.PARENT_LAYER, context)
        if parent_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PARENT_LAYER))
        parent_layer = parent_source.sourceName()
        if inputs.parent_field is None:
            raise QgsProcessingException(
                self.tr(
                    "{layer}: a parent layer ({parent_layer}) needs a parent key field in the "
                    "input layer"
                ).format(layer=inputs.layer, parent_layer=parent_layer)
            )
        key = self.parameterAsString(parameters, self.PARENT_KEY, context).strip()
        key = key or inputs.parent_field
        inputs.parent_key = field_name(
            parent_source.fields(), parent_layer, key, missing=NO_PARENT_KEY
        )
        inputs.parent_source = parent_source
        inputs.parent_layer = parent_layer
        name = self.parameterAsString(parameters, self.NAME_FIELD, context).strip()
        if name:
            inputs.parent_name = field_name(parent_source.fields(), parent_layer, name)
        else:
            inputs.parent_name = own_name_field(parent_source.fields().names(), inputs.parent_key)

    # -- Run ------------------------------------------------------------------------------------

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        result = aggregate(
            member_records(inputs),
            inputs.parent_field,
            inputs.sum_fields,
            inputs.rates,
            layer=inputs.layer,
            total=max(inputs.source.featureCount(), 0),
            progress=lambda fraction: feedback.setProgress(_READ_SHARE * fraction),
            is_canceled=feedback.isCanceled,
            name_field=inputs.name_field,
        )
        for issue in result.issues:
            feedback.pushWarning(issue.message(tr_aula))
        names: dict[str, str] = {}
        geometries = parent_geometries(
            inputs,
            feedback,
            lambda fraction: feedback.setProgress(_READ_SHARE + _PARENTS_SHARE * fraction),
            names,
        )
        # The sink is only created once everything is computed: a cancel before writes nothing.
        fields = output_fields(inputs)
        if geometries is None or inputs.parent_source is None:
            wkb_type, crs = QgsWkbTypes.Type.NoGeometry, None
        else:
            wkb_type = inputs.parent_source.wkbType()
            crs = inputs.parent_source.sourceCrs()
        sink, dest_id = self.output_sink(parameters, self.OUTPUT, context, fields, wkb_type, crs)
        written = write_parents(
            sink,
            fields,
            inputs,
            result,
            geometries,
            feedback,
            lambda fraction: feedback.setProgress(_READ_SHARE + _PARENTS_SHARE + 10.0 * fraction),
            names,
        )
        if not written:
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.pushInfo(
            self.tr("{layer}: {count} parent(s) written").format(
                layer=inputs.layer, count=len(result.groups)
            )
        )
        return {self.OUTPUT: dest_id}
