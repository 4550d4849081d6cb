"""Fields: one way to declare output fields ((name, kind) pairs turned into QgsFields) and one way
to find an input field as the layer spells it."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from ..core.errors import QT_TRANSLATE_NOOP, AulaError

NO_FIELD = QT_TRANSLATE_NOOP("aula", "{layer}: field {field} does not exist")
NOT_NUMERIC = QT_TRANSLATE_NOOP("aula", "{layer}: field {field} is not numeric")

#: field kinds of the AULA outputs
KINDS = {
    "int": QVariant.Int,
    "int64": QVariant.LongLong,
    "double": QVariant.Double,
    "text": QVariant.String,
    "bool": QVariant.Bool,
}


def make_field(name: str, kind: str) -> QgsField:
    try:
        return QgsField(name, KINDS[kind])
    except KeyError:
        raise ValueError(f"unknown field kind {kind!r} for {name!r}") from None


def make_fields(spec: Iterable[tuple[str, str]]) -> QgsFields:
    """``[("insee", "text"), ("surface_ha", "double")]`` -> QgsFields, in that order."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


# -- input fields ---------------------------------------------------------------------------------


def field_or_none(fields: QgsFields, name: str) -> str | None:
    """The field ``name`` as spelled in the layer (lookupField ignores case), or None if absent."""
    index = fields.lookupField(name)
    return fields.at(index).name() if index >= 0 else None


def field_name(
    fields: QgsFields,
    layer: str,
    name: str,
    *,
    numeric: bool = False,
    missing: str = NO_FIELD,
    not_numeric: str = NOT_NUMERIC,
) -> str:
    """The field ``name`` as spelled in the layer; AulaError if absent (or, asked, not numeric).

    ``missing`` and ``not_numeric`` are the templates of the refusals, filled with layer, field
    (and type): a caller that names the field's role ("parent field") or its type passes its own.
    """
    index = fields.lookupField(name)
    if index < 0:
        raise AulaError(missing, layer=layer, field=name)
    field = fields.at(index)
    if numeric and not field.isNumeric():
        type_name = field.typeName() or QVariant.typeToName(field.type())
        raise AulaError(not_numeric, layer=layer, field=field.name(), type=type_name)
    return field.name()
