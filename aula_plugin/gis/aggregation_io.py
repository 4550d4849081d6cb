"""QGIS side of the aggregation to a parent level: fields, rate table, members, parents, rows.

The ratio-of-sums arithmetic lives in ``core/aggregation.py`` (pure Python, one implementation);
this module reads the features it needs as plain records, resolves field names as spelled in the
layers, finds each parent's geometry and writes one output row per parent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
)
from qgis.PyQt.QtCore import QVariant

from ..core.aggregation import (
    COUNT_FIELD,
    NAME_FIELD,
    TERRITORY_FIELD,
    Aggregation,
    RateSpec,
    parse_rate_rows,
)
from ..core.errors import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .feedback import check_cancelled
from .fields import field_name
from .values import key_text, optional_text, plain

_INTEGER_TYPES = (QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong)

# pylupdate5 skips a QT_TRANSLATE_NOOP followed by a trailing comma: no formatter here.
# fmt: off
_NOT_NUMERIC = QT_TRANSLATE_NOOP("aula",
    "{layer}: field {field} is not numeric (type {type}): it cannot be summed")
#: the parent fields name their role (gis.fields.field_name's missing template)
NO_PARENT_FIELD = QT_TRANSLATE_NOOP("aula", "{layer}: parent field {field} does not exist")
NO_PARENT_KEY = QT_TRANSLATE_NOOP("aula", "{layer}: parent key field {field} does not exist")
_DUPLICATE_KEY = QT_TRANSLATE_NOOP("aula",
    "{layer}: key {key} of field {field} appears more than once: the first feature's geometry "
    "is used")
_MISSING_PARENT = QT_TRANSLATE_NOOP("aula",
    "{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written "
    "without geometry")
_UNUSED_PARENTS = QT_TRANSLATE_NOOP("aula",
    "{layer}: {count} parent(s) have no member in {input} and are not written: {keys}")
# fmt: on


@dataclass
class AggregationInputs:
    """What to aggregate, with field names as spelled in the layers."""

    source: QgsProcessingFeatureSource
    layer: str
    parent_field: str | None
    sum_fields: list[str]
    rates: list[RateSpec]
    parent_source: QgsProcessingFeatureSource | None = None
    parent_layer: str = ""
    parent_key: str = ""
    #: the input field naming each feature's parent (epci_nom next to epci_siren), if any
    name_field: str | None = None
    #: the parent layer's field naming the parents (nom, epci_nom…), if any
    parent_name: str | None = None

    @property
    def read_fields(self) -> list[str]:
        """The input fields the aggregation reads (parent key and name, sums, rate terms)."""
        return sorted(
            {
                *([self.parent_field] if self.parent_field else []),
                *([self.name_field] if self.name_field else []),
                *self.sum_fields,
                *(r.numerator for r in self.rates),
                *(r.denominator for r in self.rates),
            }
        )


# -- Parameters -------------------------------------------------------------------------------


def numeric_field(fields: QgsFields, layer: str, name: str) -> str:
    """The field's name as spelled in the layer; AulaError unless it exists and is numeric."""
    return field_name(fields, layer, name, numeric=True, not_numeric=_NOT_NUMERIC)


def rate_specs(matrix: Any, fields: QgsFields, layer: str) -> list[RateSpec]:
    """The rates of a Processing matrix value, their fields resolved and checked as numeric."""
    return [
        RateSpec(
            rate.name,
            numeric_field(fields, layer, rate.numerator),
            numeric_field(fields, layer, rate.denominator),
            rate.multiplier,
        )
        for rate in parse_rate_rows(plain(matrix), layer)
    ]


# -- Reading ----------------------------------------------------------------------------------


def member_records(inputs: AggregationInputs) -> Iterator[dict[str, Any]]:
    """One plain record (field -> value, NULL as None) per input feature, without geometry."""
    fields = inputs.source.fields()
    indices = [(name, fields.lookupField(name)) for name in inputs.read_fields]
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([index for _, index in indices])
    for feature in inputs.source.getFeatures(request):
        yield {name: plain(feature.attribute(index)) for name, index in indices}


