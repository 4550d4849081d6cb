"""aula:aggregateindicators: sums and ratio-of-sums rates of a commune layer, per parent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.aggregation import (
    COUNT_FIELD,
    TERRITORY_FIELD,
    Aggregation,
    RateSpec,
    aggregate,
    parse_rate_rows,
    validate_spec,
)
from ...core.errors import AulaError, Cancelled
from ...toolbelt.i18n import tr as tr_aula
from ..base import AulaAlgorithm

_INTEGER_TYPES = (QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong)
# Share of the progress bar given to reading INPUT, then to reading PARENT_LAYER; writing: the rest.
_READ_SHARE, _PARENTS_SHARE = 80.0, 10.0


@dataclass
class _Inputs:
    """Validated parameters, with field names as spelled in the layers."""

    source: QgsProcessingFeatureSource
    layer: str
    parent_field: str | None
    sum_fields: list[str]
    rates: list[RateSpec]
    parent_source: QgsProcessingFeatureSource | None = None
    parent_layer: str = ""
    parent_key: str = ""
    read_fields: list[str] = field(default_factory=list)


def _plain(value: Any) -> Any:
    """QVariant NULLs (and lists of them) as None, for the Qt-free core."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def _key_text(value: Any) -> str:
    """Parent keys are matched as text, so 62041 (integer) matches "62041" (text)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class AggregateIndicators(AulaAlgorithm):
    INPUT = "INPUT"
    PARENT_FIELD = "PARENT_FIELD"
    SUM_FIELDS = "SUM_FIELDS"
    RATES = "RATES"
    PARENT_LAYER = "PARENT_LAYER"
    PARENT_KEY = "PARENT_KEY"
    OUTPUT = "OUTPUT"

    group_key = "indicators"

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
                "(empty = 1). Computed as Σ numerator / Σ denominator × multiplier. "
                "qgis_process: RATES=taux_chomage,chomeurs,actifs,100 (more rows: continue the "
                "list, or repeat RATES=). Python: a flat list such as ['taux_chomage', "
                "'chomeurs', 'actifs', 100]."
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

        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Aggregated indicators"), QgsProcessing.SourceType.TypeVector
        )
        output.setHelp(
            self.tr(
                "One row per parent: parent key, nb_features, the sums and the rates; with the "
                "parents' geometries when a parent layer is given, else a table."
            )
        )
        self.addParameter(output)

    # -- Validation -----------------------------------------------------------------------------

    def _numeric_field(self, source: QgsProcessingFeatureSource, layer: str, name: str) -> str:
        """The field's name as spelled in the layer; raise unless it exists and is numeric."""
        fields = source.fields()
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: field {field} does not exist").format(layer=layer, field=name)
            )
        qgs_field = fields.at(index)
        if not qgs_field.isNumeric():
            raise QgsProcessingException(
                self.tr(
                    "{layer}: field {field} is not numeric (type {type}): it cannot be summed"
                ).format(
                    layer=layer,
                    field=qgs_field.name(),
                    type=qgs_field.typeName() or QVariant.typeToName(qgs_field.type()),
                )
            )
        return qgs_field.name()

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> _Inputs:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = source.sourceName()
        fields = source.fields()

        parent_field: str | None = None
        name = self.parameterAsString(parameters, self.PARENT_FIELD, context).strip()
        if name:
            index = fields.lookupField(name)
            if index < 0:
                raise QgsProcessingException(
                    self.tr("{layer}: parent field {field} does not exist").format(
                        layer=layer, field=name
                    )
                )
            parent_field = fields.at(index).name()

        sum_fields = [
            self._numeric_field(source, layer, name)
            for name in self.parameterAsFields(parameters, self.SUM_FIELDS, context)
        ]
        try:
            cells = _plain(self.parameterAsMatrix(parameters, self.RATES, context))
            rates = [
                RateSpec(
                    rate.name,
                    self._numeric_field(source, layer, rate.numerator),
                    self._numeric_field(source, layer, rate.denominator),
                    rate.multiplier,
                )
                for rate in parse_rate_rows(cells, layer)
            ]
            validate_spec(parent_field, sum_fields, rates, layer)
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{layer}: the layer has no feature").format(layer=layer)
            )
        read = sorted(
            {
                *([parent_field] if parent_field else []),
                *sum_fields,
                *(r.numerator for r in rates),
                *(r.denominator for r in rates),
            }
        )
        inputs = _Inputs(source, layer, parent_field, sum_fields, rates, read_fields=read)
        self._prepare_parent(parameters, context, inputs)
        return inputs

    def _prepare_parent(
        self, parameters: dict[str, Any], context: QgsProcessingContext, inputs: _Inputs
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
        index = parent_source.fields().lookupField(key)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{layer}: parent key field {field} does not exist").format(
                    layer=parent_layer, field=key
                )
            )
        inputs.parent_source = parent_source
        inputs.parent_layer = parent_layer
        inputs.parent_key = parent_source.fields().at(index).name()

    # -- Run ------------------------------------------------------------------------------------

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        inputs = self._prepare(parameters, context)
        try:
            result = aggregate(
                self._records(inputs),
                inputs.parent_field,
                inputs.sum_fields,
                inputs.rates,
                layer=inputs.layer,
                total=max(inputs.source.featureCount(), 0),
                progress=lambda fraction: feedback.setProgress(_READ_SHARE * fraction),
                is_canceled=feedback.isCanceled,
            )
        except Cancelled:
            raise QgsProcessingException(self._cancelled()) from None
        except AulaError as exc:
            raise QgsProcessingException(exc.message(tr_aula)) from exc
        for issue in result.issues:
            feedback.pushWarning(issue.message(tr_aula))

        geometries = self._parent_geometries(inputs, feedback)
        # The sink is only created once everything is computed: a cancel before writes nothing.
        dest_id = self._write(parameters, context, feedback, inputs, result, geometries)
        feedback.pushInfo(
            self.tr("{layer}: {count} parent(s) written").format(
                layer=inputs.layer, count=len(result.groups)
            )
        )
        return {self.OUTPUT: dest_id}

    def _cancelled(self) -> str:
        return self.tr("Cancelled by the user: no output was written")

    @staticmethod
    def _records(inputs: _Inputs) -> Iterator[dict[str, Any]]:
        fields = inputs.source.fields()
        indices = [(name, fields.lookupField(name)) for name in inputs.read_fields]
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([index for _, index in indices])
        for feature in inputs.source.getFeatures(request):
            yield {name: _plain(feature.attribute(index)) for name, index in indices}

    def _parent_geometries(
        self, inputs: _Inputs, feedback: QgsProcessingFeedback
    ) -> dict[str, QgsGeometry] | None:
        """Parent key (as text) -> geometry, or None without a parent layer."""
        source = inputs.parent_source
        if source is None:
            return None
        index = source.fields().lookupField(inputs.parent_key)
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes([index])
        total = max(source.featureCount(), 1)
        geometries: dict[str, QgsGeometry] = {}
        duplicates: set[str] = set()
        for n, feature in enumerate(source.getFeatures(request), start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            value = _plain(feature.attribute(index))
            if value is None or not _key_text(value):
                continue
            key = _key_text(value)
            if key in geometries:
                duplicates.add(key)
            else:
                geometries[key] = feature.geometry()
            feedback.setProgress(_READ_SHARE + _PARENTS_SHARE * min(n / total, 1.0))
        for key in sorted(duplicates):
            feedback.pushWarning(
                self.tr(
                    "{layer}: key {key} of field {field} appears more than once: the first "
                    "feature's geometry is used"
                ).format(layer=inputs.parent_layer, key=key, field=inputs.parent_key)
            )
        return geometries

    def _output_fields(self, inputs: _Inputs) -> QgsFields:
        fields = QgsFields()
        source_fields = inputs.source.fields()
        if inputs.parent_field:
            parent = source_fields.at(source_fields.lookupField(inputs.parent_field))
            fields.append(
                QgsField(
                    parent.name(),
                    parent.type(),
                    parent.typeName(),
                    parent.length(),
                    parent.precision(),
                )
            )
        else:
            fields.append(QgsField(TERRITORY_FIELD, QVariant.String))
        fields.append(QgsField(COUNT_FIELD, QVariant.Int))
        for name in inputs.sum_fields:
            is_integer = source_fields.field(name).type() in _INTEGER_TYPES
            fields.append(QgsField(name, QVariant.LongLong if is_integer else QVariant.Double))
        for rate in inputs.rates:
            fields.append(QgsField(rate.name, QVariant.Double))
        return fields

    def _write(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        inputs: _Inputs,
        result: Aggregation,
        geometries: dict[str, QgsGeometry] | None,
    ) -> str:
        fields = self._output_fields(inputs)
        if geometries is None or inputs.parent_source is None:
            wkb_type, crs = QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        else:
            wkb_type = inputs.parent_source.wkbType()
            crs = inputs.parent_source.sourceCrs()
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, wkb_type, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = max(len(result.groups), 1)
        for n, group in enumerate(result.groups, start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(self._cancelled())
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    group.key,
                    group.count,
                    *(group.sums[name] for name in inputs.sum_fields),
                    *(group.rates[rate.name] for rate in inputs.rates),
                ]
            )
            if geometries is not None:
                geometry = geometries.get(_key_text(group.key))
                if geometry is None:
                    feedback.pushWarning(
                        self.tr(
                            "{layer}: parent {key} is missing from {parent_layer} (field "
                            "{field}): its row is written without geometry"
                        ).format(
                            layer=inputs.layer,
                            key=group.key,
                            parent_layer=inputs.parent_layer,
                            field=inputs.parent_key,
                        )
                    )
                else:
                    feature.setGeometry(geometry)
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(_READ_SHARE + _PARENTS_SHARE + 10.0 * n / total)
        if geometries is not None:
            written = {_key_text(group.key) for group in result.groups}
            unused = sorted(set(geometries) - written)
            if unused:
                feedback.pushWarning(
                    self.tr(
                        "{layer}: {count} parent(s) have no member in {input} and are not "
                        "written: {keys}"
                    ).format(
                        layer=inputs.parent_layer,
                        count=len(unused),
                        input=inputs.layer,
                        keys=", ".join(unused[:20]) + (" …" if len(unused) > 20 else ""),
                    )
                )
        return dest_id