def parent_geometries(
    inputs: AggregationInputs,
    feedback: QgsProcessingFeedback,
    progress: Callable[[float], None],
    names: dict[str, str] | None = None,
) -> dict[str, QgsGeometry] | None:
    """Parent key (as text) -> geometry, or None without a parent layer; ``names`` (when given)
    receives parent key -> name from the parent layer's name field, in the same reading.

    A key met twice keeps its first geometry and name and is reported once; ``progress`` gets 0
    to 1.
    """
    source = inputs.parent_source
    if source is None:
        return None
    index = source.fields().lookupField(inputs.parent_key)
    name_index = source.fields().lookupField(inputs.parent_name) if inputs.parent_name else -1
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in (index, name_index) if i >= 0])
    total = max(source.featureCount(), 1)
    geometries: dict[str, QgsGeometry] = {}
    duplicates: set[str] = set()
    for n, feature in enumerate(source.getFeatures(request), start=1):
        check_cancelled(feedback)
        key = key_text(feature.attribute(index))
        if not key:  # NULL or blank key
            continue
        if key in geometries:
            duplicates.add(key)
        else:
            geometries[key] = feature.geometry()
            name = optional_text(feature.attribute(name_index)) if name_index >= 0 else None
            if names is not None and name:
                names[key] = name
        progress(min(n / total, 1.0))
    for key in sorted(duplicates):
        feedback.pushWarning(
            tr(_DUPLICATE_KEY).format(layer=inputs.parent_layer, key=key, field=inputs.parent_key)
        )
    return geometries


# -- Writing ----------------------------------------------------------------------------------


def output_fields(inputs: AggregationInputs) -> QgsFields:
    """Parent key (typed as in the input, or territoire), nb_features, the sums, the rates, the
    parent's name (nom_territoire)."""
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
    fields.append(QgsField(NAME_FIELD, QVariant.String))
    return fields


def write_parents(
    sink: QgsFeatureSink,
    fields: QgsFields,
    inputs: AggregationInputs,
    result: Aggregation,
    geometries: dict[str, QgsGeometry] | None,
    feedback: QgsProcessingFeedback,
    progress: Callable[[float], None],
    names: dict[str, str] | None = None,
) -> bool:
    """One feature per parent (with its geometry when known); False when the sink refuses one.

    Its name is the parent layer's (``names``, by key as text), else the one its members give.

    Parents missing from the parent layer, and parents of that layer without member, are
    reported as warnings; ``progress`` gets 0 to 1.
    """
    total = max(len(result.groups), 1)
    for n, group in enumerate(result.groups, start=1):
        check_cancelled(feedback)
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                group.key,
                group.count,
                *(group.sums[name] for name in inputs.sum_fields),
                *(group.rates[rate.name] for rate in inputs.rates),
                (names or {}).get(key_text(group.key)) or group.name,
            ]
        )
        if geometries is not None:
            geometry = geometries.get(key_text(group.key))
            if geometry is None:
                feedback.pushWarning(
                    tr(_MISSING_PARENT).format(
                        layer=inputs.layer,
                        key=group.key,
                        parent_layer=inputs.parent_layer,
                        field=inputs.parent_key,
                    )
                )
            else:
                feature.setGeometry(geometry)
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            return False
        progress(n / total)
    if geometries is not None:
        written = {key_text(group.key) for group in result.groups}
        unused = sorted(set(geometries) - written)
        if unused:
            feedback.pushWarning(
                tr(_UNUSED_PARENTS).format(
                    layer=inputs.parent_layer,
                    count=len(unused),
                    input=inputs.layer,
                    keys=", ".join(unused[:20]) + (" …" if len(unused) > 20 else ""),
                )
            )
    return True
